package group

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"

	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/internal/uitest"
)

// states are the editor's states, each as a user gets there.
var states = []struct {
	name  string
	group bool // on a stored group
	open  func(e *env)
}{
	{"name-new", false, func(e *env) { e.openNew() }},
	{"name-refused", false, func(e *env) { e.openNew(); e.key("enter") }},
	{"agree", false, func(e *env) { e.openNew(); e.key("Fredagsgruppa", "enter") }},
	{"agree-last", false, func(e *env) {
		e.openNew()
		e.key("Fredagsgruppa", "enter")
		for range 10 {
			e.key("down")
		}
	}},
	{"agree-help", false, func(e *env) { e.openNew(); e.key("Fredagsgruppa", "enter", "?") }},
	{"rename", true, func(e *env) { e.open(common.EditName) }},
	{"rules", true, func(e *env) { e.open(common.EditRules) }},
	{"rules-last", true, func(e *env) {
		e.open(common.EditRules)
		for range 10 {
			e.key("down")
		}
	}},
	{"rule-text", true, func(e *env) { e.open(common.EditRules); e.key("a", "We switch our phones off.") }},
	{"rule-remove", true, func(e *env) { e.open(common.EditRules); e.key("down", "d") }},
	{"rules-reset", true, func(e *env) { e.open(common.EditRules); e.key("x") }},
	{"prompts", true, func(e *env) { e.open(common.EditRules); e.key("o") }},
	{"prompt-text", true, func(e *env) { e.open(common.EditRules); e.key("o", "a", "What did I bring today?") }},
	{"prompt-use", true, func(e *env) { e.open(common.EditRules); e.key("o", "a", "What did I bring today?", "enter") }},
	{"prompt-remove", true, func(e *env) { e.open(common.EditRules); e.key("o", "d") }},
	{"settings", true, func(e *env) { e.open(common.EditSettings) }},
	{"settings-format", true, func(e *env) { e.open(common.EditSettings); e.key("tab", "tab", "tab", "tab") }},
	{"settings-rotate", true, func(e *env) {
		e.open(common.EditSettings)
		e.key("shift+tab", "space")
	}},
	{"settings-problem", true, func(e *env) { e.open(common.EditSettings); e.key("ctrl+u", "900", "enter") }},
	{"delete", true, func(e *env) { e.open(common.EditDelete) }},
}

// Golden views of every state at the three sizes, in both languages,
// normal (plain profile) and high contrast (ANSI profile); each fits.
func TestGoldenViews(t *testing.T) {
	for _, l := range uitest.Looks(uitest.Normal, uitest.Contrast) {
		for _, st := range states {
			t.Run(fmt.Sprintf("%s/%s/%s/%s", l.Lang, l.Size(), l.Name, st.name), func(t *testing.T) {
				e := newEnv(t, l.Lang, l.W, l.H, l.Profile(), st.group)
				if l.Contrast {
					e.contrast()
				}
				st.open(e)
				e.stayed()
				v := e.page.View()
				fits(t, e.c, v)
				golden.RequireEqual(t, v)
			})
		}
	}
}

func BenchmarkViewRules(b *testing.B) {
	e := newEnv(b, catalog.English, 120, 40, termenv.ANSI, true)
	e.open(common.EditRules)
	b.ReportAllocs()
	for b.Loop() {
		_ = e.page.View()
	}
}

func BenchmarkViewSettings(b *testing.B) {
	e := newEnv(b, catalog.English, 120, 40, termenv.ANSI, true)
	e.open(common.EditSettings)
	b.ReportAllocs()
	for b.Loop() {
		_ = e.page.View()
	}
}
