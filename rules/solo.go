package rules

import "slices"

// Solo returns the sequence of prompts for one person practising alone
// on theme t: circle's prompts of t for solo practice, then the group's
// own for solo practice (own; they have no theme, so they go with every
// one), at most n of them. The ones seen least recently come first: those
// never seen in their order, then the seen ones, longest ago first. seen
// is the ids shown before, oldest first, so the same person does not meet
// the same prompt first every time.
func Solo(t Theme, seen []string, own []Prompt, n int) []Prompt {
	var cands []Prompt
	for _, p := range prompts {
		if p.Theme == t && p.Uses&UseSolo != 0 {
			cands = append(cands, p)
		}
	}
	for _, p := range own {
		if p.Uses&UseSolo != 0 {
			cands = append(cands, p)
		}
	}
	// A stable sort by when last seen: -1 for never.
	last := func(id string) int {
		for i := len(seen) - 1; i >= 0; i-- {
			if seen[i] == id {
				return i
			}
		}
		return -1
	}
	slices.SortStableFunc(cands, func(a, b Prompt) int { return last(a.ID) - last(b.ID) })
	return cands[:min(n, len(cands))]
}

// Surprise chooses the theme for "surprise me": the one whose solo
// prompts were seen least recently (a theme none of whose prompts was
// seen before any other). Of themes alike, the count of practices held
// (held) says which comes first, so a new person's surprises move from
// theme to theme too.
func Surprise(seen []string, held int) Theme {
	themes := Themes()
	start := (held%len(themes) + len(themes)) % len(themes)
	lastOf := func(t Theme) int {
		n := -1
		for i, id := range seen {
			if p, ok := PromptByID(id); ok && p.Theme == t && p.Uses&UseSolo != 0 {
				n = i
			}
		}
		return n
	}
	best, bestLast := Theme(""), 0
	for i := range themes {
		t := themes[(start+i)%len(themes)]
		if l := lastOf(t); best == "" || l < bestLast {
			best, bestLast = t, l
		}
	}
	return best
}
