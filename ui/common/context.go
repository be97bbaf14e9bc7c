// Package common is what every page of circle's terminal program shares:
// the context (size, words, styles, keys, clock, bell, the data file), the
// layout of a screen, the navigation messages by which a page asks the
// root to move on, and the journal that keeps a running meeting on disk.
// It must never hold state of one page that another reads: pages talk to
// one another only through the root, with the messages in nav.go.
package common

import (
	"io"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/progress"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

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

	// The history of a group: its meetings, oldest first, and the delete
	// of those before a day.
	GroupLogs(group uint64) ([]session.Log, error)
	CountBefore(day string, sc store.Scope) (int, error)
	PurgeBefore(day string, sc store.Scope) (int, error)
}

// Context is the one value every page is given: the screen's size, the
// words, styles and keys, the clock and the bell, and the data file. The
// root owns it and keeps its size up to date; pages read it.
type Context struct {
	Width, Height int
	Cat           *catalog.Catalog
	Styles        *Styles
	Keys          KeyMap
	// Help draws the short and full key help; Bar the turn's time (drawn
	// with ViewAs: no animation). Both take their colours from Styles.
	Help help.Model
	Bar  progress.Model
	// Now reads the meeting's clock; Slept returns the sleep of the laptop
	// seen since it was last asked (see ui's meetingClock).
	Now   func() time.Time
	Slept func() time.Duration
	// After is the command that sends msg after d: the clock ticks of a
	// page come from it (tea.Tick in the program; a test records them).
	After func(d time.Duration, msg tea.Msg) tea.Cmd
	// Store is the data file; nil when there is none to write.
	Store Store
	// DataPath is shown on the home screen.
	DataPath string
	// Show tells the circle's own screen (circle display) what the
	// meeting shows; nil when no display channel is open. It must not
	// block.
	Show func(Shown)
	// Ring rings the terminal's bell; BellAll rings it for every group.
	Ring    func()
	BellAll bool
	// FullHelp shows every key of the moment (toggled with ?).
	FullHelp bool
	// Profile is the colour profile every style was made for.
	Profile termenv.Profile
	// LineMode is the accessible mode: its loop sends the clock ticks
	// itself, so pages schedule none.
	LineMode bool
}

// NewContext builds the context for a language, a theme and a colour
// profile: the terminal's in the program (lipgloss.ColorProfile()), the
// one a test chooses in tests. Every style is made for that profile, so a
// test that asks for ANSI colours sees the escapes a user would get.
func NewContext(lang catalog.Lang, highContrast bool, profile termenv.Profile) *Context {
	cat := catalog.New(lang)
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(profile)
	st := NewStyles(r, highContrast)
	c := &Context{Cat: cat, Styles: st, Keys: NewKeyMap(cat), Now: time.Now, Profile: profile}
	c.Slept = func() time.Duration { return 0 }
	c.After = func(d time.Duration, msg tea.Msg) tea.Cmd {
		return tea.Tick(d, func(time.Time) tea.Msg { return msg })
	}
	c.Help = help.New()
	c.Help.ShortSeparator = " · "
	c.Help.Styles = help.Styles{
		Ellipsis:       st.Muted,
		ShortKey:       st.Key,
		ShortDesc:      st.Muted,
		ShortSeparator: st.Muted,
		FullKey:        st.Key,
		FullDesc:       st.Muted,
		FullSeparator:  st.Muted,
	}
	c.Bar = progress.New(progress.WithSolidFill(string(st.BarFull)), progress.WithoutPercentage(),
		progress.WithColorProfile(profile))
	c.Bar.EmptyColor = string(st.BarEmpty)
	return c
}

// Size is the screen size, with a usual terminal assumed before the first
// size message.
func (c *Context) Size() (int, int) {
	if c.Width <= 0 || c.Height <= 0 {
		return 80, 24
	}
	return c.Width, c.Height
}

// TooSmall reports whether the screen is below the smallest size circle
// lays out; then no key acts but quitting.
func (c *Context) TooSmall() bool {
	w, h := c.Size()
	return w < MinWidth || h < MinHeight
}

// The smallest terminal circle lays out a screen in.
const (
	MinWidth  = 40
	MinHeight = 12
)
