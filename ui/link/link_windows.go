package link

import "net"

// Windows has no display channel yet: a named pipe private to the user
// is the way, and it is not built.
const supported = false

func listen(string) (net.Listener, error) { return nil, ErrUnsupported }

func ownedByMe(string) error { return ErrUnsupported }

func samePeer(net.Conn) bool { return false }
