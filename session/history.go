package session

import (
	"slices"
	"time"
)

// What a group's history says about its meetings: how evenly a meeting's
// sharing time was spread, whether it ended on time, and the trends over
// the last meetings. Seats are not people from one meeting to the next,
// so nothing here follows a seat across meetings: every figure is of one
// meeting, or of meetings as wholes.

// FewerThan is the small-count rule of reports: a count below it could
// single someone out, so a report says "fewer than 3" instead (the
// Norwegian Data Protection Authority's anonymisation guidance).
const FewerThan = 3

// Small reports whether a count must be shown as "fewer than FewerThan".
func Small(n int) bool { return n < FewerThan }

// Spread is how the sharing time of one meeting was spread over those
// who spoke: the sharing turns spoken, or in the open floor each seat's
// talk time.
type Spread struct {
	// Spoken is how many turns (or seats) the figures are of.
	Spoken            int
	Shortest, Longest time.Duration
	// Evenness is one minus the Gini coefficient of the spoken times: 1
	// when everyone spoke as long, towards 0 when one spoke for all.
	// Known is false when fewer than two spoke, or no time was spoken:
	// then there is nothing to compare.
	Evenness float64
	Known    bool
}

// SpreadOf counts the spread of a meeting's sharing time. A pass is no
// share; an open floor is counted from its tally.
func SpreadOf(l Log) Spread {
	var secs []int
	if len(l.Tally) > 0 {
		for _, t := range l.Tally {
			if t.Seconds > 0 {
				secs = append(secs, t.Seconds)
			}
		}
	} else {
		for _, t := range l.Turns {
			if t.Kind == KindShare.String() && !t.Passed {
				secs = append(secs, t.Seconds)
			}
		}
	}
	s := Spread{Spoken: len(secs)}
	if len(secs) == 0 {
		return s
	}
	s.Shortest = time.Duration(slices.Min(secs)) * time.Second
	s.Longest = time.Duration(slices.Max(secs)) * time.Second
	if g, ok := Gini(secs); ok {
		s.Evenness, s.Known = 1-g, true
	}
	return s
}

// Gini returns the Gini coefficient of xs (none negative): 0 when all are
// equal, (n-1)/n when one holds all. ok is false for fewer than two
// values or a zero total.
func Gini(xs []int) (g float64, ok bool) {
	n := len(xs)
	if n < 2 {
		return 0, false
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	var sum, weighted int64
	for i, x := range s {
		sum += int64(x)
		weighted += int64(i+1) * int64(x)
	}
	if sum <= 0 {
		return 0, false
	}
	// G = 2·Σ i·x(i) / (n·Σx) − (n+1)/n, with x sorted ascending.
	return float64(2*weighted)/float64(int64(n)*sum) - float64(n+1)/float64(n), true
}

// OnTime reports whether a meeting ended within its planned length, as
// the plan stood at the end: a meeting the facilitator extended by ten
// minutes and ended within them ended on time.
func OnTime(l Log) bool { return l.ActualSeconds <= planSeconds(l) }

// OverPlan is how far a meeting's length was over its plan (as it stood
// at the end), in whole minutes, rounded towards zero; negative when it
// ended early.
func OverPlan(l Log) int { return (l.ActualSeconds - planSeconds(l)) / 60 }

func planSeconds(l Log) int {
	planned, _ := l.PlanAtEnd()
	return int(planned / time.Second)
}

// PassShare is the share of a meeting's turns that were passed, in whole
// per cent rounded to the nearest; 0 for a meeting without turns.
func PassShare(l Log) int {
	if len(l.Turns) == 0 {
		return 0
	}
	passes := 0
	for _, t := range l.Turns {
		if t.Passed {
			passes++
		}
	}
	return (200*passes + len(l.Turns)) / (2 * len(l.Turns))
}

// Range is how a figure went over some meetings: its lowest, its highest
// and its usual value (the median; the lower of the middle two).
type Range struct {
	N                int
	Low, High, Usual int
}

// RangeOf describes xs; the zero Range for none.
func RangeOf(xs []int) Range {
	if len(xs) == 0 {
		return Range{}
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return Range{N: len(s), Low: s[0], High: s[len(s)-1], Usual: s[(len(s)-1)/2]}
}

// Trend is one figure of each of a group's last meetings, oldest first.
type Trend struct {
	Values []int
	Range  Range
}

// Trends are a group's last meetings as figures, oldest first.
type Trends struct {
	// Meetings is how many meetings the trends are of.
	Meetings   int
	Attendance Trend // present
	OverPlan   Trend // minutes over the plan (OverPlan)
	PassShare  Trend // per cent of turns passed (PassShare)
	// OnTime is, per meeting, whether it ended on time; OnTimeCount how
	// many did.
	OnTime      []bool
	OnTimeCount int
}

// TrendsOf computes the trends of the last n of logs, which are oldest
// first.
func TrendsOf(logs []Log, n int) Trends {
	if n < len(logs) {
		logs = logs[len(logs)-max(0, n):]
	}
	t := Trends{Meetings: len(logs), OnTime: make([]bool, len(logs))}
	att := make([]int, len(logs))
	over := make([]int, len(logs))
	pass := make([]int, len(logs))
	for i, l := range logs {
		att[i], over[i], pass[i] = l.Present, OverPlan(l), PassShare(l)
		if OnTime(l) {
			t.OnTime[i] = true
			t.OnTimeCount++
		}
	}
	t.Attendance = Trend{att, RangeOf(att)}
	t.OverPlan = Trend{over, RangeOf(over)}
	t.PassShare = Trend{pass, RangeOf(pass)}
	return t
}

// Tally is what a report says of a group's meetings: how many were held,
// how many came, how many ended on time, and the passes.
type Tally struct {
	Meetings int
	// Present is everyone present, summed over the meetings; SentWord
	// those who sent word.
	Present, SentWord int
	OnTime            int
	Turns, Passes     int
	// First and Last are the dates of the first and the last meeting.
	First, Last string
}

// Add counts one more meeting.
func (t *Tally) Add(l Log) {
	t.Meetings++
	t.Present += l.Present
	t.SentWord += l.SentWord
	if OnTime(l) {
		t.OnTime++
	}
	t.Turns += len(l.Turns)
	for _, x := range l.Turns {
		if x.Passed {
			t.Passes++
		}
	}
	if t.First == "" || l.Date < t.First {
		t.First = l.Date
	}
	if l.Date > t.Last {
		t.Last = l.Date
	}
}

// AveragePresent is how many came to a meeting on average, rounded to
// the nearest whole person; 0 without meetings.
func (t Tally) AveragePresent() int {
	if t.Meetings == 0 {
		return 0
	}
	return (2*t.Present + t.Meetings) / (2 * t.Meetings)
}

// Percent is part of whole in whole per cent, rounded to the nearest; 0
// for a whole of 0.
func Percent(part, whole int) int {
	if whole <= 0 {
		return 0
	}
	return (200*part + whole) / (2 * whole)
}

// RetentionCutoff is the first day a group that keeps its meetings for
// months months keeps, on the day today: meetings before it go. A month
// back from the 31st is the last day of the shorter month, never a day
// of the month after.
func RetentionCutoff(today time.Time, months int) string {
	y, m, d := today.Date()
	first := time.Date(y, m-time.Month(months), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return time.Date(first.Year(), first.Month(), min(d, last), 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}
