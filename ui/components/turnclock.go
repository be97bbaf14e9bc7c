package components

import (
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"circle/ui/catalog"
	"circle/ui/common"
)

// TurnClock is the time of a speaking turn as the screen shows it: the
// bar, the digits, "time" and the overtime once it is over (never a cut
// off), the header's short form and the presenter's block digits. A
// meeting's turn and a solo practice draw it alike. Its inputs are plain
// values, so a new state of the turn is one more field.
type TurnClock struct {
	Elapsed time.Duration // speaking time so far
	Planned time.Duration // the turn's time
	// Near is the calm warning: the turn is close to its time (a minute
	// before it, unless the group turned it off). The bar and the words
	// take a second calm colour and say "1 minute left"; never red,
	// never flashing.
	Near bool
}

// near is the calm warning's words with the time left, in its colour.
func (t TurnClock) near(c *common.Context) string {
	return c.Styles.Near.Render(c.Cat.F(catalog.RoomTurnNear, t.Left()))
}

// Over reports whether the turn has run past its time.
func (t TurnClock) Over() bool { return t.Elapsed > t.Planned }

// Left is the time left as the screen shows it: planned minus whole
// seconds spoken, so it changes on the same tick as the seconds and agrees
// with every other time said of the turn.
func (t TurnClock) Left() string {
	return common.Clock(t.Planned - t.Elapsed.Truncate(time.Second))
}

// over is the overtime, as the screen shows it.
func (t TurnClock) over() string { return common.Clock(t.Elapsed - t.Planned) }

// Bar is the bar of the time spoken, centred in w cells; full once over,
// in the calm colour of overtime.
func (t TurnClock) Bar(c *common.Context, w int) string {
	frac := 1.0
	if t.Planned > 0 && !t.Over() {
		frac = float64(t.Elapsed) / float64(t.Planned)
	}
	bar := c.Bar
	bar.Width = min(60, w-8)
	if t.Over() && c.Styles.BarOver != "" {
		bar.FullColor = string(c.Styles.BarOver)
	}
	if t.Near && !t.Over() && c.Styles.BarNear != "" {
		bar.FullColor = string(c.Styles.BarNear)
	}
	return common.Center(bar.ViewAs(frac), w)
}

// Digits is the time line, centred in w cells: the time left of the
// planned, or "time" and the overtime, with the planned when it fits.
func (t TurnClock) Digits(c *common.Context, w int) string {
	var line string
	switch {
	case t.Near && !t.Over():
		line = t.near(c) + c.Styles.Muted.Render(" · "+c.Cat.F(catalog.TurnPlanned, common.Clock(t.Planned)))
		if ansi.StringWidth(line) > w {
			line = t.near(c)
		}
	case t.Over():
		line = c.Styles.Over.Render(c.Cat.F(catalog.TurnOver, t.over())) +
			c.Styles.Muted.Render(" · "+c.Cat.F(catalog.TurnPlanned, common.Clock(t.Planned)))
		if ansi.StringWidth(line) > w {
			line = c.Styles.Over.Render(c.Cat.F(catalog.TurnOver, t.over()))
		}
	default:
		line = c.Styles.Digits.Render(c.Cat.F(catalog.TurnLeft, t.Left(), common.Clock(t.Planned)))
	}
	return common.Center(line, w)
}

// Head is the turn's time for a header, when the body has no room for it:
// left, or over.
func (t TurnClock) Head(c *common.Context) string {
	if t.Near && !t.Over() {
		return t.near(c)
	}
	if t.Over() {
		return c.Styles.Over.Render(c.Cat.F(catalog.MeetingHeadOver, t.over()))
	}
	return c.Styles.Digits.Render(c.Cat.F(catalog.MeetingHeadLeft, t.Left()))
}

// OverText says "time" and the overtime, unstyled, for the line under the
// presenter's digits; in the calm warning, "1 minute left".
func (t TurnClock) OverText(c *common.Context) string {
	if t.Near && !t.Over() {
		return c.Cat.F(catalog.RoomTurnNear, t.Left())
	}
	return c.Cat.F(catalog.TurnOver, t.over())
}

// Big is the turn's time in block digits, the largest that fit w cells
// and room lines: the time left, or "+" and the overtime in the colour of
// overtime. fitted is set when the lines are block digits, each known to
// be no wider than w (see common.Layout.AddFitted).
func (t TurnClock) Big(c *common.Context, w, room int) (lines []string, fitted bool) {
	if t.Over() {
		return BigText(c, "+"+t.over(), c.Styles.Over, w, room)
	}
	if t.Near {
		return BigText(c, t.Left(), c.Styles.Near, w, room)
	}
	return BigText(c, t.Left(), c.Styles.Speaker, w, room)
}

// BigText draws s (digits, ':' and '+') in the largest block digits that
// fit w cells and room lines, centred, for a screen turned toward a
// circle two metres away; too small for block digits it is one centred
// line in style, and fitted is false.
func BigText(c *common.Context, s string, style lipgloss.Style, w, room int) (lines []string, fitted bool) {
	// bigWidth is never 0: a glyph is at least a cell, and "" is -1.
	k := min((w-2)/bigWidth(s, 1), room/glyphRows)
	if k < 1 {
		return []string{common.Center(style.Render(s), w)}, false
	}
	return bigText(s, k, strings.Repeat(" ", (w-bigWidth(s, k))/2), style), true
}

// glyphRows is the height of a block digit at scale 1.
const glyphRows = 5

// glyph is one character of the block font: rows of cells, '#' filled.
type glyph []string

var font = map[byte]glyph{
	'0': {"###", "# #", "# #", "# #", "###"},
	'1': {" # ", "## ", " # ", " # ", "###"},
	'2': {"###", "  #", "###", "#  ", "###"},
	'3': {"###", "  #", " ##", "  #", "###"},
	'4': {"# #", "# #", "###", "  #", "  #"},
	'5': {"###", "#  ", "###", "  #", "###"},
	'6': {"###", "#  ", "###", "# #", "###"},
	'7': {"###", "  #", "  #", "  #", "  #"},
	'8': {"###", "# #", "###", "# #", "###"},
	'9': {"###", "# #", "###", "  #", "###"},
	':': {" ", "#", " ", "#", " "},
	'+': {"   ", " # ", "###", " # ", "   "},
}

// bigWidth is the width in cells of s in block digits at scale k: each
// glyph k cells a column, with k cells between glyphs.
func bigWidth(s string, k int) int {
	w := 0
	for i := 0; i < len(s); i++ {
		w += len(font[s[i]][0]) * k
	}
	return w + (len(s)-1)*k
}

// bigText draws s (digits, ':' and '+') in block digits at scale k, each
// line after pad; each line is wrapped in the style's escape codes once,
// not per cell.
func bigText(s string, k int, pad string, style lipgloss.Style) []string {
	on, off := styleCodes(style)
	var lines []string
	full, gap := strings.Repeat("█", k), strings.Repeat(" ", k)
	var b strings.Builder
	for r := range glyphRows {
		b.Reset()
		b.WriteString(pad)
		b.WriteString(on)
		for i := 0; i < len(s); i++ {
			if i > 0 {
				b.WriteString(gap)
			}
			for _, cell := range font[s[i]][r] {
				if cell == '#' {
					b.WriteString(full)
				} else {
					b.WriteString(gap)
				}
			}
		}
		b.WriteString(off)
		line := b.String()
		for range k {
			lines = append(lines, line)
		}
	}
	return lines
}

// styleCodes returns the escape codes a style puts before and after text.
func styleCodes(style lipgloss.Style) (on, off string) {
	const mark = "\x00"
	on, off, _ = strings.Cut(style.Render(mark), mark)
	return on, off
}

// BlockRows are the rows of s in block digits at scale k, unstyled and
// unpadded: what a test looks for on a screen that shows them.
func BlockRows(s string, k int) []string {
	return bigText(s, k, "", lipgloss.NewStyle())
}
