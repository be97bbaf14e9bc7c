package components

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"circle/ui/common"
)

// Scroll is a text longer than its room, read a part at a time: Top is
// the first of its lines on screen. ↑ and ↓ move it a line, pgup and pgdn
// a page. The page that has one gives View, Move and Keys the same count
// of lines and the same room, so what the keys do is what is seen.
type Scroll struct{ Top int }

// top is Top kept in range: the last screenful at most.
func (s Scroll) top(n, room int) int { return max(0, min(s.Top, n-room)) }

// View is the part of lines that fits in room.
func (s Scroll) View(lines []string, room int) []string {
	if room <= 0 {
		return nil
	}
	from := s.top(len(lines), room)
	return lines[from:min(len(lines), from+room)]
}

// Move takes a key for a text of n lines in room, and reports whether it
// was a key that scrolls: when the text fits, none is.
func (s *Scroll) Move(msg tea.KeyMsg, k common.KeyMap, n, room int) bool {
	if room <= 0 || n <= room {
		return false
	}
	top := s.top(n, room)
	page := max(1, room-1) // a line of the last page stays, to read on from
	switch {
	case key.Matches(msg, k.ScrollUp):
		top--
	case key.Matches(msg, k.ScrollDown):
		top++
	case key.Matches(msg, k.PageUp):
		top -= page
	case key.Matches(msg, k.PageDown):
		top += page
	default:
		return false
	}
	s.Top = max(0, min(top, n-room))
	return true
}

// Keys are the help's keys for a text of n lines in room: none when it
// fits. The first is for the key line: the arrow that leads to more (↓,
// or ↑ at the end), one arrow only, so it keeps its place on a narrow
// line; then, for the full help, both arrows and the page keys.
func (s Scroll) Keys(k common.KeyMap, n, room int) []key.Binding {
	if room <= 0 || n <= room {
		return nil
	}
	arrow := k.ScrollDown
	if s.top(n, room) == n-room {
		arrow = k.ScrollUp
	}
	both := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", k.ScrollDown.Help().Desc))
	return []key.Binding{arrow, both, k.PageDown}
}
