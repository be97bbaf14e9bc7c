// Package resume is the screen of an unfinished meeting found at
// start-up: go on with it (names typed again if the facilitator likes),
// close it as interrupted, or, when its record cannot be read, set it
// aside. The meeting stays on disk until one of those is chosen; the only
// write this page makes itself, setting aside, runs in a command.
package resume

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"circle/session"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// Page is the unfinished meeting's screen.
type Page struct {
	c     *common.Context
	m     *session.Meeting // rebuilt from the events kept
	kept  int              // events the meeting was rebuilt from
	lost  int              // events after those that could not be applied
	last  time.Time        // when the last kept event happened
	err   error            // the record could not be read
	input textinput.Model  // names, typed again if the facilitator likes
	now   time.Time        // when the screen was last brought up to date
	ask   bool             // asked: close it as interrupted, or set it aside?
	busy  bool             // setting it aside
	note  string           // what the last answer did
}

// asideMsg is the end of setting the meeting aside.
type asideMsg struct {
	copied string
	err    error
}

// New builds the screen from the events on disk, or the error reading
// them. The meeting is rebuilt from as many events as apply: a damaged
// tail must not cost the meeting before it.
func New(c *common.Context, events []session.Event, err error) *Page {
	p := &Page{c: c, err: err, now: c.Now()}
	p.m, p.kept, _ = session.ReplayLongest(events)
	p.lost = len(events) - p.kept
	for _, e := range events[:p.kept] {
		if e.At.After(p.last) {
			p.last = e.At
		}
	}
	p.input = components.NewInput("", 40, 400, c.Cat.T(catalog.SetupNamesPlaceholder))
	p.input.Focus()
	return p
}

// InMeeting is true: the meeting is still on disk, to be offered again.
func (p *Page) InMeeting() bool { return true }

// Init does nothing: the screen reads the clock when a key is pressed.
func (p *Page) Init() tea.Cmd { return nil }

// usable reports whether anything of the meeting could be rebuilt.
func (p *Page) usable() bool {
	return p.err == nil && p.kept > 0 && p.m.Phase() != session.PhaseSetup
}

func (p *Page) resumed(interrupted bool) tea.Cmd {
	return common.Go(common.GoResumed{
		Meeting: p.m, Kept: p.kept, Last: p.last,
		Names: common.SplitNames(p.input.Value()), Interrupted: interrupted,
	})
}

// setAside keeps a copy of the data file and empties the active meeting,
// off the update loop: it rewrites the data file.
func (p *Page) setAside() tea.Cmd {
	p.busy = true
	st := p.c.Store
	return func() tea.Msg {
		if st == nil {
			return asideMsg{err: common.ErrNoStore}
		}
		copied, err := st.SetAsideActive()
		return asideMsg{copied: copied, err: err}
	}
}

// answer takes the answer to the question: only yes acts.
func (p *Page) answer(msg tea.Msg) tea.Cmd {
	p.ask = false
	switch {
	case !components.Yes(p.c, msg):
		p.note = p.c.Cat.T(catalog.ResumeKept)
		return nil
	case !p.usable():
		return p.setAside()
	}
	return p.resumed(true)
}

// Update takes keys, typed lines and the end of setting aside.
func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case asideMsg:
		cat := p.c.Cat
		notice := cat.F(catalog.NoticeSetAside, msg.copied)
		if msg.err != nil {
			notice = cat.F(catalog.ResumeAsideFailed, common.FailureText(cat, msg.err))
		}
		return p, common.Go(common.GoHome{Notice: notice})
	case tea.KeyMsg:
		if msg.Type == tea.KeyCtrlC {
			return p, tea.Quit
		}
		if p.busy {
			return p, nil
		}
		p.now = p.c.Now()
		if p.ask {
			return p, p.answer(msg)
		}
		p.note = ""
		switch {
		case msg.Type == tea.KeyEnter && p.usable():
			return p, p.resumed(false)
		case msg.Type == tea.KeyEnter:
			p.note = p.c.Cat.T(catalog.ResumeCannotGoOn)
		case msg.Type == tea.KeyCtrlX:
			p.ask = true
		case !p.usable() && key.Matches(msg, p.c.Keys.Help):
			p.c.FullHelp = !p.c.FullHelp
		case p.usable():
			// The names field has the focus: what is typed goes in whole.
			p.input, _ = components.TypeInto(p.input, msg)
		}
		return p, nil
	case common.LineMsg:
		return p, p.line(string(msg))
	}
	return p, nil
}

// line takes a line typed in the line mode: enter goes on, names then
// enter go on with them, x asks to close (or set aside), q quits.
func (p *Page) line(text string) tea.Cmd {
	if p.busy {
		return nil
	}
	if p.ask {
		return p.answer(common.LineMsg(text))
	}
	p.note = ""
	text = strings.TrimSpace(text)
	switch strings.ToLower(text) {
	case "q":
		return tea.Quit
	case "x":
		p.ask = true
		return nil
	}
	if !p.usable() {
		p.note = p.c.Cat.T(catalog.ResumeCannotGoOn)
		return nil
	}
	if text != "" {
		p.input.SetValue(text)
	}
	return p.resumed(false)
}

// question is what ctrl+x (x in the line mode) asks.
func (p *Page) question() components.Confirm {
	if !p.usable() {
		return components.Confirm{Question: p.c.Cat.T(catalog.ResumeConfirmAside)}
	}
	return components.Confirm{Question: p.c.Cat.T(catalog.ResumeConfirmClose)}
}

// Bindings are the keys of the moment.
func (p *Page) Bindings() []key.Binding {
	c := p.c
	cat := c.Cat
	quit := key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", cat.T(catalog.HelpQuit)))
	if !p.usable() {
		return []key.Binding{
			key.NewBinding(key.WithKeys("ctrl+x"), key.WithHelp("ctrl+x", cat.T(catalog.HelpSetAside))),
			quit,
		}
	}
	return []key.Binding{
		key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T(catalog.HelpResumeMeeting))),
		key.NewBinding(key.WithKeys("ctrl+x"), key.WithHelp("ctrl+x", cat.T(catalog.HelpCloseInterrupted))),
		quit,
	}
}

// facts are the sentences about the meeting: when it began, where it
// was, how long ago, and what was lost. The screen and the line mode say
// the same ones.
func (p *Page) facts() (began, where, ago, lost string) {
	cat := p.c.Cat
	st := p.m.Status(p.last)
	started := p.m.Started().Local()
	began = cat.N(catalog.ResumeStarted, p.m.Config().Seats, cat.Date(started), cat.TimeOfDay(started))
	w := common.PhaseTitle(cat, st.Phase)
	if st.Round {
		w = cat.F(catalog.ResumeTurn, w, cat.F(catalog.Seat, st.Turn.Seat))
	}
	where = cat.F(catalog.ResumeWhere, w)
	ago = cat.F(catalog.ResumeAgo, common.AgoText(cat, p.now.Sub(p.last)))
	if p.lost > 0 {
		lost = cat.N(catalog.ResumeLost, p.lost)
	}
	return began, where, ago, lost
}

// View draws the screen. On a small screen the heading and the names'
// explanation give way first; the field itself, where the meeting was and
// what was lost stay.
func (p *Page) View() string {
	c := p.c
	st, cat := c.Styles, c.Cat
	l := c.NewLayout(cat.T(catalog.ResumeTitle))
	l.Center = true
	w := l.W
	if p.ask {
		l.Foot = p.question().View(c, w)
	} else {
		b := p.Bindings()
		l.Foot = components.Footer(c, b, b)
	}
	pad := "   "
	if w < 60 {
		pad = " "
	}
	text := func(s string, style func(...string) string) []string {
		lines := common.Wrap(s, min(w, 76), pad)
		for i := range lines {
			lines[i] = style(lines[i])
		}
		return lines
	}
	plainStyle := func(s ...string) string { return strings.Join(s, "") }
	gap := components.Part{Lines: []string{""}}
	heading := components.Part{Keep: 2, Lines: []string{pad + st.Title.Render(cat.T(catalog.ResumeHeading))}}
	var note components.Part
	if p.note != "" {
		note = components.Part{Keep: 9, Lines: text(p.note, st.Warn.Render)}
	}
	if !p.usable() {
		// Where the whole explanation does not fit (under the question),
		// its first sentence does.
		why := text(cat.T(catalog.ResumeUnreadable), plainStyle)
		if len(why)+len(note.Lines) > l.Room() {
			why = text(cat.T(catalog.ResumeSayUnreadable), plainStyle)
		}
		l.Add(components.Fit(l.Room(), heading, gap, components.Part{Keep: 8, Lines: why}, gap, note)...)
		return l.String()
	}
	began, where, ago, lost := p.facts()
	var lostPart components.Part
	if lost != "" {
		lostPart = components.Part{Keep: 7, Lines: text(lost, st.Warn.Render)}
	}
	// The field grows with a wide screen.
	in := p.input
	in.Width = max(20, min(w, 100)-len(pad)-2)
	hint := components.Part{Keep: 3, Lines: text(cat.T(catalog.ResumeNames), plainStyle)}
	parts := []components.Part{
		heading, gap,
		{Keep: 4, Lines: text(began, plainStyle)},
		{Keep: 6, Lines: text(where, plainStyle)},
		{Keep: 5, Lines: text(ago, plainStyle)},
		lostPart, gap, note,
	}
	field := []string{pad + components.InputView(c.Profile, in)}
	room := l.Room() - len(field)
	need := len(hint.Lines)
	for _, part := range parts {
		if part.Keep > hint.Keep {
			need += len(part.Lines)
		}
	}
	if need > room {
		// No room to explain the field: a label says what it is for.
		label := cat.T(catalog.SetupNames) + ": "
		in.Width = max(10, in.Width-len([]rune(label)))
		field = []string{pad + st.Label.Render(label) + components.InputView(c.Profile, in)}
	} else {
		parts = append(parts, hint)
	}
	l.Add(components.Fit(room, parts...)...)
	l.Add(field...)
	return l.String()
}

// Speech says the screen: the heading, the facts, what the answer did,
// what to type, and the question when one is asked.
func (p *Page) Speech() []string {
	cat := p.c.Cat
	lines := []string{cat.T(catalog.ResumeHeading) + "."}
	if p.usable() {
		began, where, ago, lost := p.facts()
		lines = append(lines, began, where, ago)
		if lost != "" {
			lines = append(lines, lost)
		}
	} else {
		lines = append(lines, cat.T(catalog.ResumeSayUnreadable))
	}
	if p.note != "" {
		lines = append(lines, p.note)
	}
	if p.busy {
		return append(lines, cat.T(catalog.ResumeSettingAside))
	}
	if p.ask {
		return append(lines, p.question().Speech(p.c)...)
	}
	return append(lines, p.Typing())
}

// Typing says what can be typed here.
func (p *Page) Typing() string {
	cat := p.c.Cat
	switch {
	case p.ask:
		return cat.T(catalog.AccessibleConfirm)
	case !p.usable():
		return cat.T(catalog.ResumeSayAside)
	}
	return cat.T(catalog.AccessibleResume)
}
