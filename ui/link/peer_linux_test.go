package link

import (
	"bufio"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"circle/ui/common"
)

// Another user of the laptop cannot attach: the socket's mode keeps them
// out, and past it (the mode loosened, as a careless chmod would) the
// peer's user is checked.
func TestAnotherUserCannotAttach(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the peer's user is checked on Linux (SO_PEERCRED)")
	}
	if os.Getuid() != 0 {
		t.Skip("switching to another user needs root; run as root to test it")
	}
	if os.Getenv("LINK_CHILD_DIAL") != "" {
		return
	}
	// Right under /tmp, which every user may pass through, so the other
	// user's way to the socket is this folder alone.
	dir, err := os.MkdirTemp("/tmp", "link-peer")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	path := filepath.Join(dir, Name)
	s, err := Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.Publish(common.Shown{Meeting: true, Round: true, Seat: 2, Name: "Bo"})
	binDir, err := os.MkdirTemp("/tmp", "link-child")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(binDir) })
	bin := filepath.Join(binDir, "link.test")
	exe, _ := os.ReadFile(os.Args[0])
	if err := os.WriteFile(bin, exe, 0o755); err != nil {
		t.Fatal(err)
	}
	_ = os.Chmod(binDir, 0o755)
	run := func(other bool) (string, error) {
		cmd := exec.Command(bin, "-test.run=^TestChildDial$", "-test.v")
		cmd.Env = append(os.Environ(), "LINK_CHILD_DIAL="+path)
		if other {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		}
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	// The same user attaches and reads: the child works.
	if out, err := run(false); err != nil || !strings.Contains(out, `name\":\"Bo`) {
		t.Fatalf("the same user did not attach: %v\n%s", err, out)
	}
	// The folder 0700: not even the way to the socket.
	if out, err := run(true); err == nil || !strings.Contains(out, "dial:") {
		t.Fatalf("another user attached through the folder, or failed otherwise: %v\n%s", err, out)
	}
	// Every folder on the way and the socket open to all: the peer check
	// refuses, so the other user reads nothing.
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o666); err != nil {
		t.Fatal(err)
	}
	if out, err := run(true); err == nil || !strings.Contains(out, "read:") {
		t.Fatalf("another user attached past the peer check, or failed otherwise: %v\n%s", err, out)
	}
}

// TestChildDial is the other user's display, run by
// TestAnotherUserCannotAttach: it passes only if it reads a state.
func TestChildDial(t *testing.T) {
	path := os.Getenv("LINK_CHILD_DIAL")
	if path == "" {
		t.Skip("run by TestAnotherUserCannotAttach")
	}
	c, err := net.DialTimeout("unix", path, time.Second)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer c.Close()
	_ = c.SetReadDeadline(time.Now().Add(2 * time.Second))
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	t.Logf("read %q", line)
}
