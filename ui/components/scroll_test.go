package components

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"

	"circle/ui/catalog"
	"circle/ui/internal/uitest"
)

func TestScrollMovesWithinTheText(t *testing.T) {
	c := ctx(catalog.English, 40, 12)
	lines := make([]string, 10)
	for i := range lines {
		lines[i] = fmt.Sprint(i)
	}
	view := func(s Scroll, room int) string { return strings.Join(s.View(lines, room), ",") }
	var s Scroll
	// 10 lines in 4: down a line, a page of 3 (a line stays), never past
	// the last screenful; up the same way, never above the top.
	for _, tt := range []struct {
		key  string
		want string
	}{
		{"down", "1,2,3,4"}, {"pgdown", "4,5,6,7"}, {"pgdown", "6,7,8,9"}, {"down", "6,7,8,9"},
		{"up", "5,6,7,8"}, {"pgup", "2,3,4,5"}, {"pgup", "0,1,2,3"}, {"up", "0,1,2,3"},
	} {
		if !s.Move(uitest.Key(tt.key), c.Keys, len(lines), 4) {
			t.Fatalf("%s is a key that scrolls", tt.key)
		}
		if got := view(s, 4); got != tt.want {
			t.Fatalf("after %s: %s, want %s", tt.key, got, tt.want)
		}
	}
	// k and j are not arrows here (j is yes in Bokmål); nor is enter.
	for _, k := range []string{"j", "k", "enter", "y"} {
		if s.Move(uitest.Key(k), c.Keys, len(lines), 4) {
			t.Fatalf("%s scrolled", k)
		}
	}
	// A text that fits does not scroll, and shows whole.
	s = Scroll{Top: 3}
	if s.Move(uitest.Key("down"), c.Keys, 4, 4) || view(s, 10) != strings.Join(lines, ",") {
		t.Fatalf("a text that fits: %q", view(s, 10))
	}
	if s.Move(uitest.Key("down"), c.Keys, 10, 0) || s.View(lines, 0) != nil || s.Keys(c.Keys, 10, 0) != nil {
		t.Fatal("no room, yet it scrolls")
	}
	// A Top past the end (the text got shorter) shows the last screenful.
	if got := view(Scroll{Top: 50}, 4); got != "6,7,8,9" {
		t.Fatalf("past the end: %s", got)
	}
	// A page of one line is still a line.
	s = Scroll{}
	s.Move(uitest.Key("pgdown"), c.Keys, len(lines), 1)
	if s.Top != 1 {
		t.Fatalf("a page of one line moved %d", s.Top)
	}
}

func TestScrollKeysSayWhereThereIsMore(t *testing.T) {
	c := ctx(catalog.English, 40, 12)
	help := func(s Scroll, n, room int) string {
		var out []string
		for _, b := range s.Keys(c.Keys, n, room) {
			out = append(out, b.Help().Key+" "+b.Help().Desc)
		}
		return strings.Join(out, "; ")
	}
	for _, tt := range []struct {
		s       Scroll
		n, room int
		want    string
	}{
		{Scroll{}, 4, 4, ""},
		{Scroll{}, 5, 4, "↓ scroll; ↑/↓ scroll; pgup/pgdn a page"},
		{Scroll{Top: 1}, 6, 4, "↓ scroll; ↑/↓ scroll; pgup/pgdn a page"},
		{Scroll{Top: 2}, 6, 4, "↑ scroll; ↑/↓ scroll; pgup/pgdn a page"},
		{Scroll{Top: 9}, 6, 4, "↑ scroll; ↑/↓ scroll; pgup/pgdn a page"},
	} {
		if got := help(tt.s, tt.n, tt.room); got != tt.want {
			t.Errorf("%+v %d in %d: %q, want %q", tt.s, tt.n, tt.room, got, tt.want)
		}
	}
}

// On a key line too full for "↓ scroll" the arrow stands alone; other
// keys that do not fit give way, ↑ and ↓ of a list among them.
func TestKeyLineKeepsABareArrow(t *testing.T) {
	c := ctx(catalog.English, 40, 12)
	k := c.Keys
	start := k.Start
	start.SetHelp("enter", "start round")
	line := ansi.Strip(Footer(c, append([]key.Binding{start}, Scroll{}.Keys(k, 9, 3)[:1]...), nil)[0])
	if line != " enter start round · ↓ · ? more keys" {
		t.Fatalf("%q", line)
	}
	line = ansi.Strip(Footer(c, []key.Binding{start, k.Down}, nil)[0])
	if strings.Contains(line, "↓") {
		t.Fatalf("a list's ↓ without its words: %q", line)
	}
	// Where there is room, the arrow keeps its words.
	start.SetHelp("enter", "go")
	line = ansi.Strip(Footer(c, append([]key.Binding{start}, Scroll{}.Keys(k, 9, 3)[:1]...), nil)[0])
	if !strings.Contains(line, "↓ scroll") {
		t.Fatalf("%q", line)
	}
}
