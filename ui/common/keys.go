package common

import (
	"github.com/charmbracelet/bubbles/key"

	"circle/ui/catalog"
)

// KeyMap is every key circle answers to. The help texts come from the
// catalog; where a key's meaning depends on the moment (enter starts a round
// or ends a turn), the screen relabels a copy with WithHelp.
type KeyMap struct {
	Start     key.Binding
	Quit      key.Binding
	Next      key.Binding
	Pass      key.Binding
	Break     key.Binding
	Tick      key.Binding
	Up        key.Binding
	Down      key.Binding
	Rules     key.Binding
	Help      key.Binding
	Yes       key.Binding
	No        key.Binding
	Choices   [4]key.Binding
	NextField key.Binding
	PrevField key.Binding
	Toggle    key.Binding
	Back      key.Binding
	Retry     key.Binding
	Presenter key.Binding
	Remind    key.Binding
	Choose    key.Binding
	Suspend   key.Binding
	// A text longer than its room scrolls with the arrows (not k and j:
	// j is yes in Bokmål) and pages with pgup and pgdn.
	ScrollUp, ScrollDown, PageUp, PageDown key.Binding
	// The room's keys (issue 13).
	Join, Leave, Earlier, Undo, Again key.Binding
}

func NewKeyMap(c *catalog.Catalog) KeyMap {
	b := func(help string, desc catalog.Key, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, c.T(desc)))
	}
	yes := []string{"y", "Y"}
	if c.Lang() == catalog.Bokmal {
		// "ja" begins with j: a Norwegian answers yes with it.
		yes = append(yes, "j", "J")
	}
	space := c.T(catalog.KeySpace)
	return KeyMap{
		Start:      b("enter", catalog.HelpStart, "enter", "n"),
		Quit:       b("ctrl+c", catalog.HelpQuit, "ctrl+c", "q"),
		Next:       b("enter", catalog.HelpNext, "enter"),
		Pass:       b("p", catalog.HelpPass, "p"),
		Break:      b("b", catalog.HelpBreak, "b"),
		Tick:       b(space, catalog.HelpTick, " ", "x"),
		Up:         b("↑", catalog.HelpUp, "up", "k"),
		Down:       b("↓", catalog.HelpDown, "down", "j"),
		Rules:      b("r", catalog.HelpRules, "r"),
		Help:       b("?", catalog.HelpMore, "?"),
		Yes:        b("y", catalog.HelpYes, yes...),
		No:         b("n", catalog.HelpNo, "n", "N", "esc"),
		NextField:  b("tab", catalog.HelpNextField, "tab", "down"),
		PrevField:  b("shift+tab", catalog.HelpPrevField, "shift+tab", "up"),
		Toggle:     b("←/→", catalog.HelpToggle, "left", "right"),
		Back:       b("esc", catalog.HelpBack, "esc"),
		Retry:      b("s", catalog.HelpRetry, "s"),
		Presenter:  b("v", catalog.HelpPresenter, "v"),
		Remind:     b("m", catalog.HelpRemind, "m"),
		Choose:     b("c", catalog.HelpChoose, "c"),
		Join:       b("a", catalog.HelpJoin, "a"),
		Leave:      b("l", catalog.HelpLeave, "l"),
		Earlier:    b("e", catalog.HelpEarlier, "e"),
		Undo:       b("u", catalog.HelpUndo, "u"),
		Again:      b("o", catalog.HelpAgain, "o"),
		ScrollUp:   b("↑", catalog.HelpScroll, "up"),
		ScrollDown: b("↓", catalog.HelpScroll, "down"),
		PageUp:     b("pgup/pgdn", catalog.HelpPage, "pgup"),
		PageDown:   b("pgup/pgdn", catalog.HelpPage, "pgdown"),
		Suspend:    b("ctrl+z", catalog.HelpSuspend, "ctrl+z"),
		Choices: [4]key.Binding{
			b("1", catalog.ChoiceShorterReactions, "1"),
			b("2", catalog.ChoicePlainRound, "2"),
			b("3", catalog.ChoiceSkipBreak, "3"),
			b("4", catalog.ChoiceExtend, "4"),
		},
	}
}

// WithHelp returns a copy of b with another description.
func WithHelp(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}
