package summary

import (
	"bytes"
	"errors"
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
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/internal/uitest"
)

var start = time.Date(2026, 11, 25, 18, 0, 0, 0, time.Local)

// flaky is the data file with a failure to give on finishing, for as
// long as fail is set.
type flaky struct {
	*store.Store
	fail error
}

func (f *flaky) FinishMeeting(l session.Log) error {
	if f.fail != nil {
		return f.fail
	}
	return f.Store.FinishMeeting(l)
}

// env is a context against a real data file with a meeting under way.
type env struct {
	t     testing.TB
	c     *common.Context
	path  string
	store *store.Store
	data  *flaky
	group uint64
}

func newEnv(t testing.TB, lang catalog.Lang, highContrast bool, profile termenv.Profile, w, h int) *env {
	t.Helper()
	t.Setenv("HOME", "/home/circle") // where another file is offered
	st, path := uitest.Store(t)
	id, err := st.CreateGroup(store.Group{Name: "Tuesday group", Rules: []string{"What is said here stays here."}})
	if err != nil {
		t.Fatal(err)
	}
	c := uitest.Context(lang, highContrast, profile, w, h, uitest.At(start))
	e := &env{t: t, c: c, path: path, store: st, data: &flaky{Store: st}, group: id}
	c.Store = e.data
	return e
}

// meeting runs a short meeting of four to its end (or stops it) and
// returns what the summary is given.
func (e *env) meeting(completed, quit bool) common.GoSummary {
	e.t.Helper()
	cfg := session.NewConfig(30*time.Minute, 4)
	cfg.Group = e.group
	cfg.Rules = []string{"confidential", "no-advice"}
	var m session.Meeting
	j := &common.Journal{Store: e.c.Store}
	now := start
	apply := func(ev session.Event) {
		e.t.Helper()
		if err := m.Apply(ev); err != nil {
			e.t.Fatalf("%s: %v", ev.Kind, err)
		}
		j.Record(ev, now)
	}
	apply(session.Begin(now, cfg))
	if !completed {
		now = now.Add(61 * time.Second)
		apply(session.Event{Kind: session.EvStop, At: now})
		return common.GoSummary{Log: m.Log(), Journal: j, Quit: quit}
	}
	for m.Phase() != session.PhaseDone {
		st := m.Status(now)
		switch {
		case st.Phase == session.PhaseHandover:
			apply(session.Event{Kind: session.EvHandover, At: now, On: true})
		case st.Round && st.Turn.Kind == session.KindShare && st.Turn.Seat == 2:
			now = now.Add(5 * time.Second)
			apply(session.Event{Kind: session.EvPass, At: now})
		case st.Round:
			now = now.Add(st.Turn.Left + 10*time.Second) // each turn a little over
			apply(session.End(now, false))
		case st.Phase == session.PhaseRules:
			apply(session.Event{Kind: session.EvTick, At: now, Rule: 0, On: true})
			apply(session.Advance(now, true))
		default:
			now = now.Add(time.Minute)
			apply(session.Advance(now, true))
		}
	}
	return common.GoSummary{Log: m.Log(), Journal: j, Quit: quit}
}

func run(p *Page, cmd tea.Cmd) tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	switch msg.(type) {
	case savedMsg, savedElsewhereMsg:
		_, next := p.Update(msg)
		return run(p, next)
	}
	return msg
}

// open makes the page and lets its save run, as the root does.
func open(e *env, s common.GoSummary) (*Page, tea.Msg) {
	p := New(e.c, s)
	return p, run(p, p.Init())
}

func keys(p *Page, ks ...string) tea.Msg {
	return uitest.Press(p, func(cmd tea.Cmd) tea.Msg { return run(p, cmd) }, ks...)
}

func line(p *Page, text string) tea.Msg {
	_, cmd := p.Update(common.LineMsg(text))
	return run(p, cmd)
}

func checkFits(t *testing.T, v string, w, h int) {
	t.Helper()
	uitest.CheckFits(t, v, w, h)
	uitest.CheckFormatted(t, v, "summary")
}

func checkPlain(t *testing.T, lines []string) {
	t.Helper()
	uitest.CheckPlain(t, lines)
	uitest.CheckFormatted(t, strings.Join(lines, "\n"))
}

// failed is a summary whose save the data file refused.
func failed(e *env) *Page {
	e.data.fail = store.ErrReadOnly
	p, _ := open(e, e.meeting(true, false))
	return p
}

var states = []struct {
	name string
	to   func(e *env) *Page
}{
	{"saving", func(e *env) *Page { return New(e.c, e.meeting(true, false)) }},
	{"saved", func(e *env) *Page { p, _ := open(e, e.meeting(true, false)); return p }},
	{"stopped", func(e *env) *Page { p, _ := open(e, e.meeting(false, false)); return p }},
	{"failed", failed},
	{"failed-elsewhere", func(e *env) *Page {
		p := failed(e)
		keys(p, "ctrl+u", "/proc/no-such-folder/circle.db", "enter")
		return p
	}},
	{"saved-elsewhere", func(e *env) *Page {
		p := failed(e)
		p.Update(savedElsewhereMsg{path: "/media/usb/circle.db"})
		return p
	}},
	{"quit-unsaved", func(e *env) *Page {
		p := failed(e)
		keys(p, "ctrl+c")
		return p
	}},
	{"full-help", func(e *env) *Page {
		p, _ := open(e, e.meeting(true, false))
		keys(p, "?")
		return p
	}},
}

func TestGoldens(t *testing.T) {
	for _, st := range states {
		for _, l := range uitest.Looks(uitest.Normal, uitest.Contrast) {
			t.Run(fmt.Sprintf("%s/%s/%s/%s", st.name, l.Lang, l.Size(), l.Name), func(t *testing.T) {
				e := newEnv(t, l.Lang, l.Contrast, l.Profile(), l.W, l.H)
				v := st.to(e).View()
				// The temporary folder differs from run to run.
				v = strings.ReplaceAll(v, filepath.Dir(e.path), "/tmp/test")
				checkFits(t, v, l.W, l.H)
				golden.RequireEqual(t, v)
			})
		}
	}
}

// What the line mode says of each state, in each language: plain words
// (no escape code, no block), and word for word its golden, times in words
// (a screen reader would read "6:35" as a time of day).
func TestSpeechIsPlain(t *testing.T) {
	for _, st := range states {
		for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
			t.Run(st.name+"/"+string(lang), func(t *testing.T) {
				e := newEnv(t, lang, false, termenv.ANSI, 80, 24)
				e.c.LineMode = true
				p := st.to(e)
				checkPlain(t, p.Speech())
				checkPlain(t, []string{p.Typing()})
				golden.RequireEqual(t, []byte(strings.Join(append(p.Speech(), p.Typing()), "\n")+"\n"))
			})
		}
	}
}

// The save runs in the command Init returns, not before; once saved,
// enter or n goes home to the meeting's group and q quits.
func TestSavesInACommandThenGoesHome(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.Ascii, 80, 24)
	p := New(e.c, e.meeting(true, false))
	cmd := p.Init()
	if n, _ := e.store.Count(); n != 0 {
		t.Fatalf("%d meetings saved before the command ran", n)
	}
	uitest.CheckSee(t, p.View(), "Saving the log…")
	if msg := run(p, cmd); msg != nil {
		t.Fatalf("the save of a meeting not to quit gave %#v", msg)
	}
	if n, _ := e.store.Count(); n != 1 {
		t.Fatalf("%d meetings saved, want 1", n)
	}
	if active, _ := e.store.ActiveEvents(); len(active) != 0 || p.InMeeting() {
		t.Fatalf("the meeting is still under way after its save: %d events", len(active))
	}
	uitest.CheckSee(t, p.View(), "The meeting is complete.", "The log is saved.", "1 pass.", "Turns: 4 check-ins, 4 shares, 9 reactions, 4 check-outs.")
	for _, k := range []string{"enter", "n"} {
		if msg := keys(p, k); msg != (common.GoHome{Group: e.group}) {
			t.Fatalf("%s gave %#v", k, msg)
		}
	}
	for _, k := range []string{"q", "ctrl+c"} {
		if _, ok := keys(p, k).(tea.QuitMsg); !ok {
			t.Fatalf("%s did not quit", k)
		}
	}
}

func TestQuitOnceSaved(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.Ascii, 80, 24)
	if _, msg := open(e, e.meeting(false, true)); msg != tea.Quit() {
		t.Fatalf("a meeting stopped to quit gave %#v once saved", msg)
	}
	if n, _ := e.store.Count(); n != 1 {
		t.Fatalf("%d meetings saved", n)
	}
}

// Defect 14 on this page: a number next to a noun has its plural form.
func TestOneMinuteOfPlanned(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.Ascii, 80, 24)
	p, _ := open(e, e.meeting(false, false))
	uitest.CheckSee(t, p.View(), "1 minute of 30 planned.", "The meeting was stopped before its end.", "0 passes.")
}

// A read-only data file: the page offers another file, saves there (a
// file of no group), and leaves the data file as it was.
func TestReadOnlyDataFileOffersAnotherFile(t *testing.T) {
	other := filepath.Join(t.TempDir(), "usb", "circle.db")
	// Wide enough for the path on one line, however long TMPDIR makes it.
	e := newEnv(t, catalog.English, false, termenv.Ascii, max(100, len(other)+40), 30)
	s := e.meeting(true, true)
	e.store.Close()
	ro, err := store.OpenReadOnly(e.path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	before, _ := os.ReadFile(e.path)
	s.Journal = &common.Journal{Store: ro, Written: s.Journal.Written}
	p, msg := open(e, s)
	if msg != nil || !p.InMeeting() {
		t.Fatalf("a refused save gave %#v, in meeting %v", msg, p.InMeeting())
	}
	uitest.CheckSee(t, p.View(), "The log could not be saved in the data file", "read-only", "Save the log in another file",
		filepath.Join("/home/circle", "circle-"+s.Log.Date+".db"))
	if msg := keys(p, "ctrl+u", other, "enter"); msg != tea.Quit() {
		t.Fatalf("saved elsewhere, a meeting to quit gave %#v", msg)
	}
	uitest.CheckSee(t, p.View(), "The log is saved in "+other)
	if p.InMeeting() {
		t.Fatal("saved elsewhere, the page still holds a meeting")
	}
	st, err := store.OpenReadOnly(other)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if logs, err := st.Meetings(); err != nil || len(logs) != 1 || !logs[0].Completed || logs[0].Group != 0 {
		t.Fatalf("the other file holds %+v, %v", logs, err)
	}
	if after, _ := os.ReadFile(e.path); !bytes.Equal(before, after) {
		t.Fatal("the read-only data file was changed")
	}
}

// Another file that fails too says so, and the question stays.
func TestAnotherFileThatFailsSaysSo(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.Ascii, 100, 30)
	p := failed(e)
	keys(p, "ctrl+u", filepath.Join(e.path, "x", "circle.db"), "enter")
	uitest.CheckSee(t, p.View(), "That did not work either", "Save the log in another file")
	if !p.InMeeting() {
		t.Fatal("the record is saved nowhere, but the page says otherwise")
	}
}

// ctrl+r tries the data file again.
func TestRetrySavesOnceTheFileTakesIt(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.Ascii, 80, 24)
	p := failed(e)
	keys(p, "ctrl+r")
	uitest.CheckSee(t, p.View(), "could not be saved")
	e.data.fail = nil
	keys(p, "ctrl+r")
	uitest.CheckSee(t, p.View(), "The log is saved.")
	if n, _ := e.store.Count(); n != 1 || p.InMeeting() {
		t.Fatalf("%d meetings saved after the retry", n)
	}
}

// Quitting with the record saved nowhere asks, and only y confirms:
// every other key, enter included, is no, at the smallest screen too.
func TestQuitUnsavedAsksAndOnlyYConfirms(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		others := []string{"enter", "n", "N", "esc", "space", "q", "x", "tab", "ctrl+c", "backspace", "yes", "?"}
		if lang == catalog.English {
			others = append(others, "j")
		}
		for _, k := range others {
			t.Run(string(lang)+"/"+k, func(t *testing.T) {
				e := newEnv(t, lang, false, termenv.Ascii, 40, 12)
				p := failed(e)
				keys(p, "ctrl+c")
				v := p.View()
				uitest.CheckSee(t, v, firstWords(e.c.Cat.T(catalog.SummaryQuitUnsaved)))
				if msg := keys(p, k); msg != nil {
					t.Fatalf("%q answered the question with %#v", k, msg)
				}
				if p.quitAsk || !p.InMeeting() || strings.Contains(p.View(), firstWords(e.c.Cat.T(catalog.SummaryQuitUnsaved))) {
					t.Fatalf("after %q the question stays, or the record is taken for saved:\n%s", k, p.View())
				}
			})
		}
		yes := []string{"y"}
		if lang == catalog.Bokmal {
			yes = append(yes, "j")
		}
		for _, k := range yes {
			e := newEnv(t, lang, false, termenv.Ascii, 40, 12)
			p := failed(e)
			keys(p, "ctrl+c")
			if msg := keys(p, k); msg != tea.Quit() {
				t.Fatalf("%s: %q did not quit: %#v", lang, k, msg)
			}
		}
	}
}

func firstWords(s string) string { return strings.Join(strings.Fields(s)[:4], " ") }

// Defect 16: the question to quit unsaved wraps, never cut, at 120
// columns and at the smallest screen.
func TestQuitQuestionWrapsNeverCut(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		for _, size := range [][2]int{{120, 40}, {40, 12}} {
			e := newEnv(t, lang, false, termenv.Ascii, size[0], size[1])
			p := failed(e)
			keys(p, "ctrl+c")
			v := p.View()
			checkFits(t, v, size[0], size[1])
			var words []string
			for _, l := range strings.Split(v, "\n") {
				words = append(words, strings.Fields(strings.Trim(l, " │┃"))...)
			}
			shown := strings.Join(words, " ")
			for _, want := range []string{e.c.Cat.T(catalog.SummaryQuitUnsaved), e.c.Cat.T(catalog.ConfirmKeys)} {
				if !strings.Contains(shown, strings.Join(strings.Fields(want), " ")) {
					t.Fatalf("%s %dx%d: the question is not whole on screen:\n%s", lang, size[0], size[1], v)
				}
			}
		}
	}
}

// The line mode says the facts, then the save; a refused save says why
// before the question where to save, and a typed path saves there.
func TestLineModeSaysTheSummaryAndWhereToSave(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.ANSI, 80, 24)
	e.c.LineMode = true
	p, _ := open(e, e.meeting(false, false))
	said := p.Speech()
	checkPlain(t, said)
	want := []string{"The meeting was stopped before its end.", "1 minute of 30 planned.", "4 present, 0 sent word.",
		"Turns: 0 check-ins, 0 shares, 0 reactions, 0 check-outs.", "0 passes.", "0 turns ran over their time."}
	for i, w := range want {
		if said[i] != w {
			t.Fatalf("line %d said %q, want %q", i, said[i], w)
		}
	}
	if said[len(said)-1] != "The log is saved. It names no one." {
		t.Fatalf("the save is said as %q", said[len(said)-1])
	}
	if msg := line(p, ""); msg != (common.GoHome{Group: e.group}) {
		t.Fatalf("an empty line gave %#v", msg)
	}
	if _, ok := line(p, "q").(tea.QuitMsg); !ok {
		t.Fatal("q did not quit")
	}

	e = newEnv(t, catalog.English, false, termenv.ANSI, 80, 24)
	e.c.LineMode = true
	p = failed(e)
	said = p.Speech()
	checkPlain(t, said)
	tail := strings.Join(said[len(said)-3:], "\n")
	uitest.CheckSee(t, tail, "The log could not be saved in the data file: the data file or its folder is read-only.\n"+
		"Save the log in another file (a USB stick, another folder):\nEnter alone saves it in /home/circle/circle-")
	uitest.CheckSee(t, p.Typing(), "r: try the data file again")
	line(p, "q")
	uitest.CheckSee(t, strings.Join(p.Speech(), "\n"), e.c.Cat.T(catalog.SummaryQuitUnsaved), "Type y and enter for yes")
	if msg := line(p, ""); msg != nil || p.quitAsk {
		t.Fatalf("an empty line answered the question: %#v", msg)
	}
	other := filepath.Join(t.TempDir(), "circle.db")
	line(p, other)
	uitest.CheckSee(t, strings.Join(p.Speech(), "\n"), "The log is saved in "+other)
	if p.InMeeting() {
		t.Fatal("saved elsewhere, the page still holds a meeting")
	}
}

func TestLineModeRetry(t *testing.T) {
	e := newEnv(t, catalog.Bokmal, false, termenv.ANSI, 80, 24)
	e.c.LineMode = true
	p := failed(e)
	e.data.fail = nil
	line(p, "r")
	uitest.CheckSee(t, strings.Join(p.Speech(), "\n"), "Loggen er lagret.")
}

// A paste of a megabyte into the other file's field keeps its limit.
func TestPasteKeepsTheLimit(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.Ascii, 80, 24)
	p := failed(e)
	keys(p, "ctrl+u")
	p.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("/x", 1<<19)), Paste: true})
	if n := len([]rune(p.other.Value())); n != pathLimit {
		t.Fatalf("the field holds %d runes, its limit is %d", n, pathLimit)
	}
	checkFits(t, p.View(), 80, 24)
}

// ErrNoStore: a meeting run without a data file is offered another file.
func TestNoDataFileOffersAnotherFile(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.Ascii, 80, 24)
	s := e.meeting(true, false)
	s.Journal = nil
	p, _ := open(e, s)
	if !errors.Is(p.failed, common.ErrNoStore) || !p.InMeeting() {
		t.Fatalf("no journal gave %v", p.failed)
	}
	uitest.CheckSee(t, p.View(), "Save the log in another file")
}

func BenchmarkView(b *testing.B) {
	e := newEnv(b, catalog.English, false, termenv.ANSI, 120, 40)
	p, _ := open(e, e.meeting(true, false))
	b.ReportAllocs()
	for b.Loop() {
		_ = p.View()
	}
}

func BenchmarkPaste1MB(b *testing.B) {
	big := []rune(strings.Repeat("x", 1<<20))
	for _, paste := range []bool{true, false} {
		b.Run(fmt.Sprintf("paste=%v", paste), func(b *testing.B) {
			e := newEnv(b, catalog.English, false, termenv.Ascii, 80, 24)
			p := failed(e)
			msg := tea.KeyMsg{Type: tea.KeyRunes, Runes: big, Paste: paste}
			b.ReportAllocs()
			for b.Loop() {
				p.other.SetValue("")
				p.Update(msg)
			}
		})
	}
}

// The room's counts are said, counts only, in both languages; a meeting
// without them says nothing of them.
func TestSummarySaysTheRoomsCounts(t *testing.T) {
	for lang, want := range map[catalog.Lang]string{
		catalog.English: "Joined late: 2. Left early: 1. Extra rounds: 0.",
		catalog.Bokmal:  "Kom sent: 2. Gikk tidlig: 1. Ekstra runder: 0.",
	} {
		e := newEnv(t, lang, false, termenv.ANSI, 80, 24)
		e.c.LineMode = true
		s := e.meeting(false, false)
		if p, _ := open(e, s); strings.Contains(strings.Join(p.Speech(), "\n"), want[:8]) {
			t.Fatalf("%s: counts said of a meeting without them", lang)
		}
		s.Log.JoinedLate, s.Log.LeftEarly = 2, 1
		p, _ := open(e, s)
		uitest.CheckSee(t, strings.Join(p.Speech(), "\n"), want)
	}
}
