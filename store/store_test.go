package store_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"circle/store"

	bolt "go.etcd.io/bbolt"

	"circle/session"
)

// circleLog is a realistic log of a circle-of-sharing meeting: a check-in,
// a sharing turn and a reaction round per seat, and a check-out.
func circleLog(date string, seats int) session.Log {
	l := session.Log{
		Version:        session.LogVersion,
		Date:           date,
		PlannedMinutes: 120,
		ActualSeconds:  6950,
		Present:        seats,
		SentWord:       1,
		Format:         "circle",
		Completed:      true,
		RulesTotal:     10,
		RulesReviewed:  []string{"confidential", "one-voice", "own-experience", "no-advice", "may-pass"},
		Prompts:        []string{"checkin-3", "reaction-1", "checkout-2"},
		Handover:       true,
		Breaks:         1,
		BreakSeconds:   600,
		Choices:        []string{},
	}
	turn := func(seat int, kind string, about, planned, actual int, passed bool) {
		l.Turns = append(l.Turns, session.LogTurn{
			Seat: seat, Kind: kind, About: about, PlannedSeconds: planned, Seconds: actual,
			Passed: passed, Early: !passed && actual < planned, OvertimeSeconds: max(0, actual-planned),
		})
	}
	for s := 1; s <= seats; s++ {
		turn(s, "checkin", 0, 90, 60+s*7, s == 4)
	}
	for s := 1; s <= seats; s++ {
		turn(s, "share", 0, 600, 540+s*20, false)
		for r := 1; r <= seats; r++ {
			if r != s {
				turn(r, "reaction", s, 60, 45+r*3, r == 2)
			}
		}
	}
	for s := 1; s <= seats; s++ {
		turn(s, "checkout", 0, 60, 50, false)
	}
	return l
}

// quickLock gives up on a file in use at once, for tests of one that are
// not about how long circle waits (TestSecondOpenIsLocked is).
var quickLock = store.Options{LockTimeout: 20 * time.Millisecond}

func openT(t *testing.T, path string) *store.Store { return openWithT(t, path, store.Options{}) }

// openWithT opens path with options of the test's own.
func openWithT(t *testing.T, path string, opt store.Options) *store.Store {
	t.Helper()
	s, err := store.OpenWith(path, opt)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// writeBolt makes a bbolt file that did not come from Open.
func writeBolt(t *testing.T, path string, f func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(f); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestOpenCreatesPrivateFolderAndFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permission bits on Windows")
	}
	dir := filepath.Join(t.TempDir(), "data", "circle")
	path := filepath.Join(dir, "circle.db")
	openT(t, path)

	for _, c := range []struct {
		path string
		want fs.FileMode
	}{{dir, 0o700}, {path, 0o600}} {
		fi, err := os.Stat(c.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != c.want {
			t.Errorf("%s: mode %v, want %v", c.path, got, c.want)
		}
	}
}

func TestOpenRecordsSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		var schema []byte
		if b := tx.Bucket([]byte("meta")); b != nil {
			schema = b.Get([]byte("schema"))
		}
		if string(schema) != "4" {
			t.Errorf("meta/schema = %q, want \"4\"", schema)
		}
		for _, name := range []string{"meetings", "active", "groups", "counts"} {
			if tx.Bucket([]byte(name)) == nil {
				t.Errorf("no %s bucket", name)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestOpenTwiceKeepsSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	openT(t, path).Close()
	before := readFile(t, path)
	openT(t, path).Close()
	// Opening a good file writes nothing, so the bytes are the same.
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("reopening changed the file")
	}
}

func TestOpenSetsUpEmptyBoltFile(t *testing.T) {
	// bbolt writes its meta pages before Open's first write; a crash in
	// between leaves a file with no buckets, which must not stay unusable.
	// (An older circle could leave one; this one sets a file up aside.)
	// Such a file was never written to: bbolt's set-up only, no Update,
	// which would make it a file that lost its tree (see
	// TestOpenRefusesAWrittenFileWithNoBuckets).
	path := filepath.Join(t.TempDir(), "circle.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	s := openT(t, path)
	if err := s.SaveMeeting(circleLog("2025-01-07", 4)); err != nil {
		t.Fatal(err)
	}
	// Set up, not upgraded: it had no schema to keep a copy of.
	assertOnlyFiles(t, filepath.Dir(path), "circle.db")
}

func TestSaveMeetingsReadBackInOrder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)

	march := circleLog("2025-03-04", 6)
	feb1 := circleLog("2025-02-25", 5)
	feb2 := circleLog("2025-02-25", 4)
	feb2.Completed = false
	for _, l := range []session.Log{march, feb1, feb2} {
		if err := s.SaveMeeting(l); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// Read back from a fresh open, so the logs come from disk.
	s = openT(t, path)
	got, err := s.Meetings()
	if err != nil {
		t.Fatal(err)
	}
	want := []session.Log{feb1, feb2, march}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Meetings() mismatch (-want +got):\n%s", diff)
	}
	if n, err := s.Count(); err != nil || n != 3 {
		t.Errorf("Count() = %d, %v, want 3", n, err)
	}
	s.Close()

	// On disk the keys are the date and the save sequence, nothing more.
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var keys []string
	db.View(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meetings")).ForEach(func(k, _ []byte) error {
			if len(k) != 18 {
				t.Errorf("key %q: %d bytes, want 18", k, len(k))
				return nil
			}
			keys = append(keys, fmt.Sprintf("%s#%d", k[:10], binary.BigEndian.Uint64(k[10:])))
			return nil
		})
	})
	wantKeys := []string{"2025-02-25#2", "2025-02-25#3", "2025-03-04#1"}
	if diff := cmp.Diff(wantKeys, keys); diff != "" {
		t.Errorf("keys on disk (-want +got):\n%s", diff)
	}
}

func TestMeetingsEmptyIsNotNil(t *testing.T) {
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	got, err := s.Meetings()
	if err != nil || got == nil || len(got) != 0 {
		t.Errorf("Meetings() = %#v, %v, want an empty non-nil slice", got, err)
	}
}

func TestSaveMeetingRefusesDateWithTime(t *testing.T) {
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	for _, date := range []string{"", "2025-03-04T19:30:00", "2025-3-4", "04.03.2025"} {
		if err := s.SaveMeeting(circleLog(date, 4)); err == nil {
			t.Errorf("SaveMeeting(date %q) = nil, want an error", date)
		}
	}
	if n, _ := s.Count(); n != 0 {
		t.Errorf("Count() = %d after refused saves, want 0", n)
	}
}

func TestSecondOpenIsLocked(t *testing.T) {
	// It waits out circle's own lock timeout, twice at once, alongside
	// the other tests: the one test that does (others use quickLock).
	t.Parallel()
	path := filepath.Join(t.TempDir(), "circle.db")
	openT(t, path)

	for _, o := range []struct {
		name string
		open func(string) (*store.Store, error)
	}{{"Open", store.Open}, {"OpenReadOnly", store.OpenReadOnly}} {
		t.Run(o.name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			s, err := o.open(path)
			if err == nil {
				s.Close()
			}
			if !errors.Is(err, store.ErrLocked) {
				t.Errorf("%s while open elsewhere: %v, want ErrLocked", o.name, err)
			}
			// An upper bound only: the promise is a message, not a hang.
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("%s took %v to give up", o.name, d)
			}
		})
	}
}

func TestOpenRefusesAndLeavesFileAlone(t *testing.T) {
	tests := []struct {
		name string
		make func(t *testing.T, path string)
		want error
	}{
		{
			name: "garbage",
			make: func(t *testing.T, path string) {
				os.WriteFile(path, bytes.Repeat([]byte("not a database\n"), 2000), 0o600)
			},
			want: store.ErrDamaged,
		},
		{
			name: "tiny garbage",
			make: func(t *testing.T, path string) { os.WriteFile(path, []byte("hello"), 0o600) },
			want: store.ErrDamaged,
		},
		{
			name: "empty file",
			make: func(t *testing.T, path string) { os.WriteFile(path, nil, 0o600) },
			want: store.ErrDamaged,
		},
		{
			name: "truncated to half",
			make: func(t *testing.T, path string) {
				writeMeetings(t, path)
				// Half of the pages in use, not half of the file: bbolt grows
				// the file ahead of its pages, so the file's second half may
				// hold nothing yet.
				if err := os.Truncate(path, pagesInUse(t, path)/2); err != nil {
					t.Fatal(err)
				}
			},
			want: store.ErrDamaged,
		},
		{
			name: "truncated by one page",
			make: func(t *testing.T, path string) {
				writeMeetings(t, path)
				if err := os.Truncate(path, pagesInUse(t, path)-4096); err != nil {
					t.Fatal(err)
				}
			},
			want: store.ErrDamaged,
		},
		{
			// bbolt refuses this with an error of its own, not a sentinel.
			name: "cut to its first page",
			make: func(t *testing.T, path string) {
				writeMeetings(t, path)
				if err := os.Truncate(path, 4096); err != nil {
					t.Fatal(err)
				}
			},
			want: store.ErrDamaged,
		},
		{
			// The root page's type is made invalid, which makes bbolt
			// panic rather than return an error.
			name: "root page scribbled",
			make: func(t *testing.T, path string) {
				writeMeetings(t, path)
				b := readFile(t, path)
				const page = 4096
				for meta := 0; meta < 2; meta++ {
					// meta page: 16-byte page header, then magic, version,
					// page size, flags (4 bytes each), then the root pgid.
					root := binary.LittleEndian.Uint64(b[meta*page+32:])
					b[int(root)*page+8] = 0xff // page header: 8-byte id, then flags
				}
				if err := os.WriteFile(path, b, 0o600); err != nil {
					t.Fatal(err)
				}
			},
			want: store.ErrDamaged,
		},
		{
			name: "another program's bolt file",
			make: func(t *testing.T, path string) {
				writeBolt(t, path, func(tx *bolt.Tx) error {
					b, err := tx.CreateBucket([]byte("settings"))
					if err != nil {
						return err
					}
					return b.Put([]byte("theme"), []byte("dark"))
				})
			},
			want: store.ErrNotCircle,
		},
		{
			name: "meta bucket without schema",
			make: func(t *testing.T, path string) {
				writeBolt(t, path, func(tx *bolt.Tx) error {
					_, err := tx.CreateBucket([]byte("meta"))
					return err
				})
			},
			want: store.ErrNotCircle,
		},
		{
			name: "newer schema",
			make: func(t *testing.T, path string) { setSchema(t, path, strconv.Itoa(store.SchemaVersion+1)) },
			want: store.ErrNewer,
		},
		{
			name: "schema 2 without its active bucket",
			make: func(t *testing.T, path string) {
				openT(t, path).Close()
				writeBolt(t, path, func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("active")) })
			},
			want: store.ErrDamaged,
		},
		{
			name: "schema 3 without its groups bucket",
			make: func(t *testing.T, path string) {
				openT(t, path).Close()
				writeBolt(t, path, func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("groups")) })
			},
			want: store.ErrDamaged,
		},
		{
			name: "schema not a number",
			make: func(t *testing.T, path string) { setSchema(t, path, "one") },
			want: store.ErrDamaged,
		},
		{
			name: "no meetings bucket",
			make: func(t *testing.T, path string) {
				writeBolt(t, path, func(tx *bolt.Tx) error {
					b, err := tx.CreateBucket([]byte("meta"))
					if err != nil {
						return err
					}
					return b.Put([]byte("schema"), []byte("1"))
				})
			},
			want: store.ErrDamaged,
		},
	}
	for _, tt := range tests {
		for _, o := range []struct {
			name string
			open func(string) (*store.Store, error)
		}{{"Open", store.Open}, {"OpenReadOnly", store.OpenReadOnly}} {
			t.Run(tt.name+"/"+o.name, func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "circle.db")
				tt.make(t, path)
				before := readFile(t, path)

				s, err := o.open(path)
				if err == nil {
					s.Close()
				}
				if !errors.Is(err, tt.want) {
					t.Errorf("%s: %v, want %v", o.name, err, tt.want)
				}
				if !bytes.Equal(before, readFile(t, path)) {
					t.Errorf("%s changed the file it refused", o.name)
				}
				// Nor made a copy of it for a migration.
				assertOnlyFiles(t, filepath.Dir(path), "circle.db")
			})
		}
	}
}

func writeMeetings(t *testing.T, path string) {
	t.Helper()
	s := openT(t, path)
	for _, d := range []string{"2025-01-07", "2025-01-14", "2025-01-21"} {
		if err := s.SaveMeeting(circleLog(d, 6)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

// pagesInUse returns the bytes of path that bbolt's pages use.
func pagesInUse(t *testing.T, path string) int64 {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int64
	db.View(func(tx *bolt.Tx) error { n = tx.Size(); return nil })
	return n
}

func TestOpenToleratesCutSpareSpace(t *testing.T) {
	// Space past the pages in use holds nothing, so losing it is no damage.
	path := filepath.Join(t.TempDir(), "circle.db")
	writeMeetings(t, path)
	if err := os.Truncate(path, pagesInUse(t, path)); err != nil {
		t.Fatal(err)
	}
	s := openT(t, path)
	if n, err := s.Count(); n != 3 || err != nil {
		t.Errorf("Count() = %d, %v, want 3", n, err)
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check() = %v", err)
	}
}

// setSchema makes a good data file, then sets meta/schema behind its back.
func setSchema(t *testing.T, path, v string) {
	t.Helper()
	openT(t, path).Close()
	writeBolt(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte(v))
	})
}

func TestOpenUnusablePath(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file.txt")
	if err := os.WriteFile(file, []byte("notes"), 0o600); err != nil {
		t.Fatal(err)
	}

	for _, o := range []struct {
		name string
		open func(string) (*store.Store, error)
	}{{"Open", store.Open}, {"OpenReadOnly", store.OpenReadOnly}} {
		t.Run(o.name+"/under a file", func(t *testing.T) {
			path := filepath.Join(file, "x.db")
			_, err := o.open(path)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), file) {
				t.Errorf("error %q does not name the path", err)
			}
			for _, e := range []error{store.ErrLocked, store.ErrNotCircle, store.ErrNewer, store.ErrDamaged} {
				if errors.Is(err, e) {
					t.Errorf("error %q claims %v", err, e)
				}
			}
			if runtime.GOOS != "windows" && !errors.Is(err, syscall.ENOTDIR) {
				t.Errorf("error %q is not ENOTDIR", err)
			}
			if !bytes.Equal(readFile(t, file), []byte("notes")) {
				t.Error("the file in the way was changed")
			}
		})
		t.Run(o.name+"/a folder", func(t *testing.T) {
			_, err := o.open(dir)
			if !errors.Is(err, syscall.EISDIR) {
				t.Errorf("error %v, want EISDIR", err)
			}
		})
	}
}

func TestOpenReadOnlyFilePermission(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("needs Unix permissions that apply (not root)")
	}
	path := filepath.Join(t.TempDir(), "circle.db")
	openT(t, path).Close()
	if err := os.Chmod(path, 0o400); err != nil {
		t.Fatal(err)
	}
	before := readFile(t, path)
	if _, err := store.Open(path); !errors.Is(err, fs.ErrPermission) {
		t.Errorf("Open of a read-only file: %v, want fs.ErrPermission", err)
	}
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("Open changed a read-only file")
	}
	// history still works on it.
	s, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatalf("OpenReadOnly: %v", err)
	}
	s.Close()
}

func TestOpenReadOnly(t *testing.T) {
	t.Run("missing file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "circle", "circle.db")
		if _, err := store.OpenReadOnly(path); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("OpenReadOnly(missing) = %v, want fs.ErrNotExist", err)
		}
		if _, err := os.Stat(filepath.Dir(path)); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("OpenReadOnly created the folder: %v", err)
		}
	})
	t.Run("reads and never writes", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "circle.db")
		w := openT(t, path)
		want := []session.Log{circleLog("2025-05-06", 6)}
		if err := w.SaveMeeting(want[0]); err != nil {
			t.Fatal(err)
		}
		w.Close()
		before := readFile(t, path)

		s, err := store.OpenReadOnly(path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		got, err := s.Meetings()
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Meetings() mismatch (-want +got):\n%s", diff)
		}
		if err := s.SaveMeeting(want[0]); err == nil {
			t.Error("SaveMeeting on a read-only store succeeded")
		}
		if err := s.Check(); err != nil {
			t.Errorf("Check() = %v", err)
		}
		if !bytes.Equal(before, readFile(t, path)) {
			t.Error("the read-only store changed the file")
		}
	})
}

func TestCheckFindsDamagedPage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	// Enough meetings to fill several pages: records are compact.
	for i := range 40 {
		if err := s.SaveMeeting(circleLog(time.Date(2025, 1, 7+7*i, 0, 0, 0, 0, time.UTC).Format(time.DateOnly), 6)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Check(); err != nil {
		t.Fatalf("Check() on a good file = %v", err)
	}
	s.Close()

	// Scribble over the middle of every page after the two meta pages:
	// Open's quick look at meta and schema may pass, Check must not.
	b := readFile(t, path)
	const page = 4096
	for off := 2 * page; off+page <= len(b); off += page {
		copy(b[off+page/2:], bytes.Repeat([]byte{0xff}, 64))
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := store.OpenReadOnly(path)
	if err != nil {
		if !errors.Is(err, store.ErrDamaged) {
			t.Fatalf("OpenReadOnly = %v, want nil or ErrDamaged", err)
		}
		return
	}
	defer s.Close()
	if err := s.Check(); !errors.Is(err, store.ErrDamaged) {
		t.Errorf("Check() on a scribbled file = %v, want ErrDamaged", err)
	}
}

func BenchmarkSaveMeeting(b *testing.B) {
	s, err := store.Open(filepath.Join(b.TempDir(), "circle.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	l := circleLog("2025-03-04", 6)
	b.ReportAllocs()
	for b.Loop() {
		if err := s.SaveMeeting(l); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSaveMeetingsAllOrNone(t *testing.T) {
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	a, b := circleLog("2025-01-07", 5), circleLog("2025-01-14", 6)
	bad := circleLog("2025-01-21T18:00", 4)
	// The refusal names which of the batch it is.
	if err := s.SaveMeetings([]session.Log{a, bad, b}); err == nil || !strings.Contains(err.Error(), "save meeting 2 of 3") {
		t.Errorf("SaveMeetings with a time of day = %v, want it to name meeting 2 of 3", err)
	}
	stray := b
	stray.Group = 99
	if err := s.SaveMeetings([]session.Log{a, stray}); !errors.Is(err, store.ErrNoGroup) {
		t.Errorf("SaveMeetings of an unknown group = %v, want ErrNoGroup", err)
	}
	if n, _ := s.Count(); n != 0 {
		t.Fatalf("a refused batch left %d meetings", n)
	}
	if err := s.SaveMeetings([]session.Log{b, a}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Meetings()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]session.Log{a, b}, got); diff != "" {
		t.Errorf("Meetings() (-want +got):\n%s", diff)
	}
}
