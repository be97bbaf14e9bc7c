package meeting

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"

	"circle/session"
	"circle/ui/catalog"
	"circle/ui/internal/uitest"
)

var sizes = [][2]int{{40, 12}, {80, 24}, {160, 48}}

// toSharingOfFour runs a meeting of four, with names, to 3 minutes into
// the first sharing turn.
func (h *harness) toSharingOfFour() {
	h.t.Helper()
	h.begin(4, "Ann, Bo, Kim, Liv")
	h.toSharing()
	h.tick(3 * time.Minute)
}

// presenter is the block-digit view, drawn plain.
var presenter = uitest.Theme{Name: "presenter"}

// The sharing screen in every size, language and view. High contrast is
// drawn with escape codes, since its meaning is in reverse video and bold.
func TestMeetingScreenGoldens(t *testing.T) {
	for _, l := range uitest.Looks(uitest.Normal, uitest.Contrast, presenter) {
		t.Run(fmt.Sprintf("%s/%s/%s", l.Lang, l.Size(), l.Name), func(t *testing.T) {
			s := setup{lang: l.Lang, w: l.W, h: l.H}
			if l.Contrast {
				s.contrast, s.colored, s.profile = true, true, l.Profile()
			}
			h := newHarness(t, s)
			h.toSharingOfFour()
			if l.Theme == presenter {
				h.key("v")
			}
			v := h.view()
			checkFits(t, v, l.W, l.H)
			golden.RequireEqual(t, v)
		})
	}
}

// states brings a meeting to each of its screens.
var states = []struct {
	name string
	to   func(h *harness)
}{
	{"opening", func(h *harness) { h.begin(4, "Ann, Bo, Kim, Liv") }},
	{"checkin", func(h *harness) {
		h.begin(4, "Ann, Bo, Kim, Liv")
		h.key("enter")
		h.tick(20 * time.Second)
	}},
	{"rules", func(h *harness) {
		h.begin(4, "")
		h.key("enter", "p", "p", "p", "p", "space", "space")
	}},
	{"sharing-intro", func(h *harness) {
		h.begin(4, "")
		h.key("enter", "p", "p", "p", "p", "enter", "y")
	}},
	{"overtime", func(h *harness) {
		h.begin(4, "Ann, Bo, Kim, Liv")
		h.toSharing()
		h.tick(h.status().Turn.Planned + 95*time.Second)
	}},
	{"break", func(h *harness) {
		h.begin(4, "")
		h.toSharing()
		h.tick(time.Minute)
		h.key("b")
		h.tick(2 * time.Minute)
	}},
	{"open-floor", func(h *harness) {
		h.begin(5, "Ann, Bo, Kim, Liv, Ola", func(c *session.Config) { c.Format = session.FormatOpen })
		h.key("enter", "p", "p", "p", "p", "p", "enter", "y", "3")
		h.tick(90 * time.Second)
	}},
	{"plan-short", func(h *harness) {
		h.begin(13, "")
		h.key("enter")
		h.tick(10 * time.Second)
	}},
	{"plan-menu", func(h *harness) {
		h.begin(13, "")
		h.key("c")
	}},
	{"confirm-end", func(h *harness) {
		h.begin(4, "")
		h.toSharing()
		h.tick(time.Minute)
		h.key("enter")
	}},
	{"confirm-stop", func(h *harness) {
		h.begin(4, "")
		h.key("q")
	}},
	{"reminder-picker", func(h *harness) {
		h.begin(4, "")
		h.toSharing()
		h.key("m", "down", "down")
	}},
	{"reminder", func(h *harness) {
		h.begin(4, "")
		h.toSharing()
		h.key("m", "down", "enter")
		h.tick(time.Minute)
	}},
	{"rules-shown", func(h *harness) {
		h.begin(4, "")
		h.toSharing()
		h.key("r")
	}},
	{"closing", func(h *harness) {
		h.begin(3, "")
		h.toSharing()
		for h.status().Phase == session.PhaseSharing {
			h.key("p")
			if h.p.Confirming() {
				h.key("y")
			}
		}
	}},
	{"handover", func(h *harness) {
		h.begin(3, "")
		h.toSharing()
		for h.status().Phase != session.PhaseHandover {
			if h.status().Round {
				h.key("p")
			} else {
				h.key("enter")
			}
			if h.p.Confirming() {
				h.key("y")
			}
		}
	}},
	{"full-help", func(h *harness) {
		h.begin(4, "")
		h.key("enter", "?")
	}},
	// What happens in real rooms (issue 13).
	{"calm-warning", func(h *harness) {
		h.begin(4, "Ann, Bo, Kim, Liv")
		h.toSharing()
		h.tick(h.status().Turn.Planned - 45*time.Second)
	}},
	{"join-seat", func(h *harness) {
		h.begin(4, "Ann, Bo, Kim, Liv")
		h.toSharing()
		h.key("a", "3")
	}},
	{"join-name", func(h *harness) {
		h.begin(4, "Ann, Bo, Kim, Liv")
		h.toSharing()
		h.key("a", "3", "enter", "Eir")
	}},
	{"join-confirm", func(h *harness) {
		h.begin(4, "Ann, Bo, Kim, Liv")
		h.toSharing()
		h.key("a", "3", "enter", "enter")
	}},
	{"join-confirm-named", func(h *harness) {
		h.begin(4, "Ann, Bo, Kim, Liv")
		h.toSharing()
		h.key("a", "3", "enter", "Eirin", "enter")
	}},
	{"join-late", func(h *harness) {
		h.begin(4, "Ann, Bo, Kim, Liv")
		h.toSharing()
		h.key("a", "1", "enter", "enter")
	}},
	{"joined", func(h *harness) {
		h.begin(4, "Ann, Bo, Kim, Liv")
		h.toSharing()
		h.key("a", "3", "enter", "enter", "y")
	}},
	{"joined-named", func(h *harness) {
		h.begin(4, "Ann, Bo, Kim, Liv")
		h.toSharing()
		h.key("a", "3", "enter", "Eirin", "enter", "y")
	}},
	{"leave-confirm", func(h *harness) {
		h.begin(4, "Ann, Bo, Kim, Liv")
		h.toSharing()
		h.key("l", "4", "enter")
	}},
	{"earlier", func(h *harness) {
		h.begin(4, "Ann, Bo, Kim, Liv")
		h.toSharing()
		h.tick(5 * time.Minute)
		h.key("enter", "y")
		h.tick(20 * time.Second)
		h.key("e", "3", "0")
	}},
	{"earlier-confirm", func(h *harness) {
		h.begin(4, "Ann, Bo, Kim, Liv")
		h.toSharing()
		h.tick(5 * time.Minute)
		h.key("enter", "y")
		h.tick(20 * time.Second)
		h.key("e", "3", "0", "enter")
	}},
	{"undo-confirm", func(h *harness) {
		h.begin(4, "Ann, Bo, Kim, Liv")
		h.toSharing()
		h.tick(5 * time.Second)
		h.key("p")
		h.key("u")
	}},
	{"another-round", func(h *harness) {
		h.begin(3, "", func(c *session.Config) { c.Format = session.FormatPlain })
		h.toSharing()
		for h.status().Phase == session.PhaseSharing {
			h.tick(2 * time.Minute)
			h.key("enter", "y")
		}
	}},
	{"one-more-round", func(h *harness) {
		h.begin(3, "", func(c *session.Config) { c.Format = session.FormatPlain })
		h.toSharing()
		for h.status().Phase == session.PhaseSharing {
			h.tick(2 * time.Minute)
			h.key("enter", "y")
		}
		h.key("o", "y")
	}},
}

// Every screen of the meeting at every size, in both languages: it fits,
// and the key bar keeps ? wherever no question is asked; and at the odd
// sizes between, it keeps what checkSize asks.
func TestMeetingStateGoldens(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		for _, size := range sizes {
			for _, s := range states {
				t.Run(fmt.Sprintf("%s/%dx%d/%s", lang, size[0], size[1], s.name), func(t *testing.T) {
					h := newHarness(t, setup{lang: lang, w: size[0], h: size[1]})
					s.to(h)
					v := h.view()
					checkFits(t, v, size[0], size[1])
					if lines := strings.Split(v, "\n"); !h.p.Confirming() && !strings.Contains(lines[len(lines)-1], "?") {
						t.Fatalf("the key bar lost ?:\n%s", v)
					}
					checkPlain(t, h.p.Speech())
					golden.RequireEqual(t, v)
					if size == [2]int{80, 24} {
						// The same screen between the goldens' sizes.
						for _, odd := range oddSizes {
							h.c.Width, h.c.Height = odd[0], odd[1]
							checkSize(t, h, fmt.Sprintf("%dx%d", odd[0], odd[1]))
						}
					}
				})
			}
		}
	}
}

// Defect 9: at 40x12 the turn screen always shows who speaks and the time
// left or over, before the plan warning, which shrinks to one line.
func TestSmallTurnScreenAlwaysShowsTheTime(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		h := newHarness(t, setup{lang: lang, w: 40, h: 12})
		fs := &failingStore{Store: h.store}
		h.c.Store = fs
		h.begin(13, "Ann, Bo, Kim")
		h.key("enter")
		if h.status().Fits() {
			t.Fatal("the plan fits: nothing to warn of")
		}
		fs.full = true
		for _, d := range []time.Duration{10 * time.Second, time.Minute, time.Minute} {
			h.tick(d)
			h.key("p")
			if h.p.Confirming() {
				h.key("y")
			}
			h.tick(time.Second)
			v := ansi.Strip(h.view())
			checkFits(t, v, 40, 12)
			t.Log("\n" + v)
			st := h.status()
			left := h.p.leftText(st.Turn)
			if !strings.Contains(v, h.p.seat(st.Turn.Seat)) || !strings.Contains(v, left) {
				t.Fatalf("the speaker or the time %s is off the screen:\n%s", left, v)
			}
			if !strings.Contains(v, "! ") || !strings.Contains(v, "…") {
				t.Fatalf("the warning is not on screen in one shortened line:\n%s", v)
			}
			if strings.Index(v, left) > strings.Index(v, "! ") {
				t.Fatalf("the warning comes before the time:\n%s", v)
			}
		}
	}
}

// Defect 10: the plan menu shows its choices at 40x12, numbered 1, 2, …
// as shown, and the number shown is the change made (defect 18).
func TestPlanMenuAtTheSmallestScreen(t *testing.T) {
	h := newHarness(t, setup{w: 40, h: 12})
	h.begin(20, "")
	h.key("c")
	v := ansi.Strip(h.view())
	checkFits(t, v, 40, 12)
	list := offered(h.status())
	if len(list) < 2 {
		t.Fatalf("only %d changes on offer", len(list))
	}
	for i, ch := range list {
		if !strings.Contains(v, fmt.Sprintf("%d  %s", i+1, h.p.choiceName(ch))) {
			t.Fatalf("the menu does not show change %d, %s:\n%s", i+1, h.p.choiceName(ch), v)
		}
	}
	// Take the first change; the menu then numbers what is left from 1.
	h.key("1")
	if h.status().Fits() {
		t.Skip("one change made the plan fit")
	}
	list = offered(h.status())
	h.key("c")
	h.see("1  " + h.p.choiceName(list[0]))
	h.key("1")
	if got := h.p.Engine().Log(); len(got.Choices) != 2 || got.Choices[1] != string(list[0]) {
		t.Fatalf("1 made the change %v, want %v", got.Choices, list[0])
	}
}

// Defect 14: a number meets a noun through the catalog's plural forms.
func TestPluralsInTheMeeting(t *testing.T) {
	h := newHarness(t, setup{})
	h.begin(2, "")
	st := h.status()
	st.Length = time.Minute
	if got := h.p.planLines(st)[0]; got != "Today: 1 minute, 2 people in the circle." {
		t.Fatalf("the plan says %q", got)
	}
	st.Short = 30 * time.Second
	if got := h.p.warningText(st); !strings.Contains(got, "1 minute short") {
		t.Fatalf("the warning says %q", got)
	}
	if got := h.p.alert(session.Status{Turn: session.TurnStatus{Slot: session.Slot{Seat: 2}, Planned: time.Minute, Left: -61 * time.Second}}); got != "Seat 2 has gone 1 minute over." {
		t.Fatalf("the alert says %q", got)
	}
}

// Defect 18: one rounding rule for the screen and the question about it.
func TestQuestionAgreesWithTheScreen(t *testing.T) {
	h := newHarness(t, setup{})
	h.begin(4, "")
	h.key("enter")
	h.tick(13*time.Second + 500*time.Millisecond)
	h.see("0:47 left of 1:00")
	h.key("enter")
	h.see("0:47 left of 1:00", "with 0:47 of it still planned?")
}

// Defect 18: the Now cue matches the prompt on screen, and speaks to the
// facilitator on their own turn.
func TestNowCueMatchesTheScreen(t *testing.T) {
	h := newHarness(t, setup{w: 100, h: 30})
	h.begin(3, "")
	h.key("enter")
	h.see("Prompt", "Read them the prompt above")
	h.c.Width, h.c.Height = 40, 12
	h.notSee("Prompt", "prompt above")
	h.c.Width, h.c.Height = 100, 30
	h.key("p", "p")
	if h.status().Turn.Seat != h.p.Engine().Config().Facilitator {
		t.Fatalf("the facilitator's turn is not next: seat %d", h.status().Turn.Seat)
	}
	h.see("This is your own turn")
	h.notSee("Read them")
}

// Defect 19: Norwegian as a Norwegian writes it.
func TestNorwegianReadsAsNorwegian(t *testing.T) {
	h := newHarness(t, setup{lang: catalog.Bokmal, w: 120, h: 40})
	h.begin(13, "")
	h.see("Planen er for stram")
	h.notSee("går ikke opp lenger", "velg ett av valgene", "Tiden som er igjen")
	h.key("enter")
	h.tick(10 * time.Second)
	h.key("enter")
	h.see("Avslutte turen til plass 2 nå")
	h.key("n")
	for h.status().Round {
		h.key("p")
	}
	h.see("mellomrom")
	h.notSee("space")
	// A plan that fitted and no longer does says so.
	h = newHarness(t, setup{lang: catalog.Bokmal, w: 120, h: 40})
	h.begin(4, "")
	h.toSharing()
	h.tick(95 * time.Minute)
	h.key("enter")
	h.see("vekket i dem", "Planen går ikke opp lenger")
	for _, k := range catalog.New(catalog.Bokmal).Keys() {
		s, _ := catalog.New(catalog.Bokmal).Raw(k)
		if strings.Contains(s, "Delingene varte fra") || strings.Contains(s, "velg ett av valgene") {
			t.Errorf("%s still says %q", k, s)
		}
	}
}

// BenchmarkSharingView renders the sharing screen at 120x40 mid-turn.
func BenchmarkSharingView(b *testing.B) {
	for _, profile := range []termenv.Profile{termenv.Ascii, termenv.ANSI256} {
		b.Run(map[termenv.Profile]string{termenv.Ascii: "plain", termenv.ANSI256: "colour"}[profile], func(b *testing.B) {
			h := newHarness(b, setup{w: 120, h: 40, colored: true, profile: profile})
			h.begin(6, "Ann, Bo, Kim, Liv, Ola, Per")
			h.toSharing()
			h.tick(3*time.Minute + 500*time.Millisecond)
			if h.status().Turn.Kind != session.KindShare {
				b.Fatal("not in a sharing turn")
			}
			b.ReportAllocs()
			for b.Loop() {
				_ = h.p.View()
			}
		})
	}
}

// BenchmarkPresenterView renders the block-digit view at 300x100.
func BenchmarkPresenterView(b *testing.B) {
	h := newHarness(b, setup{w: 300, h: 100, colored: true, profile: termenv.ANSI256})
	h.begin(6, "")
	h.key("enter")
	h.tick(3 * time.Second)
	h.key("v")
	b.ReportAllocs()
	for b.Loop() {
		_ = h.p.View()
	}
}

// BenchmarkViewOpenFloor renders the open floor's tally of 20 seats.
func BenchmarkViewOpenFloor(b *testing.B) {
	h := newHarness(b, setup{w: 120, h: 40, colored: true, profile: termenv.ANSI256})
	h.begin(20, "", func(c *session.Config) { c.Format = session.FormatOpen })
	h.key("enter")
	for h.status().Round {
		h.key("p")
	}
	h.key("enter", "y", "3")
	h.tick(time.Minute)
	b.ReportAllocs()
	for b.Loop() {
		_ = h.p.View()
	}
}

// BenchmarkSpeech builds what the line mode says of a sharing turn.
func BenchmarkSpeech(b *testing.B) {
	h := newHarness(b, setup{w: 120, h: 40, line: true})
	h.begin(6, "")
	h.toSharing()
	b.ReportAllocs()
	for b.Loop() {
		_ = h.p.Speech()
	}
}

// At 40x12 the time of the turn stays on screen whatever is open over it
// (the rules, the reminder picker, the plan menu), and a reminder put on
// screen is seen, with the time.
func TestTimeStaysOnScreenOverEveryView(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		h := newHarness(t, setup{lang: lang, w: 40, h: 12})
		h.begin(3, "Ann, Bo, Kim")
		h.toSharing()
		h.tick(20 * time.Second)
		for _, open := range [][]string{{"r"}, {"m"}, {"m", "down", "down"}} {
			h.key(open...)
			v := ansi.Strip(h.view())
			checkFits(t, v, 40, 12)
			if left := h.p.leftText(h.status().Turn); !strings.Contains(v, left) {
				t.Fatalf("%s %q: the time %s is off the screen:\n%s", lang, open, left, v)
			}
			h.key("esc")
			if open[0] == "r" {
				h.key("r")
			}
		}
		h.key("m", "down", "enter")
		v := ansi.Strip(h.view())
		reminder := h.c.Cat.F(catalog.ReminderBanner, "")
		if !strings.Contains(v, strings.TrimSpace(reminder[:len(reminder)/2])) {
			t.Fatalf("%s: the reminder is not on screen at 40x12:\n%s", lang, v)
		}
		if left := h.p.leftText(h.status().Turn); !strings.Contains(v, left) || !strings.Contains(v, h.p.seat(h.status().Turn.Seat)) {
			t.Fatalf("%s: with the reminder, who speaks or the time %s is off the screen:\n%s", lang, left, v)
		}
	}
}
