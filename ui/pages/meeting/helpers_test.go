package meeting

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"circle/rules"
	"circle/session"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/internal/uitest"
)

var start = time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)

// harness drives the page by key presses and typed lines on a fake clock,
// against a real data file.
type harness struct {
	t     testing.TB
	c     *common.Context
	p     *Page
	now   time.Time
	slept time.Duration
	store *store.Store
	path  string
	group *store.Group
	rang  int
	// summary is where the page went when the meeting was over.
	summary *common.GoSummary
	said    []string // the line mode: what the page last said
	out     []string // the line mode: every line said
}

type setup struct {
	lang     catalog.Lang
	contrast bool
	profile  termenv.Profile // with colored; else plain text
	colored  bool
	w, h     int
	bell     bool // the group wants the bell
	line     bool // the line mode
}

func newHarness(t testing.TB, s setup) *harness {
	t.Helper()
	if s.lang == "" {
		s.lang = catalog.English
	}
	if s.w == 0 {
		s.w, s.h = 100, 30
	}
	st, path := uitest.Store(t)
	cat := catalog.New(s.lang)
	g := store.Group{Name: "Tuesday group", Rules: defaultRuleTexts(cat)}
	g.Defaults.Bell = s.bell
	id, err := st.CreateGroup(g)
	if err != nil {
		t.Fatal(err)
	}
	g, err = st.Group(id)
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, now: start, store: st, path: path, group: &g}
	if !s.colored {
		s.profile = termenv.Ascii
	}
	c := uitest.Context(s.lang, s.contrast, s.profile, s.w, s.h, func() time.Time { return h.now })
	c.Slept = func() time.Duration { d := h.slept; h.slept = 0; return d }
	c.Store = st
	c.Ring = func() { h.rang++ }
	c.LineMode = s.line
	h.c = c
	return h
}

func defaultRuleTexts(cat *catalog.Catalog) []string {
	var out []string
	for _, r := range rules.Defaults() {
		out = append(out, cat.T(catalog.Rule(r.ID)))
	}
	return out
}

// begin starts a meeting of seats people, with names for the screen.
func (h *harness) begin(seats int, names string, edit ...func(*session.Config)) {
	h.t.Helper()
	cfg := session.NewConfig(120*time.Minute, seats)
	cfg.Warn = session.DefaultWarn // as setup begins a meeting
	for _, e := range edit {
		e(&cfg)
	}
	var ns []string
	if names != "" {
		for _, n := range strings.Split(names, ",") {
			ns = append(ns, strings.TrimSpace(n))
		}
	}
	h.p = New(h.c, common.MeetingStart{Cfg: cfg, Names: ns, Group: h.group})
	h.run(h.p.Init())
	if h.c.LineMode {
		h.speak()
	}
}

// run runs what the page asked for: a clock tick is left to tick, the
// summary is noted.
func (h *harness) run(cmd tea.Cmd) {
	// Until the meeting is over the page asks only for clock ticks,
	// which the test delivers itself.
	if h.p.Engine().Phase() != session.PhaseDone {
		return
	}
	uitest.Each(cmd, func(msg tea.Msg) {
		if s, ok := msg.(common.GoSummary); ok {
			h.summary = &s
		}
	})
}

func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	_, cmd := h.p.Update(msg)
	if _, tick := msg.(TickMsg); tick {
		return // its next tick is armed; tick delivers it
	}
	h.run(cmd)
}

// key presses keys: names of special keys or runes.
func (h *harness) key(keys ...string) {
	h.t.Helper()
	for _, k := range keys {
		h.send(uitest.Key(k))
	}
}

// tick lets the clock run d, then delivers the page's pending tick.
func (h *harness) tick(d time.Duration) {
	h.t.Helper()
	h.now = h.now.Add(d)
	h.send(TickMsg{Gen: h.p.TickGen()})
}

func (h *harness) status() session.Status { return h.p.Status() }

// view renders the page; a badly formatted string shows fmt's %! marks,
// which no screen may ever show.
func (h *harness) view() string {
	h.t.Helper()
	v := h.p.View()
	uitest.CheckFormatted(h.t, v, "meeting")
	return v
}

func (h *harness) see(want ...string) {
	h.t.Helper()
	uitest.CheckSee(h.t, ansi.Strip(h.view()), want...)
}

func (h *harness) notSee(unwanted ...string) {
	h.t.Helper()
	v := ansi.Strip(h.view())
	for _, w := range unwanted {
		if strings.Contains(v, w) {
			h.t.Fatalf("screen shows %q:\n%s", w, v)
		}
	}
}

// toSharing runs the opening and the rules (every rule ticked) and starts
// the first sharing turn.
func (h *harness) toSharing() {
	h.t.Helper()
	h.key("enter")
	for h.status().Round {
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	for range h.status().RulesTotal {
		h.key("space")
	}
	h.key("enter", "enter")
}

// finish passes or ends every turn left and answers the handover.
func (h *harness) finish() {
	h.t.Helper()
	for h.status().Phase == session.PhaseSharing || h.status().Phase == session.PhaseClosing {
		if !h.status().Round {
			h.key("enter")
			if h.p.Confirming() {
				h.key("y")
			}
			continue
		}
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	h.key("y")
}

// save does what the summary does with the record.
func (h *harness) save() {
	h.t.Helper()
	if h.summary == nil {
		h.t.Fatal("the meeting did not go to the summary")
	}
	if err := h.summary.Journal.Finish(h.summary.Log); err != nil {
		h.t.Fatal(err)
	}
}

// checkFits fails when the screen has more lines or wider lines than the
// terminal.
func checkFits(t testing.TB, v string, w, h int) {
	t.Helper()
	uitest.CheckFits(t, v, w, h)
}

// The line mode, as ui/linemode.go runs it: each typed line goes to the
// page, and the page's lines are said from the first that changed.

// speak says the page's lines from the first that changed.
func (h *harness) speak() {
	h.t.Helper()
	if h.summary != nil {
		return
	}
	now := h.p.Speech()
	checkPlain(h.t, now)
	for _, s := range uitest.Changed(h.said, now) {
		if s = strings.TrimSpace(s); s != "" {
			h.out = append(h.out, s)
		}
	}
	h.said = now
}

// typeLines types lines as the line mode takes them; ? says what can be
// typed.
func (h *harness) typeLines(lines ...string) {
	h.t.Helper()
	for _, l := range lines {
		h.out = append(h.out, "> "+l)
		if strings.TrimSpace(l) == "?" {
			h.out = append(h.out, h.p.Typing())
			continue
		}
		h.send(common.LineMsg(l))
		h.speak()
	}
}

// wait lets time pass with the loop's clock once a second.
func (h *harness) wait(d time.Duration) {
	h.t.Helper()
	for range int(d / time.Second) {
		h.now = h.now.Add(time.Second)
		h.send(common.ClockMsg{})
		h.speak()
	}
}

// heard returns what was said since the last call.
func (h *harness) heard() []string {
	out := h.out
	h.out = nil
	return out
}

func (h *harness) expect(want ...string) {
	h.t.Helper()
	uitest.CheckSaid(h.t, h.heard(), want...)
}

// checkPlain fails on anything a screen reader would read aloud that is
// not words: escape codes, borders and box drawing, bars, braille; and on
// a badly formatted line.
func checkPlain(t testing.TB, lines []string) {
	t.Helper()
	uitest.CheckPlain(t, lines)
	uitest.CheckFormatted(t, strings.Join(lines, "\n"))
}

func seatName(n int, names ...string) string { return fmt.Sprintf("Seat %d · %s", n, names[n-1]) }

func active(t testing.TB, st *store.Store) []session.Event {
	t.Helper()
	events, err := st.ActiveEvents()
	if err != nil {
		t.Fatal(err)
	}
	return events
}
