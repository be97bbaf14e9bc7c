package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"circle/session"
	"circle/store"
)

func TestLockHeldByAnotherProgram(t *testing.T) {
	// A plain flock, as any program (a backup tool, sqlite-style lockers,
	// `flock circle.db ...`) takes it: not another circle.
	path := filepath.Join(t.TempDir(), "circle.db")
	openT(t, path).Close()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	for _, o := range []struct {
		name string
		open func(string, store.Options) (*store.Store, error)
	}{{"Open", store.OpenWith}, {"OpenReadOnly", store.OpenReadOnlyWith}} {
		s, err := o.open(path, quickLock)
		if err == nil {
			s.Close()
		}
		if !errors.Is(err, store.ErrInUse) || errors.Is(err, store.ErrLocked) {
			t.Errorf("%s: %v, want ErrInUse and not ErrLocked", o.name, err)
		}
	}

	// Once the other program lets go, and a circle holds it, the blame
	// goes to the circle (as TestSecondOpenIsLocked, but after a rewrite,
	// which takes the lock and the mark anew).
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	s := openT(t, path)
	events := meetingEvents(t, 0)
	startT(t, s, events)
	m, err := session.Replay(events)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.FinishMeeting(m.Log()); err != nil {
		t.Fatal(err)
	}
	if _, err := store.OpenWith(path, quickLock); !errors.Is(err, store.ErrLocked) {
		t.Errorf("Open while a circle holds it, after its rewrite: %v, want ErrLocked", err)
	}
}
