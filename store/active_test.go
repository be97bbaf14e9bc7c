package store_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
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

// startT starts a meeting in s with events[0] and appends the rest.
func startT(t testing.TB, s *store.Store, events []session.Event) {
	t.Helper()
	if err := s.StartMeeting(events[0]); err != nil {
		t.Fatalf("StartMeeting: %v", err)
	}
	for i, e := range events[1:] {
		if err := s.AppendEvent(e); err != nil {
			t.Fatalf("AppendEvent %d: %v", i+2, err)
		}
	}
}

func activeT(t *testing.T, s *store.Store) []session.Event {
	t.Helper()
	got, err := s.ActiveEvents()
	if err != nil {
		t.Fatalf("ActiveEvents: %v", err)
	}
	return got
}

// rawActive reads the active bucket's keys and values straight from the
// file, with plain bbolt.
func rawActive(t *testing.T, path string) (keys []uint64, values []string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("active"))
		if b == nil {
			return errors.New("no active bucket")
		}
		return b.ForEach(func(k, v []byte) error {
			if len(k) != 8 {
				return fmt.Errorf("key %x is not 8 bytes", k)
			}
			keys = append(keys, binary.BigEndian.Uint64(k))
			values = append(values, string(v))
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys, values
}

func TestEventsRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	if got := activeT(t, s); got != nil {
		t.Fatalf("ActiveEvents of a new file = %v, want nil", got)
	}
	want := meetingEvents(t, 60)
	startT(t, s, want)
	if diff := cmp.Diff(want, activeT(t, s)); diff != "" {
		t.Errorf("ActiveEvents (-want +got):\n%s", diff)
	}
	s.Close()

	// On disk: numbers 1..n, big-endian, each value the event's JSON.
	keys, values := rawActive(t, path)
	for i, k := range keys {
		if k != uint64(i+1) {
			t.Fatalf("keys on disk %v, want 1..%d", keys, len(want))
		}
	}
	if len(keys) != len(want) {
		t.Fatalf("%d events on disk, want %d", len(keys), len(want))
	}
	if !strings.HasPrefix(values[0], `{"k":"begin","at":"2026-11-25T18:00:00Z","cfg":{`) {
		t.Errorf("event 1 on disk: %s", values[0])
	}
}

func TestCrashBetweenEventsKeepsEveryEvent(t *testing.T) {
	// A crash is a close without finishing: each event was committed when
	// AppendEvent returned, so every one of them must come back.
	path := filepath.Join(t.TempDir(), "circle.db")
	all := meetingEvents(t, 0)
	s := openT(t, path)
	startT(t, s, all[:100])
	s.Close()

	s = openT(t, path)
	got := activeT(t, s)
	if diff := cmp.Diff(all[:100], got); diff != "" {
		t.Fatalf("after the crash (-want +got):\n%s", diff)
	}
	// The meeting resumes: it replays, and later events go on from 101.
	m, err := session.Replay(got)
	if err != nil {
		t.Fatalf("Replay: %v", err)
	}
	for _, e := range all[100:150] {
		if err := m.Apply(e); err != nil {
			t.Fatalf("the resumed meeting refused %s: %v", e.Kind, err)
		}
		if err := s.AppendEvent(e); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	s = openT(t, path)
	if diff := cmp.Diff(all[:150], activeT(t, s)); diff != "" {
		t.Fatalf("after the second crash (-want +got):\n%s", diff)
	}
}

func TestStartMeetingRefusesWhileActive(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	events := meetingEvents(t, 5)
	startT(t, s, events)
	s.Close()

	s = openT(t, path) // as after a crash: the old meeting is still there
	other := session.Begin(evT0.Add(3*time.Hour), session.NewConfig(60*time.Minute, 4))
	if err := s.StartMeeting(other); !errors.Is(err, store.ErrActive) {
		t.Fatalf("StartMeeting while active = %v, want ErrActive", err)
	}
	if diff := cmp.Diff(events, activeT(t, s)); diff != "" {
		t.Errorf("the refused start changed the meeting (-want +got):\n%s", diff)
	}
}

func TestEventsInTheWrongPlace(t *testing.T) {
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	events := meetingEvents(t, 3)
	if err := s.AppendEvent(events[1]); !errors.Is(err, store.ErrNoActive) {
		t.Errorf("AppendEvent with no meeting = %v, want ErrNoActive", err)
	}
	if err := s.StartMeeting(events[1]); err == nil {
		t.Errorf("StartMeeting(%s) = nil, want an error", events[1].Kind)
	}
	if err := s.FinishMeeting(circleLog("2026-11-25", 4)); !errors.Is(err, store.ErrNoActive) {
		t.Errorf("FinishMeeting with no meeting = %v, want ErrNoActive", err)
	}
	startT(t, s, events)
	if err := s.AppendEvent(events[0]); err == nil {
		t.Error("AppendEvent(begin) = nil, want an error")
	}
	if diff := cmp.Diff(events, activeT(t, s)); diff != "" {
		t.Errorf("refused events changed the meeting (-want +got):\n%s", diff)
	}
	if n, _ := s.Count(); n != 0 {
		t.Errorf("Count() = %d, want 0", n)
	}
}

func TestActiveEventsDamaged(t *testing.T) {
	tests := []struct {
		name string
		edit func(b *bolt.Bucket) error
	}{
		{"not JSON", func(b *bolt.Bucket) error { return b.Put(store.EventKey(2), []byte("{\"k\":")) }},
		{"no kind", func(b *bolt.Bucket) error { return b.Put(store.EventKey(2), []byte(`{"at":"2026-11-25T18:00:00Z"}`)) }},
		{"bad time", func(b *bolt.Bucket) error { return b.Put(store.EventKey(2), []byte(`{"k":"end","at":"18:00"}`)) }},
		{"short key", func(b *bolt.Bucket) error { return b.Put([]byte{0, 2}, []byte(`{"k":"end"}`)) }},
		{"9-byte key", func(b *bolt.Bucket) error {
			k, _ := b.Cursor().Last()
			return b.Put(append(append([]byte(nil), k...), 0), []byte(`{"k":"end","at":"2026-11-25T18:00:00Z"}`))
		}},
		{"a gap", func(b *bolt.Bucket) error { return b.Delete(store.EventKey(2)) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "circle.db")
			s := openT(t, path)
			startT(t, s, meetingEvents(t, 4))
			s.Close()
			writeBolt(t, path, func(tx *bolt.Tx) error { return tt.edit(tx.Bucket([]byte("active"))) })

			s = openT(t, path)
			got, err := s.ActiveEvents()
			if !errors.Is(err, store.ErrDamaged) || got != nil {
				t.Errorf("ActiveEvents() = %d events, %v; want ErrDamaged", len(got), err)
			}
			if err := s.Check(); !errors.Is(err, store.ErrDamaged) {
				t.Errorf("Check() = %v, want ErrDamaged", err)
			}
		})
	}
}

// The last event's key is where AppendEvent and PutEvent number the next
// one: a key of 9 bytes there is damage, never a number to go on from.
func TestAppendAfterALongLastKey(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	startT(t, s, meetingEvents(t, 4))
	s.Close()
	writeBolt(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("active"))
		k, v := b.Cursor().Last()
		return b.Put(append(append([]byte(nil), k...), 0), append([]byte(nil), v...))
	})
	before := readFile(t, path)
	s = openT(t, path)
	e := session.Event{Kind: session.EvEnd, At: time.Date(2026, 11, 25, 18, 30, 0, 0, time.UTC)}
	if err := s.AppendEvent(e); !errors.Is(err, store.ErrDamaged) {
		t.Errorf("AppendEvent = %v, want ErrDamaged", err)
	}
	if err := s.PutEvent(5, e); !errors.Is(err, store.ErrDamaged) {
		t.Errorf("PutEvent(5) = %v, want ErrDamaged", err)
	}
	s.Close()
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("a write changed the damaged file")
	}
}

// timesOfDay returns the times of day the events hold, as the JSON in the
// file spells them ("T18:04:10"), and the hours ("T18:").
func timesOfDay(events []session.Event) []string {
	var out []string
	for _, e := range events {
		ts := e.At.Format(time.RFC3339)
		i := strings.IndexByte(ts, 'T')
		for _, s := range []string{ts[i : i+9], ts[i : i+4]} {
			if !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

func TestFinishMeeting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	earlier := circleLog("2026-11-18", 6)
	if err := s.SaveMeeting(earlier); err != nil {
		t.Fatal(err)
	}
	events := meetingEvents(t, 0)
	startT(t, s, events)
	s.Close()

	// The check below must be able to see the events: before the finish
	// the file holds every time of day.
	raw := readFile(t, path)
	times := timesOfDay(events)
	for _, tod := range times {
		if !bytes.Contains(raw, []byte(tod)) {
			t.Fatalf("before the finish the file lacks %q; the check below proves nothing", tod)
		}
	}

	s = openT(t, path)
	m, err := session.Replay(activeT(t, s))
	if err != nil {
		t.Fatal(err)
	}
	log := m.Log()
	if err := s.FinishMeeting(log); err != nil {
		t.Fatalf("FinishMeeting: %v", err)
	}
	if got := activeT(t, s); got != nil {
		t.Errorf("ActiveEvents after the finish = %d events, want nil", len(got))
	}
	// The store is still usable after the rewrite, and the meetings
	// bucket's sequence survived it: this save gets key 3, not 1.
	later := circleLog("2026-11-25", 5)
	if err := s.SaveMeeting(later); err != nil {
		t.Fatalf("SaveMeeting after the finish: %v", err)
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check() = %v", err)
	}
	s.Close()

	s = openT(t, path)
	got, err := s.Meetings()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]session.Log{earlier, log, later}, got); diff != "" {
		t.Errorf("Meetings() after the finish (-want +got):\n%s", diff)
	}
	s.Close()
	if keys, _ := rawActive(t, path); len(keys) != 0 {
		t.Errorf("active bucket on disk holds %v", keys)
	}

	// SPEC "Privacy": no time of day in the file once the meeting is over,
	// not even in free pages.
	raw = readFile(t, path)
	for _, s := range append(times, `"k":"begin"`, `"k":"`, `"at":"`) {
		if bytes.Contains(raw, []byte(s)) {
			t.Errorf("the file still holds %q after the finish", s)
		}
	}
	if fi, err := os.Stat(path); err != nil {
		t.Fatal(err)
	} else if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("the rewritten file has mode %v, want 0600", fi.Mode().Perm())
	}
	assertOnlyFiles(t, filepath.Dir(path), "circle.db")
}

func TestFinishMeetingAnInterruptedOne(t *testing.T) {
	// After a crash the UI closes the old meeting as it stood.
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	startT(t, s, meetingEvents(t, 40))
	s.Close()

	s = openT(t, path)
	m, err := session.Replay(activeT(t, s))
	if err != nil {
		t.Fatal(err)
	}
	log := m.Log()
	if log.Completed {
		t.Fatal("a meeting cut short is logged as completed")
	}
	if err := s.FinishMeeting(log); err != nil {
		t.Fatal(err)
	}
	if err := s.StartMeeting(meetingEvents(t, 1)[0]); err != nil {
		t.Errorf("StartMeeting after finishing the interrupted one: %v", err)
	}
	if got, _ := s.Meetings(); len(got) != 1 || got[0].Completed {
		t.Errorf("Meetings() = %+v, want the one interrupted meeting", got)
	}
}

// assertOnlyFiles fails unless dir holds exactly the files named.
func assertOnlyFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	slices.Sort(names)
	if !slices.Equal(got, names) {
		t.Errorf("%s holds %v, want %v", dir, got, names)
	}
}

func TestFinishMeetingWipeFails(t *testing.T) {
	// Finishing wipes the free pages in place (no rewrite, no rename):
	// what can fail is reaching the file again by its name.
	tests := []struct {
		name   string
		inject func(t *testing.T, path string) (restore func())
	}{
		{"the name leads nowhere", func(t *testing.T, path string) func() {
			if err := os.Rename(path, path+".away"); err != nil {
				t.Fatal(err)
			}
			return func() { os.Rename(path+".away", path) }
		}},
		{"another file in its place", func(t *testing.T, path string) func() {
			if err := os.Rename(path, path+".away"); err != nil {
				t.Fatal(err)
			}
			other := bytes.Repeat([]byte("another program's file "), 4096)
			if err := os.WriteFile(path, other, 0o600); err != nil {
				t.Fatal(err)
			}
			return func() {
				if !bytes.Equal(readFile(t, path), other) {
					t.Error("the wipe wrote into a file that is not the one open")
				}
				os.Rename(path+".away", path)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "circle.db")
			s := openT(t, path)
			events := meetingEvents(t, 30)
			startT(t, s, events)
			m, err := session.Replay(events)
			if err != nil {
				t.Fatal(err)
			}

			restore := tt.inject(t, path)
			err = s.FinishMeeting(m.Log())
			restore()
			if !errors.Is(err, store.ErrScrub) {
				t.Fatalf("FinishMeeting = %v, want ErrScrub", err)
			}
			// The finish itself is committed, and the store goes on.
			if got := activeT(t, s); got != nil {
				t.Errorf("ActiveEvents = %d events, want nil", len(got))
			}
			if n, err := s.Count(); n != 1 || err != nil {
				t.Errorf("Count() = %d, %v; want 1", n, err)
			}
			if err := s.StartMeeting(events[0]); err != nil {
				t.Errorf("StartMeeting after ErrScrub: %v", err)
			}
			if err := s.AppendEvent(events[1]); err != nil {
				t.Errorf("AppendEvent after ErrScrub: %v", err)
			}
			assertOnlyFiles(t, dir, "circle.db")
			s.Close()

			s = openT(t, path)
			if got, _ := s.Meetings(); len(got) != 1 {
				t.Errorf("after reopening, %d meetings, want 1", len(got))
			}
		})
	}
}

func TestFinishMeetingInAReadOnlyFolder(t *testing.T) {
	// The wipe writes into the file itself, so a folder circle cannot
	// write in does not keep the times of day in the file.
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("needs Unix permissions that apply (not root)")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	s := openT(t, path)
	events := meetingEvents(t, 0)
	startT(t, s, events)
	m, _ := session.Replay(events)
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	if err := s.FinishMeeting(m.Log()); err != nil {
		t.Fatalf("FinishMeeting = %v", err)
	}
	s.Close()
	raw := readFile(t, path)
	for _, tod := range append(timesOfDay(events), `"k":"`) {
		if bytes.Contains(raw, []byte(tod)) {
			t.Errorf("the file still holds %q after the finish", tod)
		}
	}
}

func TestClosedStore(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "circle.db"))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	events := meetingEvents(t, 2)
	// Errors, not panics.
	if err := s.StartMeeting(events[0]); err == nil {
		t.Error("StartMeeting on a closed store = nil")
	}
	if err := s.AppendEvent(events[1]); err == nil {
		t.Error("AppendEvent on a closed store = nil")
	}
	if _, err := s.ActiveEvents(); err == nil {
		t.Error("ActiveEvents on a closed store = nil error")
	}
	if err := s.FinishMeeting(circleLog("2026-11-25", 4)); err == nil {
		t.Error("FinishMeeting on a closed store = nil")
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close() = %v", err)
	}
}

func TestConcurrentUse(t *testing.T) {
	// The UI may call the store from tea.Cmd goroutines; run with -race.
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	events := meetingEvents(t, 40)
	startT(t, s, events[:1])
	done := make(chan error)
	go func() {
		for range 20 {
			if _, err := s.ActiveEvents(); err != nil {
				done <- err
				return
			}
			if _, err := s.Meetings(); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for _, e := range events[1:] {
		if err := s.AppendEvent(e); err != nil {
			t.Fatal(err)
		}
	}
	m, _ := session.Replay(events)
	if err := s.FinishMeeting(m.Log()); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func TestPutEventRetriesNeverDouble(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	events := meetingEvents(t, 6)
	if err := s.PutEvent(2, events[1]); !errors.Is(err, store.ErrNoActive) {
		t.Errorf("PutEvent with no meeting = %v, want ErrNoActive", err)
	}
	// A start whose commit was in doubt is tried again: same begin, no harm.
	for range 2 {
		if err := s.StartMeeting(events[0]); err != nil {
			t.Fatalf("StartMeeting: %v", err)
		}
	}
	for n := 2; n <= 4; n++ {
		if err := s.PutEvent(n, events[n-1]); err != nil {
			t.Fatalf("PutEvent(%d): %v", n, err)
		}
	}
	// A write tried again stores nothing twice.
	if err := s.PutEvent(4, events[3]); err != nil {
		t.Fatalf("PutEvent(4) again: %v", err)
	}
	if err := s.AppendEvent(events[4]); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{-1, 0, 1, 7} {
		if err := s.PutEvent(n, events[5]); err == nil {
			t.Errorf("PutEvent(%d) with 5 events stored = nil, want an error", n)
		}
	}
	if err := s.PutEvent(6, events[5]); err != nil {
		t.Fatal(err)
	}
	if err := s.StartMeeting(events[0]); !errors.Is(err, store.ErrActive) {
		t.Errorf("StartMeeting again after events = %v, want ErrActive", err)
	}
	s.Close()
	keys, _ := rawActive(t, path)
	if want := []uint64{1, 2, 3, 4, 5, 6}; !slices.Equal(keys, want) {
		t.Errorf("keys on disk %v, want %v", keys, want)
	}
	s = openT(t, path)
	if diff := cmp.Diff(events, activeT(t, s)); diff != "" {
		t.Errorf("ActiveEvents (-want +got):\n%s", diff)
	}
}

func TestWritesToAReadOnlyStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	w := openT(t, path)
	events := meetingEvents(t, 3)
	startT(t, w, events[:2])
	w.Close()

	s, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m, _ := session.Replay(events[:2])
	for name, err := range map[string]error{
		"SaveMeeting":   s.SaveMeeting(circleLog("2026-11-25", 4)),
		"StartMeeting":  s.StartMeeting(meetingEvents(t, 1)[0]),
		"AppendEvent":   s.AppendEvent(events[2]),
		"PutEvent":      s.PutEvent(3, events[2]),
		"FinishMeeting": s.FinishMeeting(m.Log()),
		"ApplyRetention": func() error {
			removed, err := s.ApplyRetention(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
			if removed != nil {
				t.Errorf("ApplyRetention on a read-only store removed %v", removed)
			}
			return err
		}(),
	} {
		if !errors.Is(err, store.ErrReadOnly) {
			t.Errorf("%s = %v, want ErrReadOnly", name, err)
		}
	}
}

func TestRelativePath(t *testing.T) {
	// `--db circle.db`: the copies made next to the file must land in the
	// working folder, not in the system's temp folder.
	dir, fixture := copyFixture(t, "schema1.db")
	t.Chdir(filepath.Dir(dir))
	// A temp file in the system's temp folder fails at once, even where
	// that is on the same file system.
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "missing"))
	s, err := store.Open("circle.db")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !bytes.Equal(readFile(t, "circle.db.schema1.bak"), fixture) {
		t.Error("no backup next to a file given by a relative path")
	}
	events := meetingEvents(t, 10)
	startT(t, s, events)
	m, _ := session.Replay(events)
	if err := s.FinishMeeting(m.Log()); err != nil {
		t.Errorf("FinishMeeting: %v", err)
	}
	assertOnlyFiles(t, ".", "circle.db", "circle.db.schema1.bak")
}

func TestSetAsideActiveKeepsACopy(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	evs := meetingEvents(t, 20)
	if err := st.StartMeeting(evs[0]); err != nil {
		t.Fatal(err)
	}
	for i, e := range evs[1:4] {
		if err := st.PutEvent(i+2, e); err != nil {
			t.Fatal(err)
		}
	}
	copied, err := st.SetAsideActive()
	if err != nil {
		t.Fatal(err)
	}
	if events, err := st.ActiveEvents(); err != nil || len(events) != 0 {
		t.Fatalf("after setting aside: %d events, %v", len(events), err)
	}
	if filepath.Dir(copied) != dir || filepath.Base(copied) != "circle.db.unfinished.bak" {
		t.Fatalf("the copy is %s", copied)
	}
	cp, err := store.OpenReadOnly(copied)
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	if events, err := cp.ActiveEvents(); err != nil || len(events) != 4 {
		t.Fatalf("the copy holds %d events, %v", len(events), err)
	}
	if err := st.StartMeeting(evs[0]); err != nil {
		t.Fatalf("a new meeting after setting aside: %v", err)
	}
}

func TestEventsOfAMeetingAreBounded(t *testing.T) {
	// A runaway (a key held down, 303,320 rule ticks in three minutes)
	// must not fill the file: past MaxEvents the store says so, and the
	// meeting can still be finished.
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	events := meetingEvents(t, 0)
	startT(t, s, events[:1])
	tick := session.Tick(evT0, 0, true)
	err := s.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("active"))
		v := []byte(`{"k":"tick","at":"2026-11-25T18:00:00Z","on":true}`)
		for n := uint64(2); n <= store.MaxEvents; n++ {
			if err := b.Put(store.EventKey(n), v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.AppendEvent(tick); !errors.Is(err, store.ErrTooManyEvents) {
		t.Fatalf("AppendEvent past the bound = %v, want ErrTooManyEvents", err)
	}
	if err := s.PutEvent(store.MaxEvents+1, tick); !errors.Is(err, store.ErrTooManyEvents) {
		t.Fatalf("PutEvent past the bound = %v, want ErrTooManyEvents", err)
	}
	if err := s.PutEvent(store.MaxEvents, tick); err != nil {
		t.Errorf("replacing the last event = %v", err)
	}
	if got := activeT(t, s); len(got) != store.MaxEvents {
		t.Fatalf("%d events kept, want %d", len(got), store.MaxEvents)
	}
	if fi, _ := os.Stat(path); fi.Size() > 8<<20 {
		t.Errorf("a meeting at its bound takes %d bytes", fi.Size())
	}
	m, _ := session.Replay(events[:1])
	if err := s.FinishMeeting(m.Log()); err != nil {
		t.Fatalf("FinishMeeting of a meeting at its bound: %v", err)
	}
	if n, _ := s.Count(); n != 1 {
		t.Errorf("Count() = %d, want 1", n)
	}
}

func TestEndActiveLeavesNoMeetingAndNoRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	if err := s.EndActive(); !errors.Is(err, store.ErrNoActive) {
		t.Errorf("EndActive with no meeting = %v, want ErrNoActive", err)
	}
	events := meetingEvents(t, 60)
	startT(t, s, events)
	if err := s.EndActive(); err != nil {
		t.Fatal(err)
	}
	if got := activeT(t, s); got != nil {
		t.Errorf("ActiveEvents after EndActive = %d events", len(got))
	}
	if n, _ := s.Count(); n != 0 {
		t.Errorf("EndActive saved %d meetings", n)
	}
	s.Close()
	raw := readFile(t, path)
	for _, tod := range append(timesOfDay(events), `"k":"`) {
		if bytes.Contains(raw, []byte(tod)) {
			t.Errorf("the file still holds %q", tod)
		}
	}
}
