package link

import (
	"bufio"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"circle/ui/common"
	"circle/ui/internal/uitest"
)

func listenIn(t *testing.T) (*Server, string) {
	t.Helper()
	path := filepath.Join(uitest.SocketDir(t), Name)
	s, err := Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func next(t *testing.T, c *Conn) common.Shown {
	t.Helper()
	got := make(chan common.Shown, 1)
	go func() {
		st, err := c.Next()
		if err == nil {
			got <- st
		}
		close(got)
	}()
	select {
	case st, ok := <-got:
		if !ok {
			t.Fatal("the channel closed")
		}
		return st
	case <-time.After(5 * time.Second):
		t.Fatal("nothing came")
	}
	return common.Shown{}
}

func TestTheDisplayGetsEachChange(t *testing.T) {
	s, path := listenIn(t)
	fi, err := os.Stat(path)
	// On Windows the mode bits say nothing of who may connect: the
	// folder's DACL does (link_windows.go).
	if err != nil || (runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600) || fi.Mode()&os.ModeSocket == 0 {
		t.Fatalf("the socket is %v, %v", fi.Mode(), err)
	}
	turn := common.Shown{Meeting: true, Round: true, Seat: 2, Name: "Bo", Planned: time.Minute, Elapsed: 10 * time.Second}
	s.Publish(turn)
	c, err := Dial(path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	// Attached late, it gets the state with its clock counted on.
	if got := next(t, c); got.Seat != 2 || got.Name != "Bo" || got.Elapsed < 10*time.Second {
		t.Fatalf("first state %+v", got)
	}
	// The same turn a second later is no change; the next turn is.
	time.Sleep(20 * time.Millisecond)
	tick := turn
	tick.Elapsed += 20 * time.Millisecond
	s.Publish(tick)
	turn2 := common.Shown{Meeting: true, Round: true, Seat: 3, Planned: time.Minute}
	s.Publish(turn2)
	if got := next(t, c); got.Seat != 3 {
		t.Fatalf("after a repeat, %+v", got)
	}
	// A clock that jumps (a corrected end) is a change.
	jumped := turn2
	jumped.Elapsed = 30 * time.Second
	s.Publish(jumped)
	if got := next(t, c); got.Elapsed != 30*time.Second {
		t.Fatalf("a jump was not sent: %+v", got)
	}
	s.Publish(common.Shown{Ended: true})
	if got := next(t, c); !got.Ended {
		t.Fatalf("the end: %+v", got)
	}
	// Closed, the display reads the end of the channel, and the socket
	// is gone.
	s.Close()
	if _, err := c.Next(); err == nil {
		t.Fatal("the display reads on after the close")
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("the socket is left: %v", err)
	}
	s.Publish(turn) // after Close: nothing, no panic
}

// A circle killed leaves its socket; the next one takes it over.
func TestAStaleSocketIsTakenOver(t *testing.T) {
	path := filepath.Join(uitest.SocketDir(t), Name)
	ln, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	ln.Close()
	s, err := Listen(path)
	if err != nil {
		t.Fatalf("a stale socket was not taken over: %v", err)
	}
	defer s.Close()
	if _, err := Dial(path); err != nil {
		t.Fatal(err)
	}
	// A file that is not a socket is never removed.
	other := filepath.Join(uitest.SocketDir(t), Name)
	if err := os.WriteFile(other, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Listen(other); err == nil {
		t.Fatal("a file in the way was replaced")
	}
	if b, _ := os.ReadFile(other); string(b) != "mine" {
		t.Fatal("the file in the way was changed")
	}
	if _, err := Dial(filepath.Join(uitest.SocketDir(t), Name)); !os.IsNotExist(err) {
		t.Fatalf("Dial with no meeting: %v", err)
	}
}

// A display that stops reading is dropped, and the facilitator's circle
// is not held up.
func TestASlowDisplayDoesNotHoldTheMeeting(t *testing.T) {
	s, path := listenIn(t)
	c, err := net.Dial("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	// 20,000 states of 200 bytes and more are far more than a socket's
	// buffer holds: the display that does not read must be dropped (its
	// write's deadline passes) before they are all sent, and every
	// Publish after that returns without writing. No time is measured:
	// the machine may be slow; a Publish that blocked for good would hang
	// the test until go test's timeout.
	attached := func() int {
		s.mu.Lock()
		defer s.mu.Unlock()
		return len(s.conns)
	}
	for attached() == 0 {
		// The server takes the display in on its own goroutine.
		runtime.Gosched()
	}
	for i := 0; i < 20000 && attached() > 0; i++ {
		s.Publish(common.Shown{Meeting: true, Seat: i%20 + 1, Phase: string(make([]byte, 200))})
	}
	if attached() != 0 {
		t.Fatal("the display that does not read is still attached after 20,000 states")
	}
	_, _ = io.Copy(io.Discard, bufio.NewReader(c))
}
