package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strings"

	"circle/store"
	"circle/ui/catalog"
)

// soloCommand runs `circle solo`: the app, opened on solo practice. It
// takes the options of the app itself (--db, --accessible, ...).
func soloCommand(c call) int {
	c.o.solo = true
	return runApp(c)
}

// soloHistory prints the solo log for `circle history --solo`: a line a
// practice (date, minutes, theme, prompt ids), or with --json an array.
// It belongs to no group, so --group is no filter of it.
func soloHistory(c call) int {
	cat, o, stdout, stderr := c.cat, c.o, c.stdout, c.stderr
	if o.str("group") != "" {
		fmt.Fprintln(stderr, cat.T(catalog.CLISoloGroup))
		return exitUsage
	}
	st, path, code, done := readDataFile(cat, o, stderr)
	if done {
		return code
	}
	ps := []store.Practice{}
	if st != nil {
		defer st.Close()
		var err error
		if ps, err = st.Practices(); err != nil {
			fmt.Fprintln(stderr, cat.F(catalog.CLIReadFailed, path, oneLineReason(err)))
			return exitFailure
		}
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if o.on("json") {
		b, err := json.MarshalIndent(ps, "", "  ")
		if err != nil {
			fmt.Fprintln(stderr, cat.F(catalog.CLIReadFailed, path, oneLineReason(err)))
			return exitFailure
		}
		fmt.Fprintf(w, "%s\n", b)
		return exitOK
	}
	if len(ps) == 0 {
		fmt.Fprintln(w, cat.T(catalog.CLISoloNone))
		return exitOK
	}
	fmt.Fprintln(w, cat.T(catalog.CLISoloHeader))
	minutes := 0
	for _, p := range ps {
		theme := p.Theme
		if k := catalog.SoloTheme(p.Theme); cat.Has(k) {
			theme = cat.T(k)
		}
		line := fmt.Sprintf("%-10s  %7d  %-40s %s", p.Date, p.Minutes, theme, strings.Join(p.Prompts, ", "))
		fmt.Fprintln(w, strings.TrimRight(line, " "))
		minutes += p.Minutes
	}
	fmt.Fprintln(w, cat.F(catalog.CLISoloTotal, cat.N(catalog.SoloPractices, len(ps)), cat.N(catalog.Minutes, minutes)))
	return exitOK
}
