package components

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"

	"circle/ui/catalog"
	"circle/ui/common"
)

// Footer is the help at the foot of a screen: the keys of the moment on
// one line, or every key when ? was pressed. The line always ends with ?,
// however narrow the screen: keys that do not fit give way, ? never does.
// The full help takes at most the screen under the header but a line.
func Footer(c *common.Context, short, all []key.Binding) []string {
	_, h := c.Size()
	return FooterIn(c, short, all, h-3)
}

// FooterIn is Footer in at most room lines, for a screen that keeps lines
// of its own (the meeting keeps who speaks). The full help is a key a line
// when that takes no more than half the screen under the header; else the
// keys run on from line to line, so that every key is read at 40x12. If
// even that is longer than room, the last lines give way, and ? stays.
func FooterIn(c *common.Context, short, all []key.Binding, room int) []string {
	if c.FullHelp {
		return fullHelp(c, all, room)
	}
	return []string{keyLine(c, short, c.Keys.Help)}
}

// TypingFooter is the help while a text field has the keys: ? is typed
// into the field there, so it offers no ? and no full help; its few keys
// run on to a second line rather than give way.
func TypingFooter(c *common.Context, keys []key.Binding) []string {
	return runOn(c, keys)
}

// fullHelp is every key of the moment, and ? last, which hides them again.
func fullHelp(c *common.Context, all []key.Binding, room int) []string {
	w, h := c.Size()
	less := common.WithHelp(c.Keys.Help, c.Cat.T(catalog.HelpLess))
	var keys []key.Binding
	for _, b := range append(append([]key.Binding(nil), all...), less) {
		if b.Enabled() {
			keys = append(keys, b)
		}
	}
	lines := []string{c.Styles.Rule.Render(strings.Repeat("─", w))}
	if len(keys)+1 <= min(room, (h-2)/2) {
		for _, b := range keys {
			lines = append(lines, " "+c.Styles.Key.Render(common.PadRight(b.Help().Key, 10))+c.Styles.Muted.Render(b.Help().Desc))
		}
		return lines
	}
	lines = append(lines, runOn(c, keys)...)
	if room >= 1 && len(lines) > room {
		// No room for all: ? stays, on the last line.
		lines = append(lines[:room-1:room-1], lines[len(lines)-1])
	}
	return lines
}

// runOn lays keys out as on the key line, each whole, running on from
// line to line.
func runOn(c *common.Context, keys []key.Binding) []string {
	w, _ := c.Size()
	st := c.Help.Styles
	sep := st.ShortSeparator.Render(c.Help.ShortSeparator)
	sepW := ansi.StringWidth(sep)
	var lines []string
	line, used := "", 0
	for _, b := range keys {
		if !b.Enabled() {
			continue
		}
		s := item(c, b)
		n := ansi.StringWidth(s)
		if used > 0 && used+sepW+n > w-1 {
			lines = append(lines, " "+line)
			line, used = "", 0
		}
		if used > 0 {
			line += sep
			used += sepW
		}
		line += s
		used += n
	}
	return append(lines, " "+line)
}

func item(c *common.Context, b key.Binding) string {
	st := c.Help.Styles
	return st.ShortKey.Render(b.Help().Key) + " " + st.ShortDesc.Render(b.Help().Desc)
}

// keyLine lays out the short help: the keys that fit, then more (?).
// bubbles/help's short view keeps adding
// keys once its ellipsis no longer fits, so the line is laid out here,
// with its styles.
func keyLine(c *common.Context, short []key.Binding, more key.Binding) string {
	w, _ := c.Size()
	st := c.Help.Styles
	sep := st.ShortSeparator.Render(c.Help.ShortSeparator)
	ellipsis := " " + st.Ellipsis.Render(c.Help.Ellipsis)
	tail := item(c, more)
	room := w - 1 - ansi.StringWidth(tail) - ansi.StringWidth(sep)
	var b strings.Builder
	used := 0
	for _, k := range short {
		if !k.Enabled() {
			continue
		}
		s := item(c, k)
		if used > 0 {
			s = sep + s
		}
		n := ansi.StringWidth(s)
		if used+n > room && arrow(c, k) {
			// An arrow says what it does by itself: there is more.
			s = strings.TrimSuffix(s, item(c, k)) + st.ShortKey.Render(k.Help().Key)
			n = ansi.StringWidth(s)
		}
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
	return " " + b.String() + tail
}

// arrow reports whether b is the one arrow of a text that scrolls, which
// keeps its place on a narrow key line without its words.
func arrow(c *common.Context, b key.Binding) bool {
	k := b.Help().Key
	return (k == "↑" || k == "↓") && b.Help().Desc == c.Cat.T(catalog.HelpScroll)
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
