// Package rules is the group's content as data: the default ground rules,
// the reflection prompts grouped under the study's themes, and the ids of
// the facilitator's cue cards. It holds ids only; every word shown or read
// aloud lives in the message catalog under rule.<id>, prompt.<id> and
// cue.<id>, so each language has its own text for the same id.
//
// The ids are stored in data files, so they never change once shipped: add
// new ones, never rename. This package never holds text typed during a
// meeting, and it imports nothing of circle's.
package rules

// Rule is a default ground rule, known by its id.
type Rule struct {
	ID string
}

// defaults is in reading order: the promise that makes the room safe comes
// first, then how we speak and listen, then the practical agreements, and
// last how the rules themselves may change.
var defaults = []Rule{
	{ID: "confidentiality"},     // what is said here stays here
	{ID: "one-voice"},           // one at a time, listen without interrupting
	{ID: "speak-for-yourself"},  // own experience, say "I"
	{ID: "no-advice"},           // no consoling or advice unasked; ask first
	{ID: "respectful-feedback"}, // respond in turn: what I recognised, how it touched me
	{ID: "may-pass"},            // anyone may pass; say no more than you are ready to
	{ID: "behind-symptoms"},     // what lies behind, not the same complaints; look forward
	{ID: "tell-the-group"},      // say when you can't come or want to leave
	{ID: "two-hours"},           // at most two hours
	{ID: "shared-leadership"},   // the facilitator role rotates
	{ID: "change-together"},     // rules change only when everyone agrees
}

// Defaults returns the default ground rules in reading order. The slice is
// the caller's own.
func Defaults() []Rule {
	return append([]Rule(nil), defaults...)
}
