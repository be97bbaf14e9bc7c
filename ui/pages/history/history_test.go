package history

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"

	"circle/session"
	"circle/store"
	"circle/store/synth"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/internal/uitest"
)

var today = time.Date(2026, 12, 1, 18, 0, 0, 0, time.UTC)

// env is a data file with two groups: Tuesday group with 30 meetings
// made by the generator (every format among them), Thursday with none.
type env struct {
	t       testing.TB
	st      *store.Store
	c       *common.Context
	tue     store.Group
	thu     store.Group
	meeting int
}

func newEnv(t testing.TB, lang catalog.Lang, hc bool, profile termenv.Profile, w, h int) *env {
	t.Helper()
	st, _ := uitest.Store(t)
	e := &env{t: t, st: st}
	for _, name := range []string{"Tuesday group", "Thursday"} {
		id, err := st.CreateGroup(store.Group{Name: name, Created: "2026-01-01"})
		if err != nil {
			t.Fatal(err)
		}
		g, _ := st.Group(id)
		if name == "Thursday" {
			e.thu = g
		} else {
			e.tue = g
		}
	}
	var logs []session.Log
	err := synth.Meetings(30, 1, time.Date(2026, 5, 5, 0, 0, 0, 0, time.UTC), 7, func(m synth.Meeting) error {
		m.Log.Group = e.tue.ID
		logs = append(logs, m.Log)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveMeetings(logs); err != nil {
		t.Fatal(err)
	}
	e.c = uitest.Context(lang, hc, profile, w, h, uitest.At(today))
	e.c.Store = st
	e.c.DataPath = "/tmp/test/circle.db"
	return e
}

func (e *env) page(g store.Group) *Page { return New(e.c, g) }

func press(p *Page, keys ...string) tea.Msg { return uitest.Press(p, nil, keys...) }

// openFloor is the newest open-floor meeting's place in the list.
func openFloor(t testing.TB, p *Page) int {
	for i := range p.logs {
		if p.meeting(i).Format == "open" && len(p.meeting(i).Tally) > 0 {
			return i
		}
	}
	t.Fatal("the generator made no open floor")
	return 0
}

var states = []struct {
	name string
	to   func(e *env) *Page
}{
	{"list", func(e *env) *Page { return e.page(e.tue) }},
	{"scrolled", func(e *env) *Page { p := e.page(e.tue); press(p, "pgdown", "down", "down"); return p }},
	{"empty", func(e *env) *Page { return e.page(e.thu) }},
	{"detail", func(e *env) *Page { p := e.page(e.tue); press(p, "enter"); return p }},
	{"detail-scrolled", func(e *env) *Page { p := e.page(e.tue); press(p, "enter", "down", "down", "down", "pgdown"); return p }},
	{"detail-open-floor", func(e *env) *Page {
		p := e.page(e.tue)
		p.at = openFloor(e.t, p)
		press(p, "enter")
		return p
	}},
	{"trends", func(e *env) *Page { p := e.page(e.tue); press(p, "t"); return p }},
	{"trends-52", func(e *env) *Page { p := e.page(e.tue); press(p, "t", "tab"); return p }},
	{"asking", func(e *env) *Page { p := e.page(e.tue); press(p, "down", "down", "x"); return p }},
	{"deleted", func(e *env) *Page { p := e.page(e.tue); press(p, "end", "up", "x", "y"); return p }},
	{"full-help", func(e *env) *Page { p := e.page(e.tue); press(p, "?"); return p }},
}

func TestGoldens(t *testing.T) {
	for _, st := range states {
		for _, l := range uitest.Looks(uitest.Normal, uitest.Contrast) {
			t.Run(fmt.Sprintf("%s/%s/%s/%s", st.name, l.Lang, l.Size(), l.Name), func(t *testing.T) {
				e := newEnv(t, l.Lang, l.Contrast, l.Profile(), l.W, l.H)
				v := st.to(e).View()
				uitest.ReportFits(t, v, l.W, l.H)
				uitest.CheckFormatted(t, v, "history", "help")
				golden.RequireEqual(t, v)
			})
		}
	}
}

func TestSpeechIsPlainAndSaysWhatIsSeen(t *testing.T) {
	for _, st := range states {
		for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
			t.Run(st.name+"/"+string(lang), func(t *testing.T) {
				e := newEnv(t, lang, false, termenv.ANSI, 80, 24)
				e.c.LineMode = true
				p := st.to(e)
				said := p.Speech()
				uitest.CheckPlain(t, said)
				uitest.CheckFormatted(t, strings.Join(said, "\n"), "history", "help")
				if p.mode == list && len(p.logs) > 0 {
					uitest.CheckSaid(t, said, p.meeting(0).Date)
				}
			})
		}
	}
}

// The line mode's transcript: the list, a meeting, the trends, a delete
// asked and refused, then made.
func TestLineModeTranscript(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		t.Run(string(lang), func(t *testing.T) {
			e := newEnv(t, lang, false, termenv.ANSI, 80, 24)
			e.c.LineMode = true
			p := e.page(e.tue)
			var b strings.Builder
			said := p.Speech()
			b.WriteString(strings.Join(said, "\n") + "\n")
			for _, typed := range []string{"more", "3", ">", "<", "", "t", "52", "", "x 25", "", "x 25", "y", "q"} {
				_, cmd := p.Update(common.LineMsg(typed))
				if typed == "q" {
					if _, ok := uitest.Sent(cmd).(tea.QuitMsg); !ok {
						t.Fatal("q did not quit")
					}
					break
				}
				now := p.Speech()
				uitest.CheckPlain(t, now)
				b.WriteString("> " + typed + "\n" + strings.Join(uitest.Changed(said, now), "\n") + "\n")
				said = now
			}
			if n, _ := e.st.GroupMeetings(e.tue.ID); n != 25 {
				t.Errorf("after x 25 and y: %d meetings, want 25", n)
			}
			golden.RequireEqual(t, b.String())
		})
	}
}

// Every key but yes keeps the meetings, enter included, on the smallest
// screen too, where the question may not be seen whole.
func TestDeleteAsksFirstAndOnlyYesDeletes(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		for _, k := range []string{"enter", "n", "N", "esc", "space", "q", "x", "d", "up", "ctrl+c", "tab", "1"} {
			t.Run(string(lang)+"/"+k, func(t *testing.T) {
				e := newEnv(t, lang, false, termenv.Ascii, 40, 12)
				p := e.page(e.tue)
				press(p, "down", "x")
				if p.mode != asking {
					t.Fatal("x did not ask")
				}
				if msg := press(p, k); msg != nil {
					t.Fatalf("%s while asking sent %#v", k, msg)
				}
				if n, _ := e.st.GroupMeetings(e.tue.ID); n != 30 {
					t.Fatalf("%s deleted: %d meetings left", k, n)
				}
				uitest.CheckSee(t, p.View(), e.c.Cat.T(catalog.HistoryNotDeleted))
			})
		}
		yes := map[catalog.Lang][]string{catalog.English: {"y", "Y"}, catalog.Bokmal: {"y", "j"}}
		for _, k := range yes[lang] {
			t.Run(string(lang)+"/yes-"+k, func(t *testing.T) {
				e := newEnv(t, lang, false, termenv.Ascii, 40, 12)
				p := e.page(e.tue)
				press(p, "down", "down", "x")
				day := p.meeting(2).Date
				press(p, k)
				if n, _ := e.st.GroupMeetings(e.tue.ID); n != 3 {
					t.Fatalf("%s: %d meetings left, want the pointer's and the two newer", k, n)
				}
				if len(p.logs) != 3 || p.meeting(2).Date != day {
					t.Errorf("the page after the delete: %d meetings, oldest %s", len(p.logs), p.meeting(len(p.logs)-1).Date)
				}
				if !strings.Contains(p.notice, "27") || !strings.Contains(p.notice, day) {
					t.Errorf("notice %q", p.notice)
				}
			})
		}
	}
	// The oldest meeting has nothing before it: nothing is asked.
	e := newEnv(t, catalog.English, false, termenv.Ascii, 80, 24)
	p := e.page(e.tue)
	press(p, "end", "x")
	if p.mode != list || !strings.Contains(p.notice, "There are no meetings before") {
		t.Errorf("x on the oldest: mode %d, notice %q", p.mode, p.notice)
	}
}

func TestKeysMoveAndNavigate(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.Ascii, 80, 24)
	p := e.page(e.tue)
	if p.meeting(0).Date <= p.meeting(1).Date {
		t.Fatal("the list is not newest first")
	}
	press(p, "down", "down", "up")
	if p.at != 1 {
		t.Errorf("down down up: at %d", p.at)
	}
	press(p, "end")
	if p.at != 29 {
		t.Errorf("end: at %d", p.at)
	}
	press(p, "down", "home", "up")
	if p.at != 0 {
		t.Errorf("home: at %d", p.at)
	}
	press(p, "pgdown")
	if p.at != p.listRoom()-1 {
		t.Errorf("pgdown: at %d, room %d", p.at, p.listRoom())
	}
	press(p, "pgup", "enter")
	if p.mode != detail || p.at != 0 {
		t.Fatalf("enter: mode %d at %d", p.mode, p.at)
	}
	press(p, "right")
	if p.at != 0 {
		t.Errorf("right on the newest moved to %d", p.at)
	}
	press(p, "left", "left", "right")
	if p.at != 1 {
		t.Errorf("left left right: %d", p.at)
	}
	uitest.CheckSee(t, p.View(), p.meeting(1).Date)
	press(p, "esc", "t")
	if p.mode != trends {
		t.Fatal("t did not open the trends")
	}
	uitest.CheckSee(t, p.View(), "The last 12 meetings", "Seats are not people")
	press(p, "tab")
	uitest.CheckSee(t, p.View(), "The last 30 meetings")
	press(p, "esc")
	if msg := press(p, "esc"); msg != (common.GoHome{Group: e.tue.ID}) {
		t.Errorf("esc from the list: %#v", msg)
	}
	if _, ok := press(p, "q").(tea.QuitMsg); !ok {
		t.Error("q did not quit")
	}
}

func TestReportWrittenFromThePage(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	e := newEnv(t, catalog.English, false, termenv.Ascii, 80, 24)
	p := e.page(e.tue)
	for _, want := range []string{"circle-Tuesday-group-2026-12-01.md", "circle-Tuesday-group-2026-12-01-2.md"} {
		_, cmd := p.Update(uitest.Key("w"))
		msg := uitest.Sent(cmd)
		p.Update(msg)
		path := filepath.Join(home, want)
		uitest.CheckSee(t, p.View(), "The report is written to")
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%s: %v", want, err)
		}
		if !strings.Contains(string(b), "| Tuesday group | 30 |") {
			t.Errorf("the report:\n%s", b)
		}
		if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
			t.Errorf("the report is %v", fi.Mode().Perm())
		}
	}
	t.Setenv("HOME", filepath.Join(home, "missing"))
	_, cmd := p.Update(uitest.Key("w"))
	p.Update(uitest.Sent(cmd))
	uitest.CheckSee(t, p.View(), "The report could not be written")
}

func TestFileName(t *testing.T) {
	for in, want := range map[string]string{
		"Tuesday group": "Tuesday-group", "a/b\\c": "a-b-c", "Ørje  kl. 18": "Ørje-kl-18", "..": "", "x:": "x",
	} {
		if got := fileName(in); got != want {
			t.Errorf("fileName(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkFirstPaint(b *testing.B) {
	e := newEnv(b, catalog.English, false, termenv.Ascii, 80, 24)
	for b.Loop() {
		_ = New(e.c, e.tue).View()
	}
}
