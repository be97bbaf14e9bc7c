package ui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"circle/session"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/internal/uitest"
	"circle/ui/pages/group"
	"circle/ui/pages/meeting"
	"circle/ui/pages/setup"
)

var start = time.Date(2026, 11, 25, 18, 0, 0, 0, time.Local)

// fakeClock is the system clocks, moved by hand.
type fakeClock struct{ fakeReading }

func (c *fakeClock) now() time.Time       { return c.wall }
func (c *fakeClock) wait(d time.Duration) { c.pass(d) }

// harness drives the whole program by key presses on a fake clock, against
// a real data file, running every command the program returns at once but
// the clock ticks, which it keeps for tick.
type harness struct {
	t     testing.TB
	m     *Model
	clock *fakeClock
	store *store.Store
	path  string
	group uint64 // the group the tests meet as
	// tickIn is when the program asked for its next tick; ticks waits.
	tickIn   time.Duration
	pending  tea.Msg
	quitting bool
}

func newHarness(t testing.TB, w, h int) *harness { return newHarnessGroup(t, w, h, true) }

// newHarnessGroup builds a harness; withGroup makes the group the tests
// meet as, or leaves the data file new, as on the first run.
func newHarnessGroup(t testing.TB, w, h int, withGroup bool) *harness {
	t.Helper()
	st, path := uitest.Store(t)
	var id uint64
	if withGroup {
		var err error
		id, err = st.CreateGroup(store.Group{Name: "Tuesday group", Rules: group.DefaultRuleTexts(catalog.New(catalog.English))})
		if err != nil {
			t.Fatal(err)
		}
	}
	hs := &harness{t: t, clock: &fakeClock{fakeReading{wall: start}}, store: st, path: path, group: id}
	hs.restart(Options{Store: st, Width: w, Height: h})
	return hs
}

// restart builds the program anew, as a new start of circle does, with
// the harness's clock and the plain colour profile unless o says.
func (h *harness) restart(o Options) {
	h.t.Helper()
	o.Clock = h.clock.read
	if o.Profile == nil {
		ascii := termenv.Ascii
		o.Profile = &ascii
	}
	o.After = func(d time.Duration, msg tea.Msg) tea.Cmd {
		h.tickIn, h.pending = d, msg
		return nil
	}
	h.m = New(o)
	h.run(h.m.Init())
	h.send(tea.WindowSizeMsg{Width: o.Width, Height: o.Height})
}

// send delivers a message and runs what it asks to run.
func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	_, cmd := h.m.Update(msg)
	h.run(cmd)
}

func (h *harness) run(cmd tea.Cmd) {
	h.t.Helper()
	uitest.Each(cmd, func(msg tea.Msg) {
		if _, ok := msg.(tea.QuitMsg); ok {
			h.quitting = true
			return
		}
		h.send(msg)
	})
}

// key presses keys: names of special keys ("enter", "tab", "backspace",
// "space", "down", "ctrl+c") or runes.
func (h *harness) key(keys ...string) {
	h.t.Helper()
	for _, k := range keys {
		h.send(uitest.Key(k))
	}
}

// tick lets the clock run d, then delivers the program's pending tick.
func (h *harness) tick(d time.Duration) {
	h.t.Helper()
	h.clock.wait(d)
	h.deliverTick()
}

func (h *harness) deliverTick() {
	h.t.Helper()
	if msg := h.pending; msg != nil {
		h.pending = nil
		h.send(msg)
	}
}

// view renders the screen; a string formatted with the wrong arguments
// shows fmt's %! marks, which no screen may ever show.
func (h *harness) view() string {
	h.t.Helper()
	v := h.m.View()
	uitest.CheckFormatted(h.t, v)
	return v
}

func (h *harness) see(want ...string) {
	h.t.Helper()
	uitest.CheckSee(h.t, h.view(), want...)
}

// mt is the meeting page on screen.
func (h *harness) mt() *meeting.Page {
	h.t.Helper()
	p, ok := h.m.Page().(*meeting.Page)
	if !ok {
		h.t.Fatalf("not in a meeting: %T\n%s", h.m.Page(), h.m.View())
	}
	return p
}

func (h *harness) status() session.Status { return h.mt().Status() }

func (h *harness) lastTickDelay() time.Duration { return h.mt().NextChange(h.clock.now()) }

func (h *harness) form() *setup.Page {
	h.t.Helper()
	p, ok := h.m.Page().(*setup.Page)
	if !ok {
		h.t.Fatalf("not on the setup form: %T", h.m.Page())
	}
	return p
}

// focus moves the setup form's focus to field f with tab.
func (h *harness) focus(f int) {
	h.t.Helper()
	for range 10 {
		if h.form().Focused() == f {
			return
		}
		h.key("tab")
	}
	h.t.Fatalf("tab never reached field %d", f)
}

// setField replaces the text of a setup field.
func (h *harness) setField(f int, value string) {
	h.t.Helper()
	h.focus(f)
	for range len([]rune(h.form().Value(f))) {
		h.key("backspace")
	}
	if value != "" {
		h.key(value)
	}
}
