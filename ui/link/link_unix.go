//go:build !windows

package link

import (
	"errors"
	"io/fs"
	"net"
	"os"
	"syscall"
)

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

// absent reports whether err says no circle listens: no socket, or one
// left by a circle that was killed.
func absent(err error) bool {
	return errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ENOENT)
}

// denied reports whether err says the channel is closed to this user.
func denied(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EACCES)
}
