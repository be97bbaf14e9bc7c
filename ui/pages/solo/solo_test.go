package solo

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"circle/rules"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/internal/uitest"
)

// A whole practice through the page, in every size and both languages:
// a theme, its prompts one after the other, the timer past its time, the
// presenter's digits, a pause, and the closing line; then the solo log
// holds the date, the minutes, the theme and the ids, and nothing else.
func TestWholePractice(t *testing.T) {
	for _, look := range uitest.Looks(uitest.Normal) {
		t.Run(fmt.Sprintf("%s/%s", look.Lang, look.Size()), func(t *testing.T) {
			h := newHarness(t, setup{lang: look.Lang, w: look.W, h: look.H})
			cat := catalog.New(look.Lang)
			step := func(name string, do func(), see ...string) {
				t.Helper()
				do()
				v := h.view()
				uitest.CheckSee(t, v, see...)
				t.Run(name, func(t *testing.T) { golden.RequireEqual(t, v) })
			}
			step("themes", func() {}, cat.T(catalog.SoloTheme(string(rules.ThemeManaging)))[:10])
			step("prompt-1", func() { h.key("2") }, cat.F(catalog.SoloPromptOf, 1, 3))
			step("prompt-2", func() { h.key("right") }, cat.F(catalog.SoloPromptOf, 2, 3))
			step("prompt-back", func() { h.key("left") }, cat.F(catalog.SoloPromptOf, 1, 3))
			step("lengths", func() { h.key("enter") }, cat.N(catalog.Minutes, 3))
			step("timer", func() { h.key("down", "enter"); h.tick(70 * time.Second) }, cat.F(catalog.TurnLeft, "3:50", "5:00"))
			// A minute before its time, the meeting's calm warning.
			step("near", func() { h.tick(175 * time.Second) }, cat.F(catalog.RoomTurnNear, "0:55"))
			step("overtime", func() { h.tick(125 * time.Second) }, cat.F(catalog.TurnOver, "1:10"))
			step("presenter", func() { h.key("v") })
			step("paused", func() { h.key("v", "space"); h.tick(time.Minute) }, cat.T(catalog.SoloPaused), cat.F(catalog.TurnOver, "1:10"))
			step("closing", func() { h.key("space"); h.tick(20 * time.Second); h.key("enter") }, cat.T(catalog.SoloClosingTitle))
			want := []store.Practice{{Version: store.PracticeVersion, Date: "2026-12-01", Minutes: 6, Theme: "managing",
				Prompts: []string{"why-i-react", "what-helped"}}}
			if got := h.practices(); !slices.EqualFunc(got, want, func(a, b store.Practice) bool {
				return a.Date == b.Date && a.Minutes == b.Minutes && a.Theme == b.Theme && slices.Equal(a.Prompts, b.Prompts) && a.Version == b.Version
			}) {
				t.Errorf("solo log %+v, want %+v", got, want)
			}
			if n, _ := h.store.Count(); n != 0 {
				t.Errorf("a practice became %d meetings of the history", n)
			}
			h.key("enter")
			if !h.went() {
				t.Error("enter on the closing did not go home")
			}
		})
	}
}

// The line mode says the practice as it goes: the themes by number, each
// prompt, the timer's start and its thresholds, once each, the pause and
// the closing.
func TestLineModeTranscript(t *testing.T) {
	for _, lang := range catalog.Languages() {
		t.Run(string(lang), func(t *testing.T) {
			h := newHarness(t, setup{lang: lang, line: true})
			cat := catalog.New(lang)
			h.line("x", "4", "", "p", "n", "", "99", "3")
			h.tick(2*time.Minute + 5*time.Second)
			h.tick(time.Minute)
			h.line("p")
			h.tick(time.Minute)
			h.line("p")
			h.tick(70 * time.Second)
			h.line("", "a", "q")
			out := h.transcript()
			uitest.CheckSaid(t, h.out,
				cat.F(catalog.SoloSayTheme, 9, cat.T(catalog.SoloSurprise)),
				cat.F(catalog.SoloNotHere, "x"),
				cat.F(catalog.SoloSayPrompt, 2, 2, cat.T(catalog.Prompt("harsh-on-myself"))),
				cat.F(catalog.SoloOwnBad, "99"),
				cat.F(catalog.SoloBegins, cat.N(catalog.Minutes, 3)),
				cat.T(catalog.AccessibleMinuteLeft), cat.T(catalog.SoloTimeUp), cat.T(catalog.SoloPaused),
				cat.F(catalog.SoloOver, cat.N(catalog.Minutes, 1)),
				cat.T(catalog.SoloClosingLine), cat.N(catalog.SoloMonth, 1))
			if strings.Count(out, cat.T(catalog.SoloTimeUp)) != 1 || strings.Count(out, cat.T(catalog.AccessibleMinuteLeft)) != 1 {
				t.Errorf("a threshold said more than once:\n%s", out)
			}
			if !h.went() {
				t.Error("q on the themes did not go home")
			}
			golden.RequireEqual(t, out)
		})
	}
}
