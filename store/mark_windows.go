package store

import (
	"os"

	"golang.org/x/sys/windows"
)

// The mark is a lock on one byte just below the one bbolt locks (the last
// byte of the 64-bit range), so it never touches one the file holds.
const (
	markOffset     uint32 = (1 << 32) - 2
	markOffsetHigh uint32 = (1 << 32) - 1
)

// holdMark marks the data file at path as held by circle, for as long as
// the returned file stays open: a shared lock on one byte that only circle
// takes (see markHeld). It returns nil if the mark cannot be taken.
func holdMark(path string) *os.File {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	ol := windows.Overlapped{Offset: markOffset, OffsetHigh: markOffsetHigh}
	if windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &ol) != nil {
		f.Close()
		return nil
	}
	return f
}

// markHeld reports whether a circle holds the file at path (see
// holdMark); known is false if that cannot be told.
func markHeld(path string) (held, known bool) {
	f, err := os.Open(path)
	if err != nil {
		return false, false
	}
	defer f.Close()
	h := windows.Handle(f.Fd())
	ol := windows.Overlapped{Offset: markOffset, OffsetHigh: markOffsetHigh}
	err = windows.LockFileEx(h, windows.LOCKFILE_FAIL_IMMEDIATELY|windows.LOCKFILE_EXCLUSIVE_LOCK, 0, 1, 0, &ol)
	switch {
	case err == nil:
		windows.UnlockFileEx(h, 0, 1, 0, &ol)
		return false, true
	case err == windows.ERROR_LOCK_VIOLATION:
		return true, true
	}
	return false, false
}

// renameOverOpen: Windows renames neither an open file nor over one, so
// scrub closes the data file before the copy takes its place.
const renameOverOpen = false
