package session_test

import (
	"testing"
	"time"

	. "circle/session"
)

func TestFormatNamed(t *testing.T) {
	for _, f := range []Format{FormatCircle, FormatPlain, FormatOpen} {
		if got := FormatNamed(f.String()); got != f {
			t.Errorf("FormatNamed(%q) = %v", f.String(), got)
		}
	}
	if got := FormatNamed(""); got != FormatCircle {
		t.Errorf("FormatNamed(\"\") = %v, want the circle of sharing", got)
	}
}

func TestAdvise(t *testing.T) {
	build := func(seats int, format Format) func(time.Duration) Config {
		return func(l time.Duration) Config {
			c := NewConfig(l, seats)
			c.Format = format
			return c
		}
	}
	tests := []struct {
		name   string
		length time.Duration
		seats  int
		format Format
		// wantMore: the advice has minutes more; wantPlain: a plain
		// round; short: the plan does not fit at all.
		short, wantMore, wantPlain bool
	}{
		{"six at two hours fits", 120 * time.Minute, 6, FormatCircle, false, false, false},
		{"eight in 20 minutes: longer, or plain", 20 * time.Minute, 8, FormatCircle, true, true, true},
		{"ten in ten minutes: nothing but fewer people", 10 * time.Minute, 10, FormatCircle, true, false, false},
		{"ten in an hour: no length fits, a plain round does", 60 * time.Minute, 10, FormatCircle, true, false, true},
		{"twenty at five minutes: only a longer plain round", 5 * time.Minute, 20, FormatPlain, true, true, false},
		{"the open floor is not offered a plain round", 5 * time.Minute, 20, FormatOpen, true, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := build(tt.seats, tt.format)
			a := Advise(at(tt.length), at)
			if (a.Short > 0) != tt.short || (a.More > 0) != tt.wantMore || a.Plain != tt.wantPlain {
				t.Fatalf("Advise = %+v; want short %v, more %v, plain %v", a, tt.short, tt.wantMore, tt.wantPlain)
			}
			if a.More == 0 {
				return
			}
			// The minutes more are the least that make it fit.
			if s, _ := Plan(at(tt.length + a.More)); !s.Fits() {
				t.Errorf("%v more still does not fit", a.More)
			}
			if s, _ := Plan(at(tt.length + a.More - time.Minute)); s.Fits() {
				t.Errorf("%v more is more than needed", a.More)
			}
			if a.More%time.Minute != 0 || tt.length+a.More > MaxLength {
				t.Errorf("More %v is not whole minutes within the longest meeting", a.More)
			}
		})
	}
}

// The plan on screen before a share is the plan the share starts with, to
// the second, also when turns end at odd fractions of a second: what the
// facilitator reads out ("about 14 minutes each") is what the timer gives.
func TestShareShownIsShareGiven(t *testing.T) {
	for _, format := range []Format{FormatCircle, FormatPlain} {
		t.Run(format.String(), func(t *testing.T) {
			c := cfg6()
			c.Format = format
			d := newDriver(t, c)
			d.wait(c.Welcome + 370*time.Millisecond)
			d.do(Advance(d.now, false))
			for d.m.Phase() == PhaseOpening {
				d.speak(d.status().Turn.Left + 130*time.Millisecond)
			}
			d.do(Advance(d.now, true)) // past the rules, unticked
			d.wait(1700 * time.Millisecond)
			shown := d.status().ShareEach
			d.do(Advance(d.now, false))
			shares := 0
			for d.m.Phase() == PhaseSharing {
				st := d.status()
				if st.Turn.Kind == KindShare {
					shares++
					if st.Turn.Planned != shown || st.Turn.Planned%time.Second != 0 {
						t.Fatalf("share %d (seat %d) starts with %v; the screen said %v before it", shares, st.Turn.Seat, st.Turn.Planned, shown)
					}
				}
				// Over time by a fraction, so that nothing flows back.
				d.wait(st.Turn.Left + 290*time.Millisecond)
				shown = d.status().ShareEach
				d.do(End(d.now, true))
			}
			if shares != c.Seats {
				t.Fatalf("%d shares, want %d", shares, c.Seats)
			}
		})
	}
}
