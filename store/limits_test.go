package store_test

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"circle/store"

	berrors "go.etcd.io/bbolt/errors"
)

func mode(t *testing.T, path string) fs.FileMode {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

func chmodT(t *testing.T, path string, m fs.FileMode) {
	t.Helper()
	if err := os.Chmod(path, m); err != nil {
		t.Fatal(err)
	}
}

func TestOpenTightensPermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permission bits on Windows")
	}
	t.Run("default folder and file", func(t *testing.T) {
		t.Setenv("XDG_DATA_HOME", t.TempDir()) // DefaultPath on Linux and BSD
		t.Setenv("HOME", t.TempDir())          // and on macOS
		path, err := store.DefaultPath()
		if err != nil {
			t.Fatal(err)
		}
		dir := filepath.Dir(path)
		openT(t, path).Close()
		chmodT(t, dir, 0o755)
		chmodT(t, path, 0o644)

		s := openT(t, path)
		if diff := cmp.Diff([]string{dir, path}, s.Tightened()); diff != "" {
			t.Errorf("Tightened() (-want +got):\n%s", diff)
		}
		if m := mode(t, dir); m != 0o700 {
			t.Errorf("folder mode %v, want 0700", m)
		}
		if m := mode(t, path); m != 0o600 {
			t.Errorf("file mode %v, want 0600", m)
		}
		s.Close()
		if got := openT(t, path).Tightened(); len(got) != 0 {
			t.Errorf("Tightened() of a private file = %v, want none", got)
		}
	})
	t.Run("a folder given with --db is left alone", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "shared")
		path := filepath.Join(dir, "circle.db")
		openT(t, path).Close()
		chmodT(t, dir, 0o755)
		chmodT(t, path, 0o640)

		s := openT(t, path)
		if diff := cmp.Diff([]string{path}, s.Tightened()); diff != "" {
			t.Errorf("Tightened() (-want +got):\n%s", diff)
		}
		if m := mode(t, dir); m != 0o755 {
			t.Errorf("folder mode %v, want 0755 as it was", m)
		}
		if m := mode(t, path); m != 0o600 {
			t.Errorf("file mode %v, want 0600", m)
		}
	})
	t.Run("not a file that fails a check", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "circle.db")
		setSchema(t, path, strconv.Itoa(store.SchemaVersion+1))
		chmodT(t, path, 0o644)
		if _, err := store.Open(path); !errors.Is(err, store.ErrNewer) {
			t.Fatalf("Open = %v, want ErrNewer", err)
		}
		if m := mode(t, path); m != 0o644 {
			t.Errorf("the refused file's mode became %v", m)
		}
	})
	t.Run("not by OpenReadOnly", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "circle.db")
		openT(t, path).Close()
		chmodT(t, path, 0o644)
		s, err := store.OpenReadOnly(path)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		if m := mode(t, path); m != 0o644 || s.Tightened() != nil {
			t.Errorf("OpenReadOnly: mode %v, Tightened %v; want it left alone", m, s.Tightened())
		}
	})
}

func TestSizeLimit(t *testing.T) {
	const limit = 1 << 20
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openWithT(t, path, store.Options{MaxSize: limit})

	// Big logs fill it quickly; a meeting's events then fill what is left.
	big := circleLog("2026-01-06", 20)
	saved := 0
	var err error
	for range 1000 {
		if err = s.SaveMeeting(big); err != nil {
			break
		}
		saved++
	}
	if !errors.Is(err, store.ErrFull) || !errors.Is(err, berrors.ErrMaxSizeReached) {
		t.Fatalf("after %d saves: %v, want ErrFull", saved, err)
	}
	// A runaway: the same events again and again (the store does not
	// replay them).
	events := meetingEvents(t, 0)
	appended := 0
	if err = s.StartMeeting(events[0]); err == nil {
		appended++
		for i := 0; i < 100_000; i++ {
			if err = s.AppendEvent(events[1+i%(len(events)-1)]); err != nil {
				break
			}
			appended++
		}
	}
	if !errors.Is(err, store.ErrFull) {
		t.Fatalf("after %d events: %v, want ErrFull", appended, err)
	}
	t.Logf("full after %d meetings and %d events: %v", saved, appended, err)
	s.Close()

	if fi, err := os.Stat(path); err != nil {
		t.Fatal(err)
	} else if fi.Size() > limit {
		t.Errorf("file is %d bytes, over the limit of %d", fi.Size(), limit)
	}
	// Everything written before the refusal is there.
	s = openT(t, path)
	if err := s.Check(); err != nil {
		t.Errorf("Check() = %v", err)
	}
	if n, _ := s.Count(); n != saved {
		t.Errorf("Count() = %d, want %d", n, saved)
	}
	got, err := s.ActiveEvents()
	if err != nil || len(got) != appended {
		t.Errorf("ActiveEvents() = %d events, %v; want %d", len(got), err, appended)
	}
}

func TestWriteErr(t *testing.T) {
	// bbolt returns a failed write's *PathError as it is, but formats the
	// errors of growing the file with %s.
	enospc := &fs.PathError{Op: "write", Path: "circle.db", Err: syscall.ENOSPC}
	tests := []struct {
		name string
		err  error
		want []error
	}{
		{"write", enospc, []error{syscall.ENOSPC}},
		{"grow", fmt.Errorf("file resize error: %s", enospc), []error{syscall.ENOSPC}},
		{"sync", fmt.Errorf("file sync error: %s", syscall.ENOSPC), []error{syscall.ENOSPC}},
		{"limit", berrors.ErrMaxSizeReached, []error{store.ErrFull, berrors.ErrMaxSizeReached}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := store.WriteErr(tt.err)
			for _, w := range tt.want {
				if !errors.Is(err, w) {
					t.Errorf("writeErr(%v) = %v, does not match %v", tt.err, err, w)
				}
			}
		})
	}
	if err := store.WriteErr(store.ErrActive); err != store.ErrActive {
		t.Errorf("writeErr changed %v to %v", store.ErrActive, err)
	}
}

// TestDiskFull needs a small file system that can be filled, such as
//
//	mount -t tmpfs -o size=512k tmpfs /mnt/full
//	CIRCLE_TEST_FULL_DIR=/mnt/full go test -run TestDiskFull ./store/
func TestDiskFull(t *testing.T) {
	dir := os.Getenv("CIRCLE_TEST_FULL_DIR")
	if dir == "" {
		t.Skip("set CIRCLE_TEST_FULL_DIR to a folder on a small file system")
	}
	dir, err := os.MkdirTemp(dir, "circle")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	path := filepath.Join(dir, "circle.db")
	s := openT(t, path)

	// A filler takes all but a little of the space.
	filler, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	chunk := bytes.Repeat([]byte{1}, 4096)
	for {
		if _, err := filler.Write(chunk); err != nil {
			break
		}
	}
	filler.Close()
	if err := os.Truncate(filler.Name(), max(0, fileSize(t, filler.Name())-64<<10)); err != nil {
		t.Fatal(err)
	}

	big := circleLog("2026-01-06", 20)
	saved := 0
	for range 100 {
		if err = s.SaveMeeting(big); err != nil {
			break
		}
		saved++
	}
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("after %d saves: %v, want ENOSPC", saved, err)
	}
	t.Logf("disk full after %d meetings: %v", saved, err)
	s.Close()
	os.Remove(filler.Name())
	s = openT(t, path)
	if n, err := s.Count(); n != saved || err != nil {
		t.Errorf("Count() = %d, %v; want %d", n, err, saved)
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check() = %v", err)
	}
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}
