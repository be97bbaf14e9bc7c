package meeting

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"circle/session"
	"circle/ui/catalog"
	"circle/ui/common"
)

// oddSizes are sizes between those the goldens draw (40x12, 80x24,
// 160x48), where the layout's arithmetic decides what goes.
var oddSizes = [][2]int{{41, 13}, {41, 15}, {47, 14}, {47, 17}}

// checkSize checks what a screen of the meeting keeps at any size: it
// fits; keeps ? on its key line and the cue's first line unless a question
// is asked; and in a turn keeps the time, and who speaks but over the
// rules.
func checkSize(t *testing.T, h *harness, name string) {
	t.Helper()
	w, ht := h.c.Size()
	v := ansi.Strip(h.view())
	checkFits(t, v, w, ht)
	lines := strings.Split(v, "\n")
	if !h.p.Confirming() && !strings.Contains(lines[len(lines)-1], "?") {
		t.Fatalf("%s: the key bar lost ?:\n%s", name, v)
	}
	if now := h.c.Cat.T(catalog.LabelNow); !h.p.Confirming() && !h.c.FullHelp && !strings.Contains(v, " "+now+" ") {
		t.Fatalf("%s: the cue (%s) is off the screen:\n%s", name, now, v)
	}
	st := h.status()
	if !st.Round || st.OnBreak || h.p.Confirming() {
		return
	}
	// Over the rules (r) the header keeps the time; the rules take the body.
	if left := h.p.leftText(st.Turn); !strings.Contains(v, left) {
		t.Fatalf("%s: the time (%s) is off the screen:\n%s", name, left, v)
	}
	if seat := h.p.seat(st.Turn.Seat); !h.p.showRules && !strings.Contains(v, seat) {
		t.Fatalf("%s: who speaks (%s) is off the screen:\n%s", name, seat, v)
	}
}

// bodyRoom is how many lines a screen gives its body: those between the
// header's rule and the footer's first.
func bodyRoom(v string) int {
	var rules []int
	for i, l := range strings.Split(v, "\n") {
		if l = strings.TrimSpace(l); l != "" && strings.Trim(l, "─") == "" {
			rules = append(rules, i)
		}
	}
	if len(rules) < 2 {
		return 0
	}
	return rules[1] - rules[0] - 1
}

// A reminder on screen beside a turn, at every height from 12 to 20 and
// odd widths, with the plan's warning and without: it is cut to a line
// only when whole it would leave the turn fewer than its four lines (who
// speaks, what they do, the bar, the time), and keeps its line while who
// speaks and the time keep theirs.
func TestReminderBesideATurnAtEverySize(t *testing.T) {
	for _, seats := range []int{4, 13} {
		for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
			h := newHarness(t, setup{lang: lang, w: 80, h: 24})
			h.begin(seats, "")
			h.toSharing()
			h.tick(20 * time.Second)
			h.key("m", "down", "enter")
			if h.status().Reminder < 0 {
				t.Fatal("no reminder on screen")
			}
			// Alone, and under the questions asked over a turn.
			for _, open := range []string{"", "enter", "m", "c", "a", "?"} {
				h.c.Width, h.c.Height = 80, 24
				if open != "" {
					h.key(open)
				}
				for _, w := range []int{40, 41, 47, 61, 81} {
					for ht := 12; ht <= 20; ht++ {
						h.c.Width, h.c.Height = w, ht
						name := fmt.Sprintf("%s %d seats %q %dx%d", lang, seats, open, w, ht)
						checkSize(t, h, name)
						v := ansi.Strip(h.view())
						whole := h.p.reminderLines(w)
						first := strings.TrimSpace(ansi.Strip(whole[0]))
						// Its first words: a cut line ends early, in " …".
						shown, all := strings.Contains(v, strings.Join(strings.Fields(first)[:3], " ")), true
						for _, l := range whole {
							all = all && strings.Contains(v, strings.TrimSpace(ansi.Strip(l)))
						}
						if shown && !all && bodyRoom(v) >= len(whole)+4 {
							t.Fatalf("%s: the reminder is cut with %d lines of room, %d for it whole and 4 for the turn:\n%s", name, bodyRoom(v), len(whole), v)
						}
						if room := bodyRoom(v); !shown && room >= 3 {
							t.Fatalf("%s: the reminder is off the screen with %d lines of room, 1 for it and 2 for who speaks and the time:\n%s", name, room, v)
						}
						t.Logf("%s: room %d, shown %v, whole %v", name, bodyRoom(v), shown, all)
					}
				}
				if open == "?" {
					h.key("?")
				} else if open != "" {
					h.key("esc")
				}
			}
		}
	}
}

// The header line at every width from 40 to 72: the first of these that
// fits whole, with a space between its halves and one after: circle's name
// and the phase with the meeting clock and the planned end, the phase with
// both, the name and phase with the clock, the phase with the clock, the
// clock alone.
func TestHeaderAtEveryWidth(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		h := newHarness(t, setup{lang: lang, w: 80, h: 24})
		h.begin(4, "")
		h.toSharing()
		h.tick(3 * time.Minute)
		st, cat := h.status(), h.c.Cat
		phase := " " + common.PhaseTitle(cat, st.Phase)
		named := " " + cat.T(catalog.AppName) + " · " + common.PhaseTitle(cat, st.Phase)
		clock := cat.F(catalog.MeetingClock, int(st.Elapsed/time.Minute), int((st.Length-st.Elapsed)/time.Minute))
		ends := clock + " · " + cat.F(catalog.RoomEnds, cat.TimeOfDay(st.Ends))
		for w := 40; w <= 72; w++ {
			h.c.Width = w
			line := ansi.Strip(strings.Split(h.view(), "\n")[0])
			var want [2]string
			for _, c := range [][2]string{{named, ends}, {phase, ends}, {named, clock}, {phase, clock}, {"", clock}} {
				if ansi.StringWidth(c[0])+ansi.StringWidth(c[1])+2 <= w || c[0] == "" {
					want = c
					break
				}
			}
			if ansi.StringWidth(line) != w || !strings.HasPrefix(line, want[0]+" ") || !strings.HasSuffix(line, " "+want[1]+" ") {
				t.Fatalf("%s %d wide: the header is %q, want %q and %q spread over the line", lang, w, line, want[0], want[1])
			}
		}
	}
}

// The meeting clock in the header at the planned end and past it: 0
// minutes left, then the minutes over, counted up.
func TestHeaderClockAtAndPastTheEnd(t *testing.T) {
	h := newHarness(t, setup{w: 80, h: 24})
	h.begin(3, "", func(c *session.Config) { c.Length = 30 * time.Minute })
	h.toSharing()
	for _, at := range []struct {
		gone int
		want string
	}{{30, "30 min gone · 0 min left"}, {35, "35 min gone · TIME, 5 min over"}} {
		h.tick(time.Duration(at.gone)*time.Minute - h.status().Elapsed)
		if line := ansi.Strip(strings.Split(h.view(), "\n")[0]); !strings.Contains(line, at.want) {
			t.Fatalf("%d minutes in, the header is %q, want %q", at.gone, line, at.want)
		}
	}
}

// Once the meeting is over, its last frame names no planned end.
func TestHeaderNamesNoEndOnceOver(t *testing.T) {
	h := newHarness(t, setup{w: 80, h: 24})
	h.begin(3, "")
	h.toSharing()
	h.see(h.c.Cat.F(catalog.RoomEnds, h.c.Cat.TimeOfDay(h.status().Ends)))
	h.finish()
	if h.status().Phase != session.PhaseDone {
		t.Fatalf("phase %v after the handover's answer", h.status().Phase)
	}
	h.notSee(h.c.Cat.F(catalog.RoomEnds, ""))
}

// The checklist at every height from 12 to 20: its heading and its count
// keep the blank line beside them exactly while three lines of rules or
// more still show between them; the count and the rule under the pointer
// are always on screen.
func TestRulesChecklistAtEveryHeight(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		h := newHarness(t, setup{lang: lang, w: 80, h: 24})
		h.begin(4, "")
		h.key("enter")
		for h.status().Round {
			h.tick(h.status().Turn.Left)
			h.key("enter")
		}
		h.key("space", "space")
		heading := h.c.Cat.T(catalog.RulesHeading)
		count := h.c.Cat.F(catalog.RulesTicked, 2, h.status().RulesTotal)
		for _, w := range []int{40, 47} {
			for ht := 12; ht <= 20; ht++ {
				h.c.Width, h.c.Height = w, ht
				name := fmt.Sprintf("%s %dx%d", lang, w, ht)
				checkSize(t, h, name)
				v := ansi.Strip(h.view())
				lines := strings.Split(v, "\n")
				top, end := -1, -1
				for i, l := range lines {
					if strings.TrimSpace(l) == heading {
						top = i
					}
					if strings.TrimSpace(l) == count {
						end = i
					}
				}
				if top < 0 || end < 0 || !strings.Contains(v, "› [ ] "+h.p.ruleText[2][:8]) {
					t.Fatalf("%s: the heading, the count or the rule under the pointer is off the screen:\n%s", name, v)
				}
				blanks := strings.TrimSpace(lines[top+1]) == "" && strings.TrimSpace(lines[end-1]) == ""
				rows := end - top - 1 // the lines of rules between
				if blanks {
					rows -= 2
				}
				if blanks && rows < 3 {
					t.Fatalf("%s: the blank lines stay with %d lines of rules between:\n%s", name, rows, v)
				}
				if !blanks && rows-2 >= 3 {
					t.Fatalf("%s: the blank lines went, and %d lines of rules would show beside them:\n%s", name, rows-2, v)
				}
			}
		}
	}
}

// The plan menu (c) and the reminder picker (m) over a turn, at every
// height from 12 to 20: who speaks and the time stay on screen; the menu
// says what each change does wherever that fits beside them, and names
// the changes only where it does not.
func TestMenusOverATurnAtEveryHeight(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		for _, open := range []string{"c", "m"} {
			h := newHarness(t, setup{lang: lang, w: 80, h: 24})
			h.begin(13, "")
			h.toSharing()
			h.tick(20 * time.Second)
			h.key(open)
			if !h.p.Confirming() {
				t.Fatalf("%s: %s opened nothing", lang, open)
			}
			st := h.status()
			for _, w := range []int{40, 47, 63, 81, 101, 121} {
				for ht := 12; ht <= 20; ht++ {
					h.c.Width, h.c.Height = w, ht
					name := fmt.Sprintf("%s %s %dx%d", lang, open, w, ht)
					v := ansi.Strip(h.view())
					checkFits(t, v, w, ht)
					if seat, left := h.p.seat(st.Turn.Seat), h.p.leftText(st.Turn); !strings.Contains(v, seat) || !strings.Contains(v, left) {
						t.Fatalf("%s: who speaks (%s) or the time (%s) is off the screen:\n%s", name, seat, left, v)
					}
					if open != "c" {
						continue
					}
					full := h.p.menu(w, 1000)
					does := strings.Fields(h.c.Cat.T(confirmChoiceText[offered(st)[0]]))[0]
					// The header's 2 lines and its rule, who speaks and the time.
					if fits := len(full)+5 <= ht; fits != strings.Contains(v, does) {
						t.Fatalf("%s: the menu of %d lines fits beside who speaks %v, says what a change does %v:\n%s", name, len(full), fits, !fits, v)
					}
				}
			}
		}
	}
}

// Between rounds the plan menu leaves the body its three lines wherever it
// fits beside them, at every height from 12 to 20 and at widths where its
// long and short forms differ by a line or two; it says what each change
// does wherever that fits.
func TestPlanMenuBetweenRoundsAtEveryHeight(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		h := newHarness(t, setup{lang: lang, w: 80, h: 24})
		h.begin(13, "")
		h.key("c")
		st := h.status()
		if st.Round || !h.p.Confirming() {
			t.Fatalf("%s: no plan menu before the check-in", lang)
		}
		for _, w := range []int{40, 61, 85, 101} {
			for ht := 12; ht <= 20; ht++ {
				h.c.Width, h.c.Height = w, ht
				name := fmt.Sprintf("%s %dx%d", lang, w, ht)
				v := ansi.Strip(h.view())
				checkFits(t, v, w, ht)
				full, short := h.p.menu(w, 1000), h.p.menu(w, 0)
				if room := bodyRoom(v); room < 3 && len(short)+6 <= ht {
					t.Fatalf("%s: the menu leaves the body %d lines, though its %d lines fit beside 3:\n%s", name, room, len(short), v)
				}
				does := strings.Fields(h.c.Cat.T(confirmChoiceText[offered(st)[0]]))[0]
				// The header's 2 lines and its rule, the body's 3.
				if fits := len(full)+6 <= ht; fits != strings.Contains(v, does) {
					t.Fatalf("%s: the menu of %d lines fits %v, says what a change does %v:\n%s", name, len(full), fits, !fits, v)
				}
			}
		}
	}
}
