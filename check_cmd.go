package main

import (
	"fmt"

	"circle/ui/catalog"
)

// check verifies every page and record of the data file.
func check(c call) int {
	cat, o, stdout, stderr := c.cat, c.o, c.stdout, c.stderr
	st, path, code, done := readDataFile(cat, o, stderr)
	if done {
		return code
	}
	if st == nil {
		fmt.Fprintln(stdout, cat.F(catalog.CLICheckNone, path))
		return exitOK
	}
	defer st.Close()
	if err := st.Check(); err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLICheckDamaged, path, oneLineReason(err)))
		return exitFailure
	}
	fmt.Fprintln(stdout, cat.T(catalog.CLICheckOK))
	return exitOK
}
