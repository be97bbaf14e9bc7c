package session

import (
	"slices"
	"time"
)

// What happens in real rooms: someone arrives late or leaves early, the
// facilitator ends a turn late or by mistake, there is time for one more
// round. Each is an event like any other, so a meeting with them replays
// to the same state.

// lastStep is the meeting as it was before the last end or pass.
type lastStep struct {
	before *Meeting
	at     time.Time // when the turn was ended, as the event said
	pass   bool
}

// clone is a copy of m that shares nothing that changes.
func (m *Meeting) clone() *Meeting {
	c := *m
	c.queue = slices.Clone(m.queue)
	c.turns = slices.Clone(m.turns)
	c.ticked = slices.Clone(m.ticked)
	c.breaks = slices.Clone(m.breaks)
	c.tally = slices.Clone(m.tally)
	c.reminders = slices.Clone(m.reminders)
	c.choices = slices.Clone(m.choices)
	c.interruptions = slices.Clone(m.interruptions)
	c.ring = slices.Clone(m.ring)
	c.again = slices.Clone(m.again)
	c.undo = nil
	return &c
}

// Circle returns the seats present in circle order. The slice must not be
// changed.
func (m *Meeting) Circle() []int { return m.ring }

// Seats returns the highest seat number given: the seats at the start
// and one more for each late arrival.
func (m *Meeting) Seats() int { return m.seats }

// RoundPrompt returns the prompt id given with the latest extra round of
// sharing; "" before one.
func (m *Meeting) RoundPrompt() string {
	if len(m.again) == 0 {
		return ""
	}
	return m.again[len(m.again)-1]
}

// inRoom reports whether people can still come and go: from the opening
// to the end of the check-out, not in the handover.
func (m *Meeting) inRoom() bool {
	return m.phase >= PhaseOpening && m.phase <= PhaseClosing
}

// join seats a late arrival after seat after. They get a turn in the round
// that is running if it has not passed their place; if it has, atEnd gives
// them one at the end of the round. In the sharing they react in the
// reaction rounds still to come.
func (m *Meeting) join(after int, atEnd bool) error {
	switch {
	case !m.inRoom():
		return ErrNotNow
	case !slices.Contains(m.ring, after):
		return ErrBadEvent
	case m.seats >= MaxSeats:
		return ErrFull
	}
	n := m.seats + 1
	i := slices.Index(m.ring, after)
	m.ring = slices.Insert(m.ring, i+1, n)
	m.seats, m.joined = n, m.joined+1
	if m.tally != nil {
		m.tally = append(m.tally, 0)
	}
	switch {
	case m.phase == PhaseSharing && m.format != FormatOpen && len(m.queue) > 0:
		m.seatShare(n, atEnd)
	case m.round && (m.phase == PhaseOpening || m.phase == PhaseClosing):
		m.seatTurn(n, atEnd)
	}
	return nil
}

// placeOf finds seat's place in order among the seats of upcoming: the
// index in upcoming to insert its turn at, and whether a seat after it in
// order has had its turn already (its place has passed).
func placeOf(seat int, order []int, upcoming []int) (at int, passed bool) {
	rank := slices.Index(order, seat)
	at = len(upcoming)
	for _, s := range order[rank+1:] {
		if !slices.Contains(upcoming, s) {
			passed = true
		}
	}
	for j, s := range upcoming {
		if slices.Index(order, s) > rank {
			at = j
			break
		}
	}
	return at, passed
}

// seatTurn gives seat a check-in or check-out turn in the running round.
func (m *Meeting) seatTurn(seat int, atEnd bool) {
	up := m.upcoming()
	seats := make([]int, len(up))
	for i, s := range up {
		seats[i] = s.Seat
	}
	at, passed := placeOf(seat, m.order(m.firstSeat()), seats)
	if passed && !atEnd {
		return
	}
	if passed {
		at = len(up)
	}
	keep := len(m.queue) - len(up)
	m.queue = slices.Insert(m.queue, keep+at, Slot{Seat: seat, Kind: m.queue[0].Kind})
}

// seatShare gives seat a sharing turn and builds again the reaction rounds
// still to come, with seat in them. The running turn and the rest of its
// reaction round stay as they are.
func (m *Meeting) seatShare(seat int, atEnd bool) {
	up := m.upcoming()
	first := slices.IndexFunc(up, func(s Slot) bool { return s.Kind == KindShare })
	if first < 0 {
		first = len(up)
	}
	var shares []int
	for _, s := range up[first:] {
		if s.Kind == KindShare {
			shares = append(shares, s.Seat)
		}
	}
	at, passed := placeOf(seat, m.shareOrder(), shares)
	switch {
	case passed && atEnd:
		shares = append(shares, seat)
	case !passed:
		shares = slices.Insert(shares, at, seat)
	}
	q := slices.Clone(m.queue[:len(m.queue)-len(up)+first])
	for _, s := range shares {
		q = m.appendShare(q, s)
	}
	m.queue = q
}

// leave takes seat out of the circle and out of every turn still to come:
// its own turns, and its sharing turn with its reaction round if that has
// not begun. The seat speaking cannot leave until its turn is over, nor
// the facilitator, nor anyone when only MinSeats are left.
func (m *Meeting) leave(seat int) error {
	switch {
	case !m.inRoom():
		return ErrNotNow
	case !slices.Contains(m.ring, seat):
		return ErrBadEvent
	case seat == m.cfg.Facilitator, len(m.ring) <= MinSeats:
		return ErrStays
	case (m.round && m.queue[0].Seat == seat) || m.floor == seat:
		return ErrSpeaking
	}
	m.ring = slices.DeleteFunc(m.ring, func(s int) bool { return s == seat })
	m.left++
	up := m.upcoming()
	shares := slices.ContainsFunc(up, func(s Slot) bool { return s.Kind == KindShare && s.Seat == seat })
	keep := len(m.queue) - len(up)
	m.queue = append(m.queue[:keep], slices.DeleteFunc(slices.Clone(up), func(s Slot) bool {
		return s.Seat == seat || (shares && s.Kind == KindReaction && s.About == seat)
	})...)
	return nil
}

// undoable reports whether the last step, an end or a pass, can still be
// undone or corrected at now.
func (m *Meeting) undoable(now time.Time) bool {
	return m.undo != nil && now.Sub(m.undo.at) <= UndoWindow
}

// undoStep takes back the last end or pass: the turn goes on as if it
// had not been ended, its clock counting the time since.
func (m *Meeting) undoStep(at time.Time) error {
	if !m.undoable(at) {
		return ErrNotNow
	}
	*m = *m.undo.before
	return nil
}

// correct moves the last end or pass back to ago before at: the turn
// really ended then, so the next turn's clock starts then and the budget
// plans again from there. It may move the end back to the event before
// it at most, and never forward. The step can be corrected again, or
// undone.
func (m *Meeting) correct(at time.Time, ago time.Duration) error {
	if !m.undoable(at) {
		return ErrNotNow
	}
	u := m.undo
	real := at.Add(-ago)
	if ago <= 0 || real.After(u.at) || real.Before(u.before.last) {
		return ErrBadEvent
	}
	n := u.before.clone()
	// Confirmed already: the end (or pass) was accepted as it was.
	if err := n.endTurn(real, true, u.pass); err != nil {
		return err
	}
	n.undo = u
	*m = *n
	return nil
}

// againPlan is the meeting as it would be with one more sharing round
// entered at now, and whether that round fits: every sharing turn at its
// floor, without eating the closing reserve.
func (m *Meeting) againPlan(now time.Time) (*Meeting, bool) {
	if m.phase != PhaseClosing || m.round || len(m.turns) != m.phaseFirst || m.format == FormatOpen {
		return nil, false
	}
	n := m.clone()
	n.enter(PhaseSharing, now)
	b := n.plan(now)
	return n, b.shares > 0 && b.pool >= time.Duration(b.shares)*n.cfg.ShareFloor
}

// another starts one more sharing round before the check-out, with the
// reflection prompt prompt ("" for none).
func (m *Meeting) another(at time.Time, prompt string) error {
	n, fits := m.againPlan(at)
	if !fits {
		return ErrUnavailable
	}
	n.rounds++
	if prompt != "" {
		n.again = append(n.again, prompt)
	}
	*m = *n
	return nil
}

// JoinLate reports whether a late arrival sitting after seat after would
// find their place in the running round passed, so that they would share
// (or check in, or out) at its end. Between rounds nothing has passed.
func (m *Meeting) JoinLate(after int) bool {
	at, end := m.clone(), m.clone()
	if at.join(after, false) != nil || end.join(after, true) != nil {
		return false
	}
	return len(end.queue) > len(at.queue)
}

// TurnsToCome counts seat's turns still to come that leaving would take
// out: its own, and the reaction round of a sharing turn not yet begun.
func (m *Meeting) TurnsToCome(seat int) int {
	n := m.clone()
	if n.leave(seat) != nil {
		return 0
	}
	return len(m.queue) - len(n.queue)
}

// Leaving says why seat cannot leave now (ErrStays, ErrSpeaking,
// ErrBadEvent, ErrNotNow), or nil if it can.
func (m *Meeting) Leaving(seat int) error { return m.clone().leave(seat) }

// Joining says why no one can join after seat after now, or nil.
func (m *Meeting) Joining(after int) error { return m.clone().join(after, false) }

// CorrectRange is how many whole seconds before now the last end or pass
// can be said to have really happened: from least (the moment it was
// pressed) to most (the event before it); ok is false when it cannot be
// corrected now.
func (m *Meeting) CorrectRange(now time.Time) (least, most time.Duration, ok bool) {
	if now.Before(m.last) {
		now = m.last
	}
	if !m.undoable(now) {
		return 0, 0, false
	}
	least = max(time.Second, now.Sub(m.undo.at)).Round(time.Second)
	if least < now.Sub(m.undo.at) {
		least += time.Second
	}
	most = now.Sub(m.undo.before.last).Truncate(time.Second)
	return least, most, least <= most
}

// LastStep is the turn the last end or pass finished, and whether it was a
// pass, while it can be undone at now.
func (m *Meeting) LastStep(now time.Time) (t Turn, pass, ok bool) {
	if !m.undoable(now) || len(m.turns) == 0 {
		return Turn{}, false, false
	}
	return m.turns[len(m.undo.before.turns)], m.undo.pass, true
}
