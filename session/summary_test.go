package session_test

import (
	"testing"
	"time"

	. "circle/session"

	"github.com/google/go-cmp/cmp"
)

func TestSummarize(t *testing.T) {
	turn := func(kind string, planned, spoken int, passed bool) LogTurn {
		return LogTurn{Kind: kind, PlannedSeconds: planned, Seconds: spoken, Passed: passed,
			OvertimeSeconds: max(0, spoken-planned)}
	}
	tests := []struct {
		name string
		log  Log
		want Summary
	}{
		{"nothing happened", Log{}, Summary{}},
		{
			"a circle of two",
			Log{Turns: []LogTurn{
				turn("checkin", 60, 50, false), turn("checkin", 60, 75, false),
				turn("share", 600, 620, false), turn("reaction", 60, 30, false),
				turn("share", 590, 400, false), turn("reaction", 60, 0, true),
				turn("checkout", 60, 20, false), turn("checkout", 60, 0, true),
			}},
			Summary{CheckIns: 2, Shares: 2, Reactions: 2, CheckOuts: 2, Passes: 2, Overruns: 2,
				Spoken: 2, ShareMin: 400 * time.Second, ShareMax: 620 * time.Second, SharePlanned: 600 * time.Second},
		},
		{
			"every sharing passed: no shortest or longest",
			Log{Turns: []LogTurn{turn("share", 300, 5, true), turn("share", 310, 2, true)}},
			Summary{Shares: 2, Passes: 2, SharePlanned: 300 * time.Second},
		},
		{
			"a pass is not the shortest share",
			Log{Turns: []LogTurn{turn("share", 300, 3, true), turn("share", 300, 200, false), turn("share", 300, 100, false)}},
			Summary{Shares: 3, Passes: 1, Spoken: 2, ShareMin: 100 * time.Second, ShareMax: 200 * time.Second, SharePlanned: 300 * time.Second},
		},
		{
			"the plan as it stood at the end: each +10 minutes, never past 120",
			Log{PlannedMinutes: 95, Choices: []string{"extend", "shorter-reactions", "extend", "extend"}},
			Summary{Planned: 120 * time.Minute, Extended: 3},
		},
		{
			"a plan never extended is the setup's",
			Log{PlannedMinutes: 30, Choices: []string{"plain-round", "skip-break"}},
			Summary{Planned: 30 * time.Minute},
		},
		{
			"the open floor counts the seats that spoke",
			Log{Format: "open", Tally: []LogTally{{1, 0}, {2, 300}, {3, 1}}},
			Summary{SeatsSpoke: 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Summarize(tt.log)); diff != "" {
				t.Fatalf("Summarize (-want +got):\n%s", diff)
			}
		})
	}
}

// The summary's plan is the engine's at the end: a meeting of 30 minutes
// extended twice was planned at 50, and says so.
func TestSummaryPlanIsTheEnginesAtTheEnd(t *testing.T) {
	at := time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)
	var m Meeting
	for _, e := range []Event{Begin(at, NewConfig(30*time.Minute, 4)), Choose(at, ChooseExtend),
		Choose(at.Add(time.Minute), ChooseExtend), Stop(at.Add(2 * time.Minute))} {
		if err := m.Apply(e); err != nil {
			t.Fatalf("%s: %v", e.Kind, err)
		}
	}
	s := Summarize(m.Log())
	if s.Planned != 50*time.Minute || s.Extended != 2 || s.Planned != m.Status(at.Add(2*time.Minute)).Length {
		t.Fatalf("planned %v, extended %d; the engine's length %v", s.Planned, s.Extended, m.Status(at).Length)
	}
}
