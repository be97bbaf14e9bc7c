package group

import (
	"strings"

	"slices"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/muesli/termenv"

	"circle/rules"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/internal/uitest"
)

// A new group, as at the first run: its name (refused when empty), then
// its rules agreed as the group changes them; nothing is saved before.
func TestNewGroupAgreesItsRules(t *testing.T) {
	e := newEnv(t, catalog.English, 100, 40, termenv.Ascii, false)
	e.openNew()
	e.see("The group's name: a name you choose together. Please do not use members' names.")
	e.key("enter")
	e.see("The name must be 1 to 60 characters.")
	e.key("Mandagsgruppa", "enter")
	e.stayed()
	e.see("Agree your ground rules", "This is your group's first meeting.", "1. What is said in the group stays in the group.")

	// Keep the first three defaults, remove the rest, add one of its own.
	p := e.page.(*Page)
	for len(p.g.Rules) > 3 {
		p.cursor = 3
		e.key("d")
		e.see("Remove this rule?")
		e.key("y")
	}
	e.key("down", "down", "a", "We start and end on time.", "enter")
	e.key("K") // the new rule moves up one place
	if got := p.g.Rules; len(got) != 4 || got[2] != "We start and end on time." {
		t.Fatalf("rules while agreeing: %q", got)
	}
	if gs, _ := e.st.Groups(); len(gs) != 0 {
		t.Fatal("the group was saved before its rules were agreed")
	}
	e.key("enter") // we agree
	gs, err := e.st.Groups()
	if err != nil || len(gs) != 1 || gs[0].Name != "Mandagsgruppa" || len(gs[0].Rules) != 4 {
		t.Fatalf("groups after agreeing: %+v %v", gs, err)
	}
	if h := e.home(); h.Group != gs[0].ID || h.Notice != "" {
		t.Fatalf("went home with %+v", h)
	}
}

// A name another group has is refused at once, before the rules.
func TestNewGroupNameTaken(t *testing.T) {
	e := newEnv(t, catalog.English, 80, 24, termenv.Ascii, true)
	e.group = 0
	e.openNew()
	e.key("tuesday GROUP", "enter")
	e.see("Another group already has that name.", "The group's name")
	e.key("esc")
	e.home()
	if gs, _ := e.st.Groups(); len(gs) != 1 {
		t.Fatalf("groups: %+v", gs)
	}
}

func TestRulesEditorOperations(t *testing.T) {
	e := newEnv(t, catalog.English, 100, 40, termenv.Ascii, true)
	defaults := e.stored().Rules
	e.open(common.EditRules)
	e.see("Ground rules of Tuesday group")
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
			e.key(tt.keys...)
			want := tt.want(before)
			if got := e.stored().Rules; !slices.Equal(got, want) {
				t.Fatalf("stored rules:\n got %q\nwant %q", got, want)
			}
			before = want
		})
	}
	e.stayed()
	e.key("esc")
	if h := e.home(); h.Group != e.group {
		t.Fatalf("went home with %+v", h)
	}
}

// Keys pressed fast arrive as one message: each acts in turn, and a
// text field opened by one takes the rest as its words.
func TestRulesKeysPressedFast(t *testing.T) {
	e := newEnv(t, catalog.English, 80, 24, termenv.Ascii, true)
	e.open(common.EditRules)
	e.key("jjaNo phones.")
	e.key("enter")
	if got := e.stored().Rules; len(got) != 12 || got[3] != "No phones." {
		t.Fatalf("stored rules: %q", got)
	}
}

func TestRename(t *testing.T) {
	e := newEnv(t, catalog.English, 80, 24, termenv.Ascii, true)
	e.open(common.EditName)
	e.see("group Tuesday group", "Tuesday group")
	e.key("ctrl+u", "enter")
	e.see("The name must be 1 to 60 characters.")
	e.key("Tirsdagsgruppa", "enter")
	if h := e.home(); h.Group != e.group {
		t.Fatalf("went home with %+v", h)
	}
	if g := e.stored(); g.Name != "Tirsdagsgruppa" || len(g.Rules) != 11 {
		t.Fatalf("after the rename: %+v", g)
	}
}

func TestDeleteGroup(t *testing.T) {
	e := newEnv(t, catalog.English, 100, 30, termenv.Ascii, true)
	other, err := e.st.CreateGroup(store.Group{Name: "Other", Rules: []string{"Be kind."}})
	if err != nil {
		t.Fatal(err)
	}
	e.open(common.EditDelete)
	e.seeWrapped("Delete the group Tuesday group and its 1 saved meeting? This cannot be undone.")
	e.key("n")
	e.home()
	if gs, _ := e.st.Groups(); len(gs) != 2 {
		t.Fatal("n deleted the group")
	}
	e.open(common.EditDelete)
	e.key("y")
	if h := e.home(); h.Notice != "" {
		t.Fatalf("went home with %+v", h)
	}
	gs, _ := e.st.Groups()
	if len(gs) != 1 || gs[0].ID != other {
		t.Fatalf("after delete: %+v", gs)
	}
	if n, _ := e.st.Count(); n != 0 {
		t.Fatalf("%d meetings left; the group's meeting should have gone with it", n)
	}
}

// The delete runs as a command, never in Update: the key alone leaves
// the file as it was.
func TestDeleteRunsInACommand(t *testing.T) {
	e := newEnv(t, catalog.English, 80, 24, termenv.Ascii, true)
	p := e.open(common.EditDelete)
	_, cmd := p.Update(uitest.Key("y"))
	if _, err := e.st.Group(e.group); err != nil {
		t.Fatalf("the group went in Update: %v", err)
	}
	if cmd == nil {
		t.Fatal("y gave no command to delete with")
	}
	if n, _ := e.st.Count(); n != 1 {
		t.Fatalf("%d meetings after Update", n)
	}
	e.page = p
	e.run(cmd)
	e.home()
	if _, err := e.st.Group(e.group); err == nil {
		t.Fatal("the command did not delete the group")
	}
}

// A delete that fails goes home and says why; the group stays.
func TestDeleteFailureSaysWhy(t *testing.T) {
	e := newEnv(t, catalog.English, 80, 24, termenv.Ascii, true)
	p := e.open(common.EditDelete)
	e.page = p
	e.send(deletedMsg{err: store.ErrReadOnly})
	h := e.home()
	if h.Group != e.group || h.Notice != "The group could not be saved: the data file or its folder is read-only." {
		t.Fatalf("went home with %+v", h)
	}
	e.nav = nil
	e.send(deletedMsg{err: store.ErrScrub})
	// The group is gone; only the wipe of its old records failed, and
	// that is said, not a failure of the delete.
	if h := e.home(); !strings.HasPrefix(h.Notice, "The group is deleted, but its old records are still in the data file") {
		t.Fatalf("a delete whose cleaning failed went home with %+v", h)
	}
}

func TestOwnPromptAndDefaults(t *testing.T) {
	e := newEnv(t, catalog.English, 100, 40, termenv.Ascii, true)
	g := e.stored()
	g.Prompts = nil
	if err := e.st.UpdateGroup(g); err != nil {
		t.Fatal(err)
	}
	e.open(common.EditRules)
	e.key("o")
	e.see("No prompts of your own yet.")
	e.key("a", "What made me smile this week?", "enter")
	e.see("Where does it fit?")
	e.key("1")
	g = e.stored()
	if len(g.Prompts) != 1 || g.Prompts[0].ID != "own-1" || g.Prompts[0].Uses != uint8(rules.UseCheckIn) {
		t.Fatalf("own prompts: %+v", g.Prompts)
	}
	e.see("1. What made me smile this week?  (check-in)")
	e.key("a", "And what did not?", "enter", "3")
	if g = e.stored(); len(g.Prompts) != 2 || g.Prompts[1].ID != "own-2" || g.Prompts[1].Uses != uint8(rules.UseCheckOut) {
		t.Fatalf("own prompts: %+v", g.Prompts)
	}
	e.key("e", "ctrl+u", "What made me laugh?", "enter")
	if g = e.stored(); g.Prompts[1].Text != "What made me laugh?" {
		t.Fatalf("own prompts: %+v", g.Prompts)
	}
	e.key("o")
	e.see("Ground rules of Tuesday group")
	e.key("esc")
	e.home()

	// Defaults: 90 minutes, a plain round, taking turns to start.
	p := e.open(common.EditSettings)
	e.see("Length in minutes", "120", "Circle of sharing")
	e.key("ctrl+u", "90")
	for p.settings.focus != fieldFormat {
		e.key("tab")
	}
	e.key("space")
	e.see("Plain round")
	e.key("tab", "tab", "right")
	e.key("enter")
	g = e.stored()
	if g.Defaults.LengthMinutes != 90 || g.Defaults.Format != "plain" || !g.Defaults.RotateStart {
		t.Fatalf("defaults: %+v", g.Defaults)
	}
	e.home()
}

// The format toggle offers all three formats, and comes round again.
func TestSettingsFormatOffersAllThree(t *testing.T) {
	e := newEnv(t, catalog.English, 80, 24, termenv.Ascii, true)
	p := e.open(common.EditSettings)
	p.settings.setFocus(fieldFormat)
	for _, want := range []string{"Plain round", "Open floor", "Circle of sharing"} {
		e.key("right")
		e.see(want)
	}
	e.key("left")
	e.see("Open floor")
	e.key("enter")
	if g := e.stored(); g.Defaults.Format != "open" {
		t.Fatalf("defaults: %+v", g.Defaults)
	}
}

// A group that never set its defaults keeps circle's planned break when it
// first saves its settings.
func TestSettingsKeepThePlannedBreak(t *testing.T) {
	e := newEnv(t, catalog.English, 100, 30, termenv.Ascii, true)
	e.open(common.EditSettings)
	e.key("enter")
	g := e.stored()
	if g.Defaults.BreakMinutes != 10 || g.Defaults.LengthMinutes != 120 {
		t.Fatalf("first saved defaults: %+v", g.Defaults)
	}
	e.home()
}

// A value out of range is said, the form stays, and nothing is saved.
func TestSettingsOutOfRange(t *testing.T) {
	e := newEnv(t, catalog.English, 40, 12, termenv.Ascii, true)
	e.open(common.EditSettings)
	e.key("ctrl+u", "900", "enter")
	e.stayed()
	e.seeWrapped("Some settings are out of range")
	e.see("› Length")
	if g := e.stored(); g.Defaults != (store.Defaults{}) {
		t.Fatalf("defaults: %+v", g.Defaults)
	}
	e.key("esc")
	e.home()
}

// Defect 13 in the editor's fields: a megabyte pasted goes in at once, up
// to the field's limit.
func TestPasteIntoFieldsKeepsTheLimit(t *testing.T) {
	e := newEnv(t, catalog.English, 80, 24, termenv.Ascii, true)
	big := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("ab\ncd ", 1<<20/6)), Paste: true}
	p := e.open(common.EditName)
	e.key("ctrl+u")
	e.send(big)
	if n := len([]rune(p.input.Value())); n != store.MaxGroupName {
		t.Fatalf("the name field holds %d characters", n)
	}
	e.open(common.EditRules)
	e.key("a")
	e.send(big)
	e.key("enter")
	if r := e.stored().Rules; len(r) != 12 || len([]rune(r[1])) > store.MaxRuleLen || strings.Contains(r[1], "\n") {
		t.Fatalf("the pasted rule is stored as %d rules, the new one %d long", len(r), len([]rune(r[1])))
	}
}

func BenchmarkPasteIntoRule(b *testing.B) {
	e := newEnv(b, catalog.English, 80, 24, termenv.Ascii, true)
	big := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("x", 1<<20)), Paste: true}
	b.ReportAllocs()
	for b.Loop() {
		e.open(common.EditRules)
		e.key("a")
		e.send(big)
	}
}

// The room's three settings: the calm warning, the check-in round and the
// offer of one more round, each on until the group turns it off.
func TestSettingsOfTheRoom(t *testing.T) {
	e := newEnv(t, catalog.English, 80, 24, termenv.Ascii, true)
	p := e.open(common.EditSettings)
	e.see("Calm warning at 1 minute left", "Check-in round", "Offer one more round")
	for _, f := range []int{fieldWarn, fieldCheckIn, fieldAgain} {
		if got := p.settings.value(e.c.Cat, f); got != e.c.Cat.T(catalog.On) {
			t.Fatalf("field %d starts %q", f, got)
		}
	}
	p.settings.setFocus(fieldWarn)
	e.key("space", "tab", "right")
	e.key("enter")
	g := e.stored()
	if !g.Defaults.NoWarning || !g.Defaults.NoCheckIn || g.Defaults.NoAgain {
		t.Fatalf("defaults: %+v", g.Defaults)
	}
	p = e.open(common.EditSettings)
	p.settings.setFocus(fieldAgain)
	e.key("left", "enter")
	if g := e.stored(); !g.Defaults.NoAgain || !g.Defaults.NoWarning {
		t.Fatalf("defaults: %+v", g.Defaults)
	}
}
