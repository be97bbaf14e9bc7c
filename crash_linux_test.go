package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"circle/session"
	"circle/store"
)

// app is circle running in a child process on a pseudo-terminal, driven by
// keys like a person at the keyboard.
type app struct {
	t    *testing.T
	cmd  *exec.Cmd
	ptmx *os.File
	mu   sync.Mutex
	out  bytes.Buffer
	seen int // output before this offset is already matched
	done chan struct{}
	// drained is closed once everything the child wrote has been read.
	drained chan struct{}
}

func startApp(t *testing.T, args ...string) *app {
	t.Helper()
	return startAppEnv(t, nil, args...)
}

func startAppEnv(t *testing.T, env []string, args ...string) *app {
	t.Helper()
	ptmx, pts := openPTY(t)
	_ = setSize(pts, 100, 30)
	argv, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(append(os.Environ(), "CIRCLE_TEST_ARGS="+string(argv), "TERM=xterm-256color", raceLog(t)), env...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = pts, pts, pts
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Only the child holds the terminal's other end now, so when it exits
	// the reader sees the end of its output and stops.
	pts.Close()
	a := &app{t: t, cmd: cmd, ptmx: ptmx, done: make(chan struct{}), drained: make(chan struct{})}
	go a.read()
	go func() { _ = cmd.Wait(); close(a.done) }()
	t.Cleanup(func() { _ = cmd.Process.Kill(); <-a.done })
	return a
}

// read keeps the child's output, answering its start-up terminal query,
// until the child's end of the terminal is closed.
func (a *app) read() {
	defer close(a.drained)
	buf := make([]byte, 8192)
	for {
		n, err := a.ptmx.Read(buf)
		if bytes.Contains(buf[:n], []byte("\x1b[6n")) {
			_, _ = a.ptmx.Write([]byte("\x1b[1;1R"))
		}
		a.mu.Lock()
		a.out.Write(buf[:n])
		a.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// waitFor waits until text appears in output not yet matched.
func (a *app) waitFor(text string) {
	a.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		a.mu.Lock()
		i := bytes.Index(a.out.Bytes()[a.seen:], []byte(text))
		if i >= 0 {
			a.seen += i + len(text)
		}
		a.mu.Unlock()
		if i >= 0 {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.t.Fatalf("%q did not appear; the screen's last output:\n%q", text, tail(a.out.String(), 1500))
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// keys types keys, one at a time, as a person does.
func (a *app) keys(keys ...string) {
	a.t.Helper()
	for _, k := range keys {
		if _, err := a.ptmx.Write([]byte(k)); err != nil {
			a.t.Fatal(err)
		}
		time.Sleep(60 * time.Millisecond)
	}
}

const enter = "\r"

// kill9 kills the child as the power cord would.
func (a *app) kill9() {
	a.t.Helper()
	_ = a.cmd.Process.Signal(syscall.SIGKILL)
	select {
	case <-a.done:
	case <-time.After(5 * time.Second):
		a.t.Fatal("the child did not die")
	}
}

// active reads the unfinished meeting from the data file, as the next
// start will.
func active(t *testing.T, path string) *session.Meeting {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatalf("the data file does not open after the kill: %v", err)
	}
	defer st.Close()
	events, err := st.ActiveEvents()
	if err != nil || len(events) == 0 {
		t.Fatalf("no unfinished meeting after the kill: %v", err)
	}
	m, err := session.Replay(events)
	if err != nil {
		t.Fatalf("the stored events do not replay: %v", err)
	}
	return m
}

func TestKilledMeetingResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("runs circle for real")
	}
	db := filepath.Join(t.TempDir(), "circle.db")

	// A new group, then a meeting of 3, killed during the welcome.
	a := startApp(t, "--db", db)
	a.waitFor("Welcome to circle")
	a.makeGroup()
	a.keys(enter)
	a.waitFor("People present")
	a.keys("\t", "\x7f", "3", enter)
	a.waitFor("Today: 120 minutes, 3 people")
	a.kill9()
	m := active(t, db)
	if m.Phase() != session.PhaseOpening || len(m.Turns()) != 0 {
		t.Fatalf("after a kill in the welcome: phase %v, %d turns", m.Phase(), len(m.Turns()))
	}

	// Resume; kill in the middle of the check-in round.
	a = startApp(t, "--db", db)
	a.waitFor("An unfinished meeting was found")
	a.keys(enter)
	a.waitFor("Welcome")
	a.keys(enter)
	a.waitFor("checks in")
	a.keys("p")
	a.waitFor("Seat 2 passed.")
	a.kill9()
	m = active(t, db)
	st := m.Status(time.Now())
	if m.Phase() != session.PhaseOpening || len(m.Turns()) != 1 || !st.Round || st.Turn.Seat != 3 {
		t.Fatalf("after a kill in the check-in: phase %v, %d turns, turn %+v", m.Phase(), len(m.Turns()), st.Turn)
	}

	// Resume: the turn goes on with its true time. Finish the round, the
	// rules, and kill in the first sharing turn.
	a = startApp(t, "--db", db)
	a.waitFor("An unfinished meeting was found")
	a.waitFor("Seat 3")
	a.keys(enter)
	a.waitFor("checks in")
	a.keys("p", "p")
	a.waitFor("Our ground rules")
	a.keys(" ", enter, "y")
	a.waitFor("The circle of sharing")
	a.keys(enter)
	// The turn's own line: the intro's cue says "each person shares" too.
	a.waitFor("turn 1 of")
	a.kill9()
	m = active(t, db)
	if m.Phase() != session.PhaseSharing || m.Status(time.Now()).Turn.Kind != session.KindShare {
		t.Fatalf("after a kill in the sharing: phase %v", m.Phase())
	}

	// Resume and take a break; kill on the break.
	a = startApp(t, "--db", db)
	a.waitFor("An unfinished meeting was found")
	a.keys(enter)
	a.waitFor("shares")
	a.keys("b")
	a.waitFor("Break")
	a.kill9()
	if st := active(t, db).Status(time.Now()); !st.OnBreak {
		t.Fatal("the break was not on disk")
	}

	// Resume, and run the meeting to its end: every turn passed or ended.
	a = startApp(t, "--db", db)
	a.waitFor("An unfinished meeting was found")
	a.keys(enter)
	a.waitFor("Break")
	a.keys("b")
	a.waitFor("shares")
	// The first sharing ends early (asked, and confirmed); its two
	// reactions pass; the other two sharings pass, so no reactions.
	a.keys(enter)
	a.waitFor("End the turn of Seat 2 now")
	a.keys("y", "p", "p", "p", "p")
	a.waitFor("Closing round")
	a.keys(enter, "p", "p", "p")
	a.waitFor("Has the next facilitator been chosen?")
	a.keys("y")
	a.waitFor("The meeting is complete.")
	a.waitFor("The log is saved.")
	a.keys("q")
	select {
	case <-a.done:
	case <-time.After(5 * time.Second):
		t.Fatal("circle did not quit")
	}

	// The history: one completed meeting with every turn.
	st2, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	logs, err := st2.Meetings()
	if err != nil || len(logs) != 1 {
		t.Fatalf("history: %v %v", logs, err)
	}
	l := logs[0]
	kinds := map[string]int{}
	for _, turn := range l.Turns {
		kinds[turn.Kind]++
	}
	if !l.Completed || kinds["checkin"] != 3 || kinds["share"] != 3 || kinds["checkout"] != 3 {
		t.Fatalf("history record: completed %v, turns %v", l.Completed, kinds)
	}
	if events, _ := st2.ActiveEvents(); len(events) != 0 {
		t.Fatalf("%d events left active after the meeting ended", len(events))
	}
	if strings.Contains(string(mustRead(t, db)), `"k":"begin"`) {
		t.Fatal("the events of the finished meeting are still in the data file")
	}
}

// exited waits for the child to end and returns its exit code.
func (a *app) exited() int {
	a.t.Helper()
	select {
	case <-a.done:
	case <-time.After(5 * time.Second):
		a.t.Fatal("circle did not end")
	}
	// Its last words (the line on stderr) may still be in the terminal.
	select {
	case <-a.drained:
	case <-time.After(5 * time.Second):
		a.t.Fatal("the terminal's output did not end after circle did")
	}
	return a.cmd.ProcessState.ExitCode()
}

// restored reports whether the terminal was given back: the alternate
// screen left and the cursor shown, after the last screen output.
func (a *app) restored() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := a.out.Bytes()
	leave := bytes.LastIndex(out, []byte("\x1b[?1049l"))
	return leave >= 0 && bytes.LastIndex(out, []byte("\x1b[?25h")) >= 0 &&
		leave > bytes.LastIndex(out, []byte("\x1b[?1049h"))
}

// output is everything the child wrote.
func (a *app) output() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.out.String()
}

// makeGroup makes a group, as on the first run: its name, and the default
// rules agreed as they are.
func (a *app) makeGroup() {
	a.t.Helper()
	a.waitFor("No group yet")
	a.keys(enter)
	a.waitFor("The group's name")
	a.keys("Test group", enter)
	a.waitFor("Agree your ground rules")
	a.keys(enter)
	a.waitFor("Test group")
}

// toCheckIn makes a group, starts a meeting of 3 and passes the first
// check-in.
func (a *app) toCheckIn() {
	a.t.Helper()
	a.waitFor("Welcome to circle")
	a.makeGroup()
	a.keys(enter)
	a.waitFor("People present")
	a.keys("\t", "\x7f", "3", enter)
	a.waitFor("Today: 120 minutes, 3 people")
	a.keys(enter)
	a.waitFor("checks in")
	a.keys("p")
	a.waitFor("Seat 2 passed.")
}

func TestSignalsAndPanicsKeepTheMeeting(t *testing.T) {
	if testing.Short() {
		t.Skip("runs circle for real")
	}
	tests := []struct {
		name   string
		env    []string
		signal syscall.Signal
		want   string
	}{
		{"SIGTERM", nil, syscall.SIGTERM, "stopped from outside. The meeting so far is saved"},
		{"SIGHUP", nil, syscall.SIGHUP, "stopped from outside. The meeting so far is saved"},
		// Event 4 is the pass of seat 3: after the begin, the start of the
		// round and the first pass.
		{"panic in an update", []string{"CIRCLE_TEST_PANIC_AT=4"}, 0, "something went wrong inside circle"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "circle.db")
			a := startAppEnv(t, tt.env, "--db", db)
			a.toCheckIn()
			if tt.signal != 0 {
				if err := a.cmd.Process.Signal(tt.signal); err != nil {
					t.Fatal(err)
				}
			} else {
				a.keys("p", "p") // the second pass writes event 4
			}
			if code := a.exited(); code != exitFailure {
				t.Fatalf("exit %d, want 1", code)
			}
			if !a.restored() {
				t.Fatalf("the terminal was not restored; output ends %q", tail(a.output(), 300))
			}
			if !strings.Contains(a.output(), tt.want) {
				t.Fatalf("no message %q; output ends %q", tt.want, tail(a.output(), 600))
			}
			m := active(t, db)
			if len(m.Turns()) < 1 || m.Phase() != session.PhaseOpening {
				t.Fatalf("on disk: phase %v, %d turns", m.Phase(), len(m.Turns()))
			}
			b := startApp(t, "--db", db)
			b.waitFor("An unfinished meeting was found")
			b.keys("\x03")
			b.exited()
		})
	}
}

func TestSecondCopyIsToldWithinTwoSeconds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs circle for real")
	}
	db := filepath.Join(t.TempDir(), "circle.db")
	a := startApp(t, "--db", db)
	a.waitFor("Welcome to circle")
	began := time.Now()
	code, stderr := runOnTerminal(t, "--db", db)
	took := time.Since(began)
	if code != exitFailure {
		t.Fatalf("second copy: exit %d, want 1", code)
	}
	oneLine(t, stderr)
	if !strings.Contains(stderr, "is in use by another circle") {
		t.Fatalf("second copy said %q", stderr)
	}
	if took > 2*time.Second {
		t.Fatalf("the second copy took %v to be told", took)
	}
	a.keys("q")
	a.exited()
}
