package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"circle/store"
	"circle/ui/catalog"
)

// The data file as the commands find, open and explain it.

// dataPath is --db, CIRCLE_DB, or the default in the user's data folder.
func dataPath(cat *catalog.Catalog, o options, stderr io.Writer) (string, bool) {
	if o.db != "" {
		return o.db, true
	}
	p, err := store.DefaultPath()
	if err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLIDefaultPath, oneLineReason(err)))
		return "", false
	}
	return p, true
}

// openError is the one line that says why the data file could not be used.
func openError(cat *catalog.Catalog, path string, err error) string {
	switch {
	case errors.Is(err, store.ErrLocked):
		return cat.F(catalog.CLILocked, path)
	case errors.Is(err, store.ErrInUse):
		return cat.F(catalog.CLIInUse, path)
	case errors.Is(err, store.ErrEmpty):
		return cat.F(catalog.CLIEmpty, path)
	case errors.Is(err, store.ErrDamaged):
		return cat.F(catalog.CLIDamaged, path)
	case errors.Is(err, store.ErrNotCircle):
		return cat.F(catalog.CLINotCircle, path)
	case errors.Is(err, store.ErrNewer):
		return cat.F(catalog.CLINewer, path)
	}
	return cat.F(catalog.CLIOpenFailed, path, fileReason(err))
}

// readDataFile opens the data file for a command that only reads it:
// history, check, rules export. st is nil when there is no data file yet,
// and nothing is created then. When the command must end here, done is
// set with its exit code, and the one line that says why is written.
func readDataFile(cat *catalog.Catalog, o options, stderr io.Writer) (st *store.Store, path string, code int, done bool) {
	path, ok := dataPath(cat, o, stderr)
	if !ok {
		return nil, "", exitFailure, true
	}
	st, err := store.OpenReadOnly(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, path, exitOK, false
	case err != nil:
		fmt.Fprintln(stderr, openError(cat, path, err))
		return nil, path, exitFailure, true
	}
	return st, path, exitOK, false
}

// oneLineReason is an error's text as a part of circle's sentence: on one
// line, and without the full stop some systems end it with (Windows: "The
// system cannot find the file specified."), as the sentence has its own.
func oneLineReason(err error) string {
	return strings.TrimRight(strings.Join(strings.Fields(err.Error()), " "), ".")
}

// fileReason is oneLineReason for an error about a file the sentence
// names already: the system's reason, without the operation and the path
// ("open X: no such file" would name X twice).
func fileReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return oneLineReason(pe.Err)
	}
	return oneLineReason(err)
}
