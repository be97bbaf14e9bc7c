package common

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"circle/ui/catalog"
)

// A length is said by the screen's rounding rule: never rounded up.
func TestDurationWordsNeverRoundUp(t *testing.T) {
	cat := catalog.New(catalog.English)
	for _, tt := range []struct {
		d    time.Duration
		want string
	}{
		{45 * time.Second, "45 seconds"},
		{60 * time.Second, "1 minute"},
		{89 * time.Second, "89 seconds"},
		{92 * time.Second, "1 minute and 32 seconds"},
		{3*time.Minute + 23*time.Second + 900*time.Millisecond, "3 minutes and 23 seconds"},
		{5 * time.Minute, "5 minutes"},
		{32*time.Minute + 39*time.Second, "32 minutes"},
		{32*time.Minute + 59*time.Second, "32 minutes"},
		{0, "0 seconds"},
		{900 * time.Millisecond, "0 seconds"},
		{-92 * time.Second, "1 minute and 32 seconds"}, // an overrun, said as its size
	} {
		if got := DurationWords(cat, tt.d); got != tt.want {
			t.Errorf("%v is said %q, want %q", tt.d, got, tt.want)
		}
	}
	if got := DurationWords(catalog.New(catalog.Bokmal), 92*time.Second); got != "1 minutt og 32 sekunder" {
		t.Errorf("Bokmål: %q", got)
	}
}

// A duration is m:ss on a screen and words in the line mode, by the same
// rounding.
func TestDurationByMode(t *testing.T) {
	c := &Context{Cat: catalog.New(catalog.English)}
	d := 9*time.Minute + 40*time.Second + 800*time.Millisecond
	if got := c.Duration(d); got != "9:40" {
		t.Errorf("on screen %v is %q, want 9:40", d, got)
	}
	c.LineMode = true
	if got := c.Duration(d); got != "9 minutes and 40 seconds" {
		t.Errorf("in the line mode %v is %q", d, got)
	}
}

// A command keeps its "--group" whole, and a hyphenated word its hyphen,
// where a line breaks; the lines still fit.
func TestWrapNeverBreaksAtAHyphen(t *testing.T) {
	text := "or print them with: circle rules export --group \"Tuesday group\" from a self-help centre"
	for w := 12; w <= 60; w++ {
		lines := Wrap(text, w, "  ")
		for _, l := range lines {
			if strings.HasSuffix(strings.TrimSpace(l), "-") {
				t.Fatalf("at %d a line ends at a hyphen: %q", w, lines)
			}
			if ansi.StringWidth(l) > w {
				t.Fatalf("at %d a line is too wide: %q", w, l)
			}
		}
		if got := strings.Join(strings.Fields(strings.Join(lines, " ")), " "); got != text {
			t.Fatalf("at %d the words changed: %q", w, got)
		}
	}
}
