package group

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"circle/session"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/internal/uitest"
)

// env is a context on a real data file in t.TempDir(), with a group that
// has circle's rules, one own prompt and one saved meeting.
type env struct {
	t     testing.TB
	c     *common.Context
	st    *store.Store
	group uint64
	page  common.Page
	nav   []tea.Msg // the navigation messages and quits the page sent
}

var day = time.Date(2025, 3, 4, 18, 0, 0, 0, time.UTC)

func newEnv(t testing.TB, lang catalog.Lang, w, h int, profile termenv.Profile, withGroup bool) *env {
	t.Helper()
	st, _ := uitest.Store(t)
	c := uitest.Context(lang, false, profile, w, h, uitest.At(day))
	c.Store = st
	e := &env{t: t, c: c, st: st}
	if withGroup {
		var err error
		name, prompt := "Tuesday group", "What made me smile this week?"
		if lang == catalog.Bokmal {
			name, prompt = "Tirsdagsgruppa", "Hva fikk meg til å smile denne uka?"
		}
		e.group, err = st.CreateGroup(store.Group{
			Name:    name,
			Rules:   DefaultRuleTexts(c.Cat),
			Prompts: []store.Prompt{{ID: "own-1", Text: prompt, Uses: 1}},
		})
		if err != nil {
			t.Fatal(err)
		}
		err = st.SaveMeeting(session.Log{Version: 1, Date: "2025-03-04", PlannedMinutes: 90, Present: 5,
			Turns: []session.LogTurn{}, Group: e.group})
		if err != nil {
			t.Fatal(err)
		}
	}
	return e
}

// contrast switches the context to the high-contrast theme.
func (e *env) contrast() {
	c := common.NewContext(e.c.Cat.Lang(), true, e.c.Profile)
	c.Width, c.Height, c.Help.Width, c.Now, c.Store = e.c.Width, e.c.Height, e.c.Width, e.c.Now, e.c.Store
	e.c = c
}

// open puts the editor on screen at step, on the group (nil: a new one).
func (e *env) open(step common.EditStep) *Page {
	var g *store.Group
	if e.group != 0 {
		stored := e.stored()
		g = &stored
	}
	p := New(e.c, g, step)
	e.page, e.nav = p, nil
	e.run(p.Init())
	return p
}

func (e *env) openNew() *Page {
	p := New(e.c, nil, common.EditName)
	e.page, e.nav = p, nil
	return p
}

// stored is the group as it is on disk.
func (e *env) stored() store.Group {
	e.t.Helper()
	g, err := e.st.Group(e.group)
	if err != nil {
		e.t.Fatal(err)
	}
	return g
}

// key presses keys (or types text) and runs what the page asks to run.
func (e *env) key(keys ...string) {
	for _, k := range keys {
		e.send(uitest.Key(k))
	}
}

// line types a line in the line mode.
func (e *env) line(lines ...string) {
	for _, l := range lines {
		e.send(common.LineMsg(l))
	}
}

func (e *env) send(msg tea.Msg) {
	var cmd tea.Cmd
	e.page, cmd = e.page.Update(msg)
	e.run(cmd)
}

// run runs a command as the program would: the page's own messages go
// back to it; navigation is kept for the test to check.
func (e *env) run(cmd tea.Cmd) {
	uitest.Each(cmd, func(msg tea.Msg) {
		switch msg.(type) {
		case common.GoHome, common.GoEditor, common.GoSetup, tea.QuitMsg:
			e.nav = append(e.nav, msg)
		default:
			e.send(msg)
		}
	})
}

// home is where the page went, failing unless it went home.
func (e *env) home() common.GoHome {
	e.t.Helper()
	if len(e.nav) != 1 {
		e.t.Fatalf("the page asked for %v, not once to go home", e.nav)
	}
	h, ok := e.nav[0].(common.GoHome)
	if !ok {
		e.t.Fatalf("the page asked for %#v, not home", e.nav[0])
	}
	return h
}

func (e *env) stayed() {
	e.t.Helper()
	if len(e.nav) != 0 {
		e.t.Fatalf("the page left with %v", e.nav)
	}
}

// see fails unless the screen shows every text, each within one line.
func (e *env) see(texts ...string) {
	e.t.Helper()
	v := e.page.View()
	fits(e.t, e.c, v)
	plain := ansi.Strip(v)
	for _, s := range texts {
		if !strings.Contains(plain, s) {
			e.t.Fatalf("not on screen: %q\n%s", s, plain)
		}
	}
}

// seeWrapped fails unless the screen shows the text, perhaps wrapped
// over lines and inside a box.
func (e *env) seeWrapped(text string) {
	e.t.Helper()
	v := ansi.Strip(e.page.View())
	fits(e.t, e.c, v)
	var words []string
	for _, l := range strings.Split(v, "\n") {
		l = strings.Trim(l, " │┃")
		words = append(words, strings.Fields(l)...)
	}
	if !strings.Contains(strings.Join(words, " "), strings.Join(strings.Fields(text), " ")) {
		e.t.Fatalf("not on screen: %q\n%s", text, v)
	}
}

// fits fails if the view is wider or taller than the screen.
func fits(t testing.TB, c *common.Context, v string) {
	t.Helper()
	w, h := c.Size()
	uitest.CheckFits(t, v, w, h)
}

// speaker hears the page as the line mode does: from the first line that
// changed since it last spoke.
type speaker struct {
	t    *testing.T
	e    *env
	said []string
	page common.Page
	out  []string
}

func (s *speaker) listen() {
	now := s.e.page.Speech()
	uitest.CheckPlain(s.t, now)
	said := s.said
	if s.page != s.e.page {
		said = nil // a new page is said whole
	}
	s.out = append(s.out, uitest.Changed(said, now)...)
	s.page, s.said = s.e.page, now
}

// heard returns what was said since the last call.
func (s *speaker) heard() []string {
	out := s.out
	s.out = nil
	return out
}

func (s *speaker) expect(want ...string) {
	s.t.Helper()
	uitest.CheckSaid(s.t, s.heard(), want...)
}

// say types lines and listens after each.
func (s *speaker) say(lines ...string) {
	for _, l := range lines {
		s.e.line(l)
		s.listen()
	}
}

var _ = slices.Equal[[]string]
