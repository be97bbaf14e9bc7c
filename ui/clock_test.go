package ui

import (
	"testing"
	"time"
)

// fakeReading is a pair of system clocks that tests move by hand.
type fakeReading struct {
	wall time.Time
	mono time.Duration
}

func (f *fakeReading) read() (time.Time, time.Duration) { return f.wall, f.mono }

// pass lets d go by on both clocks.
func (f *fakeReading) pass(d time.Duration) { f.wall, f.mono = f.wall.Add(d), f.mono+d }

// sleep lets d go by on the wall clock only, as a laptop asleep.
func (f *fakeReading) sleep(d time.Duration) { f.wall = f.wall.Add(d) }

// step moves the wall clock alone, as NTP or a hand on the settings.
func (f *fakeReading) step(d time.Duration) { f.wall = f.wall.Add(d) }

func TestMeetingClock(t *testing.T) {
	t0 := time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		do    func(f *fakeReading)
		want  time.Duration // meeting time passed
		slept time.Duration
	}{
		{"plain seconds", func(f *fakeReading) { f.pass(5 * time.Second) }, 5 * time.Second, 0},
		{"ten minutes asleep count", func(f *fakeReading) { f.pass(time.Second); f.sleep(10 * time.Minute) }, 10*time.Minute + time.Second, 10 * time.Minute},
		{"wall clock set back an hour", func(f *fakeReading) { f.pass(time.Second); f.step(-time.Hour) }, time.Second, 0},
		{"wall clock set back, then time passes", func(f *fakeReading) { f.step(-time.Hour); f.pass(30 * time.Second) }, 30 * time.Second, 0},
		{"a small wall correction is ignored", func(f *fakeReading) { f.pass(time.Second); f.step(1500 * time.Millisecond) }, time.Second, 0},
		{"a forward step past the gap counts as sleep", func(f *fakeReading) { f.step(5 * time.Minute) }, 5 * time.Minute, 5 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &fakeReading{wall: t0, mono: time.Hour}
			c := newMeetingClock(f.read)
			start := c.Now()
			tt.do(f)
			got := c.Now()
			if d := got.Sub(start); d != tt.want {
				t.Fatalf("meeting time passed %v, want %v", d, tt.want)
			}
			if s := c.Slept(); s != tt.slept {
				t.Fatalf("slept %v, want %v", s, tt.slept)
			}
			if s := c.Slept(); s != 0 {
				t.Fatalf("sleep reported twice: %v", s)
			}
			if again := c.Now(); again.Before(got) {
				t.Fatalf("time ran backwards: %v then %v", got, again)
			}
		})
	}
}

func TestMeetingClockNeverRunsBackwards(t *testing.T) {
	f := &fakeReading{wall: time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)}
	c := newMeetingClock(f.read)
	prev := c.Now()
	for i, d := range []time.Duration{time.Second, -time.Hour, 3 * time.Second, -time.Minute, 10 * time.Minute, -24 * time.Hour} {
		if d > 0 {
			f.pass(d)
		} else {
			f.step(d)
		}
		now := c.Now()
		if now.Before(prev) {
			t.Fatalf("step %d: %v before %v", i, now, prev)
		}
		prev = now
	}
}
