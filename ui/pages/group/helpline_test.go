package group

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"circle/ui/catalog"
	"circle/ui/common"
)

// The help line tells the truth in every focus of the editor: where it
// offers ?, ? shows every key and types nothing; where ? is typed into a
// text field, the line offers no ?, and its keys are all on screen.
func TestHelpLineOffersQuestionMarkOnlyWhereItWorks(t *testing.T) {
	steps := []struct {
		name     string
		withG    bool
		to       func(e *env)
		typesIn  bool
		fieldVal func(p *Page) string
	}{
		{"name", false, func(e *env) { e.openNew() }, true, nil},
		{"rename", true, func(e *env) { e.open(common.EditName) }, true, nil},
		{"agree", false, func(e *env) { e.openNew(); e.key("Fredagsgruppa", "enter") }, false, nil},
		{"rules", true, func(e *env) { e.open(common.EditRules) }, false, nil},
		{"rule-text", true, func(e *env) { e.open(common.EditRules); e.key("a") }, true, nil},
		{"prompts", true, func(e *env) { e.open(common.EditRules); e.key("o") }, false, nil},
		{"prompt-text", true, func(e *env) { e.open(common.EditRules); e.key("o", "a") }, true, nil},
		{"prompt-use", true, func(e *env) { e.open(common.EditRules); e.key("o", "a", "What do I bring?", "enter") }, false, nil},
		{"settings-number", true, func(e *env) { e.open(common.EditSettings); e.key("ctrl+u", "9") }, false,
			func(p *Page) string { return p.settings.inputs[0].Value() }},
		{"settings-format", true, func(e *env) { e.open(common.EditSettings); e.key("tab", "tab", "tab", "tab") }, false, nil},
	}
	for _, lang := range catalog.Languages() {
		for _, st := range steps {
			t.Run(fmt.Sprintf("%s/%s", lang, st.name), func(t *testing.T) {
				e := newEnv(t, lang, 40, 12, termenv.ANSI, st.withG)
				st.to(e)
				p := e.page.(*Page)
				value := func() string {
					if st.fieldVal != nil {
						return st.fieldVal(p)
					}
					return p.input.Value()
				}
				before, mode := value(), p.mode
				v := ansi.Strip(p.View())
				rows := strings.Split(v, "\n")
				offers := strings.Contains(rows[len(rows)-1], "? "+e.c.Cat.T(catalog.HelpMore))
				e.key("?")
				typed := value() != before
				if p.mode != mode {
					t.Fatalf("? left the step (%d, was %d)", p.mode, mode)
				}
				switch {
				case st.typesIn && (!typed || offers || e.c.FullHelp):
					t.Fatalf("a text field: ? typed %v, the help showed %v, and the line says:\n%s", typed, e.c.FullHelp, v)
				case !st.typesIn && (typed || !offers || !e.c.FullHelp):
					t.Fatalf("no text field: ? typed %v, the help showed %v, and the line says:\n%s", typed, e.c.FullHelp, v)
				}
				if st.typesIn {
					// Every key of the moment is on screen: none gave way.
					short, _ := p.bindings()
					for _, b := range short {
						if !strings.Contains(v, b.Help().Key+" "+b.Help().Desc) {
							t.Errorf("%q is not on screen:\n%s", b.Help().Key+" "+b.Help().Desc, v)
						}
					}
					if foot := rows[len(rows)-1]; strings.Contains(foot, "…") || strings.Contains(foot, "?") {
						t.Errorf("the help line is %q:\n%s", foot, v)
					}
				}
			})
		}
	}
}
