package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"

	"circle/session"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
)

// exported is one meeting of an export (circle export --format json, or
// history --json): the log and its group's name.
type exported struct {
	session.Log
	GroupName string `json:"group_name"`
}

// reportCommand merges the JSON exports of several laptops into one
// Markdown report, by the same rules as export --format md. A group is
// known by its name: the ids of two laptops' files mean nothing to each
// other. A meeting in more than one file (a group exported twice) is
// counted once.
func reportCommand(c call) int {
	cat, files, stdout, stderr := c.cat, c.args, c.stdout, c.stderr
	if len(files) == 0 {
		fmt.Fprintln(stderr, cat.T(catalog.CLIReportNone))
		return exitUsage
	}
	seen := map[string]bool{}
	var order []string
	tallies := map[string]*session.Tally{}
	read, twice := 0, 0
	for _, name := range files {
		meetings, err := readExport(name)
		if err != nil {
			fmt.Fprintln(stderr, cat.F(catalog.CLIReportRead, name, oneLineReason(unwrapPath(err))))
			return exitFailure
		}
		for _, m := range meetings {
			read++
			// The meeting as its export wrote it, but for the group's id.
			l := m.Log
			l.Group = 0
			id := m.GroupName + "\x00" + string(store.AppendJSON(nil, l, ""))
			if seen[id] {
				twice++
				continue
			}
			seen[id] = true
			t, ok := tallies[m.GroupName]
			if !ok {
				t = &session.Tally{}
				tallies[m.GroupName] = t
				order = append(order, m.GroupName)
			}
			t.Add(m.Log)
		}
	}
	slices.Sort(order)
	groups := make([]common.ReportGroup, len(order))
	for i, g := range order {
		groups[i] = common.ReportGroup{Name: g, Tally: *tallies[g]}
	}
	w := bufio.NewWriter(stdout)
	w.WriteString(common.Report(cat, groups))
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLIExportWrite, "stdout", oneLineReason(err)))
		return exitFailure
	}
	fmt.Fprintln(stderr, cat.N(catalog.CLIReportFiles, read, twice))
	return exitOK
}

// errNotExport is a file that is JSON but not an array of meetings.
var errNotExport = errors.New("not a list of meetings with dates")

// readExport reads one JSON export.
func readExport(name string) ([]exported, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var ms []exported
	dec := json.NewDecoder(bufio.NewReader(f))
	if err := dec.Decode(&ms); err != nil {
		return nil, err
	}
	for _, m := range ms {
		if !isDay(m.Date) {
			return nil, errNotExport
		}
	}
	return ms, nil
}
