package group

import (
	"slices"
	"strings"
	"testing"

	"github.com/muesli/termenv"

	"circle/rules"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/internal/uitest"
)

// lineEnv is an env in the line mode, on the ANSI profile a colour
// terminal has, with a speaker listening.
func lineEnv(t *testing.T, lang catalog.Lang, withGroup bool) (*env, *speaker) {
	e := newEnv(t, lang, 80, 24, termenv.ANSI, withGroup)
	e.c.LineMode = true
	return e, &speaker{t: t, e: e}
}

// The first run in the line mode (TestAccessibleFirstRunMakesTheGroup):
// the name, refused when empty and asked again, then the rules said
// numbered with the first-meeting cue, and enter agrees.
func TestLineFirstRunMakesTheGroup(t *testing.T) {
	e, s := lineEnv(t, catalog.English, false)
	e.openNew()
	s.listen()
	s.expect("The group's name: a name you choose together.")
	s.say("")
	got := s.heard()
	if len(got) < 2 || got[0] != "The name must be 1 to 60 characters." || !strings.HasPrefix(got[1], "The group's name") {
		t.Fatalf("a refused name was said as %q", got)
	}
	s.say("Fredagsgruppa")
	s.expect("Agree your ground rules.", e.c.Cat.T(catalog.Cue(rules.CueFirstMeeting)),
		"1. What is said in the group stays in the group.", "11. ", "Type enter when you all agree")
	if gs, _ := e.st.Groups(); len(gs) != 0 {
		t.Fatal("the group was made before it agreed its rules")
	}
	s.say("")
	gs, err := e.st.Groups()
	if err != nil || len(gs) != 1 || gs[0].Name != "Fredagsgruppa" || len(gs[0].Rules) != 11 {
		t.Fatalf("groups: %+v %v", gs, err)
	}
	if h := e.home(); h.Group != gs[0].ID {
		t.Fatalf("went home with %+v", h)
	}
}

// q leaves the first run without making a group, at the name and at the
// rules.
func TestLineFirstRunQuit(t *testing.T) {
	for _, at := range [][]string{{"q"}, {"Fredagsgruppa", "q"}} {
		e, s := lineEnv(t, catalog.Bokmal, false)
		e.openNew()
		s.listen()
		s.say(at...)
		e.home()
		if gs, _ := e.st.Groups(); len(gs) != 0 {
			t.Fatalf("%q made a group: %+v", at, gs)
		}
	}
}

// The rules in the line mode: said numbered, changed by typed lines, the
// removal asked aloud; enter goes back.
func TestLineRules(t *testing.T) {
	e, s := lineEnv(t, catalog.English, true)
	e.open(common.EditRules)
	s.listen()
	s.expect("Ground rules of Tuesday group.", "1. What is said in the group stays in the group.", "Enter or q goes back.")
	s.say("a We switch our phones off.")
	got := s.heard()
	if len(got) != 2 || got[0] != "12. We switch our phones off." {
		t.Fatalf("an added rule was said as %q", got)
	}
	s.say("d 12")
	s.expect("12. We switch our phones off.", "Remove this rule?", "Type y and enter for yes; anything else is no.")
	s.say("")
	if n := len(e.stored().Rules); n != 12 {
		t.Fatalf("enter removed the rule: %d rules", n)
	}
	s.say("d 40")
	s.expect("There is no rule with that number.")
	s.say("d 12", "y")
	if r := e.stored().Rules; len(r) != 11 || slices.Contains(r, "We switch our phones off.") {
		t.Fatalf("rules: %q", r)
	}
	s.say("e 1 What is said here stays here.")
	s.expect("1. What is said here stays here.")
	if r := e.stored().Rules; r[0] != "What is said here stays here." {
		t.Fatalf("rules: %q", r)
	}
	s.say("x")
	s.expect("Put back circle's default rules?")
	s.say("y")
	if r := e.stored().Rules; !slices.Equal(r, DefaultRuleTexts(e.c.Cat)) {
		t.Fatalf("rules after the reset: %q", r)
	}
	s.say("")
	e.home()
}

// The meeting defaults in the line mode: the fields said, a wrong value
// refused at once and the question asked again, enter saves.
func TestLineSettings(t *testing.T) {
	e, s := lineEnv(t, catalog.English, true)
	e.open(common.EditSettings)
	s.listen()
	s.expect("Field 1, Length in minutes: 120.", "Field 5, Format: Circle of sharing.", "Field 7, Take turns starting: off.")
	s.say("1 x")
	got := s.heard()
	if len(got) != 2 || !strings.HasPrefix(got[0], "Some settings are out of range") || !strings.HasPrefix(got[1], "Type a field's number") {
		t.Fatalf("a wrong value was said as %q", got)
	}
	s.say("1 90")
	s.expect("Field 1, Length in minutes: 90.")
	s.say("5", "5")
	s.expect("Field 5, Format: Open floor.")
	s.say("6")
	s.expect("Field 6, Bell when time is up: on.")
	s.say("")
	if d := e.stored().Defaults; d.LengthMinutes != 90 || d.Format != "open" || !d.Bell {
		t.Fatalf("defaults: %+v", d)
	}
	e.home()

	// q goes back without saving.
	e.open(common.EditSettings)
	s.listen()
	s.say("1 60", "q")
	if d := e.stored().Defaults; d.LengthMinutes != 90 {
		t.Fatalf("q saved: %+v", d)
	}
	e.home()
}

// The delete question is said aloud with how to answer; only y deletes.
func TestLineDelete(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		e, s := lineEnv(t, lang, true)
		e.open(common.EditDelete)
		s.listen()
		cat := e.c.Cat
		got := s.heard()
		want := []string{cat.F(catalog.GroupAskDelete, e.stored().Name, cat.N(catalog.GroupMeetingCount, 1)), cat.T(catalog.AccessibleConfirm)}
		if !slices.Equal(got, want) {
			t.Fatalf("%s: the question was said as %q", lang, got)
		}
		s.say("")
		e.home()
		if _, err := e.st.Group(e.group); err != nil {
			t.Fatalf("%s: enter deleted the group", lang)
		}
		e.open(common.EditDelete)
		yes := "y"
		if lang == catalog.Bokmal {
			yes = "ja"
		}
		s.say(yes)
		e.home()
		if _, err := e.st.Group(e.group); err == nil {
			t.Fatalf("%s: %s did not delete the group", lang, yes)
		}
	}
}

// A rename in the line mode; enter alone keeps the name.
func TestLineRename(t *testing.T) {
	e, s := lineEnv(t, catalog.Bokmal, true)
	e.open(common.EditName)
	s.listen()
	s.expect("Gruppas navn", "Gruppa heter Tirsdagsgruppa nå.")
	s.say("")
	e.home()
	e.open(common.EditName)
	s.say("Onsdagsgruppa")
	e.home()
	if g := e.stored(); g.Name != "Onsdagsgruppa" {
		t.Fatalf("name: %q", g.Name)
	}
}

// Every step says plain lines, and says what can be typed, on a colour
// terminal.
func TestSpeechIsPlainEverywhere(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		for _, st := range states {
			e := newEnv(t, lang, 80, 24, termenv.ANSI, st.group)
			e.contrast()
			st.open(e)
			lines := e.page.Speech()
			uitest.CheckPlain(t, lines)
			if len(lines) == 0 || e.page.Typing() == "" {
				t.Fatalf("%s %s: says %q, typing %q", lang, st.name, lines, e.page.Typing())
			}
			uitest.CheckPlain(t, []string{e.page.Typing()})
		}
	}
}
