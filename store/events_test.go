package store_test

import (
	"testing"
	"time"

	"circle/session"
)

// evT0 is when the test meetings begin: 18:00, so their events hold
// "T18:" and "T19:" times of day.
var evT0 = time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)

// meetingEvents drives a meeting of 20 through the session engine, as the
// UI would, and returns its first n events (all of them if n is 0 or more
// than the meeting has): a check-in round with passes, the rules ticked
// and some unticked again, a circle of sharing with its reaction rounds, a
// choice, the planned break and an extra one, the check-out and the
// handover. Each event was accepted by the engine, so any prefix replays.
func meetingEvents(tb testing.TB, n int) []session.Event {
	tb.Helper()
	cfg := session.NewConfig(120*time.Minute, 20)
	cfg.Rules = []string{
		"confidential", "one-voice", "own-experience", "no-advice", "may-pass",
		"behind-symptoms", "tell-absence", "two-hours", "rotate", "agree-changes",
	}
	cfg.Prompts = []string{"checkin-arrive", "reaction-recognise", "checkout-take"}
	m := new(session.Meeting)
	now := evT0
	var events []session.Event
	do := func(e session.Event) {
		tb.Helper()
		if err := m.Apply(e); err != nil {
			tb.Fatalf("event %d (%s) at +%v: %v", len(events)+1, e.Kind, e.At.Sub(evT0), err)
		}
		events = append(events, e)
	}
	wait := func(d time.Duration) { now = now.Add(d) }

	do(session.Begin(now, cfg))
	wait(2 * time.Minute)
	do(session.Advance(now, false))
	for i := 0; m.Phase() == session.PhaseOpening; i++ {
		if i%6 == 5 {
			wait(4 * time.Second)
			do(session.Pass(now, false))
		} else {
			wait(25*time.Second + time.Duration(i)*time.Second)
			do(session.End(now, true))
		}
	}
	for r := range cfg.Rules {
		wait(5 * time.Second)
		do(session.Tick(now, r, true))
	}
	for range 2 { // the group checks the list again
		for r := range cfg.Rules {
			do(session.Tick(now, r, false))
			do(session.Tick(now, r, true))
		}
	}
	do(session.Tick(now, 9, false))
	do(session.Break(now)) // an extra break, before the sharing
	wait(2 * time.Minute)
	do(session.Resume(now))
	do(session.Advance(now, true)) // one rule unticked, confirmed
	do(session.Advance(now, false))
	do(session.Choose(now, session.ChooseShorterReactions))
	wait(3 * time.Minute)
	for i := 0; m.Phase() == session.PhaseSharing; i++ {
		st := m.Status(now)
		if st.BreakDue {
			do(session.Break(now))
			wait(10 * time.Minute)
			do(session.Resume(now))
		}
		switch {
		case st.Turn.Kind == session.KindShare:
			wait(70 * time.Second)
			do(session.End(now, true))
		case i%9 == 4:
			wait(3 * time.Second)
			do(session.Pass(now, false))
		default:
			wait(7 * time.Second)
			do(session.End(now, true))
		}
	}
	do(session.Advance(now, false))
	for m.Phase() == session.PhaseClosing {
		wait(20 * time.Second)
		do(session.End(now, true))
	}
	wait(time.Minute)
	do(session.Handover(now, true))
	if n > 0 && n < len(events) {
		events = events[:n]
	}
	return events
}

func TestMeetingEventsIsRealistic(t *testing.T) {
	events := meetingEvents(t, 0)
	if len(events) < 500 {
		t.Fatalf("a whole meeting has %d events, the benchmark needs 500", len(events))
	}
	m, err := session.Replay(events)
	if err != nil {
		t.Fatal(err)
	}
	l := m.Log()
	if !l.Completed || l.Present != 20 || l.Breaks != 2 {
		t.Errorf("log: completed %v, present %d, breaks %d", l.Completed, l.Present, l.Breaks)
	}
	last := events[len(events)-1].At
	t.Logf("%d events, the last at %v", len(events), last.Format(time.TimeOnly))
	if last.Hour() > 19 {
		t.Errorf("the meeting ran to %v; the tests look for T18: and T19: only", last)
	}
	if _, err := session.Replay(events[:500]); err != nil {
		t.Errorf("500 events do not replay: %v", err)
	}
}
