package common

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"circle/session"
	"circle/store"
)

// Page is one screen of the program. It owns its state and keys, draws
// itself with View, and says itself with Speech: the plain lines the
// accessible mode speaks, built from the same fields as View, so the two
// can never tell different stories.
type Page interface {
	// Init is run when the root makes the page current.
	Init() tea.Cmd
	// Update takes keys, ticks, the page's own messages and, in the line
	// mode, the lines typed (LineMsg).
	Update(tea.Msg) (Page, tea.Cmd)
	View() string
	// Speech is what the page says of this moment, one sentence a line,
	// with no escape code, border or bar in it. The line mode says the
	// lines from the first one that changed since it last spoke, so a
	// page puts what changes often last and never puts a running clock
	// in it.
	Speech() []string
	// Typing says what can be typed here, for ? in the line mode.
	Typing() string
	// Bindings are the keys of the moment, for the help footer.
	Bindings() []key.Binding
}

// Meeting is a page that holds a meeting that is not yet a history
// record: what is on disk of it is offered for resuming at the next start.
type Meeting interface {
	InMeeting() bool
}

// Glancer is a page with something to show on a screen too small for it:
// who speaks and the time left.
type Glancer interface {
	Glance() string
}

// LineMsg is a line typed in the line mode, without its newline.
type LineMsg string

// Go returns the command that sends a navigation message to the root.
func Go(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// The navigation messages: a page asks the root to move on with one of
// these, and only the root builds pages.

// GoHome goes to the home screen, with a notice to show there and the
// group to point at (0 keeps the first).
type GoHome struct {
	Notice string
	Group  uint64
}

// EditStep is where the group editor opens.
type EditStep int

const (
	EditName     EditStep = iota // a new group, or a group's new name
	EditRules                    // the group's rules
	EditSettings                 // the group's meeting defaults
	EditDelete                   // delete the group and its meetings?
)

// GoEditor opens the group editor on a group, or on a new one when Group
// is nil.
type GoEditor struct {
	Group *store.Group
	Step  EditStep
}

// GoHistory opens the history page of a group.
type GoHistory struct{ Group store.Group }

// GoSetup opens the setup form for a meeting of a group (nil for none).
type GoSetup struct{ Group *store.Group }

// MeetingStart is a valid setup form: the engine's configuration, the
// names, which stay in memory, and the group, if the meeting is of one.
type MeetingStart struct {
	Cfg   session.Config
	Names []string
	Group *store.Group
}

// GoMeeting begins a new meeting.
type GoMeeting struct{ Start MeetingStart }

// GoResumed goes on with a meeting rebuilt from its stored events, or
// closes it as interrupted at Last when Interrupted is set.
type GoResumed struct {
	Meeting     *session.Meeting
	Kept        int // events on disk
	Last        time.Time
	Names       []string
	Interrupted bool
}

// GoSummary shows a finished meeting and saves its record. Quit stops the
// program once it is saved.
type GoSummary struct {
	Log     session.Log
	Journal *Journal
	Quit    bool
}

// ClockMsg is the line mode's tick, once a second: a page with a clock
// on it brings itself up to date. (The full screen's pages schedule ticks
// of their own, only when something on screen changes.)
type ClockMsg struct{}

// GoSolo opens solo practice: one person alone, with the group's own
// solo prompts when it is started from a group (nil for none). Nothing of
// it is ever a group's.
type GoSolo struct{ Group *store.Group }
