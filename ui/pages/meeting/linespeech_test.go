package meeting

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"circle/session"
	"circle/ui/catalog"
	"circle/ui/common"
)

// resumedAt replays what is on disk into a new page, as the root does
// after a crash, with the line mode saying it whole.
func resumedAt(h *harness) {
	h.t.Helper()
	events := active(h.t, h.store)
	m, err := session.Replay(events)
	if err != nil {
		h.t.Fatal(err)
	}
	h.now = h.now.Add(10 * time.Minute)
	h.p = Resumed(h.c, common.GoResumed{Meeting: m, Kept: len(events), Last: events[len(events)-1].At})
	h.run(h.p.Init())
	h.said = nil
	h.heard()
	h.speak()
}

// A meeting resumed mid-turn, in the line mode, says what enter does in
// the turn, never "press enter to begin"; the prompt is said where a cue
// would point at it, with no "above" (a screen reader has none).
func TestLineModeResumedMidTurnSaysWhatEnterDoes(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		for _, at := range []string{"check-in", "share", "reaction"} {
			t.Run(fmt.Sprintf("%s/%s", lang, at), func(t *testing.T) {
				h := lineHarness(t, lang)
				cat := h.c.Cat
				h.begin(3, "")
				h.typeLines("")
				switch at {
				case "check-in":
					h.typeLines("p")
				case "share":
					h.typeLines("p", "p", "p", "t", "", "", "p")
				case "reaction":
					h.typeLines("p", "p", "p", "t", "", "", "", "y")
				}
				st := h.status()
				if !st.Round || st.Turn.Kind.String() != map[string]string{"check-in": "checkin", "share": "share", "reaction": "reaction"}[at] || st.Position == 1 {
					t.Fatalf("not in a %s turn after the first: %+v", at, st.Turn)
				}
				resumedAt(h)
				said := strings.Join(h.heard(), "\n")
				begin := []string{cat.T(catalog.Cue("sharing")), cat.T(catalog.Cue("welcome")), cat.T(catalog.Cue("closing"))}
				for _, b := range begin {
					if strings.Contains(said, b) {
						t.Errorf("said the cue before a round, %q:\n%s", b, said)
					}
				}
				if !strings.Contains(said, cat.T(catalog.MeetingLineRound)) {
					t.Errorf("did not say what enter does:\n%s", said)
				}
			})
		}
		t.Run(fmt.Sprintf("%s/no-above", lang), func(t *testing.T) {
			h := lineHarness(t, lang)
			h.begin(3, "Ann, Bo, Cy")
			h.typeLines("", "", "", "t", "", "", "", "", "", "", "", "", "", "", "", "", "", "")
			all := strings.Join(h.heard(), "\n")
			above := map[catalog.Lang]string{catalog.English: "above", catalog.Bokmal: " over kan"}[lang]
			if strings.Contains(all, above) {
				t.Errorf("said %q:\n%s", above, all)
			}
			// The first check-in's cue says the prompt itself.
			pr := h.p.promptText(h.p.prompts[0])
			if !strings.Contains(all, h.c.Cat.F(catalog.MeetingLineNowPrompt, pr)) {
				t.Errorf("the cue did not say the prompt %q:\n%s", pr, all)
			}
		})
	}
}

// A question answered no (enter, n, anything but yes) is said to have
// changed nothing: in the line mode a no is never met with silence or
// with the line said before the question.
func TestNoToAQuestionSaysNothingChanged(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		for _, answer := range []string{"", "n", "x"} {
			h := lineHarness(t, lang)
			h.begin(3, "")
			h.typeLines("", "")
			if !h.p.Confirming() {
				t.Fatal("ending a turn early asked nothing")
			}
			h.heard()
			h.typeLines(answer)
			got := h.heard()
			if h.p.Confirming() || !h.status().Round || len(got) != 2 || got[1] != h.c.Cat.T(catalog.MeetingAnsweredNo) {
				t.Fatalf("%s: %q answered: %q", lang, answer, got)
			}
		}
	}
}
