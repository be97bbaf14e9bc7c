package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"circle/session"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
)

// exportArgs are the options of circle export.
type exportArgs struct {
	group    string // --group NAME; every group when empty
	format   string // --format csv|json|md
	from, to string // --from, --to: days, inclusive; "" for no bound
	out      string // --out FILE; stdout when empty
	turns    bool   // --turns: CSV with a row per turn
}

// exportArgs reads export's options; ok false after a usage line.
func readExportArgs(c call) (a exportArgs, ok bool) {
	o := c.o
	a = exportArgs{group: o.str("group"), format: o.str("format"), from: o.str("from"), to: o.str("to"),
		out: o.str("out"), turns: o.on("turns")}
	if a.format == "" {
		a.format = "csv"
	}
	for _, d := range []string{a.from, a.to} {
		if d != "" && !isDay(d) {
			fmt.Fprintln(c.stderr, c.cat.F(catalog.CLIBadDay, d))
			return a, false
		}
	}
	return a, true
}

// exportFormats are the formats export writes.
func exportFormats() []string { return []string{"csv", "json", "md"} }

// isDay reports whether s is a day written YYYY-MM-DD.
func isDay(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil && len(s) == len(time.DateOnly)
}

// exportCommand writes a group's meetings (or every group's) as CSV, as
// the JSON of history --json, or as a Markdown report. Nothing in any of
// them names a person, holds typed text or a time of day: they are made
// from the logs, which hold none.
func exportCommand(c call) int {
	cat, o, stdout, stderr := c.cat, c.o, c.stdout, c.stderr
	a, ok := readExportArgs(c)
	if !ok {
		return exitUsage
	}
	st, path, code, done := readDataFile(cat, o, stderr)
	if done {
		return code
	}
	var names map[uint64]string
	keep := func(uint64) bool { return true }
	if st != nil {
		defer st.Close()
		var id uint64
		var found bool
		names, id, found, code = groupNamed(cat, st, path, a.group, stderr)
		if code != exitOK {
			return code
		}
		if found {
			keep = func(g uint64) bool { return g == id }
		}
	} else if a.group != "" {
		fmt.Fprintln(stderr, cat.F(catalog.CLIRulesNoGroup, a.group, "-"))
		return exitFailure
	}
	inPeriod := func(l session.Log) bool {
		return keep(l.Group) && (a.from == "" || l.Date >= a.from) && (a.to == "" || l.Date <= a.to)
	}

	out, finish, err := openOut(a.out, stdout)
	if err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLIExportWrite, a.out, oneLineReason(unwrapPath(err))))
		return exitFailure
	}
	w := bufio.NewWriterSize(out, 64<<10)
	each := func(f func(session.Log) error) error {
		if st == nil {
			return nil
		}
		return st.EachMeeting(func(l session.Log) error {
			if !inPeriod(l) {
				return nil
			}
			return f(l)
		})
	}
	switch a.format {
	case "json":
		err = writeJSON(w, each, names)
	case "csv":
		err = writeCSV(w, each, names, a.turns)
	case "md":
		err = writeReport(w, cat, each, names)
	}
	if err == nil {
		err = w.Flush()
	}
	if ferr := finish(err == nil); err == nil {
		err = ferr
	}
	if err != nil {
		var readErr readError
		if errors.As(err, &readErr) {
			fmt.Fprintln(stderr, cat.F(catalog.CLIReadFailed, path, oneLineReason(err)))
		} else {
			fmt.Fprintln(stderr, cat.F(catalog.CLIExportWrite, outName(a.out), oneLineReason(unwrapPath(err))))
		}
		return exitFailure
	}
	if a.out != "" {
		fmt.Fprintln(stdout, cat.F(catalog.CLIExportWritten, a.out))
	}
	return exitOK
}

// readError marks a failure to read the data file, as against one to
// write the export.
type readError struct{ error }

func (e readError) Unwrap() error { return e.error }

func outName(out string) string {
	if out == "" {
		return "stdout"
	}
	return out
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// openOut opens --out FILE, private to the user, under a temporary name
// that finish puts in place only when the export is whole; stdout when
// out is empty.
func openOut(out string, stdout io.Writer) (io.Writer, func(ok bool) error, error) {
	if out == "" {
		return stdout, func(bool) error { return nil }, nil
	}
	f, err := os.CreateTemp(dirOf(out), ".circle-export-*")
	if err != nil {
		return nil, nil, err
	}
	return f, func(ok bool) error {
		err := f.Sync()
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if ok && err == nil {
			err = os.Rename(f.Name(), out)
		}
		if !ok || err != nil {
			os.Remove(f.Name())
		}
		return err
	}, nil
}

func dirOf(path string) string {
	if i := strings.LastIndexAny(path, `/\`); i >= 0 {
		return path[:i+1]
	}
	return "."
}

// groupNamed finds the group --group names, in any case: found is false
// when name is "". It returns every group's name by id too.
func groupNamed(cat *catalog.Catalog, st *store.Store, path, name string, stderr io.Writer) (names map[uint64]string, id uint64, found bool, code int) {
	groups, err := st.Groups()
	if err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLIReadFailed, path, oneLineReason(err)))
		return nil, 0, false, exitFailure
	}
	names = map[uint64]string{}
	var all []string
	for _, g := range groups {
		names[g.ID] = g.Name
		all = append(all, g.Name)
		if name != "" && strings.EqualFold(g.Name, name) {
			id, found = g.ID, true
		}
	}
	if name != "" && !found {
		list := strings.Join(all, ", ")
		if list == "" {
			list = "-"
		}
		fmt.Fprintln(stderr, cat.F(catalog.CLIRulesNoGroup, name, list))
		return nil, 0, false, exitFailure
	}
	return names, id, found, exitOK
}

// eachFunc walks the meetings to export, one at a time.
type eachFunc func(func(session.Log) error) error

// wrote marks an error of the writer, so it is not taken for one of the
// data file.
type wrote struct{ error }

func (e wrote) Unwrap() error { return e.error }

// walk runs each, telling the writer's errors from the data file's.
func walk(each eachFunc, f func(session.Log) error) error {
	err := each(func(l session.Log) error {
		if err := f(l); err != nil {
			return wrote{err}
		}
		return nil
	})
	var w wrote
	switch {
	case err == nil:
		return nil
	case errors.As(err, &w):
		return w.error
	}
	return readError{err}
}

// writeJSON writes the meetings as history --json does.
func writeJSON(w *bufio.Writer, each eachFunc, names map[uint64]string) error {
	n := 0
	var buf []byte
	err := walk(each, func(l session.Log) error {
		if n == 0 {
			buf = append(buf[:0], "[\n"...)
		} else {
			buf = append(buf[:0], ",\n"...)
		}
		n++
		buf = store.AppendJSON(buf, l, names[l.Group])
		_, err := w.Write(buf)
		return err
	})
	if err != nil {
		return err
	}
	if n == 0 {
		_, err = w.WriteString("[]\n")
	} else {
		_, err = w.WriteString("\n]\n")
	}
	return err
}

// The CSV columns: one row per meeting, or with --turns one per turn.
var (
	csvMeeting = []string{"date", "group", "planned_minutes", "actual_seconds", "present", "sent_word", "format",
		"completed", "on_time", "turns", "passes", "overruns", "evenness", "breaks", "break_seconds",
		"interruptions", "interrupted_seconds"}
	csvTurn = []string{"date", "group", "meeting", "turn", "seat", "kind", "about", "planned_seconds", "seconds",
		"passed", "early", "overtime_seconds"}
)

// writeCSV writes the meetings as CSV (RFC 4180), a header first.
func writeCSV(w *bufio.Writer, each eachFunc, names map[uint64]string, turns bool) error {
	cw := csv.NewWriter(w)
	header := csvMeeting
	if turns {
		header = csvTurn
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	itoa := strconv.Itoa
	b := strconv.FormatBool
	row := make([]string, len(header))
	n := 0
	err := walk(each, func(l session.Log) error {
		n++
		group := names[l.Group]
		if turns {
			for i, t := range l.Turns {
				row = append(row[:0], l.Date, group, itoa(n), itoa(i+1), itoa(t.Seat), t.Kind, itoa(t.About),
					itoa(t.PlannedSeconds), itoa(t.Seconds), b(t.Passed), b(t.Early), itoa(t.OvertimeSeconds))
				if err := cw.Write(row); err != nil {
					return err
				}
			}
			return nil
		}
		sum := session.Summarize(l)
		even := ""
		if sp := session.SpreadOf(l); sp.Known {
			even = strconv.FormatFloat(sp.Evenness, 'f', 2, 64)
		}
		row = append(row[:0], l.Date, group, itoa(l.PlannedMinutes), itoa(l.ActualSeconds), itoa(l.Present),
			itoa(l.SentWord), l.Format, b(l.Completed), b(session.OnTime(l)), itoa(len(l.Turns)), itoa(sum.Passes),
			itoa(sum.Overruns), even, itoa(l.Breaks), itoa(l.BreakSeconds), itoa(l.Interruptions), itoa(l.InterruptedSeconds))
		return cw.Write(row)
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// writeReport writes the Markdown report of the meetings, a line per
// group in the order of their first meeting.
func writeReport(w *bufio.Writer, cat *catalog.Catalog, each eachFunc, names map[uint64]string) error {
	var order []uint64
	tallies := map[uint64]*session.Tally{}
	err := walk(each, func(l session.Log) error {
		t, ok := tallies[l.Group]
		if !ok {
			t = &session.Tally{}
			tallies[l.Group] = t
			order = append(order, l.Group)
		}
		t.Add(l)
		return nil
	})
	if err != nil {
		return err
	}
	groups := make([]common.ReportGroup, len(order))
	for i, id := range order {
		groups[i] = common.ReportGroup{Name: names[id], Tally: *tallies[id]}
	}
	_, err = w.WriteString(common.Report(cat, groups))
	return err
}
