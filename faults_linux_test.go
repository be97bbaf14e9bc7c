package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"circle/store"
)

func TestLockOfAnotherProgramIsNotBlamedOnCircle(t *testing.T) {
	db := filepath.Join(t.TempDir(), "circle.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	f, err := os.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	r := runCircle(t, "history", "--db", db)
	if r.code != exitFailure {
		t.Fatalf("exit %d, want 1", r.code)
	}
	oneLine(t, r.stderr)
	if !strings.Contains(r.stderr, "is in use by another program") {
		t.Fatalf("said %q", r.stderr)
	}
}

func TestKillWhileCreatingNeverLeavesAnEmptyFile(t *testing.T) {
	// circle killed at any moment of making its data file leaves no file
	// or a whole one: never one that every later start refuses.
	if testing.Short() {
		t.Skip("runs circle many times")
	}
	dir := t.TempDir()
	rulesFile := filepath.Join(dir, "rules.txt")
	if err := os.WriteFile(rulesFile, []byte("group: Tuesday\n1. One voice at a time.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	start := func(db string) *exec.Cmd {
		argv, _ := json.Marshal([]string{"rules", "import", rulesFile, "--db", db})
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "CIRCLE_TEST_ARGS="+string(argv), raceLog(t))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	// How long the making of the file takes, from the first thing made in
	// its folder to circle's exit, to spread the kills over it: kills
	// before it would find an empty folder and test nothing.
	// The shortest of three runs, so that the kills fall inside a run.
	var whole time.Duration
	for i := range 3 {
		timing := filepath.Join(dir, fmt.Sprintf("timing%d", i), "circle.db")
		if err := os.MkdirAll(filepath.Dir(timing), 0o700); err != nil {
			t.Fatal(err)
		}
		cmd := start(timing)
		made := firstMade(t, filepath.Dir(timing), cmd)
		if err := cmd.Wait(); err != nil {
			t.Fatal(err)
		}
		if d := time.Since(made); i == 0 || d < whole {
			whole = d
		}
	}

	const kills = 60
	running, empty, refused := 0, 0, 0
	for i := range kills {
		db := filepath.Join(dir, fmt.Sprintf("k%03d", i), "circle.db")
		// The folder exists, so the kills land in what comes after.
		if err := os.MkdirAll(filepath.Dir(db), 0o700); err != nil {
			t.Fatal(err)
		}
		cmd := start(db)
		firstMade(t, filepath.Dir(db), cmd)
		time.Sleep(whole * time.Duration(i) / kills)
		_ = cmd.Process.Kill()
		if err := cmd.Wait(); err != nil {
			running++ // killed before it was done
		}
		fi, err := os.Stat(db)
		if os.IsNotExist(err) {
			continue
		}
		if err == nil && fi.Size() == 0 {
			empty++
			continue
		}
		st, err := store.Open(db)
		if err != nil {
			refused++
			t.Logf("kill %d: %v", i, err)
			continue
		}
		st.Close()
		entries, _ := os.ReadDir(filepath.Dir(db))
		if len(entries) != 1 {
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Errorf("kill %d: after the next start the folder holds %v", i, names)
		}
	}
	if empty > 0 || refused > 0 {
		t.Errorf("of %d kills in %v, %d left an empty file and %d a file the next start refused", kills, whole, empty, refused)
	}
	// How many kills came before circle was done: on a fast machine
	// without the race detector the making takes a few milliseconds, and
	// most kills come after it (a figure, not an assertion).
	t.Logf("%d of %d kills in %v came before circle was done", running, kills, whole)
}

// firstMade waits until something is made in dir (circle, started as cmd,
// makes its data file there) and says when: inotify, so the wait takes no
// time from circle on a busy machine. It watches dir before cmd gets far:
// cmd is a test binary, which takes far longer to start than this.
func firstMade(t *testing.T, dir string, cmd *exec.Cmd) time.Time {
	t.Helper()
	fd, err := syscall.InotifyInit1(syscall.IN_CLOEXEC)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(fd)
	if _, err := syscall.InotifyAddWatch(fd, dir, syscall.IN_CREATE|syscall.IN_MOVED_TO); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		return time.Now()
	}
	got := make(chan error, 1)
	go func() {
		var buf [4096]byte
		_, err := syscall.Read(fd, buf[:])
		got <- err
	}()
	select {
	case err := <-got:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("circle made nothing in %s in 30 s", dir)
	}
	return time.Now()
}
