package session_test

import (
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	. "circle/session"
)

func cfgOpen() Config {
	c := cfg6()
	c.Format = FormatOpen
	return c
}

// With 6 people in two hours the open floor has 7200 s, minus the closing
// reserve (540), the break (600), the welcome (180), 6 check-ins (360) and
// the rules (180): 5340 s.
const openFloor6 = 5340 * time.Second

// toOpenFloor runs the opening and the rules exactly as planned and opens
// the floor, with no one on it.
func (d *driver) toOpenFloor() {
	d.t.Helper()
	d.throughRules()
	if st := d.status(); st.Phase != PhaseSharing || st.Round || st.Floor != 0 {
		d.t.Fatalf("not in the open floor: %+v", st)
	}
}

// A step of a script run on the fake clock.
type step func(d *driver)

func give(seat int) step         { return func(d *driver) { d.do(Floor(d.now, seat)) } }
func wait(dt time.Duration) step { return func(d *driver) { d.wait(dt) } }
func pauseFor(dt time.Duration) step {
	return func(d *driver) { d.do(Break(d.now)); d.wait(dt); d.do(Resume(d.now)) }
}
func startBreak() step { return func(d *driver) { d.do(Break(d.now)) } }

func secs(s ...float64) []time.Duration {
	t := make([]time.Duration, 6)
	for i, v := range s {
		t[i] = time.Duration(v * float64(time.Second))
	}
	return t
}

func TestOpenFloorTally(t *testing.T) {
	tests := []struct {
		name  string
		steps []step
		want  []time.Duration // tally at the last step, seat 1 first
		floor int
	}{
		{"no one has spoken", nil, secs(), 0},
		{"the floor moves on", []step{give(1), wait(3 * time.Minute), give(2), wait(2 * time.Minute)},
			secs(180, 120), 2},
		{"seat 0 is a pause no one's time runs in", []step{give(1), wait(time.Minute), give(0), wait(5 * time.Minute), give(3), wait(30 * time.Second)},
			secs(60, 0, 30), 3},
		{"the same seat twice adds up", []step{give(4), wait(time.Minute), give(1), wait(time.Minute), give(4), wait(2 * time.Minute)},
			secs(60, 0, 0, 180), 4},
		{"a break in the middle of a stretch does not count", []step{give(2), wait(2 * time.Minute), pauseFor(10 * time.Minute), wait(time.Minute)},
			secs(0, 180), 2},
		{"a break during a pause", []step{give(5), wait(time.Minute), give(0), pauseFor(10 * time.Minute), give(5), wait(time.Minute)},
			secs(0, 0, 0, 0, 120), 5},
		{"on a break now: the stretch stands still", []step{give(6), wait(90 * time.Second), startBreak(), wait(4 * time.Minute)},
			secs(0, 0, 0, 0, 0, 90), 6},
		{"part seconds are kept, not rounded per stretch", []step{give(1), wait(1500 * time.Millisecond), give(2), wait(1500 * time.Millisecond), give(1), wait(1500 * time.Millisecond)},
			secs(3, 1.5), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, cfgOpen())
			d.toOpenFloor()
			for _, s := range tt.steps {
				s(d)
			}
			st := d.status()
			if !slices.Equal(st.Tally, tt.want) || st.Floor != tt.floor {
				t.Fatalf("tally %v floor %d, want %v floor %d", st.Tally, st.Floor, tt.want, tt.floor)
			}
			// An instant mid-stretch: the running stretch counts, up to
			// the second asked about, unless the meeting is on a break.
			mid := slices.Clone(tt.want)
			if tt.floor != 0 && !st.OnBreak {
				mid[tt.floor-1] += 45 * time.Second
			}
			if got := d.m.Status(d.now.Add(45 * time.Second)).Tally; !slices.Equal(got, mid) {
				t.Fatalf("45 s later the tally is %v, want %v", got, mid)
			}
			if st.Tally != nil && &st.Tally[0] == &d.m.Tally()[0] {
				t.Fatal("Status shares the meeting's tally")
			}
			// The log keeps whole seconds per seat, from the exact totals.
			d.do(Stop(d.now))
			var want []LogTally
			for i, v := range tt.want {
				want = append(want, LogTally{Seat: i + 1, Seconds: int(v / time.Second)})
			}
			if got := d.m.Log().Tally; !slices.Equal(got, want) {
				t.Fatalf("log tally %v, want %v", got, want)
			}
		})
	}
}

func TestOpenFloorRefusals(t *testing.T) {
	tests := []struct {
		name  string
		cfg   Config
		steps []step
		ev    func(at time.Time) Event
		want  error
	}{
		{"not in a circle of sharing", cfg6(), []step{func(d *driver) { d.toSharing() }}, func(at time.Time) Event { return Floor(at, 1) }, ErrNotNow},
		{"not before the open floor", cfgOpen(), nil, func(at time.Time) Event { return Floor(at, 1) }, ErrNotNow},
		{"not a seat", cfgOpen(), []step{func(d *driver) { d.toOpenFloor() }}, func(at time.Time) Event { return Floor(at, 7) }, ErrBadEvent},
		{"a negative seat", cfgOpen(), []step{func(d *driver) { d.toOpenFloor() }}, func(at time.Time) Event { return Floor(at, -1) }, ErrBadEvent},
		{"no one to no one", cfgOpen(), []step{func(d *driver) { d.toOpenFloor() }}, func(at time.Time) Event { return Floor(at, 0) }, ErrSameFloor},
		{"the seat that has it", cfgOpen(), []step{func(d *driver) { d.toOpenFloor() }, give(2), wait(time.Minute)}, func(at time.Time) Event { return Floor(at, 2) }, ErrSameFloor},
		{"on a break", cfgOpen(), []step{func(d *driver) { d.toOpenFloor() }, give(2), startBreak()}, func(at time.Time) Event { return Floor(at, 3) }, ErrOnBreak},
		{"no turn to end", cfgOpen(), []step{func(d *driver) { d.toOpenFloor() }, give(2)}, func(at time.Time) Event { return End(at, true) }, ErrNotNow},
		{"no turn to pass", cfgOpen(), []step{func(d *driver) { d.toOpenFloor() }, give(2)}, func(at time.Time) Event { return Pass(at, true) }, ErrNotNow},
		{"closing it with time left", cfgOpen(), []step{func(d *driver) { d.toOpenFloor() }, give(2)}, func(at time.Time) Event { return Advance(at, false) }, ErrFloorLeft},
		{"not after it", cfgOpen(), []step{func(d *driver) { d.toOpenFloor() }, give(2), func(d *driver) { d.do(Advance(d.now, true)) }},
			func(at time.Time) Event { return Floor(at, 3) }, ErrNotNow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, tt.cfg)
			for _, s := range tt.steps {
				s(d)
			}
			before := d.m.Status(d.now.Add(time.Minute))
			if err := d.m.Apply(tt.ev(d.now)); !errors.Is(err, tt.want) {
				t.Fatalf("Apply = %v, want %v", err, tt.want)
			}
			if after := d.m.Status(d.now.Add(time.Minute)); !reflect.DeepEqual(before, after) {
				t.Fatalf("a refused event changed the meeting:\n%+v\n%+v", before, after)
			}
		})
	}
}

func TestOpenFloorBudget(t *testing.T) {
	c := cfgOpen()
	d := newDriver(t, c)
	st := d.status()
	if st.FloorLeft != openFloor6 || st.ShareEach != 0 || !st.Fits() || !slices.Equal(st.Tally, secs()) {
		t.Fatalf("at the start: floor left %v share %v short %v tally %v", st.FloorLeft, st.ShareEach, st.Short, st.Tally)
	}
	// No reactions, so neither shorter reactions nor a plain round; at the
	// two-hour cap no extension either.
	if want := []Choice{ChooseSkipBreak}; !slices.Equal(st.Choices, want) {
		t.Fatalf("choices %v, want %v", st.Choices, want)
	}
	d.toOpenFloor()
	entry := d.now
	st = d.status()
	if st.FloorLeft != openFloor6 || !st.FitsUntil.Equal(entry.Add(openFloor6)) {
		t.Fatalf("entering the open floor: left %v fits until +%v", st.FloorLeft, st.FitsUntil.Sub(t0))
	}
	d.do(Floor(d.now, 1))
	d.wait(10 * time.Minute)
	if got := d.status().FloorLeft; got != openFloor6-10*time.Minute {
		t.Fatalf("after 10 minutes: left %v", got)
	}
	if err := d.m.Apply(Advance(d.now, false)); !errors.Is(err, ErrFloorLeft) {
		t.Fatalf("closing the open floor early without confirmation: %v", err)
	}

	end := entry.Add(openFloor6)
	tests := []struct {
		at    time.Time
		left  time.Duration
		short time.Duration
	}{
		{end.Add(-time.Second), time.Second, 0},
		{end, 0, 0},
		{end.Add(time.Second), -time.Second, time.Second},
		{end.Add(5 * time.Minute), -5 * time.Minute, 5 * time.Minute},
	}
	for _, tt := range tests {
		st := d.m.Status(tt.at)
		if st.FloorLeft != tt.left || st.Short != tt.short {
			t.Errorf("at the end of the open floor %+v: left %v short %v, want %v %v", tt.at.Sub(end), st.FloorLeft, st.Short, tt.left, tt.short)
		}
	}

	t.Run("skipping the break gives its time to the open floor", func(t *testing.T) {
		d.now = end.Add(time.Second)
		d.do(Choose(d.now, ChooseSkipBreak))
		st := d.status()
		if !st.Fits() || st.FloorLeft != c.Break-time.Second {
			t.Fatalf("after skipping the break: short %v left %v", st.Short, st.FloorLeft)
		}
	})
	t.Run("with no time left, advancing closes it without a question", func(t *testing.T) {
		d.now = end.Add(c.Break + time.Minute)
		d.do(Advance(d.now, false))
		st := d.status()
		if st.Phase != PhaseClosing || st.Floor != 0 || st.Round || st.FloorLeft != 0 {
			t.Fatalf("after the open floor: %+v", st)
		}
		if want := openFloor6 + c.Break + time.Minute; st.Tally[0] != want {
			t.Fatalf("seat 1's talk time %v, want %v", st.Tally[0], want)
		}
		d.do(Advance(d.now, false))
		var seats []int
		for d.m.Phase() == PhaseClosing {
			if got := d.status().Turn.Planned; got != c.CheckOut {
				t.Fatalf("check-out planned %v, want the reserved %v", got, c.CheckOut)
			}
			seats = append(seats, d.status().Turn.Seat)
			d.onTime()
		}
		if want := []int{2, 3, 4, 5, 6, 1}; !slices.Equal(seats, want) {
			t.Fatalf("check-out order %v, want %v", seats, want)
		}
	})
	t.Run("extend is offered below the cap", func(t *testing.T) {
		c := cfgOpen()
		c.Length = 110 * time.Minute
		d := newDriver(t, c)
		before := d.status().FloorLeft
		d.do(Choose(d.now, ChooseExtend))
		if got := d.status().FloorLeft; got != before+ExtendStep {
			t.Fatalf("extended open floor %v, want %v", got, before+ExtendStep)
		}
	})
}

func TestOpenFloorBreakDue(t *testing.T) {
	d := newDriver(t, cfgOpen())
	d.toOpenFloor()
	// Half of the open floor is behind when the time spent in it equals
	// the time it has left: 2670 s of 5340.
	half := d.now.Add(openFloor6 / 2)
	if d.m.Status(half.Add(-time.Second)).BreakDue || !d.m.Status(half).BreakDue {
		t.Fatal("the break is not offered exactly half way through the open floor")
	}
	d.now = half
	d.do(Floor(d.now, 2))
	if !d.m.Status(d.now.Add(PassGrace)).BreakDue || d.m.Status(d.now.Add(PassGrace+time.Second)).BreakDue {
		t.Fatal("the break is offered while someone is in the middle of speaking")
	}
	d.wait(time.Minute)
	d.do(Floor(d.now, 0))
	st := d.status()
	if !st.BreakDue {
		t.Fatal("the break is not offered once the floor is free")
	}
	d.do(Break(d.now))
	for _, dt := range []time.Duration{0, 5 * time.Minute, 10 * time.Minute} {
		if got := d.m.Status(d.now.Add(dt)); got.FloorLeft != st.FloorLeft || got.BreakPlanned != 10*time.Minute {
			t.Fatalf("%v into the planned break: left %v, want %v", dt, got.FloorLeft, st.FloorLeft)
		}
	}
	if got := d.m.Status(d.now.Add(11 * time.Minute)).FloorLeft; got != st.FloorLeft-time.Minute {
		t.Fatalf("a break a minute over its plan leaves %v, want %v", got, st.FloorLeft-time.Minute)
	}
	d.wait(10 * time.Minute)
	d.do(Resume(d.now))
	if d.status().BreakDue {
		t.Fatal("the planned break is offered again")
	}
}

// openMeeting runs a whole open-floor meeting with every kind of event.
func openMeeting(t *testing.T, after func(d *driver)) *driver {
	c := cfgOpen()
	c.Length = 110 * time.Minute
	d := newDriver(t, c)
	if after != nil {
		d.after = func() { after(d) }
		after(d)
	}
	d.wait(2 * time.Minute)
	d.do(Remind(d.now, 0))
	d.do(Advance(d.now, false))
	d.do(Pass(d.now.Add(3*time.Second), false))
	for d.m.Phase() == PhaseOpening {
		d.speak(50 * time.Second)
	}
	d.do(Tick(d.now, 0, true))
	d.do(Tick(d.now, 2, true))
	d.wait(time.Minute)
	d.do(Advance(d.now, true))
	d.wait(30 * time.Second)
	d.do(Floor(d.now, 3))
	d.wait(7*time.Minute + 300*time.Millisecond)
	d.do(Remind(d.now, 1))
	d.wait(time.Minute)
	d.do(Floor(d.now, 5))
	d.wait(4 * time.Minute)
	d.do(Floor(d.now, 0))
	d.wait(40 * time.Second)
	d.do(Floor(d.now, 3))
	d.wait(2 * time.Minute)
	d.do(Break(d.now)) // the planned break, mid-stretch
	d.wait(12 * time.Minute)
	d.do(Choose(d.now, ChooseExtend))
	d.do(Resume(d.now))
	d.wait(3 * time.Minute)
	d.do(Floor(d.now, 1))
	d.wait(20 * time.Minute)
	d.do(Remind(d.now, 2))
	d.do(Remind(d.now, -1))
	d.do(Floor(d.now, 6))
	d.wait(9 * time.Minute)
	d.do(Advance(d.now, true))
	d.do(Advance(d.now, false))
	for d.m.Phase() == PhaseClosing {
		d.onTime()
	}
	d.wait(time.Minute)
	d.do(Handover(d.now, false))
	return d
}

func TestReplayOfAnOpenFloorMeeting(t *testing.T) {
	// What the live meeting showed after each of its events, at a few
	// instants from then on.
	type snap struct {
		n   int
		at  []time.Time
		st  []Status
		log Log
	}
	var snaps []snap
	d := openMeeting(t, func(d *driver) {
		s := snap{n: len(d.events), log: d.m.Log()}
		for _, dt := range []time.Duration{0, time.Second, 95 * time.Second, 25 * time.Minute} {
			s.at = append(s.at, d.now.Add(dt))
			s.st = append(s.st, d.m.Status(d.now.Add(dt)))
		}
		snaps = append(snaps, s)
	})
	raw, err := json.Marshal(d.events)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"k":"floor","at":`, `"seat":3`, `"k":"remind"`, `"rule":-1`} {
		if !strings.Contains(string(raw), want) {
			t.Fatalf("stored events lack %s", want)
		}
	}
	var stored []Event
	if err := json.Unmarshal(raw, &stored); err != nil {
		t.Fatal(err)
	}
	for name, events := range map[string][]Event{"in memory": d.events, "through JSON": stored} {
		t.Run(name, func(t *testing.T) {
			for _, s := range snaps {
				m, err := Replay(events[:s.n])
				if err != nil {
					t.Fatalf("prefix %d: %v", s.n, err)
				}
				if !reflect.DeepEqual(m.Log(), s.log) {
					t.Fatalf("prefix %d: logs differ:\n%+v\n%+v", s.n, m.Log(), s.log)
				}
				for i, at := range s.at {
					if got := m.Status(at); !reflect.DeepEqual(got, s.st[i]) {
						t.Fatalf("prefix %d at +%v: status differs:\n%+v\n%+v", s.n, at.Sub(t0), got, s.st[i])
					}
				}
			}
		})
	}

	l := d.m.Log()
	if l.Format != "open" || !l.Completed || l.Handover {
		t.Fatalf("log header: format %q completed %v handover %v", l.Format, l.Completed, l.Handover)
	}
	// Seat 3: 8m0.3s (a reminder in the middle changed nothing), then
	// 2 + 3 min around the break; seat 5: 4 min; seat 1: 20 min; seat 6:
	// 9 min. The pause with no one on the floor counts for no one.
	want := []LogTally{{1, 1200}, {2, 0}, {3, 780}, {4, 0}, {5, 240}, {6, 540}}
	if !slices.Equal(l.Tally, want) {
		t.Fatalf("log tally %v, want %v", l.Tally, want)
	}
	if want := []string{"confidentiality", "one-voice", "own-experience"}; !slices.Equal(l.Reminders, want) {
		t.Fatalf("reminders %v, want %v", l.Reminders, want)
	}
	count := map[string]int{}
	for _, turn := range l.Turns {
		count[turn.Kind]++
	}
	if want := map[string]int{"checkin": 6, "checkout": 6}; !reflect.DeepEqual(count, want) {
		t.Fatalf("turn kinds %v, want %v", count, want)
	}
	// Per-seat totals only: a tally entry is a seat and its seconds.
	rawLog, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	var generic struct {
		Tally []map[string]any `json:"tally"`
	}
	if err := json.Unmarshal(rawLog, &generic); err != nil {
		t.Fatal(err)
	}
	for _, e := range generic.Tally {
		if len(e) != 2 || e["seat"] == nil || e["seconds"] == nil {
			t.Fatalf("tally entry %v holds more than a seat and its seconds", e)
		}
	}
	var back Log
	if err := json.Unmarshal(rawLog, &back); err != nil || !reflect.DeepEqual(back, l) {
		t.Fatalf("log through JSON: %v\n%+v\n%+v", err, back, l)
	}
}

// The stored events of meetings run by the engine before the open floor,
// rotation and reminders existed (testdata, written by that engine), with
// its log and status: they must replay to exactly the same.
func TestOldEventListsReplayTheSame(t *testing.T) {
	for _, name := range []string{"circle", "plain"} {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile("testdata/old_" + name + ".json")
			if err != nil {
				t.Fatal(err)
			}
			var g struct {
				Events []Event                   `json:"events"`
				Log    json.RawMessage           `json:"log"`
				Status map[string]map[string]any `json:"status"`
			}
			if err := json.Unmarshal(raw, &g); err != nil {
				t.Fatal(err)
			}
			m, err := Replay(g.Events)
			if err != nil {
				t.Fatal(err)
			}
			var oldLog, newLog any
			got, _ := json.Marshal(m.Log())
			_ = json.Unmarshal(g.Log, &oldLog)
			_ = json.Unmarshal(got, &newLog)
			if !reflect.DeepEqual(oldLog, newLog) {
				t.Fatalf("log differs from the old engine's:\n%s\n%s", g.Log, got)
			}
			prefix, err := Replay(g.Events[:len(g.Events)*2/3])
			if err != nil {
				t.Fatal(err)
			}
			for key, old := range g.Status {
				var st Status
				if key == "end" {
					st = m.Status(m.Last())
				} else {
					dt, err := time.ParseDuration(strings.TrimPrefix(key, "prefix+"))
					if err != nil {
						t.Fatal(err)
					}
					st = prefix.Status(prefix.Last().Add(dt))
				}
				var now map[string]any
				b, _ := json.Marshal(st)
				_ = json.Unmarshal(b, &now)
				for k, v := range old {
					if !reflect.DeepEqual(now[k], v) {
						t.Errorf("%s: Status.%s = %v, the old engine said %v", key, k, now[k], v)
					}
				}
				if st.Floor != 0 || st.FloorLeft != 0 || st.Tally != nil || st.Reminder != -1 {
					t.Errorf("%s: open floor or reminder fields set: %+v", key, st)
				}
			}
			if len(g.Status) == 0 {
				t.Fatal("no statuses in the testdata")
			}
		})
	}
	t.Run("the events written today are the same", func(t *testing.T) {
		// Nothing new appears in the events of a meeting that uses none
		// of the new features, so older copies of circle can read them.
		d := fullMeeting(t)
		raw, err := json.Marshal(d.events)
		if err != nil {
			t.Fatal(err)
		}
		old, err := os.ReadFile("testdata/old_circle.json")
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Events json.RawMessage `json:"events"`
		}
		if err := json.Unmarshal(old, &g); err != nil {
			t.Fatal(err)
		}
		var a, b any
		_ = json.Unmarshal(raw, &a)
		_ = json.Unmarshal(g.Events, &b)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("today's events of the same meeting differ from the old ones")
		}
	})
}

func BenchmarkStatusOpen20(b *testing.B) {
	m := new(Meeting)
	c := NewConfig(120*time.Minute, 20)
	c.Format = FormatOpen
	_ = m.Apply(Begin(t0, c))
	_ = m.Apply(Advance(t0, false))
	now := t0
	for m.Phase() == PhaseOpening {
		now = now.Add(30 * time.Second)
		_ = m.Apply(End(now, true))
	}
	_ = m.Apply(Advance(now, true))
	for s := range 20 {
		now = now.Add(time.Minute)
		_ = m.Apply(Floor(now, s+1))
	}
	now = now.Add(time.Minute)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.Status(now)
	}
}
