package resume

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"

	"circle/session"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/internal/uitest"
)

var t0 = time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)

// disk is a data file of a test's own, and its path.
type disk struct {
	*store.Store
	path string
}

func open(t testing.TB) disk {
	t.Helper()
	st, path := uitest.Store(t)
	return disk{st, path}
}

// clock is the meeting clock of a test, moved by hand.
type clock struct{ now time.Time }

func (k *clock) read() time.Time   { return k.now }
func newClock(at time.Time) *clock { return &clock{now: at} }

func newContext(t testing.TB, st *store.Store, k *clock, lang catalog.Lang, hc bool, profile termenv.Profile, w, h int) *common.Context {
	t.Helper()
	c := uitest.Context(lang, hc, profile, w, h, k.read)
	if st != nil {
		c.Store = st
	}
	return c
}

// toSharing writes to the data file the events of a meeting of three that
// reached the sharing, its second minute into the first sharing turn, as
// a meeting page's journal does, and returns them and when the last was.
func toSharing(t testing.TB, st disk) ([]session.Event, time.Time) {
	t.Helper()
	m := new(session.Meeting)
	at := t0
	var events []session.Event
	do := func(e session.Event) {
		t.Helper()
		if err := m.Apply(e); err != nil {
			t.Fatalf("%s: %v", e.Kind, err)
		}
		if len(events) == 0 {
			if err := st.StartMeeting(e); err != nil {
				t.Fatal(err)
			}
		} else if err := st.PutEvent(len(events)+1, e); err != nil {
			t.Fatal(err)
		}
		events = append(events, e)
	}
	do(session.Begin(at, session.NewConfig(120*time.Minute, 3)))
	at = at.Add(3 * time.Minute)
	do(session.Advance(at, false))
	for m.Phase() == session.PhaseOpening {
		at = at.Add(time.Minute)
		do(session.End(at, false))
	}
	at = at.Add(2 * time.Minute)
	do(session.Advance(at, true))
	at = at.Add(time.Minute)
	do(session.Advance(at, false))
	if st := m.Status(at); st.Phase != session.PhaseSharing || !st.Round {
		t.Fatalf("not sharing: %+v", st)
	}
	return events, at
}

// unreadable writes the begin of a meeting the engine refuses: a record
// that cannot be used.
func unreadable(t testing.TB, st disk) []session.Event {
	t.Helper()
	if err := st.StartMeeting(session.Begin(t0, session.Config{Seats: 1})); err != nil {
		t.Fatal(err)
	}
	events, err := st.ActiveEvents()
	if err != nil {
		t.Fatal(err)
	}
	return events
}

// press sends keys and returns the message the last one's command sends.
func press(p *Page, keys ...string) tea.Msg { return uitest.Press(p, nil, keys...) }

// speaker is the line mode's loop, as ui/linemode.go runs it: each line
// to the page, the messages its commands send back to it (a navigation
// message is where it stops: the root would build the next page), and
// what it says from the first line that changed.
type speaker struct {
	p    *Page
	said []string
	sent tea.Msg // the last message the page sent out
}

func newSpeaker(p *Page) *speaker { return &speaker{p: p, said: p.Speech()} }

func (s *speaker) run(cmd tea.Cmd) {
	for cmd != nil {
		msg := cmd()
		cmd = nil
		if m, ok := msg.(asideMsg); ok {
			_, cmd = s.p.Update(m)
			continue
		}
		s.sent = msg
	}
}

func (s *speaker) typeLine(line string) []string {
	_, cmd := s.p.Update(common.LineMsg(line))
	s.run(cmd)
	now := s.p.Speech()
	changed := uitest.Changed(s.said, now)
	s.said = now
	return changed
}

func said(t *testing.T, lines []string, want ...string) {
	t.Helper()
	uitest.ReportPlain(t, lines)
	uitest.ReportSaid(t, lines, want...)
}

// untouched checks that the unfinished meeting is still on disk as it was.
func untouched(t *testing.T, st disk, events []session.Event) {
	t.Helper()
	got, err := st.ActiveEvents()
	if err != nil || len(got) != len(events) {
		t.Fatalf("the data file holds %d active events (%v), want %d", len(got), err, len(events))
	}
	if n, _ := st.Count(); n != 0 {
		t.Fatalf("the history holds %d meetings", n)
	}
	if _, err := os.Stat(st.path + ".unfinished.bak"); err == nil {
		t.Fatal("a copy of the data file was made")
	}
}

func TestGoOnWithNamesTypedAgain(t *testing.T) {
	st := open(t)
	events, last := toSharing(t, st)
	k := newClock(last.Add(62 * time.Minute))
	c := newContext(t, st.Store, k, catalog.English, false, termenv.Ascii, 100, 30)
	got, err := st.ActiveEvents()
	p := New(c, got, err)
	if !p.InMeeting() {
		t.Fatal("the page does not hold a meeting still on disk")
	}
	v := p.View()
	started := t0.Local()
	for _, w := range []string{
		"An unfinished meeting was found",
		fmt.Sprintf("It began on %s at %s, with 3 people.", c.Cat.Date(started), c.Cat.TimeOfDay(started)),
		"Last saved: sharing, during the turn of Seat ",
		"That was 62 minutes ago",
		"Names for the screen come back as seat numbers.",
		"enter go on with it", "ctrl+x close it as interrupted",
	} {
		if !strings.Contains(v, w) {
			t.Errorf("not shown: %q\n%s", w, v)
		}
	}
	// Names typed fast, or pasted, come as one message.
	msg := press(p, "Ann, Bo, Cy", "enter")
	r, ok := msg.(common.GoResumed)
	if !ok {
		t.Fatalf("enter sent %#v", msg)
	}
	if r.Interrupted || r.Kept != len(events) || !r.Last.Equal(last) || !slices.Equal(r.Names, []string{"Ann", "Bo", "Cy"}) {
		t.Fatalf("went on with %+v", r)
	}
	if st := r.Meeting.Status(last); st.Phase != session.PhaseSharing || !st.Round {
		t.Fatalf("the meeting was rebuilt at %+v", st)
	}
	untouched(t, st, events)
}

// "ago" says whole minutes passed, never rounded up.
func TestAgoNeverRoundsUp(t *testing.T) {
	st := open(t)
	events, last := toSharing(t, st)
	for _, tt := range []struct {
		after time.Duration
		want  string
	}{
		{59 * time.Second, "That was less than a minute ago."},
		{time.Minute, "That was 1 minute ago."},
		{61*time.Minute + 59*time.Second, "That was 61 minutes ago."},
	} {
		c := newContext(t, st.Store, newClock(last.Add(tt.after)), catalog.English, false, termenv.ANSI, 100, 30)
		p := New(c, events, nil)
		if !strings.Contains(p.View(), tt.want) {
			t.Errorf("after %v the screen does not say %q:\n%s", tt.after, tt.want, p.View())
		}
		said(t, p.Speech(), tt.want)
	}
}

// A damaged tail costs only itself: the meeting before it goes on.
func TestDamagedTailKeepsTheMeetingBeforeIt(t *testing.T) {
	st := open(t)
	events, last := toSharing(t, st)
	bad := session.Handover(last.Add(time.Minute), true) // not possible in the sharing
	if err := st.PutEvent(len(events)+1, bad); err != nil {
		t.Fatal(err)
	}
	got, err := st.ActiveEvents()
	if err != nil || len(got) != len(events)+1 {
		t.Fatalf("%d events, %v", len(got), err)
	}
	c := newContext(t, st.Store, newClock(last.Add(time.Minute)), catalog.English, false, termenv.Ascii, 100, 30)
	p := New(c, got, nil)
	if v := p.View(); !strings.Contains(v, "1 event at the end could not be read and is left out.") || !strings.Contains(v, "Last saved: sharing") {
		t.Fatalf("the damaged tail is not shown:\n%s", v)
	}
	r, ok := press(p, "enter").(common.GoResumed)
	if !ok || r.Kept != len(events) || !r.Last.Equal(last) {
		t.Fatalf("went on with %+v", r)
	}
}

// notYes are keys that must never answer yes, enter first.
var notYes = []string{"enter", "n", "N", "x", "j", "q", "esc", "space", "tab", "backspace", "ctrl+x", "1", "yy"}

func TestCloseAsInterruptedOnlyWithY(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {80, 24}} {
		for _, k := range notYes {
			t.Run(fmt.Sprintf("%dx%d/%s", size[0], size[1], k), func(t *testing.T) {
				st := open(t)
				events, last := toSharing(t, st)
				c := newContext(t, st.Store, newClock(last.Add(time.Hour)), catalog.English, false, termenv.Ascii, size[0], size[1])
				p := New(c, events, nil)
				press(p, "ctrl+x")
				v := p.View()
				uitest.ReportFits(t, v, size[0], size[1])
				if !strings.Contains(v, "Close this meeting as") {
					t.Fatalf("the question is not on screen:\n%s", v)
				}
				if msg := press(p, k); k != "yy" && msg != nil {
					t.Fatalf("%s answered the question: %#v", k, msg)
				} else if r, ok := msg.(common.GoResumed); ok && r.Interrupted {
					t.Fatalf("%s closed the meeting", k)
				}
				if strings.Contains(p.View(), "Close this meeting") {
					t.Fatalf("%s left the question open:\n%s", k, p.View())
				}
				untouched(t, st, events)
			})
		}
	}
	st := open(t)
	events, last := toSharing(t, st)
	c := newContext(t, st.Store, newClock(last.Add(time.Hour)), catalog.English, false, termenv.Ascii, 40, 12)
	p := New(c, events, nil)
	r, ok := press(p, "ctrl+x", "y").(common.GoResumed)
	if !ok || !r.Interrupted || r.Kept != len(events) || !r.Last.Equal(last) {
		t.Fatalf("ctrl+x, y sent %+v", r)
	}
	// The close itself is the meeting page's, at the last event's time.
	untouched(t, st, events)
}

func TestUnreadableIsSetAsideOnlyWithY(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {80, 24}} {
		for _, k := range notYes {
			t.Run(fmt.Sprintf("%dx%d/%s", size[0], size[1], k), func(t *testing.T) {
				st := open(t)
				events := unreadable(t, st)
				c := newContext(t, st.Store, newClock(t0.Add(time.Hour)), catalog.English, false, termenv.Ascii, size[0], size[1])
				p := New(c, events, nil)
				press(p, "ctrl+x")
				v := p.View()
				uitest.ReportFits(t, v, size[0], size[1])
				if !strings.Contains(v, "Set this unfinished meeting") {
					t.Fatalf("the question is not on screen:\n%s", v)
				}
				msg := press(p, k)
				if msg != nil && k != "yy" {
					t.Fatalf("%s answered the question: %#v", k, msg)
				}
				if k == "yy" {
					// Fast keys are a typed word, not a yes.
					if _, ok := msg.(asideMsg); ok {
						t.Fatal("yy set the meeting aside")
					}
				}
				untouched(t, st, events)
			})
		}
	}
}

func TestSetAside(t *testing.T) {
	st := open(t)
	events := unreadable(t, st)
	c := newContext(t, st.Store, newClock(t0.Add(time.Hour)), catalog.English, false, termenv.Ascii, 100, 30)
	p := New(c, events, nil)
	v := p.View()
	if !strings.Contains(v, "Its record cannot be read") || !strings.Contains(v, "ctrl+x set it aside") {
		t.Fatalf("the unreadable record is not said:\n%s", v)
	}
	if msg := press(p, "enter"); msg != nil || !strings.Contains(p.View(), "It cannot go on") {
		t.Fatalf("enter went on with a meeting that cannot be read: %#v\n%s", msg, p.View())
	}
	press(p, "ctrl+x")
	_, cmd := p.Update(uitest.Key("y"))
	if cmd == nil {
		t.Fatal("y did not set it aside")
	}
	// The write is the command's, not Update's.
	untouched(t, st, events)
	msg := cmd()
	_, cmd = p.Update(msg)
	home, ok := cmd().(common.GoHome)
	if !ok || home.Notice != c.Cat.F(catalog.NoticeSetAside, st.path+".unfinished.bak") {
		t.Fatalf("after setting aside: %#v", home)
	}
	if _, err := os.Stat(st.path + ".unfinished.bak"); err != nil {
		t.Fatalf("no copy of the data file: %v", err)
	}
	if got, err := st.ActiveEvents(); err != nil || len(got) != 0 {
		t.Fatalf("%d events still active (%v)", len(got), err)
	}
}

func TestSetAsideFailureIsSaid(t *testing.T) {
	st := open(t)
	events := unreadable(t, st)
	c := newContext(t, st.Store, newClock(t0), catalog.English, false, termenv.Ascii, 100, 30)
	p := New(c, events, errors.New("store: the active meeting cannot be decoded"))
	press(p, "ctrl+x")
	_, cmd := p.Update(uitest.Key("y"))
	st.Close()
	_, cmd = p.Update(cmd())
	home, ok := cmd().(common.GoHome)
	if !ok || !strings.HasPrefix(home.Notice, "The unfinished meeting could not be set aside: ") {
		t.Fatalf("the failure is not said: %#v", home)
	}
}

// Defects 6 and 8: in the line mode the facts are said, x asks its
// question aloud, only y (j in Bokmål) answers yes, and anything else says
// that nothing changed and asks again what to type.
func TestLineMode(t *testing.T) {
	st := open(t)
	events, last := toSharing(t, st)
	c := newContext(t, st.Store, newClock(last.Add(62*time.Minute)), catalog.English, false, termenv.ANSI, 80, 24)
	c.LineMode = true
	p := New(c, events, nil)
	s := newSpeaker(p)
	said(t, s.said, "An unfinished meeting was found.", "It began on ", "with 3 people.",
		"Last saved: sharing, during the turn of Seat ", "That was 62 minutes ago.",
		"Type enter to go on with it, or type the names first (comma-separated) and enter. x closes it as interrupted; q quits.")
	if s.said[len(s.said)-1] != p.Typing() {
		t.Errorf("the last line is not what can be typed: %q", s.said)
	}

	said(t, s.typeLine("x"), "Close this meeting as interrupted? It is saved in the history as not completed.", "Type y and enter for yes; anything else is no.")
	if p.Typing() != "Type y and enter for yes; anything else is no." {
		t.Errorf("? at the question says %q", p.Typing())
	}
	for _, no := range []string{"", "n", "x", "ja", "j", "yy", "q"} {
		said(t, s.typeLine(no), "Nothing was changed: the meeting is still there.", "Type enter to go on with it")
		if s.sent != nil {
			t.Fatalf("%q answered the question: %#v", no, s.sent)
		}
		untouched(t, st, events)
		s.typeLine("x")
	}
	s.typeLine("y")
	if r, ok := s.sent.(common.GoResumed); !ok || !r.Interrupted {
		t.Fatalf("x, y sent %#v", s.sent)
	}

	for _, tt := range []struct {
		line  string
		names []string
	}{{"", nil}, {"  Ann, Bo , Cy ", []string{"Ann", "Bo", "Cy"}}, {"Ann,,Cy,", []string{"Ann", "", "Cy"}}} {
		s := newSpeaker(New(c, events, nil))
		s.typeLine(tt.line)
		r, ok := s.sent.(common.GoResumed)
		if !ok || r.Interrupted || !slices.Equal(r.Names, tt.names) {
			t.Errorf("%q sent %#v", tt.line, s.sent)
		}
	}
	s = newSpeaker(New(c, events, nil))
	if s.typeLine("q"); s.sent != tea.Quit() {
		t.Errorf("q sent %#v", s.sent)
	}
	untouched(t, st, events)
}

func TestLineModeBokmalConfirmsWithJ(t *testing.T) {
	st := open(t)
	events, last := toSharing(t, st)
	c := newContext(t, st.Store, newClock(last.Add(3*time.Minute)), catalog.Bokmal, true, termenv.ANSI, 80, 24)
	c.LineMode = true
	s := newSpeaker(New(c, events, nil))
	said(t, s.said, "Et møte ble ikke avsluttet.", "Sist lagret: deling, mens Plass ", "Det er 3 minutter siden.")
	said(t, s.typeLine("x"), "Avslutte dette møtet som avbrutt?", "Skriv j eller y og trykk Enter for ja")
	s.typeLine("j")
	if r, ok := s.sent.(common.GoResumed); !ok || !r.Interrupted {
		t.Fatalf("x, j sent %#v", s.sent)
	}
	// On the full screen too.
	p := New(c, events, nil)
	if r, ok := press(p, "ctrl+x", "j").(common.GoResumed); !ok || !r.Interrupted {
		t.Fatal("ctrl+x, j did not close it in Bokmål")
	}
}

func TestLineModeSetsAsideUnreadable(t *testing.T) {
	st := open(t)
	events := unreadable(t, st)
	c := newContext(t, st.Store, newClock(t0), catalog.English, false, termenv.ANSI, 80, 24)
	c.LineMode = true
	s := newSpeaker(New(c, events, nil))
	said(t, s.said, "An unfinished meeting was found.", "Its record cannot be read, so it cannot go on.", "Type x and enter to set it aside")
	said(t, s.typeLine(""), "It cannot go on; it can only be set aside.", "Type x and enter to set it aside")
	said(t, s.typeLine("x"), "Set this unfinished meeting aside?", "Type y and enter for yes")
	said(t, s.typeLine(""), "Nothing was changed", "Type x and enter to set it aside")
	untouched(t, st, events)
	said(t, s.typeLine("Ann, Bo"), "It cannot go on; it can only be set aside.", "Type x and enter to set it aside")
	if s.sent != nil {
		t.Fatalf("a meeting that cannot be read went on: %#v", s.sent)
	}
	s.typeLine("x")
	s.typeLine("y")
	home, ok := s.sent.(common.GoHome)
	if !ok || !strings.Contains(home.Notice, "The unfinished meeting was set aside.") {
		t.Fatalf("x, y sent %#v", s.sent)
	}
	if got, _ := st.ActiveEvents(); len(got) != 0 {
		t.Fatalf("%d events still active", len(got))
	}
}

// states are the moments of the screen.
var states = []struct {
	name  string
	build func(t testing.TB, st disk, c *common.Context) *Page
}{
	{"sharing", func(t testing.TB, st disk, c *common.Context) *Page {
		events, _ := toSharing(t, st)
		return New(c, events, nil)
	}},
	{"names", func(t testing.TB, st disk, c *common.Context) *Page {
		events, last := toSharing(t, st)
		events = append(events, session.Handover(last, true), session.Stop(last))
		p := New(c, events, nil)
		press(p, "Kari, Ola, Siv")
		return p
	}},
	{"askclose", func(t testing.TB, st disk, c *common.Context) *Page {
		events, _ := toSharing(t, st)
		p := New(c, events, nil)
		press(p, "ctrl+x")
		return p
	}},
	{"cancelled", func(t testing.TB, st disk, c *common.Context) *Page {
		events, _ := toSharing(t, st)
		p := New(c, events, nil)
		press(p, "ctrl+x", "n")
		return p
	}},
	{"lost", func(t testing.TB, st disk, c *common.Context) *Page {
		// The last event cannot follow the ones before (a second
		// beginning): the meeting goes on from before it, and the screen
		// says one step was lost.
		events, last := toSharing(t, st)
		events = append(events, session.Begin(last, session.NewConfig(time.Hour, 3)))
		return New(c, events, nil)
	}},
	{"unreadable", func(t testing.TB, st disk, c *common.Context) *Page {
		return New(c, nil, errors.New("store: the active meeting cannot be decoded"))
	}},
	{"askaside", func(t testing.TB, st disk, c *common.Context) *Page {
		p := New(c, unreadable(t, st), nil)
		press(p, "ctrl+x")
		return p
	}},
}

func TestViews(t *testing.T) {
	for _, s := range states {
		for _, l := range uitest.Looks(uitest.Normal, uitest.HighContrast) {
			t.Run(fmt.Sprintf("%s/%s/%s/%s", s.name, l.Size(), l.Lang, l.Name), func(t *testing.T) {
				st := open(t)
				k := newClock(t0.Add(80 * time.Minute))
				c := newContext(t, st.Store, k, l.Lang, l.Contrast, l.Profile(), l.W, l.H)
				p := s.build(t, st, c)
				v := p.View()
				uitest.ReportFits(t, v, l.W, l.H)
				// The time of day shown is the local one; the goldens
				// are drawn where that is UTC.
				if _, off := t0.Local().Zone(); off == 0 {
					golden.RequireEqual(t, []byte(v))
				}
				lc := newContext(t, nil, k, l.Lang, l.Contrast, termenv.ANSI, l.W, l.H)
				lc.LineMode = true
				uitest.ReportPlain(t, s.build(t, open(t), lc).Speech())
			})
		}
	}
}

// What the line mode says of each state, word for word, in each language.
func TestSpeechOfEachState(t *testing.T) {
	for _, s := range states {
		for _, lang := range catalog.Languages() {
			t.Run(s.name+"/"+string(lang), func(t *testing.T) {
				k := newClock(t0.Add(80 * time.Minute))
				c := newContext(t, nil, k, lang, false, termenv.ANSI, 80, 24)
				c.LineMode = true
				said := s.build(t, open(t), c).Speech()
				uitest.ReportPlain(t, said)
				// The time of day said is the local one; the goldens are
				// made where that is UTC.
				if _, off := t0.Local().Zone(); off == 0 {
					golden.RequireEqual(t, []byte(strings.Join(said, "\n")+"\n"))
				}
			})
		}
	}
}

func BenchmarkView(b *testing.B) {
	st := open(b)
	events, last := toSharing(b, st)
	c := newContext(b, st.Store, newClock(last.Add(time.Hour)), catalog.English, false, termenv.ANSI, 120, 40)
	p := New(c, events, nil)
	press(p, "Kari, Ola, Siv")
	b.ReportAllocs()
	for b.Loop() {
		_ = p.View()
	}
}

// The facts stand three cells in from 60 columns, one cell in below.
func TestFactsIndentWithTheWidth(t *testing.T) {
	st := open(t)
	_, last := toSharing(t, st)
	got, err := st.ActiveEvents()
	for _, tt := range []struct {
		w    int
		lead string
	}{{59, " An unfinished"}, {60, "   An unfinished"}} {
		k := newClock(last.Add(time.Minute))
		c := newContext(t, st.Store, k, catalog.English, false, termenv.Ascii, tt.w, 30)
		v := New(c, got, err).View()
		found := false
		for _, l := range strings.Split(v, "\n") {
			if strings.HasPrefix(l, tt.lead) {
				found = true
			}
		}
		if !found {
			t.Fatalf("at %d columns no line begins %q:\n%s", tt.w, tt.lead, v)
		}
	}
}
