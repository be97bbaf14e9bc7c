package group

import (
	"testing"

	"github.com/muesli/termenv"

	"circle/ui/catalog"
	"circle/ui/common"
)

// The last setting is how many months the group keeps its meetings: typed
// as a number, saved with the group, 0 for all; out of range is refused.
func TestKeepMeetingsForMonths(t *testing.T) {
	e := newEnv(t, catalog.English, 100, 40, termenv.Ascii, true)
	p := e.open(common.EditSettings)
	e.see("Keep meetings, months")
	for p.settings.focus != fieldKeep {
		e.key("tab")
	}
	e.seeWrapped("Meetings older than this many months are deleted when circle starts; 0 keeps them all.")
	e.key("ctrl+u", "12", "enter")
	if g := e.stored(); g.KeepMonths != 12 || g.Defaults.LengthMinutes != 120 {
		t.Fatalf("saved %d months, defaults %+v", g.KeepMonths, g.Defaults)
	}

	p = e.open(common.EditSettings)
	for p.settings.focus != fieldKeep {
		e.key("tab")
	}
	e.see("12")
	e.key("ctrl+u", "241", "enter")
	if g := e.stored(); g.KeepMonths != 12 {
		t.Fatalf("241 months was saved as %d", g.KeepMonths)
	}
	if p.settings.focus != fieldKeep || p.problem == "" {
		t.Fatalf("241 months: focus %d, problem %q", p.settings.focus, p.problem)
	}
	e.key("ctrl+u", "0", "enter")
	if g := e.stored(); g.KeepMonths != 0 {
		t.Fatalf("0 was saved as %d", g.KeepMonths)
	}
}

func TestKeepMeetingsInTheLineMode(t *testing.T) {
	e := newEnv(t, catalog.English, 80, 24, termenv.ANSI, true)
	p := e.open(common.EditSettings)
	for _, bad := range []string{"11 -1", "11 241", "11 x", "11"} {
		p.settingsLine(bad)
		if p.problem == "" {
			t.Errorf("%q was taken", bad)
		}
	}
	p.settingsLine("11 6")
	if p.problem != "" {
		t.Fatalf("11 6: %s", p.problem)
	}
	p.settingsLine("")
	if g := e.stored(); g.KeepMonths != 6 {
		t.Fatalf("the line mode saved %d months", g.KeepMonths)
	}
}
