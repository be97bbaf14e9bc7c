package store_test

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"circle/store"

	bolt "go.etcd.io/bbolt"

	"circle/session"
)

// testdata/schema1.db was written by the schema 1 store (commit 57e3e0d):
// Open, then SaveMeeting of these two logs, then Close.
func schema1Meetings() []session.Log {
	return []session.Log{circleLog("2025-01-07", 5), circleLog("2025-01-14", 5)}
}

// testdata/schema2.db was written by the schema 2 store (the working tree
// of commit 4b2486b): Open; StartMeeting and AppendEvent of
// schema2Finished, then FinishMeeting of its log; StartMeeting and
// AppendEvent of schema2Active; Close, as a crash would leave it.
func schema2Finished(tb testing.TB) []session.Event { return meetingEvents(tb, 0) }

// schema2Active is a meeting of six a week after meetingEvents, stopped
// in its check-in round.
func schema2Active(tb testing.TB) []session.Event {
	tb.Helper()
	t0 := evT0.AddDate(0, 0, 7)
	cfg := session.NewConfig(90*time.Minute, 6)
	cfg.Facilitator = 2
	cfg.SentWord = 1
	cfg.Rules = []string{"confidential", "one-voice", "may-pass"}
	cfg.Prompts = []string{"checkin-arrive"}
	events := []session.Event{
		session.Begin(t0, cfg),
		session.Advance(t0.Add(90*time.Second), false),
		session.End(t0.Add(130*time.Second), true),
		session.Pass(t0.Add(134*time.Second), false),
		session.End(t0.Add(170*time.Second), true),
	}
	if _, err := session.Replay(events); err != nil {
		tb.Fatalf("schema2Active does not replay: %v", err)
	}
	return events
}

// copyFixture copies testdata/<name> into a new folder as circle.db and
// returns the copy's path and the fixture's bytes.
func copyFixture(t *testing.T, name string) (path string, fixture []byte) {
	t.Helper()
	fixture = readFile(t, filepath.Join("testdata", name))
	path = filepath.Join(t.TempDir(), "circle.db")
	if err := os.WriteFile(path, fixture, 0o600); err != nil {
		t.Fatal(err)
	}
	return path, fixture
}

// rawSchema reads meta/schema and the names of the top-level buckets, with
// plain bbolt.
func rawSchema(t *testing.T, path string) (schema string, buckets []string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		schema = string(tx.Bucket([]byte("meta")).Get([]byte("schema")))
		return tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			buckets = append(buckets, string(name))
			return nil
		})
	})
	return schema, buckets
}

// The buckets of each schema, as rawSchema lists them.
var (
	schema1Buckets = []string{"meetings", "meta"}
	schema2Buckets = []string{"active", "meetings", "meta"}
	schema3Buckets = []string{"active", "groups", "meetings", "meta"}
	schema4Buckets = []string{"active", "counts", "groups", "meetings", "meta"}
)

func TestFixtures(t *testing.T) {
	for _, f := range []struct {
		name    string
		schema  string
		buckets []string
	}{
		{"schema1.db", "1", schema1Buckets},
		{"schema2.db", "2", schema2Buckets},
		{"schema3.db", "3", schema3Buckets},
	} {
		path, _ := copyFixture(t, f.name)
		schema, buckets := rawSchema(t, path)
		if schema != f.schema || !slices.Equal(buckets, f.buckets) {
			t.Errorf("%s: schema %q, buckets %v; want %q, %v", f.name, schema, buckets, f.schema, f.buckets)
		}
	}
}

func TestMigrateSchema1(t *testing.T) {
	// 1 -> 2 -> 3 in one go.
	path, fixture := copyFixture(t, "schema1.db")
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
	if groups, err := s.Groups(); len(groups) != 0 || err != nil {
		t.Errorf("Groups() = %v, %v; want none", groups, err)
	}
	s.Close()

	if schema, buckets := rawSchema(t, path); schema != "4" || !slices.Equal(buckets, schema4Buckets) {
		t.Errorf("after the migration: schema %q, buckets %v; want \"4\", %v", schema, buckets, schema4Buckets)
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

func TestMigrateSchema2(t *testing.T) {
	path, fixture := copyFixture(t, "schema2.db")
	dir := filepath.Dir(path)
	done, err := session.Replay(schema2Finished(t))
	if err != nil {
		t.Fatal(err)
	}
	wantMeetings := []session.Log{done.Log()}
	wantActive := schema2Active(t)

	s := openT(t, path)
	got, err := s.Meetings()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantMeetings, got); diff != "" {
		t.Errorf("meetings after the migration (-want +got):\n%s", diff)
	}
	if got[0].Group != 0 {
		t.Errorf("the old meeting has group %d, want 0 (no group)", got[0].Group)
	}
	if diff := cmp.Diff(wantActive, activeT(t, s)); diff != "" {
		t.Errorf("the running meeting after the migration (-want +got):\n%s", diff)
	}
	if groups, err := s.Groups(); len(groups) != 0 || err != nil {
		t.Errorf("Groups() = %v, %v; want none", groups, err)
	}
	if n, err := s.GroupMeetings(0); n != 1 || err != nil {
		t.Errorf("GroupMeetings(0) = %d, %v; want 1", n, err)
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check() = %v", err)
	}
	s.Close()

	if schema, buckets := rawSchema(t, path); schema != "4" || !slices.Equal(buckets, schema4Buckets) {
		t.Errorf("after the migration: schema %q, buckets %v; want \"4\", %v", schema, buckets, schema4Buckets)
	}
	bak := path + ".schema2.bak"
	if !bytes.Equal(readFile(t, bak), fixture) {
		t.Errorf("%s is not the file as it was", bak)
	}
	if runtime.GOOS != "windows" && mode(t, bak) != 0o600 {
		t.Errorf("backup mode %v, want 0600", mode(t, bak))
	}
	assertOnlyFiles(t, dir, "circle.db", "circle.db.schema2.bak")

	// A second Open neither migrates nor copies again: it writes nothing.
	migrated := readFile(t, path)
	s = openT(t, path)
	if diff := cmp.Diff(wantActive, activeT(t, s)); diff != "" {
		t.Errorf("the running meeting after the second Open (-want +got):\n%s", diff)
	}
	s.Close()
	if !bytes.Equal(readFile(t, path), migrated) {
		t.Error("the second Open changed the file")
	}
	assertOnlyFiles(t, dir, "circle.db", "circle.db.schema2.bak")

	// The migrated file goes on: the interrupted meeting is finished, and
	// a new group holds a meeting of its own.
	s = openT(t, path)
	m, err := session.Replay(activeT(t, s))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.FinishMeeting(m.Log()); err != nil {
		t.Fatal(err)
	}
	id, err := s.CreateGroup(store.Group{Name: "Tuesday group", Created: "2026-12-08"})
	if err != nil {
		t.Fatal(err)
	}
	l := circleLog("2026-12-08", 5)
	l.Group = id
	if err := s.SaveMeeting(l); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		group uint64
		want  int
	}{{0, 2}, {id, 1}} {
		if n, err := s.GroupMeetings(c.group); n != c.want || err != nil {
			t.Errorf("GroupMeetings(%d) = %d, %v; want %d", c.group, n, err, c.want)
		}
	}
}

func TestMigrateRefusesAnOddSchema2File(t *testing.T) {
	// A schema 2 file with a groups bucket was not made by circle.
	path, _ := copyFixture(t, "schema2.db")
	writeBolt(t, path, func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket([]byte("groups"))
		return err
	})
	before := readFile(t, path)
	if _, err := store.Open(path); !errors.Is(err, store.ErrDamaged) {
		t.Errorf("Open = %v, want ErrDamaged", err)
	}
	if !bytes.Equal(readFile(t, path), before) {
		t.Error("the failed migration changed the file")
	}
	if !bytes.Equal(readFile(t, path+".schema2.bak"), before) {
		t.Error("no copy of the file as it was")
	}
}

func TestMigrateKeepsEarlierBackups(t *testing.T) {
	path, fixture := copyFixture(t, "schema1.db")
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
	path, fixture := copyFixture(t, "schema1.db")
	s, err := store.OpenReadOnly(path)
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
	path, fixture := copyFixture(t, "schema1.db")
	if err := os.Chmod(path, 0o400); err != nil {
		t.Fatal(err)
	}
	assertNotMigrated(t, path, fixture)
}

// assertNotMigrated opens the old file at path, which cannot be written,
// twice: each Open is refused for permission, the file stays as it was
// (fixture), and no copy is kept: there is nothing to migrate it for, and
// each try would add one.
func assertNotMigrated(t *testing.T, path string, fixture []byte) {
	t.Helper()
	for range 2 {
		if _, err := store.Open(path); !errors.Is(err, fs.ErrPermission) {
			t.Errorf("Open = %v, want fs.ErrPermission", err)
		}
	}
	if !bytes.Equal(readFile(t, path), fixture) {
		t.Error("Open changed a file it may not write")
	}
	assertOnlyFiles(t, filepath.Dir(path), "circle.db")
}

func TestMigrateRefusesAnOddSchema1File(t *testing.T) {
	// A schema 1 file with an active bucket was not made by circle; the
	// migration fails, and the file is left as it was.
	path, _ := copyFixture(t, "schema1.db")
	writeBolt(t, path, func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket([]byte("active"))
		return err
	})
	before := readFile(t, path)
	_, err := store.Open(path)
	if !errors.Is(err, store.ErrDamaged) {
		t.Errorf("Open = %v, want ErrDamaged", err)
	}
	// The message says which step failed.
	if err == nil || !strings.Contains(err.Error(), "schema 1 to 2") {
		t.Errorf("Open = %v, want it to say the step from schema 1 to 2 failed", err)
	}
	if !bytes.Equal(readFile(t, path), before) {
		t.Error("the failed migration changed the file")
	}
	if !bytes.Equal(readFile(t, path+".schema1.bak"), before) {
		t.Error("no copy of the file as it was")
	}
}
