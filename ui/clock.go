package ui

import "time"

// Reading is one raw reading of the system clocks: the wall clock, and a
// monotonic clock counting from any fixed point.
type Reading func() (wall time.Time, mono time.Duration)

// realClock reads the system clocks. time.Since on a reading that carries
// Go's monotonic clock measures monotonic time only.
func realClock() Reading {
	base := time.Now()
	return func() (time.Time, time.Duration) {
		now := time.Now()
		return now.Round(0), now.Sub(base)
	}
}

// sleepGap is how much more the wall clock may move than the monotonic one
// between two readings before circle takes it as the laptop sleeping.
// Readings come at least once a minute, and clocks drift far less than this.
const sleepGap = 2 * time.Second

// meetingClock turns raw readings into the meeting's time.
//
// The rule, applied at every reading: compare the wall clock's advance
// since the last reading with the monotonic clock's.
//   - Go's monotonic clock stops while a Linux or macOS laptop sleeps
//     (golang/go#23178, #24595), and Windows has varied. The meeting goes on
//     in the room while the lid is shut, so when the wall clock moved more
//     than sleepGap further than the monotonic one, the wall clock's advance
//     is taken, and the sleep is reported so the facilitator is told.
//   - Otherwise the monotonic advance is taken: a wall clock stepped back
//     by NTP or set by hand never makes the meeting's time run backwards,
//     and small wall corrections never make a turn jump.
//
// Time never goes backwards: an advance is never negative. A time read back
// from disk has no monotonic part; the engine itself refuses to let an event
// happen before the one it follows.
type meetingClock struct {
	read     Reading
	started  bool
	lastWall time.Time
	lastMono time.Duration
	now      time.Time     // the meeting time of the last reading
	slept    time.Duration // sleep seen and not yet reported
}

func newMeetingClock(read Reading) *meetingClock { return &meetingClock{read: read} }

// Now returns the meeting's time.
func (c *meetingClock) Now() time.Time {
	wall, mono := c.read()
	if !c.started {
		c.started = true
		c.lastWall, c.lastMono, c.now = wall, mono, wall
		return c.now
	}
	wallGap, monoGap := wall.Sub(c.lastWall), mono-c.lastMono
	step := max(0, monoGap)
	if wallGap-step > sleepGap {
		c.slept += wallGap - step
		step = wallGap
	}
	c.lastWall, c.lastMono = wall, mono
	c.now = c.now.Add(step)
	return c.now
}

// Slept returns the sleep seen since it was last asked, and forgets it.
func (c *meetingClock) Slept() time.Duration {
	d := c.slept
	c.slept = 0
	return d
}
