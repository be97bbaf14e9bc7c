package catalog

import "time"

// monthKeys and weekdayKeys are the names of the months (January first) and
// weekdays (Sunday first, as time.Weekday counts) in a date.
var (
	monthKeys = [12]Key{
		MonthJanuary, MonthFebruary, MonthMarch, MonthApril, MonthMay, MonthJune,
		MonthJuly, MonthAugust, MonthSeptember, MonthOctober, MonthNovember, MonthDecember,
	}
	weekdayKeys = [7]Key{
		WeekdaySunday, WeekdayMonday, WeekdayTuesday, WeekdayWednesday,
		WeekdayThursday, WeekdayFriday, WeekdaySaturday,
	}
)

// Date is the day of t as this language writes it: "Wed 25 Nov 2026",
// "onsdag 25. november 2026". The names come from the catalog, not from
// Go's time package, which knows only English. t is shown in its own
// location; pass t.Local() for the computer's.
func (c *Catalog) Date(t time.Time) string {
	return c.F(DateFormat, c.T(weekdayKeys[t.Weekday()]), t.Day(), c.T(monthKeys[t.Month()-1]), t.Year())
}

// TimeOfDay is the hour and minute of t on a 24-hour clock: "18:05" in
// English, "18.05" in Bokmål. It is the bare time, so that it can stand in
// a column as well as in a sentence; a sentence adds its own "at" or "kl.".
func (c *Catalog) TimeOfDay(t time.Time) string {
	return c.F(TimeFormat, t.Hour(), t.Minute())
}
