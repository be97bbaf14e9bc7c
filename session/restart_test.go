package session_test

import (
	"testing"
	"time"

	. "circle/session"
)

func TestRestartIsAnInterruptionOfNoTurn(t *testing.T) {
	tests := []struct {
		name  string
		setup func(d *driver)
		// after the restart, what the running turn has spoken
		wantElapsed time.Duration
	}{
		{"in a sharing turn", func(d *driver) {
			d.toSharing()
			d.wait(2 * time.Minute)
			d.do(Remind(d.now, 0)) // touches no clock: the last event stays the start
			d.wait(time.Minute)
			d.do(Choose(d.now, ChooseSkipBreak))
		}, 3 * time.Minute},
		{"on a break", func(d *driver) {
			d.toSharing()
			d.wait(time.Minute)
			d.do(Break(d.now))
		}, time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, cfg6())
			tt.setup(d)
			before := d.status()
			d.wait(7 * time.Minute) // circle is down
			d.do(Restart(d.now))
			st := d.status()
			if st.Turn.Elapsed != tt.wantElapsed || st.Turn.Seat != before.Turn.Seat {
				t.Errorf("after the restart the turn of seat %d has %v, want seat %d with %v",
					st.Turn.Seat, st.Turn.Elapsed, before.Turn.Seat, tt.wantElapsed)
			}
			if st.Elapsed != before.Elapsed+7*time.Minute {
				t.Errorf("meeting time %v, want %v: an interruption still spends it", st.Elapsed, before.Elapsed+7*time.Minute)
			}
			if st.OnBreak {
				d.wait(time.Minute)
				d.do(Resume(d.now))
			}
			d.wait(30 * time.Second)
			d.do(End(d.now, true))
			l := d.m.Log()
			if l.Interruptions != 1 || l.InterruptedSeconds != 420 {
				t.Errorf("log: %d interruptions, %d s; want 1, 420", l.Interruptions, l.InterruptedSeconds)
			}
			share := l.Turns[len(l.Turns)-1]
			if share.Kind != "share" || share.Seconds != int((tt.wantElapsed+30*time.Second)/time.Second) || share.OvertimeSeconds != 0 {
				t.Errorf("the turn was logged as %+v", share)
			}
			// The same events give the same meeting.
			r, err := Replay(d.events)
			if err != nil {
				t.Fatal(err)
			}
			if got := r.Log(); got.Interruptions != 1 || got.InterruptedSeconds != 420 {
				t.Errorf("replayed log: %d, %d", got.Interruptions, got.InterruptedSeconds)
			}
		})
	}
}

func TestRestartCountsEachInterruption(t *testing.T) {
	d := newDriver(t, cfg6())
	d.toSharing()
	for _, down := range []time.Duration{90 * time.Second, 10 * time.Minute} {
		d.wait(down)
		d.do(Restart(d.now))
	}
	d.wait(5 * time.Second)
	d.do(Stop(d.now))
	if l := d.m.Log(); l.Interruptions != 2 || l.InterruptedSeconds != 690 {
		t.Errorf("log: %d interruptions, %d s; want 2, 690", l.Interruptions, l.InterruptedSeconds)
	}
	if err := d.m.Apply(Restart(d.now)); err != ErrNotNow {
		t.Errorf("a restart of a finished meeting = %v, want ErrNotNow", err)
	}
}
