package ui

import (
	"slices"
	"testing"

	"circle/rules"
	"circle/session"
	"circle/ui/catalog"
)

// The facilitator's script: every phase, format and kind of turn the
// engine has gets a cue card, in every language. A phase added to the
// engine without a cue fails here.
func TestScriptHasACueForEveryMoment(t *testing.T) {
	check := func(what, cue string) {
		t.Helper()
		if cue == "" || !slices.Contains(rules.Cues(), cue) {
			t.Errorf("%s has no cue card (got %q)", what, cue)
			return
		}
		for _, lang := range catalog.Languages() {
			if s, ok := catalog.New(lang).Raw(catalog.Cue(cue)); !ok || s == "" {
				t.Errorf("%s: cue %q has no %s text", what, cue, lang)
			}
		}
	}
	for _, p := range session.Phases() {
		check("phase "+p.String(), phaseCues[p])
	}
	for _, f := range []session.Format{session.FormatCircle, session.FormatPlain, session.FormatOpen} {
		check("format "+f.String(), formatCues[f])
	}
	for _, k := range []session.Kind{session.KindCheckIn, session.KindShare, session.KindReaction, session.KindCheckOut} {
		check("turn "+k.String(), kindCues[k])
	}
	for name, st := range map[string]session.Status{
		"a break":        {OnBreak: true, Phase: session.PhaseSharing},
		"overtime":       {Round: true, Turn: session.TurnStatus{Left: -1}},
		"the break due":  {BreakDue: true, Phase: session.PhaseSharing},
		"time short":     {Short: 1, Phase: session.PhaseOpening, Choices: []session.Choice{session.ChoosePlainRound}},
		"the first meet": {},
	} {
		check(name, cueFor(st))
	}
	check("a new group's first meeting", rules.CueFirstMeeting)
}
