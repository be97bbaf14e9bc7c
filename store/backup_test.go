package store_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"circle/store"
)

func TestBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	s := openT(t, path)
	a := createT(t, s, store.Group{Name: "A"})
	saveT(t, s, a, "2026-01-05")
	saveT(t, s, a, "2026-02-02")
	saveT(t, s, 0, "2025-12-01")
	// A meeting is running: its events hold times of day.
	startT(t, s, meetingEvents(t, 5))
	events := timesOfDay(activeT(t, s))
	if len(events) == 0 {
		t.Fatal("the running meeting's events hold no time of day to look for")
	}

	// s holds the file open, as a running circle would.
	dst := filepath.Join(dir, "copies", "backup.db")
	if err := os.Mkdir(filepath.Dir(dst), 0o700); err != nil {
		t.Fatal(err)
	}
	info, err := store.BackupWith(path, dst, quickLock)
	if err != nil {
		t.Fatalf("Backup while the file is open: %v", err)
	}
	if info != (store.CopyInfo{Schema: store.SchemaVersion, Meetings: 3, Groups: 1, Last: "2026-02-02"}) {
		t.Errorf("Backup = %+v", info)
	}
	fi, err := os.Stat(dst)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("the copy is %v, want 0600", fi.Mode().Perm())
	}
	for _, tod := range events {
		if fileHas(t, dst, tod) {
			t.Errorf("the copy holds the running meeting's time of day %q", tod)
		}
	}
	c, err := store.OpenReadOnly(dst)
	if err != nil {
		t.Fatal(err)
	}
	if ev, err := c.ActiveEvents(); err != nil || len(ev) != 0 {
		t.Errorf("the copy's running meeting: %d events, %v; want none", len(ev), err)
	}
	logs, _ := c.GroupLogs(a)
	c.Close()
	if len(logs) != 2 {
		t.Errorf("the copy holds %d of A's meetings, want 2", len(logs))
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "copies", "*tmp*")); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}

	// The copy keeps the groups' sequence: a group made in it after a
	// restore never takes an id used before.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	r := openT(t, dst)
	if id := createT(t, r, store.Group{Name: "B"}); id <= a {
		t.Errorf("a new group in the copy got id %d, not after %d", id, a)
	}
	r.Close()

	// Without another circle on the file, the same.
	dst2 := filepath.Join(dir, "copies", "backup2.db")
	if info, err := store.Backup(path, dst2); err != nil || info.Meetings != 3 {
		t.Errorf("Backup of a file no one holds = %+v, %v", info, err)
	}
}

func TestBackupRefuses(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	s := openT(t, path)
	saveT(t, s, 0, "2026-01-05")
	s.Close()
	there := filepath.Join(dir, "there.db")
	if err := os.WriteFile(there, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Backup(path, there); !errors.Is(err, store.ErrExists) {
		t.Errorf("Backup over a file = %v, want ErrExists", err)
	}
	if b, _ := os.ReadFile(there); string(b) != "mine" {
		t.Errorf("the file there was changed: %q", b)
	}
	if _, err := store.Backup(filepath.Join(dir, "missing.db"), filepath.Join(dir, "x.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Backup of a missing file = %v", err)
	}
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, bytes.Repeat([]byte("x"), 8192), 0o600)
	if _, err := store.Backup(junk, filepath.Join(dir, "y.db")); !errors.Is(err, store.ErrDamaged) {
		t.Errorf("Backup of junk = %v, want ErrDamaged", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "y.db")); !errors.Is(err, os.ErrNotExist) {
		t.Error("a failed backup left its file")
	}
}

func TestSnapshotOfAFileInUse(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	s := openT(t, path)
	defer s.Close()
	saveT(t, s, 0, "2026-01-05")
	snap, err := store.Snapshot(path, dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer os.Remove(snap)
	want, _ := store.NewestTx(path)
	if got, err := store.NewestTx(snap); err != nil || got != want {
		t.Errorf("the snapshot's newest transaction = %d, %v; want %d", got, err, want)
	}
	if _, err := store.NewestTx(filepath.Join(dir, "nope")); err == nil {
		t.Error("newestTx of a missing file: no error")
	}
	junk := filepath.Join(dir, "junk")
	os.WriteFile(junk, make([]byte, 9000), 0o600)
	if _, err := store.NewestTx(junk); !errors.Is(err, store.ErrDamaged) {
		t.Errorf("newestTx of zeros = %v, want ErrDamaged", err)
	}
	if _, err := store.Snapshot(junk, dir, store.Options{}); !errors.Is(err, store.ErrDamaged) {
		t.Errorf("snapshot of zeros = %v, want ErrDamaged", err)
	}
}

func TestRestore(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	s := openT(t, path)
	saveT(t, s, 0, "2026-01-05")
	saveT(t, s, 0, "2026-01-12")
	s.Close()
	copyPath := filepath.Join(dir, "copy.db")
	if _, err := store.Backup(path, copyPath); err != nil {
		t.Fatal(err)
	}
	s = openT(t, path)
	saveT(t, s, 0, "2026-01-19")
	s.Close()
	current, _ := os.ReadFile(path)

	kept, info, err := store.Restore(path, copyPath)
	if err != nil {
		t.Fatal(err)
	}
	if info.Meetings != 2 || info.Last != "2026-01-12" {
		t.Errorf("Restore's copy = %+v", info)
	}
	if kept != path+".before-restore.bak" {
		t.Errorf("kept %q", kept)
	}
	if b, _ := os.ReadFile(kept); !bytes.Equal(b, current) {
		t.Error("the kept file is not the data file as it was")
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("the restored file is %v", fi.Mode().Perm())
	}
	s = openT(t, path)
	if n, _ := s.Count(); n != 2 {
		t.Errorf("after the restore: %d meetings, want 2", n)
	}
	s.Close()
	// A second restore keeps a second copy, never over the first.
	kept2, _, err := store.Restore(path, copyPath)
	if err != nil || kept2 != path+".before-restore.2.bak" {
		t.Errorf("the second restore kept %q, %v", kept2, err)
	}
	// Into a place with no data file yet: nothing to keep.
	fresh := filepath.Join(dir, "new", "circle.db")
	if kept, _, err := store.Restore(fresh, copyPath); err != nil || kept != "" {
		t.Errorf("Restore to a new place kept %q, %v", kept, err)
	}
}

func TestRestoreRefusesAndChangesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	s := openT(t, path)
	saveT(t, s, 0, "2026-01-05")
	s.Close()
	good := filepath.Join(dir, "good.db")
	if _, err := store.Backup(path, good); err != nil {
		t.Fatal(err)
	}
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, bytes.Repeat([]byte("x"), 8192), 0o600)
	cut := filepath.Join(dir, "cut.db")
	b, _ := os.ReadFile(good)
	os.WriteFile(cut, b[:len(b)/2], 0o600)
	before, _ := os.ReadFile(path)

	for name, from := range map[string]string{"junk": junk, "cut short": cut, "missing": filepath.Join(dir, "no.db"), "itself": path} {
		if _, _, err := store.Restore(path, from); err == nil {
			t.Errorf("Restore from %s: no error", name)
		}
	}
	// Another circle has the file open.
	s = openT(t, path)
	if _, _, err := store.RestoreWith(path, good, quickLock); !errors.Is(err, store.ErrLocked) && !errors.Is(err, store.ErrInUse) {
		t.Errorf("Restore over a file in use = %v, want ErrLocked", err)
	}
	s.Close()
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("a refused restore changed the data file")
	}
	if baks, _ := filepath.Glob(filepath.Join(dir, "*.bak")); len(baks) != 0 {
		t.Errorf("a refused restore kept %v", baks)
	}
}

// A file another circle holds is copied byte for byte first; bytes read
// without the lock are checked page by page before anything is made of
// them, so a damaged file gives ErrDamaged and no copy.
func TestBackupOfADamagedFileInUse(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	s := openT(t, path)
	for i := range 40 {
		saveT(t, s, 0, time.Date(2025, 1, 7+7*i, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
	}
	// Scribble over the middle of every page after the two meta pages,
	// behind the back of the circle that holds the file.
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	fi, _ := f.Stat()
	const page = 4096
	for off := int64(2 * page); off+page <= fi.Size(); off += page {
		if _, err := f.WriteAt(bytes.Repeat([]byte{0xff}, 64), off+page/2); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	dst := filepath.Join(dir, "copies", "backup.db")
	os.Mkdir(filepath.Dir(dst), 0o700)
	_, err = store.BackupWith(path, dst, quickLock)
	// The message counts the problems found, and names the first: as
	// bbolt's own check of the same bytes finds them.
	if !errors.Is(err, store.ErrDamaged) || !regexp.MustCompile(`: [1-9][0-9]* problems, first`).MatchString(err.Error()) {
		t.Errorf("Backup of a damaged file in use = %v, want ErrDamaged from the page check", err)
	}
	if want := boltProblems(t, path); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Backup of a damaged file in use = %v, want it to say %q", err, want)
	}
	assertOnlyFiles(t, filepath.Dir(dst))
}

// boltProblems is what bbolt's own check finds in a copy of the file at
// path: "N problems, first: ...".
func boltProblems(t *testing.T, path string) string {
	t.Helper()
	cp := filepath.Join(t.TempDir(), "copy.db")
	if err := os.WriteFile(cp, readFile(t, path), 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(cp, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var first error
	n := 0
	_ = db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			if first == nil {
				first = err
			}
			n++
		}
		return nil
	})
	if n < 2 {
		t.Fatalf("bbolt finds %d problems in the damaged file: the test wants several, to tell the first from the last", n)
	}
	return fmt.Sprintf("%d problems, first: %v", n, first)
}

// newestTx reads the newest transaction of a file from its meta pages as
// bbolt does: from a big file, from one whose meta page 0 is damaged
// (found by the page sizes bbolt can have, up to 64 KiB), at any page size.
func TestNewestTx(t *testing.T) {
	raw := func(t *testing.T, pageSize, records int) string {
		path := filepath.Join(t.TempDir(), "raw.db")
		db, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: pageSize})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for i := range 3 {
			err := db.Update(func(tx *bolt.Tx) error {
				b, err := tx.CreateBucketIfNotExists([]byte("b"))
				if err != nil {
					return err
				}
				for j := range records {
					if err := b.Put([]byte(fmt.Sprintf("%d-%06d", i, j)), bytes.Repeat([]byte{'v'}, 100)); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		return path
	}
	tests := []struct {
		name     string
		pageSize int
		records  int
		damage   bool
	}{
		{"a file past the 128 KiB read", 4096, 1000, false},
		{"meta page 0 damaged, 4 KiB pages", 4096, 10, true},
		{"meta page 0 damaged, 64 KiB pages", 64 << 10, 10, true},
		{"64 KiB pages", 64 << 10, 10, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := raw(t, tt.pageSize, tt.records)
			b := readFile(t, path)
			if tt.records > 100 && len(b) <= 128<<10 {
				t.Fatalf("the file is %d bytes, not past 128 KiB", len(b))
			}
			_, tx0 := metaPage(t, b, 0)
			_, tx1 := metaPage(t, b, 1)
			want := max(tx0, tx1)
			if tt.damage {
				damageMeta(t, b, 0, 56)
				if err := os.WriteFile(path, b, 0o600); err != nil {
					t.Fatal(err)
				}
				want = tx1
			}
			if got, err := store.NewestTx(path); got != want || err != nil || want == 0 {
				t.Errorf("newestTx = %d, %v; want %d", got, err, want)
			}
		})
	}
}

// A backup grows no file past the size limit either: ErrFull, and no
// copy made.
func TestBackupPastTheSizeLimit(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	s := openT(t, path)
	fillCentre(t, s, 60, 3)
	s.Close()
	limit := 16 << 10 // what bbolt sets up, no more
	if fileSize(t, path) <= int64(limit) {
		t.Fatalf("the file is only %d bytes", fileSize(t, path))
	}
	copies := filepath.Join(dir, "copies")
	os.Mkdir(copies, 0o700)
	if _, err := store.BackupWith(path, filepath.Join(copies, "backup.db"), store.Options{MaxSize: limit}); !errors.Is(err, store.ErrFull) {
		t.Errorf("Backup of a %d-byte file with a limit of %d = %v, want ErrFull", fileSize(t, path), limit, err)
	}
	s = openWithT(t, path, store.Options{MaxSize: limit})
	if err := s.BackupForCentre(filepath.Join(copies, "centre.db")); !errors.Is(err, store.ErrFull) {
		t.Errorf("BackupForCentre of a %d-byte file with a limit of %d = %v, want ErrFull", fileSize(t, path), limit, err)
	}
	assertOnlyFiles(t, copies)
}
