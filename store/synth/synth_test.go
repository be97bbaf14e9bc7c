package synth

import (
	"errors"

	"testing"
	"time"

	"circle/session"

	"github.com/google/go-cmp/cmp"
)

var first = time.Date(2016, 1, 4, 0, 0, 0, 0, time.UTC)

func TestMeetingsAreRealistic(t *testing.T) {
	const n, groups = 400, 20
	formats := map[string]int{}
	var passes, overruns, breaks, kinds = 0, 0, 0, map[string]int{}
	var logs []Meeting
	err := Meetings(n, groups, first, 7, func(m Meeting) error {
		logs = append(logs, m)
		l := m.Log
		if l.Present < 4 || l.Present > 13 {
			t.Errorf("meeting of %d", l.Present)
		}
		formats[l.Format]++
		breaks += l.Breaks
		for _, tu := range l.Turns {
			kinds[tu.Kind]++
			if tu.Passed {
				passes++
			}
			if tu.OvertimeSeconds > 0 {
				overruns++
			}
		}
		if len(l.RulesReviewed) == 0 || len(l.Prompts) != 3 {
			t.Errorf("rules %v, prompts %v", l.RulesReviewed, l.Prompts)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if formats["circle"] == 0 || formats["plain"] == 0 || formats["open"] == 0 {
		t.Errorf("formats %v, want all three", formats)
	}
	for _, k := range []string{"checkin", "share", "reaction", "checkout"} {
		if kinds[k] == 0 {
			t.Errorf("no %s turns: %v", k, kinds)
		}
	}
	if passes == 0 || overruns == 0 || breaks == 0 {
		t.Errorf("passes %d, overruns %d, breaks %d", passes, overruns, breaks)
	}
	// Weekly, per group, over the years: 400 meetings of 20 groups span
	// 20 weeks.
	if a, b := logs[0].Log.Date, logs[n-1].Log.Date; a != "2016-01-04" || b < "2016-05-16" {
		t.Errorf("dates from %s to %s", a, b)
	}
	if logs[0].Group != 0 || logs[21].Group != 1 {
		t.Errorf("groups %d, %d", logs[0].Group, logs[21].Group)
	}
}

func TestMeetingsAreDeterministic(t *testing.T) {
	collect := func() (out []Meeting) {
		if err := Meetings(30, 3, first, 42, func(m Meeting) error { out = append(out, m); return nil }); err != nil {
			t.Fatal(err)
		}
		return out
	}
	if diff := cmp.Diff(collect(), collect()); diff != "" {
		t.Errorf("the same seed made different meetings:\n%s", diff)
	}
}

func TestCircle8Has80Turns(t *testing.T) {
	m, err := Circle8(1, first.Add(18*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	l := m.Log
	passes, over := 0, 0
	for _, tu := range l.Turns {
		if tu.Passed {
			passes++
		}
		if tu.OvertimeSeconds > 0 {
			over++
		}
	}
	if len(l.Turns) != 80 || l.Present != 8 || l.Format != "circle" || !l.Completed || passes == 0 || over == 0 {
		t.Errorf("%d turns of %d, %s, completed %v, %d passes, %d over", len(l.Turns), l.Present, l.Format, l.Completed, passes, over)
	}
}

func TestFill(t *testing.T) {
	var made []Group
	var saved []session.Log
	batches := 0
	create := func(g Group) (uint64, error) { made = append(made, g); return uint64(100 + len(made)), nil }
	save := func(logs []session.Log) error { batches++; saved = append(saved, logs...); return nil }
	if err := Fill(1201, 3, time.Date(2016, 1, 4, 0, 0, 0, 0, time.UTC), 1, create, save); err != nil {
		t.Fatal(err)
	}
	if len(made) != 3 || len(saved) != 1201 || batches != 3 {
		t.Fatalf("%d groups, %d meetings in %d batches", len(made), len(saved), batches)
	}
	for i, l := range saved[:6] {
		if want := uint64(101 + i%3); l.Group != want {
			t.Errorf("meeting %d is of group %d, want %d", i, l.Group, want)
		}
	}
	if err := Fill(10, 2, time.Now(), 1, func(Group) (uint64, error) { return 0, errFill }, save); err != errFill {
		t.Errorf("a failed create: %v", err)
	}
	if err := Fill(10, 2, time.Now(), 1, create, func([]session.Log) error { return errFill }); err != errFill {
		t.Errorf("a failed save: %v", err)
	}
}

var errFill = errors.New("full")
