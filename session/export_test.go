package session

import "time"

// What the tests, in package session_test, may see of the meeting's
// inside: the tests use the engine as its callers do, and these few
// accessors only where they check what no caller can see.

// InRound reports whether a turn of the phase is current.
func (m *Meeting) InRound() bool { return m.round }

// Queue is the phase's turns still to come.
func (m *Meeting) Queue() []Slot { return m.queue }

// Upcoming is every turn still to come, this phase's and later ones'.
func (m *Meeting) Upcoming() []Slot { return m.upcoming() }

// Order is the circle order starting from seat first.
func (m *Meeting) Order(first int) []int { return m.order(first) }

// Breaks are the lengths of the breaks taken.
func (m *Meeting) Breaks() []time.Duration { return m.breaks }

// Tally is the open floor's talk time per seat, the slice itself.
func (m *Meeting) Tally() []time.Duration { return m.tally }

// Last is the time of the latest event.
func (m *Meeting) Last() time.Time { return m.last }

// OnBreak reports whether a break runs.
func (m *Meeting) OnBreak() bool { return m.onBreak }

// TurnStart is when the current turn began.
func (m *Meeting) TurnStart() time.Time { return m.cur.start }

// Pool is the time the plan has left for the sharing turns to start.
func (m *Meeting) Pool(now time.Time) time.Duration { return m.plan(now).pool }

// Enter begins phase p at at.
func (m *Meeting) Enter(p Phase, at time.Time) { m.enter(p, at) }

// Clone is a deep copy, without the step that undo would take back.
func (m *Meeting) Clone() *Meeting { return m.clone() }

// KeepUndo gives m the undo step of from, so m can equal from.
func (m *Meeting) KeepUndo(from *Meeting) { m.undo = from.undo }

// ClosingReserve is the time kept for the closing.
func (c Config) ClosingReserve() time.Duration { return c.closingReserve() }
