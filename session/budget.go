package session

import "time"

// budget is the meeting's time plan at one instant.
type budget struct {
	pool   time.Duration // time left for the sharing turns still to start
	shares int           // sharing turns still to start
	// slack is when the pool starts to shrink: until then the time being
	// spent was promised already (a turn's planned time, an allowance, the
	// planned break); after it, every second spent comes out of the pool.
	slack time.Time
}

// plan computes the budget at now.
//
// What is left of the meeting's planned length, minus what is promised
// already, is the pool that the sharing turns still to start divide
// equally. Promised are: the running turn's planned remainder, the planned
// break, the welcome and rules allowances not yet used, the check-in and
// reaction turns to come at their planned length, and the closing reserve,
// which no round may eat. So a pass or an early finish grows the pool for
// the turns after it, and an overrun shrinks it. In the open floor there
// are no sharing turns (shares is 0): the pool is the open floor's time.
func (m *Meeting) plan(now time.Time) budget {
	c := &m.cfg
	rest := m.length - now.Sub(m.start) - m.closingReserve()
	slack := now
	promise := func(left time.Duration, consuming bool) {
		if left <= 0 {
			return
		}
		rest -= left
		if consuming {
			slack = now.Add(left)
		}
	}

	if m.round {
		promise(m.cur.planned-m.elapsed(now), !m.onBreak)
	}
	switch {
	case m.onBreak && m.breakPlanned:
		promise(m.plannedBreak-now.Sub(m.breakAt), true)
	case !m.breakTaken:
		promise(m.plannedBreak, false)
	}

	n := time.Duration(len(m.ring))
	switch m.phase {
	case PhaseOpening:
		if m.round {
			promise(time.Duration(len(m.queue)-1)*c.CheckIn, false)
		} else {
			promise(c.Welcome-m.phaseActive(now), !m.onBreak)
			if !c.NoCheckIn {
				promise(n*c.CheckIn, false)
			}
		}
		promise(c.RulesTime, false)
	case PhaseRules:
		promise(c.RulesTime-m.phaseActive(now), !m.onBreak)
	}

	shares, reactions := 0, 0
	switch {
	case m.phase < PhaseSharing:
		// The open floor has no sharing turns (and its queue, below, is
		// empty): its pool is the open floor's time.
		if m.format != FormatOpen {
			shares = len(m.ring)
		}
		if m.format == FormatCircle {
			reactions = len(m.ring) * (len(m.ring) - 1)
		}
	case m.phase == PhaseSharing:
		// The sharing's queue holds shares and reactions only. One
		// comparison a slot: this loop is most of the cost of a Status
		// with 20 people, and a two-way switch here ran 2-2.5x slower.
		up := m.upcoming()
		for i := range up {
			if up[i].Kind == KindShare {
				shares++
			}
		}
		reactions = len(up) - shares
	}
	rest -= time.Duration(reactions) * m.reaction
	return budget{pool: rest, shares: shares, slack: slack}
}

// Status is what the meeting looks like at one instant: everything a
// screen shows, computed from the clock reading it is given.
type Status struct {
	Phase   Phase
	Format  Format
	Round   bool // a round of turns is running
	OnBreak bool

	Turn      TurnStatus // the running turn, when Round
	Next      Slot       // the turn after it (or the first of the round), when HasNext
	HasNext   bool
	Position  int // the running turn's place in its round, 1-based
	RoundSize int // turns in the round, passes included

	Elapsed time.Duration // since the meeting began
	Left    time.Duration // until its planned end; negative once past it
	Length  time.Duration // planned length, after any extension
	// Ends is the planned end: the start plus Length. It moves only when
	// the meeting is extended.
	Ends time.Time

	// Warn is the calm warning: the running turn is within Config.Warn of
	// its time and not yet over it.
	Warn bool

	// Present is how many sit in the circle now.
	Present int
	// Undo reports that the last end or pass can still be undone or its
	// moment corrected (see UndoWindow).
	Undo bool
	// Again reports that one more sharing round fits before the
	// check-out, every turn at its floor and the closing reserve kept.
	Again bool

	Break        time.Duration // time on the current break
	BreakPlanned time.Duration // planned length of the current break; 0 for an unplanned one
	BreakDue     bool          // a good moment for the planned break

	ShareEach time.Duration // planned length of each sharing turn still to start
	Reaction  time.Duration // planned length of each reaction turn
	// Short is how much time the plan lacks to give every sharing turn
	// still to start its floor without eating the closing reserve. When
	// it is positive the facilitator is warned and offered Choices.
	Short time.Duration
	// FitsUntil is when Short turns positive if nothing else happens;
	// zero when it already is, or when the plan is past the sharing.
	FitsUntil time.Time
	Choices   []Choice

	RulesTicked, RulesTotal int

	// The open floor, when Format is FormatOpen.
	Floor int // the seat with the floor; 0 for no one
	// FloorLeft is the open floor's time after every promise (the
	// check-ins and rules still to come, the planned break, the closing
	// reserve); before the open floor, the time it will have. Negative
	// once the open floor eats into the closing reserve (then Short > 0).
	FloorLeft time.Duration
	// Tally is each seat's talk time in the open floor, index seat-1,
	// breaks excluded and the running stretch included; nil unless the
	// format is FormatOpen.
	Tally []time.Duration

	// Reminder is the index of the ground rule on screen as a reminder
	// to the whole circle; -1 for none.
	Reminder int
}

// TurnStatus is the running turn at one instant.
type TurnStatus struct {
	Slot
	Planned time.Duration
	Elapsed time.Duration // speaking time, breaks excluded
	Left    time.Duration // Planned - Elapsed; negative once over time
}

// Over reports whether the turn has run past its planned time.
func (t TurnStatus) Over() bool { return t.Left < 0 }

// Fits reports whether the plan still fits.
func (s Status) Fits() bool { return s.Short <= 0 }

// Status returns the meeting's state at now. It changes nothing.
func (m *Meeting) Status(now time.Time) Status {
	if now.Before(m.last) {
		now = m.last
	}
	s := Status{
		Phase:      m.phase,
		Format:     m.format,
		Round:      m.round,
		OnBreak:    m.onBreak,
		Length:     m.length,
		Reaction:   m.reaction,
		RulesTotal: len(m.ticked),
		Reminder:   m.remind - 1,
		Present:    len(m.ring),
	}
	for _, t := range m.ticked {
		if t {
			s.RulesTicked++
		}
	}
	if m.phase == PhaseSetup {
		return s
	}
	end := now
	if m.phase == PhaseDone {
		end = m.end
	}
	s.Elapsed = end.Sub(m.start)
	s.Left = m.length - s.Elapsed
	s.Ends = m.start.Add(m.length)
	s.Undo = m.undoable(now)
	_, s.Again = m.againPlan(now)
	done := len(m.turns) - m.phaseFirst
	s.RoundSize = done + len(m.queue)
	if m.round {
		el := m.elapsed(now)
		s.Turn = TurnStatus{Slot: m.queue[0], Planned: m.cur.planned, Elapsed: el, Left: m.cur.planned - el}
		s.Warn = Warned(m.cfg.Warn, m.cur.planned, s.Turn.Left)
		s.Position = done + 1
	}
	if up := m.upcoming(); len(up) > 0 {
		s.Next, s.HasNext = up[0], true
	}
	if m.onBreak {
		s.Break = now.Sub(m.breakAt)
		if m.breakPlanned {
			s.BreakPlanned = m.plannedBreak
		}
	}
	if m.format == FormatOpen {
		s.Floor = m.floor
		s.Tally = m.tallyAt(now)
	}
	if m.phase <= PhaseSharing {
		b := m.plan(now)
		if m.format == FormatOpen {
			s.FloorLeft = b.pool
		}
		floor := time.Duration(b.shares) * m.cfg.ShareFloor
		if b.shares > 0 {
			s.ShareEach = max(m.cfg.ShareFloor, (b.pool / time.Duration(b.shares)).Truncate(time.Second))
		}
		s.Short = max(0, floor-b.pool)
		if s.Short == 0 {
			s.FitsUntil = b.slack.Add(b.pool - floor)
		}
		s.BreakDue = m.breakDue(now, b)
	}
	s.Choices = m.available()
	return s
}

// breakDue reports whether this is the moment for the planned break: half
// the circle has shared, and the next person's sharing has only just begun.
// In the open floor: half its time is behind (b is the plan at now), and
// no one is in the middle of speaking.
func (m *Meeting) breakDue(now time.Time, b budget) bool {
	if m.phase != PhaseSharing || m.breakTaken || m.plannedBreak <= 0 {
		return false
	}
	if m.format == FormatOpen {
		return m.stretch(now) <= PassGrace && m.phaseActive(now) >= b.pool
	}
	if !m.round || m.queue[0].Kind != KindShare || m.elapsed(now) > PassGrace {
		return false
	}
	shared := 0
	for _, t := range m.turns[m.phaseFirst:] {
		if t.Kind == KindShare {
			shared++
		}
	}
	return shared >= (len(m.ring)+1)/2
}
