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

// Where an open file cannot be renamed over (Windows), a rewrite closes
// the file first, renames the copy over it and opens it again; the same
// on any system with CloseToReplace. What is deleted is gone from the
// bytes, the store goes on, and a failure at any step loses nothing.
func TestScrubClosingFirst(t *testing.T) {
	tests := []struct {
		name string
		opt  func(dir, path string) store.Options
		// scrubbed is whether the copy took the file's place.
		scrubbed bool
		want     error
	}{
		{"every step works", func(dir, path string) store.Options {
			return store.Options{}
		}, true, nil},
		{"the rename fails", func(dir, path string) store.Options {
			return store.Options{Rename: func(string, string) error { return errDisk }}
		}, false, store.ErrScrub},
		{"the folder's sync fails", func(dir, path string) store.Options {
			return disk(refuse{"sync", 1, is(dir)})
		}, true, store.ErrScrub},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "circle.db")
			opt := tt.opt(dir, path)
			opt.CloseToReplace = true
			openT(t, path).Close() // the file is there: only the rewrite meets the faults
			s := openWithT(t, path, opt)
			gone := createT(t, s, store.Group{Name: "Gone Thursdays", Created: "2026-01-01"})
			kept := createT(t, s, store.Group{Name: "Kept", Created: "2026-01-01"})
			saveT(t, s, gone, "2026-01-06")
			n, err := s.DeleteGroup(gone)
			if n != 1 || !errors.Is(err, tt.want) || tt.want == nil && err != nil {
				t.Fatalf("DeleteGroup = %d, %v; want 1, %v", n, err, tt.want)
			}
			if tt.want != nil && !errors.Is(err, errDisk) {
				t.Errorf("DeleteGroup = %v; want the disk's error in it", err)
			}
			if got := fileHas(t, path, "Gone Thursdays"); got == tt.scrubbed {
				t.Errorf("the deleted group's name in the file: %v, want %v", got, !tt.scrubbed)
			}
			// The store goes on, on the file its name leads to.
			saveT(t, s, kept, "2026-01-13")
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			assertOnlyFiles(t, dir, "circle.db")
			s = openT(t, path)
			if n, err := s.GroupMeetings(kept); n != 1 || err != nil {
				t.Errorf("reopened: GroupMeetings(Kept) = %d, %v; want 1", n, err)
			}
			if gs := groupsT(t, s); len(gs) != 1 || gs[0].ID != kept {
				t.Errorf("reopened: Groups() = %+v, want only Kept", gs)
			}
		})
	}
}

// Another circle that opens the file in the moment it is closed keeps it:
// the delete is saved, but this store cannot open the file again, and
// says so, instead of writing to a file that is no longer the one there.
func TestScrubClosingFirstLosesTheFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	var other *store.Store
	rename := func(oldpath, newpath string) error {
		err := os.Rename(oldpath, newpath)
		var oerr error
		other, oerr = store.OpenWith(path, quickLock)
		if oerr != nil {
			t.Errorf("another circle opening the file in the gap: %v", oerr)
		}
		return err
	}
	s := openWithT(t, path, store.Options{Rename: rename, CloseToReplace: true, LockTimeout: quickLock.LockTimeout})
	gone := createT(t, s, store.Group{Name: "Gone", Created: "2026-01-01"})
	saveT(t, s, gone, "2026-01-06")
	n, err := s.DeleteGroup(gone)
	if other == nil {
		t.Fatal("no other circle opened the file")
	}
	defer other.Close()
	if !errors.Is(err, store.ErrLocked) || errors.Is(err, store.ErrScrub) {
		t.Errorf("DeleteGroup = %d, %v; want ErrLocked, not ErrScrub", n, err)
	}
	if _, err := s.Count(); err == nil {
		t.Error("the store that lost its file still reads one")
	}
	// The other circle has the file, with the delete saved.
	if gs := groupsT(t, other); len(gs) != 0 {
		t.Errorf("the other circle's Groups() = %+v, want none", gs)
	}
}
