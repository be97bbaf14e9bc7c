package store_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"circle/store"

	bolt "go.etcd.io/bbolt"

	"circle/session"
)

// metaPage returns the page size and the txid of meta page n of the file
// in b, read as bbolt lays it out (see meta.go).
func metaPage(t *testing.T, b []byte, n int) (pageSize int, txid uint64) {
	t.Helper()
	ps := int(binary.LittleEndian.Uint32(b[16+8:]))
	if ps < 1024 || ps > 64<<10 {
		t.Fatalf("page size %d in meta page 0", ps)
	}
	return ps, binary.LittleEndian.Uint64(b[n*ps+16+48:])
}

// currentMeta returns the number of the meta page bbolt reads first: the
// one of the newer transaction.
func currentMeta(t *testing.T, b []byte) int {
	_, tx0 := metaPage(t, b, 0)
	_, tx1 := metaPage(t, b, 1)
	if tx1 > tx0 {
		return 1
	}
	return 0
}

// Ways to damage a meta page, by the byte offset within its meta (after
// the page header): the version, and one byte of the checksum.
var metaDamage = []struct {
	name string
	at   int
}{{"version", 4}, {"checksum", 56}}

// damageMeta flips one byte of meta page n in b.
func damageMeta(t *testing.T, b []byte, n, at int) {
	t.Helper()
	ps, _ := metaPage(t, b, 0)
	b[n*ps+16+at] ^= 0x5a
}

// finishedFile makes a data file as a group leaves it after its second
// meeting: a group, one saved meeting and one finished through the
// running-meeting journal, which rewrote the file.
func finishedFile(t *testing.T, path string) {
	t.Helper()
	s := openT(t, path)
	g := createT(t, s, tuesday())
	saveT(t, s, g, "2026-10-06")
	events := meetingEvents(t, 0)
	startT(t, s, events)
	m, err := session.Replay(events)
	if err != nil {
		t.Fatal(err)
	}
	l := m.Log()
	l.Group = g
	if err := s.FinishMeeting(l); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestOpenRefusesADamagedMetaPage(t *testing.T) {
	// bbolt would fall back to the other meta page; after the finish's
	// rewrite that page held an empty tree, and Open set up a new file
	// over the group and its meetings.
	for _, which := range []string{"current", "older"} {
		for _, d := range metaDamage {
			t.Run(which+" "+d.name, func(t *testing.T) {
				dir := t.TempDir()
				path := filepath.Join(dir, "circle.db")
				finishedFile(t, path)
				b := readFile(t, path)
				n := currentMeta(t, b)
				if which == "older" {
					n = 1 - n
				}
				damageMeta(t, b, n, d.at)
				if err := os.WriteFile(path, b, 0o600); err != nil {
					t.Fatal(err)
				}

				for _, o := range []struct {
					name string
					open func(string) (*store.Store, error)
				}{{"Open", store.Open}, {"OpenReadOnly", store.OpenReadOnly}} {
					s, err := o.open(path)
					if err == nil {
						s.Close()
					}
					if !errors.Is(err, store.ErrDamaged) {
						t.Errorf("%s: %v, want ErrDamaged", o.name, err)
					}
				}
				if !bytes.Equal(b, readFile(t, path)) {
					t.Error("the damaged file was changed")
				}
				assertOnlyFiles(t, dir, "circle.db")
			})
		}
	}
}

func TestCheckFindsADamagedMetaPage(t *testing.T) {
	// Damage after Open: `circle check` must say so, not "ok".
	for _, d := range metaDamage {
		t.Run(d.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "circle.db")
			finishedFile(t, path)
			s, err := store.OpenReadOnly(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := s.Check(); err != nil {
				t.Fatalf("Check() of a sound file = %v", err)
			}
			b := readFile(t, path)
			n := 1 - currentMeta(t, b) // the page bbolt does not read now
			ps, _ := metaPage(t, b, 0)
			f, err := os.OpenFile(path, os.O_RDWR, 0)
			if err != nil {
				t.Fatal(err)
			}
			off := int64(n*ps + 16 + d.at)
			if _, err := f.WriteAt([]byte{b[off] ^ 0x5a}, off); err != nil {
				t.Fatal(err)
			}
			f.Close()
			if err := s.Check(); !errors.Is(err, store.ErrDamaged) {
				t.Errorf("Check() = %v, want ErrDamaged", err)
			}
		})
	}
}

// fileState is what a data file holds, read with plain bbolt.
type fileState struct {
	Schema                   string
	Meetings, Groups, Active int
}

func readState(t *testing.T, path string) fileState {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var st fileState
	err = db.View(func(tx *bolt.Tx) error {
		if m := tx.Bucket([]byte("meta")); m != nil {
			st.Schema = string(m.Get([]byte("schema")))
		}
		for name, n := range map[string]*int{"meetings": &st.Meetings, "groups": &st.Groups, "active": &st.Active} {
			if b := tx.Bucket([]byte(name)); b != nil {
				*n = b.Stats().KeyN
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// stateByMeta reads the file at path once through each meta page: a copy
// with the other one damaged, which makes bbolt read that one.
func stateByMeta(t *testing.T, path string) [2]fileState {
	t.Helper()
	var out [2]fileState
	for n := range 2 {
		b := readFile(t, path)
		damageMeta(t, b, 1-n, 56)
		cp := filepath.Join(t.TempDir(), "copy.db")
		if err := os.WriteFile(cp, b, 0o600); err != nil {
			t.Fatal(err)
		}
		out[n] = readState(t, cp)
	}
	return out
}

func TestBothMetaPagesHoldTheWholeFile(t *testing.T) {
	// After every write that rewrites or sets up the file, the meta page
	// bbolt would fall back to describes the same tree.
	tests := []struct {
		name string
		make func(t *testing.T, path string)
		want fileState
	}{
		{"new file", func(t *testing.T, path string) { openT(t, path).Close() }, fileState{strconv.Itoa(store.SchemaVersion), 0, 0, 0}},
		{"finished meeting", finishedFile, fileState{strconv.Itoa(store.SchemaVersion), 2, 1, 0}},
		{"deleted group", func(t *testing.T, path string) {
			s := openT(t, path)
			keep := createT(t, s, store.Group{Name: "Thursday", Rules: []string{"One voice at a time."}, Created: "2026-01-01"})
			saveT(t, s, keep, "2026-10-08")
			g := createT(t, s, tuesday())
			saveT(t, s, g, "2026-10-06")
			if _, err := s.DeleteGroup(g); err != nil {
				t.Fatal(err)
			}
			s.Close()
		}, fileState{strconv.Itoa(store.SchemaVersion), 1, 1, 0}},
		{"set aside", func(t *testing.T, path string) {
			s := openT(t, path)
			saveT(t, s, 0, "2026-10-06")
			startT(t, s, meetingEvents(t, 20))
			if _, err := s.SetAsideActive(); err != nil {
				t.Fatal(err)
			}
			s.Close()
		}, fileState{strconv.Itoa(store.SchemaVersion), 1, 0, 0}},
		{"backup", func(t *testing.T, path string) {
			src := filepath.Join(t.TempDir(), "circle.db")
			finishedFile(t, src)
			if _, err := store.Backup(src, path); err != nil {
				t.Fatal(err)
			}
		}, fileState{strconv.Itoa(store.SchemaVersion), 2, 1, 0}},
		{"backup for a centre", func(t *testing.T, path string) {
			src := filepath.Join(t.TempDir(), "circle.db")
			finishedFile(t, src)
			if err := openT(t, src).BackupForCentre(path); err != nil {
				t.Fatal(err)
			}
		}, fileState{strconv.Itoa(store.SchemaVersion), 2, 1, 0}},
		{"migrated from schema 2", func(t *testing.T, path string) {
			fixture := readFile(t, filepath.Join("testdata", "schema2.db"))
			if err := os.WriteFile(path, fixture, 0o600); err != nil {
				t.Fatal(err)
			}
			openT(t, path).Close()
		}, fileState{strconv.Itoa(store.SchemaVersion), 1, 0, len(schema2Active(t))}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "circle.db")
			tt.make(t, path)
			for n, got := range stateByMeta(t, path) {
				if got != tt.want {
					t.Errorf("through meta page %d the file holds %+v, want %+v", n, got, tt.want)
				}
			}
		})
	}
}

func TestOpenRefusesAWrittenFileWithNoBuckets(t *testing.T) {
	// Written to, yet holding nothing: its tree was lost, so it is not a
	// new file to set up.
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	writeBolt(t, path, func(*bolt.Tx) error { return nil })
	before := readFile(t, path)
	for _, open := range []func(string) (*store.Store, error){store.Open, store.OpenReadOnly} {
		s, err := open(path)
		if err == nil {
			s.Close()
		}
		if !errors.Is(err, store.ErrDamaged) {
			t.Errorf("open: %v, want ErrDamaged", err)
		}
	}
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("the file was changed")
	}
	assertOnlyFiles(t, dir, "circle.db")
}

func TestAnEmptyFileLostItsContents(t *testing.T) {
	// circle never leaves a file of 0 bytes any more (see create), so one
	// is not "new": it is refused, and told apart from other damage.
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, open := range []func(string) (*store.Store, error){store.Open, store.OpenReadOnly} {
		_, err := open(path)
		if !errors.Is(err, store.ErrEmpty) || !errors.Is(err, store.ErrDamaged) {
			t.Errorf("open: %v, want ErrEmpty and ErrDamaged", err)
		}
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() != 0 {
		t.Errorf("the empty file was changed: %v, %v", fi, err)
	}
	assertOnlyFiles(t, dir, "circle.db")
}

func TestOpenCleansLeftovers(t *testing.T) {
	// What a kill leaves next to the data file: a new file not yet in
	// place (empty, or set up), a compacted copy, a copy on its way to
	// .bak. Names circle does not make are left alone.
	leftovers := []string{"circle.db.123.new", "circle.db.456.new", "circle.db.789.scrub", "circle.db.42.bak-tmp"}
	others := []string{"circle.db.notes.new", "circle.db..scrub", "other.db.1.scrub", "circle.db.schema1.bak", "circle.db.7.scrub.txt"}
	for _, existing := range []bool{false, true} {
		name := "no data file yet"
		if existing {
			name = "data file there"
		}
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "circle.db")
			if existing {
				finishedFile(t, path)
			}
			// A full data file's bytes, event times and all, for the copies.
			full := filepath.Join(t.TempDir(), "full.db")
			fs := openT(t, full)
			startT(t, fs, meetingEvents(t, 10))
			fs.Close()
			for i, n := range append(slices.Clone(leftovers), others...) {
				var b []byte
				if i > 0 {
					b = readFile(t, full)
				}
				if err := os.WriteFile(filepath.Join(dir, n), b, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			if existing {
				// A kill after the new file was linked into place, before
				// its temporary name went: a second name of the data file.
				if err := os.Link(path, filepath.Join(dir, "circle.db.555.new")); err != nil {
					t.Fatal(err)
				}
			}
			// One more being set up right now by another circle: bbolt holds
			// it open, so it is not left over.
			busy := filepath.Join(dir, "circle.db.999.new")
			db, err := bolt.Open(busy, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()

			s := openT(t, path)
			if n, err := s.Count(); err != nil || (existing && n != 2) || (!existing && n != 0) {
				t.Errorf("Count() = %d, %v", n, err)
			}
			assertOnlyFiles(t, dir, append([]string{"circle.db", "circle.db.999.new"}, others...)...)
		})
	}
}

func TestSymlinkedDataFileStaysALink(t *testing.T) {
	// The rewrite at the end of a meeting replaced the link with a file
	// and left the old bytes, times of day included, in the link's target.
	dir := t.TempDir()
	realDir := filepath.Join(dir, "synced")
	if err := os.Mkdir(realDir, 0o700); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(realDir, "circle-data.db")
	openT(t, target).Close()
	linkDir := filepath.Join(dir, "circle")
	if err := os.Mkdir(linkDir, 0o700); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(linkDir, "circle.db")
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}

	s := openT(t, link)
	if s.Path() != link {
		t.Errorf("Path() = %q, want the path given, %q", s.Path(), link)
	}
	events := meetingEvents(t, 0)
	startT(t, s, events)
	m, err := session.Replay(events)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.FinishMeeting(m.Log()); err != nil {
		t.Fatal(err)
	}
	s.Close()

	fi, err := os.Lstat(link)
	if err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link is now %v (%v), want a link still", fi.Mode(), err)
	}
	if to, _ := os.Readlink(link); to != target {
		t.Errorf("the link points to %q, want %q", to, target)
	}
	if st := readState(t, target); st.Meetings != 1 || st.Active != 0 {
		t.Errorf("the target holds %+v, want the finished meeting", st)
	}
	raw := readFile(t, target)
	for _, tod := range append(timesOfDay(events), `"at":"`) {
		if bytes.Contains(raw, []byte(tod)) {
			t.Errorf("the target still holds %q after the finish", tod)
		}
	}
	assertOnlyFiles(t, linkDir, "circle.db")
	assertOnlyFiles(t, realDir, "circle-data.db")

	t.Run("a link to nothing", func(t *testing.T) {
		dangling := filepath.Join(t.TempDir(), "circle.db")
		gone := filepath.Join(t.TempDir(), "gone", "circle.db")
		if err := os.Symlink(gone, dangling); err != nil {
			t.Fatal(err)
		}
		if _, err := store.Open(dangling); err == nil || !strings.Contains(err.Error(), dangling) {
			t.Errorf("Open of a link to nothing = %v, want an error naming it", err)
		}
		if _, err := os.Stat(filepath.Dir(gone)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("Open made the folder the link points into: %v", err)
		}
	})
	t.Run("a link to nothing in a folder that is there", func(t *testing.T) {
		dangling := filepath.Join(t.TempDir(), "circle.db")
		gone := filepath.Join(t.TempDir(), "circle.db")
		if err := os.Symlink(gone, dangling); err != nil {
			t.Fatal(err)
		}
		if s, err := store.Open(dangling); err == nil || !strings.Contains(err.Error(), dangling) {
			if err == nil {
				s.Close()
			}
			t.Errorf("Open of a link to nothing = %v, want an error naming it", err)
		}
		if _, err := os.Lstat(gone); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("Open made the file the link points to: %v", err)
		}
	})
}
