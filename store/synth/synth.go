// Package synth makes realistic meetings for circle's data files: for the
// store's benchmarks and for `go run ./.ci/synth`. Every meeting is played
// through the session engine, event by event, as the UI would, so its log
// is one the app could have saved. It is deterministic for a seed.
//
// It imports only session, so the store's own tests can use it; the
// caller saves what it makes through the store's public API.
package synth

import (
	"fmt"
	"math/rand/v2"
	"time"

	"circle/session"
)

// Group is a group profile as the generator plans it; the caller creates
// it in the store and puts its id into the logs of its meetings.
type Group struct {
	Name    string
	Rules   []string // the group's own ground rules, as text
	Created string   // YYYY-MM-DD
}

// defaultRules are ids of circle's default ground rules, as meeting logs
// hold them for a group that kept the defaults.
var defaultRules = []string{
	"confidential", "one-voice", "own-experience", "no-advice", "may-pass",
	"behind-symptoms", "tell-absence", "two-hours", "rotate", "agree-changes",
}

// prompt ids by use, as the rules package names them.
var (
	checkinPrompts  = []string{"checkin-arrive", "checkin-week", "checkin-weather", "checkin-one-word"}
	reactionPrompts = []string{"reaction-recognise", "reaction-touched", "reaction-mirror"}
	checkoutPrompts = []string{"checkout-take", "checkout-thanks", "checkout-next"}
)

// Groups returns n group profiles. Every third group wrote rules of its
// own; the others kept circle's.
func Groups(n int, first time.Time) []Group {
	gs := make([]Group, n)
	for i := range gs {
		gs[i] = Group{
			Name:    fmt.Sprintf("Group %02d", i+1),
			Created: first.AddDate(0, 0, i).Format(time.DateOnly),
		}
		if i%3 == 2 {
			gs[i].Rules = []string{
				"What is said here stays here.",
				"One voice at a time.",
				"Speak from your own experience.",
				"Anyone may pass.",
			}
		}
	}
	return gs
}

// Meeting is one generated meeting: its group (an index into Groups), the
// events as they happened and the log the engine made of them.
type Meeting struct {
	Group  int
	Events []session.Event
	Log    session.Log
}

// Meetings makes n meetings of groups groups, in date order: each group
// meets once a week on its own weekday from first, so n meetings of 20
// groups span n/20 weeks. f is called with each; an error from it stops.
func Meetings(n, groups int, first time.Time, seed uint64, f func(Meeting) error) error {
	if groups < 1 {
		return fmt.Errorf("synth: %d groups", groups)
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	for i := range n {
		g := i % groups
		week := i / groups
		day := first.AddDate(0, 0, 7*week+g%7)
		at := time.Date(day.Year(), day.Month(), day.Day(), 17+g%3, 30*(g%2), 0, 0, time.UTC)
		m, err := One(r, at, g)
		if err != nil {
			return fmt.Errorf("synth: meeting %d: %w", i+1, err)
		}
		if err := f(m); err != nil {
			return err
		}
	}
	return nil
}

// Circle8 is an eight-person circle of sharing as the benchmarks size it:
// a check-in, eight sharing turns each with its reaction round of seven,
// and a check-out: 80 turns. Some pass, some run over.
func Circle8(seed uint64, at time.Time) (Meeting, error) {
	r := rand.New(rand.NewPCG(seed, seed+1))
	cfg := session.NewConfig(120*time.Minute, 8)
	cfg.Rules = defaultRules
	cfg.Prompts = []string{checkinPrompts[0], reactionPrompts[0], checkoutPrompts[0]}
	return play(r, at, 0, cfg, false)
}

// One plays one meeting of group g beginning at at, with r choosing
// everything a real group would: how many came, the format, who passes,
// who runs over, breaks.
func One(r *rand.Rand, at time.Time, g int) (Meeting, error) {
	seats := 4 + r.IntN(10) // 4 to 13
	length := []time.Duration{90, 120, 120, 120}[r.IntN(4)] * time.Minute
	cfg := session.NewConfig(length, seats)
	cfg.Facilitator = 1 + r.IntN(seats)
	cfg.SentWord = r.IntN(3)
	switch x := r.IntN(10); {
	case x < 7:
		cfg.Format = session.FormatCircle
	case x < 9:
		cfg.Format = session.FormatPlain
		cfg.Start, cfg.Reverse = session.Rotation(r.IntN(50), seats)
	default:
		cfg.Format = session.FormatOpen
	}
	if g%3 == 2 {
		cfg.Rules = []string{"own-1", "own-2", "own-3", "own-4"}
	} else {
		cfg.Rules = defaultRules[:6+r.IntN(5)]
	}
	cfg.Prompts = []string{
		checkinPrompts[r.IntN(len(checkinPrompts))],
		reactionPrompts[r.IntN(len(reactionPrompts))],
		checkoutPrompts[r.IntN(len(checkoutPrompts))],
	}
	return play(r, at, g, cfg, true)
}

// play drives the engine through a whole meeting.
func play(r *rand.Rand, at time.Time, g int, cfg session.Config, varied bool) (Meeting, error) {
	m := new(session.Meeting)
	now := at
	var events []session.Event
	var err error
	do := func(e session.Event) {
		if err != nil {
			return
		}
		if err = m.Apply(e); err != nil {
			err = fmt.Errorf("%s at +%v: %w", e.Kind, e.At.Sub(at), err)
			return
		}
		events = append(events, e)
	}
	wait := func(d time.Duration) { now = now.Add(d.Truncate(time.Second)) }
	chance := func(p float64) bool { return varied && r.Float64() < p }
	// turn ends the running turn after about its planned time: a pass
	// now and then, an overrun now and then.
	turn := func() {
		st := m.Status(now)
		planned := st.Turn.Planned
		switch {
		case chance(0.08) || (!varied && st.Turn.Kind == session.KindReaction && st.Turn.Seat == 2):
			wait(time.Duration(2+r.IntN(8)) * time.Second)
			do(session.Pass(now, false))
		case chance(0.2) || (!varied && st.Turn.Seat == 5):
			wait(planned + time.Duration(5+r.IntN(90))*time.Second)
			do(session.End(now, false))
		default:
			wait(planned * time.Duration(60+r.IntN(40)) / 100)
			do(session.End(now, true))
		}
	}

	do(session.Begin(now, cfg))
	wait(cfg.Welcome)
	do(session.Advance(now, false))
	for err == nil && m.Phase() == session.PhaseOpening {
		turn()
	}
	for i := range cfg.Rules {
		wait(time.Duration(4+r.IntN(6)) * time.Second)
		do(session.Tick(now, i, true))
	}
	if chance(0.1) {
		do(session.Tick(now, len(cfg.Rules)-1, false))
	}
	do(session.Advance(now, true))
	if cfg.Format == session.FormatOpen {
		seat := 0
		for k := 0; err == nil && m.Status(now).Left > time.Duration(cfg.Seats)*cfg.CheckOut+cfg.Closing+5*time.Minute; k++ {
			next := 1 + r.IntN(cfg.Seats)
			if next == seat {
				next = next%cfg.Seats + 1
			}
			seat = next
			do(session.Floor(now, seat))
			wait(time.Duration(60+r.IntN(300)) * time.Second)
			if k == 3 && chance(0.5) {
				do(session.Remind(now, r.IntN(len(cfg.Rules))))
			}
		}
		do(session.Advance(now, true))
	} else {
		do(session.Advance(now, false))
		for i := 0; err == nil && m.Phase() == session.PhaseSharing; i++ {
			st := m.Status(now)
			if st.BreakDue {
				do(session.Break(now))
				wait(cfg.Break + time.Duration(r.IntN(120))*time.Second)
				do(session.Resume(now))
				continue
			}
			if !st.Fits() && len(st.Choices) > 0 {
				do(session.Choose(now, st.Choices[0]))
				continue
			}
			if i == 20 && chance(0.2) {
				do(session.Remind(now, r.IntN(len(cfg.Rules))))
			}
			turn()
		}
	}
	if err == nil && m.Phase() == session.PhaseClosing {
		do(session.Advance(now, false))
	}
	for err == nil && m.Phase() == session.PhaseClosing {
		turn()
	}
	wait(time.Minute)
	if chance(0.05) {
		do(session.Stop(now))
	} else {
		do(session.Handover(now, !chance(0.1)))
	}
	if err != nil {
		return Meeting{}, err
	}
	l := m.Log()
	return Meeting{Group: g, Events: events, Log: l}, nil
}

// Fill makes groups groups and meetings meetings of them, as Meetings
// does, and hands them to the caller's store: create makes a group and
// returns its id, save saves a batch of logs (in one transaction, for
// speed). It is for the benchmarks outside the store, which fill a file
// at a centre's scale the way .ci/synth does.
func Fill(meetings, groups int, first time.Time, seed uint64, create func(Group) (uint64, error), save func([]session.Log) error) error {
	ids := make([]uint64, groups)
	for i, g := range Groups(groups, first.AddDate(0, 0, -7)) {
		id, err := create(g)
		if err != nil {
			return err
		}
		ids[i] = id
	}
	var batch []session.Log
	flush := func() error {
		err := save(batch)
		batch = batch[:0]
		return err
	}
	err := Meetings(meetings, groups, first, seed, func(m Meeting) error {
		m.Log.Group = ids[m.Group]
		if batch = append(batch, m.Log); len(batch) == 500 {
			return flush()
		}
		return nil
	})
	if err == nil && len(batch) > 0 {
		err = flush()
	}
	return err
}
