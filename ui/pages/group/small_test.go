package group

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"circle/ui/catalog"
	"circle/ui/common"
)

// pointerLine is the line of the screen with the pointer, failing when
// there is none.
func pointerLine(t *testing.T, e *env) string {
	t.Helper()
	v := ansi.Strip(e.page.View())
	fits(t, e.c, v)
	for _, l := range strings.Split(v, "\n") {
		if strings.HasPrefix(strings.TrimLeft(l, " "), "› ") {
			return strings.TrimSpace(l)
		}
	}
	t.Fatalf("no pointer on screen:\n%s", v)
	return ""
}

// Defect 10: at 40x12 the first-run "agree your ground rules" list and the
// rules list scroll with the pointer: the rule under it is always on
// screen, down to the last.
func TestRulesListScrollsWithThePointerAt40x12(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		for _, creating := range []bool{true, false} {
			name := string(lang) + "/rules"
			if creating {
				name = string(lang) + "/agree"
			}
			t.Run(name, func(t *testing.T) {
				e := newEnv(t, lang, 40, 12, termenv.Ascii, !creating)
				if creating {
					e.openNew()
					e.key("Fredagsgruppa", "enter")
					e.see(e.c.Cat.T(catalog.GroupAgreeHeading))
				} else {
					e.open(common.EditRules)
				}
				n := len(DefaultRuleTexts(e.c.Cat))
				for i := range n {
					if got, want := pointerLine(t, e), "› "+strconv.Itoa(i+1)+". "; !strings.HasPrefix(got, want) {
						t.Fatalf("rule %d: the pointer's line is %q", i+1, got)
					}
					e.key("down")
				}
				// The last rule, whole: its words are all on screen.
				last := DefaultRuleTexts(e.c.Cat)[n-1]
				e.seeWrapped(strconv.Itoa(n) + ". " + last)
				// And back up to the first.
				for range n {
					e.key("up")
				}
				if got := pointerLine(t, e); !strings.HasPrefix(got, "› 1. ") {
					t.Fatalf("back at the top, the pointer's line is %q", got)
				}
			})
		}
	}
}

// The form of the meeting defaults keeps its focused field on screen at
// 40x12, even with a problem said at the foot.
func TestSettingsFocusOnScreenAt40x12(t *testing.T) {
	e := newEnv(t, catalog.Bokmal, 40, 12, termenv.Ascii, true)
	p := e.open(common.EditSettings)
	p.problem = e.c.Cat.T(catalog.GroupErrDefaults)
	for i := range fieldCount {
		if got, want := pointerLine(t, e), "› "+e.c.Cat.T(settingsLabels[i]); !strings.HasPrefix(got, want) {
			t.Fatalf("field %d: the pointer's line is %q", i+1, got)
		}
		e.key("tab")
	}
}

// Defect 11 is the root's (no key acts below 40x12); here: at 40x12 the
// delete question is on screen whole, wrapped in its box, with its keys.
func TestDeleteQuestionFitsAt40x12(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		t.Run(string(lang), func(t *testing.T) {
			e := newEnv(t, lang, 40, 12, termenv.Ascii, true)
			g := e.stored()
			g.Name = strings.Repeat("Tirsdagsgruppa ", 4)[:59]
			if err := e.st.UpdateGroup(g); err != nil {
				t.Fatal(err)
			}
			e.open(common.EditDelete)
			cat := e.c.Cat
			e.seeWrapped(cat.F(catalog.GroupAskDelete, e.stored().Name, cat.N(catalog.GroupMeetingCount, 1)))
			e.seeWrapped(cat.T(catalog.ConfirmKeys))
		})
	}
}
