package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"circle/store"
)

// The rewrite after a delete never lets the file's name lead to a file no
// circle holds: another circle opening it just before the compacted copy
// takes the name, and just after, finds it locked (ErrLocked: a circle
// holds it, not some other program). Had it got in before, it would hold
// the old file, and every write it made would be lost with that file.
// Then the store goes on with the rewritten file, and what it writes is
// in the file its name leads to.
func TestScrubLeavesNoGapForAnotherOpener(t *testing.T) {
	if !store.RenameOverOpen {
		t.Skip("this system cannot rename over an open file: see replaceClosed")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	other := func() error {
		s, err := store.OpenWith(path, quickLock)
		if err == nil {
			s.Close()
			return errors.New("another circle opened the file")
		}
		return err
	}
	var before, after error
	renamed := 0
	rename := func(oldpath, newpath string) error {
		before = other()
		err := os.Rename(oldpath, newpath)
		after = other()
		renamed++
		return err
	}
	s := openWithT(t, path, store.Options{Rename: rename})
	gone := createT(t, s, store.Group{Name: "Gone", Created: "2026-01-01"})
	kept := createT(t, s, store.Group{Name: "Kept", Created: "2026-01-01"})
	saveT(t, s, gone, "2026-01-06")
	n, err := s.DeleteGroup(gone)
	if renamed != 1 {
		t.Fatalf("the delete renamed %d times, want once", renamed)
	}
	if !errors.Is(before, store.ErrLocked) {
		t.Errorf("another circle opening the file before the copy took its place: %v, want ErrLocked", before)
	}
	if !errors.Is(after, store.ErrLocked) {
		t.Errorf("another circle opening the file after the copy took its place: %v, want ErrLocked", after)
	}
	if n != 1 || err != nil {
		t.Fatalf("DeleteGroup = %d, %v; want 1, nil", n, err)
	}

	saveT(t, s, kept, "2026-01-13")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	assertOnlyFiles(t, dir, "circle.db")
	s = openT(t, path)
	if n, err := s.GroupMeetings(kept); n != 1 || err != nil {
		t.Errorf("after the rewrite and a save, reopened: GroupMeetings(Kept) = %d, %v; want 1", n, err)
	}
	if gs := groupsT(t, s); len(gs) != 1 || gs[0].ID != kept {
		t.Errorf("after the rewrite, reopened: Groups() = %+v, want only Kept", gs)
	}
}
