package solo

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"circle/rules"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/internal/uitest"
)

// The next practice of a theme begins with a prompt not seen last time;
// what rotates them is the prompts' ids, and only those.
func TestPromptsRotateAcrossPractices(t *testing.T) {
	h := newHarness(t, setup{})
	h.key("1")
	if got := h.p.Sequence(); !slices.Equal(got, []string{"arrive-feeling", "held-back", "feeling-lighter"}) {
		t.Fatalf("first practice: %v", got)
	}
	h.key("f")
	seen, _ := h.store.Seen()
	if !slices.Equal(seen, []string{"arrive-feeling"}) {
		t.Errorf("seen after one prompt: %v", seen)
	}
	p2 := New(h.c, nil)
	h.p = p2
	h.key("1")
	if got := h.p.Sequence(); got[0] != "held-back" || got[2] != "arrive-feeling" {
		t.Errorf("second practice: %v", got)
	}
	h.key("right", "right", "right", "left", "f")
	seen, _ = h.store.Seen()
	if !slices.Equal(seen, []string{"held-back", "feeling-lighter", "arrive-feeling"}) {
		t.Errorf("seen: %v", seen)
	}
	if ps := h.practices(); len(ps) != 2 || !slices.Equal(ps[1].Prompts, []string{"held-back", "feeling-lighter", "arrive-feeling"}) {
		t.Errorf("solo log %+v", ps)
	}
}

// Surprise me picks the theme seen least recently, named as a surprise.
func TestSurpriseMe(t *testing.T) {
	h := newHarness(t, setup{})
	h.key("down", "up", "up", "1", "f")
	h.p = New(h.c, nil)
	for range 12 {
		h.key("down")
	}
	h.key("enter")
	want := rules.Surprise([]string{"arrive-feeling"}, 1)
	if h.p.Theme() != want || want == rules.ThemeSoundingBoard {
		t.Fatalf("surprised with %q, want %q", h.p.Theme(), want)
	}
	uitest.CheckSee(t, h.view(), "Surprise: "+catalog.New(catalog.English).T(catalog.SoloTheme(string(want))))
	h.key("esc")
	if h.p.step != stepTheme || h.p.cursor != len(rules.Themes()) {
		t.Errorf("esc went to step %d, row %d", h.p.step, h.p.cursor)
	}
	// Its first prompt is seen now: the next surprise moves on.
	seen, _ := h.store.Seen()
	h.key("9")
	if next := rules.Surprise(seen, 1); h.p.Theme() != next || next == want {
		t.Errorf("9 surprised with %q, want %q", h.p.Theme(), next)
	}
}

// Ending with time left asks; only y (j in Bokmål) ends it: every other
// key, enter included, goes on with the clock running, and notes nothing.
func TestEndingEarlyOnlyYConfirms(t *testing.T) {
	for _, lang := range catalog.Languages() {
		for _, size := range [][2]int{{40, 12}, {80, 24}} {
			h := newHarness(t, setup{lang: lang, w: size[0], h: size[1]})
			h.key("3", "enter", "enter")
			h.tick(30 * time.Second)
			for _, k := range []string{"enter", "esc", "n", "N", "q", "space", "f", "p", "v", "a", "1", "tab", "backspace"} {
				h.key("enter")
				if !h.p.confirm {
					t.Fatalf("%s: enter with time left did not ask", lang)
				}
				uitest.CheckSee(t, h.view(), catalog.New(lang).F(catalog.SoloConfirmEnd, h.p.clock(h.now).Left()))
				before := h.p.Elapsed(h.now)
				h.key(k)
				h.tick(time.Second)
				if h.p.confirm || h.p.step != stepTimer || h.p.paused || h.p.presenter || h.p.Elapsed(h.now) != before+time.Second {
					t.Fatalf("%s %dx%d: %q ended, paused or changed the practice", lang, size[0], size[1], k)
				}
			}
			if len(h.practices()) != 0 {
				t.Fatalf("%s: a practice was noted without a yes", lang)
			}
			yes := "y"
			if lang == catalog.Bokmal {
				yes = "j"
			}
			h.key("f", yes)
			if h.p.step != stepClosing || len(h.practices()) != 1 {
				t.Errorf("%s: %s did not end the practice", lang, yes)
			}
		}
	}
	// In the line mode, too: enter asks, a line that is not yes goes on.
	h := newHarness(t, setup{line: true})
	h.line("3", "t", "3")
	h.tick(10 * time.Second)
	h.line("", "", "no", "")
	if h.p.step != stepTimer {
		t.Fatal("a line that is not yes ended the practice")
	}
	uitest.CheckSaid(t, h.out, "End the practice with 2:50 left?")
	h.line("y")
	if h.p.step != stepClosing {
		t.Error("y did not end it")
	}
	// Once over its time, enter ends it at once.
	h = newHarness(t, setup{})
	h.key("3", "enter", "enter")
	h.tick(3*time.Minute + time.Second)
	h.key("enter")
	if h.p.step != stepClosing || h.practices()[0].Minutes != 3 {
		t.Errorf("enter past the time: step %d, %+v", h.p.step, h.practices())
	}
}

// A pause stops the clock and its ticks; going on ticks again at the
// next whole second.
func TestPauseStopsTheClock(t *testing.T) {
	h := newHarness(t, setup{})
	h.key("2", "enter", "enter")
	if len(h.ticks) == 0 || h.ticks[len(h.ticks)-1] != time.Second {
		t.Fatalf("the timer asked for ticks %v", h.ticks)
	}
	h.now = h.now.Add(1500 * time.Millisecond)
	h.key("space")
	n := len(h.ticks)
	h.now = h.now.Add(2 * time.Minute)
	_, cmd := h.p.Update(TickMsg{Gen: h.p.tickGen})
	h.run(cmd)
	if len(h.ticks) != n || h.p.Elapsed(h.now) != 1500*time.Millisecond {
		t.Errorf("paused: %d more ticks, %v on the clock", len(h.ticks)-n, h.p.Elapsed(h.now))
	}
	uitest.CheckSee(t, h.view(), "Paused.", "2:59 left of 3:00", "space go on")
	h.key("p")
	if h.ticks[len(h.ticks)-1] != 500*time.Millisecond {
		t.Errorf("going on asked for a tick in %v, want 500ms", h.ticks[len(h.ticks)-1])
	}
	h.now = h.now.Add(time.Second)
	if h.p.Elapsed(h.now) != 2500*time.Millisecond || strings.Contains(h.view(), "Paused.") {
		t.Errorf("going on: %v", h.p.Elapsed(h.now))
	}
	// A tick of an older schedule is dropped.
	n = len(h.ticks)
	_, cmd = h.p.Update(TickMsg{Gen: h.p.tickGen - 1})
	if cmd != nil || len(h.ticks) != n {
		t.Error("a stale tick scheduled another")
	}
}

// The bell rings once, as the practice reaches its time, when wanted.
func TestBellRingsOnceWhenWanted(t *testing.T) {
	for _, tt := range []struct {
		name  string
		s     setup
		rings int
	}{
		{"no bell", setup{}, 0},
		{"--bell", setup{bell: true}, 1},
		{"the group's bell", setup{group: &store.Group{Name: "Tuesday", Defaults: store.Defaults{Bell: true}}}, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.s)
			h.key("1", "enter", "enter")
			h.tick(3 * time.Minute)
			if h.rang != 0 {
				t.Fatal("the bell rang at the time, before it was over")
			}
			h.tick(3 * time.Minute)
			if h.rang != tt.rings {
				t.Errorf("rang %d times, want %d", h.rang, tt.rings)
			}
		})
	}
}

// A length of one's own: 1 to 60 minutes, anything else said and asked
// again; esc goes back; no timer goes to the closing with 0 minutes.
func TestOwnLengthAndNoTimer(t *testing.T) {
	h := newHarness(t, setup{})
	h.key("5", "enter", "4")
	for _, bad := range []string{"0", "61", "x"} {
		h.key(bad, "enter")
		uitest.CheckSee(t, h.view(), "is not a length")
		if h.p.step != stepOwn {
			t.Fatalf("%q was taken as a length", bad)
		}
		h.key("backspace", "backspace")
	}
	h.key("esc")
	if h.p.step != stepLength {
		t.Fatalf("esc went to step %d", h.p.step)
	}
	h.key("down", "down", "down", "enter", "60", "enter")
	if h.p.step != stepTimer || h.p.planned != time.Hour {
		t.Fatalf("60 typed: step %d, %v", h.p.step, h.p.planned)
	}
	uitest.CheckSee(t, h.view(), "1:00:00 left of 1:00:00")
	h = newHarness(t, setup{})
	h.key("5", "enter", "up", "down", "down", "down", "down", "down", "down", "enter")
	uitest.CheckSee(t, h.view(), "You read the prompts of “Personalised help”.", "1 practice this month")
	if ps := h.practices(); len(ps) != 1 || ps[0].Minutes != 0 || ps[0].Theme != "personal-help" {
		t.Errorf("no timer noted %+v", ps)
	}
	h.key("esc")
	if !h.went() {
		t.Error("esc on the closing did not go home")
	}
}

// Started from a group, its own solo prompts follow the theme's, marked
// as the group's; only their ids are noted.
func TestGroupsOwnSoloPrompts(t *testing.T) {
	g := &store.Group{Name: "Tuesday", Prompts: []store.Prompt{
		{ID: "own-1", Text: "What makes me brave?", Uses: 8},
		{ID: "own-2", Text: "How do I arrive tonight?", Uses: 1},
	}}
	h := newHarness(t, setup{group: g})
	h.key("3")
	if got := h.p.Sequence(); !slices.Equal(got, []string{"hard-to-hear", "own-judgement", "own-1"}) {
		t.Fatalf("sequence %v", got)
	}
	h.key("n", "n")
	uitest.CheckSee(t, h.view(), "What makes me brave?", "Prompt 3 of 3 · Your group's own prompt")
	h.key("n")
	if h.p.at != 2 {
		t.Errorf("next past the last moved to %d", h.p.at)
	}
	h.key("f")
	if ps := h.practices(); len(ps) != 1 || !slices.Equal(ps[0].Prompts, []string{"hard-to-hear", "own-judgement", "own-1"}) {
		t.Errorf("solo log %+v", ps)
	}
}

// The solo page shows this month's practices, not last month's.
func TestPracticesThisMonth(t *testing.T) {
	h := newHarness(t, setup{})
	for _, d := range []string{"2026-11-30", "2026-12-01", "2026-12-01"} {
		if err := h.store.SavePractice(store.Practice{Date: d, Theme: "valued"}); err != nil {
			t.Fatal(err)
		}
	}
	h.p = New(h.c, nil)
	uitest.CheckSee(t, h.view(), "2 practices this month")
	h.key("7", "f")
	uitest.CheckSee(t, h.view(), "3 practices this month")
	h.key("a")
	if h.p.step != stepTheme || h.p.Theme() != "" || h.p.saved {
		t.Fatalf("again: step %d, theme %q", h.p.step, h.p.Theme())
	}
	uitest.CheckSee(t, h.view(), "3 practices this month")
}

// failing is a data file whose every write fails.
type failing struct{ *store.Store }

var errDisk = errors.New("disk on fire")

func (failing) SavePractice(store.Practice) error { return errDisk }
func (failing) MarkSeen(string) error             { return errDisk }

// Without a data file, or with one that fails, the practice goes on and
// one line says it is not noted.
func TestNothingToWriteTo(t *testing.T) {
	h := newHarness(t, setup{noFile: true})
	h.key("1", "f")
	v := h.view()
	uitest.CheckSee(t, v, "There is no data file to write to: this practice is not noted.")
	if strings.Contains(v, "this month") {
		t.Errorf("a month's count without a file:\n%s", v)
	}
	h = newHarness(t, setup{})
	h.c.Store = failing{h.store}
	h.p = New(h.c, nil)
	h.key("1")
	uitest.CheckSee(t, h.view(), "could not be noted", "How do I arrive today?")
	h.key("f")
	uitest.CheckSee(t, h.view(), "Well done", "This practice could not be noted in the solo log")
	if len(h.practices()) != 0 {
		t.Error("a failed write was noted")
	}
}

// Keys between the steps: up and down stop at the ends, fast keys each
// count, esc goes back a step, ctrl+c quits anywhere, ? shows every key.
func TestKeysBetweenSteps(t *testing.T) {
	h := newHarness(t, setup{})
	h.key("up", "k")
	if h.p.cursor != 0 {
		t.Errorf("up past the top: %d", h.p.cursor)
	}
	h.key("jjjjjjjjjjjj")
	if h.p.cursor != 8 {
		t.Errorf("fast downs: %d", h.p.cursor)
	}
	h.key("?")
	uitest.CheckSee(t, h.view(), "ctrl+c")
	h.key("?", "up", "j2")
	if h.p.step != stepPrompts || h.p.Theme() != rules.ThemeManaging {
		t.Fatalf("j2: step %d, %q", h.p.step, h.p.Theme())
	}
	h.key("l", "h", "p", "space")
	if h.p.at != 1 {
		t.Errorf("l h p space: at %d", h.p.at)
	}
	h.key("t", "esc")
	if h.p.step != stepPrompts {
		t.Errorf("esc on the lengths: step %d", h.p.step)
	}
	h.key("q")
	if h.p.step != stepTheme || h.p.cursor != 1 {
		t.Errorf("q on the prompts: step %d, row %d", h.p.step, h.p.cursor)
	}
	for _, at := range []func(){
		func() {},
		func() { h.key("1") },
		func() { h.key("1", "enter") },
		func() { h.key("1", "enter", "4") },
		func() { h.key("1", "enter", "enter") },
		func() { h.key("1", "f") },
	} {
		h.p = New(h.c, nil)
		at()
		h.sent = nil
		h.key("ctrl+c")
		if len(h.sent) != 1 || h.sent[0] != tea.Quit() {
			t.Errorf("ctrl+c at step %d sent %v", h.p.step, h.sent)
		}
	}
	if n := len(h.practices()); n != 1 {
		t.Errorf("%d practices noted, want the one that ended", n)
	}
	h.p = New(h.c, nil)
	h.key("esc")
	if !h.went() {
		t.Error("esc on the themes did not go home")
	}
}

// The timer's thresholds as the line mode says them, at their edges.
func TestAlertsAtTheirEdges(t *testing.T) {
	h := newHarness(t, setup{})
	three := 3 * time.Minute
	for _, tt := range []struct {
		elapsed, planned time.Duration
		want             string
	}{
		{0, three, ""},
		{2*time.Minute - time.Millisecond, three, ""},
		{2 * time.Minute, three, "One minute left."},
		{three, three, "One minute left."},
		{three + time.Millisecond, three, "Time. No hurry: finish your thought."},
		{4*time.Minute - time.Millisecond, three, "Time. No hurry: finish your thought."},
		{4 * time.Minute, three, "1 minute over."},
		{5*time.Minute + 59*time.Second, three, "2 minutes over."},
		// The meeting's rule (session.Warned): a practice longer than a
		// minute warns a minute before its time; one of a minute does not.
		{29 * time.Second, 90 * time.Second, ""},
		{30 * time.Second, 90 * time.Second, "One minute left."},
		{0, time.Minute, ""},
		{time.Minute, time.Minute, ""},
		{time.Second, time.Minute + time.Second, "One minute left."},
	} {
		if got := h.p.alert(turnClock(tt.elapsed, tt.planned)); got != tt.want {
			t.Errorf("%v of %v: %q, want %q", tt.elapsed, tt.planned, got, tt.want)
		}
	}
}

// Lengths and themes at the ends of their lists: 1 and 60 minutes are
// lengths; 0, 61 are not; the fifth row is no timer, there is no sixth;
// the themes are 1 to 9 typed, 0 and 10 are not.
func TestListsAtTheirEnds(t *testing.T) {
	h := newHarness(t, setup{})
	h.key("1", "enter", "4", "1", "enter")
	if h.p.step != stepTimer || h.p.planned != time.Minute {
		t.Fatalf("1 minute: step %d, %v", h.p.step, h.p.planned)
	}
	// At its time exactly, enter ends without asking.
	h.tick(time.Minute)
	h.key("enter")
	if h.p.confirm || h.p.step != stepClosing {
		t.Fatalf("enter at the time: asking %v, step %d", h.p.confirm, h.p.step)
	}
	h.p = New(h.c, nil)
	h.key("1", "enter", "6")
	if h.p.step != stepLength {
		t.Fatalf("6 on the lengths: step %d", h.p.step)
	}
	h.key("5")
	if h.p.step != stepClosing {
		t.Fatalf("5 on the lengths: step %d", h.p.step)
	}
	h.p = New(h.c, nil)
	h.key("1", "enter")
	for range 9 {
		h.key("down")
	}
	if h.p.cursor != choiceNoTimer {
		t.Fatalf("down past the end: row %d", h.p.cursor)
	}
	h.key("up", "enter")
	if h.p.step != stepOwn {
		t.Fatalf("up from the end: step %d", h.p.step)
	}
	h = newHarness(t, setup{line: true})
	for _, bad := range []string{"0", "10", "-1"} {
		h.line(bad)
		if h.p.step != stepTheme {
			t.Fatalf("%q typed chose a theme", bad)
		}
	}
	h.line("9")
	if !h.p.surprised {
		t.Error("9 typed is not the surprise")
	}
	h.line("q", "1")
	if h.p.Theme() != rules.ThemeSoundingBoard {
		t.Errorf("1 typed: %q", h.p.Theme())
	}
	h.line("t", "1", "p", "v")
	if !h.p.paused || !h.p.presenter {
		t.Error("p and v typed on the timer")
	}
	h.line("x", "f", "y", "zz", "a")
	uitest.CheckSaid(t, h.out, "“x” cannot be typed here.", "“zz” cannot be typed here.")
	if h.p.step != stepTheme {
		t.Errorf("a on the closing: step %d", h.p.step)
	}
}
