package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// answering runs circle in a child process on a terminal, types answer
// on it, and returns the exit code, stdout and stderr.
func answering(t *testing.T, answer string, args ...string) (int, string, string) {
	t.Helper()
	ptmx, pts := openPTY(t)
	argv, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "CIRCLE_TEST_ARGS="+string(argv), raceLog(t))
	var stdout, stderr bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = pts, &stdout, &stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, ptmx) // the echo
	if _, err := ptmx.Write([]byte(answer)); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("circle did not end within 10 s")
	}
	return cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()
}

// Every answer but yes keeps the meetings: enter alone too.
func TestPurgeAsksOnTheTerminal(t *testing.T) {
	db := centreDB(t)
	before, _ := os.ReadFile(db)
	for _, answer := range []string{"\n", "n\n", "no\n", "x\n", " \n", "yy\n", "d\n", "j\n", "\x04"} {
		code, stdout, stderr := answering(t, answer, "--lang", "en", "purge", "--db", db, "--before", "2026-01-01")
		if code != exitOK || stdout != "Nothing was changed.\n" {
			t.Errorf("answer %q: exit %d, stdout %q, stderr %q", answer, code, stdout, stderr)
		}
		if !strings.Contains(stderr, "Delete 6 meetings of every group before 2026-01-01?") {
			t.Errorf("answer %q: the question was %q", answer, stderr)
		}
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Fatal("an answer other than yes changed the data file")
	}
	code, stdout, stderr := answering(t, "j\n", "--lang", "nb", "purge", "--db", db, "--before", "2026-01-01", "--group", "Tuesday group")
	if code != exitOK || stdout != "Slettet 3 møter før 2026-01-01.\n" || !strings.Contains(stderr, "Slette 3 møter i Tuesday group før 2026-01-01?") {
		t.Errorf("j in Bokmål: exit %d, %q, %q", code, stdout, stderr)
	}
	code, stdout, _ = answering(t, "y\n", "purge", "--db", db, "--before", "2026-01-01")
	if code != exitOK || stdout != "Deleted 3 meetings before 2026-01-01.\n" {
		t.Errorf("y: exit %d, %q", code, stdout)
	}
}

func TestRestoreAsksOnTheTerminal(t *testing.T) {
	db := centreDB(t)
	good := filepath.Join(t.TempDir(), "good.db")
	runCircle(t, "backup", "--db", db, good)
	runCircle(t, "purge", "--db", db, "--before", "2030-01-01", "--yes")
	before, _ := os.ReadFile(db)
	for _, answer := range []string{"\n", "n\n", "q\n", "\x04"} {
		code, stdout, stderr := answering(t, answer, "restore", "--db", db, good)
		if code != exitOK || stdout != "Nothing was changed.\n" || !strings.Contains(stderr, "Replace the data file "+db+" with the copy "+good+" (7 saved meetings, the newest of 2026-01-06)?") {
			t.Errorf("answer %q: exit %d, %q, %q", answer, code, stdout, stderr)
		}
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Fatal("an answer other than yes changed the data file")
	}
	if baks, _ := filepath.Glob(db + "*.bak"); len(baks) != 0 {
		t.Fatalf("a restore not made kept %v", baks)
	}
	code, stdout, _ := answering(t, "y\n", "restore", "--db", db, good)
	if code != exitOK || !strings.HasPrefix(stdout, "Restored ") || meetingsIn(t, db) != 7 {
		t.Errorf("y: exit %d, %q", code, stdout)
	}
}
