package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"

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

// immutable makes the file at path one that no one may write, root
// included (chattr +i), until the test ends; it skips where the file
// system or the user cannot.
func immutable(t *testing.T, path string) {
	t.Helper()
	const immutableFlag = 0x10 // FS_IMMUTABLE_FL
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	flags, err := unix.IoctlGetInt(int(f.Fd()), unix.FS_IOC_GETFLAGS)
	if err != nil {
		f.Close()
		t.Skipf("no file flags here: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(f.Fd()), unix.FS_IOC_SETFLAGS, flags|immutableFlag); err != nil {
		f.Close()
		t.Skipf("cannot make a file immutable here: %v", err)
	}
	t.Cleanup(func() {
		_ = unix.IoctlSetPointerInt(int(f.Fd()), unix.FS_IOC_SETFLAGS, flags)
		f.Close()
	})
}

// TestMigrateNotOnAnImmutableFile is TestMigrateNotOnAReadOnlyFile where
// permissions do not apply (root): an old file no one may write is not
// upgraded, and gets no copy, or each try would leave one more.
func TestMigrateNotOnAnImmutableFile(t *testing.T) {
	path, fixture := copyFixture(t, "schema1.db")
	immutable(t, path)
	if f, err := os.OpenFile(path, os.O_RDWR, 0); err == nil {
		f.Close()
		t.Skip("the immutable file can still be opened for writing")
	}
	assertNotMigrated(t, path, fixture)
}
