package group

import (
	"reflect"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"circle/ui/catalog"
	"circle/ui/common"
)

// notYes is every key that does not answer yes: each printable key, and
// the keys with names, enter first. j is yes only in Bokmål.
func notYes(lang catalog.Lang) []string {
	keys := []string{"enter", "space", "esc", "tab", "shift+tab", "backspace", "delete", "up", "down",
		"left", "right", "home", "end", "pgup", "pgdown", "ctrl+u", "ctrl+a", "ctrl+d", "ctrl+c",
		"shift+up", "shift+down", "f1"}
	for r := '!'; r <= '~'; r++ {
		switch {
		case r == 'y' || r == 'Y':
		case (r == 'j' || r == 'J') && lang == catalog.Bokmal:
		default:
			keys = append(keys, string(r))
		}
	}
	return keys
}

// notYesLines are typed lines that do not answer yes.
func notYesLines(lang catalog.Lang) []string {
	lines := []string{"", " ", "n", "N", "no", "nei", "q", "d", "x", "1", "yy", "y es", "?"}
	if lang == catalog.English {
		lines = append(lines, "j", "ja")
	}
	return lines
}

// destructive are the questions that change the data file on yes, each
// as it is asked: the step to open and the keys or line that ask.
var destructive = []struct {
	name  string
	step  common.EditStep
	keys  []string
	line  string
	asked string
}{
	{"delete the group", common.EditDelete, nil, "", "Delete the group Tuesday group"},
	{"reset the rules", common.EditRules, []string{"x"}, "x", "Put back circle's default rules?"},
	{"remove a rule", common.EditRules, []string{"down", "d"}, "d 2", "Remove this rule?"},
	{"remove a prompt", common.EditRules, []string{"o", "d"}, "", "Remove this prompt?"},
}

// Every destructive action with every key that is not y, at 40x12: the
// group, its rules, its prompts and its saved meeting are all still there.
func TestDestructiveActionsOnlyYes(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		for _, d := range destructive {
			t.Run(string(lang)+"/"+d.name, func(t *testing.T) {
				e := newEnv(t, lang, 40, 12, termenv.Ascii, true)
				if lang == catalog.Bokmal {
					d.asked = ""
				}
				// A rule changed first, so that a reset would show.
				g := e.stored()
				g.Rules[0] = "We keep what is said here."
				if err := e.st.UpdateGroup(g); err != nil {
					t.Fatal(err)
				}
				before := e.stored()
				unchanged := func(k string) {
					t.Helper()
					if got := e.stored(); !reflect.DeepEqual(got, before) {
						t.Fatalf("%q changed the group:\n got %+v\nwant %+v", k, got, before)
					}
					if n, _ := e.st.GroupMeetings(e.group); n != 1 {
						t.Fatalf("%q: %d meetings left of 1", k, n)
					}
				}
				for _, k := range notYes(lang) {
					e.open(d.step)
					e.key(d.keys...)
					if d.asked != "" {
						e.seeWrapped(d.asked)
					}
					e.key(k)
					unchanged(k)
					if d.step == common.EditDelete && len(e.nav) != 1 {
						t.Fatalf("%q at the delete question: %v", k, e.nav)
					}
				}
				if d.line == "" && d.step != common.EditDelete {
					return
				}
				for _, l := range notYesLines(lang) {
					e.open(d.step)
					if d.line != "" {
						e.line(d.line)
					}
					e.line(l)
					unchanged("line " + l)
				}
			})
		}
	}
}

// y answers yes to each: the data file changes.
func TestDestructiveActionsYes(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		yes := []string{"y", "Y"}
		if lang == catalog.Bokmal {
			yes = append(yes, "j", "J")
		}
		for _, y := range yes {
			for _, d := range destructive {
				t.Run(string(lang)+"/"+y+"/"+d.name, func(t *testing.T) {
					e := newEnv(t, lang, 40, 12, termenv.Ascii, true)
					g := e.stored()
					g.Rules[0] = "We keep what is said here."
					if err := e.st.UpdateGroup(g); err != nil {
						t.Fatal(err)
					}
					before := e.stored()
					e.open(d.step)
					e.key(d.keys...)
					e.key(y)
					if d.step == common.EditDelete {
						if _, err := e.st.Group(e.group); err == nil {
							t.Fatalf("%s did not delete the group", y)
						}
						if n, _ := e.st.Count(); n != 0 {
							t.Fatalf("%d meetings left", n)
						}
						e.home()
						return
					}
					after := e.stored()
					switch d.name {
					case "reset the rules":
						if !reflect.DeepEqual(after.Rules, DefaultRuleTexts(e.c.Cat)) {
							t.Fatalf("rules after the reset: %q", after.Rules)
						}
					case "remove a rule":
						if len(after.Rules) != len(before.Rules)-1 || after.Rules[1] != before.Rules[2] {
							t.Fatalf("rules after the remove: %q", after.Rules)
						}
					case "remove a prompt":
						if len(after.Prompts) != 0 {
							t.Fatalf("prompts after the remove: %+v", after.Prompts)
						}
					}
				})
			}
		}
	}
}

// ctrl+c quits from every step; it deletes nothing.
func TestCtrlCQuits(t *testing.T) {
	e := newEnv(t, catalog.English, 80, 24, termenv.Ascii, true)
	for _, step := range []common.EditStep{common.EditName, common.EditRules, common.EditSettings, common.EditDelete} {
		e.open(step)
		e.key("ctrl+c")
		if len(e.nav) != 1 || e.nav[0] != (tea.QuitMsg{}) {
			t.Fatalf("step %d: ctrl+c sent %v", step, e.nav)
		}
	}
	if _, err := e.st.Group(e.group); err != nil {
		t.Fatal(err)
	}
}
