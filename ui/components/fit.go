package components

// Part is a piece of a screen's body: its lines, and how much it matters
// when the screen is too small for every part (a higher Keep stays longer).
// A part of Keep 0 or less is a spacer: it is kept only where there is
// room left once the parts that say something are placed.
type Part struct {
	Keep  int
	Lines []string
}

// Fit returns the lines of the parts, in their order, that fit in room
// lines: while they do not all fit, the part that matters least goes (of
// two that matter alike, the later); then the spacers come back, in order,
// between the parts that stayed, as long as there is room. The part that matters most always stays, even
// when it alone is longer than room: the layout cuts it at the bottom.
func Fit(room int, parts ...Part) []string {
	kept := make([]bool, len(parts))
	n, best := 0, -1
	for i, p := range parts {
		if p.Keep > 0 && len(p.Lines) > 0 {
			kept[i] = true
			n += len(p.Lines)
			if best < 0 || p.Keep > parts[best].Keep {
				best = i
			}
		}
	}
	for n > room {
		drop := -1
		for i, p := range parts {
			if kept[i] && i != best && (drop < 0 || p.Keep <= parts[drop].Keep) {
				drop = i
			}
		}
		if drop < 0 {
			break
		}
		kept[drop] = false
		n -= len(parts[drop].Lines)
	}
	// A spacer comes back only between two parts that stayed.
	between := func(i int) bool {
		before, after := false, false
		for j, p := range parts {
			if kept[j] && p.Keep > 0 {
				before = before || j < i
				after = after || j > i
			}
		}
		return before && after
	}
	for i, p := range parts {
		if p.Keep <= 0 && n+len(p.Lines) <= room && between(i) {
			kept[i] = true
			n += len(p.Lines)
		}
	}
	out := make([]string, 0, n)
	for i, p := range parts {
		if kept[i] {
			out = append(out, p.Lines...)
		}
	}
	return out
}
