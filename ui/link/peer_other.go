//go:build !linux && !windows

package link

import "net"

// samePeer: on these systems the socket's mode (0600, in a 0700 folder)
// is what keeps another user out.
func samePeer(net.Conn) bool { return true }
