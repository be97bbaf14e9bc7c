package store_test

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"circle/store"

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
	writeBolt(t, path, func(tx *bolt.Tx) error { return tx.Bucket([]byte("active")).Delete(store.EventKey(2)) })
	s = openT(t, path)
	_, err := s.ActiveEvents()
	if !errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), "event 3 where 2 belongs") {
		t.Fatalf("ActiveEvents() with event 2 gone: %v, want ErrDamaged naming event 3 where 2 belongs", err)
	}
}

// The export writes each string as encoding/json would, whatever it holds:
// each character json escapes, alone and among others.
func TestAppendQuotedIsJSON(t *testing.T) {
	cases := []string{"", "plain words", " ", "\x7f", "\x1f", "\x00", "\n", `"`, `\`, "<", ">", "&",
		"é", "Ørjulka", "\u2028", "\xff", "a\"b", "a<b>c&d", "tab\there", "end\\"}
	for _, s := range cases {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := store.AppendQuoted([]byte("x"), s); string(got) != "x"+string(want) {
			t.Errorf("appendQuoted(%q) = %s, want %s", s, got[1:], want)
		}
	}
}
