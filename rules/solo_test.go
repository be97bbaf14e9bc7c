package rules_test

import (
	"slices"
	"testing"

	. "circle/rules"
)

func ids(ps []Prompt) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

// Every theme has solo prompts, all of them its own and for solo
// practice, in the study's order while none was seen.
func TestSoloPromptsOfEachTheme(t *testing.T) {
	for _, th := range Themes() {
		got := Solo(th, nil, nil, 10)
		if len(got) < 2 {
			t.Errorf("%s: %d solo prompts, want at least 2", th, len(got))
		}
		var want []string
		for _, p := range Prompts() {
			if p.Theme == th && p.Uses&UseSolo != 0 {
				want = append(want, p.ID)
			}
		}
		if !slices.Equal(ids(got), want) {
			t.Errorf("%s: %v, want %v", th, ids(got), want)
		}
	}
	if got := Solo("no-such-theme", nil, nil, 5); len(got) != 0 {
		t.Errorf("an unknown theme has prompts: %v", ids(got))
	}
}

// The least recently seen come first; the group's own solo prompts join
// every theme, and not those for meetings only; n bounds the sequence.
func TestSoloRotates(t *testing.T) {
	own := []Prompt{{ID: "own-1", Uses: UseSolo}, {ID: "own-2", Uses: UseCheckIn}, {ID: "own-3", Uses: UseSolo | UseCheckOut}}
	tests := []struct {
		name string
		seen []string
		n    int
		want []string
	}{
		{"none seen", nil, 10, []string{"arrive-feeling", "held-back", "feeling-lighter", "own-1", "own-3"}},
		{"first seen", []string{"arrive-feeling"}, 10, []string{"held-back", "feeling-lighter", "own-1", "own-3", "arrive-feeling"}},
		{"oldest seen first", []string{"held-back", "x", "arrive-feeling", "own-1", "feeling-lighter", "own-3"}, 10,
			[]string{"held-back", "arrive-feeling", "own-1", "feeling-lighter", "own-3"}},
		{"seen again counts last", []string{"held-back", "arrive-feeling", "feeling-lighter", "own-1", "own-3", "held-back"}, 10,
			[]string{"arrive-feeling", "feeling-lighter", "own-1", "own-3", "held-back"}},
		{"at most n", []string{"arrive-feeling"}, 2, []string{"held-back", "feeling-lighter"}},
		{"none asked", nil, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(Solo(ThemeSoundingBoard, tt.seen, own, tt.n)); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// Surprise moves to the theme seen least recently; among themes never
// seen, the count of practices says which.
func TestSurpriseChoosesTheLeastRecentTheme(t *testing.T) {
	all := Themes()
	for held := -9; held < 17; held++ {
		want := all[((held%8)+8)%8]
		if got := Surprise(nil, held); got != want {
			t.Errorf("held %d, nothing seen: %s, want %s", held, got, want)
		}
	}
	// Every theme seen but leadership, whose turn it is whatever held.
	var seen []string
	for _, th := range all[:7] {
		seen = append(seen, Solo(th, nil, nil, 1)[0].ID)
	}
	for held := range 8 {
		if got := Surprise(seen, held); got != ThemeLeadership {
			t.Errorf("held %d: %s, want leadership", held, got)
		}
	}
	// All seen: the one seen longest ago, also when seen twice, and a
	// prompt of a theme not for solo practice does not count.
	seen = append(seen, "my-choice", "arrive-feeling", "body-now")
	if got := Surprise(seen, 3); got != ThemeManaging {
		t.Errorf("all seen: %s, want managing", got)
	}
	seen = append(seen, "what-helped", "own-1", "no-such-id")
	if got := Surprise(seen, 0); got != ThemeFeedback {
		t.Errorf("managing seen again: %s, want feedback", got)
	}
}
