package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"

	"circle/store"
	"circle/ui/catalog"
)

// purgeCommand deletes the meetings before a day, of one group or of all,
// after asking on the terminal (or with --yes). Their bytes are wiped from
// the file (see store.PurgeBefore).
func purgeCommand(c call) int {
	cat, o, stdin, stdout, stderr := c.cat, c.o, c.stdin, c.stdout, c.stderr
	before, group, yes := o.str("before"), o.str("group"), o.on("yes")
	switch {
	case before == "":
		fmt.Fprintln(stderr, cat.T(catalog.CLIPurgeNeedsDay))
		return exitUsage
	case !isDay(before):
		fmt.Fprintln(stderr, cat.F(catalog.CLIBadDay, before))
		return exitUsage
	}
	path, ok := dataPath(cat, o, stderr)
	if !ok {
		return exitFailure
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		// Nothing to delete, and nothing is created.
		if group != "" {
			fmt.Fprintln(stderr, cat.F(catalog.CLIRulesNoGroup, group, "-"))
			return exitFailure
		}
		fmt.Fprintln(stdout, cat.F(catalog.CLIPurgeNone, before))
		return exitOK
	}
	st, err := store.Open(path)
	if err != nil {
		fmt.Fprintln(stderr, openError(cat, path, err))
		return exitFailure
	}
	defer st.Close()
	scope := store.Scope{All: true}
	name := ""
	if group != "" {
		_, id, _, code := groupNamed(cat, st, path, group, stderr)
		if code != exitOK {
			return code
		}
		g, _ := st.Group(id)
		scope, name = store.Scope{Group: id}, g.Name
	}
	n, err := st.CountBefore(before, scope)
	if err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLIReadFailed, path, oneLineReason(err)))
		return exitFailure
	}
	if n == 0 {
		fmt.Fprintln(stdout, cat.F(catalog.CLIPurgeNone, before))
		return exitOK
	}
	question := cat.N(catalog.CLIPurgeAsk, n, before)
	if name != "" {
		question = cat.N(catalog.CLIPurgeAskGroup, n, name, before)
	}
	if code, ok := confirm(cat, question, yes, stdin, stderr); !ok {
		if code == exitOK {
			fmt.Fprintln(stdout, cat.T(catalog.CLINotDone))
		}
		return code
	}
	n, err = st.PurgeBefore(before, scope)
	switch {
	case errors.Is(err, store.ErrScrub):
		fmt.Fprintln(stdout, cat.N(catalog.CLIPurgeDone, n, before))
		fmt.Fprintln(stderr, cat.F(catalog.CLIPurgeKept, oneLineReason(err)))
		return exitFailure
	case err != nil:
		fmt.Fprintln(stderr, cat.F(catalog.CLIWriteFailed, path, oneLineReason(err)))
		return exitFailure
	}
	fmt.Fprintln(stdout, cat.N(catalog.CLIPurgeDone, n, before))
	return exitOK
}

// confirm asks question on the terminal, unless yes was given: ok is true
// only for a yes (y, or j in Bokmål). Without a terminal to ask on and
// without --yes it refuses with one line and exit code 1; a no answer is
// exit code 0 with nothing done, for the caller to say.
func confirm(cat *catalog.Catalog, question string, yes bool, stdin *os.File, stderr io.Writer) (code int, ok bool) {
	if yes {
		return exitOK, true
	}
	if stdin == nil || !term.IsTerminal(stdin.Fd()) {
		fmt.Fprintln(stderr, cat.T(catalog.CLINoAnswer))
		return exitFailure, false
	}
	fmt.Fprint(stderr, question+" ")
	line, _ := bufio.NewReader(stdin).ReadString('\n')
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes":
		return exitOK, true
	case "j", "ja":
		if cat.Lang() == catalog.Bokmal {
			return exitOK, true
		}
	}
	return exitOK, false
}
