package session

import "time"

// Summary is what a finished meeting looked like, counted from its log:
// the turns by kind, the passes and overruns, and how long the sharing
// turns that were spoken lasted.
type Summary struct {
	CheckIns, Shares, Reactions, CheckOuts int
	Passes                                 int // turns passed, of any kind
	Overruns                               int // turns that ran over their planned time
	// Spoken is how many sharing turns were spoken (not passed); ShareMin
	// and ShareMax are the shortest and the longest of them, zero when
	// none was.
	Spoken             int
	ShareMin, ShareMax time.Duration
	// SharePlanned is the planned length of the first sharing turn.
	SharePlanned time.Duration
	// SeatsSpoke is how many seats spoke in the open floor.
	SeatsSpoke int
	// Planned is the meeting's planned length as it stood at its end: the
	// setup's, lengthened by ExtendStep (up to MaxLength) each time the
	// facilitator chose to extend it; Extended is how many times that was.
	Planned  time.Duration
	Extended int
}

// Summarize counts a meeting's log.
func Summarize(l Log) Summary {
	var s Summary
	for _, t := range l.Turns {
		d := time.Duration(t.Seconds) * time.Second
		switch t.Kind {
		case KindCheckIn.String():
			s.CheckIns++
		case KindShare.String():
			s.Shares++
			if s.Shares == 1 {
				s.SharePlanned = time.Duration(t.PlannedSeconds) * time.Second
			}
			if !t.Passed {
				if s.Spoken == 0 || d < s.ShareMin {
					s.ShareMin = d
				}
				s.ShareMax = max(s.ShareMax, d)
				s.Spoken++
			}
		case KindReaction.String():
			s.Reactions++
		case KindCheckOut.String():
			s.CheckOuts++
		}
		if t.Passed {
			s.Passes++
		}
		if t.OvertimeSeconds > 0 {
			s.Overruns++
		}
	}
	for _, t := range l.Tally {
		if t.Seconds > 0 {
			s.SeatsSpoke++
		}
	}
	s.Planned, s.Extended = l.PlanAtEnd()
	return s
}

// PlanAtEnd is the meeting's planned length as it stood at its end, and
// how many times the facilitator extended it. The log keeps the plan of
// the setup and the choices made, in order: the plan at the end is
// replayed from them, as the engine made it.
func (l Log) PlanAtEnd() (planned time.Duration, extended int) {
	planned = time.Duration(l.PlannedMinutes) * time.Minute
	for _, c := range l.Choices {
		if c == string(ChooseExtend) {
			planned = min(MaxLength, planned+ExtendStep)
			extended++
		}
	}
	return planned, extended
}
