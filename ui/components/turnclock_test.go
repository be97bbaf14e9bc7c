package components

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"circle/ui/catalog"
	"circle/ui/common"
)

// The turn clock at the edges of its time: its last second is not over,
// a part second spoken is not yet a second gone, and over is "time" and
// the overtime, with the planned while it fits.
func TestTurnClockAtItsEdges(t *testing.T) {
	c := common.NewContext(catalog.English, false, termenv.Ascii)
	tests := []struct {
		name             string
		elapsed, planned time.Duration
		over             bool
		left, digits     string
		head             string
	}{
		{"start", 0, 3 * time.Minute, false, "3:00", "3:00 left of 3:00", "3:00 left"},
		{"part second", 1500 * time.Millisecond, 3 * time.Minute, false, "2:59", "2:59 left of 3:00", "2:59 left"},
		{"at its time", 3 * time.Minute, 3 * time.Minute, false, "0:00", "0:00 left of 3:00", "0:00 left"},
		{"just over", 3*time.Minute + time.Second, 3 * time.Minute, true, "", "TIME · 0:01 over · planned 3:00", "TIME · 0:01 over"},
		{"long over", 5*time.Minute + 30*time.Second, 3 * time.Minute, true, "", "TIME · 2:30 over · planned 3:00", "TIME · 2:30 over"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tc := TurnClock{Elapsed: tt.elapsed, Planned: tt.planned}
			if tc.Over() != tt.over {
				t.Errorf("Over = %v, want %v", tc.Over(), tt.over)
			}
			if !tt.over && tc.Left() != tt.left {
				t.Errorf("Left = %q, want %q", tc.Left(), tt.left)
			}
			if got := strings.TrimSpace(tc.Digits(c, 80)); got != tt.digits {
				t.Errorf("Digits = %q, want %q", got, tt.digits)
			}
			if got := tc.Head(c); got != tt.head {
				t.Errorf("Head = %q, want %q", got, tt.head)
			}
		})
	}
	// Narrow, the overtime keeps "time" and drops the planned.
	tc := TurnClock{Elapsed: 4 * time.Minute, Planned: 3 * time.Minute}
	if got := strings.TrimSpace(tc.Digits(c, 20)); got != "TIME · 1:00 over" {
		t.Errorf("narrow Digits = %q", got)
	}
	if got := tc.OverText(c); got != "TIME · 1:00 over" {
		t.Errorf("OverText = %q", got)
	}
}

// The bar fills as the time goes, is full once over, and is centred.
func TestTurnClockBar(t *testing.T) {
	c := common.NewContext(catalog.English, false, termenv.Ascii)
	half := TurnClock{Elapsed: time.Minute, Planned: 2 * time.Minute}.Bar(c, 40)
	over := TurnClock{Elapsed: 3 * time.Minute, Planned: 2 * time.Minute}.Bar(c, 40)
	none := TurnClock{Planned: 2 * time.Minute}.Bar(c, 40)
	if ansi.StringWidth(half) != 36 || !strings.HasPrefix(half, "    ") {
		t.Errorf("bar of 40 cells not 32 wide and centred: %q", half)
	}
	full := strings.Count(strings.TrimSpace(over), string(c.Bar.Full))
	if got := strings.Count(half, string(c.Bar.Full)); got != full/2 {
		t.Errorf("half a turn fills %d of %d", got, full)
	}
	if strings.Count(none, string(c.Bar.Full)) != 0 || full != 32 {
		t.Errorf("empty bar %q, full bar %q", none, over)
	}
	if zero := (TurnClock{Elapsed: time.Second}).Bar(c, 40); strings.Count(zero, string(c.Bar.Full)) != 32 {
		t.Errorf("a turn of no time is not full: %q", zero)
	}
}

// The block digits are the largest that fit, centred; "+" and the
// overtime once over; one line when no block digit fits.
func TestTurnClockBig(t *testing.T) {
	c := common.NewContext(catalog.English, false, termenv.Ascii)
	tc := TurnClock{Elapsed: 30 * time.Second, Planned: 3 * time.Minute}
	lines, fitted := tc.Big(c, 80, 12)
	// "2:30": 3+1+3+3 cells and 3 gaps, 13 at scale 1; 78/13 = 6, 12/5 = 2.
	if !fitted || len(lines) != 10 {
		t.Fatalf("fitted %v, %d lines, want 10", fitted, len(lines))
	}
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > 80 || w != (80-26)/2+26 {
			t.Errorf("line %d cells: %q", w, l)
		}
	}
	if lines[0] != strings.Repeat(" ", 27)+"██████      ██████  ██████" {
		t.Errorf("first row of 2:30 at scale 2: %q", lines[0])
	}
	over := TurnClock{Elapsed: 4 * time.Minute, Planned: 3 * time.Minute}
	big, _ := over.Big(c, 80, 5)
	plus, _ := BigText(c, "+1:00", c.Styles.Over, 80, 5)
	if strings.Join(big, "\n") != strings.Join(plus, "\n") || len(big) != 5 {
		t.Errorf("over is not +1:00 in block digits:\n%s", strings.Join(big, "\n"))
	}
	small, fitted := tc.Big(c, 14, 4)
	if fitted || len(small) != 1 || strings.TrimSpace(small[0]) != "2:30" {
		t.Errorf("no room for block digits: fitted %v, %q", fitted, small)
	}
}

// The calm warning: "1 minute left" and the time, in the second calm
// colour (blue) for the digits, the header, the bar and the block digits;
// over its time, the warning gives way to "time".
func TestTurnClockCalmWarning(t *testing.T) {
	c := common.NewContext(catalog.English, false, termenv.ANSI)
	tc := TurnClock{Elapsed: 2*time.Minute + 15*time.Second, Planned: 3 * time.Minute, Near: true}
	if got := ansi.Strip(strings.TrimSpace(tc.Digits(c, 80))); got != "1 minute left · 0:45 · planned 3:00" {
		t.Errorf("Digits = %q", got)
	}
	if got := ansi.Strip(strings.TrimSpace(tc.Digits(c, 24))); got != "1 minute left · 0:45" {
		t.Errorf("narrow Digits = %q", got)
	}
	if got := tc.Head(c); got != c.Styles.Near.Render("1 minute left · 0:45") {
		t.Errorf("Head = %q", got)
	}
	if got := tc.OverText(c); got != "1 minute left · 0:45" {
		t.Errorf("OverText = %q", got)
	}
	for name, s := range map[string]string{"digits": tc.Digits(c, 80), "bar": tc.Bar(c, 80), "big": strings.Join(first(tc.Big(c, 80, 20)), "\n")} {
		if !strings.Contains(s, "34") || strings.Contains(s, "31m") || strings.Contains(s, "\x1b[5") {
			t.Errorf("%s is not in the second calm colour, or red or flashing: %q", name, s)
		}
	}
	plain := tc
	plain.Near = false
	if tc.Bar(c, 80) == plain.Bar(c, 80) {
		t.Error("the bar keeps its colour in the warning")
	}
	over := TurnClock{Elapsed: 4 * time.Minute, Planned: 3 * time.Minute, Near: true}
	if got := over.Head(c); !strings.Contains(got, "TIME") {
		t.Errorf("over, Head = %q", got)
	}
	if got := ansi.Strip(strings.TrimSpace(over.Digits(c, 80))); !strings.HasPrefix(got, "TIME") {
		t.Errorf("over, Digits = %q", got)
	}
	if over.Bar(c, 80) != (TurnClock{Elapsed: 4 * time.Minute, Planned: 3 * time.Minute}).Bar(c, 80) {
		t.Error("over its time, the bar is in the warning's colour")
	}
}

func first(lines []string, _ bool) []string { return lines }

// The turn clock at the edges the mutation tool found: a turn of no time
// yet is a full bar; over is drawn in the colour of overtime; a line of
// exactly the width keeps its planned; the block digits are as large as
// the width allows, and a cell narrower is a scale smaller.
func TestTurnClockEdges(t *testing.T) {
	c := common.NewContext(catalog.English, false, termenv.Ascii)
	if bar := (TurnClock{}).Bar(c, 40); strings.Count(bar, string(c.Bar.Full)) != 32 {
		t.Errorf("a turn of no time, none spoken: %q", bar)
	}
	ansiC := common.NewContext(catalog.English, false, termenv.ANSI)
	at := TurnClock{Elapsed: time.Minute, Planned: time.Minute}.Bar(ansiC, 40)
	over := TurnClock{Elapsed: time.Minute + time.Second, Planned: time.Minute}.Bar(ansiC, 40)
	near := TurnClock{Elapsed: time.Minute, Planned: time.Minute, Near: true}.Bar(ansiC, 40)
	if at == over || ansi.Strip(at) != ansi.Strip(over) {
		t.Errorf("a full bar over its time is not in the colour of overtime:\n%q\n%q", at, over)
	}
	if near == at || ansi.Strip(near) != ansi.Strip(at) {
		t.Errorf("the calm warning's bar is not in its colour:\n%q\n%q", near, at)
	}
	for _, tc := range []TurnClock{
		{Elapsed: 4 * time.Minute, Planned: 3 * time.Minute},
		{Elapsed: 2*time.Minute + 30*time.Second, Planned: 3 * time.Minute, Near: true},
	} {
		long := strings.TrimSpace(tc.Digits(c, 200))
		w := ansi.StringWidth(long)
		if got := strings.TrimSpace(tc.Digits(c, w)); got != long {
			t.Errorf("at exactly %d cells: %q, want %q", w, got, long)
		}
		if got := strings.TrimSpace(tc.Digits(c, w-1)); got == long || !strings.Contains(long, got) {
			t.Errorf("a cell narrower: %q", got)
		}
	}
	// "2:30" is 13 cells at scale 1, 26 at scale 2; 2 cells of margin.
	tc := TurnClock{Elapsed: 30 * time.Second, Planned: 3 * time.Minute}
	for _, tt := range []struct{ w, rows int }{{28, 10}, {27, 5}, {15, 5}, {14, 1}} {
		lines, fitted := tc.Big(c, tt.w, 50)
		if len(lines) != tt.rows || fitted != (tt.rows > 1) {
			t.Errorf("%d cells wide: %d rows, fitted %v; want %d", tt.w, len(lines), fitted, tt.rows)
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > tt.w {
				t.Errorf("%d cells wide: a row of %d", tt.w, ansi.StringWidth(l))
			}
		}
	}
	if rows := BlockRows("1", 1); len(rows) != 5 || rows[1] != "██ " {
		t.Errorf("BlockRows of 1: %q", rows)
	}
	if on, off := styleCodes(ansiC.Styles.Over); !strings.HasPrefix(on, "\x1b[") || !strings.HasPrefix(off, "\x1b[") {
		t.Errorf("the codes of a coloured style: %q %q", on, off)
	}
	if on, off := styleCodes(c.Styles.Over); on != "" || off != "" {
		t.Errorf("the codes of a plain style: %q %q", on, off)
	}
}
