package history

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"circle/session"
	"circle/ui/catalog"
	"circle/ui/internal/uitest"
)

// A meeting extended with "+10 minutes" is listed, opened and said with
// the plan as it stood at its end, as its summary showed it.
func TestExtendedMeetingShowsThePlanAtItsEnd(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.ANSI, 100, 30)
	l := session.Log{Version: 1, Date: "2026-11-30", PlannedMinutes: 30, ActualSeconds: 38 * 60, Present: 4,
		Turns: []session.LogTurn{}, Choices: []string{"extend"}, Group: e.thu.ID, Completed: true}
	if err := e.st.SaveMeeting(l); err != nil {
		t.Fatal(err)
	}
	p := e.page(e.thu)
	uitest.CheckSee(t, ansi.Strip(p.View()), "38/40")
	if strings.Contains(ansi.Strip(p.View()), "38/30") {
		t.Fatalf("listed with the setup's plan:\n%s", p.View())
	}
	said := e.c.Cat.N(catalog.HistoryLength, 40, 38)
	uitest.CheckSaid(t, p.Speech(), said)
	press(p, "enter")
	uitest.CheckSee(t, ansi.Strip(p.View()), said)
}
