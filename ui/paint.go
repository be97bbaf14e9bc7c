package ui

import (
	"os"
	"strings"
	"sync"

	"github.com/charmbracelet/x/ansi"
)

// Output is the terminal as the program writes to it: the renderer's
// writes and the first frame's are serialised, and counted. It stays an
// *os.File underneath (Fd, Read, Close), so bubbletea still sees a
// terminal: it reads the window size from it and, on Windows, turns on its
// escape-sequence processing.
type Output struct {
	*os.File
	mu     sync.Mutex
	writes uint64 // every write so far
}

// NewOutput wraps the terminal's output.
func NewOutput(f *os.File) *Output { return &Output{File: f} }

func (o *Output) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.writes++
	return o.File.Write(p)
}

func (o *Output) WriteString(s string) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.writes++
	return o.File.WriteString(s)
}

// mark is the count of writes so far, for paintFirst.
func (o *Output) mark() uint64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.writes
}

// paintFirst paints frame unless anything was written since mark. The
// first frame is rendered on the event loop (in Init) and painted from a
// command's goroutine; on a loaded machine that goroutine can run after
// the renderer has flushed a newer frame, and the renderer, which skips a
// frame equal to the last it wrote, would then leave the older one on
// screen. Any write since the mark is the renderer's (bubbletea's own
// start-up writes all come before Init), so the first frame is painted only
// onto a screen nothing newer has reached. It reports whether it painted.
func (o *Output) paintFirst(mark uint64, frame string) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.writes != mark {
		return false
	}
	o.writes++
	_, _ = o.File.WriteString(paintText(frame))
	return true
}

// paintText is a whole frame as bubbletea's renderer writes it to an
// alternate screen on its first flush: from the top-left corner, each line
// cleared to its end. The renderer draws on a fixed frame tick, so at a low
// frame rate its first frame comes one tick late; painting the first frame
// at once removes that wait, and the renderer's own first flush then writes
// the same cells again, which changes nothing on screen.
func paintText(frame string) string {
	var b strings.Builder
	b.Grow(len(frame) + 256)
	b.WriteString(ansi.CursorHomePosition)
	for i, line := range strings.Split(frame, "\n") {
		if i > 0 {
			b.WriteString("\r\n")
		}
		b.WriteString(line)
		b.WriteString(ansi.EraseLineRight)
	}
	return b.String()
}
