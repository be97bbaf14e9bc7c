package components

import "strings"

// The charts of the history: a sparkline of a figure over meetings and a
// horizontal bar of a length. Both are plain characters, so they draw on
// any terminal and in any theme; they carry no meaning by colour.

// sparks are the eight heights of a sparkline, lowest first.
var sparks = []rune("▁▂▃▄▅▆▇█")

// Sparkline draws values as one character each, from the lowest height
// for lo to the highest for hi. Values outside [lo, hi] are drawn at the
// nearest end; when lo == hi every value is drawn at the middle height.
func Sparkline(values []int, lo, hi int) string {
	var b strings.Builder
	b.Grow(3 * len(values))
	for _, v := range values {
		i := len(sparks) / 2
		if hi > lo {
			v = min(max(v, lo), hi)
			i = (v - lo) * (len(sparks) - 1) * 2 / (hi - lo)
			i = (i + 1) / 2 // to the nearest
		}
		b.WriteRune(sparks[i])
	}
	return b.String()
}

// Marks draws each of flags as on or off, one character each.
func Marks(flags []bool, on, off string) string {
	var b strings.Builder
	for _, f := range flags {
		if f {
			b.WriteString(on)
		} else {
			b.WriteString(off)
		}
	}
	return b.String()
}

// Resample keeps values to at most n, each kept value the mean (rounded
// down) of a run of neighbours, the newest kept whole at the end, so a
// long history still fits a narrow screen.
func Resample(values []int, n int) []int {
	if n <= 0 {
		return nil
	}
	if len(values) <= n {
		return values
	}
	out := make([]int, n)
	for i := range out {
		from, to := i*len(values)/n, (i+1)*len(values)/n
		sum := 0
		for _, v := range values[from:to] {
			sum += v
		}
		out[i] = sum / (to - from)
	}
	return out
}

// ResampleMarks keeps flags to at most n: a kept mark is on only when
// every flag of its run is.
func ResampleMarks(flags []bool, n int) []bool {
	if n <= 0 {
		return nil
	}
	if len(flags) <= n {
		return flags
	}
	out := make([]bool, n)
	for i := range out {
		from, to := i*len(flags)/n, (i+1)*len(flags)/n
		out[i] = true
		for _, f := range flags[from:to] {
			out[i] = out[i] && f
		}
	}
	return out
}

// Bar draws a length of v on a scale where most fills width cells: v's
// share in full blocks, and over (a part of v, drawn last) in shaded
// blocks, so a turn's overtime shows without colour. A v above zero is at
// least one cell, and the part within the plan too when there is one.
func Bar(v, over, most, width int) string {
	if v <= 0 || most <= 0 || width <= 0 {
		return ""
	}
	cells := min(width, max(1, (v*width+most/2)/most))
	o := 0
	if over > 0 {
		o = min(cells, max(1, (over*width+most/2)/most))
		if over < v {
			// The time within the plan keeps a cell of its own.
			o = min(o, cells-1)
		}
	}
	return strings.Repeat("█", cells-o) + strings.Repeat("▒", o)
}
