// Package ui is circle's terminal program. This package is its root: the
// shared context (size, words, styles, keys, clock, bell, data file), the
// page on screen, and the one place that turns navigation messages into
// pages. Each screen is a page of its own under pages/, each widget is in
// components/, and what they share is in common/. Names typed for the
// screen live in the pages' memory only; they are never given to the store.
package ui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/pages/group"
	"circle/ui/pages/history"
	"circle/ui/pages/home"
	"circle/ui/pages/meeting"
	"circle/ui/pages/resume"
	"circle/ui/pages/setup"
	"circle/ui/pages/solo"
	"circle/ui/pages/summary"
)

// Store is what the program needs of the data file.
type Store = common.Store

// Options configure a program. Real runs and tests build it the same way.
type Options struct {
	Store Store
	// Clock reads the system clocks; the real ones when nil.
	Clock Reading
	Lang  catalog.Lang
	// Profile is the colour profile to draw for; the terminal's when nil.
	Profile *termenv.Profile
	// Width and Height are the terminal's size when known before the
	// first frame, so that frame is laid out right.
	Width, Height int
	// DataPath is shown on the home screen.
	DataPath string
	// Output, when set, is the program's output, and the first frame is
	// painted on it at once, ahead of the renderer's first frame tick,
	// unless the renderer has written first (see Output.paintFirst).
	Output *Output
	// Warning is shown on the home screen: what happened to the data
	// file at start-up that the facilitator should know.
	Warning string
	// HighContrast uses reverse video and bold instead of colour.
	HighContrast bool
	// Ring rings the terminal's bell. It is rung once as a turn reaches its
	// time when Bell is set or the meeting's group wants the bell.
	Ring func()
	Bell bool
	// Show tells the circle's own screen (circle display) what the
	// meeting shows; nil for none. It must not block.
	Show func(common.Shown)
	// Continued, in the line mode, says the process was continued after
	// a stop (SIGCONT after ctrl+z and fg).
	Continued <-chan struct{}
	// After, when set, makes the clock ticks: the command that sends msg
	// after d. Tests set it to keep the ticks themselves.
	After func(d time.Duration, msg tea.Msg) tea.Cmd
	// Solo starts on solo practice (`circle solo`), unless a meeting is
	// waiting to be resumed.
	Solo bool
}

// Model is the root of the program: the context and the current page.
type Model struct {
	c    *common.Context
	page common.Page
	out  *Output
}

// New builds the program. An unfinished meeting on disk is offered first;
// one whose record cannot be read is said so, and can be set aside.
func New(o Options) *Model {
	if o.Clock == nil {
		o.Clock = realClock()
	}
	profile := lipgloss.ColorProfile()
	if o.Profile != nil {
		profile = *o.Profile
	}
	clock := newMeetingClock(o.Clock)
	c := common.NewContext(o.Lang, o.HighContrast, profile)
	c.Width, c.Height = o.Width, o.Height
	c.Help.Width = o.Width
	c.Now, c.Slept = clock.Now, clock.Slept
	c.DataPath, c.Ring, c.BellAll, c.Show = o.DataPath, o.Ring, o.Bell, o.Show
	if o.After != nil {
		c.After = o.After
	}
	if o.Store != nil {
		c.Store = o.Store
	}
	m := &Model{c: c, out: o.Output}
	if c.Store != nil {
		if events, err := c.Store.ActiveEvents(); err != nil || len(events) > 0 {
			m.page = resume.New(c, events, err)
			return m
		}
	}
	if o.Solo {
		m.page = solo.New(c, nil)
		return m
	}
	m.page = home.New(c, o.Warning, 0)
	return m
}

// Init paints the first frame at once when asked to. The frame is rendered
// here, on the event loop, so the painting goroutine reads no model state,
// and the output's writes are counted here, so the frame is never painted
// over a newer one (see Output.paintFirst).
func (m *Model) Init() tea.Cmd {
	cmd := m.page.Init()
	if m.out == nil {
		return cmd
	}
	out, mark, frame := m.out, m.out.mark(), m.View()
	return tea.Batch(cmd, func() tea.Msg {
		out.paintFirst(mark, frame)
		return nil
	})
}

// Update handles one message: the size and the navigation here, the rest
// on the page.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var next common.Page
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.Width, m.c.Height = msg.Width, msg.Height
		m.c.Help.Width = msg.Width
	case tea.ResumeMsg:
		// Back from ctrl+z or SIGTSTP with fg: bubbletea has put the
		// terminal back and repaints; the page's clock catches up first,
		// so the frame repainted shows the time that passed.
		var cmd tea.Cmd
		m.page, cmd = m.page.Update(common.ClockMsg{})
		return m, cmd
	case tea.KeyMsg:
		// ctrl+z on every page, as in every terminal program; the
		// meeting's time goes on meanwhile, as it does in the room.
		if key.Matches(msg, m.c.Keys.Suspend) {
			return m, tea.Suspend
		}
		// Below the smallest size nothing on screen says what a key
		// would do, so none acts but quitting. A meeting quit so stays
		// on disk, to be resumed.
		if m.c.TooSmall() {
			if msg.Type == tea.KeyCtrlC {
				return m, tea.Quit
			}
			return m, nil
		}
	case common.GoHome:
		next = home.New(m.c, msg.Notice, msg.Group)
	case common.GoEditor:
		next = group.New(m.c, msg.Group, msg.Step)
	case common.GoHistory:
		next = history.New(m.c, msg.Group)
	case common.GoSetup:
		next = setup.New(m.c, msg.Group)
	case common.GoMeeting:
		next = meeting.New(m.c, msg.Start)
	case common.GoResumed:
		next = meeting.Resumed(m.c, msg)
	case common.GoSummary:
		next = summary.New(m.c, msg)
	case common.GoSolo:
		next = solo.New(m.c, msg.Group)
	}
	if next != nil {
		m.c.FullHelp = false
		m.page = next
		return m, next.Init()
	}
	var cmd tea.Cmd
	m.page, cmd = m.page.Update(msg)
	return m, cmd
}

// View draws the page, or asks politely for a bigger window; the meeting
// goes on meanwhile.
func (m *Model) View() string {
	if m.c.TooSmall() {
		return m.tooSmall()
	}
	return m.page.View()
}

func (m *Model) tooSmall() string {
	w, h := m.c.Size()
	say := catalog.TooSmallIdle
	if m.InMeeting() {
		say = catalog.TooSmall // "the meeting goes on"
	}
	lines := common.Wrap(m.c.Cat.T(say), w, "")
	if g, ok := m.page.(common.Glancer); ok {
		if s := g.Glance(); s != "" {
			lines = append(lines, s)
		}
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	out := ""
	for i, l := range lines {
		if i > 0 {
			out += "\n"
		}
		out += l
	}
	return out
}

// InMeeting reports whether a meeting is under way and not yet a history
// record: what is on disk of it will be offered for resuming at the next
// start.
func (m *Model) InMeeting() bool {
	p, ok := m.page.(common.Meeting)
	return ok && p.InMeeting()
}

// Page is the page on screen, for tests.
func (m *Model) Page() common.Page { return m.page }
