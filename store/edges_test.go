package store

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// The edges the mutation tool found untested (.ci/mutate store), in a file
// of their own.

// After EndActive the file is whole: it opens again, and a new meeting
// starts in it.
func TestEndActiveLeavesAUsableFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	events := meetingEvents(t, 4)
	startT(t, s, events)
	if err := s.EndActive(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openT(t, path)
	if err := s.Check(); err != nil {
		t.Fatalf("Check after EndActive: %v", err)
	}
	startT(t, s, events[:2])
	if got := activeT(t, s); len(got) != 2 {
		t.Fatalf("a meeting started after EndActive holds %d events, want 2", len(got))
	}
}

// A gap in the event numbers says which event stands where.
func TestActiveEventsGapSaysWhere(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	startT(t, s, meetingEvents(t, 4))
	s.Close()
	writeBolt(t, path, func(tx *bolt.Tx) error { return tx.Bucket([]byte("active")).Delete(eventKey(2)) })
	s = openT(t, path)
	_, err := s.ActiveEvents()
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "event 3 where 2 belongs") {
		t.Fatalf("ActiveEvents() with event 2 gone: %v, want ErrDamaged naming event 3 where 2 belongs", err)
	}
}
