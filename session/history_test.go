package session_test

import (
	"math"
	"testing"
	"time"

	. "circle/session"

	"github.com/google/go-cmp/cmp"
)

func TestSmall(t *testing.T) {
	for n, want := range map[int]bool{0: true, 1: true, 2: true, 3: false, 4: false, 100: false} {
		if got := Small(n); got != want {
			t.Errorf("Small(%d) = %v, want %v", n, got, want)
		}
	}
}

func TestGini(t *testing.T) {
	tests := []struct {
		name string
		xs   []int
		want float64
		ok   bool
	}{
		{"none", nil, 0, false},
		{"one", []int{300}, 0, false},
		{"all zero", []int{0, 0, 0}, 0, false},
		{"equal", []int{300, 300, 300, 300}, 0, true},
		{"one holds all of two", []int{0, 600}, 0.5, true},
		{"one holds all of four", []int{0, 500, 0, 0}, 0.75, true},
		// Σ|xi−xj| over all pairs (both orders) = 2·(100+200+100) = 800;
		// 2·n²·mean = 2·9·200 = 3600.
		{"unsorted three", []int{300, 100, 200}, 800.0 / 3600, true},
		{"two unequal", []int{100, 300}, 0.25, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := append([]int(nil), tt.xs...)
			g, ok := Gini(tt.xs)
			if ok != tt.ok || math.Abs(g-tt.want) > 1e-9 {
				t.Errorf("Gini(%v) = %v, %v; want %v, %v", tt.xs, g, ok, tt.want, tt.ok)
			}
			if !cmp.Equal(in, tt.xs) {
				t.Errorf("Gini changed its input: %v", tt.xs)
			}
		})
	}
}

func TestSpreadOf(t *testing.T) {
	share := func(secs int, passed bool) LogTurn {
		return LogTurn{Kind: "share", Seconds: secs, Passed: passed}
	}
	tests := []struct {
		name string
		log  Log
		want Spread
	}{
		{"no turns", Log{}, Spread{}},
		{"one spoke", Log{Turns: []LogTurn{share(300, false)}},
			Spread{Spoken: 1, Shortest: 300 * time.Second, Longest: 300 * time.Second}},
		{"passes and other kinds are no shares", Log{Turns: []LogTurn{
			share(100, false), share(5, true), {Kind: "reaction", Seconds: 1}, {Kind: "checkin", Seconds: 900}, share(300, false),
		}}, Spread{Spoken: 2, Shortest: 100 * time.Second, Longest: 300 * time.Second, Evenness: 0.75, Known: true}},
		{"equal shares", Log{Turns: []LogTurn{share(200, false), share(200, false), share(200, false)}},
			Spread{Spoken: 3, Shortest: 200 * time.Second, Longest: 200 * time.Second, Evenness: 1, Known: true}},
		{"the open floor counts its tally, not its turns", Log{
			Turns: []LogTurn{share(900, false), share(10, false)},
			Tally: []LogTally{{1, 0}, {2, 600}, {3, 0}, {4, 200}},
		}, Spread{Spoken: 2, Shortest: 200 * time.Second, Longest: 600 * time.Second, Evenness: 0.75, Known: true}},
		{"all spoke nothing", Log{Turns: []LogTurn{share(0, false), share(0, false)}}, Spread{Spoken: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SpreadOf(tt.log)
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-9 })); diff != "" {
				t.Errorf("SpreadOf (-want +got):\n%s", diff)
			}
		})
	}
}

func TestOnTimeAndOverPlan(t *testing.T) {
	tests := []struct {
		planned, actual int
		onTime          bool
		over            int
	}{
		{120, 7200, true, 0},
		{120, 7199, true, 0},
		{120, 7201, false, 0},
		{120, 7260, false, 1},
		{120, 7319, false, 1},
		{90, 4800, true, -10},
		{90, 5459, false, 0},
		{90, 5340, true, -1},
		{90, 5280, true, -2},
	}
	for _, tt := range tests {
		l := Log{PlannedMinutes: tt.planned, ActualSeconds: tt.actual}
		if got := OnTime(l); got != tt.onTime {
			t.Errorf("OnTime(%d min, %d s) = %v", tt.planned, tt.actual, got)
		}
		if got := OverPlan(l); got != tt.over {
			t.Errorf("OverPlan(%d min, %d s) = %d, want %d", tt.planned, tt.actual, got, tt.over)
		}
	}
	// Extended by ten minutes (the plan at the end is 100), a meeting of
	// 95 ended on time, five minutes early; one of 101 did not.
	ext := Log{PlannedMinutes: 90, ActualSeconds: 95 * 60, Choices: []string{"extend"}}
	if !OnTime(ext) || OverPlan(ext) != -5 {
		t.Errorf("extended: on time %v, over %d", OnTime(ext), OverPlan(ext))
	}
	ext.ActualSeconds = 101 * 60
	if OnTime(ext) || OverPlan(ext) != 1 {
		t.Errorf("extended, then over: on time %v, over %d", OnTime(ext), OverPlan(ext))
	}
}

func TestPassShare(t *testing.T) {
	turns := func(n, passed int) []LogTurn {
		ts := make([]LogTurn, n)
		for i := range passed {
			ts[i].Passed = true
		}
		return ts
	}
	tests := []struct {
		n, passed, want int
	}{
		{0, 0, 0}, {4, 0, 0}, {4, 1, 25}, {4, 4, 100}, {3, 1, 33}, {3, 2, 67}, {8, 1, 13}, {200, 1, 1}, {201, 1, 0},
	}
	for _, tt := range tests {
		if got := PassShare(Log{Turns: turns(tt.n, tt.passed)}); got != tt.want {
			t.Errorf("PassShare(%d of %d) = %d, want %d", tt.passed, tt.n, got, tt.want)
		}
	}
}

func TestPercent(t *testing.T) {
	tests := []struct{ part, whole, want int }{
		{0, 0, 0}, {1, 0, 0}, {0, 5, 0}, {1, 2, 50}, {1, 3, 33}, {2, 3, 67}, {5, 5, 100}, {1, 8, 13}, {-1, -1, 0},
	}
	for _, tt := range tests {
		if got := Percent(tt.part, tt.whole); got != tt.want {
			t.Errorf("Percent(%d, %d) = %d, want %d", tt.part, tt.whole, got, tt.want)
		}
	}
}

func TestRangeOf(t *testing.T) {
	tests := []struct {
		xs   []int
		want Range
	}{
		{nil, Range{}},
		{[]int{7}, Range{1, 7, 7, 7}},
		{[]int{9, 5, 7}, Range{3, 5, 9, 7}},
		{[]int{9, 5, 7, 8}, Range{4, 5, 9, 7}},
		{[]int{-3, 2}, Range{2, -3, 2, -3}},
	}
	for _, tt := range tests {
		in := append([]int(nil), tt.xs...)
		if got := RangeOf(tt.xs); got != tt.want {
			t.Errorf("RangeOf(%v) = %+v, want %+v", tt.xs, got, tt.want)
		}
		if !cmp.Equal(in, tt.xs) {
			t.Errorf("RangeOf changed its input: %v", tt.xs)
		}
	}
}

func TestTrendsOf(t *testing.T) {
	mk := func(present, planned, actual, turns, passed int) Log {
		l := Log{Present: present, PlannedMinutes: planned, ActualSeconds: actual, Turns: make([]LogTurn, turns)}
		for i := range passed {
			l.Turns[i].Passed = true
		}
		return l
	}
	logs := []Log{
		mk(4, 120, 7300, 4, 2), // dropped: not among the last three
		mk(5, 120, 7200, 4, 0),
		mk(9, 90, 5700, 4, 1),
		mk(7, 120, 6600, 2, 1),
	}
	got := TrendsOf(logs, 3)
	want := Trends{
		Meetings:    3,
		Attendance:  Trend{[]int{5, 9, 7}, Range{3, 5, 9, 7}},
		OverPlan:    Trend{[]int{0, 5, -10}, Range{3, -10, 5, 0}},
		PassShare:   Trend{[]int{0, 25, 50}, Range{3, 0, 50, 25}},
		OnTime:      []bool{true, false, true},
		OnTimeCount: 2,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("TrendsOf(last 3) (-want +got):\n%s", diff)
	}
	all := TrendsOf(logs, 12)
	if all.Meetings != 4 || all.Attendance.Values[0] != 4 || all.OnTimeCount != 2 {
		t.Errorf("TrendsOf(last 12 of 4) = %+v, want all four", all)
	}
	if exact := TrendsOf(logs, 4); exact.Meetings != 4 || exact.Attendance.Values[0] != 4 {
		t.Errorf("TrendsOf(last 4 of 4) = %+v, want all four", exact)
	}
	if none := TrendsOf(nil, 12); none.Meetings != 0 || len(none.OnTime) != 0 || none.Attendance.Range != (Range{}) {
		t.Errorf("TrendsOf(none) = %+v", none)
	}
	if zero := TrendsOf(logs, 0); zero.Meetings != 0 {
		t.Errorf("TrendsOf(last 0) = %+v, want none", zero)
	}
}

func TestTally(t *testing.T) {
	var tl Tally
	if tl.AveragePresent() != 0 {
		t.Errorf("AveragePresent of none = %d", tl.AveragePresent())
	}
	tl.Add(Log{Date: "2026-03-02", Present: 5, SentWord: 1, PlannedMinutes: 120, ActualSeconds: 7100,
		Turns: []LogTurn{{Passed: true}, {}, {}}})
	tl.Add(Log{Date: "2026-01-05", Present: 8, SentWord: 2, PlannedMinutes: 90, ActualSeconds: 5500,
		Turns: []LogTurn{{Passed: true}, {Passed: true}}})
	tl.Add(Log{Date: "2026-02-02", Present: 7, PlannedMinutes: 120, ActualSeconds: 7200})
	want := Tally{Meetings: 3, Present: 20, SentWord: 3, OnTime: 2, Turns: 5, Passes: 3, First: "2026-01-05", Last: "2026-03-02"}
	if tl != want {
		t.Errorf("Tally = %+v, want %+v", tl, want)
	}
	if got := tl.AveragePresent(); got != 7 {
		t.Errorf("AveragePresent = %d, want 7 (20/3 rounded)", got)
	}
	half := Tally{Meetings: 2, Present: 13}
	if got := half.AveragePresent(); got != 7 {
		t.Errorf("AveragePresent of 13 over 2 = %d, want 7 (6.5 rounds up)", got)
	}
	low := Tally{Meetings: 4, Present: 25}
	if got := low.AveragePresent(); got != 6 {
		t.Errorf("AveragePresent of 25 over 4 = %d, want 6 (6.25 rounds down)", got)
	}
}

func TestRetentionCutoff(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		today  string
		months int
		want   string
	}{
		{"2026-12-01", 12, "2025-12-01"},
		{"2026-12-01", 1, "2026-11-01"},
		{"2026-03-31", 1, "2026-02-28"},
		{"2024-03-31", 1, "2024-02-29"},
		{"2026-01-15", 1, "2025-12-15"},
		{"2026-07-31", 5, "2026-02-28"},
		{"2026-12-31", 2, "2026-10-31"},
		{"2026-05-20", 0, "2026-05-20"},
		{"2026-05-20", 120, "2016-05-20"},
	}
	for _, tt := range tests {
		if got := RetentionCutoff(day(tt.today), tt.months); got != tt.want {
			t.Errorf("RetentionCutoff(%s, %d) = %s, want %s", tt.today, tt.months, got, tt.want)
		}
	}
}
