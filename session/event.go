package session

import (
	"errors"
	"strconv"
	"time"
)

// EventKind names a change of a meeting's state. The names are stored, so
// they never change meaning.
type EventKind string

// The events of a meeting.
const (
	EvBegin    EventKind = "begin"    // the meeting starts: Config
	EvAdvance  EventKind = "advance"  // the next step of the phase: start its round, leave the rules, or close the open floor
	EvEnd      EventKind = "end"      // the current turn ends
	EvPass     EventKind = "pass"     // the current speaker passes
	EvTick     EventKind = "tick"     // a ground rule is ticked (On) or unticked
	EvBreak    EventKind = "break"    // a break starts
	EvResume   EventKind = "resume"   // the break ends
	EvChoose   EventKind = "choose"   // the facilitator takes a Choice
	EvHandover EventKind = "handover" // the meeting closes; On: the next facilitator is chosen
	EvStop     EventKind = "stop"     // the meeting is stopped before its end
	EvFloor    EventKind = "floor"    // in the open floor, Seat gets the floor; 0: no one has it
	EvRemind   EventKind = "remind"   // ground rule Rule is shown as a reminder; negative: none is
	EvRestart  EventKind = "restart"  // circle runs again after it stopped mid-meeting: the time since the last event was an interruption
	EvJoin     EventKind = "join"     // a late arrival sits after Seat; On: a turn at the end of the round if their place has passed
	EvLeave    EventKind = "leave"    // Seat leaves early: its turns still to come go
	EvCorrect  EventKind = "correct"  // the last end or pass really happened Sec seconds before At
	EvUndo     EventKind = "undo"     // the last end or pass is taken back
	EvAgain    EventKind = "again"    // one more sharing round before the check-out, with Prompt
)

// Event is one change of a meeting's state. It holds seat numbers, rule and
// prompt ids and times, never names or typed text.
type Event struct {
	Kind    EventKind `json:"k"`
	At      time.Time `json:"at"`
	Config  *Config   `json:"cfg,omitempty"`
	Rule    int       `json:"rule,omitempty"`
	On      bool      `json:"on,omitempty"`
	Confirm bool      `json:"confirm,omitempty"`
	Choice  Choice    `json:"choice,omitempty"`
	Seat    int       `json:"seat,omitempty"`
	Sec     int       `json:"sec,omitempty"`
	Prompt  string    `json:"prompt,omitempty"` // a prompt's id, never its text
}

// Choice is what the facilitator can do when the plan no longer fits.
type Choice string

// The choices.
const (
	ChooseShorterReactions Choice = "shorter-reactions" // halve the reaction turns still to come
	ChoosePlainRound       Choice = "plain-round"       // no more reaction rounds
	ChooseSkipBreak        Choice = "skip-break"        // give the planned break's time to the turns
	ChooseExtend           Choice = "extend"            // lengthen the meeting by ExtendStep, up to MaxLength
)

// Errors returned when an event cannot be applied. The ErrConfirm family
// means the same event with Confirm set would be accepted.
var (
	ErrNotNow      = errors.New("session: not possible at this point of the meeting")
	ErrOnBreak     = errors.New("session: the meeting is on a break")
	ErrBadEvent    = errors.New("session: malformed event")
	ErrUnavailable = errors.New("session: that choice is not available now")
	ErrSameFloor   = errors.New("session: the floor is already where it would go")
	ErrFull        = errors.New("session: the circle has no seat number left for a late arrival")
	ErrStays       = errors.New("session: the facilitator, and the last two in the circle, stay to the end")
	ErrSpeaking    = errors.New("session: that seat is speaking; end its turn first")

	ErrEndEarly  = errors.New("session: the turn has time left; ending it needs confirmation")
	ErrPassLate  = errors.New("session: the speaker has been speaking; a pass needs confirmation")
	ErrUnticked  = errors.New("session: some ground rules are not ticked; going on needs confirmation")
	ErrFloorLeft = errors.New("session: the open floor has time left; closing it needs confirmation")
)

// Begin starts a meeting with cfg.
func Begin(at time.Time, cfg Config) Event { return Event{Kind: EvBegin, At: at, Config: &cfg} }

// Advance starts the round of the current phase, leaves the ground rules
// (confirm: even with unticked rules), or closes the open floor (confirm:
// even though it has time left).
func Advance(at time.Time, confirm bool) Event {
	return Event{Kind: EvAdvance, At: at, Confirm: confirm}
}

// End ends the current turn (confirm: even though it has time left).
func End(at time.Time, confirm bool) Event { return Event{Kind: EvEnd, At: at, Confirm: confirm} }

// Pass records that the current speaker passes (confirm: after PassGrace).
func Pass(at time.Time, confirm bool) Event { return Event{Kind: EvPass, At: at, Confirm: confirm} }

// Tick ticks (on) or unticks ground rule number rule of the checklist.
func Tick(at time.Time, rule int, on bool) Event {
	return Event{Kind: EvTick, At: at, Rule: rule, On: on}
}

// Break starts a break.
func Break(at time.Time) Event { return Event{Kind: EvBreak, At: at} }

// Resume ends a break.
func Resume(at time.Time) Event { return Event{Kind: EvResume, At: at} }

// Choose takes a choice offered when the plan no longer fits.
func Choose(at time.Time, c Choice) Event { return Event{Kind: EvChoose, At: at, Choice: c} }

// Handover closes the meeting; chosen says whether the next facilitator was chosen.
func Handover(at time.Time, chosen bool) Event {
	return Event{Kind: EvHandover, At: at, On: chosen}
}

// Stop ends the meeting before its close; it is logged as not completed.
func Stop(at time.Time) Event { return Event{Kind: EvStop, At: at} }

// Floor gives the open floor to seat; seat 0 leaves it with no one, a
// pause in which no one's talk time runs.
func Floor(at time.Time, seat int) Event { return Event{Kind: EvFloor, At: at, Seat: seat} }

// Remind shows ground rule number rule of the checklist to the whole
// circle; a negative rule takes the reminder off the screen.
func Remind(at time.Time, rule int) Event { return Event{Kind: EvRemind, At: at, Rule: rule} }

// Restart goes on with a meeting after circle itself stopped (a crash, a
// kill, the power): the time from the meeting's last event to at was an
// interruption. It is logged as one (Log.Interruptions) and counted in no
// turn: like a break, it stops the running turn's clock, but it still
// spends meeting time. The engine knows no moment after the last event,
// so a turn's speaking time between that event and the crash counts as
// interrupted too.
func Restart(at time.Time) Event { return Event{Kind: EvRestart, At: at} }

// Join seats a late arrival after seat after; the new seat's number is
// Meeting.Seats once it is applied. atEnd gives them a turn at the end of
// the running round when their place in it has passed (ask them first).
func Join(at time.Time, after int, atEnd bool) Event {
	return Event{Kind: EvJoin, At: at, Seat: after, On: atEnd}
}

// Leave takes seat out of the circle: its turns still to come go (ask
// first: nothing skips a person silently).
func Leave(at time.Time, seat int) Event { return Event{Kind: EvLeave, At: at, Seat: seat} }

// Correct says the last end or pass really happened ago before at (whole
// seconds): the next turn's clock starts from then.
func Correct(at time.Time, ago time.Duration) Event {
	return Event{Kind: EvCorrect, At: at, Sec: int(ago / time.Second)}
}

// Undo takes back the last end or pass, within UndoWindow of it.
func Undo(at time.Time) Event { return Event{Kind: EvUndo, At: at} }

// Again starts one more sharing round when the sharing is over and the
// round fits before the closing reserve; prompt is the id of the prompt
// it is given, "" for none.
func Again(at time.Time, prompt string) Event { return Event{Kind: EvAgain, At: at, Prompt: prompt} }

// Replay rebuilds a meeting from its events, in order.
func Replay(events []Event) (*Meeting, error) {
	m := new(Meeting)
	for i, e := range events {
		if err := m.Apply(e); err != nil {
			return nil, &ReplayError{Index: i, Kind: e.Kind, Err: err}
		}
	}
	return m, nil
}

// ReplayLongest rebuilds a meeting from the longest prefix of events that
// applies, for resuming a meeting whose stored tail is damaged: the events
// before the first one refused are not lost with it. kept is how many
// events the meeting was rebuilt from (0: not even the begin applied, and m
// is a meeting still in PhaseSetup); err is the refusal, a *ReplayError, or
// nil when every event applied.
func ReplayLongest(events []Event) (m *Meeting, kept int, err error) {
	m, err = Replay(events)
	if err == nil {
		return m, len(events), nil
	}
	var re *ReplayError
	if !errors.As(err, &re) {
		return new(Meeting), 0, err
	}
	// A prefix of events that applied once applies again.
	m, _ = Replay(events[:re.Index])
	return m, re.Index, err
}

// ReplayError says which stored event could not be applied.
type ReplayError struct {
	Index int
	Kind  EventKind
	Err   error
}

func (e *ReplayError) Error() string {
	return "session: event " + strconv.Itoa(e.Index) + " (" + string(e.Kind) + "): " + e.Err.Error()
}

func (e *ReplayError) Unwrap() error { return e.Err }
