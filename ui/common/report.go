package common

import (
	"slices"
	"strconv"
	"strings"

	"circle/session"
	"circle/ui/catalog"
)

// ReportGroup is one group's line of a Markdown report: its name and its
// meetings counted.
type ReportGroup struct {
	Name  string
	Tally session.Tally
}

// Report is the Markdown report a centre pastes into its yearly report:
// per group (by name), the meetings held, the average attendance, the share that
// ended on time and the passes, then all groups together. Every count
// below session.FewerThan is shown as "fewer than 3" (and a share of it
// without its per cent, which would give the count away). It holds no
// name but the groups', no text and no time of day.
func Report(cat *catalog.Catalog, groups []ReportGroup) string {
	// By name, the meetings of no group last.
	groups = slices.Clone(groups)
	slices.SortStableFunc(groups, func(a, b ReportGroup) int {
		if (a.Name == "") != (b.Name == "") {
			if a.Name == "" {
				return 1
			}
			return -1
		}
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	var b strings.Builder
	b.WriteString("# " + cat.T(catalog.ReportTitle) + "\n\n")
	var all session.Tally
	for _, g := range groups {
		all.Meetings += g.Tally.Meetings
		all.Present += g.Tally.Present
		all.SentWord += g.Tally.SentWord
		all.OnTime += g.Tally.OnTime
		all.Turns += g.Tally.Turns
		all.Passes += g.Tally.Passes
		if g.Tally.First != "" && (all.First == "" || g.Tally.First < all.First) {
			all.First = g.Tally.First
		}
		all.Last = max(all.Last, g.Tally.Last)
	}
	if all.Meetings == 0 {
		b.WriteString(cat.T(catalog.ReportNoMeetings) + "\n")
		return b.String()
	}
	b.WriteString(cat.F(catalog.ReportPeriod, all.First, all.Last) + " " + cat.T(catalog.ReportSmallRule) + "\n\n")
	b.WriteString(cat.T(catalog.ReportHeader) + "\n")
	row := func(name string, t session.Tally) {
		avg := count(cat, t.AveragePresent())
		if session.Small(t.Meetings) {
			// An average of one or two meetings is their own attendance.
			avg = cat.T(catalog.ReportFewer)
		}
		cells := []string{name, count(cat, t.Meetings), avg,
			share(cat, t.OnTime, t.Meetings), share(cat, t.Passes, t.Turns)}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	for _, g := range groups {
		name := g.Name
		if name == "" {
			name = cat.T(catalog.ReportNoGroup)
		}
		row(cell(name), g.Tally)
	}
	if len(groups) > 1 {
		row("**"+cat.T(catalog.ReportAll)+"**", all)
	}
	return b.String()
}

// count is n, or "fewer than 3".
func count(cat *catalog.Catalog, n int) string {
	if session.Small(n) {
		return cat.T(catalog.ReportFewer)
	}
	return strconv.Itoa(n)
}

// share is "part of whole (p %)", without the per cent when either count
// is small.
func share(cat *catalog.Catalog, part, whole int) string {
	if session.Small(part) || session.Small(whole) {
		return cat.F(catalog.ReportOf, count(cat, part), count(cat, whole))
	}
	return cat.F(catalog.ReportOfPercent, count(cat, part), count(cat, whole), session.Percent(part, whole))
}

// cell keeps a group's name from breaking the table: a bar would end
// its cell.
func cell(s string) string {
	return strings.NewReplacer(`\`, `\\`, "|", `\|`).Replace(s)
}
