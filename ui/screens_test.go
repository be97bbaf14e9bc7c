package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"

	"circle/session"
	"circle/ui/catalog"
	"circle/ui/internal/uitest"
	"circle/ui/pages/group"
	"circle/ui/pages/setup"
)

// newHarnessWith builds a harness with options of its own.
func newHarnessWith(t *testing.T, w, h int, edit func(*Options)) *harness {
	hs := newHarness(t, w, h)
	o := Options{Store: hs.store, Width: w, Height: h}
	edit(&o)
	if o.Lang != "" && o.Lang != catalog.English {
		// The group agreed its rules in its own language.
		g, err := hs.store.Group(hs.group)
		if err != nil {
			t.Fatal(err)
		}
		g.Rules = group.DefaultRuleTexts(catalog.New(o.Lang))
		if err := hs.store.UpdateGroup(g); err != nil {
			t.Fatal(err)
		}
	}
	hs.restart(o)
	return hs
}

// toSharing runs a meeting of four, with names, to 3 minutes into the
// first sharing turn.
func (h *harness) toSharingOfFour(names string) {
	h.t.Helper()
	h.key("enter")
	h.setField(setup.FieldPresent, "4")
	h.setField(setup.FieldNames, names)
	h.key("enter", "enter")
	for h.status().Round {
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	for range h.status().RulesTotal {
		h.key("space") // ticking moves the pointer to the next rule
	}
	h.key("enter", "enter")
	h.tick(3 * time.Minute)
}

// The main meeting screen in every size, language and view the issue
// names. High contrast is rendered with escape codes, since its meaning is
// in reverse video and bold, which plain text cannot show.
func TestMeetingScreenGoldens(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		for _, size := range [][2]int{{40, 12}, {80, 24}, {160, 48}} {
			for _, view := range []string{"normal", "contrast", "presenter"} {
				name := fmt.Sprintf("%s/%dx%d/%s", lang, size[0], size[1], view)
				t.Run(name, func(t *testing.T) {
					h := newHarnessWith(t, size[0], size[1], func(o *Options) {
						o.Lang, o.HighContrast = lang, view == "contrast"
						if view == "contrast" {
							ansi := termenv.ANSI
							o.Profile = &ansi
						}
					})
					h.toSharingOfFour("Ann, Bo, Kim, Liv")
					if view == "presenter" {
						h.key("v")
					}
					v := h.view()
					checkFits(t, v, size[0], size[1])
					golden.RequireEqual(t, v)
				})
			}
		}
	}
}

// checkFits fails when the screen has more lines or wider lines than the
// terminal.
func checkFits(t *testing.T, v string, w, h int) {
	t.Helper()
	uitest.CheckFits(t, v, w, h)
}

func TestWideNamesNeverBreakTheLayout(t *testing.T) {
	names := "李小龍, 🙂 Ann, Ørjan Ødegård-Haugen, Ｚｅｎ"
	for _, size := range [][2]int{{40, 12}, {80, 24}, {300, 100}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			h := newHarness(t, size[0], size[1])
			h.toSharingOfFour(names)
			checkFits(t, h.view(), size[0], size[1])
			for h.status().Round {
				checkFits(t, h.view(), size[0], size[1])
				h.key("v")
				checkFits(t, h.view(), size[0], size[1])
				h.key("v")
				h.tick(h.status().Turn.Left)
				h.key("enter")
			}
		})
	}
}

// englishWords are words of the English catalog that no Norwegian screen
// may show: if one does, a string bypassed the catalog.
var englishWords = []string{
	" the ", "The ", " and ", " you ", " turn ", "Turn", " left", "Seat ", " meeting", "Meeting",
	" press ", "Press ", " rules", " break", "Break", " pass", " minutes", " of ", "Next",
	"start the", "Welcome", " shares", "Prompt", "saved", "Stop the", "quit", "keys",
}

// TestNorwegianScreensHaveNoEnglish walks a whole meeting in Bokmål and
// looks at every screen, dialog and view on the way.
func TestNorwegianScreensHaveNoEnglish(t *testing.T) {
	h := newHarnessWith(t, 120, 40, func(o *Options) { o.Lang = catalog.Bokmal })
	screens := map[string]string{}
	look := func(name string) { screens[name] = h.view() }

	look("home")
	h.key("enter")
	look("setup")
	h.setField(setup.FieldPresent, "1")
	h.key("enter")
	look("setup with a problem")
	h.setField(setup.FieldPresent, "3")
	h.key("enter")
	look("opening")
	h.key("?")
	look("full help")
	h.key("?", "enter")
	look("check-in")
	h.tick(10 * time.Second)
	h.key("enter")
	look("confirm end")
	h.key("n", "p")
	look("passed")
	h.key("b")
	look("break")
	h.key("b", "v")
	look("presenter")
	h.key("v")
	for h.status().Round {
		h.key("p")
	}
	look("rules")
	h.key("enter")
	look("confirm unticked")
	h.key("y")
	look("sharing intro")
	h.key("enter")
	look("share")
	h.key("r")
	look("rules shown")
	h.key("r")
	h.tick(h.status().Turn.Left + 90*time.Second)
	look("overtime")
	h.key("enter")
	look("reaction")
	h.clock.wait(2 * time.Hour)
	h.tick(time.Second)
	look("plan short")
	h.key("ctrl+c")
	look("confirm stop")
	h.key("n")
	for h.status().Phase == session.PhaseSharing {
		h.key("enter")
		if h.mt().Confirming() {
			h.key("y")
		}
	}
	look("closing")
	h.key("enter", "p", "p", "p")
	look("handover")
	h.key("y")
	look("summary")

	// An unfinished meeting at start-up.
	h.key("enter", "enter")
	h.setField(setup.FieldPresent, "3")
	h.key("enter", "enter")
	h.restart(Options{Store: h.store, Width: 120, Height: 40, Lang: catalog.Bokmal})
	look("resume")

	for name, v := range screens {
		// A command to type is the same in every language.
		v = strings.ReplaceAll(v, "circle rules export", "")
		for _, w := range englishWords {
			if strings.Contains(v, w) {
				t.Errorf("the Norwegian %s screen shows the English %q:\n%s", name, w, v)
			}
		}
	}
}

func TestBellRingsOnceAsATurnReachesItsTime(t *testing.T) {
	rang := 0
	h := newHarnessWith(t, 80, 24, func(o *Options) { o.Ring = func() { rang++ } })
	// The group wants the bell; without that (or --bell) it stays quiet.
	g, _ := h.store.Group(h.group)
	g.Defaults.Bell = true
	if err := h.store.UpdateGroup(g); err != nil {
		t.Fatal(err)
	}
	h.key("g", "esc") // the home screen reads the groups anew
	h.key("enter", "enter", "enter")
	h.tick(59 * time.Second)
	if rang != 0 {
		t.Fatal("the bell rang before the time")
	}
	h.tick(time.Second)
	h.tick(time.Second)
	h.tick(time.Minute)
	if rang != 1 {
		t.Fatalf("the bell rang %d times for one turn, want once", rang)
	}
	h.key("enter")
	h.tick(61 * time.Second)
	if rang != 2 {
		t.Fatalf("the bell rang %d times after the second turn, want 2", rang)
	}
}
