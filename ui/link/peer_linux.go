package link

import (
	"net"
	"os"
	"syscall"
)

// samePeer reports whether the process at the other end of c runs as
// this user (SO_PEERCRED): the socket's mode keeps others out, and this
// keeps out whoever got past it (root aside).
func samePeer(c net.Conn) bool {
	uc, ok := c.(*net.UnixConn)
	if !ok {
		return false
	}
	raw, err := uc.SyscallConn()
	if err != nil {
		return false
	}
	same := false
	_ = raw.Control(func(fd uintptr) {
		cred, err := syscall.GetsockoptUcred(int(fd), syscall.SOL_SOCKET, syscall.SO_PEERCRED)
		same = err == nil && int(cred.Uid) == os.Getuid()
	})
	return same
}
