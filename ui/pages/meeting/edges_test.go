package meeting

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"circle/rules"
	"circle/session"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// The edges the mutation tool found untested (.ci/mutate ui/pages/meeting).
// In a file of their own, beside the page's other tests.

// toOpenFloor runs an open-floor meeting of seats past its check-in.
func (h *harness) toOpenFloor(seats int, names string) {
	h.t.Helper()
	h.begin(seats, names, func(c *session.Config) { c.Format = session.FormatOpen })
	for h.status().Phase == session.PhaseOpening {
		h.key("enter")
		for h.status().Round {
			h.key("p")
		}
	}
	h.key("enter", "y")
	if st := h.status(); st.Phase != session.PhaseSharing || st.Round {
		h.t.Fatalf("not on the open floor: %v", st.Phase)
	}
}

// The highest seat given the floor is named as having it.
func TestOpenFloorShowsTheHighestSeat(t *testing.T) {
	h := newHarness(t, setup{})
	h.toOpenFloor(4, "Ann, Bea, Kim, Liv")
	h.key("4")
	h.tick(time.Minute)
	h.see("Seat 4 · Liv has the floor · 1:00")
	h.notSee("No one has the floor")
}

// The seat with the floor, and only that seat, is marked in the tally.
func TestOpenFloorMarksWhoHasTheFloor(t *testing.T) {
	h := newHarness(t, setup{colored: true, profile: termenv.ANSI})
	h.toOpenFloor(4, "Ann, Bea, Kim, Liv")
	h.key("3")
	h.tick(time.Minute)
	v := h.p.View()
	for i, name := range []string{"Seat 1 · Ann", "Seat 2 · Bea", "Seat 3 · Kim", "Seat 4 · Liv"} {
		marked := strings.Contains(v, h.c.Styles.Selected.Render(name))
		if marked != (i == 2) {
			t.Errorf("%s marked %v with seat 3 on the floor:\n%s", name, marked, ansi.Strip(v))
		}
	}
}

// The open floor's tally fits the smallest screen, long names and all.
func TestOpenFloorTallyAt40x12(t *testing.T) {
	h := newHarness(t, setup{w: 40, h: 12})
	h.toOpenFloor(4, "Annemarie, Beatrice, Kimberly, Liv")
	h.key("2")
	h.tick(time.Minute)
	v := h.view()
	checkFits(t, v, 40, 12)
	if !strings.Contains(v, "▇") {
		t.Fatalf("no bar in the tally at 40x12:\n%s", v)
	}
}

// A group's next meeting moves on from the prompts it met lately, by the
// group's own history: a meeting of no group on the same file counts for
// nothing.
func TestPromptsMoveOnByTheGroupsHistory(t *testing.T) {
	h := newHarness(t, setup{})
	h.begin(4, "")
	first := h.p.Engine().Config().Prompts
	checkIn := rules.For(rules.UseCheckIn)
	if first[0] != checkIn[0].ID {
		t.Fatalf("a group's first meeting checks in with %q, want %q", first[0], checkIn[0].ID)
	}
	saved := func(group uint64, prompts []string) {
		t.Helper()
		l := session.Log{Version: 1, Date: "2026-11-18", PlannedMinutes: 90, Present: 4, Turns: []session.LogTurn{},
			Group: group, Prompts: prompts}
		if err := h.store.SaveMeeting(l); err != nil {
			t.Fatal(err)
		}
	}
	saved(h.group.ID, first)
	saved(0, nil)
	saved(0, nil)
	h.begin(4, "")
	if got := h.p.Engine().Config().Prompts[0]; got != checkIn[1].ID {
		t.Fatalf("after one meeting of the group (and two of none) it checks in with %q, want %q", got, checkIn[1].ID)
	}
}

// A group's own prompt for the check-in is picked once circle's have all
// been met lately.
func TestPromptsPickTheGroupsOwn(t *testing.T) {
	h := newHarness(t, setup{})
	g := *h.group
	g.Prompts = []store.Prompt{{ID: "own-1", Text: "What am I bringing tonight?", Uses: uint8(rules.UseCheckIn)}}
	if err := h.store.UpdateGroup(g); err != nil {
		t.Fatal(err)
	}
	h.group = &g
	var circles []string
	for _, p := range rules.For(rules.UseCheckIn) {
		circles = append(circles, p.ID)
	}
	l := session.Log{Version: 1, Date: "2026-11-18", PlannedMinutes: 90, Present: 4, Turns: []session.LogTurn{},
		Group: g.ID, Prompts: circles}
	if err := h.store.SaveMeeting(l); err != nil {
		t.Fatal(err)
	}
	h.begin(4, "")
	if got := h.p.Engine().Config().Prompts[0]; got != "own-1" {
		t.Fatalf("with circle's check-in prompts all met lately it checks in with %q, want own-1", got)
	}
	h.key("enter")
	h.see("What am I bringing tonight?")
}

// A resumed meeting of a group is the group's again: its bell rings when
// a turn reaches its time, and the handover card names it.
func TestResumedMeetingKeepsItsGroup(t *testing.T) {
	h := newHarness(t, setup{w: 100, h: 40, bell: true})
	h.begin(3, "")
	h.key("enter")
	events, err := h.store.ActiveEvents()
	if err != nil {
		t.Fatal(err)
	}
	m, err := session.Replay(events)
	if err != nil {
		t.Fatal(err)
	}
	p := Resumed(h.c, common.GoResumed{Meeting: m, Kept: len(events), Last: events[len(events)-1].At})
	h.p = p
	h.run(p.Init())
	h.tick(h.status().Turn.Left)
	h.tick(time.Second)
	if h.rang != 1 {
		t.Fatalf("the resumed turn reached its time and the group's bell rang %d times, want 1", h.rang)
	}
	h.key("enter")
	for h.status().Round {
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	for range h.status().RulesTotal {
		h.key("space")
	}
	h.key("enter", "enter")
	for h.status().Phase == session.PhaseSharing || h.status().Phase == session.PhaseClosing {
		if !h.status().Round {
			h.key("enter")
			continue
		}
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	h.see("Has the next facilitator been chosen?", `circle rules export --group "Tuesday group"`)
}

// The tally's names are as wide as the widest, the last seat's included.
func TestOpenFloorTallyFitsTheLastName(t *testing.T) {
	h := newHarness(t, setup{})
	h.toOpenFloor(4, "Ann, Bea, Kim, Liv-Kristine")
	h.see("4  Seat 4 · Liv-Kristine", "1  Seat 1 · Ann")
}

// On a break the clock ticks at the break's next whole second.
func TestBreakTicksEverySecond(t *testing.T) {
	h := newHarness(t, setup{})
	h.begin(4, "")
	h.toSharing()
	h.key("b")
	if !h.status().OnBreak {
		t.Fatal("b did not start a break")
	}
	h.now = h.now.Add(1500 * time.Millisecond)
	if d := h.p.NextChange(h.now); d != 500*time.Millisecond {
		t.Fatalf("1.5 s into a break the next tick is in %v, want 500ms", d)
	}
}

// A group's rules in its own words are the meeting's checklist.
func TestGroupsOwnRulesAreTheChecklist(t *testing.T) {
	h := newHarness(t, setup{})
	g := *h.group
	g.Rules = append([]string{"We start and end on time."}, g.Rules[1:]...)
	if err := h.store.UpdateGroup(g); err != nil {
		t.Fatal(err)
	}
	h.group = &g
	h.begin(4, "")
	h.key("enter")
	for h.status().Round {
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	h.see("› [ ] We start and end on time.")
	if got := h.p.Engine().Config().Rules[0]; got != "own-1" {
		t.Fatalf("the group's own first rule is begun as %q, want own-1", got)
	}
}

// The first rule can be the reminder: m, then enter at once.
func TestReminderOfTheFirstRule(t *testing.T) {
	h := newHarness(t, setup{})
	h.begin(3, "")
	h.toSharing()
	h.key("m", "enter")
	h.see("A reminder for all of us: What is said in the group stays in the group.")
	if got := h.status().Reminder; got != 0 {
		t.Fatalf("the reminder is rule %d, want the first (0)", got)
	}
}

// The open floor's clock shows seconds: it ticks at the next whole one.
func TestOpenFloorTicksEverySecond(t *testing.T) {
	h := newHarness(t, setup{})
	h.toOpenFloor(4, "")
	h.key("2")
	h.now = h.now.Add(90*time.Second + 1500*time.Millisecond)
	if d := h.p.NextChange(h.now); d != 500*time.Millisecond {
		t.Fatalf("on the open floor the next tick is in %v, want 500ms", d)
	}
}

// The clock ticks at the moment the plan stops fitting (a millisecond
// after it), when that comes before the next whole minute.
func TestTickWhenThePlanStopsFitting(t *testing.T) {
	h := newHarness(t, setup{})
	// Six reactions of 35 s put the moment off the whole minute; the
	// opening shows the meeting's minutes.
	h.begin(3, "", func(c *session.Config) { c.Reaction = 35 * time.Second })
	until := h.status().FitsUntil
	if until.IsZero() || until.Sub(start)%time.Minute == 0 {
		t.Fatalf("the plan stops fitting at %v, not off the minute", until.Sub(start))
	}
	checked := false
	for _, k := range []time.Duration{10 * time.Second, 25 * time.Second, 40 * time.Second} {
		now := until.Add(-k)
		minute := time.Minute - now.Sub(start)%time.Minute
		if minute <= k+time.Millisecond {
			continue
		}
		if d := h.p.NextChange(now); d != k+time.Millisecond {
			t.Fatalf("%v before the plan stops fitting the next tick is in %v, want %v", k, d, k+time.Millisecond)
		}
		checked = true
	}
	if !checked {
		t.Fatal("no moment to check")
	}
}

// Keys other than enter at the reminder picker close it and remind of
// nothing.
func TestReminderPickerOtherKeysRemindOfNothing(t *testing.T) {
	h := newHarness(t, setup{})
	h.begin(3, "")
	h.toSharing()
	for _, k := range []string{"esc", "x", "y", "n", "2", "space"} {
		h.key("m")
		h.see("Show one rule to the whole circle")
		h.key(k)
		if h.p.Confirming() {
			t.Fatalf("%q left the reminder picker open", k)
		}
		if got := h.status().Reminder; got != -1 {
			t.Fatalf("%q at the reminder picker reminded of rule %d", k, got)
		}
		h.notSee("A reminder for all of us")
	}
}

// The reminder is not on offer during the rules step, at the handover, or
// for a group with no rules.
func TestReminderOnlyWhileTheCircleMeets(t *testing.T) {
	h := newHarness(t, setup{w: 100, h: 40})
	h.begin(3, "")
	h.key("enter")
	for h.status().Round {
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	h.key("m")
	if h.p.Confirming() {
		t.Fatal("m opened the reminder picker during the rules step")
	}
	for range h.status().RulesTotal {
		h.key("space")
	}
	h.key("enter", "enter")
	for h.status().Phase == session.PhaseSharing || h.status().Phase == session.PhaseClosing {
		if !h.status().Round {
			h.key("enter")
			continue
		}
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	h.key("m")
	if h.p.Confirming() {
		t.Fatal("m opened the reminder picker at the handover")
	}
	h.see("Has the next facilitator been chosen?")

	h = newHarness(t, setup{})
	g := *h.group
	g.Rules = nil
	if err := h.store.UpdateGroup(g); err != nil {
		t.Fatal(err)
	}
	h.group = &g
	h.begin(3, "")
	h.key("enter")
	for h.status().Round {
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	h.key("enter", "enter")
	if h.status().Phase != session.PhaseSharing {
		t.Fatalf("a group with no rules is at %v", h.status().Phase)
	}
	h.key("m")
	if h.p.Confirming() {
		t.Fatal("m opened the reminder picker for a group with no rules")
	}
}

// Down past the last rule of the checklist stays on it, and space ticks it.
func TestRulesPointerStopsAtTheLast(t *testing.T) {
	h := newHarness(t, setup{w: 100, h: 40})
	h.begin(3, "")
	h.key("enter")
	for h.status().Round {
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	n := h.status().RulesTotal
	for range n + 3 {
		h.key("down")
	}
	h.key("space")
	if !h.p.m.Ticked(n - 1) {
		t.Fatal("space after going down past the end did not tick the last rule")
	}
	h.see("1 of 11 read and ticked")
}

// The first rule is ticked by space on it.
func TestTickTheFirstRule(t *testing.T) {
	h := newHarness(t, setup{w: 100, h: 40})
	h.begin(3, "")
	h.key("enter")
	for h.status().Round {
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	h.key("space")
	if !h.p.m.Ticked(0) {
		t.Fatal("space did not tick the first rule")
	}
	h.see("1 of 11 read and ticked")
}

// The open floor's keys: 9 gives seat 9 the floor; the tally labels seat
// 10 with 0 and seat 20 with +0.
func TestOpenFloorKeyLabels(t *testing.T) {
	h := newHarness(t, setup{w: 100, h: 40})
	h.toOpenFloor(10, "")
	h.key("9")
	if got := h.status().Floor; got != 9 {
		t.Fatalf("9 gave the floor to %d", got)
	}
	h.see("9  Seat 9", "0  Seat 10")

	h = newHarness(t, setup{w: 100, h: 40})
	h.toOpenFloor(20, "")
	h.see("+9 Seat 19", "+0 Seat 20")
}

// Ending a turn takes the notice of the moment off the screen.
func TestEndingATurnClearsTheNotice(t *testing.T) {
	h := newHarness(t, setup{})
	h.begin(3, "")
	h.toSharing()
	h.key("b", "b")
	h.see("The break is over.")
	h.tick(h.status().Turn.Left + time.Second)
	h.key("enter")
	if h.p.Confirming() {
		t.Fatal("ending a turn over its time asked first")
	}
	h.notSee("The break is over.")
}

// With the plan not fitting and no change left to offer (a plain round,
// no break, two hours already), c opens no menu.
func TestNoPlanMenuWithNothingToOffer(t *testing.T) {
	h := newHarness(t, setup{})
	h.begin(6, "", func(c *session.Config) {
		c.Format = session.FormatPlain
		c.Break = 0
	})
	h.toSharing()
	h.tick(100 * time.Minute)
	st := h.status()
	if st.Fits() || len(st.Choices) != 0 {
		t.Fatalf("the plan fits %v, choices %v", st.Fits(), st.Choices)
	}
	h.key("c")
	if h.p.Confirming() {
		t.Fatal("c opened a menu with nothing on it")
	}
}

// digitsShown reports whether the screen shows s in block digits at
// scale k, row by row.
func digitsShown(v, s string, k int) bool {
	for _, row := range components.BlockRows(s, k) {
		if !strings.Contains(v, strings.TrimRight(row, " ")) {
			return false
		}
	}
	return true
}

// The presenter view of a planned break counts down what is left of it,
// to 0:00 as it ends; past it, it counts the break's length.
func TestPresenterCountsDownThePlannedBreak(t *testing.T) {
	h := newHarness(t, setup{w: 40, h: 12})
	h.begin(4, "")
	h.toSharing()
	h.key("b", "v")
	st := h.status()
	if !st.OnBreak || st.BreakPlanned != 10*time.Minute {
		t.Fatalf("b in the sharing: on a break %v, planned %v", st.OnBreak, st.BreakPlanned)
	}
	h.tick(150 * time.Second)
	if v := h.view(); !digitsShown(v, "7:30", 1) {
		t.Fatalf("2:30 into a 10-minute break the presenter view does not show 7:30:\n%s", v)
	}
	h.tick(450 * time.Second)
	if v := h.view(); !digitsShown(v, "0:00", 1) || digitsShown(v, "10:00", 1) {
		t.Fatalf("as the planned break ends the presenter view does not show 0:00:\n%s", v)
	}
	h.tick(time.Minute)
	if v := h.view(); !digitsShown(v, "11:00", 1) {
		t.Fatalf("a minute past the planned break the presenter view does not show 11:00:\n%s", v)
	}
}

// The presenter view's block digits stand centred, at 40x12 too, and on
// a tall narrow screen as large as its width leaves a cell on each side.
func TestPresenterDigitsCentred(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {80, 24}, {160, 48}, {40, 48}, {41, 48}, {42, 48}, {43, 48}} {
		h := newHarness(t, setup{w: size[0], h: size[1]})
		h.begin(6, "")
		h.key("enter")
		h.tick(3 * time.Second)
		h.key("v")
		v := h.view()
		checkFits(t, v, size[0], size[1])
		rows := 0
		for _, l := range strings.Split(v, "\n") {
			if !strings.Contains(l, "█") {
				continue
			}
			rows++
			body := strings.TrimRight(l, " ")
			left := len(body) - len(strings.TrimLeft(body, " "))
			right := size[0] - ansi.StringWidth(body)
			if d := left - right; d < -1 || d > 1 || left == 0 {
				t.Fatalf("%dx%d: a row of the digits has %d cells left of it and %d right:\n%s", size[0], size[1], left, right, v)
			}
		}
		if rows == 0 {
			t.Fatalf("%dx%d: no block digits\n%s", size[0], size[1], v)
		}
	}
}

// The line mode names the seats not heard yet on the open floor, and says
// no such line once every seat has spoken.
func TestLineModeNotHeardYet(t *testing.T) {
	h := lineHarness(t, catalog.English)
	h.begin(2, "", func(c *session.Config) { c.Format = session.FormatOpen })
	h.typeLines("")
	for h.status().Round {
		h.typeLines("p")
	}
	h.typeLines("", "y")
	h.typeLines("1")
	h.wait(5 * time.Second)
	if said := h.p.Speech(); !slices.Contains(said, "Not heard yet: Seat 2.") {
		t.Fatalf("with seat 2 not heard yet the page says %q", said)
	}
	h.typeLines("2")
	h.wait(5 * time.Second)
	h.typeLines("-")
	for _, l := range h.p.Speech() {
		if strings.HasPrefix(l, "Not heard yet") {
			t.Fatalf("with every seat heard the page says %q", l)
		}
	}
}

// The line mode says how to change a plan that no longer fits, with the
// changes on offer, and no such line when none is left.
func TestLineModeSaysThePlanChoices(t *testing.T) {
	h := lineHarness(t, catalog.English)
	h.begin(6, "")
	h.toSharing()
	h.wait(100 * time.Minute)
	if st := h.status(); st.Fits() || len(st.Choices) == 0 {
		t.Fatalf("the plan fits %v with choices %v", st.Fits(), st.Choices)
	}
	if said := strings.Join(h.p.Speech(), "\n"); !strings.Contains(said, "Press c to change the plan: ") {
		t.Fatalf("a plan that does not fit is said without its choices:\n%s", said)
	}

	h = lineHarness(t, catalog.English)
	h.begin(6, "", func(c *session.Config) {
		c.Format = session.FormatPlain
		c.Break = 0
	})
	h.toSharing()
	h.wait(100 * time.Minute)
	if st := h.status(); st.Fits() || len(st.Choices) != 0 {
		t.Fatalf("the plan fits %v with choices %v", st.Fits(), st.Choices)
	}
	if said := strings.Join(h.p.Speech(), "\n"); strings.Contains(said, "Press c to change the plan") {
		t.Fatalf("a plan with no change left is said with a choice:\n%s", said)
	}
}

// r in the line mode says the rules during the sharing.
func TestLineModeRulesDuringTheSharing(t *testing.T) {
	h := lineHarness(t, catalog.English)
	h.begin(3, "")
	h.toSharing()
	h.heard()
	h.typeLines("r")
	if said := strings.Join(h.heard(), "\n"); !strings.Contains(said, "What is said in the group stays in the group.") {
		t.Fatalf("r during the sharing said:\n%s", said)
	}
}

// The line mode's alerts at their exact moments: one minute left of a
// turn planned longer than the calm warning's minute, time, 30 s over, a
// minute over; a turn of one minute gets no minute-left alert.
func TestLineModeAlertsOnTheSecond(t *testing.T) {
	h := lineHarness(t, catalog.English)
	h.begin(3, "", func(c *session.Config) { c.CheckIn = time.Minute })
	h.typeLines("")
	h.heard()
	h.wait(30 * time.Second)
	if got := h.heard(); slices.Contains(got, "One minute left.") {
		t.Fatalf("a check-in of 60 s was told one minute left: %q", got)
	}
	h.wait(30 * time.Second)
	h.expect("Time.")
	h.wait(30 * time.Second)
	h.expect("Time. Seat 2 has gone 30 seconds over.")
	h.wait(30 * time.Second)
	h.expect("Seat 2 has gone 1 minute over.")

	h = lineHarness(t, catalog.English)
	h.begin(3, "")
	h.toSharing()
	h.heard()
	h.wait(h.status().Turn.Planned - time.Minute)
	h.expect("One minute left.")
}

// The line mode numbers the plan's changes from 1, as the menu does.
func TestLineModeNumbersThePlanChanges(t *testing.T) {
	h := lineHarness(t, catalog.English)
	h.begin(6, "")
	h.toSharing()
	h.wait(100 * time.Minute)
	h.heard()
	h.typeLines("c")
	said := h.heard()
	first := h.p.choiceName(offered(h.status())[0])
	found := false
	for _, l := range said {
		if strings.HasPrefix(l, "1. "+first+": ") {
			found = true
		}
		if strings.HasPrefix(l, "0. ") {
			t.Fatalf("a change numbered 0: %q", said)
		}
	}
	if !found {
		t.Fatalf("the first change is not said as 1. %s: %q", first, said)
	}
}

// The line mode's reminder takes a rule's number, 1 to the last; any
// other answer reminds of nothing.
func TestLineModeReminderNumbers(t *testing.T) {
	h := lineHarness(t, catalog.English)
	h.begin(3, "")
	h.toSharing()
	n := len(h.p.ruleText)
	for _, tt := range []struct {
		line string
		want int
	}{{"x", -1}, {"0", -1}, {strconv.Itoa(n + 1), -1}, {"", -1}, {"1", 0}, {strconv.Itoa(n), n - 1}} {
		before := h.status().Reminder
		h.typeLines("m", tt.line)
		want := tt.want
		if want < 0 {
			want = before
		}
		if got := h.status().Reminder; got != want {
			t.Fatalf("m then %q: the reminder is rule %d, want %d", tt.line, got, want)
		}
	}
}

// The line mode ticks rules by number, the last included, in any order.
func TestLineModeTicksByNumber(t *testing.T) {
	h := lineHarness(t, catalog.English)
	h.begin(3, "")
	h.typeLines("")
	for h.status().Round {
		h.typeLines("p")
	}
	n := len(h.p.ruleText)
	h.typeLines("t 3", "t 1", "t "+strconv.Itoa(n))
	for _, i := range []int{0, 2, n - 1} {
		if !h.p.m.Ticked(i) {
			t.Fatalf("rule %d is not ticked after t 3, t 1, t %d", i+1, n)
		}
	}
	if got := h.status().RulesTicked; got != 3 {
		t.Fatalf("%d rules ticked, want 3", got)
	}
}

// The line mode gives the floor to seat 10 by its number, and answers the
// handover with y or n.
func TestLineModeSeatTenAndTheHandover(t *testing.T) {
	for _, answer := range []string{"y", "n"} {
		h := lineHarness(t, catalog.English)
		h.begin(10, "", func(c *session.Config) { c.Format = session.FormatOpen })
		h.typeLines("")
		for h.status().Round {
			h.typeLines("p")
		}
		h.typeLines("", "y")
		h.typeLines("10")
		if got := h.status().Floor; got != 10 {
			t.Fatalf("10 gave the floor to %d", got)
		}
		h.typeLines("", "y")
		for i := 0; i < 40 && h.status().Phase == session.PhaseClosing; i++ {
			if h.status().Round {
				h.typeLines("p")
			} else {
				h.typeLines("")
			}
		}
		if h.status().Phase != session.PhaseHandover {
			t.Fatalf("not at the handover: %v", h.status().Phase)
		}
		h.typeLines(answer)
		if h.summary == nil || h.summary.Log.Handover != (answer == "y") {
			t.Fatalf("%s at the handover: %+v", answer, h.summary)
		}
	}
}

// The cue to change the plan stands between turns up to the sharing,
// while the plan does not fit and a change is on offer; not with nothing
// to offer.
func TestShortCueOnlyWithAChange(t *testing.T) {
	toSharingLate := func(h *harness) {
		h.key("enter")
		for h.status().Round {
			h.tick(h.status().Turn.Left)
			h.key("enter")
		}
		for range h.status().RulesTotal {
			h.key("space")
		}
		h.tick(100 * time.Minute)
		h.key("enter")
	}
	h := newHarness(t, setup{})
	h.begin(6, "")
	toSharingLate(h)
	if st := h.status(); st.Phase != session.PhaseSharing || st.Round || st.Fits() || len(st.Choices) == 0 {
		t.Fatalf("at the sharing's start: %v round %v fits %v choices %v", st.Phase, st.Round, st.Fits(), st.Choices)
	}
	if got := cueFor(h.status()); got != rules.CueShort {
		t.Fatalf("the plan does not fit and can change: the cue is %q, want %q", got, rules.CueShort)
	}

	h = newHarness(t, setup{})
	h.begin(6, "", func(c *session.Config) {
		c.Format = session.FormatPlain
		c.Break = 0
	})
	toSharingLate(h)
	if st := h.status(); st.Fits() || len(st.Choices) != 0 {
		t.Fatalf("fits %v choices %v", st.Fits(), st.Choices)
	}
	if got := cueFor(h.status()); got == rules.CueShort {
		t.Fatal("with no change on offer the cue asks for one")
	}

}

// The presenter's block digits keep their colour on a colour terminal.
func TestPresenterDigitsInColour(t *testing.T) {
	h := newHarness(t, setup{w: 80, h: 24, colored: true, profile: termenv.ANSI})
	h.begin(6, "")
	h.key("enter")
	h.tick(3 * time.Second)
	h.key("v")
	for _, l := range strings.Split(h.p.View(), "\n") {
		if strings.Contains(l, "█") {
			if !strings.Contains(l, "\x1b[") {
				t.Fatalf("a row of the digits has no colour: %q", l)
			}
			return
		}
	}
	t.Fatal("no block digits")
}

// Ticking the last rule leaves the pointer on it, where space takes the
// tick off again: the pointer never goes past the list.
func TestTickingTheLastRuleKeepsThePointerOnIt(t *testing.T) {
	h := newHarness(t, setup{w: 100, h: 40})
	h.begin(3, "")
	h.key("enter")
	for h.status().Round {
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	n := h.status().RulesTotal
	for range n {
		h.key("space")
	}
	h.see(fmt.Sprintf("%d of %d read and ticked", n, n), "› [x] "+h.p.ruleText[n-1][:10])
	h.key("space")
	if h.p.m.Ticked(n - 1) {
		t.Fatal("space on the last rule, just ticked, did not take its tick off")
	}
	h.see(fmt.Sprintf("%d of %d read and ticked", n-1, n))
}

// The presenter's line under the digits adds the planned end where the
// whole line fits, and never cuts it: at the width of that line and one
// less, in both languages, with the overtime words that make it long.
func TestPresenterPlannedEndWhereItFits(t *testing.T) {
	overtime := func(lang catalog.Lang, w int) (*harness, string, string) {
		h := newHarness(t, setup{lang: lang, w: w, h: 24})
		h.begin(4, "")
		h.toSharing()
		h.tick(h.status().Turn.Planned + 95*time.Second)
		h.key("v")
		st, c := h.status(), h.c
		below := ansi.Strip(clockOf(st).OverText(c)) + " · " + common.PhaseTitle(c.Cat, st.Phase)
		return h, below, below + " · " + c.Cat.F(catalog.RoomEnds, c.Cat.TimeOfDay(st.Ends))
	}
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		_, _, ends := overtime(lang, 80)
		n := ansi.StringWidth(ends)
		for _, w := range []int{n - 1, n} {
			h, below, ends := overtime(lang, w)
			v := ansi.Strip(h.view())
			checkFits(t, v, w, 24)
			var last string
			for _, l := range strings.Split(v, "\n") {
				if l = strings.TrimSpace(l); strings.HasPrefix(l, below) {
					last = l
				}
			}
			want := below
			if w >= n {
				want = ends
			}
			if last != want {
				t.Fatalf("%s %d wide: the line under the digits is %q, want %q:\n%s", lang, w, last, want, v)
			}
		}
	}
}

// Once the meeting is over, the presenter's last frame names no planned
// end: there is none left to wait for.
func TestPresenterNamesNoEndOnceOver(t *testing.T) {
	h := newHarness(t, setup{w: 80, h: 24})
	h.begin(3, "")
	h.toSharing()
	h.key("v")
	h.see(h.c.Cat.F(catalog.RoomEnds, h.c.Cat.TimeOfDay(h.status().Ends)))
	h.finish()
	if h.status().Phase != session.PhaseDone {
		t.Fatalf("phase %v after the handover's answer", h.status().Phase)
	}
	h.notSee(h.c.Cat.F(catalog.RoomEnds, ""))
}

// In the open floor the line mode takes every digit: 9 and 19 give the
// floor to seats 9 and 19.
func TestLineModeFloorByEveryDigit(t *testing.T) {
	h := lineHarness(t, catalog.English)
	h.begin(19, "", func(c *session.Config) { c.Format = session.FormatOpen })
	h.typeLines("")
	for h.status().Round {
		h.typeLines("p")
	}
	h.typeLines("", "y")
	for _, seat := range []int{9, 19} {
		h.typeLines(strconv.Itoa(seat))
		if got := h.status().Floor; got != seat {
			t.Fatalf("%d gave the floor to %d", seat, got)
		}
	}
}

// The break's clock: with no break planned it counts the break so far; at
// the planned length it is still within it; a second past, it says by how
// much the break ran over.
func TestBreakClockAtItsEdges(t *testing.T) {
	h := newHarness(t, setup{w: 80, h: 24})
	h.begin(4, "", func(c *session.Config) { c.Break = 0 })
	h.toSharing()
	h.key("b")
	h.tick(2 * time.Minute)
	h.see("2:00 so far")
	h.notSee("longer than planned", " of ")

	h = newHarness(t, setup{w: 80, h: 24})
	h.begin(4, "")
	h.toSharing()
	h.key("b")
	planned := h.status().BreakPlanned
	if planned <= 0 {
		t.Fatal("no break planned")
	}
	h.tick(planned)
	h.see(common.Clock(planned) + " of " + common.Clock(planned))
	h.notSee("longer than planned")
	h.tick(time.Second)
	h.see("0:01 longer than planned")
}

// The opening's plan: the length and the time each plainly, who sent word
// muted, a line apart in colour as on the screen.
func TestOpeningPlanMutesOnlyWhoSentWord(t *testing.T) {
	h := newHarness(t, setup{w: 100, h: 30, colored: true, profile: termenv.ANSI})
	h.begin(4, "", func(c *session.Config) { c.SentWord = 2 })
	v := h.view()
	lines := h.p.planLines(h.status())
	if len(lines) != 3 {
		t.Fatalf("plan lines %q", lines)
	}
	for i, text := range lines {
		muted := strings.Contains(v, h.c.Styles.Muted.Render(text))
		if plain := strings.Contains(v, text); !plain || muted != (i == 2) {
			t.Fatalf("line %d %q: on screen %v, muted %v, want muted %v:\n%q", i+1, text, plain, muted, i == 2, v)
		}
	}
}

// In colour, the checklist marks the rule under the pointer, and only it.
func TestRulesPointerMarksOnlyItsRule(t *testing.T) {
	h := newHarness(t, setup{w: 160, h: 48, colored: true, profile: termenv.ANSI})
	h.begin(3, "")
	h.key("enter")
	for h.status().Round {
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	h.key("down")
	v := h.view()
	sel := h.c.Styles.Selected.Render
	if sel("x") == "x" {
		t.Fatal("the selected style draws nothing in colour")
	}
	for i, text := range h.p.ruleText[:3] {
		if marked := strings.Contains(v, sel(text)); marked != (i == 1) {
			t.Fatalf("rule %d %q marked %v, pointer on rule 2:\n%q", i+1, text, marked, v)
		}
	}
}
