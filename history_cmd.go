package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"

	"circle/session"
	"circle/store"
	"circle/ui/catalog"
)

// history prints the saved meetings: every group's, with the group's name
// as a column, or with --group NAME one group's; --json as a JSON array
// whose meetings carry "group_name". It streams, so a decade of meetings
// is never all in memory.
func history(c call) int {
	cat, o, stdout, stderr := c.cat, c.o, c.stdout, c.stderr
	group := o.str("group")
	if o.on("solo") {
		return soloHistory(c)
	}
	st, path, code, done := readDataFile(cat, o, stderr)
	if done {
		return code
	}
	if st == nil {
		// No data file yet: no meetings, and nothing is created.
		if group != "" {
			fmt.Fprintln(stderr, cat.F(catalog.CLIRulesNoGroup, group, "-"))
			return exitFailure
		}
		if o.on("json") {
			fmt.Fprintln(stdout, "[]")
		} else {
			fmt.Fprintln(stdout, cat.T(catalog.CLIHistoryNone))
		}
		return exitOK
	}
	defer st.Close()
	groups, err := st.Groups()
	if err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLIReadFailed, path, oneLineReason(err)))
		return exitFailure
	}
	names := map[uint64]string{}
	var all []string
	for _, g := range groups {
		names[g.ID] = g.Name
		all = append(all, g.Name)
	}
	keep := func(uint64) bool { return true }
	if group != "" {
		id, found := uint64(0), false
		for _, g := range groups {
			if strings.EqualFold(g.Name, group) {
				id, found = g.ID, true
			}
		}
		if !found {
			list := strings.Join(all, ", ")
			if list == "" {
				list = "-"
			}
			fmt.Fprintln(stderr, cat.F(catalog.CLIRulesNoGroup, group, list))
			return exitFailure
		}
		keep = func(g uint64) bool { return g == id }
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	defer w.Flush()
	if o.on("json") {
		err = historyJSON(w, st, keep, names)
	} else {
		err = historyTable(w, cat, st, keep, names, group == "")
	}
	if err != nil {
		w.Flush()
		fmt.Fprintln(stderr, cat.F(catalog.CLIReadFailed, path, oneLineReason(err)))
		return exitFailure
	}
	return exitOK
}

// historyJSON writes the kept meetings as json.MarshalIndent would write
// them, one at a time: export's writer (writeJSON), over the kept groups.
func historyJSON(w *bufio.Writer, st *store.Store, keep func(uint64) bool, names map[uint64]string) error {
	return writeJSON(w, func(f func(session.Log) error) error {
		return st.EachMeeting(func(l session.Log) error {
			if !keep(l.Group) {
				return nil
			}
			return f(l)
		})
	}, names)
}

// historyTable writes one line per kept meeting, from the records' heads.
func historyTable(w *bufio.Writer, cat *catalog.Catalog, st *store.Store, keep func(uint64) bool, names map[uint64]string, groupColumn bool) error {
	sums, err := st.Summaries()
	if err != nil {
		return err
	}
	sums = slices.DeleteFunc(sums, func(s store.Summary) bool { return !keep(s.Group) })
	if len(sums) == 0 {
		_, err := fmt.Fprintln(w, cat.T(catalog.CLIHistoryNone))
		return err
	}
	name := func(id uint64) string {
		if n, ok := names[id]; ok {
			return n
		}
		return cat.T(catalog.CLIHistoryNoGroup)
	}
	width := len([]rune(cat.T(catalog.CLIHistoryGroup)))
	for _, s := range sums {
		width = max(width, len([]rune(name(s.Group))))
	}
	header := cat.T(catalog.CLIHistoryHeader)
	if groupColumn {
		header += "  " + cat.T(catalog.CLIHistoryGroup)
	}
	fmt.Fprintln(w, header)
	for _, s := range sums {
		done := cat.T(catalog.CLINo)
		if s.Completed {
			done = cat.T(catalog.CLIYes)
		}
		line := cat.F(catalog.CLIHistoryRow, s.Date, s.ActualSeconds/60, s.PlannedMinutes, s.Present, s.Turns, done)
		if groupColumn {
			g := name(s.Group)
			line += "  " + g + strings.Repeat(" ", width-len([]rune(g)))
		}
		if s.Interruptions > 0 {
			line += "  " + cat.N(catalog.CLIHistoryInterrupted, s.Interruptions, s.InterruptedSeconds/60)
		}
		if _, err := fmt.Fprintln(w, strings.TrimRight(line, " ")); err != nil {
			return err
		}
	}
	return nil
}
