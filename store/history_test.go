package store_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf16"

	"circle/store"

	bolt "go.etcd.io/bbolt"

	"circle/session"
)

// utf16le is s as UTF-16, little-endian, as a Windows tool would write it.
func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// fileHas reports whether the raw bytes of the file hold s, in UTF-8 or
// UTF-16.
func fileHas(t *testing.T, path, s string) bool {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Contains(raw, []byte(s)) || bytes.Contains(raw, utf16le(s))
}

func datesOf(logs []session.Log) []string {
	var ds []string
	for _, l := range logs {
		ds = append(ds, l.Date)
	}
	return ds
}

func TestGroupLogs(t *testing.T) {
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	a := createT(t, s, store.Group{Name: "A"})
	b := createT(t, s, store.Group{Name: "B"})
	saveT(t, s, a, "2026-03-02")
	saveT(t, s, b, "2026-03-01")
	saveT(t, s, a, "2026-01-05")
	saveT(t, s, 0, "2026-02-01")
	want := saveT(t, s, a, "2026-03-02", "own-1")

	got, err := s.GroupLogs(a)
	if err != nil {
		t.Fatal(err)
	}
	if ds := datesOf(got); len(ds) != 3 || ds[0] != "2026-01-05" || ds[1] != "2026-03-02" || ds[2] != "2026-03-02" {
		t.Fatalf("GroupLogs(A) dates = %v, want oldest first, only A's", ds)
	}
	if got[2].Prompts[0] != "own-1" || got[2].Group != a || len(got[2].Turns) != len(want.Turns) {
		t.Errorf("GroupLogs(A) last = %+v, want the whole log saved last", got[2])
	}
	none, err := s.GroupLogs(0)
	if err != nil || len(none) != 1 || none[0].Date != "2026-02-01" {
		t.Errorf("GroupLogs(0) = %v, %v; want the one meeting of no group", datesOf(none), err)
	}
	if _, err := s.GroupLogs(99); !errors.Is(err, store.ErrNoGroup) {
		t.Errorf("GroupLogs(99) = %v, want ErrNoGroup", err)
	}
	c := createT(t, s, store.Group{Name: "C"})
	if got, err := s.GroupLogs(c); err != nil || got == nil || len(got) != 0 {
		t.Errorf("GroupLogs of a group without meetings = %v, %v; want an empty slice", got, err)
	}
}

func TestPurgeBefore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	a := createT(t, s, store.Group{Name: "A"})
	b := createT(t, s, store.Group{Name: "B"})
	// The canaries are in the meetings to be purged only.
	saveT(t, s, a, "2025-06-03", "canary-a-june")
	saveT(t, s, b, "2025-06-04", "canary-b-june")
	saveT(t, s, 0, "2025-06-05", "canary-none-june")
	saveT(t, s, a, "2025-12-31", "canary-a-dec")
	saveT(t, s, a, "2026-01-01", "kept-a-jan")
	saveT(t, s, b, "2026-02-01", "kept-b-feb")

	if n, err := s.CountBefore("2026-01-01", store.Scope{Group: a}); err != nil || n != 2 {
		t.Fatalf("CountBefore(A) = %d, %v; want 2", n, err)
	}
	if n, err := s.CountBefore("2026-01-01", store.Scope{All: true}); err != nil || n != 4 {
		t.Fatalf("CountBefore(all) = %d, %v; want 4", n, err)
	}
	n, err := s.PurgeBefore("2026-01-01", store.Scope{Group: a})
	if err != nil || n != 2 {
		t.Fatalf("PurgeBefore(A) = %d, %v; want 2", n, err)
	}
	if got, _ := s.GroupLogs(a); len(got) != 1 || got[0].Date != "2026-01-01" {
		t.Errorf("A after the purge: %v, want the meeting of the day itself", datesOf(got))
	}
	if n, _ := s.GroupMeetings(a); n != 1 {
		t.Errorf("GroupMeetings(A) = %d, want 1", n)
	}
	if got, _ := s.GroupLogs(b); len(got) != 2 {
		t.Errorf("B after A's purge: %v, want both", datesOf(got))
	}
	for _, canary := range []string{"canary-a-june", "canary-a-dec"} {
		if fileHas(t, path, canary) {
			t.Errorf("the purged record's %q is still in the file", canary)
		}
	}
	if !fileHas(t, path, "canary-b-june") || !fileHas(t, path, "kept-a-jan") {
		t.Fatal("a kept record is not in the file: the canary search sees nothing")
	}

	n, err = s.PurgeBefore("2026-01-01", store.Scope{All: true})
	if err != nil || n != 2 {
		t.Fatalf("PurgeBefore(all) = %d, %v; want B's and no group's", n, err)
	}
	for _, canary := range []string{"canary-b-june", "canary-none-june"} {
		if fileHas(t, path, canary) {
			t.Errorf("the purged record's %q is still in the file", canary)
		}
	}
	if got, err := s.Count(); err != nil || got != 2 {
		t.Errorf("Count after purges = %d, %v; want 2", got, err)
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check after purges: %v", err)
	}
	if n, err := s.PurgeBefore("2026-01-01", store.Scope{All: true}); err != nil || n != 0 {
		t.Errorf("PurgeBefore again = %d, %v; want 0", n, err)
	}
}

func TestPurgeRefusesAndChangesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	a := createT(t, s, store.Group{Name: "A"})
	saveT(t, s, a, "2025-06-03")
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, day := range []string{"", "2026-1-1", "01.01.2026", "2026-02-30", "2026-01-01T00:00", "tomorrow"} {
		if _, err := s.PurgeBefore(day, store.Scope{All: true}); !errors.Is(err, store.ErrDate) {
			t.Errorf("PurgeBefore(%q) = %v, want ErrDate", day, err)
		}
		if _, err := s.CountBefore(day, store.Scope{All: true}); !errors.Is(err, store.ErrDate) {
			t.Errorf("CountBefore(%q) = %v, want ErrDate", day, err)
		}
	}
	if _, err := s.PurgeBefore("2026-01-01", store.Scope{Group: 42}); !errors.Is(err, store.ErrNoGroup) {
		t.Errorf("PurgeBefore(group 42) = %v, want ErrNoGroup", err)
	}
	if _, err := s.CountBefore("2026-01-01", store.Scope{Group: 42}); !errors.Is(err, store.ErrNoGroup) {
		t.Errorf("CountBefore(group 42) = %v, want ErrNoGroup", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("a refused purge changed the file")
	}
	if n, _ := s.Count(); n != 1 {
		t.Errorf("Count = %d, want 1", n)
	}
}

func TestApplyRetention(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	g := store.Group{Name: "Keeps a year", KeepMonths: 12}
	a := createT(t, s, g)
	b := createT(t, s, store.Group{Name: "Keeps all"})
	saveT(t, s, a, "2025-11-30", "canary-retention")
	saveT(t, s, a, "2025-12-01")
	saveT(t, s, b, "2020-01-06")
	today := time.Date(2026, 12, 1, 17, 30, 0, 0, time.UTC)

	got, err := s.ApplyRetention(today)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Group.ID != a || got[0].Group.Name != g.Name || got[0].Meetings != 1 || got[0].Before != "2025-12-01" {
		t.Fatalf("ApplyRetention = %+v, want one meeting of %q before 2025-12-01", got, g.Name)
	}
	if fileHas(t, path, "canary-retention") {
		t.Error("the deleted record is still in the file")
	}
	if n, _ := s.GroupMeetings(b); n != 1 {
		t.Errorf("the group that keeps all has %d meetings, want 1", n)
	}
	before, _ := os.ReadFile(path)
	if again, err := s.ApplyRetention(today); err != nil || again != nil {
		t.Errorf("ApplyRetention again = %+v, %v; want nothing", again, err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("a retention with nothing to delete wrote to the file")
	}
	if g2, _ := s.Group(a); g2.KeepMonths != 12 {
		t.Errorf("KeepMonths read back as %d", g2.KeepMonths)
	}
}

func TestKeepMonthsBounds(t *testing.T) {
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	for _, m := range []int{-1, store.MaxKeepMonths + 1} {
		if _, err := s.CreateGroup(store.Group{Name: "X", KeepMonths: m}); !errors.Is(err, store.ErrGroupDefaults) {
			t.Errorf("CreateGroup(KeepMonths %d) = %v, want ErrGroupDefaults", m, err)
		}
	}
	for _, m := range []int{0, 1, store.MaxKeepMonths} {
		if _, err := s.CreateGroup(store.Group{Name: "Y" + string(rune('a'+m%26)) + time.Duration(m).String(), KeepMonths: m}); err != nil {
			t.Errorf("CreateGroup(KeepMonths %d) = %v", m, err)
		}
	}
}

// A file of an older schema, opened read-only as circle history does,
// keeps its JSON records: a group's listing and a count before a day
// read them too.
func TestOldSchemaReadOnly(t *testing.T) {
	path, fixture := copyFixture(t, "schema1.db")
	s, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	logs, err := s.GroupLogs(0)
	if err != nil || len(logs) != 2 || logs[0].Date != "2025-01-07" || len(logs[1].Turns) != len(schema1Meetings()[1].Turns) {
		t.Fatalf("GroupLogs of a schema 1 file: %v, %v", datesOf(logs), err)
	}
	if n, err := s.CountBefore("2025-01-14", store.Scope{All: true}); err != nil || n != 1 {
		t.Errorf("CountBefore of a schema 1 file = %d, %v", n, err)
	}
	if n, err := s.CountBefore("2025-01-14", store.Scope{Group: 0}); err != nil || n != 1 {
		t.Errorf("CountBefore(no group) of a schema 1 file = %d, %v", n, err)
	}
	if _, err := s.PurgeBefore("2025-01-14", store.Scope{All: true}); !errors.Is(err, store.ErrReadOnly) {
		t.Errorf("PurgeBefore on a read-only file = %v, want ErrReadOnly", err)
	}
	if b, _ := os.ReadFile(path); !bytes.Equal(b, fixture) {
		t.Error("reading an old file changed it")
	}
}

// newestTx reads the transaction of the newest meta page: the one bbolt
// opens the file at.
func TestNewestTxIsTheLastCommit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	defer s.Close()
	for i := range 3 {
		saveT(t, s, 0, "2026-01-0"+string(rune('1'+i)))
		var id int
		s.View(func(tx *bolt.Tx) error { id = tx.ID(); return nil })
		got, err := store.NewestTx(path)
		if err != nil || got != uint64(id) {
			t.Errorf("after save %d: newestTx = %d, %v; want %d", i+1, got, err, id)
		}
	}
}
