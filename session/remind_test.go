package session_test

import (
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"

	. "circle/session"
)

func TestReminderTouchesNoClock(t *testing.T) {
	tests := []struct {
		name  string
		cfg   Config
		setup func(d *driver)
	}{
		{"during a share", cfg6(), func(d *driver) { d.toSharing(); d.wait(3 * time.Minute) }},
		{"during an overrun", cfg6(), func(d *driver) { d.toSharing(); d.wait(15 * time.Minute) }},
		{"during a check-in", cfg6(), func(d *driver) { d.do(Advance(d.now, false)); d.wait(20 * time.Second) }},
		{"during the welcome", cfg6(), func(d *driver) { d.wait(time.Minute) }},
		{"in the open floor", cfgOpen(), func(d *driver) { d.toOpenFloor(); d.do(Floor(d.now, 4)); d.wait(2 * time.Minute) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, tt.cfg)
			tt.setup(d)
			twin, err := Replay(d.events) // the same meeting, never reminded
			if err != nil {
				t.Fatal(err)
			}
			before := d.status()
			if before.Reminder != -1 {
				t.Fatalf("reminder %d before any was shown", before.Reminder)
			}
			d.do(Remind(d.now, 1))
			after := d.status()
			if after.Reminder != 1 {
				t.Fatalf("reminder %d, want rule 1", after.Reminder)
			}
			after.Reminder = before.Reminder
			if !reflect.DeepEqual(before, after) {
				t.Fatalf("the reminder changed the meeting:\n%+v\n%+v", before, after)
			}
			for _, dt := range []time.Duration{time.Second, 90 * time.Second, 40 * time.Minute} {
				a, b := d.m.Status(d.now.Add(dt)), twin.Status(d.now.Add(dt))
				a.Reminder = b.Reminder
				if !reflect.DeepEqual(a, b) {
					t.Fatalf("%v later the reminded meeting differs:\n%+v\n%+v", dt, a, b)
				}
			}
			// The turns after it are planned and recorded the same.
			d.wait(time.Minute)
			if d.status().Round {
				d.do(End(d.now, true))
				if err := twin.Apply(End(d.now, true)); err != nil {
					t.Fatal(err)
				}
			}
			a, b := d.m.Status(d.now), twin.Status(d.now)
			a.Reminder = b.Reminder
			if !reflect.DeepEqual(a, b) || !slices.Equal(d.m.Turns(), twin.Turns()) {
				t.Fatalf("after the turn the reminded meeting differs:\n%+v\n%+v", a, b)
			}
			la, lb := d.m.Log(), twin.Log()
			if want := []string{"one-voice"}; !slices.Equal(la.Reminders, want) {
				t.Fatalf("log reminders %v, want %v", la.Reminders, want)
			}
			la.Reminders = nil
			if !reflect.DeepEqual(la, lb) {
				t.Fatalf("logs differ beyond the reminders:\n%+v\n%+v", la, lb)
			}
		})
	}
}

func TestReminderStaysUntilTheNextEvent(t *testing.T) {
	remind := func(rule int) step { return func(d *driver) { d.do(Remind(d.now, rule)) } }
	tests := []struct {
		name  string
		cfg   Config
		steps []step
		want  int      // Status.Reminder after the steps
		log   []string // Log.Reminders
	}{
		{"shown", cfg6(), []step{remind(2)}, 2, []string{"own-experience"}},
		{"time passing does not clear it", cfg6(), []step{remind(2), wait(30 * time.Minute)}, 2, []string{"own-experience"}},
		{"a negative rule clears it", cfg6(), []step{remind(2), remind(-1)}, -1, []string{"own-experience"}},
		{"clearing nothing is fine", cfg6(), []step{remind(-1)}, -1, nil},
		{"another rule replaces it", cfg6(), []step{remind(2), remind(0)}, 0, []string{"own-experience", "confidentiality"}},
		{"the same rule again is not a new reminder", cfg6(), []step{remind(2), remind(2)}, 2, []string{"own-experience"}},
		{"the next turn clears it", cfg6(), []step{func(d *driver) { d.do(Advance(d.now, false)) }, remind(1), func(d *driver) { d.do(Pass(d.now, false)) }},
			-1, []string{"one-voice"}},
		{"and shown again later, it is logged again", cfg6(),
			[]step{func(d *driver) { d.do(Advance(d.now, false)) }, remind(1), func(d *driver) { d.do(Pass(d.now, false)) }, remind(1)},
			1, []string{"one-voice", "one-voice"}},
		{"a refused event does not clear it", cfg6(), []step{func(d *driver) { d.do(Advance(d.now, false)) }, remind(1), func(d *driver) {
			if err := d.m.Apply(End(d.now, false)); !errors.Is(err, ErrEndEarly) {
				d.t.Fatalf("End = %v", err)
			}
		}}, 1, []string{"one-voice"}},
		{"a break clears it", cfg6(), []step{remind(0), startBreak()}, -1, []string{"confidentiality"}},
		{"a new speaker on the open floor clears it", cfgOpen(), []step{func(d *driver) { d.toOpenFloor() }, give(2), remind(1), give(3)},
			-1, []string{"one-voice"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, tt.cfg)
			for _, s := range tt.steps {
				s(d)
			}
			if got := d.status().Reminder; got != tt.want {
				t.Fatalf("reminder %d, want %d", got, tt.want)
			}
			if got := d.m.Log().Reminders; !slices.Equal(got, tt.log) {
				t.Fatalf("log reminders %v, want %v", got, tt.log)
			}
		})
	}
	t.Run("ticking a rule takes the reminder off", func(t *testing.T) {
		d := newDriver(t, cfg6())
		d.do(Advance(d.now, false))
		for d.m.Phase() == PhaseOpening {
			d.onTime()
		}
		d.do(Remind(d.now, 1))
		d.do(Tick(d.now, 0, true))
		if got := d.status().Reminder; got != -1 {
			t.Fatalf("reminder %d after a tick", got)
		}
	})
}

func TestReminderRefusals(t *testing.T) {
	if err := new(Meeting).Apply(Remind(t0, 0)); !errors.Is(err, ErrNotNow) {
		t.Errorf("before the meeting: %v", err)
	}
	if st := new(Meeting).Status(t0); st.Reminder != -1 {
		t.Errorf("a meeting not begun shows reminder %d", st.Reminder)
	}
	d := newDriver(t, cfg6())
	if err := d.m.Apply(Remind(d.now, 3)); !errors.Is(err, ErrBadEvent) {
		t.Errorf("rule 3 of 3: %v", err)
	}
	d.do(Break(d.now))
	if err := d.m.Apply(Remind(d.now, 0)); !errors.Is(err, ErrOnBreak) {
		t.Errorf("on a break: %v", err)
	}
	d.do(Stop(d.now))
	if err := d.m.Apply(Remind(d.now, 0)); !errors.Is(err, ErrNotNow) {
		t.Errorf("after the meeting: %v", err)
	}
	c := cfg6()
	c.Rules = nil
	d = newDriver(t, c)
	if err := d.m.Apply(Remind(d.now, 0)); !errors.Is(err, ErrBadEvent) {
		t.Errorf("with no rules: %v", err)
	}
}
