package ui

import (
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"

	"circle/session"
	"circle/ui/catalog"
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

// bigText draws s (digits, ':' and '+') in block digits at scale k; each
// line is wrapped in the style's escape codes once, not per cell.
func bigText(s string, k int, style lipgloss.Style) []string {
	on, off := styleCodes(style)
	lines := make([]string, 0, glyphRows*k)
	var b strings.Builder
	for r := range glyphRows {
		b.Reset()
		b.WriteString(on)
		for i := 0; i < len(s); i++ {
			if i > 0 {
				b.WriteString(strings.Repeat(" ", k))
			}
			for _, cell := range font[s[i]][r] {
				if cell == '#' {
					b.WriteString(strings.Repeat("█", k))
				} else {
					b.WriteString(strings.Repeat(" ", k))
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
func (m *Model) presenterView() string {
	s, c := m.meeting, m.c
	st, cat := s.st, c.cat
	w, h := c.size()
	p := &page{w: w, h: h, center: true}

	var above, below, digits string
	style := c.st.speaker
	switch {
	case st.OnBreak:
		above = cat.T(catalog.BreakTitle)
		digits = clock(st.Break)
		if st.BreakPlanned > 0 && st.Break <= st.BreakPlanned {
			digits = clock(st.BreakPlanned - st.Break.Truncate(time.Second))
		}
		below = cat.T(phaseTitles[st.Phase])
	case st.Round:
		t := st.Turn
		above = s.seat(t.Seat) + " · " + s.kindText(t.Slot)
		if t.Over() {
			digits = "+" + clock(t.Elapsed-t.Planned)
			style = c.st.over
			below = cat.F(catalog.TurnOver, clock(t.Elapsed-t.Planned)) + " · " + cat.T(phaseTitles[st.Phase])
		} else {
			digits = clock(t.Planned - t.Elapsed.Truncate(time.Second))
			below = cat.T(phaseTitles[st.Phase])
		}
	case st.Phase == session.PhaseSharing && st.Format == session.FormatOpen:
		above = cat.T(catalog.OpenNobody)
		if st.Floor > 0 {
			above = cat.F(catalog.OpenHas, s.seat(st.Floor), clock(st.Tally[st.Floor-1]))
		}
		digits = clock(max(0, st.FloorLeft).Truncate(time.Second))
		below = cat.T(catalog.OpenTitle)
	default:
		above = cat.T(phaseTitles[st.Phase])
		left := max(0, st.Left)
		digits = clock(left.Truncate(time.Minute))
		below = cat.F(catalog.MeetingClock, int(st.Elapsed/time.Minute), int(st.Left/time.Minute))
	}

	help := m.helpLine(withHelp(c.keys.Presenter, cat.T(catalog.HelpNormalView)), withHelp(c.keys.Quit, cat.T(catalog.HelpStop)))
	room := h - 1 - 4 // the help line; the lines above and below, with a gap each
	k := min((w-2)/bigWidth(digits, 1), room/glyphRows)
	p.add(center(c.st.title.Render(above), w), "")
	if k >= 1 {
		pad := strings.Repeat(" ", (w-bigWidth(digits, k))/2)
		lines := bigText(digits, k, style)
		for i := range lines {
			lines[i] = pad + lines[i]
		}
		p.addFitted(lines...)
	} else {
		// Too small for block digits: the time, large in spirit only.
		p.add(center(style.Render(digits), w))
	}
	p.add("", center(c.st.muted.Render(below), w))
	p.foot = []string{help}
	return p.String()
}
