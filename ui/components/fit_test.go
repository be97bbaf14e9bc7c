package components

import (
	"slices"
	"testing"
)

func TestFitDropsWhatMattersLeast(t *testing.T) {
	lines := func(s ...string) []string { return s }
	parts := []Part{
		{Keep: 1, Lines: lines("heading")},
		{Keep: 0, Lines: lines("")},
		{Keep: 3, Lines: lines("a", "b")},
		{Keep: 0, Lines: lines("")},
		{Keep: 2, Lines: lines("hint 1", "hint 2")},
		{Keep: 5, Lines: lines("field")},
	}
	tests := []struct {
		room int
		want []string
	}{
		{10, lines("heading", "", "a", "b", "", "hint 1", "hint 2", "field")},
		{7, lines("heading", "", "a", "b", "hint 1", "hint 2", "field")},
		{6, lines("heading", "a", "b", "hint 1", "hint 2", "field")},
		{5, lines("a", "b", "hint 1", "hint 2", "field")},
		{4, lines("a", "b", "", "field")},
		{3, lines("a", "b", "field")},
		{2, lines("field")},
		{0, lines("field")},
	}
	for _, tt := range tests {
		if got := Fit(tt.room, parts...); !slices.Equal(got, tt.want) {
			t.Errorf("room %d: %q, want %q", tt.room, got, tt.want)
		}
	}
	// The part that matters most stays, even when it alone is too long.
	if got := Fit(1, Part{Keep: 1, Lines: lines("x")}, Part{Keep: 2, Lines: lines("y", "z")}); !slices.Equal(got, lines("y", "z")) {
		t.Errorf("room 1: %q", got)
	}
}
