package session_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"

	. "circle/session"
)

// sameOnReplay checks that d's events, stored as JSON and replayed, give
// the same meeting, status and log as the meeting that ran.
func sameOnReplay(t *testing.T, d *driver) {
	t.Helper()
	raw, err := json.Marshal(d.events)
	if err != nil {
		t.Fatal(err)
	}
	var stored []Event
	if err := json.Unmarshal(raw, &stored); err != nil {
		t.Fatal(err)
	}
	m, err := Replay(stored)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(m.Log(), d.m.Log()) {
		t.Fatalf("replayed log differs:\n%+v\n%+v", m.Log(), d.m.Log())
	}
	for _, at := range []time.Time{d.now, d.now.Add(90 * time.Second)} {
		if a, b := m.Status(at), d.m.Status(at); !reflect.DeepEqual(a, b) {
			t.Fatalf("replayed status differs:\n%+v\n%+v", a, b)
		}
	}
	if !reflect.DeepEqual(m, d.m) {
		t.Fatalf("replayed meeting differs:\n%+v\n%+v", m, d.m)
	}
}

// refuse applies e and wants err, leaving the meeting as it was.
func (d *driver) refuse(e Event, want error) {
	d.t.Helper()
	before := d.m.Clone()
	before.KeepUndo(d.m)
	if err := d.m.Apply(e); !errors.Is(err, want) {
		d.t.Fatalf("apply %s: %v, want %v", e.Kind, err, want)
	}
	if !reflect.DeepEqual(before, d.m) {
		d.t.Fatalf("a refused %s changed the meeting", e.Kind)
	}
}

// shares lists the sharing turns still to come, and reactors the seats of
// the reaction round about seat still to come.
func shares(m *Meeting) []int {
	var out []int
	for _, s := range m.Upcoming() {
		if s.Kind == KindShare {
			out = append(out, s.Seat)
		}
	}
	return out
}

func reactors(m *Meeting, about int) []int {
	var out []int
	for _, s := range m.Upcoming() {
		if s.Kind == KindReaction && s.About == about {
			out = append(out, s.Seat)
		}
	}
	return out
}

func TestLateArrivalBeforeTheirPlace(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing() // seat 2 shares first, 590 s
	if got := d.status().ShareEach; got != fairShare6 {
		t.Fatalf("ShareEach before = %v", got)
	}
	d.do(Join(d.now, 4, false))
	if d.m.Seats() != 7 || !slices.Equal(d.m.Circle(), []int{1, 2, 3, 4, 7, 5, 6}) {
		t.Fatalf("seats %d, circle %v", d.m.Seats(), d.m.Circle())
	}
	if got := shares(d.m); !slices.Equal(got, []int{3, 4, 7, 5, 6, 1}) {
		t.Fatalf("shares to come %v", got)
	}
	// The running round stays as it was; the rounds to come have them.
	if got := reactors(d.m, 2); !slices.Equal(got, []int{3, 4, 5, 6, 1}) {
		t.Fatalf("reactions to seat 2: %v", got)
	}
	if got := reactors(d.m, 3); !slices.Equal(got, []int{4, 7, 5, 6, 1, 2}) {
		t.Fatalf("reactions to seat 3: %v", got)
	}
	if got := reactors(d.m, 7); !slices.Equal(got, []int{5, 6, 1, 2, 3, 4}) {
		t.Fatalf("reactions to seat 7: %v", got)
	}
	// 7200 - 720 spent - 600 reserve (7 check-outs) - 590 running - 600
	// break - 41 reactions of 60 s = 2230 s for 6 shares: 371 s each.
	st := d.status()
	if st.ShareEach != 371*time.Second || st.Present != 7 {
		t.Fatalf("ShareEach %v, Present %d after the late arrival", st.ShareEach, st.Present)
	}
	if l := d.m.Log(); l.JoinedLate != 1 || l.Present != 6 {
		t.Fatalf("log: joined %d, present %d", l.JoinedLate, l.Present)
	}
	d.onTime()
	sameOnReplay(t, d)
}

func TestLateArrivalAfterTheirPlace(t *testing.T) {
	for _, atEnd := range []bool{false, true} {
		d := newDriver(t, cfg6())
		d.toSharing()
		for d.status().Turn.Seat != 4 || d.status().Turn.Kind != KindShare {
			d.onTime()
		}
		// Seat 7 sits between 2 and 3, who have shared.
		d.do(Join(d.now, 2, atEnd))
		want := []int{5, 6, 1}
		if atEnd {
			want = append(want, 7)
		}
		if got := shares(d.m); !slices.Equal(got, want) {
			t.Fatalf("atEnd %v: shares to come %v, want %v", atEnd, got, want)
		}
		if got := reactors(d.m, 5); !slices.Equal(got, []int{6, 1, 2, 7, 3, 4}) {
			t.Fatalf("reactions to seat 5: %v", got)
		}
		if got := reactors(d.m, 4); !slices.Equal(got, []int{5, 6, 1, 2, 3}) {
			t.Fatalf("reactions to seat 4 (running round) %v", got)
		}
		sameOnReplay(t, d)
	}
}

func TestLateArrivalInTheCheckInAndBetweenRounds(t *testing.T) {
	d := newDriver(t, cfg6())
	d.do(Join(d.now, 6, false)) // before the check-in: seat 7 after 6
	d.wait(time.Minute)
	d.do(Advance(d.now, false))
	var order []int
	for _, s := range d.m.Queue() {
		order = append(order, s.Seat)
	}
	if !slices.Equal(order, []int{2, 3, 4, 5, 6, 7, 1}) {
		t.Fatalf("check-in order %v", order)
	}
	d.onTime() // seat 2
	d.do(Join(d.now, 4, false))
	d.do(Join(d.now, 2, false)) // seat 9 after 2: 2 has checked in, 3 is on
	d.do(Join(d.now, 1, true))  // seat 10 after 1, the facilitator, who closes
	order = order[:0]
	for _, s := range d.m.Queue() {
		order = append(order, s.Seat)
	}
	if !slices.Equal(order, []int{3, 4, 8, 5, 6, 7, 1, 10}) {
		t.Fatalf("check-in order after joins %v", order)
	}
	d.do(Join(d.now, 3, true)) // seat 11 after 3, who speaks: not passed
	if got := d.m.Queue()[1].Seat; got != 11 {
		t.Fatalf("seat after the speaker %d, want 11", got)
	}
	sameOnReplay(t, d)
	// The open floor grows a tally for each late arrival.
	o := newDriver(t, cfgOpen())
	o.toOpenFloor()
	o.do(Join(o.now, 1, false))
	o.do(Floor(o.now, o.m.Seats()))
	o.wait(time.Minute)
	if got := o.status().Tally; len(got) != o.m.Seats() || got[o.m.Seats()-1] != time.Minute {
		t.Fatalf("tally %v", got)
	}
	o.refuse(Leave(o.now, o.m.Seats()), ErrSpeaking)
	sameOnReplay(t, o)
}

func TestLateArrivalRefusals(t *testing.T) {
	d := newDriver(t, cfg6())
	d.refuse(Join(d.now, 7, false), ErrBadEvent)
	d.refuse(Join(d.now, 0, false), ErrBadEvent)
	for d.m.Seats() < MaxSeats {
		d.do(Join(d.now, 1, false))
	}
	d.refuse(Join(d.now, 1, false), ErrFull)
	if got := d.status().Present; got != MaxSeats {
		t.Fatalf("present %d", got)
	}
	var m Meeting
	if err := m.Apply(Join(t0, 1, false)); !errors.Is(err, ErrNotNow) {
		t.Fatalf("join before the meeting: %v", err)
	}
}

func TestLeavingDuringAReactionRound(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing()
	d.onTime() // seat 2 shared; seat 3 reacts
	if s := d.status().Turn; s.Kind != KindReaction || s.Seat != 3 {
		t.Fatalf("running %+v", s)
	}
	d.refuse(Leave(d.now, 3), ErrSpeaking)
	d.refuse(Leave(d.now, 1), ErrStays)
	d.refuse(Leave(d.now, 9), ErrBadEvent)
	before := d.status().ShareEach
	d.do(Leave(d.now, 5))
	if got := reactors(d.m, 2); !slices.Equal(got, []int{4, 6, 1}) {
		t.Fatalf("reactions to seat 2 left: %v", got)
	}
	if got := shares(d.m); !slices.Equal(got, []int{3, 4, 6, 1}) {
		t.Fatalf("shares to come %v", got)
	}
	for _, s := range d.m.Upcoming() {
		if s.Seat == 5 || s.About == 5 {
			t.Fatalf("a turn of seat 5 is left: %+v", s)
		}
	}
	if after := d.status().ShareEach; after <= before {
		t.Fatalf("ShareEach %v after someone left, %v before", after, before)
	}
	// The reactions to a sharing already heard stay when its speaker goes.
	d.onTime() // seat 3 has reacted to 2; 4 reacts
	d.do(Leave(d.now, 2))
	if got := reactors(d.m, 2); !slices.Equal(got, []int{6, 1}) || d.status().Turn.Seat != 4 {
		t.Fatalf("reactions to seat 2 after it left: %v, running %d", got, d.status().Turn.Seat)
	}
	d.do(Leave(d.now, 3))
	d.refuse(Leave(d.now, 4), ErrSpeaking)
	d.onTime()
	d.do(Leave(d.now, 4))
	d.refuse(Leave(d.now, 6), ErrStays) // two left
	if l := d.m.Log(); l.LeftEarly != 4 || l.JoinedLate != 0 {
		t.Fatalf("log left %d", l.LeftEarly)
	}
	sameOnReplay(t, d)
	d.onTime()
	for d.m.Phase() == PhaseSharing {
		d.onTime()
	}
	d.do(Advance(d.now, false))
	if n := len(d.m.Queue()); n != 2 {
		t.Fatalf("check-out turns %d, want 2", n)
	}
	d.onTime()
	d.onTime()
	d.refuse(Leave(d.now, 6), ErrNotNow)
}

func TestBoundaryMovedBackBy30s(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing()
	d.speak(600 * time.Second) // 10 s over
	ended := d.now
	d.wait(40 * time.Second)
	if !d.status().Undo {
		t.Fatal("the end cannot be corrected right after it")
	}
	d.refuse(Correct(d.now, 0), ErrBadEvent)
	d.refuse(Correct(d.now, 39*time.Second), ErrBadEvent)  // after the end as stored
	d.refuse(Correct(d.now, 641*time.Second), ErrBadEvent) // before the turn began
	d.do(Correct(d.now, 70*time.Second))
	last := d.m.Turns()[len(d.m.Turns())-1]
	if last.Actual != 570*time.Second || last.Overtime() != 0 || !last.Early {
		t.Fatalf("corrected turn %+v", last)
	}
	if st := d.status(); st.Turn.Elapsed != 70*time.Second || st.Turn.Kind != KindReaction {
		t.Fatalf("next turn %+v", st.Turn)
	}
	// Said again, it moves from where it first was.
	d.do(Correct(d.now, 65*time.Second))
	if got := d.m.Turns()[len(d.m.Turns())-1].Actual; got != 575*time.Second {
		t.Fatalf("corrected twice: %v", got)
	}
	sameOnReplay(t, d)
	// The window runs from the end as first pressed.
	d.wait(ended.Add(UndoWindow + time.Second).Sub(d.now))
	d.refuse(Correct(d.now, 5*time.Second), ErrNotNow)
	d.refuse(Undo(d.now), ErrNotNow)
}

func TestCorrectionReplansTheBudget(t *testing.T) {
	a := newDriver(t, cfg6())
	a.toSharing()
	a.speak(10 * time.Minute)
	a.wait(30 * time.Second)
	a.do(Correct(a.now, 30*time.Second))
	b := newDriver(t, cfg6())
	b.toSharing()
	b.speak(10 * time.Minute)
	b.wait(30 * time.Second)
	b.do(Correct(b.now, 60*time.Second))
	// 30 s earlier the sharing ended: 30 s more for the 5 shares to come,
	// 6 s each.
	if sa, sb := a.status().ShareEach, b.status().ShareEach; sb-sa != 6*time.Second {
		t.Fatalf("ShareEach %v after a 30 s correction, %v after 60 s", sa, sb)
	}
	if got := a.m.Turns()[len(a.m.Turns())-1].Actual; got != 10*time.Minute {
		t.Fatalf("the boundary moved to its own moment: %v", got)
	}
}

func TestUndonePass(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing()
	d.wait(5 * time.Second)
	turns := len(d.m.Turns())
	d.do(Pass(d.now, false))
	if reactors(d.m, 2) != nil {
		t.Fatal("a passed sharing keeps its reactions")
	}
	d.wait(10 * time.Second)
	d.do(Undo(d.now))
	st := d.status()
	if st.Turn.Seat != 2 || st.Turn.Kind != KindShare || st.Turn.Elapsed != 15*time.Second || len(d.m.Turns()) != turns {
		t.Fatalf("after undo: %+v, %d turns", st.Turn, len(d.m.Turns()))
	}
	if got := reactors(d.m, 2); len(got) != 5 {
		t.Fatalf("reactions back: %v", got)
	}
	if st.Undo {
		t.Fatal("an undo can be undone")
	}
	d.refuse(Undo(d.now), ErrNotNow) // never more than the last step
	sameOnReplay(t, d)
	// Any other step in between: the end is no longer the last step.
	for name, between := range map[string]Event{
		"reminder": Remind(d.now, 0), "break": Break(d.now), "restart": Restart(d.now),
		"join": Join(d.now, 1, false),
	} {
		e := newDriver(t, cfg6())
		e.toSharing()
		e.speak(time.Minute)
		between.At = e.now
		e.do(between)
		if e.m.OnBreak() {
			e.do(Resume(e.now))
		}
		e.refuse(Undo(e.now), ErrNotNow)
		e.refuse(Correct(e.now, time.Second), ErrNotNow)
		if e.status().Undo {
			t.Fatalf("%s: undo offered", name)
		}
	}
	// The window: a minute after the end, not a second more.
	f := newDriver(t, cfg6())
	f.toSharing()
	f.speak(time.Minute)
	f.wait(UndoWindow)
	if !f.status().Undo {
		t.Fatal("no undo at the window's end")
	}
	f.wait(time.Nanosecond)
	f.refuse(Undo(f.now), ErrNotNow)
}

func TestUndoAnEndThatClosedThePhase(t *testing.T) {
	c := cfg6()
	c.Format = FormatPlain
	d := newDriver(t, c)
	d.toSharing()
	for len(d.m.Queue()) > 1 {
		d.onTime()
	}
	d.onTime()
	if d.m.Phase() != PhaseClosing {
		t.Fatalf("phase %v", d.m.Phase())
	}
	d.wait(3 * time.Second)
	d.do(Undo(d.now))
	if d.m.Phase() != PhaseSharing || d.status().Turn.Seat != 1 || d.status().Turn.Elapsed <= d.status().Turn.Planned {
		t.Fatalf("after undo: %v %+v", d.m.Phase(), d.status().Turn)
	}
	sameOnReplay(t, d)
}

// plainShort is a plain round of 6 in an hour with no break: short
// sharing turns leave time for another round.
func plainShort() Config {
	c := NewConfig(60*time.Minute, 6)
	c.Format = FormatPlain
	c.Rules = []string{"confidentiality"}
	return c
}

func TestAnotherRoundThatFits(t *testing.T) {
	d := newDriver(t, plainShort())
	d.toSharing()
	for d.m.Phase() == PhaseSharing {
		d.speak(2 * time.Minute)
	}
	st := d.status()
	if !st.Again {
		t.Fatalf("another round not offered with %v left", st.Left)
	}
	d.do(Again(d.now, "share-more"))
	if d.m.Phase() != PhaseSharing || d.m.InRound() || !slices.Equal(shares(d.m), []int{2, 3, 4, 5, 6, 1}) {
		t.Fatalf("phase %v, shares %v", d.m.Phase(), shares(d.m))
	}
	if d.m.RoundPrompt() != "share-more" || d.status().Again {
		t.Fatal("prompt, or offered again in the round")
	}
	d.do(Advance(d.now, false))
	// Every sharing turn fits at its floor and the closing is kept.
	if st := d.status(); st.Short > 0 || st.Turn.Planned < d.m.Config().ShareFloor {
		t.Fatalf("another round that does not fit: %+v", st)
	}
	for d.m.Phase() == PhaseSharing {
		d.onTime()
	}
	l := d.m.Log()
	if l.Rounds != 1 || l.Prompts[len(l.Prompts)-1] != "share-more" {
		t.Fatalf("log rounds %d prompts %v", l.Rounds, l.Prompts)
	}
	sameOnReplay(t, d)
}

func TestAnotherRoundThatWouldEatTheClosingReserve(t *testing.T) {
	d := newDriver(t, plainShort())
	d.toSharing()
	for d.m.Phase() == PhaseSharing {
		d.speak(3 * time.Minute)
	}
	// Leave exactly one floor short of a round: 6 shares at the floor
	// need 6 floors.
	b := d.m.Clone()
	b.Enter(PhaseSharing, d.now)
	need := 6 * d.m.Config().ShareFloor
	spare := b.Pool(d.now) - need
	if spare <= 0 {
		t.Fatalf("no spare time: %v", spare)
	}
	d.wait(spare)
	if !d.status().Again {
		t.Fatal("a round that just fits is not offered")
	}
	d.wait(time.Second)
	if d.status().Again {
		t.Fatal("a round that eats the reserve is offered")
	}
	d.refuse(Again(d.now, ""), ErrUnavailable)
	d.do(Advance(d.now, false))
	d.refuse(Again(d.now, ""), ErrUnavailable) // the check-out has begun
	sameOnReplay(t, d)
	o := newDriver(t, cfgOpen())
	o.toOpenFloor()
	o.wait(time.Hour)
	o.do(Advance(o.now, true))
	o.refuse(Again(o.now, ""), ErrUnavailable)
}

func TestCheckInOff(t *testing.T) {
	c := cfg6()
	c.NoCheckIn = true
	on, _ := Plan(cfg6())
	off, _ := Plan(c)
	// The six check-ins' minutes go to the six shares.
	if off.ShareEach-on.ShareEach != time.Minute {
		t.Fatalf("ShareEach %v without check-in, %v with", off.ShareEach, on.ShareEach)
	}
	d := newDriver(t, c)
	d.wait(time.Minute)
	d.do(Advance(d.now, false))
	if d.m.Phase() != PhaseRules || len(d.m.Turns()) != 0 {
		t.Fatalf("phase %v, %d turns", d.m.Phase(), len(d.m.Turns()))
	}
	sameOnReplay(t, d)
}

func TestCalmWarning(t *testing.T) {
	c := cfg6()
	c.Warn = time.Minute
	d := newDriver(t, c)
	d.wait(time.Minute)
	d.do(Advance(d.now, false))
	if d.status().Warn {
		t.Fatal("a check-in of one minute warned from its start")
	}
	for d.m.Phase() == PhaseOpening {
		d.onTime()
	}
	d.throughRulesFromHere()
	planned := d.status().Turn.Planned
	for _, tt := range []struct {
		at   time.Duration
		warn bool
	}{
		{planned - time.Minute - time.Second, false},
		{planned - time.Minute, true},
		{planned, true},
		{planned + time.Nanosecond, false},
	} {
		if got := d.m.Status(d.m.TurnStart().Add(tt.at)).Warn; got != tt.warn {
			t.Errorf("Warn at %v of %v = %v", tt.at, planned, got)
		}
	}
	c.Warn = 0
	e := newDriver(t, c)
	e.toSharing()
	if e.m.Status(e.now.Add(e.status().Turn.Planned)).Warn {
		t.Fatal("warned with the warning off")
	}
	c.Warn = -time.Second
	if c.Validate() != ErrTimes {
		t.Fatal("a negative warning point is valid")
	}
}

func (d *driver) throughRulesFromHere() {
	d.t.Helper()
	for i := range d.m.Config().Rules {
		d.do(Tick(d.now, i, true))
	}
	d.wait(d.m.Config().RulesTime)
	d.do(Advance(d.now, false))
	d.do(Advance(d.now, false))
}

func TestPlannedEndMovesWithAnExtension(t *testing.T) {
	d := newDriver(t, cfg6())
	if got := d.status().Ends; !got.Equal(t0.Add(2 * time.Hour)) {
		t.Fatalf("Ends %v", got)
	}
	c := NewConfig(60*time.Minute, 6)
	e := newDriver(t, c)
	e.do(Choose(e.now, ChooseExtend))
	if got := e.status().Ends; !got.Equal(t0.Add(70 * time.Minute)) {
		t.Fatalf("Ends after extending %v", got)
	}
}

func TestRoomQuestions(t *testing.T) {
	d := newDriver(t, cfg6())
	if d.m.JoinLate(3) {
		t.Fatal("a place passed before any round")
	}
	d.toSharing()
	d.onTime() // seat 2 shared
	// After the facilitator, the late arrival shares first: seat 2 has.
	if !d.m.JoinLate(1) || d.m.JoinLate(2) || d.m.JoinLate(99) {
		t.Fatal("JoinLate after 1, 2, 99")
	}
	if err := d.m.Joining(99); !errors.Is(err, ErrBadEvent) {
		t.Fatalf("Joining(99) = %v", err)
	}
	if err := d.m.Joining(1); err != nil {
		t.Fatalf("Joining(1) = %v", err)
	}
	// Seat 5: a reaction to 2, its share and its reactions to 3, 4, 6, 1.
	if got := d.m.TurnsToCome(5); got != 1+1+5+4 {
		t.Fatalf("TurnsToCome(5) = %d", got)
	}
	if got := d.m.TurnsToCome(3); got != 0 || !errors.Is(d.m.Leaving(3), ErrSpeaking) || d.m.Leaving(5) != nil {
		t.Fatalf("the speaker: %d turns, %v; seat 5: %v", got, d.m.Leaving(3), d.m.Leaving(5))
	}
	if _, _, ok := d.m.CorrectRange(d.now); !ok {
		t.Fatal("no correction right after an end")
	}
	d.wait(10*time.Second + 300*time.Millisecond)
	least, most, ok := d.m.CorrectRange(d.now)
	if !ok || least != 11*time.Second || most != 600*time.Second {
		t.Fatalf("CorrectRange = %v, %v, %v", least, most, ok)
	}
	if tu, pass, ok := d.m.LastStep(d.now); !ok || pass || tu.Seat != 2 || tu.Kind != KindShare {
		t.Fatalf("LastStep = %+v %v %v", tu, pass, ok)
	}
	d.do(Correct(d.now, most))
	if got := d.m.Turns()[len(d.m.Turns())-1].Actual; got != 0 {
		t.Fatalf("moved back to the event before: %v", got)
	}
	d.wait(UndoWindow)
	if _, _, ok := d.m.CorrectRange(d.now); ok {
		t.Fatal("a correction past the window")
	}
	if _, _, ok := d.m.LastStep(d.now); ok {
		t.Fatal("a last step past the window")
	}
	d.wait(-UndoWindow * 2) // a clock gone back reads as the last event
	if _, _, ok := d.m.CorrectRange(d.now); !ok {
		t.Fatal("no correction at the moment of the last event")
	}
}

// BenchmarkEndLate20 is an end (with the copy kept for undo) late in the
// sharing of a meeting of 20, when the most turns are behind it.
func BenchmarkEndLate20(b *testing.B) {
	t := &testing.T{}
	d := newDriver(t, NewConfig(120*time.Minute, 20))
	d.toSharing()
	for len(d.m.Queue()) > 40 {
		d.speak(time.Second)
	}
	at := d.now.Add(time.Minute)
	for b.Loop() {
		m := d.m.Clone()
		if err := m.Apply(End(at, true)); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLateArrivalBetweenTheSharingsBeginningAndItsFirstTurn(t *testing.T) {
	d := newDriver(t, cfg6())
	d.throughRules() // in the sharing, its round not yet begun
	d.do(Join(d.now, 3, false))
	if got := shares(d.m); !slices.Equal(got, []int{2, 3, 7, 4, 5, 6, 1}) {
		t.Fatalf("shares %v", got)
	}
	if got := reactors(d.m, 2); !slices.Equal(got, []int{3, 7, 4, 5, 6, 1}) {
		t.Fatalf("reactions to seat 2: %v", got)
	}
	sameOnReplay(t, d)
}

func TestLateArrivalInTheLastReactionRound(t *testing.T) {
	c := cfg6()
	c.Length = 60 * time.Minute
	d := newDriver(t, c)
	d.toSharing()
	for len(shares(d.m)) > 0 || d.status().Turn.Kind == KindShare {
		d.speak(5 * time.Second)
	}
	// Seat 1's reactions run; no sharing is left to come.
	d.do(Join(d.now, 4, true))
	if got := shares(d.m); !slices.Equal(got, []int{7}) {
		t.Fatalf("shares %v", got)
	}
	if got := reactors(d.m, 7); !slices.Equal(got, []int{5, 6, 1, 2, 3, 4}) {
		t.Fatalf("reactions to seat 7: %v", got)
	}
	if got := reactors(d.m, 1); slices.Contains(got, 7) {
		t.Fatalf("the running round has the late arrival: %v", got)
	}
	sameOnReplay(t, d)
}

func TestComingAndGoingInTheCheckOut(t *testing.T) {
	c := cfg6()
	c.Format = FormatPlain
	d := newDriver(t, c)
	d.toSharing()
	for d.m.Phase() == PhaseSharing {
		d.speak(time.Minute)
	}
	d.do(Join(d.now, 6, false)) // the closing, before its round
	d.do(Advance(d.now, false))
	d.onTime()                  // seat 2 has checked out
	d.do(Join(d.now, 3, false)) // seat 8 after 3, who has not
	d.do(Leave(d.now, 5))
	var order []int
	for _, s := range d.m.Queue() {
		order = append(order, s.Seat)
	}
	if !slices.Equal(order, []int{3, 8, 4, 6, 7, 1}) {
		t.Fatalf("check-out order %v", order)
	}
	sameOnReplay(t, d)
	for d.m.Phase() == PhaseClosing {
		d.onTime()
	}
	d.refuse(Join(d.now, 1, false), ErrNotNow)
	if l := d.m.Log(); l.JoinedLate != 2 || l.LeftEarly != 1 {
		t.Fatalf("log %d %d", l.JoinedLate, l.LeftEarly)
	}
}

func TestCorrectionOfNothingIsRefused(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing()
	d.speak(time.Minute)
	// Right after the end: zero seconds ago is no correction.
	d.refuse(Correct(d.now, 0), ErrBadEvent)
	d.do(Correct(d.now, time.Second))
}

// CorrectRange at whole seconds, and with an end half a second after the
// event before it: the range is one second, and still a range.
func TestCorrectRangeAtItsEdges(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing()
	d.wait(500 * time.Millisecond)
	d.do(Pass(d.now, false))
	d.wait(10 * time.Second)
	least, most, ok := d.m.CorrectRange(d.now)
	if !ok || least != 10*time.Second || most != 10*time.Second {
		t.Fatalf("CorrectRange = %v, %v, %v; want 10s, 10s, true", least, most, ok)
	}
	d.do(Correct(d.now, least))
}

// The calm warning's one rule, as every screen uses it.
func TestWarned(t *testing.T) {
	const m = time.Minute
	for _, tt := range []struct {
		warn, planned, left time.Duration
		want                bool
	}{
		{m, 5 * m, m + time.Nanosecond, false},
		{m, 5 * m, m, true},
		{m, 5 * m, time.Second, true},
		{m, 5 * m, 0, true},
		{m, 5 * m, -time.Nanosecond, false},
		{m, m, m, false},                           // no longer than its point: none
		{m, m + time.Second, m, true},              // just longer: from its point
		{0, 5 * m, 0, false},                       // off
		{-time.Second, 5 * m, -time.Second, false}, // not a point
		{2 * m, 5 * m, 90 * time.Second, true},
		{2 * m, 5 * m, 3 * m, false},
	} {
		if got := Warned(tt.warn, tt.planned, tt.left); got != tt.want {
			t.Errorf("Warned(%v, %v, %v) = %v", tt.warn, tt.planned, tt.left, got)
		}
	}
}
