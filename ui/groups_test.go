package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"circle/store"
	"circle/ui/pages/home"
	"circle/ui/pages/setup"
)

// The first run, as a new group would meet: it makes its group, agrees four
// rules, runs a meeting with the script on screen, shows one reminder and
// completes the handover.
func TestFirstRunAgreesRulesAndMeets(t *testing.T) {
	h := newHarnessGroup(t, 100, 40, false)
	h.see("No group yet. Press enter to make your group")
	h.key("enter")
	h.see("The group's name: a name you choose together. Please do not use members' names.")
	h.key("enter")
	h.see("The name must be 1 to 60 characters.")
	h.key("Mandagsgruppa", "enter")
	h.see("Agree your ground rules", "This is your group's first meeting.", "1. What is said in the group stays in the group.")

	// Keep the first three defaults, remove the rest, add one of its own.
	h.key("down", "down", "down")
	for range 8 {
		h.key("d")
		h.see("Remove this rule?")
		h.key("y")
	}
	h.see("3. ")
	if strings.Contains(h.view(), "4. ") {
		t.Fatalf("more than three rules left:\n%s", h.view())
	}
	h.key("a", "We start and end on time.", "enter")
	h.key("K") // the new rule moves up one place
	h.see("3. We start and end on time.", "4. ")
	if gs, _ := h.store.Groups(); len(gs) != 0 {
		t.Fatal("the group was saved before its rules were agreed")
	}
	h.key("enter") // we agree
	gs, err := h.store.Groups()
	if err != nil || len(gs) != 1 || gs[0].Name != "Mandagsgruppa" || len(gs[0].Rules) != 4 {
		t.Fatalf("groups after agreeing: %+v %v", gs, err)
	}
	h.see("Your groups", "› Mandagsgruppa")

	// The meeting, with the script on screen at every step.
	h.key("enter")
	h.setField(setup.FieldPresent, "3")
	h.key("enter")
	h.see("Now", "Welcome everyone")
	h.key("enter")
	for h.status().Round {
		h.see("Now", "Prompt")
		h.key("p")
	}
	h.see("Read each rule aloud", "We start and end on time.", "0 of 4 read and ticked")
	for range 4 {
		h.key("space") // ticking moves the pointer to the next rule
	}
	h.key("enter", "enter")
	h.see("Let them speak without interruption")
	h.key("m", "down", "down", "enter")
	h.see("A reminder for all of us: We start and end on time.")
	h.finishMeeting()
	logs, _ := h.store.Meetings()
	if len(logs) != 1 || logs[0].Group != gs[0].ID || !logs[0].Handover {
		t.Fatalf("the meeting was saved as %+v", logs)
	}
	if !slices.Equal(logs[0].Reminders, []string{"own-3"}) || len(logs[0].RulesReviewed) != 4 {
		t.Fatalf("reminders %v, rules reviewed %v", logs[0].Reminders, logs[0].RulesReviewed)
	}
}

func TestRenameAndDeleteGroup(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.runToSharing()
	h.finishMeeting()
	h.key("enter") // home
	h.key("R", "ctrl+u")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlU})
	h.key("Tirsdagsgruppa", "enter")
	h.see("› Tirsdagsgruppa", "1 saved meeting")
	other, _ := h.store.CreateGroup(store.Group{Name: "Other", Rules: []string{"Be kind."}})
	// The home screen reads the groups anew when it is shown.
	h.key("g", "esc")
	if strings.Contains(h.view(), "› Other") {
		h.key("down")
	}
	h.see("Other", "› Tirsdagsgruppa")
	h.key("d")
	h.see("Delete the group Tirsdagsgruppa and its 1 saved meeting? This cannot be undone.")
	h.key("n")
	if gs, _ := h.store.Groups(); len(gs) != 2 {
		t.Fatal("n deleted the group")
	}
	h.key("d", "y")
	gs, _ := h.store.Groups()
	if len(gs) != 1 || gs[0].ID != other {
		t.Fatalf("after delete: %+v", gs)
	}
	if n, _ := h.store.Count(); n != 0 {
		t.Fatalf("%d meetings left; the group's meeting should have gone with it", n)
	}
}

func TestCheckInPromptNotRepeatedWithinFiveMeetings(t *testing.T) {
	h := newHarness(t, 100, 30)
	var ids []string
	for i := range 6 {
		h.key("enter")
		h.setField(setup.FieldPresent, "2")
		h.key("enter")
		ids = append(ids, h.mt().Engine().Config().Prompts[0])
		h.key("ctrl+c", "y")
		h.quitting = false
		h.key("enter")
		if _, ok := h.m.Page().(*home.Page); !ok {
			t.Fatalf("meeting %d: not back home", i)
		}
		h.clock.wait(7 * 24 * time.Hour)
	}
	for i := range ids {
		for j := max(0, i-5); j < i; j++ {
			if ids[i] == ids[j] {
				t.Fatalf("check-in prompt %q of meeting %d was used in meeting %d: %v", ids[i], i+1, j+1, ids)
			}
		}
	}
}

// A group's defaults are where its next meeting's form starts.
func TestGroupsDefaultsStartTheForm(t *testing.T) {
	h := newHarness(t, 100, 40)
	g, _ := h.store.Group(h.group)
	g.Defaults = store.Defaults{LengthMinutes: 90, BreakMinutes: 10, Format: "plain", RotateStart: true}
	if err := h.store.UpdateGroup(g); err != nil {
		t.Fatal(err)
	}
	h.key("g", "esc") // the home screen reads the groups anew
	h.key("enter")
	if got := h.form().Value(setup.FieldLength); got != "90" {
		t.Fatalf("the form starts from %q", got)
	}
	h.see("‹ Plain round ›")
}

// A group that never set its defaults keeps circle's planned break when it
// first saves its settings.
func TestSettingsKeepThePlannedBreak(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.key("s", "enter")
	g, _ := h.store.Group(h.group)
	if g.Defaults.BreakMinutes != 10 || g.Defaults.LengthMinutes != 120 {
		t.Fatalf("first saved defaults: %+v", g.Defaults)
	}
	h.key("enter")
	h.key("enter")
	if got := h.mt().Engine().Config().Break; got != 10*time.Minute {
		t.Fatalf("the meeting plans a break of %v", got)
	}
}
