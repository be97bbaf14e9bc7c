package group

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"circle/rules"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
)

// The edges the mutation tool found untested (.ci/mutate ui/pages/group):
// each test here fails with a one-line bug at a bound or a default.

// paste is text pasted at once (bracketed paste), not typed.
func paste(text string) tea.KeyMsg {
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(text), Paste: true}
}

// A "y" pasted at a question is no answer: every destructive question
// stays on screen and the group, its rules, prompts and meeting stay.
// A pasted letter in a list opens nothing either.
func TestPastedYIsNoAnswer(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		for _, d := range destructive {
			t.Run(string(lang)+"/"+d.name, func(t *testing.T) {
				e := newEnv(t, lang, 40, 12, termenv.Ascii, true)
				before := e.stored()
				for _, text := range []string{"y", "Y", "j", "ja", "yes"} {
					p := e.open(d.step)
					e.key(d.keys...)
					if p.mode != modeAsk {
						t.Fatalf("%v did not ask", d.keys)
					}
					e.send(paste(text))
					e.stayed()
					if p.mode != modeAsk {
						t.Fatalf("a pasted %q answered the question", text)
					}
					if got := e.stored(); !reflect.DeepEqual(got, before) {
						t.Fatalf("a pasted %q changed the group:\n got %+v\nwant %+v", text, got, before)
					}
					if n, _ := e.st.GroupMeetings(e.group); n != 1 {
						t.Fatalf("a pasted %q: %d meetings left of 1", text, n)
					}
				}
			})
		}
	}
	e := newEnv(t, catalog.English, 80, 24, termenv.Ascii, true)
	p := e.open(common.EditRules)
	e.send(paste("a"))
	if p.mode != modeRules {
		t.Fatalf("a pasted a opened the mode %d", p.mode)
	}
	e.see("Ground rules of Tuesday group")
}

// A number pasted into a field of the meeting defaults goes in, and is
// saved.
func TestSettingsPasteIntoANumber(t *testing.T) {
	e := newEnv(t, catalog.English, 80, 24, termenv.Ascii, true)
	e.open(common.EditSettings)
	e.key("ctrl+u")
	e.send(paste("45"))
	e.see("45")
	e.key("enter")
	if d := e.stored().Defaults; d.LengthMinutes != 45 {
		t.Fatalf("defaults after a pasted 45: %+v", d)
	}
	e.home()
}

// Two spaces pressed fast on the format turn it on twice.
func TestSettingsFormatSpacesPressedFast(t *testing.T) {
	e := newEnv(t, catalog.English, 80, 24, termenv.Ascii, true)
	p := e.open(common.EditSettings)
	for p.settings.focus != fieldFormat {
		e.key("tab")
	}
	e.key("  ")
	e.see("Open floor")
	e.key("enter")
	if d := e.stored().Defaults; d.Format != "open" {
		t.Fatalf("defaults: %+v", d)
	}
}

// Where a new prompt fits: 1 to 4 each name their use, 4 included; any
// other key, enter too, goes back to the list and adds nothing.
func TestPromptUseKeys(t *testing.T) {
	e := newEnv(t, catalog.English, 100, 40, termenv.Ascii, true)
	e.open(common.EditRules)
	e.key("o")
	for _, k := range []string{"enter", "esc", "5", "0", "x"} {
		e.key("a", "A prompt that fits nowhere?", "enter")
		e.see("Where does it fit?")
		e.key(k)
		e.see("Prompts of your own (Tuesday group)", "1. What made me smile this week?  (check-in)")
		if ps := e.stored().Prompts; len(ps) != 1 {
			t.Fatalf("%q at where it fits added a prompt: %+v", k, ps)
		}
	}
	e.key("a", "What would I like to practise?", "enter", "4")
	ps := e.stored().Prompts
	if len(ps) != 2 || ps[1].Uses != uint8(rules.UseSolo) || ps[1].Text != "What would I like to practise?" {
		t.Fatalf("4 at where it fits stored %+v", ps)
	}
	e.see("2. What would I like to practise?  (solo practice)")
}

// K moves the second rule to the top; K at the top and J at the bottom
// leave the rules as they are.
func TestRulesMoveAtTheEnds(t *testing.T) {
	e := newEnv(t, catalog.English, 100, 40, termenv.Ascii, true)
	defaults := e.stored().Rules
	p := e.open(common.EditRules)
	e.key("K")
	if got := e.stored().Rules; !reflect.DeepEqual(got, defaults) {
		t.Fatalf("K at the top moved a rule: %q", got)
	}
	e.key("down", "K")
	want := append([]string{defaults[1], defaults[0]}, defaults[2:]...)
	if got := e.stored().Rules; !reflect.DeepEqual(got, want) {
		t.Fatalf("K on rule 2:\n got %q\nwant %q", got, want)
	}
	if got := pointerLine(t, e); !strings.HasPrefix(got, "› 1. "+defaults[1]) {
		t.Fatalf("after K on rule 2 the pointer's line is %q", got)
	}
	for range len(defaults) {
		e.key("down")
	}
	e.key("J")
	if got := e.stored().Rules; !reflect.DeepEqual(got, want) {
		t.Fatalf("J at the bottom moved a rule: %q", got)
	}
	if p.cursor != len(defaults)-1 {
		t.Fatalf("the pointer is on %d, want the last rule", p.cursor+1)
	}
}

// With no prompts of its own, e and d do nothing: no field, no question.
func TestNoPromptsEditRemoveNothing(t *testing.T) {
	e := newEnv(t, catalog.English, 80, 24, termenv.Ascii, true)
	g := e.stored()
	g.Prompts = nil
	if err := e.st.UpdateGroup(g); err != nil {
		t.Fatal(err)
	}
	p := e.open(common.EditRules)
	e.key("o")
	for _, k := range []string{"e", "d", "y"} {
		e.key(k)
		if p.mode != modePrompts {
			t.Fatalf("%q on no prompts opened the mode %d", k, p.mode)
		}
		e.see("No prompts of your own yet.")
	}
	e.stayed()
}

// The pointer stays on the list when its last rule or prompt goes: on the
// one before it.
func TestRemoveTheLastKeepsThePointer(t *testing.T) {
	e := newEnv(t, catalog.English, 100, 40, termenv.Ascii, true)
	rs := e.stored().Rules
	p := e.open(common.EditRules)
	for range len(rs) - 1 {
		e.key("down")
	}
	e.key("d", "y")
	if got := e.stored().Rules; len(got) != len(rs)-1 {
		t.Fatalf("%d rules after removing the last of %d", len(got), len(rs))
	}
	want := "› " + strconv.Itoa(len(rs)-1) + ". " + rs[len(rs)-2]
	if got := pointerLine(t, e); !strings.HasPrefix(got, want) {
		t.Fatalf("after removing the last rule the pointer's line is %q, want %q", got, want)
	}
	// e then changes that rule.
	e.key("e", "ctrl+u", "Changed.", "enter")
	if got := e.stored().Rules; got[len(got)-1] != "Changed." {
		t.Fatalf("rules: %q", got)
	}

	e.key("o", "a", "And what did not?", "enter", "3")
	if p.cursor != 1 {
		t.Fatalf("the pointer is on prompt %d after adding the second", p.cursor+1)
	}
	e.key("d", "y")
	if ps := e.stored().Prompts; len(ps) != 1 {
		t.Fatalf("prompts: %+v", ps)
	}
	if got := pointerLine(t, e); !strings.HasPrefix(got, "› 1. What made me smile") {
		t.Fatalf("after removing the last prompt the pointer's line is %q", got)
	}
}

// e on the first prompt changes it; it adds none.
func TestEditTheFirstPrompt(t *testing.T) {
	e := newEnv(t, catalog.English, 80, 24, termenv.Ascii, true)
	e.open(common.EditRules)
	e.key("o", "e", "ctrl+u", "What made me laugh?", "enter")
	ps := e.stored().Prompts
	if len(ps) != 1 || ps[0].Text != "What made me laugh?" || ps[0].ID != "own-1" || ps[0].Uses != 1 {
		t.Fatalf("prompts after editing the first: %+v", ps)
	}
	e.see("1. What made me laugh?  (check-in)")
}

// With as many prompts as a group may have, another is refused when its
// words are entered, before it asks where it fits.
func TestPromptsAtTheirLimit(t *testing.T) {
	e := newEnv(t, catalog.English, 100, 30, termenv.Ascii, true)
	g := e.stored()
	g.Prompts = nil
	for i := range store.MaxPrompts {
		g.Prompts = append(g.Prompts, store.Prompt{ID: "own-" + strconv.Itoa(i+1), Text: "Prompt " + strconv.Itoa(i+1) + "?", Uses: 1})
	}
	if err := e.st.UpdateGroup(g); err != nil {
		t.Fatal(err)
	}
	p := e.open(common.EditRules)
	e.key("o", "a", "One too many?", "enter")
	if p.mode != modePrompts {
		t.Fatalf("the 61st prompt went on to the mode %d", p.mode)
	}
	e.seeWrapped("A group can have at most 60 prompts of its own")
	if ps := e.stored().Prompts; len(ps) != store.MaxPrompts {
		t.Fatalf("%d prompts stored", len(ps))
	}
}

// A name of 60 characters is taken; 61, which only the line mode can
// give (the field holds 60), are refused.
func TestNameAtItsLimit(t *testing.T) {
	long := strings.Repeat("Tirsdag ", 8)[:store.MaxGroupName-1] + "x"
	e, s := lineEnv(t, catalog.English, true)
	e.open(common.EditName)
	s.listen()
	s.heard()
	s.say(long + "y")
	e.stayed()
	if got := s.heard(); len(got) == 0 || got[0] != "The name must be 1 to 60 characters." {
		t.Fatalf("a 61-character name was said as %q", got)
	}
	if g := e.stored(); g.Name != "Tuesday group" {
		t.Fatalf("a 61-character name was saved: %q", g.Name)
	}

	e = newEnv(t, catalog.English, 100, 24, termenv.Ascii, true)
	e.open(common.EditName)
	e.key("ctrl+u", long, "enter")
	e.home()
	if g := e.stored(); g.Name != long {
		t.Fatalf("name after a 60-character rename: %q", g.Name)
	}
}

// A new group agreeing its rules can have 30: the 31st is refused at
// once, and the 30 are agreed.
func TestNewGroupRulesAtTheirLimit(t *testing.T) {
	e, s := lineEnv(t, catalog.English, false)
	e.openNew()
	s.listen()
	s.say("Fredagsgruppa")
	for i := len(DefaultRuleTexts(e.c.Cat)); i < store.MaxRules; i++ {
		s.say("a Rule " + strconv.Itoa(i+1) + ".")
	}
	s.heard()
	s.say("a One too many.")
	s.expect("A group can have at most 30 rules, each at most 300 characters.")
	speech := strings.Join(e.page.Speech(), "\n")
	if !strings.Contains(speech, "30. Rule 30.") || strings.Contains(speech, "31. ") {
		t.Fatalf("the list says:\n%s", speech)
	}
	s.say("")
	gs, err := e.st.Groups()
	if err != nil || len(gs) != 1 || len(gs[0].Rules) != store.MaxRules {
		t.Fatalf("groups after agreeing 30 rules: %+v %v", gs, err)
	}
	e.home()
}

// The line mode takes every field by its number, 4 and 7 included, and
// each number at its bounds, refusing one past them.
func TestLineSettingsBounds(t *testing.T) {
	e, s := lineEnv(t, catalog.English, true)
	e.open(common.EditSettings)
	s.listen()
	s.heard()
	s.say("7")
	s.expect("Field 7, Take turns starting: on.")
	for _, tt := range []struct {
		field, low, high int
		label            string
	}{
		{1, 5, 120, "Length in minutes"},
		{2, 0, 30, "Planned break (minutes)"},
		{3, 10, 600, "Check-in turn (seconds)"},
		{4, 10, 600, "Reaction turn (seconds)"},
	} {
		f := strconv.Itoa(tt.field)
		// One past a bound is refused, the bound taken.
		for _, v := range [][2]int{{tt.low - 1, tt.low}, {tt.high + 1, tt.high}} {
			s.say(f + " " + strconv.Itoa(v[0]))
			if got := s.heard(); len(got) == 0 || !strings.HasPrefix(got[0], "Some settings are out of range") {
				t.Fatalf("%q was said as %q", f+" "+strconv.Itoa(v[0]), got)
			}
			s.say(f + " " + strconv.Itoa(v[1]))
			s.expect("Field " + f + ", " + tt.label + ": " + strconv.Itoa(v[1]) + ".")
		}
	}
	past := strconv.Itoa(fieldCount + 1) // one past the last field
	s.say(past)
	if got := s.heard(); len(got) == 0 || !strings.HasPrefix(got[0], "Some settings are out of range") {
		t.Fatalf("field %s was said as %q", past, got)
	}
	s.say("")
	d := e.stored().Defaults
	if d.LengthMinutes != 120 || d.BreakMinutes != 30 || d.CheckInSeconds != 600 || d.ReactionSeconds != 600 || !d.RotateStart {
		t.Fatalf("defaults: %+v", d)
	}
	e.home()
}

// A group that set no planned break (0) sees 0, not circle's 10, and
// keeps 0 when it saves again.
func TestSettingsNoBreakStaysNone(t *testing.T) {
	e := newEnv(t, catalog.English, 100, 30, termenv.Ascii, true)
	g := e.stored()
	g.Defaults = store.Defaults{LengthMinutes: 60, BreakMinutes: 0, CheckInSeconds: 60, ReactionSeconds: 30, Format: "circle"}
	if err := e.st.UpdateGroup(g); err != nil {
		t.Fatal(err)
	}
	p := e.open(common.EditSettings)
	if got := p.settings.value(e.c.Cat, 1); got != "0" {
		t.Fatalf("the break shows %q, want 0", got)
	}
	e.key("enter")
	if d := e.stored().Defaults; d != g.Defaults {
		t.Fatalf("defaults after saving again:\n got %+v\nwant %+v", d, g.Defaults)
	}
	e.home()
}

// A field that is not a number takes the pointer back to it, wherever
// the pointer was, and nothing is saved.
func TestSettingsNotANumberTakesThePointer(t *testing.T) {
	e := newEnv(t, catalog.English, 80, 24, termenv.Ascii, true)
	p := e.open(common.EditSettings)
	e.key("ctrl+u", "tab", "tab", "tab")
	e.key("enter")
	e.stayed()
	if p.settings.focus != 0 {
		t.Fatalf("the pointer is on field %d, want the length", p.settings.focus+1)
	}
	if got := pointerLine(t, e); !strings.HasPrefix(got, "› Length in minutes") {
		t.Fatalf("the pointer's line is %q", got)
	}
	e.seeWrapped("Some settings are out of range")
	if g := e.stored(); g.Defaults != (store.Defaults{}) {
		t.Fatalf("defaults: %+v", g.Defaults)
	}
}

// The line mode says the note on taking turns while it is on and the
// format is not a plain round, and not once the round is plain.
func TestLineSettingsRotateNote(t *testing.T) {
	note := "Taking turns to start (a new start seat and direction each meeting) applies to plain rounds."
	e, s := lineEnv(t, catalog.English, true)
	e.open(common.EditSettings)
	s.listen()
	if said := s.heard(); slices.Contains(said, note) {
		t.Fatalf("the note is said with taking turns off: %q", said)
	}
	s.say("7")
	s.expect("Field 7, Take turns starting: on.", note)
	s.say("5")
	if got := e.page.Speech(); !slices.Contains(got, "Field 5, Format: Plain round.") || slices.Contains(got, note) {
		t.Fatalf("with a plain round the page says %q", got)
	}
}

// The page says a list of no prompts as such, and a list of some without
// that line.
func TestSpeechOfThePromptsList(t *testing.T) {
	e := newEnv(t, catalog.English, 80, 24, termenv.ANSI, true)
	none := e.c.Cat.T(catalog.GroupNoPrompts)
	e.open(common.EditRules)
	e.key("o")
	if got := e.page.Speech(); slices.Contains(got, none) || !slices.Contains(got, "1. What made me smile this week?  (check-in)") {
		t.Fatalf("a list of one prompt is said %q", got)
	}
	e.key("d", "y")
	if got := e.page.Speech(); !slices.Contains(got, none) {
		t.Fatalf("a list of no prompts is said %q", got)
	}
}
