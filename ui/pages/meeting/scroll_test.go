package meeting

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"circle/session"
	"circle/ui/catalog"
)

// body is the screen's body: the lines between the header and the
// footer's rule.
func body(v string) []string {
	rows := strings.Split(ansi.Strip(v), "\n")
	for i := 2; i < len(rows); i++ {
		if strings.HasPrefix(rows[i], "───") {
			return rows[2:i]
		}
	}
	return rows[2:]
}

// readAll scrolls a text to read with down from its top until it stops,
// and returns it whole as read (each press brings one new line), with the
// help line at the top and at the end.
func readAll(h *harness) (text, top, end string) {
	h.t.Helper()
	last := h.view()
	lines := body(last)
	top = lastLine(last)
	for range 60 {
		h.key("down")
		v := h.view()
		if v == last {
			return strings.Join(strings.Fields(strings.Join(lines, " ")), " "), top, lastLine(v)
		}
		b := body(v)
		lines = append(lines, b[len(b)-1])
		last = v
	}
	h.t.Fatalf("down never reached the end:\n%s", last)
	return "", "", ""
}

func lastLine(v string) string {
	rows := strings.Split(ansi.Strip(v), "\n")
	return rows[len(rows)-1]
}

func words(s string) string { return strings.Join(strings.Fields(s), " ") }

func toHandover(h *harness) {
	h.toSharing()
	for h.status().Phase != session.PhaseHandover {
		if h.status().Round {
			h.key("p")
		} else {
			h.key("enter")
		}
		if h.p.Confirming() {
			h.key("y")
		}
	}
}

// At 40x12 the ground rules shown with r and the handover's card do not
// fit: ↓ brings every line on screen, pgdn gets to the end too, and the
// help line says there is more only while there is.
func TestTextsToReadScrollAt40x12(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		cat := catalog.New(lang)
		scroll := cat.T(catalog.HelpScroll)
		t.Run(fmt.Sprintf("%s/rules", lang), func(t *testing.T) {
			h := newHarness(t, setup{lang: lang, colored: true, profile: termenv.ANSI, w: 40, h: 12})
			h.begin(4, "Ann, Bo, Kim, Liv")
			h.toSharing()
			h.key("r")
			text, top, end := readAll(h)
			for i, r := range h.p.ruleText {
				if !strings.Contains(text, words(r)) {
					t.Errorf("rule %d never shown whole: %q\nread: %s", i+1, r, text)
				}
			}
			if !strings.Contains(top, "↓ "+scroll) || !strings.Contains(end, "↑ "+scroll) || strings.Contains(end, "↓") {
				t.Errorf("the help lines say %q, then %q", top, end)
			}
			// pgup goes back to the top; pgdn reaches the end in pages.
			h.key("pgup", "pgup", "pgup", "pgup", "pgup", "pgup", "pgup")
			h.see(cat.T(catalog.RulesHeading))
			last := h.p.ruleText[len(h.p.ruleText)-1]
			for range 6 {
				h.key("pgdown")
			}
			h.see(strings.Fields(last)[0])
			// r hides them, and shows them again from the top.
			h.key("r")
			h.notSee(cat.T(catalog.RulesHeading))
			h.key("r")
			h.see(cat.T(catalog.RulesHeading))
			if !h.status().Round {
				t.Fatal("the turn stopped")
			}
		})
		t.Run(fmt.Sprintf("%s/closing", lang), func(t *testing.T) {
			h := newHarness(t, setup{lang: lang, colored: true, profile: termenv.ANSI, w: 40, h: 12})
			h.begin(3, "")
			h.toSharing()
			for h.status().Phase == session.PhaseSharing {
				h.key("p")
				if h.p.Confirming() {
					h.key("y")
				}
			}
			text, top, end := readAll(h)
			want := cat.F(catalog.IntroCheckOut, h.p.promptText(h.p.prompts[2]))
			if !strings.Contains(text, words(want)) {
				t.Errorf("never shown whole: %q\nread: %s", want, text)
			}
			if !strings.Contains(top, "↓") || !strings.Contains(end, "↑") || strings.Contains(end, "↓") {
				t.Errorf("the help lines say %q, then %q", top, end)
			}
			// Enter still starts the round.
			h.key("enter")
			if !h.status().Round {
				t.Fatal("enter did not start the check-out")
			}
		})
		t.Run(fmt.Sprintf("%s/handover", lang), func(t *testing.T) {
			h := newHarness(t, setup{lang: lang, colored: true, profile: termenv.ANSI, w: 40, h: 12})
			h.begin(3, "")
			toHandover(h)
			text, top, end := readAll(h)
			for _, want := range append([]string{cat.T(catalog.HandoverConfidential), cat.T(catalog.HandoverQuestion)}, h.p.cardLines()...) {
				if !strings.Contains(text, words(want)) {
					t.Errorf("never shown whole: %q\nread: %s", want, text)
				}
			}
			if !strings.Contains(top, "↓ "+scroll) || !strings.Contains(end, "↑ "+scroll) || strings.Contains(end, "↓") {
				t.Errorf("the help lines say %q, then %q", top, end)
			}
			// The arrows scroll; y (j in Bokmål) still answers.
			yes := "y"
			if lang == catalog.Bokmal {
				yes = "j"
			}
			h.key(yes)
			if h.summary == nil || !h.summary.Log.Handover {
				t.Fatalf("%s did not answer the handover", yes)
			}
		})
	}
	// Where the card fits, nothing scrolls and nothing says so.
	h := newHarness(t, setup{w: 80, h: 24})
	h.begin(3, "")
	toHandover(h)
	before := h.view()
	h.key("down", "pgdown")
	if v := h.view(); v != before || strings.Contains(v, "scroll") {
		t.Fatalf("at 80x24:\n%s", v)
	}
}

// A reaction turn's words are longer than 40 columns: they wrap, in the
// turn's body and in the presenter view, and are never cut with "…".
func TestReactionWordsWrapAt40x12(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		t.Run(string(lang), func(t *testing.T) {
			h := newHarness(t, setup{lang: lang, colored: true, profile: termenv.ANSI, w: 40, h: 12})
			h.begin(4, "Ann, Bo, Kim, Liv")
			h.toSharing()
			h.key("enter", "y")
			st := h.status()
			if st.Turn.Kind != session.KindReaction {
				t.Fatalf("not a reaction: %+v", st.Turn)
			}
			kind := h.p.kindText(st.Turn.Slot)
			for _, presenter := range []bool{false, true} {
				h.p.presenter = presenter
				v := ansi.Strip(h.view())
				checkFits(t, v, 40, 12)
				top := strings.Join(body(v), "\n")
				if presenter {
					top = strings.Join(strings.Split(v, "\n")[:3], "\n")
				}
				if !strings.Contains(words(top), words(kind)) || strings.Contains(top, "…") {
					t.Errorf("presenter %v: %q is not on screen whole:\n%s", presenter, kind, v)
				}
			}
		})
	}
}

// The full help (?) is read whole at 40x12 in every state of the meeting:
// every key of the moment is on a line with what it does, and ? stays.
func TestFullHelpIsWholeAt40x12(t *testing.T) {
	extra := []struct {
		name string
		to   func(h *harness)
	}{
		{"rules-shown-handover", func(h *harness) { h.begin(3, ""); toHandover(h); h.key("r") }},
	}
	all := append(append(extra[:0:0], states...), extra...)
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		for _, s := range all {
			t.Run(fmt.Sprintf("%s/%s", lang, s.name), func(t *testing.T) {
				h := newHarness(t, setup{lang: lang, colored: true, profile: termenv.ANSI, w: 40, h: 12})
				s.to(h)
				if h.p.Confirming() || h.p.presenter || h.summary != nil {
					t.Skip("a question is asked: its answers are the keys")
				}
				if !h.c.FullHelp {
					h.key("?")
				}
				if !h.c.FullHelp {
					t.Fatal("? showed no help")
				}
				v := ansi.Strip(h.view())
				checkFits(t, v, 40, 12)
				rows := strings.Split(v, "\n")
				on := func(k, desc string) bool {
					for _, r := range rows {
						if strings.Contains(r, k) && strings.Contains(r, desc) {
							return true
						}
					}
					return false
				}
				for _, b := range h.p.Bindings() {
					if !on(b.Help().Key, b.Help().Desc) {
						t.Errorf("%q %q is not in the full help:\n%s", b.Help().Key, b.Help().Desc, v)
					}
				}
				if !on("?", h.c.Cat.T(catalog.HelpLess)) {
					t.Errorf("no ? in the full help:\n%s", v)
				}
			})
		}
	}
}

// The rule under the reminder picker's pointer is read whole before it is
// shown to the circle; the others keep a line each.
func TestRemindPickerShowsTheRuleUnderThePointerWhole(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		h := newHarness(t, setup{lang: lang, w: 80, h: 24})
		h.begin(3, "")
		h.toSharing()
		h.key("m")
		for i, r := range h.p.ruleText {
			v := h.view()
			checkFits(t, v, 80, 24)
			box := strings.NewReplacer("│", " ", "›", " ").Replace(v)
			if !strings.Contains(words(box), words(fmt.Sprintf("%d. %s", i+1, r))) {
				t.Errorf("%s: rule %d is not whole under the pointer:\n%s", lang, i+1, v)
			}
			h.key("down")
		}
	}
}
