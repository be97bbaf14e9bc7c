package store_test

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"circle/store"

	bolt "go.etcd.io/bbolt"

	"circle/session"
)

// testdata/schema3.db was written by the schema 3 store (commit ea4e330):
// Open; CreateGroup "Tuesday group" (created 2026-01-06, one rule of its
// own); SaveMeeting of schema3Meetings' first two (the first the group's);
// StartMeeting and AppendEvent of meetingEvents, then FinishMeeting of its
// log; StartMeeting and AppendEvent of schema2Active; Close, as a crash
// would leave it.
func schema3Meetings(tb testing.TB) []session.Log {
	a := circleLog("2026-01-06", 6)
	a.Group = 1
	done, err := session.Replay(meetingEvents(tb, 0))
	if err != nil {
		tb.Fatal(err)
	}
	// In key order: by date.
	return []session.Log{a, circleLog("2026-01-13", 5), done.Log()}
}

func TestEverySchemaHasAFixture(t *testing.T) {
	// An older schema without a fixture has a migration no test runs on
	// a file that schema really made.
	for v := 1; v < store.SchemaVersion; v++ {
		name := filepath.Join("testdata", "schema"+strconv.Itoa(v)+".db")
		if _, err := os.Stat(name); err != nil {
			t.Errorf("schema %d has no fixture file: %v", v, err)
			continue
		}
		if schema, _ := rawSchema(t, name); schema != strconv.Itoa(v) {
			t.Errorf("%s holds schema %q", name, schema)
		}
	}
	if len(store.Migrations) != store.SchemaVersion-1 {
		t.Errorf("%d migrations for schema %d", len(store.Migrations), store.SchemaVersion)
	}
	// Every bucket's schema is one that exists, and the table starts
	// with the meta bucket that fresh files set up first.
	for _, b := range store.Buckets {
		if b.Since < 1 || b.Since > store.SchemaVersion {
			t.Errorf("bucket %s arrived in schema %d", b.Name, b.Since)
		}
	}
	if !bytes.Equal(store.Buckets[0].Name, store.MetaBucket) {
		t.Errorf("the first bucket is %s, want meta", store.Buckets[0].Name)
	}
}

func TestMigrateSchema3(t *testing.T) {
	path, fixture := copyFixture(t, "schema3.db")
	dir := filepath.Dir(path)
	if schema, buckets := rawSchema(t, path); schema != "3" || !slices.Equal(buckets, schema3Buckets) {
		t.Fatalf("fixture: schema %q, buckets %v", schema, buckets)
	}
	s := openT(t, path)
	got, err := s.Meetings()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(schema3Meetings(t), got); diff != "" {
		t.Errorf("meetings after the migration (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(schema2Active(t), activeT(t, s)); diff != "" {
		t.Errorf("the running meeting after the migration (-want +got):\n%s", diff)
	}
	for _, c := range []struct {
		group uint64
		want  int
	}{{0, 2}, {1, 1}} {
		if n, err := s.GroupMeetings(c.group); n != c.want || err != nil {
			t.Errorf("GroupMeetings(%d) = %d, %v; want %d", c.group, n, err, c.want)
		}
	}
	if n, err := s.Count(); n != 3 || err != nil {
		t.Errorf("Count() = %d, %v; want 3", n, err)
	}
	if gs, err := s.Groups(); err != nil || len(gs) != 1 || gs[0].Name != "Tuesday group" {
		t.Errorf("Groups() = %v, %v", gs, err)
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check() = %v", err)
	}
	s.Close()
	if schema, buckets := rawSchema(t, path); schema != "4" || !slices.Equal(buckets, schema4Buckets) {
		t.Errorf("after the migration: schema %q, buckets %v", schema, buckets)
	}
	if !bytes.Equal(readFile(t, path+".schema3.bak"), fixture) {
		t.Error("no byte copy of the file as it was")
	}
	// The JSON records are gone from the file, free pages included.
	if raw := readFile(t, path); bytes.Contains(raw, []byte(`"planned_minutes"`)) {
		t.Error("the migrated file still holds JSON meeting records")
	}
	assertOnlyFiles(t, dir, "circle.db", "circle.db.schema3.bak")

	// It goes on: the interrupted meeting is finished and counted.
	s = openT(t, path)
	m, err := session.Replay(activeT(t, s))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.FinishMeeting(m.Log()); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.GroupMeetings(0); n != 3 {
		t.Errorf("GroupMeetings(0) = %d after the finish, want 3", n)
	}
}

func TestOpenReadOnlyReadsSchema3(t *testing.T) {
	path, fixture := copyFixture(t, "schema3.db")
	s, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Meetings()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(schema3Meetings(t), got); diff != "" {
		t.Errorf("Meetings() (-want +got):\n%s", diff)
	}
	sums, err := s.Summaries()
	if err != nil || len(sums) != 3 || sums[0].Group != 1 || sums[2].Turns != len(got[2].Turns) {
		t.Errorf("Summaries() = %+v, %v", sums, err)
	}
	if n, err := s.GroupMeetings(1); n != 1 || err != nil {
		t.Errorf("GroupMeetings(1) = %d, %v", n, err)
	}
	if n, err := s.Count(); n != 3 || err != nil {
		t.Errorf("Count() = %d, %v", n, err)
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check() = %v", err)
	}
	s.Close()
	if !bytes.Equal(readFile(t, path), fixture) {
		t.Error("OpenReadOnly changed the old file")
	}
}

// recordLogs are logs whose every field the record must keep exactly.
func recordLogs(t *testing.T) map[string]session.Log {
	real, err := session.Replay(meetingEvents(t, 0))
	if err != nil {
		t.Fatal(err)
	}
	odd := circleLog("2025-03-04", 3)
	odd.Turns[0].Kind = "something new"
	odd.Turns[1].OvertimeSeconds = 7 // not Seconds - Planned
	odd.Turns[2].Seat, odd.Turns[2].About = -3, -1
	odd.Tally = []session.LogTally{{Seat: 1, Seconds: 300}, {Seat: 2, Seconds: 0}}
	odd.Reminders = []string{"one-voice", "one-voice"}
	odd.Interruptions, odd.InterruptedSeconds = 2, 135
	odd.Format = "a format of the future"
	odd.Version = 7
	odd.Group = 1 << 40
	room := circleLog("2025-03-04", 4)
	room.JoinedLate, room.LeftEarly, room.Rounds = 2, 1, 1
	onlyRounds := circleLog("2025-03-04", 2)
	onlyRounds.Rounds = 3
	return map[string]session.Log{
		"room counts":   room,
		"only rounds":   onlyRounds,
		"circle":        circleLog("2025-03-04", 8),
		"from a replay": real.Log(),
		"nil slices":    {Date: "2025-03-04"},
		"empty slices": {Date: "2025-03-04", Turns: []session.LogTurn{}, RulesReviewed: []string{}, Prompts: []string{},
			Choices: []string{}, Tally: []session.LogTally{}, Reminders: []string{}},
		"odd values": odd,
	}
}

func TestRecordRoundTrip(t *testing.T) {
	for name, l := range recordLogs(t) {
		t.Run(name, func(t *testing.T) {
			v, err := store.EncodeRecord(l)
			if err != nil {
				t.Fatal(err)
			}
			got, err := store.DecodeRecord(store.MeetingKey(l.Date, 3), v)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(l, got); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
			sum, err := store.DecodeSummary(store.MeetingKey(l.Date, 3), v)
			want := store.Summary{Date: l.Date, Group: l.Group, PlannedMinutes: l.PlannedMinutes, ActualSeconds: l.ActualSeconds,
				Present: l.Present, Turns: len(l.Turns), Completed: l.Completed,
				Interruptions: l.Interruptions, InterruptedSeconds: l.InterruptedSeconds}
			if err != nil || sum != want {
				t.Errorf("decodeSummary = %+v, %v; want %+v", sum, err, want)
			}
			// Cut short anywhere, it is refused, never misread.
			for n := range len(v) {
				if _, err := store.DecodeRecord(store.MeetingKey(l.Date, 3), v[:n]); err == nil {
					t.Fatalf("a record cut to %d of %d bytes decodes", n, len(v))
				}
			}
			if _, err := store.DecodeRecord(store.MeetingKey(l.Date, 3), append(v, 0)); err == nil {
				t.Error("a record with a byte too many decodes")
			}
		})
	}
}

// The room's counts are in the head only when one is set: a record that
// says it holds them, all zero, was not written by circle.
func TestRecordRoomCountsOnlyWhenSet(t *testing.T) {
	l := circleLog("2025-03-04", 2)
	plain, err := store.EncodeRecord(l)
	if err != nil {
		t.Fatal(err)
	}
	l.LeftEarly = 1
	room, err := store.EncodeRecord(l)
	if err != nil {
		t.Fatal(err)
	}
	if len(room) < len(plain)+3 {
		t.Fatalf("the counts take %d bytes, want 3 at least", len(room)-len(plain))
	}
	got, err := store.DecodeRecord(store.MeetingKey(l.Date, 1), room)
	if err != nil || got.LeftEarly != 1 || got.JoinedLate != 0 || got.Rounds != 0 {
		t.Fatalf("decoded %+v, %v", got, err)
	}
	// Find the counts: right after the flags.
	r := store.NewReader(room[1:])
	r.Int()
	r.Uvarint()
	for range 6 {
		r.Int()
	}
	r.Uvarint()
	at := len(room) - len(r.Rest())
	if !bytes.Equal(room[at:at+3], []byte{0, 2, 0}) {
		t.Fatalf("the counts are % x", room[at:at+3])
	}
	zero := bytes.Clone(room)
	zero[at+1] = 0
	if _, err := store.DecodeRecord(store.MeetingKey(l.Date, 1), zero); err == nil {
		t.Fatal("a record with its room counts all zero decodes")
	}
}

func TestRecordIsCompact(t *testing.T) {
	l := circleLog("2025-03-04", 8)
	v, err := store.EncodeRecord(l)
	if err != nil {
		t.Fatal(err)
	}
	j, _ := json.Marshal(l)
	if len(v) > len(j)/8 {
		t.Errorf("a record of %d turns is %d bytes, its JSON %d", len(l.Turns), len(v), len(j))
	}
}

// FuzzDecodeRecord feeds the meetings bucket's decoder: it must never
// panic, and what it accepts must encode to the very same bytes.
func FuzzDecodeRecord(f *testing.F) {
	for _, l := range []session.Log{circleLog("2025-03-04", 6), circleLog("2025-03-04", 2), {Date: "2025-03-04"}} {
		v, err := store.EncodeRecord(l)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(v)
		f.Add(v[:len(v)/2])
	}
	f.Add([]byte{})
	f.Add([]byte{store.RecordV1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, v []byte) {
		k := store.MeetingKey("2025-03-04", 1)
		l, err := store.DecodeRecord(k, v)
		if err != nil {
			return
		}
		again, err := store.EncodeRecord(l)
		if err != nil {
			t.Fatalf("a decoded record does not encode: %v", err)
		}
		l2, err := store.DecodeRecord(k, again)
		if err != nil {
			t.Fatalf("a re-encoded record does not decode: %v", err)
		}
		if diff := cmp.Diff(l, l2); diff != "" {
			t.Fatalf("log changed in a round trip (-first +second):\n%s", diff)
		}
	})
}

func TestCountsKeptAsDataChanges(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	a, err := s.CreateGroup(store.Group{Name: "A", Created: "2026-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.CreateGroup(store.Group{Name: "B", Created: "2026-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	save := func(group uint64, date string) {
		l := circleLog(date, 4)
		l.Group = group
		if err := s.SaveMeeting(l); err != nil {
			t.Fatal(err)
		}
	}
	save(a, "2026-01-06")
	save(a, "2026-01-13")
	save(b, "2026-01-07")
	save(0, "2026-01-08")
	events := meetingEvents(t, 20)
	startT(t, s, events)
	m, _ := session.Replay(events)
	l := m.Log()
	l.Group = b
	if err := s.FinishMeeting(l); err != nil {
		t.Fatal(err)
	}
	want := map[uint64]int{a: 2, b: 2, 0: 1}
	for g, n := range want {
		if got, err := s.GroupMeetings(g); got != n || err != nil {
			t.Errorf("GroupMeetings(%d) = %d, %v; want %d", g, got, err, n)
		}
	}
	if n, _ := s.Count(); n != 5 {
		t.Errorf("Count() = %d, want 5", n)
	}
	if _, err := s.DeleteGroup(a); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Count(); n != 3 {
		t.Errorf("Count() = %d after deleting a group of 2, want 3", n)
	}
	c, err := s.CreateGroup(store.Group{Name: "C", Created: "2026-02-01"})
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := s.GroupMeetings(c); n != 0 {
		t.Errorf("a new group has %d meetings", n)
	}
	if err := s.Check(); err != nil {
		t.Fatalf("Check() = %v", err)
	}
	s.Close()

	// A count that is not the meetings' own is damage, for Check.
	writeBolt(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("counts")).Put(store.GroupKey(b), binary.BigEndian.AppendUint64(nil, 9))
	})
	s = openT(t, path)
	if err := s.Check(); !errors.Is(err, store.ErrDamaged) {
		t.Errorf("Check() with a wrong count = %v, want ErrDamaged", err)
	}
}

func TestFinishInABigFileLeavesNoTime(t *testing.T) {
	// A file with years of history, and a meeting that ran: once it is
	// finished no byte of its events is left, in no page, and the older
	// meta page (bbolt's fallback) still describes a whole file.
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	ids := fillCentre(t, s, 600, 20)
	events := meetingEvents(t, 0)
	startT(t, s, events)
	m, err := session.Replay(events)
	if err != nil {
		t.Fatal(err)
	}
	l := m.Log()
	l.Group = ids[3]
	if err := s.FinishMeeting(l); err != nil {
		t.Fatal(err)
	}
	s.Close()
	raw := readFile(t, path)
	for _, tod := range append(timesOfDay(events), `"k":"`, `"at":"`) {
		if bytes.Contains(raw, []byte(tod)) {
			t.Errorf("the file still holds %q after the finish", tod)
		}
	}

	// bbolt's fallback, the older meta page, describes the whole file,
	// the finished meeting too.
	for n, got := range stateByMeta(t, path) {
		if want := (fileState{strconv.Itoa(store.SchemaVersion), 601, 20, 0}); got != want {
			t.Errorf("through meta page %d the file holds %+v, want %+v", n, got, want)
		}
	}
}

func TestSummaries(t *testing.T) {
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	ids := fillCentre(t, s, 45, 3)
	logs, err := s.Meetings()
	if err != nil {
		t.Fatal(err)
	}
	sums, err := s.Summaries()
	if err != nil || len(sums) != len(logs) {
		t.Fatalf("Summaries() = %d, %v; want %d", len(sums), err, len(logs))
	}
	for i, l := range logs {
		want := store.Summary{Date: l.Date, Group: l.Group, PlannedMinutes: l.PlannedMinutes, ActualSeconds: l.ActualSeconds,
			Present: l.Present, Turns: len(l.Turns), Completed: l.Completed,
			Interruptions: l.Interruptions, InterruptedSeconds: l.InterruptedSeconds}
		if sums[i] != want {
			t.Errorf("summary %d = %+v, want %+v", i, sums[i], want)
		}
	}
	if sums[0].Group != ids[0] || sums[1].Group != ids[1] {
		t.Errorf("groups %d, %d", sums[0].Group, sums[1].Group)
	}
}

// A record's numbers are ints of 32 bits: the bounds themselves are read,
// one past them is damage.
func TestRecordIntBounds(t *testing.T) {
	for _, c := range []struct {
		v    int64
		want int
	}{{-1 << 31, -1 << 31}, {1<<31 - 1, 1<<31 - 1}, {-1<<31 - 1, 0}, {1 << 31, 0}} {
		r := store.NewReader(binary.AppendVarint(nil, c.v))
		if got := r.Int(); got != c.want || (c.want == 0) != (r.Rest() == nil) {
			t.Errorf("int() of %d = %d, rest %v; want %d", c.v, got, r.Rest(), c.want)
		}
	}
}

// A head whose flags hold a bit past the known ones is no record of this
// circle's: refused, whatever else it holds.
func TestRecordUnknownFlag(t *testing.T) {
	rec, err := store.EncodeRecord(circleLog("2026-01-06", 4))
	if err != nil {
		t.Fatal(err)
	}
	r := store.NewReader(rec[1:])
	r.Int()
	r.Uvarint()
	for range 6 {
		r.Int()
	}
	at := len(rec) - len(r.Rest())
	r.Uvarint()
	end := len(rec) - len(r.Rest())
	bad := append(append(bytes.Clone(rec[:at]), binary.AppendUvarint(nil, store.FlagRoom<<1)...), rec[end:]...)
	if _, err := store.DecodeRecord(store.MeetingKey("2026-01-06", 1), bad); err == nil {
		t.Error("a record with the flag after the room's decoded")
	}
}

// A damaged turn count is refused before anything is made for it: no
// slice of a billion turns for a record of a hundred bytes.
func TestRecordHugeTurnCount(t *testing.T) {
	l := circleLog("2026-01-06", 4)
	l.Turns = nil
	rec, err := store.EncodeRecord(l)
	if err != nil {
		t.Fatal(err)
	}
	// The turn count is the head's last number: 0 here, one byte.
	r := store.NewReader(rec[1:])
	r.Int()
	r.Uvarint()
	for range 6 {
		r.Int()
	}
	r.Uvarint()
	at := len(rec) - len(r.Rest())
	if rec[at] != 0 {
		t.Fatalf("the turn count is %d, want 0", rec[at])
	}
	bad := append(append(bytes.Clone(rec[:at]), binary.AppendUvarint(nil, 1<<30)...), rec[at+1:]...)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err = store.DecodeRecord(store.MeetingKey("2026-01-06", 1), bad)
	runtime.ReadMemStats(&after)
	if err == nil {
		t.Error("a record of 1<<30 turns decoded")
	}
	if d := after.TotalAlloc - before.TotalAlloc; d > 1<<20 {
		t.Errorf("decoding it took %d bytes", d)
	}
}

// A turn's first byte holds only known bits and codes, and an overtime is
// written only when it is not what Seconds and PlannedSeconds give: any
// other turn is refused as no record of this circle's.
func TestRecordTurnRefused(t *testing.T) {
	oneTurn := func(turn session.LogTurn) []byte {
		l := circleLog("2026-01-06", 4)
		l.Turns = []session.LogTurn{turn}
		rec, err := store.EncodeRecord(l)
		if err != nil {
			t.Fatal(err)
		}
		return rec
	}
	key := store.MeetingKey("2026-01-06", 1)
	plain := oneTurn(session.LogTurn{Kind: "checkin", Seat: 1, PlannedSeconds: 60, Seconds: 60})
	if _, err := store.DecodeRecord(key, plain); err != nil {
		t.Fatalf("the plain turn: %v", err)
	}
	// The turn's byte, then one byte each for Seat, Planned and Seconds.
	for _, bits := range []byte{4, 5, 6, 1 << 7} {
		bad := bytes.Clone(plain)
		bad[len(bad)-4] = bits
		if _, err := store.DecodeRecord(key, bad); err == nil {
			t.Errorf("a turn of bits %08b decoded", bits)
		}
	}
	over := oneTurn(session.LogTurn{Kind: "checkin", Seat: 1, PlannedSeconds: 60, Seconds: 90, OvertimeSeconds: 10})
	if l, err := store.DecodeRecord(key, over); err != nil || l.Turns[0].OvertimeSeconds != 10 {
		t.Fatalf("an overtime of its own: %+v, %v", l.Turns, err)
	}
	bad := bytes.Clone(over)
	bad[len(bad)-1] = byte(binary.AppendVarint(nil, 30)[0]) // 90 - 60, which is never written
	if _, err := store.DecodeRecord(key, bad); err == nil {
		t.Error("an overtime written as Seconds - PlannedSeconds decoded")
	}
}
