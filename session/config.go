// Package session is the meeting engine of circle: the phases of a
// circle-of-sharing meeting, the speaking turns and the fair time budget.
//
// It is pure Go: no terminal, no disk, no goroutines and no clock of its own.
// Every time comes in as an argument. Every change of state is an Event, and
// a Meeting is a fold over its events, so a meeting can be rebuilt exactly
// from a stored list of them. It never sees a person's name: people are seat
// numbers, and nothing here may ever hold text typed during a meeting.
package session

import (
	"errors"
	"time"
)

// Limits of a meeting, from the product brief.
const (
	MinLength = 5 * time.Minute
	MaxLength = 120 * time.Minute
	MinSeats  = 2
	MaxSeats  = 20
	// MaxSentWord bounds the count of members who sent word they could not
	// come; it only guards against typing mistakes.
	MaxSentWord = 50

	// PassGrace is how long a turn may run before a pass needs the same
	// confirmation as ending a turn early: past it, someone is speaking.
	PassGrace = 20 * time.Second
	// ReactionFloor is the shortest a reaction can be made by the
	// "shorter reactions" choice.
	ReactionFloor = 20 * time.Second
	// ExtendStep is how much the "extend" choice adds, up to MaxLength.
	ExtendStep = 10 * time.Minute
	// UndoWindow is how long after ending a turn (or a pass) that step
	// can still be undone or its moment corrected: while the next turn
	// has not been going long.
	UndoWindow = time.Minute
	// DefaultWarn is the calm warning's point unless a group sets another
	// (setup puts it in Config.Warn; NewConfig leaves it off).
	DefaultWarn = time.Minute
)

// Warned is the calm warning's rule, for a meeting's turn, the circle's
// own screen and a solo practice alike: a turn planned longer than warn
// (a point above 0; 0 is off) warns from warn before its time to its
// time, left being its time left; once over it says "time" instead.
func Warned(warn, planned, left time.Duration) bool {
	return warn > 0 && planned > warn && left <= warn && left >= 0
}

// Errors returned by Config.Validate.
var (
	ErrLength      = errors.New("session: meeting length must be 5 to 120 minutes")
	ErrSeats       = errors.New("session: 2 to 20 people must be present")
	ErrFacilitator = errors.New("session: the facilitator must sit in one of the seats")
	ErrSentWord    = errors.New("session: count of members who sent word is out of range")
	ErrTimes       = errors.New("session: turn and allowance lengths must be positive")
	ErrFormat      = errors.New("session: unknown meeting format")
	ErrStart       = errors.New("session: the start seat must be one of the seats, or 0")
)

// Format is how the main part of the meeting runs.
type Format int

const (
	// FormatCircle is the circle of sharing: each sharing turn is followed
	// by a reaction round of every other person.
	FormatCircle Format = iota
	// FormatPlain is a plain round: sharing turns only.
	FormatPlain
	// FormatOpen is the open floor: no fixed order; the facilitator gives
	// the floor to one seat at a time and the meeting keeps a tally of
	// talk time per seat.
	FormatOpen
)

func (f Format) String() string {
	switch f {
	case FormatPlain:
		return "plain"
	case FormatOpen:
		return "open"
	}
	return "circle"
}

// Config is what the facilitator chose at setup, plus the allowances the
// budget is built from. It holds no names.
type Config struct {
	Length      time.Duration `json:"length"`
	Seats       int           `json:"seats"`
	Facilitator int           `json:"facilitator"` // seat number, 1-based
	SentWord    int           `json:"sent_word"`
	Format      Format        `json:"format"`
	// Start and Reverse turn the sharing round of a plain round (and only
	// of a plain round): Start is the seat that shares first, 0 for the
	// facilitator's neighbour, so that the facilitator shares last;
	// Reverse goes round the circle the other way. See Rotation.
	Start   int  `json:"start,omitempty"`
	Reverse bool `json:"reverse,omitempty"`

	Welcome    time.Duration `json:"welcome"`     // opening words before the check-in
	CheckIn    time.Duration `json:"checkin"`     // each check-in turn
	RulesTime  time.Duration `json:"rules_time"`  // reading the ground rules
	Reaction   time.Duration `json:"reaction"`    // each reaction turn
	ShareFloor time.Duration `json:"share_floor"` // no sharing turn is planned shorter
	CheckOut   time.Duration `json:"checkout"`    // each check-out turn
	Closing    time.Duration `json:"closing"`     // confidentiality reminder and handover
	Break      time.Duration `json:"break"`       // the planned break, 0 for none
	// Warn is how long before a turn's time the calm warning comes; 0
	// for none. A turn planned no longer than Warn gets none.
	Warn time.Duration `json:"warn,omitempty"`
	// NoCheckIn leaves out the check-in round: the opening words lead
	// straight to the ground rules.
	NoCheckIn bool `json:"no_checkin,omitempty"`

	// Group is the id of the group profile the meeting is of, 0 for none;
	// it goes into the log so a group's history stays its own.
	Group uint64 `json:"group,omitempty"`

	Rules   []string `json:"rules"`   // ids of the ground rules on the checklist
	Prompts []string `json:"prompts"` // ids of the reflection prompts shown
}

// NewConfig returns a configuration with allowances scaled to the meeting's
// length: at two hours a minute per check-in, check-out and reaction, three
// minutes each for the welcome, the rules and the closing words, a planned
// ten-minute break, and no sharing turn planned under two minutes.
func NewConfig(length time.Duration, seats int) Config {
	scale := func(div time.Duration, lo, hi time.Duration) time.Duration {
		return min(max((length/div).Truncate(time.Second), lo), hi)
	}
	c := Config{
		Length:      length,
		Seats:       seats,
		Facilitator: 1,
		Format:      FormatCircle,
		Welcome:     scale(40, 15*time.Second, 3*time.Minute),
		CheckIn:     scale(120, 15*time.Second, time.Minute),
		RulesTime:   scale(40, 15*time.Second, 3*time.Minute),
		Reaction:    scale(120, 15*time.Second, time.Minute),
		ShareFloor:  scale(60, 30*time.Second, 2*time.Minute),
		CheckOut:    scale(120, 15*time.Second, time.Minute),
		Closing:     scale(40, 30*time.Second, 3*time.Minute),
	}
	if length >= 90*time.Minute {
		c.Break = 10 * time.Minute
	}
	return c
}

// Validate reports the first thing that makes the configuration unusable.
func (c Config) Validate() error {
	switch {
	case c.Length < MinLength || c.Length > MaxLength:
		return ErrLength
	case c.Seats < MinSeats || c.Seats > MaxSeats:
		return ErrSeats
	case c.Facilitator < 1 || c.Facilitator > c.Seats:
		return ErrFacilitator
	case c.SentWord < 0 || c.SentWord > MaxSentWord:
		return ErrSentWord
	case c.Format < FormatCircle || c.Format > FormatOpen:
		return ErrFormat
	case c.Start < 0 || c.Start > c.Seats:
		return ErrStart
	case c.Welcome < 0 || c.RulesTime < 0 || c.Closing < 0 || c.Break < 0 || c.Warn < 0,
		c.CheckIn <= 0 || c.Reaction <= 0 || c.ShareFloor <= 0 || c.CheckOut <= 0:
		return ErrTimes
	}
	return nil
}

// closingReserve is the closing's time for the seats taken at the start.
func (c Config) closingReserve() time.Duration {
	return time.Duration(c.Seats)*c.CheckOut + c.Closing
}

// closingReserve is the time the closing needs and the rounds may not eat:
// a check-out turn for each seat present, and the closing words.
func (m *Meeting) closingReserve() time.Duration {
	return time.Duration(len(m.ring))*m.cfg.CheckOut + m.cfg.Closing
}

// Rotation is the start seat and direction of a plain round for a group
// that turns its round each meeting: the meeting after meetingsHeld
// meetings starts one seat further on (seat 1 first, then 2, ...,
// wrapping at seats) and goes round the other way from the meeting before
// (forward first). So who shares first, and who shares last when time is
// tight, changes every meeting. The results fit Config.Start and
// Config.Reverse; with no seats it returns today's order (0, false).
func Rotation(meetingsHeld, seats int) (start int, reverse bool) {
	if seats < 1 {
		return 0, false
	}
	n := meetingsHeld % seats
	if n < 0 {
		n += seats
	}
	return n + 1, meetingsHeld%2 != 0
}
