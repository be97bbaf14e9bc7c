package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"circle/store"
)

// A rewrite whose rename fails lets go of the copy it opened: no file of
// the process stays open on it (a deleted file held open keeps its disk
// space, and its bytes, until the process ends).
func TestScrubRenameFailsLeavesNoCopyOpen(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	s := openWithT(t, path, store.Options{Rename: func(string, string) error { return errors.New("injected") }})
	a := createT(t, s, store.Group{Name: "A", Created: "2026-01-01"})
	saveT(t, s, a, "2026-01-06")
	if _, err := s.DeleteGroup(a); !errors.Is(err, store.ErrScrub) {
		t.Fatalf("DeleteGroup with the rename failing: %v, want ErrScrub", err)
	}
	fds, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd:", err)
	}
	for _, fd := range fds {
		target, err := os.Readlink(filepath.Join("/proc/self/fd", fd.Name()))
		if err == nil && strings.HasPrefix(target, dir) && strings.Contains(target, store.ScrubSuffix) {
			t.Errorf("file %s stays open on the copy: %s", fd.Name(), target)
		}
	}
}

// A restore holds the current file's lock while it copies it, and lets
// go of it before the copy takes its place: no file of the process stays
// open on the file it replaced.
func TestRestoreLeavesNoFileOpen(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	s := openT(t, path)
	saveT(t, s, 0, "2026-01-05")
	s.Close()
	from := filepath.Join(dir, "copy.db")
	if _, err := store.Backup(path, from); err != nil {
		t.Fatal(err)
	}
	if _, _, err := store.Restore(path, from); err != nil {
		t.Fatal(err)
	}
	fds, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd:", err)
	}
	for _, fd := range fds {
		target, err := os.Readlink(filepath.Join("/proc/self/fd", fd.Name()))
		if err == nil && strings.HasPrefix(target, dir) {
			t.Errorf("file %s stays open: %s", fd.Name(), target)
		}
	}
}
