package meeting

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"

	"circle/session"
	"circle/ui/catalog"
)

// lineHarness is the page in the line mode, on a colour terminal: what it
// says must be plain all the same.
func lineHarness(t *testing.T, lang catalog.Lang) *harness {
	return newHarness(t, setup{lang: lang, line: true, colored: true, profile: termenv.ANSI, w: 80, h: 24})
}

func TestLineModeMeeting(t *testing.T) {
	h := lineHarness(t, catalog.English)
	h.begin(2, "Ann, Bo")
	h.expect("Opening. Welcome everyone", "Today: 120 minutes, 2 people in the circle.", "for each sharing turn")

	h.typeLines("")
	h.expect("Seat 2 · Bo checks in. 1 minute.", "Now: Read them the prompt: ")
	h.wait(61 * time.Second)
	h.expect("Time.")
	h.wait(30 * time.Second)
	h.expect("Time. Seat 2 · Bo has gone 30 seconds over.")
	h.typeLines("")
	h.expect("Seat 1 · Ann checks in.")
	h.typeLines("p")
	h.expect("Seat 1 · Ann passed.", "Ground rules.", "1. What is said in the group stays in the group. (not ticked)")

	h.typeLines("t 1", "")
	h.expect("1 of 11 read and ticked", "10 ground rules are not ticked. Start the sharing anyway?", "Type y and enter for yes")
	h.typeLines("y")
	h.expect("Sharing. Now the circle of sharing.")
	h.typeLines("")
	got := strings.Join(h.heard(), "\n")
	if !strings.Contains(got, "Seat 2 · Bo shares.") || !strings.Contains(got, "minutes.") {
		t.Fatalf("the sharing turn was said as %q", got)
	}
	planned := h.status().Turn.Planned
	h.wait(planned - 59*time.Second)
	h.expect("One minute left.")
	h.wait(59 * time.Second)
	h.expect("Time.")
	h.wait(2 * time.Minute)
	h.expect("Seat 2 · Bo has gone 2 minutes over.")
	// Each alert is said once, not on every tick.
	h.wait(5 * time.Second)
	if got := h.heard(); len(got) != 0 {
		t.Fatalf("ticks repeated what was said: %q", got)
	}

	h.typeLines("b")
	h.expect("Break. We are on a break.")
	h.typeLines("b")
	h.expect("The break is over.")
	h.typeLines("q", "y")
	if h.summary == nil || !h.summary.Quit {
		t.Fatal("q and y did not stop the meeting")
	}
	h.save()
	logs, err := h.store.Meetings()
	if err != nil || len(logs) != 1 || logs[0].Completed {
		t.Fatalf("history: %v %v", logs, err)
	}
}

// Defect 1: nothing the meeting says holds an escape code, a border or
// box-drawing character, a bar or braille, on the ANSI profile, in any
// state: every question, the menu, the picker, the presenter view.
func TestLineModeSaysNoEscapesOrDrawing(t *testing.T) {
	for _, contrast := range []bool{false, true} {
		h := newHarness(t, setup{line: true, colored: true, profile: termenv.ANSI, contrast: contrast, w: 80, h: 24})
		h.begin(13, "Ann, Bo")
		check := func() {
			t.Helper()
			checkPlain(t, h.p.Speech())
			checkPlain(t, []string{h.p.Typing()})
		}
		check()
		h.typeLines("c")
		check()
		h.typeLines("n", "q")
		check()
		h.typeLines("n", "", "v")
		check()
		h.wait(2 * time.Second)
		h.typeLines("")
		check()
		h.typeLines("n", "m")
		check()
		h.typeLines("")
		for h.status().Round {
			h.typeLines("p")
			if h.p.Confirming() {
				h.typeLines("y")
			}
		}
		check()
		h.typeLines("", "y", "", "m", "3")
		check()
		if h.status().Reminder != 2 {
			t.Fatalf("typing 3 in the picker showed rule %d", h.status().Reminder+1)
		}
		h.typeLines("b")
		check()
		// The screen itself on this profile does draw; the words do not.
		if !strings.Contains(h.view(), "\x1b[") {
			t.Fatal("the ANSI profile drew no colour: the check proves nothing")
		}
	}
}

// Defect 4: ctrl+c and q in the line mode ask first; only yes stops.
func TestLineModeStopAsksFirst(t *testing.T) {
	h := lineHarness(t, catalog.English)
	h.begin(4, "")
	h.typeLines("")
	h.heard()
	h.send(tea.KeyMsg{Type: tea.KeyCtrlC})
	h.speak()
	h.expect("Stop the meeting now?", "Type y and enter for yes")
	for _, no := range []string{"", "n", "q", "stop", "x"} {
		h.typeLines(no)
		if h.summary != nil {
			t.Fatalf("%q stopped the meeting", no)
		}
		h.typeLines("q")
		h.expect("Stop the meeting now?")
	}
	h.typeLines("yes")
	if h.summary == nil || !h.summary.Quit {
		t.Fatal("yes did not stop the meeting")
	}
}

// Defect 5: the rules step says the keys it takes, and they work as said:
// "t 3" ticks rule 3 (and keeps it ticked), "t" ticks every rule, r says
// them again, a wrong number is refused in one line.
func TestLineModeRulesStepTicksAsItSays(t *testing.T) {
	h := lineHarness(t, catalog.English)
	h.begin(2, "")
	h.typeLines("", "p", "p")
	h.expect("Ground rules. Read each rule aloud. Type t and a number to tick one rule, t alone to tick them all")
	h.typeLines("?")
	h.expect("Type t and a number")
	h.typeLines("t 3")
	if !h.p.Engine().Ticked(2) || h.status().RulesTicked != 1 {
		t.Fatal("t 3 did not tick rule 3 alone")
	}
	h.expect("1 of 11 read and ticked", "Not ticked yet: 1, 2, 4")
	h.typeLines("t 3")
	if !h.p.Engine().Ticked(2) {
		t.Fatal("t 3 again took the tick off rule 3")
	}
	h.typeLines("t 12")
	h.expect("There is no rule 12: type t and a number from 1 to 11")
	h.typeLines("r")
	h.expect("Our ground rules:", "3. ", "(ticked)")
	h.typeLines("t")
	if h.status().RulesTicked != 11 {
		t.Fatalf("t ticked %d of 11", h.status().RulesTicked)
	}
	h.expect("11 of 11 read and ticked")
	h.typeLines("")
	if h.p.Confirming() || h.status().Phase != session.PhaseSharing {
		t.Fatal("with every rule ticked, enter did not start the sharing")
	}
}

// Defect 8: ? says what can be typed at every prompt of the meeting; the
// plan and the handover notes are said; the picker offers every rule.
func TestLineModeSaysWhatCanBeTypedEverywhere(t *testing.T) {
	h := lineHarness(t, catalog.English)
	h.begin(3, "")
	h.expect("About ", "for each sharing turn")
	helps := map[string]bool{}
	ask := func(where string) {
		t.Helper()
		got := h.p.Typing()
		if got == "" || strings.HasPrefix(got, "[") {
			t.Fatalf("? at %s says %q", where, got)
		}
		helps[got] = true
	}
	ask("the opening")
	h.typeLines("")
	ask("a turn")
	h.typeLines("b")
	ask("a break")
	h.typeLines("b", "p", "p", "p")
	ask("the rules")
	h.typeLines("")
	ask("the unticked question")
	h.typeLines("y", "", "m")
	ask("the reminder picker")
	all := strings.Join(h.heard(), "\n")
	for i := range h.p.ruleText {
		if !strings.Contains(all, fmt.Sprintf("%d. %s", i+1, h.p.ruleText[i])) {
			t.Fatalf("the picker does not offer rule %d:\n%s", i+1, all)
		}
	}
	h.typeLines("")
	for h.status().Phase != session.PhaseHandover {
		h.typeLines("")
		if h.p.Confirming() {
			h.typeLines("y")
		}
		for h.status().Round {
			h.typeLines("p")
			if h.p.Confirming() {
				h.typeLines("y")
			}
		}
	}
	h.expect("Has the next facilitator been chosen?", "For the next facilitator:", "Meetings last 120 minutes", "circle rules export")
	ask("the handover")
	if len(helps) < 6 {
		t.Fatalf("? says only %d different things over a meeting", len(helps))
	}
	h.typeLines("zzz")
	h.expect("“zzz” cannot be typed here.")
}

// The plan is said in the words of the screen, with the screen's rounding
// (whole seconds, never rounded up), its times in words: a screen reader
// would read "20:15" as a time of day.
func TestLineModePlanAgreesWithTheScreen(t *testing.T) {
	h := lineHarness(t, catalog.English)
	h.begin(4, "")
	each := h.status().ShareEach
	if each != 20*time.Minute+15*time.Second {
		t.Fatalf("each share %v: the test wants one with seconds", each)
	}
	h.expect("About 20 minutes for each sharing turn")
	h.p.c.LineMode = false
	h.see("About 20:15 for each sharing turn")
}

// The open floor in the line mode: a number gives the floor, - takes it.
func TestLineModeOpenFloor(t *testing.T) {
	h := lineHarness(t, catalog.English)
	h.begin(12, "", func(c *session.Config) { c.Format = session.FormatOpen })
	h.typeLines("")
	for h.status().Round {
		h.typeLines("p")
	}
	h.typeLines("", "y")
	h.expect("Type a seat's number and enter to give it the floor", "No one has the floor.")
	h.typeLines("12")
	if h.status().Floor != 12 {
		t.Fatalf("12 gave the floor to %d", h.status().Floor)
	}
	h.expect("Seat 12 has the floor.")
	h.typeLines("13")
	h.expect("“13” cannot be typed here.")
	h.typeLines("-")
	if h.status().Floor != 0 {
		t.Fatal("- left the floor with someone")
	}
}

// A golden transcript of a whole meeting in the line mode, in each format
// and both languages.
func TestLineModeTranscripts(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		for _, format := range []session.Format{session.FormatCircle, session.FormatPlain, session.FormatOpen} {
			t.Run(fmt.Sprintf("%s/%s", lang, format), func(t *testing.T) {
				h := lineHarness(t, lang)
				h.begin(3, "Ann, Bo, Kim", func(c *session.Config) {
					c.Format = format
					c.Length = 60 * time.Minute
				})
				// The check-in: one turn over its time, a pass, and the
				// facilitator's own turn ended early.
				h.typeLines("?", "")
				h.wait(time.Minute + 5*time.Second)
				h.typeLines("", "p")
				h.wait(20 * time.Second)
				h.typeLines("", "y")
				h.typeLines("?", "t 1", "t", "")
				if format == session.FormatOpen {
					h.typeLines("?", "2")
					h.wait(3 * time.Minute)
					h.typeLines("1")
					h.wait(time.Minute)
					h.typeLines("-", "", "n", "", "y")
				} else {
					h.typeLines("")
					h.wait(h.status().Turn.Planned + 31*time.Second)
					h.typeLines("", "m", "2", "b", "?", "b")
					for h.status().Phase == session.PhaseSharing {
						for h.status().Round {
							h.wait(10 * time.Second)
							h.typeLines("")
							if h.p.Confirming() {
								h.typeLines("y")
							}
						}
						if h.status().Phase == session.PhaseSharing {
							h.typeLines("")
						}
					}
				}
				h.typeLines("")
				for h.status().Round {
					h.typeLines("p")
				}
				h.typeLines("?", "xyz", "y")
				if h.summary == nil || !h.summary.Log.Completed {
					t.Fatalf("the meeting did not come to its end:\n%s", strings.Join(h.heard(), "\n"))
				}
				golden.RequireEqual(t, strings.Join(h.heard(), "\n")+"\n")
			})
		}
	}
}
