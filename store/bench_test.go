package store_test

import (
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"circle/store"

	bolt "go.etcd.io/bbolt"

	"circle/session"
)

// benchEvent is a typical key press: the end of a turn.
func benchEvent(b *testing.B) session.Event {
	return meetingEvents(b, 0)[3]
}

// BenchmarkAppendEvent is one durable event: what each key press of a
// meeting costs. Compare it with BenchmarkRawPut, from the same run.
func BenchmarkAppendEvent(b *testing.B) {
	s, err := store.Open(filepath.Join(b.TempDir(), "circle.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := s.StartMeeting(meetingEvents(b, 1)[0]); err != nil {
		b.Fatal(err)
	}
	e := benchEvent(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := s.AppendEvent(e); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRawPut is the floor under AppendEvent: a bare bbolt Update
// with one Put of the same bytes, into a plain file with the same options.
func BenchmarkRawPut(b *testing.B) {
	db, err := bolt.Open(filepath.Join(b.TempDir(), "raw.db"), 0o600, store.Options{}.WithDefaults().Bolt(false))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	bucket := []byte("events")
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket(bucket)
		return err
	}); err != nil {
		b.Fatal(err)
	}
	v, err := json.Marshal(benchEvent(b))
	if err != nil {
		b.Fatal(err)
	}
	n := uint64(0)
	b.ReportAllocs()
	for b.Loop() {
		n++
		err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucket).Put(store.EventKey(n), v) })
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkResume500 is the restart after a crash late in a long meeting:
// open the file, read its 500 events and rebuild the meeting.
func BenchmarkResume500(b *testing.B) {
	path := filepath.Join(b.TempDir(), "circle.db")
	s, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	startT(b, s, meetingEvents(b, 500))
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		s, err := store.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		events, err := s.ActiveEvents()
		if err != nil {
			b.Fatal(err)
		}
		m, err := session.Replay(events)
		if err != nil {
			b.Fatal(err)
		}
		if len(events) != 500 || m.Phase() == session.PhaseDone {
			b.Fatalf("%d events, phase %v", len(events), m.Phase())
		}
		s.Close()
	}
}

// BenchmarkPutEvent is AppendEvent with the number given, as the UI's
// journal writes events.
func BenchmarkPutEvent(b *testing.B) {
	s, err := store.Open(filepath.Join(b.TempDir(), "circle.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := s.StartMeeting(meetingEvents(b, 1)[0]); err != nil {
		b.Fatal(err)
	}
	e := benchEvent(b)
	n := 1
	b.ReportAllocs()
	for b.Loop() {
		n++
		if err := s.PutEvent(n, e); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGroupMeetings500 is the question before deleting a group, in a
// file of 500 meetings of eight (ten years of weekly meetings), half of
// them the group's: a read of every meeting's group id.
func BenchmarkGroupMeetings500(b *testing.B) {
	s, err := store.Open(filepath.Join(b.TempDir(), "circle.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	id, err := s.CreateGroup(store.Group{Name: "Tuesday", Created: "2016-01-05"})
	if err != nil {
		b.Fatal(err)
	}
	day := time.Date(2016, 1, 5, 0, 0, 0, 0, time.UTC)
	for i := range 500 {
		l := circleLog(day.AddDate(0, 0, 7*(i/2)).Format(time.DateOnly), 8)
		if i%2 == 0 {
			l.Group = id
		}
		if err := s.SaveMeeting(l); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if n, err := s.GroupMeetings(id); n != 250 || err != nil {
			b.Fatalf("GroupMeetings = %d, %v", n, err)
		}
	}
}
