package session_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	. "circle/session"
)

// The edges of the engine's rules, each at the value where it turns:
// found by mutation testing (.ci/mutate), where a < made <= passed.

func TestNamesOfKindsAndPhases(t *testing.T) {
	kinds := map[Kind]string{-1: "unknown", KindCheckIn: "checkin", KindShare: "share", KindReaction: "reaction", KindCheckOut: "checkout", 4: "unknown"}
	for k, want := range kinds {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d) = %q, want %q", int(k), got, want)
		}
	}
	phases := map[Phase]string{-1: "unknown", PhaseSetup: "setup", PhaseOpening: "opening", PhaseDone: "done", PhaseDone + 1: "unknown"}
	for p, want := range phases {
		if got := p.String(); got != want {
			t.Errorf("Phase(%d) = %q, want %q", int(p), got, want)
		}
	}
}

func TestTickedOutsideTheChecklist(t *testing.T) {
	d := newDriver(t, cfg6())
	d.wait(d.m.Config().Welcome)
	d.do(Advance(d.now, false))
	for d.m.Phase() == PhaseOpening {
		d.onTime()
	}
	d.do(Tick(d.now, 0, true))
	n := len(d.m.Config().Rules)
	for i, want := range map[int]bool{-1: false, 0: true, 1: false, n - 1: false, n: false} {
		if got := d.m.Ticked(i); got != want {
			t.Errorf("Ticked(%d) = %v, want %v", i, got, want)
		}
	}
	d.do(Tick(d.now, n-1, true))
	if !d.m.Ticked(n - 1) {
		t.Error("the last rule ticked is not Ticked")
	}
}

func TestConfigEdges(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Config)
		want error
	}{
		{"the facilitator in the last seat", func(c *Config) { c.Facilitator = c.Seats }, nil},
		{"no facilitator", func(c *Config) { c.Facilitator = 0 }, ErrFacilitator},
		{"the most who sent word", func(c *Config) { c.SentWord = MaxSentWord }, nil},
		{"one more sent word", func(c *Config) { c.SentWord = MaxSentWord + 1 }, ErrSentWord},
		{"no welcome, rules time, closing words or break", func(c *Config) { c.Welcome, c.RulesTime, c.Closing, c.Break = 0, 0, 0, 0 }, nil},
		{"a negative welcome", func(c *Config) { c.Welcome = -time.Second }, ErrTimes},
		{"negative rules time", func(c *Config) { c.RulesTime = -time.Second }, ErrTimes},
		{"negative closing", func(c *Config) { c.Closing = -time.Second }, ErrTimes},
		{"no check-in", func(c *Config) { c.CheckIn = 0 }, ErrTimes},
		{"no share floor", func(c *Config) { c.ShareFloor = 0 }, ErrTimes},
		{"no check-out", func(c *Config) { c.CheckOut = 0 }, ErrTimes},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewConfig(60*time.Minute, 6)
			tt.edit(&c)
			if err := c.Validate(); !errors.Is(err, tt.want) {
				t.Fatalf("Validate() = %v, want %v", err, tt.want)
			}
		})
	}
	// The shortest meeting gets the smallest allowances, not a fortieth
	// of five minutes.
	c := NewConfig(MinLength, 2)
	if c.Welcome != 15*time.Second || c.RulesTime != 15*time.Second || c.Closing != 30*time.Second ||
		c.CheckIn != 15*time.Second || c.ShareFloor != 30*time.Second {
		t.Errorf("shortest defaults: %+v", c)
	}
	// A planned break from an hour and a half.
	for l, want := range map[time.Duration]time.Duration{89 * time.Minute: 0, 90 * time.Minute: 10 * time.Minute} {
		if got := NewConfig(l, 6).Break; got != want {
			t.Errorf("NewConfig(%v).Break = %v, want %v", l, got, want)
		}
	}
}

func TestRotationOfOneSeat(t *testing.T) {
	for held, want := range map[int]bool{0: false, 1: true, 2: false} {
		if start, reverse := Rotation(held, 1); start != 1 || reverse != want {
			t.Errorf("Rotation(%d, 1) = %d, %v; want 1, %v", held, start, reverse, want)
		}
	}
}

func TestTurnAtItsTimeIsNotOver(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing()
	d.wait(d.status().Turn.Left)
	if st := d.status(); st.Turn.Left != 0 || st.Turn.Over() {
		t.Fatalf("at its planned time: left %v, over %v", st.Turn.Left, st.Turn.Over())
	}
	d.wait(time.Second)
	if !d.status().Turn.Over() {
		t.Fatal("a second past its time the turn is not over")
	}
}

// Stopped exactly at its planned time, a turn did not end early.
func TestStopAtThePlannedTimeIsNotEarly(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing()
	d.wait(d.status().Turn.Left)
	d.do(Stop(d.now))
	l := d.m.Log()
	last := l.Turns[len(l.Turns)-1]
	if last.Kind != "share" || last.Early || last.Seconds != last.PlannedSeconds {
		t.Fatalf("the stopped share: %+v", last)
	}
}

// A pass at exactly PassGrace needs no confirmation; a second later it does.
func TestPassAtTheGrace(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing()
	d.wait(PassGrace)
	d.do(Pass(d.now, false))
	d.wait(PassGrace + time.Second)
	if err := d.m.Apply(Pass(d.now, false)); !errors.Is(err, ErrPassLate) {
		t.Fatalf("a pass after %v = %v, want ErrPassLate", PassGrace+time.Second, err)
	}
}

// The log of a meeting still running lasts up to its latest event.
func TestLogOfARunningMeeting(t *testing.T) {
	d := newDriver(t, cfg6())
	d.wait(2 * time.Minute)
	d.do(Advance(d.now, false))
	d.speak(50 * time.Second)
	if got := d.m.Log().ActualSeconds; got != 170 {
		t.Fatalf("ActualSeconds of a running meeting = %d, want 170", got)
	}
}

// Without a planned break none is offered, to take or to skip.
func TestNoPlannedBreak(t *testing.T) {
	c := cfg6()
	c.Break = 0
	d := newDriver(t, c)
	d.toSharing()
	for d.m.Phase() == PhaseSharing {
		st := d.status()
		if st.BreakDue || slices.Contains(st.Choices, ChooseSkipBreak) {
			t.Fatalf("seat %d: break due %v, choices %v", st.Turn.Seat, st.BreakDue, st.Choices)
		}
		d.onTime()
	}
}

// The planned break is due until PassGrace into the share that follows
// half the circle, and not a moment later.
func TestBreakDueUntilTheGrace(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing()
	for !d.status().BreakDue {
		d.onTime()
	}
	at := d.now.Add(PassGrace)
	if !d.m.Status(at).BreakDue || d.m.Status(at.Add(time.Nanosecond)).BreakDue {
		t.Fatalf("break due at %v: %v; a moment later: %v", PassGrace, d.m.Status(at).BreakDue, d.m.Status(at.Add(time.Nanosecond)).BreakDue)
	}
}

// While every step keeps its time, the share each is promised stays the
// same at every moment of the welcome, the check-ins and the rules.
func TestShareStaysPutWhileTheOpeningKeepsTime(t *testing.T) {
	c := cfg6()
	d := newDriver(t, c)
	want := d.status().ShareEach
	check := func(where string) {
		t.Helper()
		for _, f := range []time.Duration{0, 1, 2} {
			at := d.now
			switch {
			case d.m.InRound():
				at = at.Add(time.Duration(f) * d.status().Turn.Left / 2)
			case d.m.Phase() == PhaseOpening:
				at = at.Add(time.Duration(f) * c.Welcome / 2)
			default:
				at = at.Add(time.Duration(f) * c.RulesTime / 2)
			}
			if got := d.m.Status(at).ShareEach; got != want {
				t.Fatalf("%s, +%v: share %v, want %v", where, at.Sub(t0), got, want)
			}
		}
	}
	check("the welcome")
	d.wait(c.Welcome)
	d.do(Advance(d.now, false))
	for d.m.Phase() == PhaseOpening {
		check("a check-in")
		d.onTime()
	}
	for i := range c.Rules {
		d.do(Tick(d.now, i, true))
	}
	check("the rules")
}

// Reactions are made shorter down to ReactionFloor, and then no more.
func TestShorterReactionsStopAtTheFloor(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing()
	for slices.Contains(d.status().Choices, ChooseShorterReactions) {
		d.do(Choose(d.now, ChooseShorterReactions))
	}
	if got := d.status().Reaction; got != ReactionFloor {
		t.Fatalf("reactions stopped at %v, want %v", got, ReactionFloor)
	}
}

// The plain round chosen in the middle of the sharing takes the
// reactions still to come out of the round.
func TestPlainRoundChosenDuringTheSharing(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing()
	d.onTime() // the first share; its reactions follow
	d.do(Choose(d.now, ChoosePlainRound))
	if st := d.status(); st.Turn.Kind != KindReaction {
		t.Fatalf("the running reaction was cut: %+v", st.Turn)
	}
	d.onTime()
	for d.m.Phase() == PhaseSharing {
		if k := d.status().Turn.Kind; k != KindShare {
			t.Fatalf("a %v turn after the plain round was chosen", k)
		}
		d.onTime()
	}
}

// The open floor closes without a question the moment its time is used.
func TestOpenFloorClosesFreelyWhenItsTimeIsUsed(t *testing.T) {
	d := newDriver(t, cfgOpen())
	d.toOpenFloor()
	d.do(Floor(d.now, 1))
	d.wait(d.status().FloorLeft)
	if left := d.status().FloorLeft; left != 0 {
		t.Fatalf("floor left %v", left)
	}
	d.do(Advance(d.now, false))
	if d.m.Phase() != PhaseClosing {
		t.Fatalf("phase %v, want the closing", d.m.Phase())
	}
}

// A restart while a seat has the open floor: the time since the last
// event, when circle was down, is not that seat's talk time.
func TestOpenFloorRestartIsNoTalkTime(t *testing.T) {
	d := newDriver(t, cfgOpen())
	d.toOpenFloor()
	d.do(Floor(d.now, 2))
	d.wait(10 * time.Minute) // circle is down
	d.do(Restart(d.now))
	d.wait(time.Minute)
	if got := d.status().Tally; !slices.Equal(got, secs(0, 60)) {
		t.Fatalf("tally %v, want seat 2 with the minute after the restart", got)
	}
}

func TestSummaryShortestShare(t *testing.T) {
	l := Log{Turns: []LogTurn{
		{Kind: "share", Seconds: 300, PlannedSeconds: 600},
		{Kind: "share", Seconds: 5, Passed: true},
		{Kind: "share", Seconds: 200},
		{Kind: "share", Seconds: 400},
	}}
	s := Summarize(l)
	if s.ShareMin != 200*time.Second || s.ShareMax != 400*time.Second || s.Spoken != 3 {
		t.Fatalf("Summarize = %+v", s)
	}
}

// Advise finds the least whole minutes more, up to and with MaxLength.
func TestAdviseLooksFromTheNextMinuteToTheLast(t *testing.T) {
	short := func(c Config) Config { c.ShareFloor = time.Hour; return c }
	cfg := short(NewConfig(100*time.Minute, 6))
	at := func(fits func(time.Duration) bool) func(time.Duration) Config {
		return func(l time.Duration) Config {
			if fits(l) {
				return NewConfig(l, 6)
			}
			return short(NewConfig(l, 6))
		}
	}
	if a := Advise(cfg, at(func(l time.Duration) bool { return l != 100*time.Minute })); a.More != time.Minute {
		t.Errorf("fits at every other length: More = %v, want 1m", a.More)
	}
	if a := Advise(cfg, at(func(l time.Duration) bool { return l == MaxLength })); a.More != 20*time.Minute {
		t.Errorf("fits only at %v: More = %v, want 20m", MaxLength, a.More)
	}
}

// A rule past the checklist cannot be ticked.
func TestTickPastTheChecklist(t *testing.T) {
	d := newDriver(t, cfg6())
	d.wait(d.m.Config().Welcome)
	d.do(Advance(d.now, false))
	for d.m.Phase() == PhaseOpening {
		d.onTime()
	}
	for _, rule := range []int{-1, len(d.m.Config().Rules)} {
		if err := d.m.Apply(Tick(d.now, rule, true)); !errors.Is(err, ErrBadEvent) {
			t.Errorf("Tick(%d) = %v, want ErrBadEvent", rule, err)
		}
	}
}

// With no reaction left to come, shorter reactions and the plain round
// are no longer offered: during the circle's last reaction, for one.
func TestNoReactionChoicesAfterTheLastReaction(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing()
	for len(d.m.Upcoming()) > 0 {
		d.onTime()
	}
	st := d.status()
	if st.Turn.Kind != KindReaction {
		t.Fatalf("the last turn of the sharing is a %v", st.Turn.Kind)
	}
	if slices.Contains(st.Choices, ChoosePlainRound) || slices.Contains(st.Choices, ChooseShorterReactions) {
		t.Fatalf("choices during the last reaction: %v", st.Choices)
	}
}
