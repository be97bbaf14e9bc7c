package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"circle/store"
)

func meetingsIn(t *testing.T, db string) int {
	t.Helper()
	st, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n, err := st.Count()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestPurgeRefusesAndChangesNothing(t *testing.T) {
	db := centreDB(t)
	before, _ := os.ReadFile(db)
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"--before", "2025-02-30", "--yes"}, exitUsage},
		{[]string{"--before", "01.01.2026", "--yes"}, exitUsage},
		{[]string{"--before", "2026-01-01T00:00:00Z", "--yes"}, exitUsage},
		{[]string{"--yes"}, exitUsage},
		{[]string{"--before", "2026-01-01", "now"}, exitUsage},
		{[]string{"--before", "2026-01-01", "--group", "Nobody", "--yes"}, exitFailure},
		// No terminal to ask on, and no --yes.
		{[]string{"--before", "2026-01-01"}, exitFailure},
	} {
		r := runCircle(t, append([]string{"purge", "--db", db}, tc.args...)...)
		if r.code != tc.code || r.stdout != "" {
			t.Errorf("purge %v: exit %d (want %d), stdout %q", tc.args, r.code, tc.code, r.stdout)
		}
		oneLine(t, r.stderr)
	}
	after, _ := os.ReadFile(db)
	if !bytes.Equal(before, after) {
		t.Error("a refused purge changed the data file")
	}
	r := runCircle(t, "purge", "--db", db, "--before", "2026-01-01")
	if !strings.Contains(r.stderr, "--yes") {
		t.Errorf("the refusal without a terminal does not say what to do: %q", r.stderr)
	}
}

func TestPurge(t *testing.T) {
	db := centreDB(t)
	r := runCircle(t, "purge", "--db", db, "--before", "2025-03-12", "--group", "tuesday group", "--yes")
	if r.code != exitOK || r.stdout != "Deleted 2 meetings before 2025-03-12.\n" {
		t.Fatalf("purge of a group: %d %q %q", r.code, r.stdout, r.stderr)
	}
	if n := meetingsIn(t, db); n != 5 {
		t.Errorf("%d meetings left, want 5", n)
	}
	r = runCircle(t, "purge", "--db", db, "--before", "2025-03-12", "--group", "tuesday group", "--yes")
	if r.code != exitOK || r.stdout != "There are no meetings before 2025-03-12 to delete.\n" {
		t.Errorf("purge again: %d %q", r.code, r.stdout)
	}
	r = runCircle(t, "--lang", "nb", "purge", "--db", db, "--before", "2026-01-01", "--yes")
	if r.code != exitOK || r.stdout != "Slettet 4 møter før 2026-01-01.\n" {
		t.Errorf("purge of all: %d %q %q", r.code, r.stdout, r.stderr)
	}
	if n := meetingsIn(t, db); n != 1 {
		t.Errorf("%d meetings left, want 1", n)
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	r = runCircle(t, "purge", "--db", missing, "--before", "2026-01-01", "--yes")
	if r.code != exitOK {
		t.Errorf("purge without a data file: %d %q", r.code, r.stderr)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("purge made a data file")
	}
}

func TestBackupAndRestoreCommands(t *testing.T) {
	db := centreDB(t)
	dir := t.TempDir()
	copyPath := filepath.Join(dir, "copy.db")
	r := runCircle(t, "backup", "--db", db, copyPath)
	if r.code != exitOK || r.stdout != "Copied 7 meetings and 2 groups to "+copyPath+" (private to you).\n" {
		t.Fatalf("backup: %d %q %q", r.code, r.stdout, r.stderr)
	}
	r = runCircle(t, "backup", "--db", db, copyPath)
	if r.code != exitFailure || !strings.Contains(r.stderr, "already exists") {
		t.Errorf("backup over a file: %d %q", r.code, r.stderr)
	}
	oneLine(t, r.stderr)
	for _, args := range [][]string{{}, {"a", "b"}} {
		r := runCircle(t, append([]string{"backup", "--db", db}, args...)...)
		if r.code != exitUsage {
			t.Errorf("backup %v: exit %d", args, r.code)
		}
		oneLine(t, r.stderr)
	}
	r = runCircle(t, "backup", "--db", filepath.Join(dir, "none.db"), filepath.Join(dir, "c2.db"))
	if r.code != exitFailure || !strings.Contains(r.stderr, "no data file") {
		t.Errorf("backup of no file: %d %q", r.code, r.stderr)
	}

	runCircle(t, "purge", "--db", db, "--before", "2030-01-01", "--yes")
	if n := meetingsIn(t, db); n != 0 {
		t.Fatalf("%d meetings after the purge", n)
	}
	purged, _ := os.ReadFile(db)
	r = runCircle(t, "restore", "--db", db, copyPath, "--yes")
	if r.code != exitOK || r.stdout != "Restored "+db+" from "+copyPath+"; the file it replaced is kept as "+db+".before-restore.bak.\n" {
		t.Fatalf("restore: %d %q %q", r.code, r.stdout, r.stderr)
	}
	if n := meetingsIn(t, db); n != 7 {
		t.Errorf("%d meetings after the restore, want 7", n)
	}
	if kept, _ := os.ReadFile(db + ".before-restore.bak"); !bytes.Equal(kept, purged) {
		t.Error("the .bak is not the file the restore replaced")
	}
}

func TestRestoreRefusesAndChangesNothing(t *testing.T) {
	db := centreDB(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	runCircle(t, "backup", "--db", db, good)
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, bytes.Repeat([]byte("circle"), 2000), 0o600)
	raw, _ := os.ReadFile(good)
	cut := filepath.Join(dir, "cut.db")
	os.WriteFile(cut, raw[:len(raw)/2], 0o600)
	before, _ := os.ReadFile(db)
	for _, tc := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{junk, "--yes"}, exitFailure, "damaged"},
		{[]string{cut, "--yes"}, exitFailure, "damaged"},
		{[]string{filepath.Join(dir, "none.db"), "--yes"}, exitFailure, "no such file"},
		{[]string{db, "--yes"}, exitFailure, "the data file itself"},
		{[]string{good}, exitFailure, "--yes"},
		{[]string{}, exitUsage, "circle restore FILE"},
	} {
		r := runCircle(t, append([]string{"restore", "--db", db}, tc.args...)...)
		if r.code != tc.code || r.stdout != "" || !strings.Contains(r.stderr, tc.says) {
			t.Errorf("restore %v: exit %d (want %d), stdout %q, stderr %q (want %q)", tc.args, r.code, tc.code, r.stdout, r.stderr, tc.says)
		}
		oneLine(t, r.stderr)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("a refused restore changed the data file")
	}
	if baks, _ := filepath.Glob(filepath.Join(filepath.Dir(db), "*.bak")); len(baks) != 0 {
		t.Errorf("a refused restore kept %v", baks)
	}
}
