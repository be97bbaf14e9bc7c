// Package solo is solo practice: one person alone chooses one of the
// study's eight themes (or is surprised), reads a short sequence of its
// prompts, rehearses speaking aloud on the same turn clock as a meeting,
// and ends with a closing line. Only the date, the minutes, the theme and
// the prompts' ids are noted, in the solo log, apart from every group; it
// must never write a group's history, nor anything typed.
package solo

import (
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"circle/rules"
	"circle/session"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// Store is what solo practice needs of the data file: the solo log and
// the prompts last seen. A data file without it (none, or one opened
// for reading only) notes nothing.
type Store interface {
	SavePractice(store.Practice) error
	PracticesSince(from string) (int, error)
	Seen() ([]string, error)
	MarkSeen(id string) error
}

// step is where the practice is.
type step int

const (
	stepTheme   step = iota // choose a theme, or surprise me
	stepPrompts             // read the prompts, one at a time
	stepLength              // choose the timer's length
	stepOwn                 // type a length of one's own
	stepTimer               // speak aloud, on the turn clock
	stepClosing             // the closing line
	stepNotes               // private notes (notes.go)
)

// sequenceLength is how many prompts a practice shows at most.
const sequenceLength = 4

// lengths are the timer's lengths on offer, in minutes; then come a
// length of one's own and no timer.
var lengths = []int{3, 5, 10}

// Choices of the length list after the lengths.
const (
	choiceOwn     = 3
	choiceNoTimer = 4
	choiceCount   = 5
)

// TickMsg is the timer's tick; a tick of an older schedule is dropped.
type TickMsg struct{ Gen int }

// Page is solo practice.
type Page struct {
	c      *common.Context
	store  Store      // nil: nothing is noted
	nstore NotesStore // nil: no private notes
	n      notes
	// own are the group's own prompts for solo practice, ownText their
	// words by id; none without a group.
	own     []rules.Prompt
	ownText map[string]string
	bell    bool

	step      step
	cursor    int // the theme, or the length, under the pointer
	theme     rules.Theme
	surprised bool
	seq       []rules.Prompt
	at        int      // the prompt shown
	shown     []string // the ids shown in this practice, in order

	planned time.Duration
	spoken  time.Duration // the time on the clock before since
	since   time.Time     // when the clock last started
	paused  bool
	// resumed is set when the clock started again after a pause, at the
	// threshold resumedAlert: the line mode says so until the next.
	resumed      bool
	resumedAlert string
	rung         bool // the bell rang for this practice
	presenter    bool
	confirm      bool // ending with time left?
	askedLeft    string
	input        textinput.Model

	held    int // practices in the solo log
	month   int // practices this month
	saved   bool
	notice  string // a write that failed, or no file
	problem string // a typed line that was refused
	tickGen int
}

// New begins solo practice, with the group's own solo prompts when g is
// not nil.
func New(c *common.Context, g *store.Group) *Page {
	p := &Page{c: c, ownText: map[string]string{}, bell: c.BellAll}
	if s, ok := c.Store.(Store); ok {
		p.store = s
	}
	if s, ok := c.Store.(NotesStore); ok {
		p.nstore = s
	}
	if g != nil {
		p.bell = p.bell || g.Defaults.Bell
		for _, pr := range g.Prompts {
			if rules.Use(pr.Uses)&rules.UseSolo != 0 {
				p.own = append(p.own, rules.Prompt{ID: pr.ID, Uses: rules.Use(pr.Uses)})
				p.ownText[pr.ID] = pr.Text
			}
		}
	}
	p.count()
	return p
}

// count reads how many practices the solo log holds, and this month.
func (p *Page) count() {
	if p.store == nil {
		return
	}
	p.held, _ = p.store.PracticesSince("")
	p.month, _ = p.store.PracticesSince(p.c.Now().Format("2006-01") + "-01")
}

// Init does nothing: the clock runs only on the timer.
func (p *Page) Init() tea.Cmd { return nil }

// The read-only accessors tests use.

// Theme is the theme practised; "" before one is chosen.
func (p *Page) Theme() rules.Theme { return p.theme }

// Sequence is the prompts of the practice, by id.
func (p *Page) Sequence() []string {
	var ids []string
	for _, pr := range p.seq {
		ids = append(ids, pr.ID)
	}
	return ids
}

// Elapsed is the time on the practice timer at now.
func (p *Page) Elapsed(now time.Time) time.Duration {
	if p.step != stepTimer || p.paused {
		return p.spoken
	}
	return p.spoken + now.Sub(p.since)
}

// clock is the turn clock at now, with the calm warning of a meeting's
// turn at its default point (a minute left), by the meeting's rule: only
// on a practice longer than that.
func (p *Page) clock(now time.Time) components.TurnClock { return turnClock(p.Elapsed(now), p.planned) }

func turnClock(elapsed, planned time.Duration) components.TurnClock {
	t := components.TurnClock{Elapsed: elapsed, Planned: planned}
	t.Near = session.Warned(session.DefaultWarn, planned, planned-elapsed)
	return t
}

// Update takes keys, the timer's ticks, and in the line mode typed lines
// and the loop's clock.
func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case TickMsg:
		if msg.Gen != p.tickGen || p.step != stepTimer {
			return p, nil
		}
		p.ring()
		return p, p.schedule()
	case common.ClockMsg:
		p.ring()
		return p, nil
	case tea.KeyMsg:
		p.problem = ""
		if p.step == stepOwn {
			return p, p.ownKey(msg)
		}
		if p.step == stepNotes {
			return p, p.noteKey(msg)
		}
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste {
			// Keys typed fast arrive as one message: each is a key.
			var cmd tea.Cmd
			for _, r := range msg.Runes {
				if cmd = p.key(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}}); cmd != nil {
					break
				}
			}
			return p, p.after(cmd)
		}
		return p, p.after(p.key(msg))
	case common.LineMsg:
		p.problem = ""
		return p, p.after(p.line(string(msg)))
	}
	return p, nil
}

// after is what follows a key or a line: cmd, or the timer's next tick.
func (p *Page) after(cmd tea.Cmd) tea.Cmd {
	if cmd != nil {
		return cmd
	}
	return p.schedule()
}

// schedule arms the next tick while the timer runs: at the next whole
// second on the clock, read afresh each time so it never drifts.
func (p *Page) schedule() tea.Cmd {
	p.tickGen++
	if p.c.LineMode || p.step != stepTimer || p.paused {
		return nil
	}
	e := p.Elapsed(p.c.Now())
	return p.c.After(time.Second-e%time.Second, TickMsg{Gen: p.tickGen})
}

// ring rings the bell once, gently, as the practice reaches its time, if
// the bell is wanted.
func (p *Page) ring() {
	if p.c.Ring == nil || !p.bell || p.rung || p.step != stepTimer || !p.clock(p.c.Now()).Over() {
		return
	}
	p.rung = true
	p.c.Ring()
}

// key handles one key press.
func (p *Page) key(msg tea.KeyMsg) tea.Cmd {
	k := p.c.Keys
	if msg.Type == tea.KeyCtrlC {
		return tea.Quit
	}
	if p.confirm {
		// Only y ends a practice with time left; any other key goes on.
		p.confirm = false
		if components.Yes(p.c, msg) {
			p.close()
		}
		return nil
	}
	if key.Matches(msg, k.Help) {
		p.c.FullHelp = !p.c.FullHelp
		return nil
	}
	back := msg.Type == tea.KeyEsc || msg.String() == "q"
	switch p.step {
	case stepTheme:
		switch {
		case back:
			return common.Go(common.GoHome{})
		case key.Matches(msg, k.Up):
			p.cursor = max(0, p.cursor-1)
		case key.Matches(msg, k.Down):
			p.cursor = min(len(rules.Themes()), p.cursor+1)
		case msg.Type == tea.KeyEnter:
			p.choose(p.cursor)
		case len(msg.String()) == 1 && msg.String() >= "1" && msg.String() <= "9":
			p.choose(int(msg.String()[0] - '1'))
		case msg.String() == "n":
			p.openNotes()
		}
	case stepPrompts:
		switch {
		case back:
			p.step, p.cursor = stepTheme, p.themeIndex()
		case msg.Type == tea.KeyRight, msg.Type == tea.KeySpace, msg.String() == "n", msg.String() == "l":
			p.show(p.at + 1)
		case msg.Type == tea.KeyLeft, msg.String() == "p", msg.String() == "h":
			p.show(p.at - 1)
		case msg.Type == tea.KeyEnter, msg.String() == "t":
			p.step, p.cursor = stepLength, 0
		case msg.String() == "f":
			p.close()
		}
	case stepLength:
		switch {
		case back:
			p.step = stepPrompts
		case key.Matches(msg, k.Up):
			p.cursor = max(0, p.cursor-1)
		case key.Matches(msg, k.Down):
			p.cursor = min(choiceCount-1, p.cursor+1)
		case msg.Type == tea.KeyEnter:
			p.length(p.cursor)
		case len(msg.String()) == 1 && msg.String() >= "1" && msg.String() <= "5":
			p.length(int(msg.String()[0] - '1'))
		}
	case stepTimer:
		switch {
		case msg.Type == tea.KeySpace, msg.String() == "p":
			p.pause()
		case key.Matches(msg, k.Presenter):
			p.presenter = !p.presenter
		case msg.Type == tea.KeyEnter, msg.String() == "f", back:
			p.finish()
		}
	case stepClosing:
		switch {
		case msg.Type == tea.KeyEnter, back:
			return common.Go(common.GoHome{})
		case msg.String() == "a":
			p.again()
		}
	}
	return nil
}

// ownKey types into the field of one's own length.
func (p *Page) ownKey(msg tea.KeyMsg) tea.Cmd {
	switch msg.Type {
	case tea.KeyCtrlC:
		return tea.Quit
	case tea.KeyEsc:
		p.step = stepLength
		return nil
	case tea.KeyEnter:
		p.ownLength(p.input.Value())
		return p.schedule()
	}
	p.input, _ = components.TypeInto(p.input, msg)
	return nil
}

// themeIndex is the list's row of the theme chosen: the surprise's row
// when it was a surprise.
func (p *Page) themeIndex() int {
	if p.surprised {
		return len(rules.Themes())
	}
	for i, t := range rules.Themes() {
		if t == p.theme {
			return i
		}
	}
	return 0
}

// choose takes row i of the theme list: a theme, or the surprise after
// the eighth.
func (p *Page) choose(i int) {
	themes := rules.Themes()
	if i < 0 || i > len(themes) {
		return
	}
	var seen []string
	if p.store != nil {
		seen, _ = p.store.Seen()
	}
	p.cursor, p.surprised = i, i == len(themes)
	if p.surprised {
		p.theme = rules.Surprise(seen, p.held)
	} else {
		p.theme = themes[i]
	}
	p.seq = rules.Solo(p.theme, seen, p.own, sequenceLength)
	p.shown = nil
	p.step = stepPrompts
	p.show(0)
}

// show puts prompt i of the sequence on screen, and notes its id as seen,
// so the next practice begins with another.
func (p *Page) show(i int) {
	if i < 0 || i >= len(p.seq) {
		return
	}
	p.at = i
	id := p.seq[i].ID
	for _, s := range p.shown {
		if s == id {
			return
		}
	}
	p.shown = append(p.shown, id)
	if p.store != nil {
		if err := p.store.MarkSeen(id); err != nil {
			p.notice = p.c.Cat.F(catalog.SoloNotSaved, common.FailureText(p.c.Cat, err))
		}
	}
}

// length takes row i of the length list.
func (p *Page) length(i int) {
	switch {
	case i >= 0 && i < len(lengths):
		p.start(time.Duration(lengths[i]) * time.Minute)
	case i == choiceOwn:
		p.step = stepOwn
		p.input = components.NewInput("› ", 4, 2, "")
		p.input.Focus()
	case i == choiceNoTimer:
		p.close()
	}
}

// ownLength starts the timer with a length typed, or says why not.
func (p *Page) ownLength(text string) {
	text = strings.TrimSpace(text)
	n, err := strconv.Atoi(text)
	if err != nil || n < 1 || n > 60 {
		p.problem = p.c.Cat.F(catalog.SoloOwnBad, text)
		return
	}
	p.start(time.Duration(n) * time.Minute)
}

// start runs the timer from nothing.
func (p *Page) start(d time.Duration) {
	p.planned, p.spoken, p.since = d, 0, p.c.Now()
	p.paused, p.rung, p.presenter, p.resumed = false, false, false, false
	p.step = stepTimer
}

// pause stops the clock, or starts it again.
func (p *Page) pause() {
	now := p.c.Now()
	if p.paused {
		p.since, p.paused = now, false
		p.resumed, p.resumedAlert = true, p.alert(p.clock(now))
		return
	}
	p.spoken += now.Sub(p.since)
	p.paused = true
}

// finish ends the practice: at once when its time is up, after a yes
// when time is left.
func (p *Page) finish() {
	t := p.clock(p.c.Now())
	if t.Elapsed < t.Planned {
		p.confirm, p.askedLeft = true, t.Left()
		return
	}
	p.close()
}

// close ends the practice with its closing line, and notes it in the
// solo log: the date, the whole minutes spoken, the theme and the ids.
func (p *Page) close() {
	now := p.c.Now()
	if p.step == stepTimer {
		p.spoken = p.Elapsed(now)
	} else {
		p.spoken, p.planned = 0, 0
	}
	p.step, p.presenter, p.confirm = stepClosing, false, false
	if p.saved {
		return
	}
	p.saved = true
	if p.store == nil {
		p.notice = p.c.Cat.T(catalog.SoloNoFile)
		return
	}
	err := p.store.SavePractice(store.Practice{
		Date:    now.Format(time.DateOnly),
		Minutes: int(p.spoken / time.Minute),
		Theme:   string(p.theme),
		Prompts: append([]string(nil), p.shown...),
	})
	if err != nil {
		p.notice = p.c.Cat.F(catalog.SoloNotSaved, common.FailureText(p.c.Cat, err))
		return
	}
	p.count()
}

// again begins another practice, at the themes.
func (p *Page) again() {
	*p = Page{c: p.c, store: p.store, nstore: p.nstore, own: p.own, ownText: p.ownText, bell: p.bell,
		held: p.held, month: p.month, tickGen: p.tickGen}
}

// promptText is a prompt's words: the group's own, or circle's.
func (p *Page) promptText(id string) string {
	if t, ok := p.ownText[id]; ok {
		return t
	}
	return p.c.Cat.T(catalog.Prompt(id))
}

// themeName is the theme's name as the prompts name it.
func (p *Page) themeName(t rules.Theme) string { return p.c.Cat.T(catalog.SoloTheme(string(t))) }

// Bindings are the keys of the moment.
func (p *Page) Bindings() []key.Binding {
	_, all := p.bindings()
	return all
}

// bindings are the keys of the moment: those the help line shows, and
// all of them for ?.
func (p *Page) bindings() (short, all []key.Binding) {
	k, cat := p.c.Keys, p.c.Cat
	b := func(keys, label string, desc catalog.Key) key.Binding {
		return key.NewBinding(key.WithKeys(strings.Fields(keys)...), key.WithHelp(label, cat.T(desc)))
	}
	quit := b("ctrl+c", "ctrl+c", catalog.HelpQuit)
	back := b("esc q", "esc", catalog.HelpBack)
	space := cat.T(catalog.KeySpace)
	switch p.step {
	case stepTheme:
		short = []key.Binding{common.WithHelp(k.Next, cat.T(catalog.HelpSoloChoose)), k.Up, k.Down, b("n", "n", catalog.HelpNotes), b("esc q", "esc", catalog.HelpSoloHome)}
	case stepPrompts:
		short = []key.Binding{b("right n", "→", catalog.HelpSoloNext), b("left p", "←", catalog.HelpSoloPrev),
			common.WithHelp(k.Next, cat.T(catalog.HelpSoloTimer)), b("f", "f", catalog.HelpSoloFinish), back}
	case stepLength:
		short = []key.Binding{common.WithHelp(k.Next, cat.T(catalog.HelpSoloChoose)), k.Up, k.Down, back}
	case stepOwn:
		short = []key.Binding{common.WithHelp(k.Next, cat.T(catalog.HelpStart)), back}
	case stepTimer:
		pause := b(" p", space, catalog.HelpSoloPause)
		if p.paused {
			pause = b(" p", space, catalog.HelpSoloGoOn)
		}
		short = []key.Binding{pause, common.WithHelp(k.Next, cat.T(catalog.HelpSoloFinish)), k.Presenter}
	case stepClosing:
		short = []key.Binding{common.WithHelp(k.Next, cat.T(catalog.HelpSoloHome)), b("a", "a", catalog.HelpSoloAgain)}
	case stepNotes:
		short = p.notesBindings()
	}
	return append(short, quit), append(append([]key.Binding{}, short...), quit)
}
