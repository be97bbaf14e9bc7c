//go:build !windows

package link

import (
	"net"
	"os"
	"syscall"
)

const supported = true

// listen opens the socket private to the user: created under a umask
// that leaves it 0600, and chmod'ed to be sure.
func listen(path string) (net.Listener, error) {
	old := syscall.Umask(0o177)
	ln, err := net.Listen("unix", path)
	syscall.Umask(old)
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return nil, err
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	return ln, nil
}

// ownedByMe refuses a socket of another user before connecting to it.
func ownedByMe(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok && int(st.Uid) != os.Getuid() {
		return ErrNotYours
	}
	return nil
}
