package session

import (
	"slices"
	"time"
)

// Phase is a part of the meeting, in meeting order.
type Phase int

// The phases.
const (
	PhaseSetup    Phase = iota // not begun
	PhaseOpening               // welcome, then the check-in round
	PhaseRules                 // the ground rules checklist
	PhaseSharing               // the circle of sharing, plain round or open floor
	PhaseClosing               // the check-out round
	PhaseHandover              // confidentiality reminder and handover
	PhaseDone                  // over: completed or stopped
)

var phaseNames = [...]string{"setup", "opening", "rules", "sharing", "closing", "handover", "done"}

func (p Phase) String() string {
	if p < 0 || int(p) >= len(phaseNames) {
		return "unknown"
	}
	return phaseNames[p]
}

// Phases lists every phase, in meeting order.
func Phases() []Phase {
	return []Phase{PhaseSetup, PhaseOpening, PhaseRules, PhaseSharing, PhaseClosing, PhaseHandover, PhaseDone}
}

// Kind is the kind of a speaking turn.
type Kind int

// The kinds of turn.
const (
	KindCheckIn Kind = iota
	KindShare
	KindReaction
	KindCheckOut
)

var kindNames = [...]string{"checkin", "share", "reaction", "checkout"}

func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "unknown"
	}
	return kindNames[k]
}

// Slot is a turn in the plan: who speaks and why.
type Slot struct {
	Seat  int
	Kind  Kind
	About int // for a reaction: the seat whose sharing it answers
}

// Turn is a finished turn.
type Turn struct {
	Slot
	Planned time.Duration
	Actual  time.Duration
	Passed  bool
	Early   bool // ended before its planned time, confirmed by the facilitator
}

// Overtime is how far the turn ran past its planned time.
func (t Turn) Overtime() time.Duration { return max(0, t.Actual-t.Planned) }

// Meeting is the state of one meeting: a fold over its events. The zero
// value is a meeting not yet begun.
type Meeting struct {
	cfg      Config
	length   time.Duration // planned length, after any extension
	format   Format
	reaction time.Duration // length of reaction turns still to come

	start   time.Time
	last    time.Time // time of the latest event; time never runs backwards
	end     time.Time
	phase   Phase
	phaseAt time.Time
	// phasePaused is break time spent in the current phase, so allowances
	// of the phase (the welcome, reading the rules) are not eaten by breaks.
	phasePaused time.Duration
	phaseFirst  int // index in turns of the phase's first turn

	queue []Slot // the phase's turns still to come; queue[0] is current while round
	round bool
	cur   current

	turns    []Turn
	ticked   []bool
	unticked int // rules unticked when the sharing began

	onBreak      bool
	breakAt      time.Time
	breakPlanned bool // the current break is the planned one
	breakTaken   bool // the planned break has begun
	plannedBreak time.Duration
	breaks       []time.Duration

	// The open floor: who has it, since when, and the talk time of every
	// seat (index seat-1) in the stretches that are over. Only totals are
	// kept, never who spoke when.
	floor int
	held  current // the running stretch of the seat with the floor
	tally []time.Duration

	// remind is the ground rule shown as a reminder, plus one; 0 for none.
	remind    int
	reminders []int // the rules shown as reminders, in order

	choices   []Choice
	completed bool
	handover  bool

	// interruptions are the stops of circle itself that the meeting came
	// back from (EvRestart), each as long as it lasted.
	interruptions []time.Duration

	// ring is the circle order of the seats present: seat numbers, each
	// once. A late arrival enters it after the seat they sit after; who
	// leaves goes out of it. seats is the highest seat number given.
	ring  []int
	seats int
	// joined and left count the late arrivals and those who left early;
	// rounds counts the sharing rounds after the first (EvAgain), and
	// again the prompts they were given.
	joined, left, rounds int
	again                []string

	// undo is the meeting as it was before the last end or pass, kept
	// until the next event, so that step alone can be corrected or undone.
	undo *lastStep
}

// current is the running turn.
type current struct {
	start   time.Time
	planned time.Duration
	paused  time.Duration // break time during the turn
}

// Config returns the meeting's configuration as begun.
func (m *Meeting) Config() Config { return m.cfg }

// Phase returns the meeting's phase.
func (m *Meeting) Phase() Phase { return m.phase }

// Started returns when the meeting began.
func (m *Meeting) Started() time.Time { return m.start }

// Turns returns the finished turns, in order. The slice must not be changed.
func (m *Meeting) Turns() []Turn { return m.turns }

// Ticked reports whether rule i of the checklist is ticked.
func (m *Meeting) Ticked(i int) bool { return i >= 0 && i < len(m.ticked) && m.ticked[i] }

// Apply checks e against the meeting's state and, if it is allowed, applies
// it. A refused event leaves the meeting unchanged. An event stamped earlier
// than the one before it is taken to happen at the same instant: a wall
// clock that jumps back must never make time run backwards.
func (m *Meeting) Apply(e Event) error {
	if e.Kind == EvBegin {
		return m.begin(e)
	}
	if m.phase == PhaseSetup || m.phase == PhaseDone {
		return ErrNotNow
	}
	at := e.At
	if at.Before(m.last) {
		at = m.last
	}
	if m.onBreak && e.Kind != EvResume && e.Kind != EvStop && e.Kind != EvChoose && e.Kind != EvRestart {
		return ErrOnBreak
	}
	if e.Kind == EvRemind {
		// A reminder is only a line on the screen: it touches no clock,
		// no turn and no budget. So it does not even move m.last. It is
		// a step of its own, though: the end before it is not undone.
		err := m.showReminder(e.Rule)
		if err == nil {
			m.undo = nil
		}
		return err
	}
	undo := m.undo
	var err error
	switch e.Kind {
	case EvAdvance:
		err = m.advance(at, e.Confirm)
	case EvEnd, EvPass:
		before := m.clone()
		if err = m.endTurn(at, e.Confirm, e.Kind == EvPass); err == nil {
			undo = &lastStep{before: before, at: at, pass: e.Kind == EvPass}
		}
	case EvJoin:
		err = m.join(e.Seat, e.On)
	case EvLeave:
		err = m.leave(e.Seat)
	case EvCorrect:
		err = m.correct(at, time.Duration(e.Sec)*time.Second)
	case EvUndo:
		err = m.undoStep(at)
		undo = nil
	case EvAgain:
		err = m.another(at, e.Prompt)
	case EvTick:
		err = m.tick(e.Rule, e.On)
	case EvBreak:
		m.onBreak, m.breakAt = true, at
		// The planned break belongs to the sharing; a pause elsewhere is
		// an extra break and spends the turns' time.
		m.breakPlanned = m.phase == PhaseSharing && !m.breakTaken && m.plannedBreak > 0
		m.breakTaken = m.breakTaken || m.breakPlanned
	case EvResume:
		if !m.onBreak {
			return ErrNotNow
		}
		m.resume(at)
	case EvChoose:
		err = m.choose(e.Choice)
	case EvHandover:
		if m.phase != PhaseHandover {
			return ErrNotNow
		}
		m.handover, m.completed = e.On, true
		m.finish(at)
	case EvStop:
		if m.onBreak {
			m.resume(at)
		}
		if m.round {
			el := m.elapsed(at)
			m.record(el, false, el < m.cur.planned)
		}
		m.finish(at)
	case EvFloor:
		err = m.giveFloor(at, e.Seat)
	case EvRestart:
		m.interrupt(at)
		// Not a moment of the meeting's own: the reminder stays.
		m.last = at
		m.undo = nil
		return nil
	default:
		return ErrBadEvent
	}
	if err != nil {
		return err
	}
	m.last = at
	// Only the last end or pass can be taken back, and only until the
	// next step; a correction is the same step, said better.
	m.undo = nil
	if e.Kind == EvEnd || e.Kind == EvPass || e.Kind == EvCorrect {
		m.undo = undo
	}
	// The reminder goes with the moment it was shown for: left on screen
	// into the next turn, it would seem aimed at the next speaker.
	m.remind = 0
	return nil
}

func (m *Meeting) begin(e Event) error {
	if m.phase != PhaseSetup {
		return ErrNotNow
	}
	if e.Config == nil {
		return ErrBadEvent
	}
	cfg := *e.Config
	if err := cfg.Validate(); err != nil {
		return err
	}
	cfg.Rules = slices.Clone(cfg.Rules)
	cfg.Prompts = slices.Clone(cfg.Prompts)
	*m = Meeting{
		cfg:          cfg,
		length:       cfg.Length,
		format:       cfg.Format,
		reaction:     cfg.Reaction,
		start:        e.At,
		last:         e.At,
		phase:        PhaseOpening,
		phaseAt:      e.At,
		ticked:       make([]bool, len(cfg.Rules)),
		plannedBreak: cfg.Break,
		seats:        cfg.Seats,
		ring:         make([]int, cfg.Seats),
	}
	for i := range m.ring {
		m.ring[i] = i + 1
	}
	if cfg.Format == FormatOpen {
		m.tally = make([]time.Duration, cfg.Seats)
	}
	return nil
}

// order returns every seat present once, in circle order beginning with
// first.
func (m *Meeting) order(first int) []int { return m.circleFrom(first, false) }

// circleFrom returns every seat present once beginning with first, going
// round the circle forward or, with reverse, the other way.
func (m *Meeting) circleFrom(first int, reverse bool) []int {
	n := len(m.ring)
	at := max(0, slices.Index(m.ring, first))
	step := 1
	if reverse {
		step = n - 1 // one back, without going negative
	}
	seats := make([]int, n)
	for i := range seats {
		seats[i] = m.ring[(at+i*step)%n]
	}
	return seats
}

// neighbour is the seat next to seat in the circle, forward or, with
// reverse, the other way.
func (m *Meeting) neighbour(seat int, reverse bool) int {
	return m.circleFrom(seat, reverse)[1%len(m.ring)]
}

// firstSeat is the seat after the facilitator: the facilitator speaks last.
func (m *Meeting) firstSeat() int { return m.neighbour(m.cfg.Facilitator, false) }

// shareOrder is the order of the sharing turns. Only the sharing of a
// meeting begun as a plain round follows Config.Start and Reverse: sharing
// turns are the ones whose length depends on their place (the last are
// squeezed when time runs short), so that is where turning the round is
// fair. The check-in and check-out have fixed turns and stay in circle
// order after the facilitator, who closes them. With Start 0 (or a start
// seat who has left) the first to share is the facilitator's neighbour in
// the direction of travel, so the facilitator still shares last.
func (m *Meeting) shareOrder() []int {
	c := &m.cfg
	if c.Format != FormatPlain {
		return m.order(m.firstSeat())
	}
	first := c.Start
	if !slices.Contains(m.ring, first) {
		first = m.neighbour(c.Facilitator, c.Reverse)
	}
	return m.circleFrom(first, c.Reverse)
}

func (m *Meeting) advance(at time.Time, confirm bool) error {
	if m.round {
		return ErrNotNow
	}
	switch m.phase {
	case PhaseOpening:
		m.queue = m.queue[:0]
		if m.cfg.NoCheckIn {
			// The group holds no check-in round: on to the rules.
			m.enter(PhaseRules, at)
			return nil
		}
		for _, s := range m.order(m.firstSeat()) {
			m.queue = append(m.queue, Slot{Seat: s, Kind: KindCheckIn})
		}
	case PhaseRules:
		n := 0
		for _, t := range m.ticked {
			if !t {
				n++
			}
		}
		if n > 0 && !confirm {
			return ErrUnticked
		}
		m.unticked = n
		m.enter(PhaseSharing, at)
		return nil
	case PhaseSharing:
		if m.format == FormatOpen {
			return m.closeFloor(at, confirm)
		}
		// the queue was built on entering the phase
	case PhaseClosing:
		m.queue = m.queue[:0]
		for _, s := range m.order(m.firstSeat()) {
			m.queue = append(m.queue, Slot{Seat: s, Kind: KindCheckOut})
		}
	default:
		return ErrNotNow
	}
	if len(m.queue) == 0 {
		return ErrNotNow
	}
	m.startHead(at)
	return nil
}

// enter moves the meeting into phase p, between rounds.
func (m *Meeting) enter(p Phase, at time.Time) {
	m.phase, m.phaseAt, m.phasePaused = p, at, 0
	m.phaseFirst = len(m.turns)
	m.round = false
	m.queue = m.queue[:0]
	if p == PhaseSharing {
		// The plan of the sharing is known now, so the budget counts
		// exactly the turns still to come.
		// The open floor has no queue: the facilitator gives the floor.
		if m.format == FormatOpen {
			return
		}
		for _, s := range m.shareOrder() {
			m.queue = m.appendShare(m.queue, s)
		}
	}
}

// appendShare appends seat's sharing turn to q, with its reaction round
// in a circle of sharing: every other seat present, in circle order.
func (m *Meeting) appendShare(q []Slot, seat int) []Slot {
	q = append(q, Slot{Seat: seat, Kind: KindShare})
	if m.format == FormatCircle {
		for _, r := range m.order(seat)[1:] {
			q = append(q, Slot{Seat: r, Kind: KindReaction, About: seat})
		}
	}
	return q
}

// startHead starts the turn at the head of the queue.
func (m *Meeting) startHead(at time.Time) {
	s := m.queue[0]
	var planned time.Duration
	switch s.Kind {
	case KindCheckIn:
		planned = m.cfg.CheckIn
	case KindReaction:
		planned = m.reaction
	case KindCheckOut:
		planned = m.cfg.CheckOut
	case KindShare:
		// The head counts as still to come, so it gets its fair share of
		// what is left, and never less than the floor.
		m.round = false
		p := m.plan(at)
		planned = m.cfg.ShareFloor
		if p.shares > 0 {
			planned = max(planned, (p.pool / time.Duration(p.shares)).Truncate(time.Second))
		}
	}
	m.round = true
	m.cur = current{start: at, planned: planned}
}

// elapsed is the running turn's speaking time at now, breaks excluded.
func (m *Meeting) elapsed(now time.Time) time.Duration {
	return m.active(m.cur.start, m.cur.paused, now)
}

// phaseActive is the time spent in the current phase, breaks excluded.
func (m *Meeting) phaseActive(now time.Time) time.Duration {
	return m.active(m.phaseAt, m.phasePaused, now)
}

// stretch is the talk time of the seat with the open floor since it got
// the floor, breaks excluded; 0 when no one has it.
func (m *Meeting) stretch(now time.Time) time.Duration {
	if m.floor == 0 {
		return 0
	}
	return m.active(m.held.start, m.held.paused, now)
}

// active is the time from start to now less the breaks in between: paused,
// the breaks that are over, and the running one.
func (m *Meeting) active(start time.Time, paused time.Duration, now time.Time) time.Duration {
	d := now.Sub(start) - paused
	if m.onBreak {
		d -= now.Sub(m.breakAt)
	}
	return max(0, d)
}

func (m *Meeting) endTurn(at time.Time, confirm, pass bool) error {
	if !m.round {
		return ErrNotNow
	}
	el := m.elapsed(at)
	early := el < m.cur.planned
	switch {
	case pass && el > PassGrace && !confirm:
		return ErrPassLate
	case !pass && early && !confirm:
		return ErrEndEarly
	}
	head := m.queue[0]
	m.record(el, pass, early && !pass)
	m.queue = m.queue[1:]
	if pass && head.Kind == KindShare {
		// Nothing was shared, so there is nothing to react to: the
		// reaction round for this seat goes, and its time with it.
		m.queue = slices.DeleteFunc(m.queue, func(s Slot) bool {
			return s.Kind == KindReaction && s.About == head.Seat
		})
	}
	if len(m.queue) > 0 {
		m.startHead(at)
		return nil
	}
	m.round = false
	switch m.phase {
	case PhaseOpening:
		m.enter(PhaseRules, at)
	case PhaseSharing:
		m.enter(PhaseClosing, at)
	case PhaseClosing:
		m.enter(PhaseHandover, at)
	}
	return nil
}

func (m *Meeting) record(actual time.Duration, passed, early bool) {
	m.turns = append(m.turns, Turn{
		Slot:    m.queue[0],
		Planned: m.cur.planned,
		Actual:  actual.Truncate(time.Second),
		Passed:  passed,
		Early:   early,
	})
}

func (m *Meeting) tick(rule int, on bool) error {
	if m.phase != PhaseRules {
		return ErrNotNow
	}
	if rule < 0 || rule >= len(m.ticked) {
		return ErrBadEvent
	}
	m.ticked[rule] = on
	return nil
}

func (m *Meeting) resume(at time.Time) {
	d := at.Sub(m.breakAt)
	m.breaks = append(m.breaks, d)
	m.phasePaused += d
	if m.round {
		m.cur.paused += d
	}
	if m.floor != 0 {
		m.held.paused += d
	}
	m.onBreak, m.breakPlanned = false, false
}

func (m *Meeting) finish(at time.Time) {
	m.yieldFloor(at)
	m.round = false
	m.queue = nil
	m.phase = PhaseDone
	m.end = at
}

// futureReactions counts the reaction turns still to come, not counting a
// running one.
func (m *Meeting) futureReactions() int {
	switch {
	case m.phase > PhaseSharing:
		return 0
	case m.phase < PhaseSharing:
		if n := len(m.ring); m.format == FormatCircle {
			return n * (n - 1)
		}
		return 0
	}
	n := 0
	for _, s := range m.upcoming() {
		if s.Kind == KindReaction {
			n++
		}
	}
	return n
}

// upcoming is the phase's queue without the running turn.
func (m *Meeting) upcoming() []Slot {
	if m.round {
		return m.queue[1:]
	}
	return m.queue
}

// available lists the choices the facilitator can take now.
func (m *Meeting) available() []Choice {
	var cs []Choice
	if m.phase <= PhaseSharing {
		if r := m.futureReactions(); r > 0 {
			if m.reaction > ReactionFloor {
				cs = append(cs, ChooseShorterReactions)
			}
			cs = append(cs, ChoosePlainRound)
		}
		if !m.breakTaken && m.plannedBreak > 0 {
			cs = append(cs, ChooseSkipBreak)
		}
	}
	if m.length < MaxLength && m.phase < PhaseDone {
		cs = append(cs, ChooseExtend)
	}
	return cs
}

func (m *Meeting) choose(c Choice) error {
	if !slices.Contains(m.available(), c) {
		return ErrUnavailable
	}
	switch c {
	case ChooseShorterReactions:
		m.reaction = max(ReactionFloor, (m.reaction / 2).Truncate(time.Second))
	case ChoosePlainRound:
		m.format = FormatPlain
		if m.phase == PhaseSharing {
			keep := 0
			if m.round {
				keep = 1 // the running turn goes on
			}
			m.queue = append(m.queue[:keep], slices.DeleteFunc(slices.Clone(m.queue[keep:]), func(s Slot) bool {
				return s.Kind == KindReaction
			})...)
		}
	case ChooseSkipBreak:
		m.plannedBreak = 0
	case ChooseExtend:
		m.length = min(MaxLength, m.length+ExtendStep)
	}
	m.choices = append(m.choices, c)
	return nil
}

// giveFloor gives the open floor to seat, or to no one for seat 0. The
// stretch of the seat that had it goes to its tally. Giving the floor to
// where it is already is refused, so a doubled key press changes nothing,
// not even the reminder on screen, and is not stored.
func (m *Meeting) giveFloor(at time.Time, seat int) error {
	if m.phase != PhaseSharing || m.format != FormatOpen {
		return ErrNotNow
	}
	if seat < 0 || seat > m.seats || (seat != 0 && !slices.Contains(m.ring, seat)) {
		return ErrBadEvent
	}
	if seat == m.floor {
		return ErrSameFloor
	}
	m.yieldFloor(at)
	if seat != 0 {
		m.floor, m.held = seat, current{start: at}
	}
	return nil
}

// yieldFloor ends the running stretch of the open floor, if any.
func (m *Meeting) yieldFloor(at time.Time) {
	if m.floor == 0 {
		return
	}
	m.tally[m.floor-1] += m.stretch(at)
	m.floor, m.held = 0, current{}
}

// closeFloor ends the open floor and moves on to the closing. Closing it
// while it still has time is like ending a turn early: it needs confirm.
func (m *Meeting) closeFloor(at time.Time, confirm bool) error {
	if !confirm && m.plan(at).pool > 0 {
		return ErrFloorLeft
	}
	m.yieldFloor(at)
	m.enter(PhaseClosing, at)
	return nil
}

// tallyAt is the talk time per seat at now, the running stretch included;
// nil unless the meeting is an open floor.
func (m *Meeting) tallyAt(now time.Time) []time.Duration {
	if m.tally == nil {
		return nil
	}
	t := slices.Clone(m.tally)
	if m.floor != 0 {
		t[m.floor-1] += m.stretch(now)
	}
	return t
}

// interrupt counts the time from the last event to at as an interruption:
// out of the running turn, the open floor's stretch and the phase's
// allowances, as a break is. On a break the break's own clock already
// keeps it out of them.
func (m *Meeting) interrupt(at time.Time) {
	d := at.Sub(m.last)
	m.interruptions = append(m.interruptions, d)
	if m.onBreak {
		return
	}
	m.phasePaused += d
	if m.round {
		m.cur.paused += d
	}
	if m.floor != 0 {
		m.held.paused += d
	}
}

// showReminder puts ground rule rule on the screen, or takes the reminder
// off for a negative rule. Showing the rule already shown is not a new
// reminder and is not logged again.
func (m *Meeting) showReminder(rule int) error {
	switch {
	case rule >= len(m.ticked):
		return ErrBadEvent
	case rule < 0:
		m.remind = 0
	case rule+1 != m.remind:
		m.remind = rule + 1
		m.reminders = append(m.reminders, rule)
	}
	return nil
}
