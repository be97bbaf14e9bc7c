package meeting

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"circle/session"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// The presenter view shows the time in block digits that fill the screen,
// for a screen turned toward a circle two metres away.

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
	lines := make([]string, 0, glyphRows*k)
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
	r := style.Render(mark)
	i := strings.Index(r, mark)
	if i < 0 {
		return "", ""
	}
	return r[:i], r[i+len(mark):]
}

// presenterView fills the screen with the time: the turn's time left, the
// break's, or else the meeting's, with who speaks above and the phase below.
func (p *Page) presenterView() string {
	c, st, cat := p.c, p.st, p.c.Cat
	w, h := c.Size()
	l := &common.Layout{W: w, H: h, Center: true}

	var above, below, digits string
	style := c.Styles.Speaker
	switch {
	case st.OnBreak:
		above = cat.T(catalog.BreakTitle)
		digits = common.Clock(st.Break)
		if st.BreakPlanned > 0 && st.Break <= st.BreakPlanned {
			digits = common.Clock(st.BreakPlanned - st.Break.Truncate(time.Second))
		}
		below = common.PhaseTitle(cat, st.Phase)
	case st.Round:
		t := st.Turn
		above = p.seat(t.Seat) + " · " + p.kindText(t.Slot)
		if t.Over() {
			digits = "+" + common.Clock(t.Elapsed-t.Planned)
			style = c.Styles.Over
			below = cat.F(catalog.TurnOver, common.Clock(t.Elapsed-t.Planned)) + " · " + common.PhaseTitle(cat, st.Phase)
		} else {
			digits = p.leftText(t)
			below = common.PhaseTitle(cat, st.Phase)
		}
	case st.Phase == session.PhaseSharing && st.Format == session.FormatOpen:
		above = cat.T(catalog.OpenNobody)
		if st.Floor > 0 {
			above = cat.F(catalog.OpenHas, p.seat(st.Floor), common.Clock(st.Tally[st.Floor-1]))
		}
		digits = common.Clock(max(0, st.FloorLeft))
		below = cat.T(catalog.OpenTitle)
	default:
		above = common.PhaseTitle(cat, st.Phase)
		digits = common.Clock(max(0, st.Left).Truncate(time.Minute))
		below = cat.F(catalog.MeetingClock, int(st.Elapsed/time.Minute), int(st.Left/time.Minute))
	}

	// The key line names enter, which goes on working here: the
	// facilitator ends a turn without leaving the big digits.
	next := common.WithHelp(c.Keys.Next, cat.T(catalog.HelpNext))
	if st.Round {
		next = common.WithHelp(c.Keys.Next, cat.T(catalog.HelpEndTurn))
	}
	var help []string
	if p.confirm != confirmNone {
		help = p.dialog(w, h-4, h-2)
	} else {
		keys := []key.Binding{next,
			common.WithHelp(c.Keys.Presenter, cat.T(catalog.HelpNormalView)),
			common.WithHelp(c.Keys.Quit, cat.T(catalog.HelpStop))}
		help = components.Footer(c, keys, keys)
	}
	// Who speaks and what they do wraps, never cut: a reaction's words
	// are longer than 40 columns.
	var tops []string
	for _, s := range common.Wrap(above, w, "") {
		tops = append(tops, common.Center(c.Styles.Title.Render(s), w))
	}
	room := h - len(help) - 3 - len(tops) // the lines above and below, with a gap each
	k := 0
	if bw := bigWidth(digits, 1); bw > 0 {
		k = min((w-2)/bw, room/glyphRows)
	}
	l.Add(tops...)
	l.Add("")
	if k >= 1 {
		l.AddFitted(bigText(digits, k, strings.Repeat(" ", (w-bigWidth(digits, k))/2), style)...)
	} else {
		// Too small for block digits: the time, large in spirit only.
		l.Add(common.Center(style.Render(digits), w))
	}
	l.Add("", common.Center(c.Styles.Muted.Render(below), w))
	l.Foot = help
	return l.String()
}
