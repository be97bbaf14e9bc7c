package common

import "time"

// Shown is what the facilitator's circle shows the circle's own screen
// (`circle display`): who speaks, the turn's time, the phase, the calm
// warning and a rule reminder, nothing else. It travels over the local
// display channel only, in memory: the display name in it is never
// written anywhere.
type Shown struct {
	// Meeting is set while a meeting runs; Ended once it is over.
	Meeting bool `json:"meeting"`
	Ended   bool `json:"ended,omitempty"`

	Phase string `json:"phase"`           // the phase's title, in the facilitator's words
	Round bool   `json:"round,omitempty"` // a turn is running
	Seat  int    `json:"seat,omitempty"`  // who speaks
	Name  string `json:"name,omitempty"`  // their display name, if one was typed
	Doing string `json:"doing,omitempty"` // what the turn is: shares, reacts to …
	Break bool   `json:"break,omitempty"` // on a break: Elapsed is the break's, Planned its plan
	// Planned and Elapsed are the turn's (or the break's) time when the
	// state was sent; the display counts on from there.
	Planned time.Duration `json:"planned,omitempty"`
	Elapsed time.Duration `json:"elapsed,omitempty"`
	// Warn is the calm warning's point: the turn is near its time when
	// Planned - Elapsed <= Warn; 0 for none.
	Warn time.Duration `json:"warn,omitempty"`
	// Reminder is the ground rule on screen as a reminder, "" for none.
	Reminder string `json:"reminder,omitempty"`
	// Language of the words in Phase and Doing.
	Lang string `json:"lang,omitempty"`
}
