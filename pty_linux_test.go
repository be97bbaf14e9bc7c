package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY returns a new pseudo-terminal pair.
func openPTY(t *testing.T) (ptmx, pts *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	_ = setSize(s, 80, 24)
	t.Cleanup(func() { m.Close(); s.Close() })
	return m, s
}

// answerTerminal reads everything the child writes, so it never blocks, and
// answers its cursor-position query as a terminal would: at start-up
// bubbletea asks for the background colour and waits up to five seconds for
// an answer, stopping early once the cursor position arrives.
func answerTerminal(ptmx *os.File) {
	buf := make([]byte, 4096)
	for {
		n, err := ptmx.Read(buf)
		if bytes.Contains(buf[:n], []byte("\x1b[6n")) {
			_, _ = ptmx.Write([]byte("\x1b[1;1R"))
		}
		if err != nil {
			return
		}
	}
}

// runOnTerminal runs circle in a child process whose input and output are a
// terminal, and returns its exit code and what it wrote to stderr.
func runOnTerminal(t *testing.T, args ...string) (int, string) {
	t.Helper()
	ptmx, pts := openPTY(t)
	argv, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "CIRCLE_TEST_ARGS="+string(argv), raceLog(t))
	cmd.Stdin, cmd.Stdout = pts, pts
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go answerTerminal(ptmx)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("circle did not end within 10 s")
	}
	return cmd.ProcessState.ExitCode(), stderr.String()
}

func TestUnusableDataFileOnATerminal(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file.txt")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	garbage := filepath.Join(dir, "garbage.db")
	content := []byte(strings.Repeat("garbage ", 1000))
	if err := os.WriteFile(garbage, content, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, db, want string }{
		{"a path under a file", filepath.Join(file, "circle.db"), "cannot open the data file"},
		{"a damaged file", garbage, "is damaged, so circle left it untouched"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stderr := runOnTerminal(t, "--db", tt.db)
			if code != exitFailure {
				t.Fatalf("exit %d, want 1; stderr %q", code, stderr)
			}
			oneLine(t, stderr)
			if !strings.Contains(stderr, tt.want) || !strings.Contains(stderr, tt.db) {
				t.Fatalf("stderr %q lacks %q and the path", stderr, tt.want)
			}
		})
	}
	if got, _ := os.ReadFile(garbage); !bytes.Equal(got, content) {
		t.Fatal("the damaged file was changed")
	}
}

// setSize sets a terminal's size in cells.
func setSize(f *os.File, cols, rows int) error {
	return unix.IoctlSetWinsize(int(f.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: uint16(rows), Col: uint16(cols)})
}

// raceLog is the environment that sends the race detector's reports of a
// child circle to files of their own, so the child's stderr holds only
// what circle wrote (tests count its lines). Every report fails the test
// except one known race upstream: bubbletea v1.3.10 closes its input's
// cancelreader (muesli/cancelreader v0.2.2) at shutdown while its read
// loop may still be waiting on it. Without -race it changes nothing.
func raceLog(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Cleanup(func() {
		files, _ := filepath.Glob(filepath.Join(dir, "race.*"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Error(err)
				continue
			}
			for _, r := range strings.Split(string(b), "==================\n") {
				if strings.Contains(r, "DATA RACE") && !strings.Contains(r, "muesli/cancelreader") {
					t.Errorf("a data race in the child circle:\n%s", r)
				}
			}
		}
	})
	return "GORACE=log_path=" + filepath.Join(dir, "race")
}
