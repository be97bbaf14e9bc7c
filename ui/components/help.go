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
	// The keys are added one by one while they fit: bubbles/help's own
	// width limit lets every key through once even its ellipsis no
	// longer fits, which pushed ? off a narrow screen.
	h := c.Help
	h.Width = 0
	tail := h.ShortHelpView([]key.Binding{more})
	sep := h.Styles.ShortSeparator.Render(h.ShortSeparator)
	room := w - 1 - ansi.StringWidth(tail)
	var line strings.Builder
	used := 0
	for _, b := range short {
		if !b.Enabled() {
			continue
		}
		item := h.ShortHelpView([]key.Binding{b}) + sep
		iw := ansi.StringWidth(item)
		if used+iw > room {
			break
		}
		line.WriteString(item)
		used += iw
	}
	return []string{" " + line.String() + tail}
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
