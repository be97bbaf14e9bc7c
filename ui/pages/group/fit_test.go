package group

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
)

// What the screen keeps at the heights where one more line changes what
// fits (found by .ci/mutate ui/pages/group): nothing is dropped that fits.

// flat is the screen's words, in one line.
func flat(e *env) string {
	v := ansi.Strip(e.page.View())
	fits(e.t, e.c, v)
	return strings.Join(strings.Fields(v), " ")
}

// The first-meeting cue stands above the rules as soon as it leaves six
// lines of the list under it: at 80x16, not at 80x15.
func TestAgreeCueAtItsHeight(t *testing.T) {
	for _, tt := range []struct {
		h   int
		cue bool
	}{{15, false}, {16, true}} {
		e := newEnv(t, catalog.English, 80, tt.h, termenv.Ascii, false)
		p := e.openNew()
		e.key("Fredagsgruppa", "enter")
		v := ansi.Strip(e.page.View())
		fits(t, e.c, v)
		if got := strings.Contains(v, "This is your group's first meeting."); got != tt.cue {
			t.Fatalf("at 80x%d the cue is on screen: %v, want %v\n%s", tt.h, got, tt.cue, v)
		}
		list, _, _ := p.listLines(p.g.Rules, 80)
		shown := 0
		for _, l := range strings.Split(v, "\n") {
			for _, item := range list {
				if l != "" && strings.TrimRight(l, " ") == strings.TrimRight(ansi.Strip(item), " ") {
					shown++
					break
				}
			}
		}
		if tt.cue && shown != 6 {
			t.Fatalf("at 80x%d the cue leaves %d lines of the list, want 6\n%s", tt.h, shown, v)
		}
	}
}

// The meeting defaults keep their hints as soon as they fit, and the note
// on taking turns (shown while it is on and the format is not a plain
// round) before the hints. With the eleven fields: at 80x19 the hints;
// with the note, at 80x20 the note without the hints, at 80x22 both. Every
// field always, in one line less too.
func TestSettingsHintsAndNoteAtTheirHeights(t *testing.T) {
	for _, tt := range []struct {
		h           int
		rotate      bool
		hints, note bool
	}{
		{18, false, false, false},
		{19, false, true, false},
		{19, true, false, false},
		{20, true, false, true},
		{21, true, false, true},
		{22, true, true, true},
	} {
		e := newEnv(t, catalog.English, 80, tt.h, termenv.Ascii, true)
		p := e.open(common.EditSettings)
		p.settings.rotate = tt.rotate
		v := flat(e)
		if got := strings.Contains(v, "5 to 120 minutes."); got != tt.hints {
			t.Errorf("80x%d, taking turns %v: the hints shown %v, want %v\n%s", tt.h, tt.rotate, got, tt.hints, p.View())
		}
		if got := strings.Contains(v, "applies to plain rounds."); got != tt.note {
			t.Errorf("80x%d, taking turns %v: the note shown %v, want %v\n%s", tt.h, tt.rotate, got, tt.note, p.View())
		}
		for _, l := range settingsLabels {
			if !strings.Contains(v, e.c.Cat.T(l)) {
				t.Errorf("80x%d, taking turns %v: no %q on screen\n%s", tt.h, tt.rotate, e.c.Cat.T(l), p.View())
			}
		}
	}
}

// A long list of prompts at 40x12 scrolls with the pointer and never
// runs past the screen's foot.
func TestPromptsListScrollsAt40x12(t *testing.T) {
	e := newEnv(t, catalog.English, 40, 12, termenv.Ascii, true)
	g := e.stored()
	g.Prompts = nil
	for i := range 12 {
		g.Prompts = append(g.Prompts, store.Prompt{ID: "own-" + strconv.Itoa(i+1), Text: "Prompt " + strconv.Itoa(i+1) + "?", Uses: 1})
	}
	if err := e.st.UpdateGroup(g); err != nil {
		t.Fatal(err)
	}
	e.open(common.EditRules)
	e.key("o")
	for i := range 12 {
		want := "› " + strconv.Itoa(i+1) + ". Prompt " + strconv.Itoa(i+1) + "?"
		if got := pointerLine(t, e); !strings.HasPrefix(got, want) {
			t.Fatalf("prompt %d: the pointer's line is %q, want %q", i+1, got, want)
		}
		e.key("down")
	}
}

// A rule of several lines under the pointer at 40x12 is on screen whole,
// with the line before it when there is room for that too.
func TestLongRuleWholeAt40x12(t *testing.T) {
	e := newEnv(t, catalog.English, 40, 12, termenv.Ascii, true)
	g := e.stored()
	long := strings.TrimSpace(strings.Repeat("We keep to the time we agreed. ", 5))
	g.Rules = []string{"Rule one.", "Rule two.", "Rule three.", "Rule four.", long, "Rule six.", "Rule seven.", "Rule eight."}
	if err := e.st.UpdateGroup(g); err != nil {
		t.Fatal(err)
	}
	e.open(common.EditRules)
	for range 4 {
		e.key("down")
	}
	if got := pointerLine(t, e); !strings.HasPrefix(got, "› 5. We keep") {
		t.Fatalf("the pointer's line is %q", got)
	}
	v := flat(e)
	if !strings.Contains(v, "4. Rule four. › 5. "+long+" ") {
		t.Fatalf("rule 5 is not on screen whole after rule 4:\n%s", e.page.View())
	}
}
