package components

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"

	"circle/ui/common"
)

// Footer is the help at the foot of a screen: the keys of the moment on
// one line, or every key when ? was pressed. The line always ends with ?,
// however narrow the screen: keys that do not fit give way, ? never does.
func Footer(c *common.Context, short, all []key.Binding) []string {
	w, _ := c.Size()
	more := c.Keys.Help
	if c.FullHelp {
		lines := []string{c.Styles.Rule.Render(strings.Repeat("─", w))}
		for _, b := range append(all, more) {
			if !b.Enabled() {
				continue
			}
			lines = append(lines, " "+c.Styles.Key.Render(common.PadRight(b.Help().Key, 10))+c.Styles.Muted.Render(b.Help().Desc))
		}
		return lines
	}
	h := c.Help
	tail := h.ShortHelpView([]key.Binding{more})
	sep := h.Styles.ShortSeparator.Render(h.ShortSeparator)
	h.Width = w - 1 - ansi.StringWidth(tail) - ansi.StringWidth(sep)
	line := h.ShortHelpView(short)
	// bubbles/help keeps an item that does not fit when its ellipsis
	// would not fit either; keys then give way here, from the last.
	for len(short) > 0 && ansi.StringWidth(line) > h.Width {
		short = short[:len(short)-1]
		line = h.ShortHelpView(short)
	}
	if line != "" {
		line += sep
	}
	return []string{" " + line + tail}
}

// Spoken lists keys as the line mode says them: "key: what it does".
func Spoken(bindings []key.Binding) string {
	var parts []string
	for _, b := range bindings {
		if b.Enabled() && b.Help().Key != "" {
			parts = append(parts, b.Help().Key+": "+b.Help().Desc)
		}
	}
	return strings.Join(parts, "; ") + "."
}
