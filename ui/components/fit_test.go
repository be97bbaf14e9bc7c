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

// Of two parts that matter alike, the later goes first; the first part
// that matters most stays; an empty part is no part; a spacer comes back
// only where it fits exactly or better, and never at an edge.
func TestFitAtItsEdges(t *testing.T) {
	lines := func(s ...string) []string { return s }
	tests := []struct {
		name  string
		room  int
		parts []Part
		want  []string
	}{
		{"later of equals goes", 2, []Part{{2, lines("a")}, {2, lines("b")}, {2, lines("c")}}, lines("a", "b")},
		{"first of the best stays", 1, []Part{{1, lines("x")}, {3, lines("a")}, {3, lines("b")}}, lines("a")},
		{"exactly the room", 3, []Part{{1, lines("a")}, {1, lines("b")}, {1, lines("c")}}, lines("a", "b", "c")},
		{"an empty part is no best", 1, []Part{{9, nil}, {1, lines("a")}}, lines("a")},
		{"a spacer that fits exactly", 3, []Part{{1, lines("a")}, {0, lines("")}, {1, lines("b")}}, lines("a", "", "b")},
		{"a spacer one too many", 2, []Part{{1, lines("a")}, {0, lines("")}, {1, lines("b")}}, lines("a", "b")},
		{"no spacer at the top", 5, []Part{{0, lines("")}, {1, lines("a")}, {0, lines("")}, {1, lines("b")}, {0, lines("")}}, lines("a", "", "b")},
		{"a negative keep is a spacer", 3, []Part{{1, lines("a")}, {-1, lines("")}, {1, lines("b")}}, lines("a", "", "b")},
		{"two lines dropped for one", 2, []Part{{1, lines("a", "b")}, {2, lines("c")}, {3, lines("d")}}, lines("c", "d")},
	}
	for _, tt := range tests {
		if got := Fit(tt.room, tt.parts...); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
