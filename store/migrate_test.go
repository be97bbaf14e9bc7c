package store

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"
	bolt "go.etcd.io/bbolt"

	"circle/session"
)

// testdata/schema1.db was written by the schema 1 store (commit 57e3e0d):
// Open, then SaveMeeting of these two logs, then Close.
func schema1Meetings() []session.Log {
	return []session.Log{circleLog("2025-01-07", 5), circleLog("2025-01-14", 5)}
}

// copyFixture copies testdata/schema1.db into a new folder and returns
// the copy's path and the fixture's bytes.
func copyFixture(t *testing.T) (path string, fixture []byte) {
	t.Helper()
	fixture = readFile(t, filepath.Join("testdata", "schema1.db"))
	path = filepath.Join(t.TempDir(), "circle.db")
	if err := os.WriteFile(path, fixture, 0o600); err != nil {
		t.Fatal(err)
	}
	return path, fixture
}

// rawSchema reads meta/schema and whether the active bucket exists.
func rawSchema(t *testing.T, path string) (schema string, active bool) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		schema = string(tx.Bucket([]byte("meta")).Get([]byte("schema")))
		active = tx.Bucket([]byte("active")) != nil
		return nil
	})
	return schema, active
}

func TestFixtureIsSchema1(t *testing.T) {
	path, _ := copyFixture(t)
	if schema, active := rawSchema(t, path); schema != "1" || active {
		t.Fatalf("fixture: schema %q, active bucket %v; want \"1\" and none", schema, active)
	}
}

func TestMigrateSchema1(t *testing.T) {
	path, fixture := copyFixture(t)
	dir := filepath.Dir(path)

	s := openT(t, path)
	got, err := s.Meetings()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(schema1Meetings(), got); diff != "" {
		t.Errorf("meetings after the migration (-want +got):\n%s", diff)
	}
	if ev, err := s.ActiveEvents(); ev != nil || err != nil {
		t.Errorf("ActiveEvents() = %v, %v; want nil, nil", ev, err)
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check() = %v", err)
	}
	s.Close()

	if schema, active := rawSchema(t, path); schema != "2" || !active {
		t.Errorf("after the migration: schema %q, active bucket %v; want \"2\" and one", schema, active)
	}
	bak := path + ".schema1.bak"
	if !bytes.Equal(readFile(t, bak), fixture) {
		t.Errorf("%s is not the file as it was", bak)
	}
	if fi, err := os.Stat(bak); err != nil {
		t.Fatal(err)
	} else if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %v, want 0600", fi.Mode().Perm())
	}
	assertOnlyFiles(t, dir, "circle.db", "circle.db.schema1.bak")

	// A second Open neither migrates nor copies again: it writes nothing.
	migrated := readFile(t, path)
	s = openT(t, path)
	if n, err := s.Count(); n != 2 || err != nil {
		t.Errorf("Count() = %d, %v; want 2", n, err)
	}
	s.Close()
	if !bytes.Equal(readFile(t, path), migrated) {
		t.Error("the second Open changed the file")
	}
	assertOnlyFiles(t, dir, "circle.db", "circle.db.schema1.bak")

	// The migrated file takes a meeting.
	s = openT(t, path)
	events := meetingEvents(t, 10)
	startT(t, s, events)
	m, _ := session.Replay(events)
	if err := s.FinishMeeting(m.Log()); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Count(); n != 3 {
		t.Errorf("Count() = %d after a meeting, want 3", n)
	}
}

func TestMigrateKeepsEarlierBackups(t *testing.T) {
	path, fixture := copyFixture(t)
	earlier := []byte("an earlier copy the user kept")
	if err := os.WriteFile(path+".schema1.bak", earlier, 0o600); err != nil {
		t.Fatal(err)
	}
	openT(t, path).Close()
	if !bytes.Equal(readFile(t, path+".schema1.bak"), earlier) {
		t.Error("the earlier backup was overwritten")
	}
	if !bytes.Equal(readFile(t, path+".schema1.2.bak"), fixture) {
		t.Error("circle.db.schema1.2.bak is not the file as it was")
	}
	assertOnlyFiles(t, filepath.Dir(path), "circle.db", "circle.db.schema1.bak", "circle.db.schema1.2.bak")
}

func TestOpenReadOnlyDoesNotMigrate(t *testing.T) {
	// `circle history` on an old file reads it as it is.
	path, fixture := copyFixture(t)
	s, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Meetings()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(schema1Meetings(), got); diff != "" {
		t.Errorf("Meetings() (-want +got):\n%s", diff)
	}
	if ev, err := s.ActiveEvents(); ev != nil || err != nil {
		t.Errorf("ActiveEvents() = %v, %v; want nil, nil", ev, err)
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check() = %v", err)
	}
	s.Close()
	if !bytes.Equal(readFile(t, path), fixture) {
		t.Error("OpenReadOnly changed the old file")
	}
	assertOnlyFiles(t, filepath.Dir(path), "circle.db")
}

func TestMigrateNotOnAReadOnlyFile(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("needs Unix permissions that apply (not root)")
	}
	path, fixture := copyFixture(t)
	if err := os.Chmod(path, 0o400); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := Open(path); !errors.Is(err, fs.ErrPermission) {
			t.Errorf("Open = %v, want fs.ErrPermission", err)
		}
	}
	if !bytes.Equal(readFile(t, path), fixture) {
		t.Error("Open changed a read-only file")
	}
	// No copy: there is nothing to migrate it for, and each try would add one.
	assertOnlyFiles(t, filepath.Dir(path), "circle.db")
}

func TestMigrateRefusesAnOddSchema1File(t *testing.T) {
	// A schema 1 file with an active bucket was not made by circle; the
	// migration fails, and the file is left as it was.
	path, _ := copyFixture(t)
	writeBolt(t, path, func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket([]byte("active"))
		return err
	})
	before := readFile(t, path)
	if _, err := Open(path); !errors.Is(err, ErrDamaged) {
		t.Errorf("Open = %v, want ErrDamaged", err)
	}
	if !bytes.Equal(readFile(t, path), before) {
		t.Error("the failed migration changed the file")
	}
	if !bytes.Equal(readFile(t, path+".schema1.bak"), before) {
		t.Error("no copy of the file as it was")
	}
}
