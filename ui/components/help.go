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
	// bubbles/help's short view keeps adding keys once its ellipsis no
	// longer fits, so the line is laid out here, with its styles.
	st := c.Help.Styles
	item := func(b key.Binding) string {
		return st.ShortKey.Render(b.Help().Key) + " " + st.ShortDesc.Render(b.Help().Desc)
	}
	sep := st.ShortSeparator.Render(c.Help.ShortSeparator)
	ellipsis := " " + st.Ellipsis.Render(c.Help.Ellipsis)
	tail := item(more)
	room := w - 1 - ansi.StringWidth(tail) - ansi.StringWidth(sep)
	var b strings.Builder
	used := 0
	for _, k := range short {
		if !k.Enabled() {
			continue
		}
		s := item(k)
		if used > 0 {
			s = sep + s
		}
		n := ansi.StringWidth(s)
		if used+n > room {
			// Keys gave way: say so, where there is room for it.
			if used > 0 && used+ansi.StringWidth(ellipsis) <= room {
				b.WriteString(ellipsis)
			}
			break
		}
		b.WriteString(s)
		used += n
	}
	if used > 0 {
		b.WriteString(sep)
	}
	return []string{" " + b.String() + tail}
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
