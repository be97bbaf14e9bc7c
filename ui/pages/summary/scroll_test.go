package summary

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/internal/uitest"
)

// seen is every line the screen shows from the top, pressing k until
// the screen stops changing, with the help line of each screen.
func seen(t *testing.T, p *Page, k string) (lines map[string]bool, helps []string) {
	t.Helper()
	lines = map[string]bool{}
	last := ""
	for range 40 {
		v := ansi.Strip(p.View())
		if v == last {
			return lines, helps
		}
		last = v
		rows := strings.Split(v, "\n")
		for _, r := range rows {
			lines[strings.TrimRight(r, " ")] = true
		}
		helps = append(helps, rows[len(rows)-1])
		keys(p, k)
	}
	t.Fatalf("%s never reached the end:\n%s", k, last)
	return nil, nil
}

// At 40x12 the facts do not fit: ↓ and pgdn bring every line of them on
// screen, the save's line stays, and the help line says there is more
// while there is: ↓ at the top, ↑ at the end, neither when all fits.
func TestFactsScrollAt40x12(t *testing.T) {
	for _, lang := range catalog.Languages() {
		for _, k := range []string{"down", "pgdown"} {
			for _, st := range []string{"saved", "failed"} {
				t.Run(fmt.Sprintf("%s/%s/%s", lang, k, st), func(t *testing.T) {
					e := newEnv(t, lang, false, termenv.ANSI, 40, 12)
					var p *Page
					if st == "failed" {
						p = failed(e)
					} else {
						p, _ = open(e, e.meeting(true, false))
					}
					scroll := e.c.Cat.T(catalog.HelpScroll)
					lines, helps := seen(t, p, k)
					for _, f := range p.facts() {
						for _, want := range common.Wrap(f, 40, "   ") {
							if !lines[strings.TrimRight(want, " ")] {
								t.Errorf("never shown: %q", want)
							}
						}
					}
					save := e.c.Cat.T(catalog.SummarySaved)
					if st == "failed" {
						save = e.c.Cat.T(catalog.SummaryElsewhere)
					}
					uitest.CheckSee(t, ansi.Strip(p.View()), common.Wrap(save, 40, "   ")[0])
					if len(helps) < 2 {
						t.Fatalf("one screen only: %q", helps)
					}
					if first := helps[0]; !strings.Contains(first, "↓ "+scroll) {
						t.Errorf("the top says no ↓: %q", first)
					}
					if end := helps[len(helps)-1]; !strings.Contains(end, "↑ "+scroll) || strings.Contains(end, "↓") {
						t.Errorf("the end says no ↑: %q", end)
					}
					// And back up to the top.
					keys(p, "pgup", "pgup", "pgup", "up", "up", "up", "up", "up", "up", "up", "up")
					uitest.CheckSee(t, ansi.Strip(p.View()), p.facts()[0])
					if st == "failed" && p.other.Value() != "/home/circle/circle-2026-11-25.db" {
						t.Errorf("the keys went into the field: %q", p.other.Value())
					}
				})
			}
		}
	}
	e := newEnv(t, catalog.English, false, termenv.ANSI, 80, 24)
	p, _ := open(e, e.meeting(true, false))
	before := p.View()
	keys(p, "down", "pgdown")
	if v := p.View(); v != before || strings.Contains(v, "scroll") {
		t.Fatalf("at 80x24 all fits, yet:\n%s", v)
	}
}

// A meeting extended with "+10 minutes" shows the plan as it stood at its
// end, and says it was extended, from what; in the line mode too.
func TestExtendedPlanIsShownAsItStoodAtTheEnd(t *testing.T) {
	for _, lang := range catalog.Languages() {
		e := newEnv(t, lang, false, termenv.ANSI, 80, 24)
		s := e.meeting(false, false)
		s.Log.PlannedMinutes = 30
		s.Log.Choices = []string{"extend", "plain-round", "extend"}
		p, _ := open(e, s)
		want := e.c.Cat.N(catalog.SummaryMinutesOfExtended, s.Log.ActualSeconds/60, 50, 30)
		uitest.CheckSee(t, ansi.Strip(p.View()), want)
		uitest.CheckSaid(t, p.Speech(), want)
		if strings.Contains(want, "30 planned") || !strings.Contains(want, "50") {
			t.Fatalf("%s: %q", lang, want)
		}
		s.Log.Choices = nil
		p, _ = open(e, s)
		uitest.CheckSee(t, ansi.Strip(p.View()), e.c.Cat.N(catalog.SummaryMinutesOf, s.Log.ActualSeconds/60, 30))
	}
}
