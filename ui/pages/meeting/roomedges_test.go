package meeting

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"circle/session"
)

// The room's keys at their edges (.ci/mutate ui/pages/meeting): the last
// phase people come and go in, a full circle, the longest number typed,
// the first and last second a correction takes, which question a late
// arrival gets between rounds, and a seat leaving with no turn to come.

// toClosing passes every sharing turn of a circle of seats, to the
// closing before its round.
func (h *harness) toClosing(seats int) {
	h.t.Helper()
	h.begin(seats, "")
	h.toSharing()
	for h.status().Phase == session.PhaseSharing {
		h.key("p")
		if h.p.Confirming() {
			h.key("y")
		}
	}
	if st := h.status(); st.Phase != session.PhaseClosing || st.Round {
		h.t.Fatalf("phase %v, round %v: not the closing before its round", st.Phase, st.Round)
	}
}

// In the closing, a late arrival still joins and someone can still leave.
func TestRoomKeysInTheClosing(t *testing.T) {
	h := newHarness(t, setup{w: 40, h: 12})
	h.toClosing(4)
	h.key("a")
	h.see("A late arrival")
	h.key("esc", "l")
	h.see("Someone leaves")
}

// A full circle says so at a, and asks for no seat number.
func TestLateArrivalToAFullCircle(t *testing.T) {
	h := newHarness(t, setup{w: 80, h: 24})
	h.begin(session.MaxSeats, "")
	h.key("enter", "a")
	if h.p.Confirming() {
		t.Fatalf("a to a circle of %d asks for a seat:\n%s", session.MaxSeats, h.view())
	}
	h.see("The circle has no seat left for a late arrival: 20 at most.")
}

// A seat number takes three digits at most: a fourth is not typed.
func TestSeatNumberTakesThreeDigits(t *testing.T) {
	h := newHarness(t, setup{w: 80, h: 24})
	h.begin(4, "")
	h.key("enter", "a", "1", "2", "3", "4")
	h.see("Typed: 123_")
	h.notSee("1234")
	h.key("enter")
	h.see("There is no seat 123 in the circle")
}

// The first and the last second the correction offers are taken.
func TestTurnEndedEarlierAtTheEndsOfItsRange(t *testing.T) {
	h := newHarness(t, setup{w: 80, h: 24})
	h.begin(4, "")
	h.toSharing()
	h.tick(5 * time.Minute)
	h.key("enter", "y")
	h.tick(20 * time.Second)
	least, most, ok := h.p.Engine().CorrectRange(h.now)
	if !ok || least >= most {
		t.Fatalf("range %v to %v, %v", least, most, ok)
	}
	h.key("e")
	h.see(fmt.Sprintf("from %d to %d", int(least/time.Second), int(most/time.Second)))
	h.key("esc")
	for _, ago := range []time.Duration{least, most} {
		h.key("e")
		h.key(strings.Split(fmt.Sprint(int(ago/time.Second)), "")...)
		h.key("enter")
		if !h.p.Confirming() {
			t.Fatalf("%v ago, in the range offered, is refused:\n%s", ago, h.view())
		}
		h.see(fmt.Sprintf("The last turn ended %d seconds ago", int(ago/time.Second)))
		h.key("n")
	}
	for _, ago := range []time.Duration{least - time.Second, most + time.Second} {
		h.key("e")
		h.key(strings.Split(fmt.Sprint(int(ago/time.Second)), "")...)
		h.key("enter")
		if h.p.Confirming() {
			t.Fatalf("%v ago, out of the range offered, is asked about:\n%s", ago, h.view())
		}
		h.see("Type a number of seconds from")
	}
}

// Between the rounds of the sharing a late arrival shares at their place
// in the round to come; before the check-in, nothing is said of a round.
func TestLateArrivalBetweenRounds(t *testing.T) {
	h := newHarness(t, setup{w: 100, h: 30})
	h.begin(4, "Ann, Bo, Kim, Liv")
	h.key("a", "2", "enter", "enter") // no name for the screen
	h.see("Seat 5 joins the circle after Seat 2 · Bo. Join them?")
	h.notSee("in this round")
	h.key("n")

	h = newHarness(t, setup{w: 100, h: 30})
	h.begin(4, "Ann, Bo, Kim, Liv")
	h.key("enter")
	for h.status().Round {
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	for range h.status().RulesTotal {
		h.key("space")
	}
	h.key("enter")
	if st := h.status(); st.Phase != session.PhaseSharing || st.Round || !st.HasNext {
		t.Fatalf("phase %v, round %v, next %v: not before the sharing's round", st.Phase, st.Round, st.HasNext)
	}
	h.key("a", "2", "enter", "enter")
	h.see("Seat 5 joins the circle after Seat 2 · Bo and has their turn at their place in this round.")
}

// A seat whose turns are all over leaves with nothing taken out.
func TestLeavingWithNoTurnToCome(t *testing.T) {
	h := newHarness(t, setup{w: 100, h: 30})
	h.toClosing(4)
	h.key("enter")
	for h.status().Turn.Seat != 2 {
		h.key("p")
	}
	h.key("p") // seat 2 checks out
	if st := h.status(); !st.Round || st.Turn.Seat == 2 || h.p.Engine().TurnsToCome(2) != 0 {
		t.Fatalf("round %v, seat %d speaking: seat 2 has turns to come", st.Round, st.Turn.Seat)
	}
	h.key("l", "2", "enter")
	h.see("Seat 2 leaves the circle; they have no turns still to come. Let them go?")
}

// In one more round of the circle, the reactions are to the round's own
// prompt, as its sharing is.
func TestOneMoreRoundPromptsItsReactions(t *testing.T) {
	h := newHarness(t, setup{w: 100, h: 30})
	h.begin(3, "")
	h.toSharing()
	for h.status().Phase == session.PhaseSharing {
		h.tick(2 * time.Minute)
		h.key("enter", "y")
	}
	h.key("o", "y", "enter")
	id := h.p.Engine().RoundPrompt()
	if st := h.status(); id == "" || !st.Round || st.Turn.Kind != session.KindShare {
		t.Fatalf("round prompt %q, turn %+v: not the share of one more round", id, st.Turn)
	}
	prompt := h.p.promptText(id)
	h.see(prompt[:20])
	h.tick(2 * time.Minute)
	h.key("enter", "y")
	if st := h.status(); !st.Round || st.Turn.Kind != session.KindReaction {
		t.Fatalf("turn %+v: not a reaction", st.Turn)
	}
	h.see(prompt[:20])
}
