package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// ptyChild is circle running in a child process on a pseudo-terminal,
// with everything it writes kept.
type ptyChild struct {
	t      *testing.T
	ptmx   *os.File
	pts    *os.File
	cmd    *exec.Cmd
	stderr bytes.Buffer
	done   chan struct{}

	mu     sync.Mutex
	screen []byte // everything written to the terminal
}

// startOnTerminal starts circle on a new terminal. As a shell's job it is
// in a process group of its own in this process's session, so a stop can
// be undone (this process plays the shell); as its terminal's own command
// (leader) it is the leader of a session of its own, an orphaned group.
func startOnTerminal(t *testing.T, leader bool, args ...string) *ptyChild {
	t.Helper()
	ptmx, pts := openPTY(t)
	argv, _ := json.Marshal(args)
	c := &ptyChild{t: t, ptmx: ptmx, pts: pts, done: make(chan struct{})}
	c.cmd = exec.Command(os.Args[0], "-test.run=^$")
	c.cmd.Env = append(os.Environ(), "CIRCLE_TEST_ARGS="+string(argv), "CIRCLE_LANG=en", "TERM=xterm-256color", raceLog(t))
	c.cmd.Stdin, c.cmd.Stdout = pts, pts
	c.cmd.Stderr = &c.stderr
	c.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if leader {
		c.cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	}
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go c.read()
	go func() { _ = c.cmd.Wait(); close(c.done) }()
	t.Cleanup(func() {
		select {
		case <-c.done:
		default:
			_ = c.cmd.Process.Kill()
			<-c.done
		}
	})
	return c
}

// read keeps what circle writes, and answers the cursor-position query as
// a terminal would (see answerTerminal).
func (c *ptyChild) read() {
	buf := make([]byte, 4096)
	for {
		n, err := c.ptmx.Read(buf)
		c.mu.Lock()
		c.screen = append(c.screen, buf[:n]...)
		c.mu.Unlock()
		if bytes.Contains(buf[:n], []byte("\x1b[6n")) {
			_, _ = c.ptmx.Write([]byte("\x1b[1;1R"))
		}
		if err != nil {
			return
		}
	}
}

// mark is how much circle has written so far.
func (c *ptyChild) mark() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.screen)
}

// waitFor waits until circle has written each of want, in order, after from.
func (c *ptyChild) waitFor(from int, want ...string) {
	c.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		c.mu.Lock()
		rest := string(c.screen[from:])
		c.mu.Unlock()
		all := true
		for _, w := range want {
			i := strings.Index(rest, w)
			if i < 0 {
				all = false
				break
			}
			rest = rest[i+len(w):]
		}
		if all {
			return
		}
		if time.Now().After(deadline) {
			c.mu.Lock()
			defer c.mu.Unlock()
			c.t.Fatalf("circle did not write %q within 10 s; it wrote %q", want, c.screen[from:])
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// raw reports whether the terminal is in raw mode: no echo, no line
// editing, keys passed on one by one.
func (c *ptyChild) raw() bool {
	c.t.Helper()
	tio, err := unix.IoctlGetTermios(int(c.pts.Fd()), unix.TCGETS)
	if err != nil {
		c.t.Fatal(err)
	}
	return tio.Lflag&(unix.ECHO|unix.ICANON) == 0
}

// cooked reports whether the terminal echoes and edits lines, as a shell
// expects to find it.
func (c *ptyChild) cooked() bool {
	c.t.Helper()
	tio, err := unix.IoctlGetTermios(int(c.pts.Fd()), unix.TCGETS)
	if err != nil {
		c.t.Fatal(err)
	}
	return tio.Lflag&unix.ECHO != 0 && tio.Lflag&unix.ICANON != 0
}

// stopped reports whether circle's process is stopped (state T).
func (c *ptyChild) stopped() bool {
	c.t.Helper()
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", c.cmd.Process.Pid))
	if err != nil {
		c.t.Fatal(err)
	}
	// pid (comm) state ...: the state follows the last ")".
	i := bytes.LastIndexByte(stat, ')')
	return i >= 0 && i+2 < len(stat) && stat[i+2] == 'T'
}

func (c *ptyChild) signal(s syscall.Signal) {
	c.t.Helper()
	if err := c.cmd.Process.Signal(s); err != nil {
		c.t.Fatal(err)
	}
}

func (c *ptyChild) typeKeys(s string) {
	c.t.Helper()
	if _, err := c.ptmx.WriteString(s); err != nil {
		c.t.Fatal(err)
	}
}

// wait waits for circle to end and returns its exit code.
func (c *ptyChild) wait() int {
	c.t.Helper()
	select {
	case <-c.done:
	case <-time.After(10 * time.Second):
		c.t.Fatal("circle did not end within 10 s")
	}
	return c.cmd.ProcessState.ExitCode()
}

// waitUntil polls cond for up to 10 s.
func (c *ptyChild) waitUntil(what string, cond func() bool) {
	c.t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !cond(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			c.t.Fatalf("%s: not within 10 s", what)
		}
	}
}

const (
	altScreenOn  = "\x1b[?1049h"
	altScreenOff = "\x1b[?1049l"
)

// TestSuspendAndFgGiveTheTerminalBack: SIGTSTP (from the shell or kill)
// and ctrl+z give the shell its terminal back as it was, cooked, off the
// alternate screen; SIGCONT (fg) takes it again in raw mode and redraws
// the screen, and keys work as before.
//
// circle runs as a shell's job would; the stop is seen as a shell sees it.
func TestSuspendAndFgGiveTheTerminalBack(t *testing.T) {
	for _, how := range []string{"SIGTSTP", "ctrl+z"} {
		t.Run(how, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "circle.db")
			c := startOnTerminal(t, false, "--db", db)
			c.waitFor(0, altScreenOn, "Welcome to circle")
			c.waitUntil("raw mode at start", c.raw)

			from := c.mark()
			if how == "SIGTSTP" {
				c.signal(syscall.SIGTSTP)
			} else {
				c.typeKeys("\x1a")
			}
			c.waitFor(from, altScreenOff)
			c.waitUntil("the terminal given back cooked", c.cooked)
			// And circle stopped, as the shell's jobs expects.
			c.waitUntil("circle stopped", c.stopped)

			from = c.mark()
			c.signal(syscall.SIGCONT)
			c.waitFor(from, altScreenOn, "Welcome to circle")
			c.waitUntil("raw mode after fg", c.raw)

			// Keys arrive one by one again: q quits at once, no enter.
			c.typeKeys("q")
			if code := c.wait(); code != exitOK {
				t.Fatalf("exit %d, stderr %q", code, c.stderr.String())
			}
			if c.stderr.Len() != 0 {
				t.Fatalf("stderr %q", c.stderr.String())
			}
			if !c.cooked() {
				t.Fatal("the terminal is not cooked after circle ended")
			}
		})
	}
}

// TestNoStopWhereNothingCouldContinue: run as its terminal's own command
// (xterm -e circle, tmux new-session circle) there is no shell to type fg
// into, so ctrl+z and SIGTSTP do nothing, as the kernel does with a stop
// no one could undo: circle keeps the terminal, raw, and goes on.
func TestNoStopWhereNothingCouldContinue(t *testing.T) {
	db := filepath.Join(t.TempDir(), "circle.db")
	c := startOnTerminal(t, true, "--db", db)
	c.waitFor(0, altScreenOn, "Welcome to circle")
	c.waitUntil("raw mode at start", c.raw)
	from := c.mark()
	c.typeKeys("\x1a")
	c.signal(syscall.SIGTSTP)
	time.Sleep(300 * time.Millisecond)
	c.mu.Lock()
	after := string(c.screen[from:])
	c.mu.Unlock()
	if strings.Contains(after, altScreenOff) || c.stopped() || !c.raw() {
		t.Fatalf("circle let go of the terminal (%q), or stopped (%v)", after, c.stopped())
	}
	c.typeKeys("q")
	if code := c.wait(); code != exitOK || c.stderr.Len() != 0 {
		t.Fatalf("exit %d, stderr %q", code, c.stderr.String())
	}
}

// TestLineModeAfterFg: the line mode leaves its cooked terminal alone,
// and after fg says where it is.
func TestLineModeAfterFg(t *testing.T) {
	db := filepath.Join(t.TempDir(), "circle.db")
	c := startOnTerminal(t, false, "--db", db, "--accessible")
	c.waitFor(0, "Welcome to circle", "Type enter to make your group")
	c.signal(syscall.SIGTSTP)
	c.waitUntil("the line mode stopped", c.stopped)
	from := c.mark()
	c.signal(syscall.SIGCONT)
	c.waitFor(from, "Type enter to make your group")
	if !c.cooked() {
		t.Fatal("the line mode's terminal is not cooked after fg")
	}
	c.typeKeys("q\n")
	if code := c.wait(); code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, c.stderr.String())
	}
}

// TestSignalsWithNoMeetingSayNothingOfOne: SIGINT with no meeting under
// way ends circle with one line that does not speak of a meeting saved;
// SIGTERM ends it quietly.
func TestSignalsWithNoMeetingSayNothingOfOne(t *testing.T) {
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, exitFailure}, {syscall.SIGTERM, exitOK}} {
		t.Run(tc.sig.String(), func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "circle.db")
			c := startOnTerminal(t, false, "--db", db)
			c.waitFor(0, altScreenOn, "Welcome to circle")
			c.signal(tc.sig)
			if code := c.wait(); code != tc.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, tc.code, c.stderr.String())
			}
			stderr := c.stderr.String()
			if strings.Contains(stderr, "meeting so far") || strings.Contains(stderr, "saved") {
				t.Fatalf("stderr speaks of a meeting: %q", stderr)
			}
			if tc.code == exitOK {
				if stderr != "" {
					t.Fatalf("stderr %q", stderr)
				}
				return
			}
			oneLine(t, stderr)
			if !strings.Contains(stderr, "stopped from outside, with no meeting under way") {
				t.Fatalf("stderr %q", stderr)
			}
		})
	}
}
