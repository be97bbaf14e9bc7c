// Package ui is circle's terminal program: the home screen, the setup form,
// a screen for every phase of the meeting, and the summary. It drives the
// meeting engine in session with times read from one injected clock, and
// hands finished meeting logs to the store. Names typed for the screen live
// in this package's memory only; they are never given to the store.
package ui

import (
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/progress"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"circle/session"
	"circle/store"
	"circle/ui/catalog"
)

// Store is what the program needs of the data file.
type Store interface {
	// StartMeeting makes begin the first event of a new active meeting.
	StartMeeting(begin session.Event) error
	// PutEvent stores event number n (from 2) of the active meeting;
	// storing the same number again replaces it, so a retry never doubles.
	PutEvent(n int, e session.Event) error
	// ActiveEvents returns the events of an unfinished meeting, if any.
	ActiveEvents() ([]session.Event, error)
	// FinishMeeting turns the active meeting into a history record.
	FinishMeeting(session.Log) error
	// Count returns how many meetings the history holds.
	Count() (int, error)
	// EndActive ends the running meeting without a record, once its log
	// is saved in another file.
	EndActive() error
	// SetAsideActive ends an unfinished meeting whose record cannot be
	// read, keeping a copy of the data file; it returns the copy's name.
	SetAsideActive() (string, error)

	// The group profiles.
	Groups() ([]store.Group, error)
	Group(id uint64) (store.Group, error)
	CreateGroup(store.Group) (uint64, error)
	UpdateGroup(store.Group) error
	DeleteGroup(id uint64) (meetings int, err error)
	GroupMeetings(id uint64) (int, error)
	RecentPrompts(group uint64, n int) ([]string, error)
}

// Options configure a program. Real runs and tests build it the same way.
type Options struct {
	Store Store
	// Clock reads the system clocks; the real ones when nil.
	Clock Reading
	Lang  catalog.Lang
	// Width and Height are the terminal's size when known before the
	// first frame, so that frame is laid out right.
	Width, Height int
	// DataPath is shown on the home screen.
	DataPath string
	// Paint, when set, draws the first frame at once, ahead of the
	// renderer's first frame tick (see Paint).
	Paint func(frame string)
	// Warning is shown on the home screen: what happened to the data
	// file at start-up that the facilitator should know.
	Warning string
	// HighContrast uses reverse video and bold instead of colour.
	HighContrast bool
	// Ring rings the terminal's bell. It is rung once as a turn reaches its
	// time when Bell is set or the meeting's group wants the bell.
	Ring func()
	Bell bool
}

// common is the context every screen shares: size, words, styles, keys, clock.
type common struct {
	width, height int
	cat           *catalog.Catalog
	st            *styles
	keys          keyMap
	help          help.Model
	bar           progress.Model // the turn's time, drawn with ViewAs: no animation
	now           func() time.Time
}

type screen int

const (
	screenHome screen = iota
	screenResume
	screenGroup
	screenSetup
	screenMeeting
	screenSummary
)

// Model is the whole program.
type Model struct {
	c        *common
	clock    *meetingClock
	store    Store
	dataPath string
	screen   screen
	saved    int // meetings in the history, for the home screen and prompt rotation
	fullHelp bool

	setup   setupForm
	resume  *resumeScreen
	meeting *meetingScreen
	editor  *groupEditor

	groups []groupRow
	gcur   int // the group under the pointer on the home screen

	// tickGen tags the one pending clock tick; a tick from an older
	// schedule is dropped, so there is never more than one chain.
	tickGen int
	// ticksFromOutside: the accessible mode sends the ticks itself.
	ticksFromOutside bool

	help helpMemo // the meeting's key help, kept while the moment lasts

	quitting bool   // quit once the log is saved
	err      error  // the history could not be read
	warning  string // from start-up, for the home screen
	paint    func(string)
	ringer   func() // the terminal's bell
	bell     bool   // ring for every group
}

// New builds the program.
func New(o Options) *Model {
	if o.Clock == nil {
		o.Clock = realClock()
	}
	clock := newMeetingClock(o.Clock)
	cat := catalog.New(o.Lang)
	c := &common{
		width:  o.Width,
		height: o.Height,
		cat:    cat,
		st:     newStyles(o.HighContrast),
		keys:   newKeyMap(cat),
		help:   help.New(),
		now:    clock.Now,
	}
	c.help.ShortSeparator = " · "
	barColour := string(colAccent)
	if o.HighContrast {
		barColour = ""
	}
	c.bar = progress.New(progress.WithSolidFill(barColour), progress.WithoutPercentage(),
		progress.WithColorProfile(lipgloss.ColorProfile()))
	if o.HighContrast {
		c.bar.EmptyColor = "" // the terminal's own colour, not a dim grey
	}
	m := &Model{c: c, clock: clock, store: o.Store, dataPath: o.DataPath, paint: o.Paint, warning: o.Warning, ringer: o.Ring, bell: o.Bell}
	m.setup = newSetupForm(c, nil, 0)
	if o.Store != nil {
		n, err := o.Store.Count()
		m.saved, m.err = n, err
		m.loadGroups()
		// An unfinished meeting is offered; one whose record cannot be
		// read is said so, and can be set aside.
		events, err := o.Store.ActiveEvents()
		if err != nil || len(events) > 0 {
			m.resume = newResumeScreen(c, events)
			m.screen = screenResume
		}
	}
	return m
}

// Init paints the first frame at once when asked to. The frame is rendered
// here, on the event loop, so the painting goroutine reads no model state.
func (m *Model) Init() tea.Cmd {
	if m.paint == nil {
		return nil
	}
	frame, paint := m.View(), m.paint
	return func() tea.Msg {
		paint(frame)
		return nil
	}
}

type tickMsg struct{ gen int }

type savedMsg struct{ err error }

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.width, m.c.height = msg.Width, msg.Height
		m.c.help.Width = msg.Width
		return m, nil
	case tickMsg:
		if msg.gen != m.tickGen || m.screen != screenMeeting {
			return m, nil
		}
		now := m.c.now()
		m.meeting.journal.flush(now, false)
		m.meeting.refresh(now)
		m.ring()
		if slept := m.clock.Slept(); slept > 0 {
			m.meeting.notice = m.c.cat.F(catalog.NoticeSlept, minutesText(m.c.cat, slept))
		}
		return m, m.schedule()
	case savedMsg:
		return m.onSaved(msg.err)
	case savedElsewhereMsg:
		if m.meeting != nil {
			m.meeting.savedElsewhere(msg)
			if msg.err == nil && m.quitting {
				return m, tea.Quit
			}
		}
		return m, nil
	case tea.KeyMsg:
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste {
			// Keys pressed fast arrive as one message of several runes;
			// each is a key press of its own.
			var cmds []tea.Cmd
			for _, r := range msg.Runes {
				_, cmd := m.onKey(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
				cmds = append(cmds, cmd)
			}
			return m, tea.Batch(cmds...)
		}
		return m.onKey(msg)
	}
	return m, nil
}

func (m *Model) onKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.c.keys
	switch m.screen {
	case screenHome:
		return m.homeKey(msg)
	case screenGroup:
		if keyIs(msg, k.Help) && m.editor.mode == editRules {
			m.fullHelp = !m.fullHelp
			return m, nil
		}
		cmd := m.editor.key(msg)
		if m.editor.done {
			if m.editor.kept != "" {
				m.warning = m.editor.kept
			}
			id := m.editor.g.ID
			m.editor = nil
			m.screen = screenHome
			m.loadGroups()
			for i, r := range m.groups {
				if r.g.ID == id {
					m.gcur = i
				}
			}
		}
		return m, cmd
	case screenResume:
		switch m.resume.key(msg) {
		case resumeQuit:
			return m, tea.Quit
		case resumeAside:
			copied, err := m.store.SetAsideActive()
			if err != nil {
				m.warning = m.c.cat.F(catalog.GroupErrSave, failureText(m.c.cat, err))
			} else {
				m.warning = m.c.cat.F(catalog.NoticeSetAside, copied)
			}
			m.resume, m.screen, m.err = nil, screenHome, nil
			return m, nil
		case resumeGo:
			m.meeting = resumedMeeting(m.c, m.resume, m.store, m.groupOf(m.resume.m.Config().Group))
			m.resume = nil
			m.screen = screenMeeting
			if m.meeting.done() {
				return m, m.save()
			}
			return m, m.schedule()
		}
		return m, nil
	case screenSetup:
		if msg.String() == "ctrl+c" {
			return m, tea.Quit
		}
		if keyIs(msg, k.Back) {
			m.screen = screenHome
			return m, nil
		}
		start, cmd := m.setup.update(msg)
		if start != nil {
			m.meeting = m.newMeeting(*start)
			m.screen = screenMeeting
			return m, m.schedule()
		}
		return m, cmd
	case screenMeeting:
		if keyIs(msg, k.Help) && m.meeting.confirm == confirmNone {
			m.fullHelp = !m.fullHelp
			return m, nil
		}
		m.meeting.key(msg)
		if m.meeting.done() {
			return m, m.save()
		}
		return m, m.schedule()
	case screenSummary:
		cmd, home := m.meeting.summaryKey(msg)
		if home {
			m.screen, m.meeting = screenHome, nil
		}
		return m, cmd
	}
	return m, nil
}

// save turns the finished meeting into a history record, off the update
// loop (it rewrites the data file, see store.FinishMeeting).
func (m *Model) save() tea.Cmd {
	mt := m.meeting
	mt.log = mt.m.Log()
	m.screen = screenSummary
	m.quitting = mt.quit
	mt.saving, mt.saveErr = true, nil
	j, l := mt.journal, mt.log
	return func() tea.Msg { return savedMsg{err: j.finish(l)} }
}

func (m *Model) onSaved(err error) (tea.Model, tea.Cmd) {
	if m.meeting == nil {
		return m, nil
	}
	m.meeting.saved(err)
	if err == nil {
		m.saved++
		if m.quitting {
			return m, tea.Quit
		}
	}
	return m, nil
}

// schedule arms the next clock tick: at the next instant something on the
// screen changes (a second of the turn, a minute of the meeting clock, the
// moment the plan stops fitting), and not before. Each tick reads the clock
// afresh, so a late or missed tick never makes the display drift.
func (m *Model) schedule() tea.Cmd {
	m.tickGen++
	if m.screen != screenMeeting || m.meeting.done() || m.ticksFromOutside {
		return nil
	}
	d := m.meeting.nextChange(m.c.now())
	gen := m.tickGen
	return tea.Tick(d, func(time.Time) tea.Msg { return tickMsg{gen: gen} })
}

// ring rings the bell, if the group wants one, once per turn as it reaches
// its time. It is gentle: one BEL, never repeated.
func (m *Model) ring() {
	s := m.meeting
	st := s.st
	if m.ringer == nil || !(m.bell || s.bell) || !st.Round || st.OnBreak || !st.Turn.Over() {
		return
	}
	if n := len(s.m.Turns()); s.rung != n+1 {
		s.rung = n + 1
		m.ringer()
	}
}

// Quitting reports whether the program is stopping after a stopped meeting.
func (m *Model) Quitting() bool { return m.quitting }

// InMeeting reports whether a meeting is under way and not yet a history
// record: what is on disk of it will be offered for resuming at the next
// start.
func (m *Model) InMeeting() bool {
	return m.screen == screenMeeting || m.screen == screenResume ||
		(m.screen == screenSummary && m.meeting != nil && m.meeting.saveErr != nil && m.meeting.savedTo == "")
}

func keyIs(msg tea.KeyMsg, b key.Binding) bool { return key.Matches(msg, b) }

// homeKey handles a key on the home screen: the list of groups.
func (m *Model) homeKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.c.keys
	writable := m.store != nil
	g := m.selected()
	switch {
	case keyIs(msg, k.Quit):
		return m, tea.Quit
	case keyIs(msg, k.Help):
		m.fullHelp = !m.fullHelp
	case keyIs(msg, k.Up):
		m.gcur = max(0, m.gcur-1)
	case keyIs(msg, k.Down):
		m.gcur = min(max(0, len(m.groups)-1), m.gcur+1)
	case msg.String() == "g" && writable,
		keyIs(msg, k.Start) && writable && len(m.groups) == 0:
		// No group yet, or a new one: its name, then its rules.
		m.editor, m.screen = newGroupEditor(m.c, m.store, nil, editName), screenGroup
	case keyIs(msg, k.Start):
		m.screen = screenSetup
		held := 0
		if g != nil {
			held, _ = m.store.GroupMeetings(g.ID)
		}
		m.setup = newSetupForm(m.c, g, held)
	case g == nil || !writable:
	case msg.String() == "e":
		m.editor, m.screen = newGroupEditor(m.c, m.store, g, editRules), screenGroup
	case msg.String() == "s":
		m.editor, m.screen = newGroupEditor(m.c, m.store, g, editSettings), screenGroup
	case msg.String() == "R":
		m.editor, m.screen = newGroupEditor(m.c, m.store, g, editName), screenGroup
	case msg.String() == "d":
		m.editor, m.screen = newGroupEditor(m.c, m.store, g, askDelete), screenGroup
	}
	return m, nil
}

// groupOf returns the group with the id, or nil for none or a group gone.
func (m *Model) groupOf(id uint64) *store.Group {
	if id == 0 || m.store == nil {
		return nil
	}
	g, err := m.store.Group(id)
	if err != nil {
		return nil
	}
	return &g
}

// newMeeting starts the meeting the setup form describes, with its group's
// rules and prompts.
func (m *Model) newMeeting(start meetingStart) *meetingScreen {
	held, recent := m.saved, []string(nil)
	if start.group != nil && m.store != nil {
		held, _ = m.store.GroupMeetings(start.group.ID)
		recent, _ = m.store.RecentPrompts(start.group.ID, 5)
	} else if m.store != nil {
		recent, _ = m.store.RecentPrompts(0, 5)
	}
	return newMeetingScreen(m.c, start, held, recent, m.store)
}
