package store

import (
	"os"

	"golang.org/x/sys/unix"
)

// markOffset is the byte circle's mark lock covers: far past the end of
// any data file, so it never touches one the file holds.
const markOffset = 1 << 62

// holdMark marks the data file at path as held by circle, for as long as
// the returned file stays open: an open-file-description lock on one byte
// (see markHeld). bbolt's own lock is a flock, which any program can take;
// only circle takes this one, and on Linux the two never interfere. It
// returns nil if the mark cannot be taken: then another circle blocked by
// this one only cannot tell who holds the file.
func holdMark(path string) *os.File {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	lk := unix.Flock_t{Type: unix.F_RDLCK, Whence: 0, Start: markOffset, Len: 1}
	if unix.FcntlFlock(f.Fd(), unix.F_OFD_SETLK, &lk) != nil {
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
	// Ask whether a write lock on the byte would conflict: it would with
	// any circle's read lock there. OFD locks report conflicts with other
	// open files of the same process too, unlike classic fcntl locks.
	lk := unix.Flock_t{Type: unix.F_WRLCK, Whence: 0, Start: markOffset, Len: 1}
	if err := unix.FcntlFlock(f.Fd(), unix.F_OFD_GETLK, &lk); err != nil {
		return false, false
	}
	return lk.Type != unix.F_UNLCK, true
}

// renameOverOpen: a file open here can be renamed over, and renamed
// itself, so scrub swaps the data file without letting go of its lock.
const renameOverOpen = true
