package catalog

import (
	"strings"
	"testing"
	"time"
)

func TestDateAndTimeOfDay(t *testing.T) {
	oslo := time.FixedZone("CET", 3600)
	for _, tc := range []struct {
		t          time.Time
		lang       Lang
		date, time string
	}{
		{time.Date(2026, 11, 25, 18, 5, 0, 0, oslo), English, "Wed 25 Nov 2026", "18:05"},
		{time.Date(2026, 11, 25, 18, 5, 0, 0, oslo), Bokmal, "onsdag 25. november 2026", "18.05"},
		{time.Date(2027, 1, 3, 0, 7, 59, 0, oslo), English, "Sun 3 Jan 2027", "00:07"},
		{time.Date(2027, 1, 3, 0, 7, 59, 0, oslo), Bokmal, "søndag 3. januar 2027", "00.07"},
		{time.Date(2026, 5, 16, 9, 30, 0, 0, time.UTC), Bokmal, "lørdag 16. mai 2026", "09.30"},
		{time.Date(2026, 12, 31, 23, 59, 0, 0, time.UTC), Bokmal, "torsdag 31. desember 2026", "23.59"},
	} {
		c := New(tc.lang)
		if got := c.Date(tc.t); got != tc.date {
			t.Errorf("%s: Date(%v) = %q, want %q", tc.lang, tc.t, got, tc.date)
		}
		if got := c.TimeOfDay(tc.t); got != tc.time {
			t.Errorf("%s: TimeOfDay(%v) = %q, want %q", tc.lang, tc.t, got, tc.time)
		}
	}
}

// TestDateNamesAreTheLanguages: every month and weekday has its own name in
// every language, and Bokmål writes them in lowercase and never in English.
func TestDateNamesAreTheLanguages(t *testing.T) {
	for _, lang := range Languages() {
		c := New(lang)
		seen := map[string]bool{}
		day := time.Date(2026, 1, 4, 12, 0, 0, 0, time.UTC) // a Sunday
		for i := range 7 {
			d := day.AddDate(0, 0, i)
			name := c.T(weekdayKeys[d.Weekday()])
			if seen[name] {
				t.Errorf("%s: two weekdays are called %q", lang, name)
			}
			seen[name] = true
			if !strings.HasPrefix(c.Date(d), name+" ") {
				t.Errorf("%s: %v shows as %q, not on %s", lang, d, c.Date(d), name)
			}
			checkName(t, lang, name, d.Weekday().String())
		}
		for m := time.January; m <= time.December; m++ {
			name := c.T(monthKeys[m-1])
			if seen[name] {
				t.Errorf("%s: %q names two days or months", lang, name)
			}
			seen[name] = true
			d := time.Date(2026, m, 10, 12, 0, 0, 0, time.UTC)
			if !strings.Contains(c.Date(d), " "+name+" ") {
				t.Errorf("%s: %v shows as %q, not in %s", lang, d, c.Date(d), name)
			}
			checkName(t, lang, name, m.String())
		}
	}
}

func checkName(t *testing.T, lang Lang, name, english string) {
	t.Helper()
	if lang != Bokmal {
		return
	}
	if name != strings.ToLower(name) {
		t.Errorf("nb: %q is not in lowercase", name)
	}
	if strings.EqualFold(name, english) || strings.EqualFold(name, english[:3]) {
		if name != "april" && name != "august" && name != "september" && name != "november" {
			t.Errorf("nb: %q is the English name", name)
		}
	}
}
