// Package display is the circle's own screen (`circle display`): it follows
// the meeting the facilitator's circle runs over the local display channel,
// and shows who speaks, the time left in big digits, the phase, the calm
// warning and a rule reminder, nothing else. It takes no key but quit. It
// must never write what it is sent anywhere: the display name in it lives
// in memory only.
package display

import (
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"circle/session"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
	"circle/ui/link"
)

// Retry is how often a display that is not attached tries again.
const Retry = 300 * time.Millisecond

// state is where the display stands with the meeting.
type state int

const (
	waiting  state = iota // no meeting runs (no channel)
	attached              // following a meeting
	ended                 // the meeting it followed ended
	lost                  // the facilitator's circle went while a meeting ran
	refused               // the channel cannot be used: problem says why
)

// Messages of the display's loop.
type (
	attachMsg struct{ conn *link.Conn }
	failMsg   struct{ err error }
	shownMsg  struct {
		conn *link.Conn
		st   common.Shown
	}
	goneMsg  struct{ conn *link.Conn }
	retryMsg struct{}
	// TickMsg is the display's clock tick, of schedule Gen.
	TickMsg struct{ Gen int }
)

// Model is the display's program.
type Model struct {
	c       *common.Context
	path    string // the channel
	state   state
	problem string
	conn    *link.Conn
	st      common.Shown
	at      time.Time // when st arrived: its clock counts on from there
	gen     int
	now     time.Time
}

// New is the display of the channel at path.
func New(c *common.Context, path string) *Model {
	return &Model{c: c, path: path, now: c.Now()}
}

// Init attaches.
func (m *Model) Init() tea.Cmd { return m.dial() }

func (m *Model) dial() tea.Cmd {
	path := m.path
	return func() tea.Msg {
		conn, err := link.Dial(path)
		if err != nil {
			return failMsg{err}
		}
		return attachMsg{conn}
	}
}

func read(conn *link.Conn) tea.Cmd {
	return func() tea.Msg {
		st, err := conn.Next()
		if err != nil {
			return goneMsg{conn}
		}
		return shownMsg{conn, st}
	}
}

func (m *Model) retry() tea.Cmd {
	return m.c.After(Retry, retryMsg{})
}

// Update handles the channel, the clock, the size and quit.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.now = m.c.Now()
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.Width, m.c.Height = msg.Width, msg.Height
	case tea.KeyMsg:
		if key := msg.String(); key == "q" || key == "ctrl+c" || key == "esc" {
			m.close()
			return m, tea.Quit
		}
	case attachMsg:
		m.conn, m.problem = msg.conn, ""
		return m, read(msg.conn)
	case failMsg:
		return m, m.failed(msg.err)
	case shownMsg:
		if msg.conn != m.conn {
			return m, nil
		}
		m.st, m.at = msg.st, m.now
		m.state = attached
		if msg.st.Ended {
			m.state = ended
		} else if !msg.st.Meeting {
			m.state = waiting
		}
		return m, tea.Batch(read(msg.conn), m.schedule())
	case goneMsg:
		if msg.conn != m.conn {
			return m, nil
		}
		m.close()
		if m.state == attached {
			m.state = lost
		}
		return m, m.retry()
	case retryMsg:
		return m, m.dial()
	case TickMsg:
		if msg.Gen == m.gen {
			return m, m.schedule()
		}
	}
	return m, nil
}

// failed says why the display is not attached, and tries again unless
// trying cannot help.
func (m *Model) failed(err error) tea.Cmd {
	cat := m.c.Cat
	switch {
	case link.Denied(err):
		m.state, m.problem = refused, cat.F(catalog.DisplayNotYours, m.path)
		return nil
	case link.Absent(err):
		// No meeting runs, or its circle has gone: wait.
		m.problem = ""
		if m.state == attached {
			m.state = lost
		}
	default:
		m.problem = cat.F(catalog.DisplayCannot, m.path, err.Error())
	}
	return m.retry()
}

func (m *Model) close() {
	if m.conn != nil {
		m.conn.Close()
		m.conn = nil
	}
}

// elapsed is the running clock's time now.
func (m *Model) elapsed() time.Duration {
	return m.st.Elapsed + max(0, m.now.Sub(m.at))
}

// running reports whether a clock on screen runs.
func (m *Model) running() bool {
	return m.state == attached && (m.st.Round || m.st.Break)
}

// schedule arms the next tick: at the next whole second of the clock on
// screen, and only while one runs.
func (m *Model) schedule() tea.Cmd {
	m.gen++
	if !m.running() {
		return nil
	}
	d := time.Second - m.elapsed()%time.Second
	return m.c.After(d, TickMsg{Gen: m.gen})
}

// clock is the running turn's clock, with its calm warning.
func (m *Model) clock() components.TurnClock {
	t := components.TurnClock{Elapsed: m.elapsed(), Planned: m.st.Planned}
	t.Near = session.Warned(m.st.Warn, m.st.Planned, m.st.Planned-t.Elapsed)
	return t
}

// who is the speaker as the screen names them.
func (m *Model) who() string {
	if m.st.Name != "" {
		return m.c.Cat.F(catalog.SeatNamed, m.st.Seat, m.st.Name)
	}
	return m.c.Cat.F(catalog.Seat, m.st.Seat)
}

// message is the one line the display says when it shows no meeting.
func (m *Model) message() string {
	cat := m.c.Cat
	switch m.state {
	case ended:
		return cat.T(catalog.DisplayEnded)
	case refused:
		return m.problem
	case lost, waiting:
		if m.problem != "" {
			// Why it cannot attach, while it tries again.
			return m.problem
		}
		if m.state == lost {
			return cat.T(catalog.DisplayLost)
		}
		return cat.T(catalog.DisplayWaiting)
	}
	return ""
}

// View draws the display.
func (m *Model) View() string {
	c, cat := m.c, m.c.Cat
	w, h := c.Size()
	l := &common.Layout{W: w, H: h, Center: true}
	keys := []string{c.Styles.Muted.Render(" q " + cat.T(catalog.HelpQuit))}
	l.Foot = keys
	if msg := m.message(); msg != "" {
		for _, s := range common.Wrap(msg, min(w, 72), "") {
			l.Add(common.Center(c.Styles.Label.Render(s), w))
		}
		return l.String()
	}
	st := m.st
	var above, below string
	var big []string
	var fitted bool
	var reminder []string
	if st.Reminder != "" {
		reminder = append(reminder, "")
		for _, s := range common.Wrap(st.Reminder, min(w, 76), "") {
			reminder = append(reminder, common.Center(c.Styles.Warn.Render(s), w))
		}
	}
	// The lines above and below the digits with a gap each, and the
	// reminder, come first.
	room := h - len(keys) - 4 - len(reminder)
	switch {
	case st.Break:
		above = cat.T(catalog.DisplayBreak)
		el := m.elapsed()
		digits := common.Clock(el)
		if st.Planned > 0 && el <= st.Planned {
			digits = common.Clock(st.Planned - el.Truncate(time.Second))
		}
		big, fitted = components.BigText(c, digits, c.Styles.Speaker, w, room)
		below = st.Phase
	case st.Round:
		t := m.clock()
		above = m.who() + " · " + st.Doing
		big, fitted = t.Big(c, w, room)
		below = st.Phase
		if t.Over() || t.Near {
			below = t.OverText(c) + " · " + below
		}
	default:
		above = st.Phase
		below = cat.T(catalog.DisplayBetween)
	}
	l.Add(common.Center(c.Styles.Title.Render(above), w), "")
	if fitted {
		l.AddFitted(big...)
	} else {
		l.Add(big...)
	}
	l.Add("", common.Center(c.Styles.Muted.Render(below), w))
	l.Add(reminder...)
	return l.String()
}

// Speech is what the display says, line by line, from the same fields
// as View: for a screen reader, and for the line mode.
func (m *Model) Speech() []string {
	if msg := m.message(); msg != "" {
		return []string{msg}
	}
	st, cat := m.st, m.c.Cat
	var out []string
	switch {
	case st.Break:
		out = append(out, cat.T(catalog.DisplayBreak)+".")
	case st.Round:
		out = append(out, m.who()+" · "+st.Doing+" · "+st.Phase)
		if t := m.clock(); t.Near {
			out = append(out, cat.T(catalog.AccessibleMinuteLeft))
		} else if t.Over() {
			out = append(out, cat.T(catalog.AccessibleTimeUp))
		}
	default:
		out = append(out, st.Phase+" · "+cat.T(catalog.DisplayBetween))
	}
	if st.Reminder != "" {
		out = append(out, st.Reminder)
	}
	return out
}

// Lines is the display in plain words, one string, for tests.
func (m *Model) Lines() string { return strings.Join(m.Speech(), "\n") }

// RunLines runs the display line by line, for a screen reader: each
// change is said from its first new line, and a line typed "q" quits.
// Only what changes is said, never a running clock: the calm warning and
// "time" are said once each, as they come.
func RunLines(m *Model, in <-chan string, out func(string)) {
	msgs := make(chan tea.Msg, 8)
	run := func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		go func() {
			if msg := cmd(); msg != nil {
				msgs <- msg
			}
		}()
	}
	var said []string
	speak := func() {
		now := m.Speech()
		from := 0
		for from < len(now) && from < len(said) && now[from] == said[from] {
			from++
		}
		for _, s := range now[from:] {
			out(s)
		}
		said = now
	}
	run(m.Init())
	speak()
	for {
		select {
		case line, ok := <-in:
			if !ok || strings.EqualFold(strings.TrimSpace(line), "q") {
				m.close()
				return
			}
		case msg := <-msgs:
			if b, ok := msg.(tea.BatchMsg); ok {
				for _, c := range b {
					run(c)
				}
				continue
			}
			_, cmd := m.Update(msg)
			run(cmd)
			speak()
		}
	}
}
