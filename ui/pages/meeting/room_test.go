package meeting

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"

	"circle/session"
	"circle/ui/catalog"
	"circle/ui/common"
)

// lastEvent is the last event on disk.
func lastEvent(t *testing.T, h *harness) session.Event {
	t.Helper()
	ev := active(t, h.store)
	return ev[len(ev)-1]
}

// The keys that do not confirm a room question: each leaves the meeting as
// it was, and writes nothing.
var notYes = []string{"enter", "n", "esc", " ", "q", "l", "a", "2"}

func TestLateArrivalJoinsWithAKeyAndAConfirmation(t *testing.T) {
	for _, no := range notYes {
		h := newHarness(t, setup{w: 40, h: 12})
		h.begin(4, "Ann, Bo, Kim, Liv")
		h.toSharing()
		n := len(active(t, h.store))
		h.key("a", "3", "enter", "enter", no)
		if h.p.Engine().Seats() != 4 || len(active(t, h.store)) != n {
			t.Fatalf("%q joined someone", no)
		}
	}
	h := newHarness(t, setup{})
	h.begin(4, "Ann, Bo, Kim, Liv")
	h.toSharing()
	before := h.status().ShareEach
	h.key("a", "3", "enter")
	h.see("A name or initials for Seat 5 on the screen")
	h.key("enter")
	h.see("Seat 5 joins the circle after Seat 3 · Kim and has their turn at their place in this round.")
	h.key("y")
	if got := h.p.Engine().Circle(); !slices.Equal(got, []int{1, 2, 3, 5, 4}) {
		t.Fatalf("circle %v", got)
	}
	if e := lastEvent(t, h); e.Kind != session.EvJoin || e.Seat != 3 || e.On {
		t.Fatalf("on disk: %+v", e)
	}
	h.see("Seat 5 joined the circle; the plan is made again.")
	if after := h.status().ShareEach; after >= before {
		t.Fatalf("ShareEach %v after a late arrival, %v before", after, before)
	}
	// After the facilitator, seat 1: the first to share, who has begun.
	h.key("a", "1", "enter", "enter")
	h.see("Their place in this round has passed")
	h.key("y")
	if e := lastEvent(t, h); e.Kind != session.EvJoin || e.Seat != 1 || !e.On {
		t.Fatalf("on disk: %+v", e)
	}
	// A seat not in the circle is said, and nothing is asked.
	h.key("a", "9", "enter")
	h.see("There is no seat 9 in the circle")
	if h.p.Confirming() {
		t.Fatal("a question after a seat not in the circle")
	}
	// Backspace takes a digit back; a letter closes the question.
	h.key("a", "9", "backspace", "2", "enter", "enter")
	h.see("after Seat 2 · Bo")
	h.key("n")
	h.key("a", "x")
	if h.p.Confirming() {
		t.Fatal("x left the question open")
	}
}

func TestSomeoneLeavesWithAConfirmation(t *testing.T) {
	for _, no := range notYes {
		h := newHarness(t, setup{w: 40, h: 12})
		h.begin(4, "Ann, Bo, Kim, Liv")
		h.toSharing()
		h.key("l", "4", "enter", no)
		if len(h.p.Engine().Circle()) != 4 {
			t.Fatalf("%q let someone go", no)
		}
	}
	h := newHarness(t, setup{})
	h.begin(4, "Ann, Bo, Kim, Liv")
	h.toSharing()
	h.key("l", "4", "enter")
	h.see("Seat 4 · Liv leaves the circle: their 7 turns still to come are taken out. Let them go?")
	h.key("y")
	if got := h.p.Engine().Circle(); !slices.Equal(got, []int{1, 2, 3}) {
		t.Fatalf("circle %v", got)
	}
	h.see("Seat 4 · Liv left the circle")
	h.key("l", "2", "enter")
	h.see("Seat 2 · Bo is speaking: end their turn first")
	h.key("l", "1", "enter")
	h.see("The facilitator, and the last two in the circle, stay to the end.")
	h.key("l", "7", "enter")
	h.see("There is no seat 7 in the circle")
	// At the end of the sharing, the leaving seat has no turns to come.
	h.save2(t)
}

// save2 finishes the meeting and checks the log keeps only the counts.
func (h *harness) save2(t *testing.T) {
	t.Helper()
	h.finish()
	h.save()
	l := h.summary.Log
	if l.LeftEarly != 1 || l.Present != 4 {
		t.Fatalf("log: left %d, present %d", l.LeftEarly, l.Present)
	}
	for _, tu := range l.Turns {
		if tu.Seat == 4 && tu.Kind != "checkin" {
			t.Fatalf("seat 4 has a turn after it left: %+v", tu)
		}
	}
}

func TestTurnEndedEarlier(t *testing.T) {
	h := newHarness(t, setup{})
	h.begin(4, "Ann, Bo, Kim, Liv")
	h.toSharing()
	h.tick(5 * time.Minute)
	h.key("enter", "y")
	h.tick(20 * time.Second)
	h.key("e", "5", "0", "0", "enter")
	h.see("Type a number of seconds from 20 to 320.")
	h.key("e", "3", "0", "enter", "n")
	if got := h.p.Engine().Turns(); got[len(got)-1].Actual != 5*time.Minute {
		t.Fatalf("n corrected the turn: %v", got[len(got)-1].Actual)
	}
	h.key("e", "3", "0", "enter")
	h.tick(2 * time.Second) // said 30 s ago when asked
	h.key("y")
	last := h.p.Engine().Turns()[len(h.p.Engine().Turns())-1]
	if last.Actual != 4*time.Minute+50*time.Second {
		t.Fatalf("the corrected turn lasted %v", last.Actual)
	}
	if st := h.status(); st.Turn.Elapsed != 32*time.Second {
		t.Fatalf("the next turn has run %v", st.Turn.Elapsed)
	}
	if e := lastEvent(t, h); e.Kind != session.EvCorrect || e.Sec != 32 {
		t.Fatalf("on disk: %+v", e)
	}
	h.see("The last turn now ends when it really did")
	h.tick(time.Minute)
	h.key("e")
	if h.p.Confirming() {
		t.Fatal("a correction offered past its minute")
	}

	// The number counts back from when it was asked for, as the range
	// said then: typing it takes time, and the lowest said is taken.
	h.key("enter", "y")
	h.tick(20 * time.Second)
	h.key("e")
	h.see("from 20 to")
	h.tick(3 * time.Second)
	h.key("2", "0", "enter")
	h.see("The last turn ended 20 seconds ago")
	h.tick(time.Second)
	h.key("y")
	if e := lastEvent(t, h); e.Kind != session.EvCorrect || e.Sec != 24 {
		t.Fatalf("on disk: %+v", e)
	}
}

func TestUndoTheLastPass(t *testing.T) {
	h := newHarness(t, setup{})
	h.begin(4, "Ann, Bo, Kim, Liv")
	h.toSharing()
	h.tick(5 * time.Second)
	h.key("p")
	h.key("u", "enter")
	if h.status().Turn.Seat != 3 {
		t.Fatal("enter undid the pass")
	}
	h.key("u")
	h.see("Take back the pass of Seat 2 · Bo?")
	h.key("y")
	if st := h.status(); st.Turn.Seat != 2 || st.Turn.Kind != session.KindShare {
		t.Fatalf("after undo: %+v", st.Turn)
	}
	h.see("Taken back: Seat 2 · Bo speaks again.")
	if e := lastEvent(t, h); e.Kind != session.EvUndo {
		t.Fatalf("on disk: %+v", e)
	}
	h.key("u")
	if h.p.Confirming() {
		t.Fatal("a second undo offered")
	}
	// An end that was then undone on screen, replayed from disk, is the
	// same meeting.
	m, err := session.Replay(active(t, h.store))
	if err != nil || m.Status(h.now).Turn != h.status().Turn {
		t.Fatalf("replayed: %v %+v", err, m.Status(h.now).Turn)
	}
}

func TestOneMoreRound(t *testing.T) {
	plain := func(c *session.Config) { c.Format = session.FormatPlain }
	h := newHarness(t, setup{})
	h.begin(3, "", plain)
	h.toSharing()
	for h.status().Phase == session.PhaseSharing {
		h.tick(2 * time.Minute)
		h.key("enter", "y")
	}
	h.see("There is time for one more sharing round before the check-out: press o.", "o one more round")
	h.key("o", "enter")
	if h.status().Phase != session.PhaseClosing {
		t.Fatal("enter started another round")
	}
	h.key("o", "y")
	if h.status().Phase != session.PhaseSharing || h.p.Engine().RoundPrompt() == "" {
		t.Fatalf("phase %v", h.status().Phase)
	}
	h.see("One more round")
	h.key("enter")
	h.see("Prompt")
	// A group that turned the offer off is not offered one.
	g := h.group
	g.Defaults.NoAgain = true
	e := newHarness(t, setup{})
	e.group = g
	e.begin(3, "", plain)
	e.toSharing()
	for e.status().Phase == session.PhaseSharing {
		e.tick(2 * time.Minute)
		e.key("enter", "y")
	}
	e.notSee("one more")
	e.key("o")
	if e.p.Confirming() {
		t.Fatal("o asks in a group that turned the offer off")
	}
}

// The calm warning: a second calm colour (blue, never red), no blinking,
// the words "1 minute left", and the soft bell once if the group wants it.
func TestCalmWarning(t *testing.T) {
	h := newHarness(t, setup{colored: true, profile: termenv.ANSI, bell: true})
	h.begin(4, "Ann, Bo, Kim, Liv")
	h.toSharing()
	rang := h.rang
	h.tick(h.status().Turn.Planned - 61*time.Second)
	h.notSee("1 minute left")
	h.tick(time.Second)
	v := h.view()
	h.see("1 minute left · 1:00")
	if !strings.Contains(v, "\x1b[1;34m1 minute left") {
		t.Fatalf("the warning is not in the second calm colour:\n%q", v)
	}
	for _, bad := range []string{"\x1b[31m", ";31m", "\x1b[5m", ";5m"} {
		if strings.Contains(v, bad) {
			t.Fatalf("the warning has %q", bad)
		}
	}
	if h.rang != rang+1 {
		t.Fatalf("the bell rang %d times at the warning", h.rang-rang)
	}
	h.tick(30 * time.Second)
	if h.rang != rang+1 {
		t.Fatal("the bell rang again within the warning")
	}
	h.tick(31 * time.Second)
	h.notSee("1 minute left")
	if h.rang != rang+2 {
		t.Fatal("no bell at time")
	}
	// Off in the group: no warning, no bell before time.
	g := h.group
	g.Defaults.NoWarning = true
	o := newHarness(t, setup{})
	o.group = g
	o.begin(4, "", func(c *session.Config) { c.Warn = 0 })
	o.toSharing()
	o.tick(o.status().Turn.Planned - 30*time.Second)
	o.notSee("1 minute left")
}

func TestPlannedEndInTheHeader(t *testing.T) {
	h := newHarness(t, setup{w: 80, h: 24})
	h.begin(13, "", func(c *session.Config) { c.Length = 60 * time.Minute })
	h.see("ends 19:00")
	if h.status().Fits() {
		t.Fatal("the plan fits: no menu to extend it from")
	}
	h.key("c")
	// The menu lists extend last.
	list := offered(h.status())
	h.key(fmt.Sprint(len(list)))
	h.see("ends 19:10", "The meeting now ends at 19:10.")
	h.key("enter")
	h.notSee("now ends at")
	h.key("v")
	h.see("ends 19:10")
}

// A line-mode transcript of a meeting with a late arrival, someone
// leaving, a corrected end, an undone pass and one more round.
func TestLineModeRoomTranscripts(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		t.Run(string(lang), func(t *testing.T) {
			h := lineHarness(t, lang)
			h.group.Defaults.NoCheckIn = true
			h.begin(3, "Ann, Bo, Kim", func(c *session.Config) {
				c.Format = session.FormatPlain
				c.Length = 60 * time.Minute
				c.NoCheckIn = true
			})
			h.typeLines("?", "")
			h.typeLines("t", "", "")
			h.typeLines("a 2", "Eirin", "y")
			h.wait(3 * time.Minute)
			h.typeLines("", "y")
			h.wait(20 * time.Second)
			h.typeLines("e 999", "e 30", "y")
			h.wait(5 * time.Second)
			h.typeLines("p", "y", "u", "y")
			h.typeLines("l 3", "y", "l 4", "a 9")
			h.wait(62 * time.Second)
			for h.status().Phase == session.PhaseSharing {
				h.wait(2 * time.Minute)
				h.typeLines("")
				if h.p.Confirming() {
					h.typeLines("y")
				}
			}
			h.typeLines("o", "y", "")
			for h.status().Phase == session.PhaseSharing {
				h.typeLines("p")
			}
			h.typeLines("")
			for h.status().Round {
				h.typeLines("p")
			}
			h.typeLines("y")
			if h.summary == nil {
				t.Fatalf("the meeting did not end:\n%s", strings.Join(h.heard(), "\n"))
			}
			l := h.summary.Log
			if l.JoinedLate != 1 || l.LeftEarly != 1 || l.Rounds != 1 {
				t.Fatalf("log counts %d %d %d", l.JoinedLate, l.LeftEarly, l.Rounds)
			}
			golden.RequireEqual(t, strings.Join(h.heard(), "\n")+"\n")
		})
	}
}

// In the open floor a late arrival gets a key of their own, and a tally.
func TestLateArrivalInTheOpenFloor(t *testing.T) {
	h := newHarness(t, setup{})
	h.begin(5, "", func(c *session.Config) { c.Format = session.FormatOpen })
	h.key("enter", "p", "p", "p", "p", "p", "enter", "y")
	h.key("a", "5", "enter", "enter", "y")
	h.key("6")
	if st := h.status(); st.Floor != 6 || len(st.Tally) != 6 {
		t.Fatalf("floor %d, tally %v", st.Floor, st.Tally)
	}
	l := lineHarness(t, catalog.English)
	l.begin(5, "", func(c *session.Config) { c.Format = session.FormatOpen })
	l.typeLines("", "p", "p", "p", "p", "p", "", "y", "a 5", "", "y", "6")
	if st := l.status(); st.Floor != 6 {
		t.Fatalf("line mode: floor %d\n%s", st.Floor, strings.Join(l.heard(), "\n"))
	}
}

// A late arrival may be given a name for the screen in the join dialog:
// the meeting screen and the circle's own screen show it like the others',
// and it is kept in memory only.
func TestLateArrivalGetsANameForTheScreen(t *testing.T) {
	h := newHarness(t, setup{})
	var shown common.Shown
	h.c.Show = func(s common.Shown) { shown = s }
	h.begin(4, "Ann, Bo, Kim, Liv")
	h.toSharing()
	// Esc, or any key but letters, backspace and enter, at the name: no
	// one joins.
	for _, no := range []string{"esc", "tab", "up", "ctrl+c"} {
		h.key("a", "3", "enter", "Eirin", no)
		if h.p.Confirming() || h.p.Engine().Seats() != 4 {
			t.Fatalf("%q at the name: a question is open, or someone joined", no)
		}
	}
	h.key("a", "3", "enter")
	h.see("A name or initials for Seat 5 on the screen")
	h.key("backspace", "Ei", "space", "backspace", "r", "i\x07nx", "backspace", "enter")
	h.see("Seat 5 · Eirin joins the circle after Seat 3 · Kim")
	h.key("y")
	h.see("Seat 5 · Eirin joined the circle")
	if e := lastEvent(t, h); e.Kind != session.EvJoin || e.Seat != 3 {
		t.Fatalf("on disk: %+v", e)
	}
	for i := 0; h.status().Turn.Seat != 5; i++ {
		if i > 5 {
			t.Fatalf("seat 5 never speaks: %v", h.p.Engine().Circle())
		}
		h.key("enter", "y")
	}
	h.see("Seat 5 · Eirin")
	if !shown.Round || shown.Seat != 5 || shown.Name != "Eirin" {
		t.Fatalf("the circle's screen was shown %+v", shown)
	}
	// A second late arrival without a name keeps its number; the first
	// keeps its name.
	h.key("a", "5", "enter", "enter", "y")
	h.see("Seat 6 joined the circle")
	h.see("Seat 5 · Eirin")
	// A name may have spaces; one longer than MaxName is cut to it.
	h.key("a", "6", "enter", "Ka", "space", strings.Repeat("x", MaxName+5), "enter")
	h.see("Seat 7 · Ka " + strings.Repeat("x", MaxName-3) + " joins")
	h.notSee(strings.Repeat("x", MaxName-2))
	h.key("n")
	raw, err := os.ReadFile(h.path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte("Eirin")) {
		t.Fatal("the late arrival's name is in the data file")
	}
}
