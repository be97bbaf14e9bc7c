package ui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"

	"circle/session"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/pages/resume"
	"circle/ui/pages/setup"
)

// The names of the privacy test: strings that occur nowhere else.
var names = []string{"Quenbyzar", "Wolmerdine", "Xanthivel", "Ørjulka"}

func TestWholeMeetingOfFour(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.see("Welcome to circle", "0 meetings saved")
	golden.RequireEqual(t, h.view())

	h.key("enter")
	h.see("new meeting", "People present")
	h.setField(setup.FieldPresent, "4")
	h.setField(setup.FieldNames, strings.Join(names, ", "))
	h.key("enter")
	h.see("Welcome", "Today: 120 minutes, 4 people in the circle.")

	// Opening: the check-in round begins after the facilitator (seat 1).
	h.clock.wait(2 * time.Minute)
	h.key("enter")
	h.see("Seat 2 · Wolmerdine", "checks in")
	h.clock.wait(4 * time.Second)
	h.key("p") // seat 2 passes at once: no question asked
	h.see("Seat 2 · Wolmerdine passed.", "Seat 3 · Xanthivel")
	for range 3 {
		h.tick(time.Minute)
		h.key("enter")
	}
	if got := h.status().Phase; got != session.PhaseRules {
		t.Fatalf("after the check-in round the phase is %v", got)
	}

	// Ground rules: read and tick every one.
	t.Run("rules", func(t *testing.T) { golden.RequireEqual(t, h.view()) })
	for range h.status().RulesTotal {
		h.key("space") // ticking moves the pointer to the next rule
	}
	h.see("11 of 11 read and ticked")
	h.key("enter")
	if h.mt().Confirming() {
		t.Fatal("all rules ticked, yet the sharing asked for confirmation")
	}
	h.see("The circle of sharing", "Seat 2 · Wolmerdine begins.")
	h.key("enter")

	// The first sharing turn runs 90 s over; the screen says so in words.
	share := h.status().Turn
	if share.Kind != session.KindShare || share.Seat != 2 {
		t.Fatalf("first sharing turn is %+v", share.Slot)
	}
	h.tick(3 * time.Minute)
	t.Run("sharing", func(t *testing.T) { golden.RequireEqual(t, h.view()) })
	if h.lastTickDelay() > time.Second {
		t.Fatalf("while a turn runs the clock ticks every second, got %v", h.lastTickDelay())
	}
	h.tick(share.Planned - 3*time.Minute + 90*time.Second)
	h.see("TIME · 1:30 over", "planned "+common.Clock(share.Planned))
	t.Run("overtime", func(t *testing.T) { golden.RequireEqual(t, h.view()) })
	h.key("enter") // over its time: no question asked

	// The rest of the sharing, every turn on time.
	for h.status().Phase == session.PhaseSharing && h.status().Round {
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	h.see("Closing round")
	h.key("enter")
	for h.status().Phase == session.PhaseClosing {
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	h.see("Handover", "Has the next facilitator been chosen?")
	h.key("y")

	h.see("The meeting is complete.", "1 pass.", "1 turn ran over its time.", "Ground rules read: 11 of 11.",
		"The next facilitator is chosen.", "The log is saved.")
	t.Run("summary", func(t *testing.T) { golden.RequireEqual(t, h.view()) })

	// The log, read back from the data file.
	logs, err := h.store.Meetings()
	if err != nil || len(logs) != 1 {
		t.Fatalf("saved meetings: %v, %v", logs, err)
	}
	l := logs[0]
	if !l.Completed || !l.Handover || l.Present != 4 || l.PlannedMinutes != 120 || l.Date != "2026-11-25" {
		t.Fatalf("log header: %+v", l)
	}
	kinds := map[string]int{}
	passes, over := 0, 0
	for _, turn := range l.Turns {
		kinds[turn.Kind]++
		if turn.Passed {
			passes++
			if turn.Seat != 2 || turn.Kind != "checkin" {
				t.Errorf("the pass was logged as %+v", turn)
			}
		}
		if turn.OvertimeSeconds > 0 {
			over++
			if turn.Seat != 2 || turn.Kind != "share" || turn.OvertimeSeconds != 90 {
				t.Errorf("the overrun was logged as %+v", turn)
			}
		}
	}
	if kinds["checkin"] != 4 || kinds["share"] != 4 || kinds["reaction"] != 12 || kinds["checkout"] != 4 || passes != 1 || over != 1 {
		t.Fatalf("turns %v, passes %d, overruns %d", kinds, passes, over)
	}
	if len(l.RulesReviewed) != 11 || l.RulesUnticked != 0 || len(l.Prompts) != 3 {
		t.Fatalf("rules %v unticked %d prompts %v", l.RulesReviewed, l.RulesUnticked, l.Prompts)
	}

	// Back home, the history counts it.
	h.key("enter")
	h.see("1 meeting saved")
}

func TestNamesNeverReachTheDataFile(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.key("enter")
	h.setField(setup.FieldPresent, "4")
	h.setField(setup.FieldNames, strings.Join(names, ", "))
	h.key("enter", "enter")
	for h.status().Phase == session.PhaseOpening {
		h.tick(time.Minute)
		h.key("enter")
	}
	h.key("enter", "y", "enter")
	h.tick(time.Minute)
	h.key("ctrl+c")
	h.see("Stop the meeting now?")
	h.key("y")
	if !h.quitting {
		t.Fatalf("stopping did not save and quit")
	}
	if err := h.store.Close(); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(h.path)
	if err != nil {
		t.Fatal(err)
	}
	// The records are binary since schema 4: ask the store for it.
	ro, err := store.OpenReadOnly(h.path)
	if err != nil {
		t.Fatal(err)
	}
	logs, err := ro.Meetings()
	ro.Close()
	if err != nil || len(logs) != 1 || logs[0].Completed {
		t.Fatal("the stopped meeting is not in the data file")
	}
	for _, n := range names {
		for _, form := range []string{n, strings.ToLower(n), strings.ToUpper(n)} {
			if bytes.Contains(raw, []byte(form)) {
				t.Errorf("the data file holds the name %q", form)
			}
		}
	}
}

func TestSetupRefusesBadInput(t *testing.T) {
	tests := []struct {
		field int
		value string
		want  string
	}{
		{setup.FieldPresent, "0", "People present must be a number from 2 to 20."},
		{setup.FieldPresent, "1", "People present must be a number from 2 to 20."},
		{setup.FieldPresent, "21", "People present must be a number from 2 to 20."},
		{setup.FieldPresent, "", "People present must be a number from 2 to 20."},
		{setup.FieldLength, "121", "The length must be a whole number of minutes from 5 to 120."},
		{setup.FieldLength, "4", "The length must be a whole number of minutes from 5 to 120."},
		{setup.FieldLength, "sixty", "The length must be a whole number of minutes from 5 to 120."},
		{setup.FieldFacilitator, "7", "The facilitator's seat must be a number from 1 to 6."},
		{setup.FieldSentWord, "-1", "Sent word must be a number from 0 to 50."},
		{setup.FieldNames, "A, B, C, D, E, F, G", "There are 7 names for 6 people."},
	}
	for _, tt := range tests {
		t.Run(tt.want+" "+tt.value, func(t *testing.T) {
			h := newHarness(t, 100, 30)
			h.key("enter")
			h.setField(tt.field, tt.value)
			h.key("enter")
			if _, ok := h.m.Page().(*setup.Page); !ok {
				t.Fatalf("a meeting started with %q in field %d", tt.value, tt.field)
			}
			h.see(tt.want)
			if h.form().Focused() != tt.field {
				t.Fatalf("focus on field %d, want the faulty %d", h.form().Focused(), tt.field)
			}
		})
	}
}

func TestEndingEarlyAsksAndOnlyYConfirms(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.key("enter", "enter", "enter")
	seat := h.status().Turn.Seat
	h.tick(30 * time.Second)
	h.key("enter")
	h.see("End the turn of Seat " + string(rune('0'+seat)) + " now")
	h.key("enter") // a doubled enter must not end the turn
	if h.status().Turn.Seat != seat {
		t.Fatal("a second enter ended the turn")
	}
	h.key("enter", "y")
	if h.status().Turn.Seat == seat {
		t.Fatal("y did not end the turn")
	}
	turns := h.mt().Engine().Turns()
	if last := turns[len(turns)-1]; !last.Early || last.Actual != 30*time.Second {
		t.Fatalf("early end logged as %+v", last)
	}
	// A pass after 20 s of speaking asks too.
	h.tick(25 * time.Second)
	h.key("p")
	h.see("has been speaking for 0:25. Mark this turn as a pass?")
	h.key("n")
	if len(h.mt().Engine().Turns()) != len(turns) {
		t.Fatal("n did not keep the turn")
	}
}

func TestClockTicksOnlyWhenTheScreenChanges(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.key("enter", "enter")
	// The opening shows whole minutes: the next tick is at the minute.
	h.clock.wait(20 * time.Second)
	if d := h.lastTickDelay(); d != 40*time.Second {
		t.Fatalf("in the opening the next tick is in %v, want 40s", d)
	}
	h.key("enter")
	h.clock.wait(1500 * time.Millisecond)
	if d := h.lastTickDelay(); d != 500*time.Millisecond {
		t.Fatalf("in a turn the next tick is in %v, want at the next whole second", d)
	}
	// A jump of ten minutes shows at once, from the clock, not from ticks.
	h.tick(10 * time.Minute)
	h.see("TIME · 9:01 over")
}

func TestTinyTerminalKeepsTheMeetingGoing(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.key("enter", "enter", "enter")
	h.send(tea.WindowSizeMsg{Width: 30, Height: 8})
	h.see("Please make this window bigger")
	h.tick(10 * time.Second)
	h.see("0:50")
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.see("checks in")
}

func TestRulesScrollToThePointerOnASmallScreen(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.key("enter", "enter", "enter")
	for h.status().Round {
		h.key("p")
	}
	rules := h.mt().Engine().Config().Rules
	for range len(rules) - 1 {
		h.key("down")
	}
	last := catalog.New(catalog.English).T(catalog.Rule(rules[len(rules)-1]))
	h.see("› [ ] "+last[:20], "0 of 11 read and ticked")
	if lines := strings.Count(h.view(), "\n") + 1; lines != 24 {
		t.Fatalf("the screen has %d lines, want 24", lines)
	}
}

func TestSleepingLaptopShowsTheTimeThatPassed(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.key("enter", "enter", "enter")
	h.tick(20 * time.Second)
	h.clock.sleep(10 * time.Minute) // the lid is shut; the monotonic clock stops
	h.deliverTick()
	st := h.status()
	if st.Turn.Elapsed != 10*time.Minute+20*time.Second {
		t.Fatalf("after sleeping the turn shows %v spoken, want 10m20s", st.Turn.Elapsed)
	}
	h.see("The computer was asleep for 10 minutes.", "TIME · 9:20 over", "10 min gone")

	// A wall clock set back an hour changes nothing on screen.
	h.clock.step(-time.Hour)
	h.tick(time.Second)
	if got := h.status().Turn.Elapsed; got != 10*time.Minute+21*time.Second {
		t.Fatalf("after the wall clock went back the turn shows %v", got)
	}
}

// runToSharing starts a meeting of 3 and runs it to its first sharing turn.
func (h *harness) runToSharing() {
	h.t.Helper()
	h.key("enter")
	h.setField(setup.FieldPresent, "3")
	h.key("enter", "enter")
	for h.status().Round {
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	h.key("enter", "y", "enter")
}

// finishMeeting passes every turn left and closes the meeting.
func (h *harness) finishMeeting() {
	h.t.Helper()
	for h.status().Phase == session.PhaseSharing || h.status().Phase == session.PhaseClosing {
		if !h.status().Round {
			h.key("enter")
			continue
		}
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	h.key("y")
}

// failingStore is the real data file behind a disk that is full for a while.
type failingStore struct {
	*store.Store
	full bool
}

func (f *failingStore) PutEvent(n int, e session.Event) error {
	if f.full {
		return fmt.Errorf("write circle.db: %w", syscall.ENOSPC)
	}
	return f.Store.PutEvent(n, e)
}

func TestFullDiskMidMeetingLosesNothing(t *testing.T) {
	h := newHarness(t, 100, 30)
	fs := &failingStore{Store: h.store}
	h.restart(Options{Store: fs, Width: 100, Height: 30})
	h.runToSharing()
	fs.full = true
	h.tick(time.Minute)
	h.key("p", "y") // late pass: asked and confirmed
	h.see("Saving is failing: the disk is full.", "The meeting goes on in memory")
	h.tick(time.Second)
	h.key("p")
	if got := h.mt().Journal().Pending(); got != 2 {
		t.Fatalf("%d events wait for the disk, want 2", got)
	}
	// Space comes back: the next try writes what waited, in order.
	fs.full = false
	h.tick(common.RetryEvery)
	if err := h.mt().Journal().Failing(); err != nil {
		t.Fatalf("still failing after the disk recovered: %v", err)
	}
	h.finishMeeting()
	logs, err := h.store.Meetings()
	if err != nil || len(logs) != 1 || !logs[0].Completed {
		t.Fatalf("history after the full disk: %v %v", logs, err)
	}
	passes := 0
	for _, turn := range logs[0].Turns {
		if turn.Passed {
			passes++
		}
	}
	if passes != 2 {
		t.Fatalf("%d passes in the history, want the 2 made while the disk was full", passes)
	}
}

func TestReadOnlyDataFileOffersAnotherFile(t *testing.T) {
	other := filepath.Join(t.TempDir(), "usb", "circle.db")
	// Wide enough for the path on one line, however long TMPDIR makes it.
	w := max(100, len(other)+40)
	h := newHarness(t, w, 30)
	h.store.Close()
	ro, err := store.OpenReadOnly(h.path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	before, _ := os.ReadFile(h.path)
	h.restart(Options{Store: ro, Width: w, Height: 30})
	h.runToSharing()
	h.see("Saving is failing: the data file or its folder is read-only.")
	h.finishMeeting()
	h.see("The log could not be saved in the data file", "Save the log in another file")
	h.key("ctrl+u")
	h.key(other)
	h.key("enter")
	h.see("The log is saved in " + other)
	st, err := store.OpenReadOnly(other)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if logs, err := st.Meetings(); err != nil || len(logs) != 1 || !logs[0].Completed {
		t.Fatalf("the other file holds %v, %v", logs, err)
	}
	if after, _ := os.ReadFile(h.path); !bytes.Equal(before, after) {
		t.Fatal("the read-only data file was changed")
	}
}

func TestResumeWithNamesAndCloseAsInterrupted(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.runToSharing()
	seat := h.status().Turn.Seat
	h.tick(2 * time.Minute)

	// The program ends without closing the meeting (a crash); an hour later
	// circle starts again on the same file.
	h.clock.sleep(time.Hour)
	again := func() { h.restart(Options{Store: h.store, Width: 100, Height: 30}) }
	again()
	h.see("An unfinished meeting was found", "It began on Wed 25 Nov 2026 at 18:", "with 3 people",
		"Last saved: sharing, during the turn of Seat "+fmt.Sprint(seat), "That was 62 minutes ago")
	h.key("Ann, Bo, Cy", "enter")
	st := h.status()
	if st.Phase != session.PhaseSharing || st.Turn.Seat != seat {
		t.Fatalf("resumed at %v seat %d", st.Phase, st.Turn.Seat)
	}
	// circle was down from its last event (the turn's start) until now: an
	// interruption of 62 minutes, counted in no turn (issue 9: it used to
	// become the turn's overtime). The turn goes on from what it had.
	if st.Turn.Elapsed != 0 {
		t.Fatalf("the resumed turn shows %v spoken, want the 0 it had at its last event", st.Turn.Elapsed)
	}
	h.see(fmt.Sprintf("Seat %d · %s", seat, []string{"Ann", "Bo", "Cy"}[seat-1]))

	// Again a crash; this time it is closed as interrupted.
	again()
	h.see("An unfinished meeting was found")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlX})
	h.see("Close this meeting as interrupted?")
	h.key("y")
	h.see("The meeting was stopped before its end.", "The log is saved.", "circle stopped 1 time and came back")
	logs, err := h.store.Meetings()
	if err != nil || len(logs) != 1 || logs[0].Completed {
		t.Fatalf("history: %v %v", logs, err)
	}
	if l := logs[0]; l.Interruptions != 1 || l.InterruptedSeconds != 62*60 {
		t.Errorf("the log holds %d interruptions of %d s, want 1 of 3720", l.Interruptions, l.InterruptedSeconds)
	}
	for _, turn := range logs[0].Turns {
		if turn.OvertimeSeconds > 0 {
			t.Errorf("the interruption became overtime: %+v", turn)
		}
	}
	if events, _ := h.store.ActiveEvents(); len(events) != 0 {
		t.Fatalf("%d events still active", len(events))
	}
	raw, _ := os.ReadFile(h.path)
	for _, n := range []string{"Ann", "Bo, Cy"} {
		if bytes.Contains(raw, []byte(n)) {
			t.Errorf("the data file holds %q", n)
		}
	}
}

func TestPlanChoicesAreAskedFirst(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.key("enter")
	h.setField(setup.FieldPresent, "13")
	h.key("enter")
	if h.status().Fits() {
		t.Fatal("a circle of 13 in two hours should not fit")
	}
	h.see("The plan is too tight", "Press c to change the plan: shorter reactions · plain round from now")
	h.key("2")
	if h.status().Format != session.FormatCircle {
		t.Fatal("a digit alone changed the plan")
	}
	h.key("c")
	h.see("Change the plan: press the number of a change", "2  plain round from now: Change to a plain round from now?")
	h.key("x")
	if h.status().Format != session.FormatCircle || h.mt().Confirming() {
		t.Fatal("another key changed the plan or left the menu open")
	}
	h.key("c", "2")
	if h.status().Format != session.FormatPlain || !h.status().Fits() {
		t.Fatalf("after c 2: format %v, fits %v", h.status().Format, h.status().Fits())
	}
	h.see("The plan is changed.")
}

func TestPresenterViewFillsTheScreen(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {80, 24}, {160, 48}, {300, 100}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			h := newHarness(t, size[0], size[1])
			h.key("enter")
			h.setField(setup.FieldNames, "Ann, Bo, Kim, Liv, Ola, Per")
			h.key("enter", "enter")
			h.tick(3 * time.Second)
			h.key("v")
			v := h.view()
			lines := strings.Split(v, "\n")
			if len(lines) != size[1] {
				t.Fatalf("%d lines, want %d", len(lines), size[1])
			}
			for i, l := range lines {
				if w := lipgloss.Width(l); w > size[0] {
					t.Fatalf("line %d is %d wide, wider than %d", i, w, size[0])
				}
			}
			h.see("Seat 2 · Bo · checks in", "opening")
			blocks := strings.Count(v, "█")
			if size[0] >= 80 && blocks < 100 {
				t.Fatalf("only %d block cells: the digits do not fill the screen\n%s", blocks, v)
			}
			if size == [2]int{80, 24} {
				golden.RequireEqual(t, v)
			}
			h.key("v")
			h.see("0:57 left of 1:00")
		})
	}
}

func TestOpenFloorTallyAndClosing(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.key("enter")
	h.setField(setup.FieldPresent, "4")
	h.setField(setup.FieldNames, "Ann, Bo, Kim, Liv")
	h.focus(setup.FieldFormat)
	h.key("space", "space") // circle -> plain -> open
	h.see("‹ Open floor ›", "Plan: about")
	h.key("enter", "enter")
	for h.status().Round {
		h.key("p")
	}
	h.key("enter", "y")
	h.see("Open floor", "No one has the floor", "1  Seat 1 · Ann", "not heard yet")
	h.key("3")
	h.tick(2 * time.Minute)
	h.see("Seat 3 · Kim has the floor · 2:00")
	h.key("3") // again: nothing changes
	h.key("1")
	h.tick(30 * time.Second)
	h.key(" ")
	h.tick(10 * time.Second)
	h.key("3")
	h.tick(time.Minute)
	st := h.status()
	if want := []time.Duration{30 * time.Second, 0, 3 * time.Minute, 0}; !slicesEqual(st.Tally, want) {
		t.Fatalf("tally %v, want %v", st.Tally, want)
	}
	h.see("Seat 2 · Bo", "not heard yet")
	h.key("enter")
	h.see("Close the open floor now, with")
	h.key("y")
	if h.status().Phase != session.PhaseClosing {
		t.Fatalf("after closing the floor: %v", h.status().Phase)
	}
	h.key("enter")
	for h.status().Round {
		h.key("p")
	}
	h.key("y")
	h.see("Open floor: 2 of 4 seats spoke.")
	logs, err := h.store.Meetings()
	if err != nil || len(logs) != 1 {
		t.Fatal(logs, err)
	}
	if got := logs[0].Tally; len(got) != 4 || got[0].Seconds != 30 || got[1].Seconds != 0 || got[2].Seat != 3 || got[2].Seconds != 180 {
		t.Fatalf("logged tally %+v", got)
	}
}

func slicesEqual(a, b []time.Duration) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestReminderLeavesTheSpeakerAlone(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.runToSharing()
	h.tick(90 * time.Second)
	before := h.status()
	h.key("m")
	h.see("Show one rule to the whole circle")
	h.key("down", "down", "enter")
	h.see("A reminder for all of us: We speak from our own experience")
	after := h.status()
	if after.Turn != before.Turn || after.Elapsed != before.Elapsed || after.ShareEach != before.ShareEach {
		t.Fatalf("the reminder touched the turn: %+v then %+v", before.Turn, after.Turn)
	}
	h.tick(10 * time.Second)
	if got := h.status().Turn.Elapsed; got != 100*time.Second {
		t.Fatalf("the speaker's clock shows %v, want 1m40s", got)
	}
	third := h.mt().Engine().Config().Rules[2]
	h.finishMeeting()
	logs, _ := h.store.Meetings()
	if len(logs) != 1 || len(logs[0].Reminders) != 1 || logs[0].Reminders[0] != third {
		t.Fatalf("logged reminders %v", logs[0].Reminders)
	}
	// The rule's words are in the group's profile, where the group put
	// them; the meeting's record holds only the id.
	rec, _ := json.Marshal(logs[0])
	if bytes.Contains(rec, []byte("own experience")) {
		t.Fatal("the reminder's text, not its id, reached the meeting's record")
	}
}

func TestHandoverCard(t *testing.T) {
	h := newHarness(t, 100, 40)
	h.runToSharing()
	for h.status().Phase == session.PhaseSharing || h.status().Phase == session.PhaseClosing {
		if !h.status().Round {
			h.key("enter")
			continue
		}
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	h.see("Has the next facilitator been chosen?", "For the next facilitator",
		"Meetings last 120 minutes, as a circle of sharing.", "circle rules export")
}

// Text typed fast arrives as one message; words that are key names ("end",
// "home", "up") must still be typed, not taken as keys.
func TestFastTypingKeepsWordsThatAreKeyNames(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.key("enter")
	h.setField(setup.FieldNames, "end, home, up, down, left")
	if got := h.form().Value(setup.FieldNames); got != "end, home, up, down, left" {
		t.Fatalf("the names field holds %q", got)
	}
	h.key("esc", "e", "a", "We begin and end on time.", "enter")
	g, _ := h.store.Group(h.group)
	if !slices.Contains(g.Rules, "We begin and end on time.") {
		t.Fatalf("the rule was stored as %q", g.Rules[1])
	}
}

// An unfinished meeting whose record cannot be read: said so, and set aside
// on request, with a copy of the data file kept; then circle works again.
func TestUnreadableUnfinishedMeetingCanBeSetAside(t *testing.T) {
	h := newHarness(t, 100, 30)
	// A begin event the engine refuses: a record it cannot use.
	bad := session.Begin(start, session.Config{Seats: 1})
	if err := h.store.StartMeeting(bad); err != nil {
		t.Fatal(err)
	}
	h.restart(Options{Store: h.store, Width: 100, Height: 30})
	h.see("Its record cannot be read", "ctrl+x set it aside")
	h.key("enter")
	if _, ok := h.m.Page().(*resume.Page); !ok {
		t.Fatal("enter went on with a meeting that cannot be read")
	}
	h.send(tea.KeyMsg{Type: tea.KeyCtrlX})
	h.see("Set this unfinished meeting aside?")
	h.key("y")
	h.see("The unfinished meeting was set aside. A copy of the data file as it was is", "Your groups")
	if _, err := os.Stat(h.path + ".unfinished.bak"); err != nil {
		t.Fatalf("no copy of the data file: %v", err)
	}
	if events, _ := h.store.ActiveEvents(); len(events) != 0 {
		t.Fatalf("%d events still active", len(events))
	}
	h.runToSharing()
	if h.mt().Journal().Failing() != nil {
		t.Fatalf("a new meeting cannot be saved: %v", h.mt().Journal().Failing())
	}
}

// Below the smallest size no question can be seen, so no key acts but
// quitting: d then y (or enter) on the home screen deletes nothing.
func TestNoKeyActsOnATooSmallScreen(t *testing.T) {
	for _, keys := range [][]string{{"d", "y"}, {"d", "enter"}, {"d", "Y"}, {"e", "x", "y"}, {"enter", "enter", "enter", "p", "b"}} {
		h := newHarness(t, 80, 24)
		if _, err := h.store.CreateGroup(store.Group{Name: "Second", Rules: []string{"Be kind."}}); err != nil {
			t.Fatal(err)
		}
		h.restart(Options{Store: h.store, Width: 80, Height: 24})
		h.send(tea.WindowSizeMsg{Width: 20, Height: 5})
		h.see("bigger")
		h.key(keys...)
		if gs, _ := h.store.Groups(); len(gs) != 2 {
			t.Fatalf("%q at 20x5 changed the groups: %+v", keys, gs)
		}
		if events, _ := h.store.ActiveEvents(); len(events) != 0 {
			t.Fatalf("%q at 20x5 began a meeting", keys)
		}
		if h.quitting {
			t.Fatalf("%q at 20x5 quit", keys)
		}
		// Back at a size that shows the screen, it is the home screen still.
		h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		h.see("Tuesday group", "Second")
	}
	// ctrl+c quits; a meeting under way stays on disk, to be resumed.
	h := newHarness(t, 80, 24)
	h.key("enter", "enter")
	h.send(tea.WindowSizeMsg{Width: 20, Height: 5})
	h.key("ctrl+c")
	if !h.quitting {
		t.Fatal("ctrl+c at 20x5 did not quit")
	}
	if events, _ := h.store.ActiveEvents(); len(events) == 0 {
		t.Fatal("the meeting under way was lost")
	}
}
