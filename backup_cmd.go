package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"circle/store"
	"circle/ui/catalog"
)

// backupCommand writes a consistent copy of the data file to FILE, even
// while another circle runs on it (see store.Backup).
func backupCommand(c call) int {
	cat, o, stdout, stderr := c.cat, c.o, c.stdout, c.stderr
	dst := c.args[0]
	path, ok := dataPath(cat, o, stderr)
	if !ok {
		return exitFailure
	}
	var info store.CopyInfo
	var err error
	if o.on("for-centre") {
		info, err = backupForCentre(path, dst)
	} else {
		info, err = store.Backup(path, dst)
	}
	switch {
	case err == nil:
		fmt.Fprintln(stdout, cat.N(catalog.CLIBackupDone, info.Meetings, info.Groups, dst))
		return exitOK
	case errors.Is(err, store.ErrExists) || errors.Is(err, fs.ErrExist):
		fmt.Fprintln(stderr, cat.F(catalog.CLIBackupExists, dst))
	case errors.Is(err, store.ErrBusy):
		fmt.Fprintln(stderr, cat.F(catalog.CLIBackupBusy, path))
	case errors.Is(err, fs.ErrNotExist) && !fileExists(path):
		fmt.Fprintln(stderr, cat.F(catalog.CLIBackupNone, path))
	case isOpenError(err):
		fmt.Fprintln(stderr, openError(cat, path, err))
	default:
		fmt.Fprintln(stderr, cat.F(catalog.CLIBackupWrite, dst, oneLineReason(unwrapPath(err))))
	}
	return exitFailure
}

// backupForCentre is the copy a centre may be given: the groups, their
// rules and saved meetings, and nothing of one person's solo practice or
// private notes (store.BackupForCentre). It reads the data file as every
// reader does, so a file another circle holds is refused as in use.
func backupForCentre(path, dst string) (store.CopyInfo, error) {
	if _, err := os.Lstat(dst); err == nil {
		return store.CopyInfo{}, fmt.Errorf("%s: %w", dst, store.ErrExists)
	}
	st, err := store.OpenReadOnly(path)
	if err != nil {
		return store.CopyInfo{}, err
	}
	err = st.BackupForCentre(dst)
	st.Close()
	if err != nil {
		return store.CopyInfo{}, err
	}
	return store.Inspect(dst)
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// isOpenError reports whether err is one of the refusals of a data file
// that openError says.
func isOpenError(err error) bool {
	for _, e := range []error{store.ErrLocked, store.ErrInUse, store.ErrEmpty, store.ErrDamaged, store.ErrNotCircle, store.ErrNewer} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// restoreCommand puts a backup in place of the data file, after checking
// the backup and asking as purge does; the current file is kept as a .bak.
func restoreCommand(c call) int {
	cat, o, stdin, stdout, stderr := c.cat, c.o, c.stdin, c.stdout, c.stderr
	yes := o.on("yes")
	from := c.args[0]
	path, ok := dataPath(cat, o, stderr)
	if !ok {
		return exitFailure
	}
	// The copy is checked before anything is asked.
	info, err := store.Inspect(from)
	if err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLIRestoreBadCopy, from, restoreReason(cat, from, err)))
		return exitFailure
	}
	if fileExists(path) && fileExists(from) {
		if a, b := stat(path), stat(from); a != nil && b != nil && os.SameFile(a, b) {
			fmt.Fprintln(stderr, cat.F(catalog.CLIRestoreSame, from))
			return exitFailure
		}
	}
	holds := cat.N(catalog.GroupMeetingCount, info.Meetings)
	last := info.Last
	if last == "" {
		last = "-"
	}
	question := cat.F(catalog.CLIRestoreAskNew, from, holds, path)
	if fileExists(path) {
		question = cat.F(catalog.CLIRestoreAsk, path, from, holds, last)
	}
	if code, ok := confirm(cat, question, yes, stdin, stderr); !ok {
		if code == exitOK {
			fmt.Fprintln(stdout, cat.T(catalog.CLINotDone))
		}
		return code
	}
	kept, _, err := store.Restore(path, from)
	switch {
	case err == nil && kept == "":
		fmt.Fprintln(stdout, cat.F(catalog.CLIRestoreDoneNew, path, from))
		return exitOK
	case err == nil:
		fmt.Fprintln(stdout, cat.F(catalog.CLIRestoreDone, path, from, kept))
		return exitOK
	case errors.Is(err, store.ErrLocked), errors.Is(err, store.ErrInUse):
		fmt.Fprintln(stderr, openError(cat, path, err))
	default:
		fmt.Fprintln(stderr, cat.F(catalog.CLIWriteFailed, path, oneLineReason(unwrapPath(err))))
	}
	return exitFailure
}

func stat(path string) os.FileInfo {
	fi, _ := os.Stat(path)
	return fi
}

// restoreReason says in a few words why a copy cannot be restored.
func restoreReason(cat *catalog.Catalog, from string, err error) string {
	switch {
	case errors.Is(err, store.ErrNewer):
		return cat.T(catalog.CLIRestoreNewer)
	case errors.Is(err, store.ErrNotCircle):
		return cat.T(catalog.CLIRestoreNotCircle)
	case errors.Is(err, store.ErrDamaged):
		return cat.T(catalog.CLIRestoreDamaged)
	case errors.Is(err, store.ErrLocked), errors.Is(err, store.ErrInUse):
		return cat.T(catalog.CLIRestoreInUse)
	}
	return oneLineReason(unwrapPath(err))
}
