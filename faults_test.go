package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// runCircleAt is runCircle with the clock set to now.
func runCircleAt(t *testing.T, now time.Time, args ...string) result {
	t.Helper()
	dir := t.TempDir()
	open := func(name string) *os.File {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	in, out, errf := open("in"), open("out"), open("err")
	w := realWorld()
	w.now = func() time.Time { return now }
	code := runIn(w, args, in, out, errf)
	read := func(f *os.File) string {
		b, err := os.ReadFile(f.Name())
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	return result{code: code, stdout: read(out), stderr: read(errf)}
}

func TestClockOutsideFourDigitYearsIsRefused(t *testing.T) {
	// Dates are kept as YYYY-MM-DD: a fifth digit or a minus sign would
	// make every save fail, and keys would no longer sort.
	tests := []struct {
		year int
		ok   bool
	}{{-1, false}, {10000, false}, {12026, false}, {0, true}, {2026, true}, {9999, true}}
	for _, tt := range tests {
		t.Run(time.Date(tt.year, 1, 2, 0, 0, 0, 0, time.UTC).Format(time.DateOnly), func(t *testing.T) {
			now := time.Date(tt.year, 1, 2, 18, 30, 0, 0, time.Local)
			db := filepath.Join(t.TempDir(), "circle", "circle.db")
			for _, args := range [][]string{{"--db", db}, {"history", "--db", db}, {"rules", "export", "--db", db}} {
				r := runCircleAt(t, now, args...)
				if !tt.ok {
					if r.code != exitFailure {
						t.Errorf("%v: exit %d, want 1", args, r.code)
					}
					oneLine(t, r.stderr)
					if !strings.Contains(r.stderr, "clock says "+now.Format(time.DateOnly)) {
						t.Errorf("%v said %q", args, r.stderr)
					}
				} else if strings.Contains(r.stderr, "clock") {
					t.Errorf("%v: a good clock was refused: %q", args, r.stderr)
				}
			}
			if _, err := os.Stat(filepath.Dir(db)); !tt.ok && !os.IsNotExist(err) {
				t.Errorf("a refused start made the data folder: %v", err)
			}
		})
	}
}

// damageCurrentMeta flips one byte of the checksum of the meta page bbolt
// reads first (the one of the newer transaction).
func damageCurrentMeta(t *testing.T, path string) []byte {
	t.Helper()
	b := mustRead(t, path)
	ps := int(binary.LittleEndian.Uint32(b[16+8:]))
	txid := func(n int) uint64 { return binary.LittleEndian.Uint64(b[n*ps+16+48:]) }
	n := 0
	if txid(1) > txid(0) {
		n = 1
	}
	b[n*ps+16+56] ^= 0x5a
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDamagedMetaPageIsRefusedByEveryCommand(t *testing.T) {
	// One damaged meta page made `check` say ok, `history` say there were
	// no meetings, and `rules import` set up an empty file over them.
	dir := t.TempDir()
	db := filepath.Join(dir, "circle.db")
	meetingWithNames(t, db)
	damaged := damageCurrentMeta(t, db)
	rulesFile := filepath.Join(dir, "rules.txt")
	if err := os.WriteFile(rulesFile, []byte("group: Test group\n1. One voice at a time.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"rules", "import", rulesFile, "--db", db},
		{"check", "--db", db},
		{"history", "--db", db},
		{"history", "--json", "--db", db},
		{"rules", "export", "--db", db},
	} {
		r := runCircle(t, args...)
		if r.code != exitFailure {
			t.Errorf("%v: exit %d, want 1 (stdout %q)", args, r.code, r.stdout)
		}
		oneLine(t, r.stderr)
		if !strings.Contains(r.stderr, "is damaged") {
			t.Errorf("%v said %q", args, r.stderr)
		}
		if !bytes.Equal(damaged, mustRead(t, db)) {
			t.Fatalf("%v changed the damaged file", args)
		}
	}
}

func TestEmptyDataFileLostItsContents(t *testing.T) {
	db := filepath.Join(t.TempDir(), "circle.db")
	if err := os.WriteFile(db, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"history", "--db", db}, {"check", "--db", db}} {
		r := runCircle(t, args...)
		if r.code != exitFailure {
			t.Errorf("%v: exit %d, want 1", args, r.code)
		}
		oneLine(t, r.stderr)
		if !strings.Contains(r.stderr, "is empty (0 bytes): what it held is lost") {
			t.Errorf("%v said %q", args, r.stderr)
		}
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A damaged meeting record fails check, history and history --json: none
// of them shows the other meetings as if they were all there were.
// (history without --json reads only each record's head, so a record cut
// short in its turns is for check and --json to find.)
func TestDamagedMeetingRecordIsRefusedByEveryCommand(t *testing.T) {
	damage := func(t *testing.T, cut bool) string {
		db := filepath.Join(t.TempDir(), "circle.db")
		meetingWithNames(t, db)
		bdb, err := bolt.Open(db, 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		err = bdb.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte("meetings"))
			k, v := b.Cursor().First()
			if cut {
				return b.Put(k, append([]byte(nil), v[:len(v)-3]...))
			}
			return b.Put(k, []byte("\xff not a record"))
		})
		if err := errors.Join(err, bdb.Close()); err != nil {
			t.Fatal(err)
		}
		return db
	}
	garbage, cut := damage(t, false), damage(t, true)
	for _, args := range [][]string{
		{"check", "--db", garbage},
		{"history", "--db", garbage},
		{"history", "--json", "--db", garbage},
		{"check", "--db", cut},
		{"history", "--json", "--db", cut},
	} {
		r := runCircle(t, args...)
		if r.code != exitFailure {
			t.Errorf("%v: exit %d, want 1 (stdout %q)", args, r.code, r.stdout)
		}
		oneLine(t, r.stderr)
		if !strings.Contains(r.stderr, "damaged") {
			t.Errorf("%v said %q", args, r.stderr)
		}
	}
}
