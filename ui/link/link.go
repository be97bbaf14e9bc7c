// Package link is the local channel between the facilitator's circle and
// the circle's own screen (`circle display`): a Unix socket private to the
// user. On Linux and macOS it lies next to the data file (the socket 0600,
// the folder 0700, and on Linux the peer's user checked with SO_PEERCRED);
// on Windows (AF_UNIX, Windows 10 1803 and later) in a folder of the
// user's own under %LocalAppData% whose DACL grants the user alone (see
// path.go and link_windows.go). No network, no port.
// What travels over it is common.Shown, one JSON line a change, in memory
// only: nothing of it is ever written to a file.
package link

import (
	"bufio"
	"encoding/json"
	"errors"
	"net"
	"os"
	"sync"
	"time"

	"circle/ui/common"
)

// Name is the socket's name in the default data folder: the data file's
// name and Suffix.
const Name = "circle.db" + Suffix

// Suffix follows the data file's name in its socket's: two data files in
// one folder have a channel each.
const Suffix = ".display"

// Errors of the channel.
var (
	// ErrNotYours: the socket belongs to another user.
	ErrNotYours = errors.New("link: the display channel belongs to another user")
)

// Absent reports whether err, of Dial, says that no circle listens on the
// channel: no meeting runs, or its circle was killed. Trying again later
// can help.
func Absent(err error) bool { return absent(err) }

// Denied reports whether err, of Dial, says the channel is closed to this
// user: trying again cannot help.
func Denied(err error) bool { return errors.Is(err, ErrNotYours) || denied(err) }

// Server is the facilitator's end: it sends the latest state to every
// display attached, at once on each change.
type Server struct {
	ln   net.Listener
	path string

	mu     sync.Mutex
	last   common.Shown // the latest state
	lastAt time.Time    // when it was published, to count its time on
	sent   bool
	key    string // the latest state without its running time, to skip repeats
	conns  map[net.Conn]bool
	done   bool
}

// Listen opens the channel at path. A socket left by a circle that was
// killed is taken over: the data file's lock says no other circle runs on
// this folder.
func Listen(path string) (*Server, error) {
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&os.ModeSocket != 0 {
		_ = os.Remove(path)
	}
	ln, err := listen(path)
	if err != nil {
		return nil, err
	}
	s := &Server{ln: ln, path: path, conns: map[net.Conn]bool{}}
	go s.accept()
	return s, nil
}

func (s *Server) accept() {
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		if !samePeer(c) {
			c.Close()
			continue
		}
		s.mu.Lock()
		if s.done {
			s.mu.Unlock()
			c.Close()
			return
		}
		s.conns[c] = true
		last, at, sent := s.last, s.lastAt, s.sent
		s.mu.Unlock()
		if sent {
			// Its clock counted on to now, as the facilitator's screen has.
			if last.Round || last.Break {
				last.Elapsed += time.Since(at)
			}
			if b, err := encode(last); err == nil {
				s.send(c, b)
			}
		}
		// A display never writes; reading finds it gone.
		go func() {
			_, _ = c.Read(make([]byte, 1))
			s.drop(c)
		}()
	}
}

func (s *Server) drop(c net.Conn) {
	s.mu.Lock()
	delete(s.conns, c)
	s.mu.Unlock()
	c.Close()
}

func (s *Server) send(c net.Conn, b []byte) {
	_ = c.SetWriteDeadline(time.Now().Add(time.Second))
	if _, err := c.Write(b); err != nil {
		s.drop(c)
	}
}

// Publish sends st to every display, unless only its running time changed
// (the display counts that on itself). It never blocks the caller for
// long: a display that does not read within a second is dropped.
func (s *Server) Publish(st common.Shown) {
	b, err := encode(st)
	if err != nil {
		return
	}
	k := st
	k.Elapsed = 0
	kb, _ := json.Marshal(k)
	s.mu.Lock()
	// The same state whose clock runs as the display counts it: nothing
	// to send. A clock that jumped (a corrected end) is sent.
	drift := st.Elapsed - s.last.Elapsed - time.Since(s.lastAt)
	if s.done || (string(kb) == s.key && (!st.Round && !st.Break || drift.Abs() < 500*time.Millisecond)) {
		s.mu.Unlock()
		return
	}
	s.last, s.lastAt, s.sent, s.key = st, time.Now(), true, string(kb)
	conns := make([]net.Conn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		s.send(c, b)
	}
}

func encode(st common.Shown) ([]byte, error) {
	b, err := json.Marshal(st)
	return append(b, '\n'), err
}

// Close tells the displays nothing more, and removes the socket.
func (s *Server) Close() error {
	s.mu.Lock()
	s.done = true
	for c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
	err := s.ln.Close()
	_ = os.Remove(s.path)
	return err
}

// Conn is the display's end.
type Conn struct {
	c net.Conn
	r *bufio.Reader
}

// Dial attaches to the channel at path.
func Dial(path string) (*Conn, error) {
	if err := ownedByMe(path); err != nil {
		return nil, err
	}
	c, err := net.DialTimeout("unix", path, time.Second)
	if err != nil {
		return nil, err
	}
	return &Conn{c: c, r: bufio.NewReader(c)}, nil
}

// Next waits for the next state.
func (c *Conn) Next() (common.Shown, error) {
	var st common.Shown
	line, err := c.r.ReadBytes('\n')
	if err != nil {
		return st, err
	}
	err = json.Unmarshal(line, &st)
	return st, err
}

// Close detaches.
func (c *Conn) Close() error {
	if c.c == nil {
		return nil
	}
	return c.c.Close()
}
