package session_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	. "circle/session"
)

var t0 = time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)

// driver runs a meeting on a fake clock and keeps its events.
type driver struct {
	t      *testing.T
	m      *Meeting
	now    time.Time
	events []Event
	after  func() // when set, called after every event applied
}

func newDriver(t *testing.T, cfg Config) *driver {
	t.Helper()
	d := &driver{t: t, m: new(Meeting), now: t0}
	d.do(Begin(d.now, cfg))
	return d
}

func (d *driver) wait(dt time.Duration) { d.now = d.now.Add(dt) }

func (d *driver) do(e Event) {
	d.t.Helper()
	if err := d.m.Apply(e); err != nil {
		d.t.Fatalf("apply %s at +%v: %v", e.Kind, e.At.Sub(t0), err)
	}
	d.events = append(d.events, e)
	if d.after != nil {
		d.after()
	}
}

func (d *driver) status() Status { return d.m.Status(d.now) }

// speak lets the current turn run for dt, then ends it.
func (d *driver) speak(dt time.Duration) {
	d.t.Helper()
	d.wait(dt)
	d.do(End(d.now, true))
}

// onTime lets the current turn run exactly its planned time.
func (d *driver) onTime() {
	d.t.Helper()
	d.speak(d.status().Turn.Left)
}

// throughRules runs the opening and the rules exactly as planned, every
// rule ticked, and leaves the rules for the main part.
func (d *driver) throughRules() {
	d.t.Helper()
	d.wait(d.m.Config().Welcome)
	d.do(Advance(d.now, false))
	for d.m.Phase() == PhaseOpening {
		d.onTime()
	}
	for i := range d.m.Config().Rules {
		d.do(Tick(d.now, i, true))
	}
	d.wait(d.m.Config().RulesTime)
	d.do(Advance(d.now, false))
}

// toSharing runs the opening and the rules exactly as planned and starts
// the sharing round.
func (d *driver) toSharing() {
	d.t.Helper()
	d.throughRules()
	d.do(Advance(d.now, false))
	if d.m.Phase() != PhaseSharing || !d.m.InRound() {
		d.t.Fatalf("not sharing: phase %v round %v", d.m.Phase(), d.m.InRound())
	}
}

func cfg6() Config {
	c := NewConfig(120*time.Minute, 6)
	c.Rules = []string{"confidentiality", "one-voice", "own-experience"}
	c.Prompts = []string{"checkin-arrive"}
	return c
}

// With 6 people in two hours: 7200 s, minus the closing reserve (6 check-outs
// of 60 s + 180 s), the break (600), the welcome (180), 6 check-ins (360),
// the rules (180) and 30 reactions of 60 s leaves 3540 s: 590 s a share.
const fairShare6 = 590 * time.Second

func TestConfigDefaultsAndValidation(t *testing.T) {
	tests := []struct {
		name   string
		length time.Duration
		seats  int
		edit   func(*Config)
		want   error
	}{
		{"two hours, six people", 120 * time.Minute, 6, nil, nil},
		{"shortest", 5 * time.Minute, 2, nil, nil},
		{"no one", 60 * time.Minute, 0, nil, ErrSeats},
		{"one person", 60 * time.Minute, 1, nil, ErrSeats},
		{"twenty-one", 60 * time.Minute, 21, nil, ErrSeats},
		{"too long", 121 * time.Minute, 6, nil, ErrLength},
		{"too short", 4 * time.Minute, 6, nil, ErrLength},
		{"facilitator outside the circle", 60 * time.Minute, 6, func(c *Config) { c.Facilitator = 7 }, ErrFacilitator},
		{"negative sent word", 60 * time.Minute, 6, func(c *Config) { c.SentWord = -1 }, ErrSentWord},
		{"zero reaction", 60 * time.Minute, 6, func(c *Config) { c.Reaction = 0 }, ErrTimes},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewConfig(tt.length, tt.seats)
			if tt.edit != nil {
				tt.edit(&c)
			}
			if err := c.Validate(); !errors.Is(err, tt.want) {
				t.Fatalf("Validate() = %v, want %v", err, tt.want)
			}
			if tt.want != nil {
				if err := new(Meeting).Apply(Begin(t0, c)); !errors.Is(err, tt.want) {
					t.Fatalf("Begin accepted an invalid config: %v", err)
				}
			}
		})
	}
	c := NewConfig(120*time.Minute, 6)
	if c.CheckIn != time.Minute || c.Welcome != 3*time.Minute || c.Break != 10*time.Minute || c.ShareFloor != 2*time.Minute {
		t.Errorf("two-hour defaults = %+v", c)
	}
	if c := NewConfig(60*time.Minute, 6); c.Break != 0 || c.CheckIn != 30*time.Second {
		t.Errorf("one-hour defaults: break %v check-in %v", c.Break, c.CheckIn)
	}
}

func TestCircleOrderStartsAfterFacilitator(t *testing.T) {
	c := NewConfig(120*time.Minute, 5)
	c.Facilitator = 3
	d := newDriver(t, c)
	d.do(Advance(d.now, false))
	var seats []int
	for d.m.Phase() == PhaseOpening {
		seats = append(seats, d.status().Turn.Seat)
		d.onTime()
	}
	if want := []int{4, 5, 1, 2, 3}; !slices.Equal(seats, want) {
		t.Fatalf("check-in order = %v, want %v", seats, want)
	}
	d.do(Advance(d.now, true))
	d.do(Advance(d.now, false))
	var got []Slot
	for range 6 {
		got = append(got, d.status().Turn.Slot)
		d.onTime()
	}
	want := []Slot{
		{Seat: 4, Kind: KindShare},
		{Seat: 5, Kind: KindReaction, About: 4},
		{Seat: 1, Kind: KindReaction, About: 4},
		{Seat: 2, Kind: KindReaction, About: 4},
		{Seat: 3, Kind: KindReaction, About: 4},
		{Seat: 5, Kind: KindShare},
	}
	if !slices.Equal(got, want) {
		t.Fatalf("sharing order = %v, want %v", got, want)
	}
}

func TestEqualShares(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		want   time.Duration
	}{
		// 3540 s of pool plus the 1800 s of reactions, over 6.
		{"circle of sharing", FormatCircle, fairShare6},
		{"plain round", FormatPlain, 890 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cfg6()
			c.Format = tt.format
			d := newDriver(t, c)
			if got := d.status().ShareEach; got != tt.want {
				t.Fatalf("planned share at the start = %v, want %v", got, tt.want)
			}
			d.toSharing()
			for d.m.Phase() == PhaseSharing {
				st := d.status()
				if !st.Fits() {
					t.Fatalf("plan stopped fitting though every turn kept its time: short %v", st.Short)
				}
				if st.Turn.Kind == KindShare && st.Turn.Planned != tt.want {
					t.Fatalf("share of seat %d planned %v, want %v", st.Turn.Seat, st.Turn.Planned, tt.want)
				}
				if st.BreakDue {
					d.do(Break(d.now))
					d.wait(10 * time.Minute)
					d.do(Resume(d.now))
				}
				d.onTime()
			}
			// Every turn kept its time, so the closing starts exactly
			// when its reserve begins.
			if want := t0.Add(c.Length - c.ClosingReserve()); !d.now.Equal(want) {
				t.Fatalf("closing began at +%v, want +%v", d.now.Sub(t0), want.Sub(t0))
			}
		})
	}
}

func TestFreedTimeFlowsToLaterTurns(t *testing.T) {
	t.Run("a pass frees the share and its reaction round", func(t *testing.T) {
		d := newDriver(t, cfg6())
		d.toSharing()
		first := d.status().Turn.Seat
		d.wait(5 * time.Second)
		d.do(Pass(d.now, false))
		st := d.status()
		if st.Turn.Kind != KindShare || st.Turn.Seat == first {
			t.Fatalf("after a passed share the next turn is %+v, want the next seat's share", st.Turn.Slot)
		}
		// 590 s of the share and 5 reactions of 60 s, less the 5 s
		// spent, go to the 5 shares left: (3540+300-5)/5.
		if want := 767 * time.Second; st.Turn.Planned != want {
			t.Fatalf("next share planned %v, want %v", st.Turn.Planned, want)
		}
		for _, turn := range d.m.Turns() {
			if turn.Kind == KindReaction && turn.About == first {
				t.Fatalf("a reaction to a passed share was run: %+v", turn)
			}
		}
		last := d.m.Turns()[len(d.m.Turns())-1]
		if !last.Passed || last.Actual != 5*time.Second || last.Seat != first {
			t.Fatalf("pass recorded as %+v", last)
		}
	})
	t.Run("an early finish gives its time to the shares after it", func(t *testing.T) {
		d := newDriver(t, cfg6())
		d.toSharing()
		if err := d.m.Apply(End(d.now.Add(290*time.Second), false)); !errors.Is(err, ErrEndEarly) {
			t.Fatalf("ending early without confirmation: %v, want ErrEndEarly", err)
		}
		d.speak(290 * time.Second)
		if got := d.m.Turns()[len(d.m.Turns())-1]; !got.Early {
			t.Fatalf("early end not recorded: %+v", got)
		}
		for d.status().Turn.Kind == KindReaction {
			d.onTime()
		}
		// 300 s freed over the 5 shares left.
		if got, want := d.status().Turn.Planned, fairShare6+60*time.Second; got != want {
			t.Fatalf("next share planned %v, want %v", got, want)
		}
	})
	t.Run("passed reactions go to the shares", func(t *testing.T) {
		d := newDriver(t, cfg6())
		d.toSharing()
		d.onTime()
		for d.status().Turn.Kind == KindReaction {
			d.do(Pass(d.now, false))
		}
		if got, want := d.status().Turn.Planned, fairShare6+60*time.Second; got != want {
			t.Fatalf("share after five passed reactions planned %v, want %v", got, want)
		}
	})
}

func TestOverrunBorrowsButKeepsFloorAndReserve(t *testing.T) {
	tests := []struct {
		name    string
		overrun time.Duration
		fits    bool
	}{
		{"ten minutes over still fits", 10 * time.Minute, true},
		{"fifty minutes over does not", 50 * time.Minute, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cfg6()
			c.Break = 0
			d := newDriver(t, c)
			d.toSharing()
			first := d.status().Turn.Planned
			d.speak(first + tt.overrun)
			if got := d.m.Turns()[len(d.m.Turns())-1].Overtime(); got != tt.overrun {
				t.Fatalf("overtime recorded %v, want %v", got, tt.overrun)
			}
			if d.status().Fits() != tt.fits {
				t.Fatalf("fits = %v after %v over, want %v", d.status().Fits(), tt.overrun, tt.fits)
			}
			for d.m.Phase() == PhaseSharing {
				st := d.status()
				if st.Turn.Kind == KindShare {
					if st.Turn.Planned < c.ShareFloor {
						t.Fatalf("share planned %v, under the floor %v", st.Turn.Planned, c.ShareFloor)
					}
					if st.Turn.Planned >= first {
						t.Fatalf("share planned %v after an overrun, want less than %v", st.Turn.Planned, first)
					}
				}
				d.onTime()
			}
			reserveAt := t0.Add(c.Length - c.ClosingReserve())
			if tt.fits && d.now.After(reserveAt) {
				t.Fatalf("closing began at +%v, inside its reserve from +%v", d.now.Sub(t0), reserveAt.Sub(t0))
			}
			d.do(Advance(d.now, false))
			for d.m.Phase() == PhaseClosing {
				if got := d.status().Turn.Planned; got != c.CheckOut {
					t.Fatalf("check-out planned %v, want the reserved %v", got, c.CheckOut)
				}
				d.onTime()
			}
		})
	}
}

func TestWarningTheMomentThePlanStopsFitting(t *testing.T) {
	c := cfg6()
	d := newDriver(t, c)
	d.toSharing()
	st := d.status()
	if !st.Fits() || st.FitsUntil.IsZero() {
		t.Fatalf("plan should fit at the first share: %+v", st)
	}
	// Five shares of the floor are 600 s; the pool after this share is
	// 5*590 = 2950 s, so the turn may run 2350 s over its 590 s.
	want := d.now.Add(fairShare6 + 2350*time.Second)
	if !st.FitsUntil.Equal(want) {
		t.Fatalf("FitsUntil = +%v, want +%v", st.FitsUntil.Sub(t0), want.Sub(t0))
	}
	if s := d.m.Status(want.Add(-time.Second)); !s.Fits() {
		t.Fatalf("warned a second early: short %v", s.Short)
	}
	if s := d.m.Status(want); !s.Fits() {
		t.Fatalf("warned at the exact moment it still fits")
	}
	s := d.m.Status(want.Add(time.Second))
	if s.Fits() || s.Short != time.Second {
		t.Fatalf("a second later: fits %v short %v, want short 1s", s.Fits(), s.Short)
	}
	for _, ch := range []Choice{ChooseShorterReactions, ChoosePlainRound, ChooseSkipBreak} {
		if !slices.Contains(s.Choices, ch) {
			t.Errorf("choices %v lack %q", s.Choices, ch)
		}
	}
	if slices.Contains(s.Choices, ChooseExtend) {
		t.Errorf("extend offered at the two-hour cap: %v", s.Choices)
	}

	t.Run("choosing shorter reactions makes it fit again", func(t *testing.T) {
		d.now = want.Add(time.Second)
		d.do(Choose(d.now, ChooseShorterReactions))
		st := d.status()
		if !st.Fits() || st.Reaction != 30*time.Second {
			t.Fatalf("after shorter reactions: fits %v reaction %v", st.Fits(), st.Reaction)
		}
		d.onTime()
		if got := d.status().Turn; got.Kind != KindReaction || got.Planned != 30*time.Second {
			t.Fatalf("next reaction planned %+v, want 30s", got)
		}
	})
}

func TestPlanThatNeverFitsOffersChoices(t *testing.T) {
	d := newDriver(t, NewConfig(120*time.Minute, 13))
	st := d.status()
	if st.Fits() {
		t.Fatalf("a full circle of 13 in two hours should not fit: %+v", st)
	}
	d.do(Choose(d.now, ChoosePlainRound))
	st = d.status()
	if !st.Fits() || st.Format != FormatPlain || st.ShareEach < 2*time.Minute {
		t.Fatalf("after the plain-round choice: fits %v format %v share %v", st.Fits(), st.Format, st.ShareEach)
	}
	if slices.Contains(st.Choices, ChoosePlainRound) {
		t.Fatalf("plain round still offered after it was chosen")
	}

	t.Run("extend is offered below the cap and stops at it", func(t *testing.T) {
		d := newDriver(t, NewConfig(115*time.Minute, 13))
		d.do(Choose(d.now, ChooseExtend))
		if got := d.status().Length; got != 120*time.Minute {
			t.Fatalf("extended to %v, want the 120-minute cap", got)
		}
		if err := d.m.Apply(Choose(d.now, ChooseExtend)); !errors.Is(err, ErrUnavailable) {
			t.Fatalf("a second extension past the cap: %v", err)
		}
	})
}

func TestDisplayedTimesAfterTheClockJumps(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing()
	startShare := d.now
	d.wait(2 * time.Minute)
	before := d.status()
	d.wait(10 * time.Minute) // a laptop lid, a frozen process: no ticks in between
	st := d.status()
	if st.Turn.Elapsed != 12*time.Minute || st.Turn.Left != fairShare6-12*time.Minute || !st.Turn.Over() {
		t.Fatalf("turn after the jump: %+v", st.Turn)
	}
	if st.Elapsed != before.Elapsed+10*time.Minute || st.Left != before.Left-10*time.Minute {
		t.Fatalf("meeting clock after the jump: elapsed %v left %v (before %v %v)", st.Elapsed, st.Left, before.Elapsed, before.Left)
	}
	if st.Elapsed != d.now.Sub(t0) {
		t.Fatalf("elapsed %v, want %v", st.Elapsed, d.now.Sub(t0))
	}
	d.do(End(d.now, false))
	if got := d.m.Turns()[len(d.m.Turns())-1]; got.Actual != d.now.Sub(startShare) {
		t.Fatalf("turn recorded %v, want %v", got.Actual, d.now.Sub(startShare))
	}
}

func TestClockGoingBackwardsNeverMakesNegativeTime(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing()
	d.wait(time.Minute)
	st := d.status()
	back := d.now.Add(-time.Hour)
	if s := d.m.Status(back); s.Turn.Elapsed < 0 || s.Elapsed < 0 {
		t.Fatalf("status before the last event: %+v", s)
	}
	d.do(Pass(d.now, true))
	d.do(Break(back)) // stamped an hour before the pass
	d.do(Resume(back.Add(time.Second)))
	for _, turn := range d.m.Turns() {
		if turn.Actual < 0 {
			t.Fatalf("negative turn %+v", turn)
		}
	}
	for _, b := range d.m.Breaks() {
		if b < 0 {
			t.Fatalf("negative break %v", b)
		}
	}
	if got := d.status().Elapsed; got < st.Elapsed {
		t.Fatalf("meeting time ran backwards: %v after %v", got, st.Elapsed)
	}
}

func TestConfirmationsAndRefusals(t *testing.T) {
	d := newDriver(t, cfg6())
	if err := d.m.Apply(End(d.now, true)); !errors.Is(err, ErrNotNow) {
		t.Fatalf("ending a turn before any round: %v", err)
	}
	d.do(Advance(d.now, false))
	d.wait(PassGrace + time.Second)
	if err := d.m.Apply(Pass(d.now, false)); !errors.Is(err, ErrPassLate) {
		t.Fatalf("late pass without confirmation: %v", err)
	}
	before := d.status()
	if err := d.m.Apply(End(d.now, false)); !errors.Is(err, ErrEndEarly) {
		t.Fatalf("early end without confirmation: %v", err)
	}
	if after := d.status(); !reflect.DeepEqual(before, after) {
		t.Fatalf("a refused event changed the meeting:\n%+v\n%+v", before, after)
	}
	d.do(Pass(d.now, true))
	for d.m.Phase() == PhaseOpening {
		d.onTime()
	}
	d.do(Tick(d.now, 0, true))
	if err := d.m.Apply(Advance(d.now, false)); !errors.Is(err, ErrUnticked) {
		t.Fatalf("sharing with unticked rules: %v", err)
	}
	d.do(Advance(d.now, true))
	if got := d.m.Log().RulesUnticked; got != 2 {
		t.Fatalf("unticked rules recorded %d, want 2", got)
	}
	d.do(Break(d.now))
	if err := d.m.Apply(Advance(d.now, false)); !errors.Is(err, ErrOnBreak) {
		t.Fatalf("advance on a break: %v", err)
	}
	if err := d.m.Apply(Break(d.now)); !errors.Is(err, ErrOnBreak) {
		t.Fatalf("second break: %v", err)
	}
}

func TestBreaks(t *testing.T) {
	t.Run("a break pauses the turn, not the meeting", func(t *testing.T) {
		d := newDriver(t, cfg6())
		d.toSharing()
		d.wait(time.Minute)
		d.do(Break(d.now))
		d.wait(10 * time.Minute)
		st := d.status()
		if st.Turn.Elapsed != time.Minute || st.Break != 10*time.Minute || st.BreakPlanned != 10*time.Minute {
			t.Fatalf("on the break: %+v", st)
		}
		if !st.Fits() {
			t.Fatalf("the planned break within its time broke the plan")
		}
		d.do(Resume(d.now))
		d.wait(time.Minute)
		if got := d.status().Turn.Elapsed; got != 2*time.Minute {
			t.Fatalf("turn after the break %v, want 2m", got)
		}
	})
	t.Run("an extra break spends the turns' time", func(t *testing.T) {
		d := newDriver(t, cfg6())
		before := d.status().ShareEach
		d.do(Break(d.now))
		d.wait(6 * time.Minute)
		d.do(Resume(d.now))
		// 6 minutes less for 6 shares; the welcome allowance is untouched.
		if got := d.status().ShareEach; got != before-time.Minute {
			t.Fatalf("share after an extra 6-minute break %v, want %v", got, before-time.Minute)
		}
	})
	// Half the circle, rounded up: 3 of 5 (not 2), 3 of 6, 4 of 7.
	for _, tc := range []struct{ seats, want int }{{5, 3}, {6, 3}, {7, 4}} {
		t.Run(fmt.Sprintf("the planned break is offered once %d of %d have shared", tc.want, tc.seats), func(t *testing.T) {
			c := cfg6()
			c2 := NewConfig(c.Length, tc.seats)
			c2.Rules, c2.Prompts = c.Rules, c.Prompts
			d := newDriver(t, c2)
			d.toSharing()
			shares := 0
			for !d.status().BreakDue {
				if d.status().Turn.Kind == KindShare {
					shares++
				}
				d.onTime()
				if d.m.Phase() != PhaseSharing {
					t.Fatal("sharing ended without the break being offered")
				}
			}
			if shares != tc.want {
				t.Fatalf("break offered after %d shares, want %d of %d", shares, tc.want, tc.seats)
			}
		})
	}
}

// fullMeeting runs a whole meeting with every kind of event.
func fullMeeting(t *testing.T) *driver {
	d := newDriver(t, cfg6())
	d.wait(2 * time.Minute)
	d.do(Advance(d.now, false))
	d.do(Pass(d.now.Add(3*time.Second), false))
	for d.m.Phase() == PhaseOpening {
		d.speak(50 * time.Second)
	}
	d.do(Tick(d.now, 0, true))
	d.do(Tick(d.now, 1, true))
	d.do(Tick(d.now, 1, false))
	d.wait(time.Minute)
	d.do(Advance(d.now, true))
	d.do(Advance(d.now, false))
	d.speak(12 * time.Minute) // an overrun
	d.do(Choose(d.now, ChooseShorterReactions))
	for d.m.Phase() == PhaseSharing {
		if d.status().BreakDue {
			d.do(Break(d.now))
			d.wait(9 * time.Minute)
			d.do(Resume(d.now))
		}
		d.onTime()
	}
	d.do(Advance(d.now, false))
	for d.m.Phase() == PhaseClosing {
		d.onTime()
	}
	d.wait(time.Minute)
	d.do(Handover(d.now, true))
	return d
}

func TestReplayRebuildsTheSameState(t *testing.T) {
	d := fullMeeting(t)
	raw, err := json.Marshal(d.events)
	if err != nil {
		t.Fatal(err)
	}
	var stored []Event
	if err := json.Unmarshal(raw, &stored); err != nil {
		t.Fatal(err)
	}
	for name, events := range map[string][]Event{"in memory": d.events, "through JSON": stored} {
		t.Run(name, func(t *testing.T) {
			m, err := Replay(events)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(m.Log(), d.m.Log()) {
				t.Fatalf("logs differ:\n%+v\n%+v", m.Log(), d.m.Log())
			}
			for _, at := range []time.Time{d.now, d.now.Add(time.Hour)} {
				if a, b := m.Status(at), d.m.Status(at); !reflect.DeepEqual(a, b) {
					t.Fatalf("status differs:\n%+v\n%+v", a, b)
				}
			}
		})
	}
	// Replaying a prefix gives the state of that moment, for resuming.
	for _, n := range []int{1, len(d.events) / 3, len(d.events) / 2, len(d.events) - 1} {
		m, err := Replay(d.events[:n])
		if err != nil {
			t.Fatalf("prefix %d: %v", n, err)
		}
		if m.Phase() == PhaseDone {
			t.Fatalf("prefix %d is already done", n)
		}
	}
	bad := slices.Clone(d.events)
	bad[3] = End(bad[3].At, false)
	if _, err := Replay(bad); err == nil {
		t.Fatal("replay accepted an impossible event")
	}
}

func TestLogOfAWholeMeeting(t *testing.T) {
	d := fullMeeting(t)
	l := d.m.Log()
	if !l.Completed || !l.Handover || l.Date != "2026-11-25" || l.Present != 6 || l.PlannedMinutes != 120 {
		t.Fatalf("log header %+v", l)
	}
	if l.Breaks != 1 || l.BreakSeconds != 540 || l.RulesUnticked != 2 || !slices.Equal(l.RulesReviewed, []string{"confidentiality"}) {
		t.Fatalf("breaks %d/%ds, unticked %d, reviewed %v", l.Breaks, l.BreakSeconds, l.RulesUnticked, l.RulesReviewed)
	}
	count := map[string]int{}
	for _, turn := range l.Turns {
		count[turn.Kind]++
		if turn.Seat < 1 || turn.Seat > 6 {
			t.Fatalf("turn with seat %d", turn.Seat)
		}
	}
	want := map[string]int{"checkin": 6, "share": 6, "reaction": 30, "checkout": 6}
	if !reflect.DeepEqual(count, want) {
		t.Fatalf("turn kinds %v, want %v", count, want)
	}
	if share := l.Turns[6]; !l.Turns[0].Passed || share.Kind != "share" || share.OvertimeSeconds != 12*60-share.PlannedSeconds || share.OvertimeSeconds <= 0 {
		t.Fatalf("pass or overtime lost: %+v %+v", l.Turns[0], l.Turns[6])
	}
	if l.ActualSeconds != int(d.now.Sub(t0)/time.Second) {
		t.Fatalf("actual %d s", l.ActualSeconds)
	}
}

func TestStopKeepsWhatHappened(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing()
	d.wait(3 * time.Minute)
	d.do(Stop(d.now))
	l := d.m.Log()
	if l.Completed || d.m.Phase() != PhaseDone {
		t.Fatalf("stopped meeting: completed %v phase %v", l.Completed, d.m.Phase())
	}
	last := l.Turns[len(l.Turns)-1]
	if last.Kind != "share" || last.Seconds != 180 || !last.Early {
		t.Fatalf("the turn in progress was logged as %+v", last)
	}
	if err := d.m.Apply(End(d.now, true)); !errors.Is(err, ErrNotNow) {
		t.Fatalf("event after the end: %v", err)
	}
}

func BenchmarkStatus20(b *testing.B) {
	m := new(Meeting)
	_ = m.Apply(Begin(t0, NewConfig(120*time.Minute, 20)))
	_ = m.Apply(Advance(t0, false))
	now := t0
	for m.Phase() == PhaseOpening {
		now = now.Add(30 * time.Second)
		_ = m.Apply(End(now, true))
	}
	_ = m.Apply(Advance(now, true))
	_ = m.Apply(Advance(now, false))
	now = now.Add(time.Minute)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.Status(now)
	}
}

func BenchmarkPlan20(b *testing.B) {
	m := new(Meeting)
	_ = m.Apply(Begin(t0, NewConfig(120*time.Minute, 20)))
	_ = m.Apply(Advance(t0, false))
	now := t0
	for m.Phase() == PhaseOpening {
		now = now.Add(30 * time.Second)
		_ = m.Apply(End(now, true))
	}
	_ = m.Apply(Advance(now, true))
	_ = m.Apply(Advance(now, false))
	now = now.Add(time.Minute)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.Pool(now)
	}
}

func TestReplayLongestKeepsThePrefixThatApplies(t *testing.T) {
	d := fullMeeting(t)
	n := len(d.events)
	damaged := func(at int) []Event {
		ev := slices.Clone(d.events)
		ev[at] = Event{Kind: "unknown", At: ev[at].At}
		return ev
	}
	badBegin := slices.Clone(d.events[:3])
	badBegin[0] = Begin(t0, Config{Seats: 1})
	tests := []struct {
		name   string
		events []Event
		kept   int
		phase  Phase
		err    bool
	}{
		{"nothing", nil, 0, PhaseSetup, false},
		{"whole meeting", d.events, n, PhaseDone, false},
		{"a prefix", d.events[:n/2], n / 2, mustReplay(t, d.events[:n/2]).Phase(), false},
		{"damaged last event", damaged(n - 1), n - 1, PhaseHandover, true},
		{"damaged in the middle", damaged(n / 2), n / 2, mustReplay(t, d.events[:n/2]).Phase(), true},
		{"refused begin", badBegin, 0, PhaseSetup, true},
		{"events after the end", append(slices.Clone(d.events), End(d.now, true)), n, PhaseDone, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, kept, err := ReplayLongest(tt.events)
			if kept != tt.kept || (err != nil) != tt.err || m == nil || m.Phase() != tt.phase {
				t.Fatalf("kept %d (want %d), err %v (want one: %v), phase %v (want %v)", kept, tt.kept, err, tt.err, m.Phase(), tt.phase)
			}
			var re *ReplayError
			if tt.err && (!errors.As(err, &re) || re.Index != tt.kept) {
				t.Fatalf("error %v does not name event %d", err, tt.kept)
			}
			if want := mustReplay(t, tt.events[:kept]); !reflect.DeepEqual(m.Log(), want.Log()) {
				t.Fatalf("the rebuilt meeting differs from the replay of its %d events", kept)
			}
		})
	}
}

func mustReplay(t *testing.T, events []Event) *Meeting {
	t.Helper()
	m, err := Replay(events)
	if err != nil {
		t.Fatal(err)
	}
	return m
}
