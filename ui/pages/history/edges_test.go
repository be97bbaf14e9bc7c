package history

import (
	"strings"
	"testing"

	"github.com/muesli/termenv"

	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/internal/uitest"
)

// The ends of the list, of the meetings and of a meeting's turns hold
// the pointer: no key moves past them.
func TestEdgesHold(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.Ascii, 80, 24)
	p := e.page(e.tue)
	press(p, "end", "pgdown", "down")
	if p.at != 29 {
		t.Errorf("past the end: at %d", p.at)
	}
	press(p, "pgup")
	if want := 29 - (p.listRoom() - 1); p.at != want {
		t.Errorf("pgup from the end: at %d, want %d", p.at, want)
	}
	press(p, "end", "enter", "left")
	if p.at != 29 {
		t.Errorf("left on the oldest: at %d", p.at)
	}
	rows, tl := p.detailRows(), len(p.timeline())
	for range tl + 5 {
		press(p, "down")
	}
	if want := tl - rows; p.scroll != want {
		t.Errorf("down to the end: scroll %d, want %d (%d lines, %d shown)", p.scroll, want, tl, rows)
	}
	press(p, "up")
	if want := tl - rows - 1; p.scroll != want {
		t.Errorf("one up from the end: scroll %d, want %d", p.scroll, want)
	}
	press(p, "pgdown", "pgup")
	if want := max(0, tl-2*rows); p.scroll != want {
		t.Errorf("pgdown, pgup: scroll %d, want %d", p.scroll, want)
	}
	press(p, "right")
	if p.at != 28 || p.scroll != 0 {
		t.Errorf("right: at %d, scroll %d", p.at, p.scroll)
	}

	// An empty history opens nothing and asks nothing.
	empty := e.page(e.thu)
	press(empty, "enter")
	if empty.mode != list {
		t.Errorf("enter on no meetings: mode %d", empty.mode)
	}
	press(empty, "x")
	if empty.mode != list {
		t.Errorf("x on no meetings: mode %d", empty.mode)
	}
}

func TestLineModeNumbersAndEnds(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.ANSI, 80, 24)
	e.c.LineMode = true
	p := e.page(e.tue)
	for _, bad := range []string{"0", "31", "-1", "x 0", "x 31", "x", "zz"} {
		p.Update(common.LineMsg(bad))
		if p.mode != list || p.problem == "" {
			t.Errorf("%q: mode %d, problem %q", bad, p.mode, p.problem)
		}
	}
	p.Update(common.LineMsg("30"))
	if p.mode != detail || p.at != 29 {
		t.Fatalf("30: mode %d at %d", p.mode, p.at)
	}
	p.Update(common.LineMsg("<"))
	if p.at != 29 {
		t.Errorf("< on the oldest: at %d", p.at)
	}
	p.Update(common.LineMsg("zz"))
	if p.problem == "" {
		t.Error("zz in a meeting's detail was taken")
	}
	p.Update(common.LineMsg(""))
	p.Update(common.LineMsg("1"))
	p.Update(common.LineMsg(">"))
	if p.at != 0 {
		t.Errorf("> on the newest: at %d", p.at)
	}
	p.Update(common.LineMsg(""))
	more := e.c.Cat.T(catalog.HistorySayMore)
	for i, want := range []bool{true, true, false, false} {
		said := strings.Join(p.Speech(), "\n")
		if strings.Contains(said, more) != want {
			t.Errorf("after %d times more: says more %v", i, !want)
		}
		p.Update(common.LineMsg("more"))
	}
	uitest.CheckSaid(t, p.Speech(), "30. "+p.meeting(29).Date)

	p.Update(common.LineMsg("t"))
	p.Update(common.LineMsg("7"))
	if p.mode != trends || p.problem == "" {
		t.Errorf("7 in the trends: mode %d, problem %q", p.mode, p.problem)
	}
	p.Update(common.LineMsg("52"))
	uitest.CheckSaid(t, p.Speech(), "The last 30 meetings.")
	p.Update(common.LineMsg("12"))
	uitest.CheckSaid(t, p.Speech(), "The last 12 meetings.")
	p.Update(common.LineMsg(""))
	if p.mode != list {
		t.Errorf("enter in the trends: mode %d", p.mode)
	}
}
