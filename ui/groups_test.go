package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"circle/rules"
	"circle/session"
	"circle/store"
	"circle/ui/catalog"
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
	e := h.m.editor
	for len(e.g.Rules) > 3 {
		e.cursor = 3
		h.key("d")
		h.see("Remove this rule?")
		h.key("y")
	}
	h.key("a", "We start and end on time.", "enter")
	h.key("K") // the new rule moves up one place
	if got := e.g.Rules; len(got) != 4 || got[2] != "We start and end on time." {
		t.Fatalf("rules while agreeing: %q", got)
	}
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
	h.setField(fieldPresent, "3")
	h.key("enter")
	h.see("Now", "Welcome everyone")
	h.key("enter")
	for h.status().Round {
		h.see("Now", "Ask how they arrive today")
		h.key("p")
	}
	h.see("Read each rule aloud", "We start and end on time.", "0 of 4 read and ticked")
	for range 4 {
		h.key("space", "down")
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

func TestRulesEditorOperations(t *testing.T) {
	h := newHarness(t, 100, 40)
	saved := func() []string {
		g, err := h.store.Group(h.group)
		if err != nil {
			t.Fatal(err)
		}
		return g.Rules
	}
	defaults := saved()
	h.key("e")
	h.see("Ground rules of Tuesday group")
	tests := []struct {
		name string
		keys []string
		want func([]string) []string
	}{
		{"add after the pointer", []string{"a", "We switch our phones off.", "enter"}, func(r []string) []string {
			return slices.Insert(slices.Clone(r), 1, "We switch our phones off.")
		}},
		{"edit", []string{"e", "ctrl+u", "Phones off, please.", "enter"}, func(r []string) []string {
			r = slices.Clone(r)
			r[1] = "Phones off, please."
			return r
		}},
		{"move down", []string{"J"}, func(r []string) []string {
			r = slices.Clone(r)
			r[1], r[2] = r[2], r[1]
			return r
		}},
		{"move up", []string{"K"}, func(r []string) []string {
			r = slices.Clone(r)
			r[1], r[2] = r[2], r[1]
			return r
		}},
		{"remove asks first", []string{"d", "n"}, func(r []string) []string { return r }},
		{"remove", []string{"d", "y"}, func(r []string) []string { return slices.Delete(slices.Clone(r), 1, 2) }},
		{"reset to the defaults", []string{"a", "Extra.", "enter", "x", "y"}, func([]string) []string { return defaults }},
	}
	before := defaults
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, k := range tt.keys {
				if k == "ctrl+u" {
					h.send(tea.KeyMsg{Type: tea.KeyCtrlU})
					continue
				}
				h.key(k)
			}
			want := tt.want(before)
			if got := saved(); !slices.Equal(got, want) {
				t.Fatalf("stored rules:\n got %q\nwant %q", got, want)
			}
			before = want
		})
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
	h.m.loadGroups()
	h.m.gcur = slices.IndexFunc(h.m.groups, func(r groupRow) bool { return r.g.ID == h.group })
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
		h.setField(fieldPresent, "2")
		h.key("enter")
		ids = append(ids, h.m.meeting.checkin.ID)
		h.key("ctrl+c", "y")
		h.m.quitting = false
		h.key("enter")
		if h.m.screen != screenHome {
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

func TestGroupsOwnPromptAndDefaults(t *testing.T) {
	h := newHarness(t, 100, 40)
	h.key("e", "o")
	h.see("No prompts of your own yet.")
	h.key("a", "What made me smile this week?", "enter")
	h.see("Where does it fit?")
	h.key("1")
	g, _ := h.store.Group(h.group)
	if len(g.Prompts) != 1 || g.Prompts[0].ID != "own-1" || g.Prompts[0].Uses != uint8(rules.UseCheckIn) {
		t.Fatalf("own prompts: %+v", g.Prompts)
	}
	h.key("esc")

	// Defaults: 90 minutes, a plain round, taking turns to start.
	h.key("s")
	h.setSettings(0, "90")
	h.m.editor.settings.focus = 4
	h.key(" ")
	h.m.editor.settings.focus = 6
	h.key(" ")
	h.key("enter")
	g, _ = h.store.Group(h.group)
	if g.Defaults.LengthMinutes != 90 || g.Defaults.Format != "plain" || !g.Defaults.RotateStart {
		t.Fatalf("defaults: %+v", g.Defaults)
	}
	h.key("enter")
	if got := h.m.setup.inputs[fieldLength].Value(); got != "90" || h.m.setup.format != session.FormatPlain {
		t.Fatalf("the form starts from %q, format %v", got, h.m.setup.format)
	}

	// The group's own prompt takes its turn among circle's.
	g.Prompts[0].Uses = uint8(rules.UseCheckIn)
	found := false
	for held := range 20 {
		c, _, _ := pickPromptsFor(&g, held, nil)
		found = found || c.ID == "own-1"
	}
	if !found {
		t.Fatal("the group's own prompt never came up")
	}
}

func (h *harness) setSettings(i int, v string) {
	h.m.editor.settings.inputs[i].SetValue(v)
}

var _ = strings.Contains
var _ = catalog.English

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
	if got := h.m.meeting.m.Config().Break; got != 10*time.Minute {
		t.Fatalf("the meeting plans a break of %v", got)
	}
}
