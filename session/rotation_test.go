package session_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	. "circle/session"
)

// rounds runs a whole meeting as planned and returns the seats of its
// check-in, sharing and check-out turns, in the order they spoke.
func rounds(t *testing.T, c Config, edit func(d *driver)) (checkin, share, checkout []int) {
	t.Helper()
	d := newDriver(t, c)
	if edit != nil {
		edit(d)
	}
	d.toSharing()
	for d.m.Phase() == PhaseSharing {
		if st := d.status(); st.Turn.Kind == KindShare {
			share = append(share, st.Turn.Seat)
		}
		d.onTime()
	}
	d.do(Advance(d.now, false))
	for d.m.Phase() == PhaseClosing {
		d.onTime()
	}
	for _, turn := range d.m.Turns() {
		switch turn.Kind {
		case KindCheckIn:
			checkin = append(checkin, turn.Seat)
		case KindCheckOut:
			checkout = append(checkout, turn.Seat)
		}
	}
	return checkin, share, checkout
}

func TestPlainRoundStartAndDirection(t *testing.T) {
	tests := []struct {
		name        string
		format      Format
		facilitator int
		start       int
		reverse     bool
		plainLater  bool // the plain round is chosen after the meeting began
		share       []int
	}{
		{"today's order: after the facilitator", FormatPlain, 1, 0, false, false, []int{2, 3, 4, 5, 1}},
		{"start at seat 3", FormatPlain, 1, 3, false, false, []int{3, 4, 5, 1, 2}},
		{"start at the facilitator", FormatPlain, 1, 1, false, false, []int{1, 2, 3, 4, 5}},
		{"the other way: the facilitator still shares last", FormatPlain, 1, 0, true, false, []int{5, 4, 3, 2, 1}},
		{"the other way from seat 2", FormatPlain, 1, 2, true, false, []int{2, 1, 5, 4, 3}},
		{"the other way, facilitator 3", FormatPlain, 3, 0, true, false, []int{2, 1, 5, 4, 3}},
		{"start at the last seat, facilitator 4", FormatPlain, 4, 5, false, false, []int{5, 1, 2, 3, 4}},
		{"a circle of sharing keeps circle order", FormatCircle, 1, 3, true, false, []int{2, 3, 4, 5, 1}},
		{"a plain round chosen later keeps circle order", FormatCircle, 1, 3, true, true, []int{2, 3, 4, 5, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewConfig(120*time.Minute, 5)
			c.Format, c.Facilitator, c.Start, c.Reverse = tt.format, tt.facilitator, tt.start, tt.reverse
			var edit func(*driver)
			if tt.plainLater {
				edit = func(d *driver) { d.do(Choose(d.now, ChoosePlainRound)) }
			}
			checkin, share, checkout := rounds(t, c, edit)
			if !slices.Equal(share, tt.share) {
				t.Fatalf("sharing order %v, want %v", share, tt.share)
			}
			// The check-in and check-out open after the facilitator and
			// close with them, whatever the sharing does.
			var begun Meeting
			if err := begun.Apply(Begin(t0, c)); err != nil {
				t.Fatal(err)
			}
			after := begun.Order(c.Facilitator%c.Seats + 1)
			if !slices.Equal(checkin, after) || !slices.Equal(checkout, after) {
				t.Fatalf("check-in %v, check-out %v, want both %v", checkin, checkout, after)
			}
		})
	}
}

func TestStartSeatIsValidated(t *testing.T) {
	for _, tt := range []struct {
		start int
		want  error
	}{{-1, ErrStart}, {0, nil}, {6, nil}, {7, ErrStart}} {
		c := NewConfig(60*time.Minute, 6)
		c.Format, c.Start = FormatPlain, tt.start
		if err := c.Validate(); !errors.Is(err, tt.want) {
			t.Errorf("start %d: Validate() = %v, want %v", tt.start, err, tt.want)
		}
	}
	c := NewConfig(60*time.Minute, 6)
	c.Format = FormatOpen + 1
	if err := c.Validate(); !errors.Is(err, ErrFormat) {
		t.Errorf("unknown format: Validate() = %v, want ErrFormat", err)
	}
}

func TestRotation(t *testing.T) {
	type sr struct {
		start   int
		reverse bool
	}
	tests := []struct {
		seats int
		want  []sr // for meetings held 0, 1, 2, ...
	}{
		{6, []sr{{1, false}, {2, true}, {3, false}, {4, true}, {5, false}, {6, true}, {1, false}}},
		{5, []sr{{1, false}, {2, true}, {3, false}, {4, true}, {5, false}, {1, true}, {2, false}}},
		{2, []sr{{1, false}, {2, true}, {1, false}}},
	}
	for _, tt := range tests {
		var got []sr
		for held := range tt.want {
			s, r := Rotation(held, tt.seats)
			got = append(got, sr{s, r})
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%d seats: %v, want %v", tt.seats, got, tt.want)
		}
	}
	if s, r := Rotation(3, 0); s != 0 || r {
		t.Errorf("no seats: %d %v, want today's order", s, r)
	}
	if s, r := Rotation(-1, 6); s != 6 || !r {
		t.Errorf("a negative count: %d %v, want 6 true", s, r)
	}

	t.Run("six meetings of a plain round", func(t *testing.T) {
		// Each seat shares first once, and the direction alternates.
		var firsts []int
		for held := range 6 {
			c := NewConfig(60*time.Minute, 6)
			c.Format = FormatPlain
			c.Start, c.Reverse = Rotation(held, c.Seats)
			if err := c.Validate(); err != nil {
				t.Fatal(err)
			}
			_, share, _ := rounds(t, c, nil)
			firsts = append(firsts, share[0])
			if dir := (share[1]-share[0]+c.Seats)%c.Seats == 1; dir == c.Reverse {
				t.Fatalf("meeting %d: order %v, reverse %v", held, share, c.Reverse)
			}
		}
		if want := []int{1, 2, 3, 4, 5, 6}; !slices.Equal(firsts, want) {
			t.Fatalf("first to share over six meetings %v, want %v", firsts, want)
		}
	})
}
