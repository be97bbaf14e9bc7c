package rules

// Cue ids: the facilitator's cue cards, one per moment of a meeting, in the
// order a meeting meets them. Each names what to say and which key to press
// next.
const (
	CueFirstMeeting = "first-meeting" // a new group agrees its rules together
	CueWelcome      = "welcome"       // opening: welcome, timing, confidentiality; enter starts the check-in
	CueWelcomeRules = "welcome-rules" // the same, for a group without a check-in round: enter goes to the rules
	CueCheckIn      = "checkin"       // during a check-in turn
	CueRules        = "rules"         // read each rule aloud, tick with space; enter starts the sharing
	CueSharing      = "sharing"       // before the circle of sharing: how it works
	CuePlain        = "plain"         // before a plain round
	CueOpen         = "open"          // the open floor: give the floor by seat; invite those not yet heard
	CueShare        = "share"         // during a sharing turn
	CueReaction     = "reaction"      // during a reaction turn
	CueOvertime     = "overtime"      // a turn is over its time; never cut off
	CueShort        = "short"         // the plan no longer fits the time left
	CueBreakDue     = "break-due"     // half the circle has shared: time for the planned break
	CueBreak        = "break"         // on a break; the meeting clock keeps running
	CueClosing      = "closing"       // before the check-out round
	CueCheckOut     = "checkout"      // during a check-out turn
	CueHandover     = "handover"      // what was said stays here; next facilitator chosen?
	CueDone         = "done"          // the meeting is over and its log saved
)

// Cues lists every cue id, in the order a meeting meets them.
func Cues() []string {
	return []string{
		CueFirstMeeting, CueWelcome, CueWelcomeRules, CueCheckIn, CueRules, CueSharing, CuePlain, CueOpen, CueShare,
		CueReaction, CueOvertime, CueShort, CueBreakDue, CueBreak,
		CueClosing, CueCheckOut, CueHandover, CueDone,
	}
}
