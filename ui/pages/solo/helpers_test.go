package solo

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/internal/uitest"
)

var start = time.Date(2026, 12, 1, 18, 0, 0, 0, time.UTC)

// harness drives the page by keys and typed lines on a fake clock,
// against a real data file.
type harness struct {
	t     testing.TB
	c     *common.Context
	p     *Page
	now   time.Time
	store *store.Store
	path  string
	rang  int
	sent  []tea.Msg // what the page's commands sent, ticks aside
	ticks []time.Duration
	said  []string // the line mode: what the page last said
	out   []string // the line mode: every line said
}

type setup struct {
	lang    catalog.Lang
	w, h    int
	profile termenv.Profile // with colored; else plain text
	colored bool
	line    bool
	bell    bool
	noFile  bool
	group   *store.Group
}

func newHarness(t testing.TB, s setup) *harness {
	t.Helper()
	if s.lang == "" {
		s.lang = catalog.English
	}
	if s.w == 0 {
		s.w, s.h = 80, 24
	}
	h := &harness{t: t, now: start}
	if !s.colored {
		s.profile = termenv.Ascii
	}
	c := uitest.Context(s.lang, false, s.profile, s.w, s.h, func() time.Time { return h.now })
	if !s.noFile {
		// scrypt made cheap: these tests are not about its cost.
		h.path = filepath.Join(t.TempDir(), "circle.db")
		st, err := store.OpenWith(h.path, store.Options{NotesWorkFactor: 10})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		h.store = st
		c.Store = st
	}
	c.Ring = func() { h.rang++ }
	c.BellAll = s.bell
	c.LineMode = s.line
	c.After = func(d time.Duration, msg tea.Msg) tea.Cmd {
		h.ticks = append(h.ticks, d)
		return nil
	}
	h.c = c
	g := s.group
	if g != nil && h.store != nil {
		id, err := h.store.CreateGroup(*g)
		if err != nil {
			t.Fatal(err)
		}
		got, err := h.store.Group(id)
		if err != nil {
			t.Fatal(err)
		}
		g = &got
	}
	h.p = New(c, g)
	if s.line {
		h.speak()
	}
	return h
}

// run runs a command as the program would and keeps what it sent.
func (h *harness) run(cmd tea.Cmd) {
	uitest.Each(cmd, func(msg tea.Msg) { h.sent = append(h.sent, msg) })
}

// key presses keys by name.
func (h *harness) key(keys ...string) {
	h.t.Helper()
	for _, k := range keys {
		_, cmd := h.p.Update(uitest.Key(k))
		h.run(cmd)
	}
}

// line types lines in the line mode, and notes what is said.
func (h *harness) line(lines ...string) {
	h.t.Helper()
	for _, l := range lines {
		h.out = append(h.out, "> "+l)
		_, cmd := h.p.Update(common.LineMsg(l))
		h.run(cmd)
		h.speak()
	}
}

// tick moves the clock on by d, a second at a time, as the ticks would.
func (h *harness) tick(d time.Duration) {
	h.t.Helper()
	for d > 0 {
		step := min(d, time.Second)
		h.now = h.now.Add(step)
		d -= step
		var cmd tea.Cmd
		if h.c.LineMode {
			_, cmd = h.p.Update(common.ClockMsg{})
		} else {
			_, cmd = h.p.Update(TickMsg{Gen: h.p.tickGen})
		}
		h.run(cmd)
		if h.c.LineMode {
			h.speak()
		}
	}
}

// speak notes what the line mode says now: the lines from the first that
// changed.
func (h *harness) speak() {
	now := h.p.Speech()
	uitest.CheckPlain(h.t, now)
	h.out = append(h.out, uitest.Changed(h.said, now)...)
	h.said = now
}

// view draws the page and checks it fits.
func (h *harness) view() string {
	h.t.Helper()
	v := h.p.View()
	w, ht := h.c.Size()
	uitest.CheckFits(h.t, v, w, ht)
	uitest.CheckFormatted(h.t, v, "solo", "help")
	return v
}

// went reports whether the page asked the root to go home.
func (h *harness) went() bool {
	for _, m := range h.sent {
		if _, ok := m.(common.GoHome); ok {
			return true
		}
	}
	return false
}

func (h *harness) practices() []store.Practice {
	h.t.Helper()
	ps, err := h.store.Practices()
	if err != nil {
		h.t.Fatal(err)
	}
	return ps
}

func (h *harness) transcript() string { return strings.Join(h.out, "\n") + "\n" }
