package session

import "time"

// LogVersion is the version of the Log record's shape.
const LogVersion = 1

// Log is the saved record of a meeting. It identifies no one: seats are
// numbers, the date is the day only, rules and prompts are ids, and no text
// typed during the meeting is in it (SPEC "Privacy").
type Log struct {
	Version        int       `json:"v"`
	Date           string    `json:"date"` // YYYY-MM-DD, local time
	PlannedMinutes int       `json:"planned_minutes"`
	ActualSeconds  int       `json:"actual_seconds"`
	Present        int       `json:"present"`
	SentWord       int       `json:"sent_word"`
	Format         string    `json:"format"` // circle, plain or open, as it ended
	Completed      bool      `json:"completed"`
	Turns          []LogTurn `json:"turns"`
	RulesTotal     int       `json:"rules_total"`
	RulesReviewed  []string  `json:"rules_reviewed"` // ids of the rules ticked
	RulesUnticked  int       `json:"rules_unticked"` // unticked when the sharing began, confirmed
	Prompts        []string  `json:"prompts"`        // ids of the prompts shown
	Handover       bool      `json:"handover"`       // the next facilitator was chosen
	Breaks         int       `json:"breaks"`
	BreakSeconds   int       `json:"break_seconds"`
	Choices        []string  `json:"choices"` // what the facilitator chose when the plan no longer fit
	// Added in the same version: absent from older records, and absent
	// when empty, so a record reads back exactly as it was written.
	Tally     []LogTally `json:"tally,omitempty"`     // open floor: talk time per seat, totals only
	Reminders []string   `json:"reminders,omitempty"` // ids of the rules shown as reminders, in order
	Group     uint64     `json:"group,omitempty"`     // the group profile's id in the store; 0 for none
	// Interruptions are the times circle itself stopped (a crash, a kill,
	// the power) and the meeting went on after a restart, and
	// InterruptedSeconds the time they took: counted in no turn.
	Interruptions      int `json:"interruptions,omitempty"`
	InterruptedSeconds int `json:"interrupted_seconds,omitempty"`
	// JoinedLate and LeftEarly count who came late and who left early:
	// counts only, never which seat. Rounds counts the sharing rounds
	// after the first.
	JoinedLate int `json:"joined_late,omitempty"`
	LeftEarly  int `json:"left_early,omitempty"`
	Rounds     int `json:"rounds,omitempty"`
}

// LogTally is one seat's total talk time in the open floor. Only totals
// are kept: never who spoke when, or in which order.
type LogTally struct {
	Seat    int `json:"seat"`
	Seconds int `json:"seconds"`
}

// LogTurn is one turn of a Log.
type LogTurn struct {
	Seat            int    `json:"seat"`
	Kind            string `json:"kind"` // checkin, share, reaction, checkout
	About           int    `json:"about,omitempty"`
	PlannedSeconds  int    `json:"planned_seconds"`
	Seconds         int    `json:"seconds"`
	Passed          bool   `json:"passed"`
	Early           bool   `json:"early"`
	OvertimeSeconds int    `json:"overtime_seconds"`
}

// Log returns the meeting's record as it stands. For a meeting not yet over
// the actual length runs to its latest event.
func (m *Meeting) Log() Log {
	end := m.last
	if m.phase == PhaseDone {
		end = m.end
	}
	l := Log{
		Version:        LogVersion,
		Date:           m.start.Format(time.DateOnly),
		PlannedMinutes: int(m.cfg.Length / time.Minute),
		ActualSeconds:  int(end.Sub(m.start) / time.Second),
		Present:        m.cfg.Seats,
		Group:          m.cfg.Group,
		SentWord:       m.cfg.SentWord,
		Format:         m.format.String(),
		Completed:      m.completed,
		Turns:          make([]LogTurn, len(m.turns)),
		RulesTotal:     len(m.ticked),
		RulesReviewed:  []string{},
		RulesUnticked:  m.unticked,
		Prompts:        append(append([]string{}, m.cfg.Prompts...), m.again...),
		JoinedLate:     m.joined,
		LeftEarly:      m.left,
		Rounds:         m.rounds,
		Handover:       m.handover,
		Breaks:         len(m.breaks),
		Choices:        make([]string, len(m.choices)),
	}
	for i, t := range m.turns {
		l.Turns[i] = LogTurn{
			Seat:            t.Seat,
			Kind:            t.Kind.String(),
			About:           t.About,
			PlannedSeconds:  int(t.Planned / time.Second),
			Seconds:         int(t.Actual / time.Second),
			Passed:          t.Passed,
			Early:           t.Early,
			OvertimeSeconds: int(t.Overtime() / time.Second),
		}
	}
	for i, on := range m.ticked {
		if on && i < len(m.cfg.Rules) {
			l.RulesReviewed = append(l.RulesReviewed, m.cfg.Rules[i])
		}
	}
	for _, b := range m.breaks {
		l.BreakSeconds += int(b / time.Second)
	}
	for i, c := range m.choices {
		l.Choices[i] = string(c)
	}
	if t := m.tallyAt(end); t != nil {
		l.Tally = make([]LogTally, len(t))
		for i, d := range t {
			l.Tally[i] = LogTally{Seat: i + 1, Seconds: int(d / time.Second)}
		}
	}
	l.Interruptions = len(m.interruptions)
	for _, d := range m.interruptions {
		l.InterruptedSeconds += int(d / time.Second)
	}
	for _, r := range m.reminders {
		if r < len(m.cfg.Rules) {
			l.Reminders = append(l.Reminders, m.cfg.Rules[r])
		}
	}
	return l
}
