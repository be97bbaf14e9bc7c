package display

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"

	"circle/ui"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/internal/uitest"
	"circle/ui/link"
)

var t0 = time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)

type harness struct {
	t   *testing.T
	m   *Model
	now time.Time
	// after is the last delay the display asked for a message after.
	after time.Duration
}

func newHarness(t *testing.T, lang catalog.Lang, profile termenv.Profile, w, h int) *harness {
	hs := &harness{t: t, now: t0}
	c := uitest.Context(lang, false, profile, w, h, func() time.Time { return hs.now })
	c.After = func(d time.Duration, msg tea.Msg) tea.Cmd {
		hs.after = d
		return func() tea.Msg { return msg }
	}
	// A fixed name, so the goldens that say it are the same every run.
	hs.m = New(c, "/home/ann/.local/share/circle/"+link.Name)
	return hs
}

// show delivers a state as if it came over the channel.
func (h *harness) show(st common.Shown) {
	h.m.conn = &link.Conn{}
	h.m.Update(shownMsg{h.m.conn, st})
}

// tick lets d pass and delivers the display's tick.
func (h *harness) tick(d time.Duration) {
	h.now = h.now.Add(d)
	h.m.Update(TickMsg{Gen: h.m.gen})
}

func (h *harness) see(want ...string) {
	h.t.Helper()
	uitest.CheckSee(h.t, ansi.Strip(h.m.View()), want...)
}

var turn = common.Shown{Meeting: true, Phase: "sharing", Round: true, Seat: 2, Name: "Bo", Doing: "shares",
	Planned: 10 * time.Minute, Elapsed: 8*time.Minute + 30*time.Second, Warn: time.Minute, Lang: "en"}

// states brings the display to each of its screens.
var states = []struct {
	name string
	to   func(h *harness)
}{
	{"waiting", func(h *harness) { h.m.Update(failMsg{fs.ErrNotExist}) }},
	{"turn", func(h *harness) { h.show(turn) }},
	{"calm-warning", func(h *harness) {
		h.show(turn)
		h.tick(45 * time.Second)
	}},
	{"over", func(h *harness) {
		h.show(turn)
		h.tick(2 * time.Minute)
	}},
	{"reminder", func(h *harness) {
		r := turn
		r.Reminder = "Reminder for everyone: One person speaks at a time. We listen without interrupting."
		h.show(r)
	}},
	{"break", func(h *harness) {
		h.show(common.Shown{Meeting: true, Phase: "sharing", Break: true, Planned: 10 * time.Minute, Elapsed: 3 * time.Minute})
	}},
	// A break at its planned end shows 0:00 left; past it, how long it
	// has lasted.
	{"break-end", func(h *harness) {
		h.show(common.Shown{Meeting: true, Phase: "sharing", Break: true, Planned: 10 * time.Minute, Elapsed: 10 * time.Minute})
	}},
	{"break-long", func(h *harness) {
		h.show(common.Shown{Meeting: true, Phase: "sharing", Break: true, Planned: 10 * time.Minute, Elapsed: 12 * time.Minute})
	}},
	{"between", func(h *harness) { h.show(common.Shown{Meeting: true, Phase: "ground rules"}) }},
	{"ended", func(h *harness) { h.show(common.Shown{Ended: true}) }},
	{"lost", func(h *harness) {
		h.show(turn)
		h.m.Update(goneMsg{h.m.conn})
	}},
	{"not-yours", func(h *harness) { h.m.Update(failMsg{link.ErrNotYours}) }},
}

func TestDisplayGoldens(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		for _, size := range [][2]int{{40, 12}, {80, 24}, {160, 48}} {
			for _, s := range states {
				t.Run(fmt.Sprintf("%s/%dx%d/%s", lang, size[0], size[1], s.name), func(t *testing.T) {
					h := newHarness(t, lang, termenv.Ascii, size[0], size[1])
					s.to(h)
					v := h.m.View()
					uitest.CheckFits(t, v, size[0], size[1])
					uitest.CheckPlain(t, h.m.Speech())
					golden.RequireEqual(t, v)
				})
			}
		}
	}
}

func TestDisplayFollowsTheTurn(t *testing.T) {
	h := newHarness(t, catalog.English, termenv.ANSI, 80, 24)
	h.m.Init()
	h.see("No meeting is running. This screen waits for one to begin.")
	h.show(turn)
	h.see("Seat 2 · Bo · shares", "sharing")
	if got := h.m.Lines(); got != "Seat 2 · Bo · shares · sharing" {
		t.Fatalf("said %q", got)
	}
	// It counts on by itself, ticking at the next whole second.
	if h.after != time.Second {
		t.Fatalf("next tick in %v", h.after)
	}
	h.tick(30*time.Second + 200*time.Millisecond)
	if h.after != 800*time.Millisecond {
		t.Fatalf("next tick in %v, want the next whole second", h.after)
	}
	if c := h.m.clock(); !c.Near || c.Left() != "1:00" {
		t.Fatalf("clock %+v, left %s", c, c.Left())
	}
	v := h.m.View()
	if !strings.Contains(ansi.Strip(v), "1 minute left · 1:00 · sharing") || !strings.Contains(v, "34m") {
		t.Fatalf("no calm warning:\n%s", v)
	}
	if got := h.m.Lines(); !strings.Contains(got, "One minute left.") {
		t.Fatalf("said %q", got)
	}
	h.tick(time.Minute)
	h.see("TIME · 0:00 over")
	// An older tick schedule is dropped.
	before := h.m.gen
	h.m.Update(TickMsg{Gen: before - 1})
	if h.m.gen != before {
		t.Fatal("an old tick was taken")
	}
	// Between turns no clock ticks.
	h.show(common.Shown{Meeting: true, Phase: "closing"})
	if h.m.running() {
		t.Fatal("a clock runs between turns")
	}
	// A state of an earlier connection is not taken.
	old := h.m.conn
	h.show(common.Shown{Meeting: true, Phase: "rules"})
	h.m.Update(shownMsg{old, turn})
	h.see("rules")
	// Ended, then a new meeting.
	h.show(common.Shown{Ended: true})
	h.see("The meeting has ended. This screen waits for the next one.")
	h.m.Update(goneMsg{h.m.conn})
	h.see("The meeting has ended.")
	h.show(turn)
	h.see("Seat 2 · Bo")
	// The facilitator's circle killed: said, then waited for.
	h.m.Update(goneMsg{h.m.conn})
	h.see("The facilitator's circle has stopped.")
	if _, cmd := h.m.Update(failMsg{syscall.ECONNREFUSED}); cmd == nil {
		t.Fatal("no retry while the circle is away")
	}
	h.see("The facilitator's circle has stopped.")
	h.m.Update(failMsg{errors.New("odd")})
	h.see("cannot attach to the meeting's channel")
	h.show(turn)
	h.see("Seat 2 · Bo")
	// Only q, ctrl+c and esc do anything: quit.
	for _, k := range []string{"enter", "p", " ", "v", "1"} {
		if _, cmd := h.m.Update(uitest.Key(k)); cmd != nil {
			t.Fatalf("%q did something", k)
		}
	}
	if _, cmd := h.m.Update(uitest.Key("q")); cmd == nil || cmd() != tea.Quit() {
		t.Fatal("q does not quit")
	}
	if h.m.conn != nil {
		t.Fatal("q left the channel open")
	}
}

// A display refused (another user's channel, or no access to it) says why in one
// line and does not try again.
func TestDisplayRefusedSaysWhy(t *testing.T) {
	for _, err := range []error{link.ErrNotYours, fs.ErrPermission, syscall.EACCES} {
		h := newHarness(t, catalog.Bokmal, termenv.Ascii, 80, 24)
		if _, cmd := h.m.Update(failMsg{err}); cmd != nil {
			t.Fatalf("%v: tries again", err)
		}
		if lines := h.m.Speech(); len(lines) != 1 || !strings.Contains(lines[0], "circle display") {
			t.Fatalf("%v: said %q", err, lines)
		}
	}
}

// Attached for real: a state published reaches the display's loop.
func TestDisplayAttaches(t *testing.T) {
	h := newHarness(t, catalog.English, termenv.Ascii, 80, 24)
	h.m.path = filepath.Join(uitest.SocketDir(t), link.Name)
	srv, err := link.Listen(h.m.path)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	srv.Publish(turn)
	msg := h.m.Init()()
	h.m.Update(msg)
	next := read(h.m.conn)()
	h.m.Update(next)
	h.see("Seat 2 · Bo")
	srv.Close()
	h.m.Update(read(h.m.conn)())
	h.see("The facilitator's circle has stopped.")
	if h.m.conn != nil {
		t.Fatal("the channel gone is kept")
	}
	if h.after != Retry {
		t.Fatalf("retries in %v", h.after)
	}
	if msg := h.m.dial()(); msg == nil {
		t.Fatal("no answer from a dial")
	} else if f, ok := msg.(failMsg); !ok || !errors.Is(f.err, fs.ErrNotExist) {
		t.Fatalf("dial with the socket gone: %#v", msg)
	}
	h.m.Update(tea.WindowSizeMsg{Width: 50, Height: 14})
	if w, hh := h.m.c.Size(); w != 50 || hh != 14 {
		t.Fatal("the size was not taken")
	}
}

// Line by line, the display says each change once, and q quits.
func TestDisplayLineByLine(t *testing.T) {
	for lang, want := range map[catalog.Lang][]string{
		catalog.English: {"No meeting is running. This screen waits for one to begin.", "Seat 2 · Bo · shares · sharing",
			"One minute left.", "The meeting has ended. This screen waits for the next one."},
		catalog.Bokmal: {"Ingen møter pågår. Denne skjermen venter på at et skal begynne.", "Plass 2 · Bo · shares · sharing",
			"Ett minutt igjen.", "Møtet er slutt. Denne skjermen venter på det neste."},
	} {
		c := common.NewContext(lang, false, termenv.Ascii)
		path := filepath.Join(uitest.SocketDir(t), link.Name)
		m := New(c, path)
		in := make(chan string)
		said := make(chan string, 32)
		done := make(chan struct{})
		go func() { RunLines(m, in, func(s string) { said <- s }); close(done) }()
		expect := func(w string) {
			t.Helper()
			select {
			case s := <-said:
				if s != w {
					t.Fatalf("%s: said %q, want %q", lang, s, w)
				}
			case <-time.After(5 * time.Second):
				t.Fatalf("%s: %q was not said", lang, w)
			}
		}
		expect(want[0])
		srv, err := link.Listen(path)
		if err != nil {
			t.Fatal(err)
		}
		near := turn
		near.Elapsed = turn.Planned - 30*time.Second
		srv.Publish(near)
		expect(want[1])
		expect(want[2])
		// A reminder shown is said; taken away, nothing is said: what
		// stays was said already.
		reminded := near
		reminded.Reminder = "One person speaks at a time."
		srv.Publish(reminded)
		expect(reminded.Reminder)
		srv.Publish(near)
		srv.Publish(common.Shown{Ended: true})
		expect(want[3])
		in <- "q"
		<-done
		srv.Close()
	}
}

// BenchmarkASecondOfATurn is what the display does each second while a
// turn runs: the tick, the view with its big digits, and the lines of it
// that changed written out (ui.Screen, as circle display runs it), on a
// large screen in colour.
func BenchmarkASecondOfATurn(b *testing.B) {
	now := t0
	c := uitest.Context(catalog.English, false, termenv.TrueColor, 160, 48, func() time.Time { return now })
	c.After = func(d time.Duration, msg tea.Msg) tea.Cmd { return nil }
	m := New(c, "/home/ann/.local/share/circle/"+link.Name)
	m.conn = &link.Conn{}
	m.Update(shownMsg{m.conn, common.Shown{Meeting: true, Round: true, Seat: 2, Name: "Bo", Doing: "shares",
		Phase: "sharing", Planned: 10 * time.Minute, Warn: time.Minute}})
	s := ui.NewScreen(m, io.Discard)
	s.Init()
	b.ReportAllocs()
	for b.Loop() {
		now = now.Add(time.Second)
		s.Update(TickMsg{Gen: m.gen})
	}
}
