package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"circle/store"
	"circle/ui/catalog"
)

// soloCommand runs `circle solo`: the app, opened on solo practice. It
// takes the options of the app itself (--db, --accessible, ...), after
// the command's name as before it.
func soloCommand(cat *catalog.Catalog, o options, w world, args []string, stdin, stdout, stderr *os.File) int {
	fs := flag.NewFlagSet("solo", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var help bool
	fs.StringVar(&o.db, "db", o.db, "the data file (env CIRCLE_DB)")
	fs.BoolVar(&o.accessible, "accessible", o.accessible, "line by line, for screen readers")
	fs.BoolVar(&o.contrast, "high-contrast", o.contrast, "reverse video and bold instead of colour")
	fs.BoolVar(&o.bell, "bell", o.bell, "a soft terminal bell when the practice reaches its time")
	fs.BoolVar(&help, "help", false, "show help")
	fs.BoolVar(&help, "h", false, "show help")
	if err := fs.Parse(args); err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLIBadUsage, err))
		return exitUsage
	}
	if help {
		fmt.Fprintln(stdout, cat.T(catalog.CLISoloUsage))
		return exitOK
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, cat.F(catalog.CLIUnexpected, fs.Arg(0)))
		return exitUsage
	}
	o.solo = true
	return runApp(cat, o, w, stdin, stdout, stderr)
}

// soloHistory prints the solo log for `circle history --solo`: a line a
// practice (date, minutes, theme, prompt ids), or with --json an array.
// It belongs to no group, so --group is no filter of it.
func soloHistory(cat *catalog.Catalog, o options, stdout, stderr io.Writer) int {
	if o.group != "" {
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
	if o.json {
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
