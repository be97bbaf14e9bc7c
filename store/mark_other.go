//go:build !linux && !windows

package store

import "os"

// holdMark takes no mark here: the BSDs and macOS have no lock that is
// both independent of bbolt's flock and seen across open files of one
// process. A blocked circle cannot tell who holds the file (markHeld).
func holdMark(string) *os.File { return nil }

// markHeld reports that who holds the file cannot be told.
func markHeld(string) (held, known bool) { return false, false }

// renameOverOpen: a file open here can be renamed over, and renamed
// itself, so scrub swaps the data file without letting go of its lock.
const renameOverOpen = true
