package common

import (
	"testing"
	"time"

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
	} {
		if got := DurationWords(cat, tt.d); got != tt.want {
			t.Errorf("%v is said %q, want %q", tt.d, got, tt.want)
		}
	}
	if got := DurationWords(catalog.New(catalog.Bokmal), 92*time.Second); got != "1 minutt og 32 sekunder" {
		t.Errorf("Bokmål: %q", got)
	}
}
