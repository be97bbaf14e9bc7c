package store_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"circle/session"
	"circle/store"
)

// A disk that refuses one step of a change (a sync, a link, a rename)
// makes the change fail with that error, and leaves what was there as it
// was: no half-made file under the name, no temporary file beside it.

var errDisk = errors.New("injected: the disk refused")

// refuse is a step of a file change that the disk refuses: the nth time
// (from 1) step is asked for a path that match accepts.
type refuse struct {
	step  string
	nth   int
	match func(path string) bool
}

// disk is Options whose Fault refuses the steps given, with errDisk.
func disk(refusals ...refuse) store.Options {
	seen := make([]int, len(refusals))
	return store.Options{LockTimeout: quickLock.LockTimeout, Fault: func(step, path string) error {
		for i, r := range refusals {
			if r.step != step || !r.match(path) {
				continue
			}
			seen[i]++
			if seen[i] == r.nth {
				return errDisk
			}
		}
		return nil
	}}
}

func ending(suffix string) func(string) bool {
	return func(p string) bool { return strings.HasSuffix(p, suffix) }
}

func is(want string) func(string) bool {
	return func(p string) bool { return p == want }
}

func TestNewFileOnAFailingDisk(t *testing.T) {
	tests := []struct {
		name    string
		refuse  func(dir, path string) []refuse
		wantErr bool
		// left is what the folder holds after.
		left []string
	}{
		{"the new file's sync", func(dir, path string) []refuse {
			return []refuse{{"sync", 1, ending(".new")}}
		}, true, nil},
		// A file system without hard links: renamed into place instead.
		{"the link", func(dir, path string) []refuse {
			return []refuse{{"link", 1, is(path)}}
		}, false, []string{"circle.db"}},
		{"the link and the rename", func(dir, path string) []refuse {
			return []refuse{{"link", 1, is(path)}, {"rename", 1, is(path)}}
		}, true, nil},
		// The file is in place, whole; only its name may not last.
		{"the folder's sync", func(dir, path string) []refuse {
			return []refuse{{"sync", 1, is(dir)}}
		}, true, []string{"circle.db"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "circle.db")
			s, err := store.OpenWith(path, disk(tt.refuse(dir, path)...))
			if err == nil {
				s.Close()
			}
			if tt.wantErr != errors.Is(err, errDisk) || !tt.wantErr && err != nil {
				t.Fatalf("OpenWith = %v; want the disk's error: %v", err, tt.wantErr)
			}
			assertOnlyFiles(t, dir, tt.left...)
			if len(tt.left) == 0 {
				return
			}
			// What is there is a whole circle file, schema and all.
			if schema, buckets := rawSchema(t, path); schema != "4" || len(buckets) != 5 {
				t.Errorf("the file left: schema %q, buckets %v", schema, buckets)
			}
		})
	}
}

func TestMigrationCopyOnAFailingDisk(t *testing.T) {
	tests := []struct {
		name   string
		refuse func(dir, path string) []refuse
		left   []string
	}{
		{"the copy's sync", func(dir, path string) []refuse {
			return []refuse{{"sync", 1, ending(".bak-tmp")}}
		}, []string{"circle.db"}},
		{"the copy's rename", func(dir, path string) []refuse {
			return []refuse{{"rename", 1, is(path + ".schema3.bak")}}
		}, []string{"circle.db"}},
		{"the folder's sync", func(dir, path string) []refuse {
			return []refuse{{"sync", 1, is(dir)}}
		}, []string{"circle.db", "circle.db.schema3.bak"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, fixture := copyFixture(t, "schema3.db")
			dir := filepath.Dir(path)
			s, err := store.OpenWith(path, disk(tt.refuse(dir, path)...))
			if err == nil {
				s.Close()
			}
			if !errors.Is(err, errDisk) {
				t.Fatalf("OpenWith of a schema 3 file = %v; want the disk's error", err)
			}
			if !bytes.Equal(readFile(t, path), fixture) {
				t.Error("the file was changed with no copy of it kept")
			}
			assertOnlyFiles(t, dir, tt.left...)
		})
	}
}

// The copies kept before a migration are numbered up to 1000; past that
// the file is not migrated, and stays as it was.
func TestMigrationCopiesRunOut(t *testing.T) {
	// Copies 1 to n of path before its migration from schema 3.
	copies := func(path string, n int) {
		for i := 1; i <= n; i++ {
			name := path + ".schema3.bak"
			if i > 1 {
				name = path + ".schema3." + strconv.Itoa(i) + ".bak"
			}
			if err := os.WriteFile(name, nil, 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	path, fixture := copyFixture(t, "schema3.db")
	copies(path, 999)
	// The thousandth is free.
	s := openT(t, path)
	s.Close()
	kept := path + ".schema3.1000.bak"
	if !bytes.Equal(readFile(t, kept), fixture) {
		t.Fatalf("%s is not the file as it was", kept)
	}

	path, fixture = copyFixture(t, "schema3.db")
	copies(path, 1000)
	if s, err := store.Open(path); err == nil {
		s.Close()
		t.Fatal("a file with 1000 copies kept was migrated without one")
	}
	if !bytes.Equal(readFile(t, path), fixture) {
		t.Error("the file was changed with no copy of it kept")
	}
	if _, err := os.Stat(path + ".schema3.1001.bak"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a 1001st copy: %v", err)
	}
}

func TestBackupOnAFailingDisk(t *testing.T) {
	tests := []struct {
		name string
		// held is whether a circle has the file open: then its bytes
		// are copied first (snapshot).
		held   bool
		refuse func(copies, dst string) []refuse
		left   []string
	}{
		{"the copy's sync", false, func(copies, dst string) []refuse {
			return []refuse{{"sync", 1, ending(".new")}}
		}, nil},
		{"the link", false, func(copies, dst string) []refuse {
			return []refuse{{"link", 1, is(dst)}}
		}, nil},
		{"the folder's sync", false, func(copies, dst string) []refuse {
			return []refuse{{"sync", 1, is(copies)}}
		}, []string{"backup.db"}},
		{"the snapshot's sync", true, func(copies, dst string) []refuse {
			return []refuse{{"sync", 1, ending(".snap-tmp")}}
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "circle.db")
			s := openT(t, path)
			saveT(t, s, 0, "2026-01-05")
			if !tt.held {
				s.Close()
			}
			copies := filepath.Join(dir, "copies")
			if err := os.Mkdir(copies, 0o700); err != nil {
				t.Fatal(err)
			}
			dst := filepath.Join(copies, "backup.db")
			if _, err := store.BackupWith(path, dst, disk(tt.refuse(copies, dst)...)); !errors.Is(err, errDisk) {
				t.Fatalf("Backup = %v; want the disk's error", err)
			}
			assertOnlyFiles(t, copies, tt.left...)
		})
	}
}

func TestRestoreOnAFailingDisk(t *testing.T) {
	tests := []struct {
		name     string
		refuse   func(dir, path string) []refuse
		restored bool
		left     []string
	}{
		{"the kept copy's sync", func(dir, path string) []refuse {
			return []refuse{{"sync", 1, ending(".bak-tmp")}}
		}, false, []string{"circle.db", "copy.db"}},
		{"the restored copy's sync", func(dir, path string) []refuse {
			return []refuse{{"sync", 2, ending(".bak-tmp")}}
		}, false, []string{"circle.db", "circle.db.before-restore.bak", "copy.db"}},
		{"the rename", func(dir, path string) []refuse {
			return []refuse{{"rename", 1, is(path)}}
		}, false, []string{"circle.db", "circle.db.before-restore.bak", "copy.db"}},
		{"the folder's last sync", func(dir, path string) []refuse {
			return []refuse{{"sync", 2, is(dir)}}
		}, true, []string{"circle.db", "circle.db.before-restore.bak", "copy.db"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "circle.db")
			s := openT(t, path)
			saveT(t, s, 0, "2026-01-05")
			s.Close()
			from := filepath.Join(dir, "copy.db")
			if _, err := store.Backup(path, from); err != nil {
				t.Fatal(err)
			}
			s = openT(t, path)
			saveT(t, s, 0, "2026-01-12")
			s.Close()
			before := readFile(t, path)
			if _, _, err := store.RestoreWith(path, from, disk(tt.refuse(dir, path)...)); !errors.Is(err, errDisk) {
				t.Fatalf("Restore = %v; want the disk's error", err)
			}
			if got := bytes.Equal(readFile(t, path), before); got == tt.restored {
				t.Errorf("the data file unchanged: %v, want %v", got, !tt.restored)
			}
			assertOnlyFiles(t, dir, tt.left...)
		})
	}
}

// A rewrite (scrub) that the disk refuses loses nothing: the change is
// saved, the error says only the rewrite failed (ErrScrub), and the store
// goes on with a whole file.
func TestScrubOnAFailingDisk(t *testing.T) {
	none := func(dir, path string) []refuse { return nil }
	tests := []struct {
		name    string
		refuse  func(dir, path string) []refuse
		compact func(dst, src *bolt.DB, txMaxSize int64) error
	}{
		{"the copy's sync", func(dir, path string) []refuse {
			return []refuse{{"sync", 1, ending(store.ScrubSuffix)}}
		}, nil},
		{"the folder's sync", func(dir, path string) []refuse {
			return []refuse{{"sync", 1, is(dir)}}
		}, nil},
		{"the compaction", none, func(dst, src *bolt.DB, txMaxSize int64) error {
			return errDisk
		}},
		// The copy's file lost once written: its last commit fails.
		{"the compacted copy's last commit", none, func(dst, src *bolt.DB, txMaxSize int64) error {
			err := bolt.Compact(dst, src, txMaxSize)
			dst.Close()
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "circle.db")
			s := openT(t, path)
			a := createT(t, s, store.Group{Name: "A", Created: "2026-01-01"})
			b := createT(t, s, store.Group{Name: "B", Created: "2026-01-01"})
			saveT(t, s, a, "2026-01-06")
			s.Close()
			opt := disk(tt.refuse(dir, path)...)
			opt.Compact = tt.compact
			s = openWithT(t, path, opt)
			n, err := s.DeleteGroup(a)
			if n != 1 || !errors.Is(err, store.ErrScrub) || tt.compact == nil && !errors.Is(err, errDisk) {
				t.Fatalf("DeleteGroup = %d, %v; want 1 and ErrScrub with the disk's error", n, err)
			}
			saveT(t, s, b, "2026-01-13")
			s.Close()
			assertOnlyFiles(t, dir, "circle.db")
			s = openT(t, path)
			if gs := groupsT(t, s); len(gs) != 1 || gs[0].ID != b {
				t.Errorf("Groups() = %+v, want only B", gs)
			}
			if n, err := s.GroupMeetings(b); n != 1 || err != nil {
				t.Errorf("GroupMeetings(B) = %d, %v; want 1", n, err)
			}
		})
	}
}

// The wipe after a finished meeting syncs the zeros it wrote: a refused
// sync is ErrScrub, with the meeting saved.
func TestWipeOnAFailingDisk(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	s := openWithT(t, path, disk(refuse{"sync", 1, is(path)}))
	events := meetingEvents(t, 30)
	startT(t, s, events)
	m, err := session.Replay(events)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.FinishMeeting(m.Log()); !errors.Is(err, store.ErrScrub) || !errors.Is(err, errDisk) {
		t.Fatalf("FinishMeeting = %v; want ErrScrub with the disk's error", err)
	}
	if n, err := s.Count(); n != 1 || err != nil {
		t.Errorf("Count() = %d, %v; want the meeting saved", n, err)
	}
}

func TestBackupForCentreOnAFailingDisk(t *testing.T) {
	tests := []struct {
		name   string
		refuse func(dir, out string) []refuse
		left   []string
	}{
		{"the copy's sync", func(dir, out string) []refuse {
			return []refuse{{"sync", 1, func(p string) bool { return filepath.Dir(p) == dir && strings.HasSuffix(p, ".new") }}}
		}, nil},
		{"the link and the rename", func(dir, out string) []refuse {
			return []refuse{{"link", 1, is(out)}, {"rename", 1, is(out)}}
		}, nil},
		{"the folder's sync", func(dir, out string) []refuse {
			return []refuse{{"sync", 1, is(dir)}}
		}, []string{"centre.db"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			copies := t.TempDir()
			out := filepath.Join(copies, "centre.db")
			s := openWithT(t, filepath.Join(t.TempDir(), "circle.db"), disk(tt.refuse(copies, out)...))
			saveT(t, s, 0, "2026-01-05")
			if err := s.BackupForCentre(out); !errors.Is(err, errDisk) {
				t.Fatalf("BackupForCentre = %v; want the disk's error", err)
			}
			assertOnlyFiles(t, copies, tt.left...)
		})
	}
}
