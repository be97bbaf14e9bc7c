package ui

import (
	"io"
	"os"
	"strings"
	"sync"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/muesli/termenv"
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

// Screen runs a full-screen model without bubbletea's renderer
// (tea.WithoutRenderer) and paints it itself, at once, after each update
// that changed it, writing only the lines that changed. The renderer
// flushes on a frame tick: every tick wakes the whole process, many times
// a second even when nothing changed, and a change waits for the next
// tick. A screen that changes about once a second and must follow a key
// press at once (circle display) is better painted as it changes. Open
// readies the terminal before the program runs; Close puts it back.
type Screen struct {
	tea.Model
	out  io.Writer
	last []string // the lines on screen; nil: nothing painted yet

	restore, undo func() // the terminal's input mode, its output's
}

// NewScreen paints m on out.
func NewScreen(m tea.Model, out io.Writer) *Screen {
	return &Screen{Model: m, out: out}
}

// Open readies the terminal as bubbletea does when it runs its renderer:
// in raw, so that keys come one by one and are not echoed; escape
// sequences on (a Windows console); the alternate screen entered and
// cleared, the cursor hidden. And the terminal's wrapping off: a line too
// wide for the screen (a size that changed under it) is cut at the edge
// by the terminal, instead of running onto the next row or scrolling the
// screen from the last, and no line needs measuring. Close puts it back.
func (s *Screen) Open(in *os.File) error {
	if term.IsTerminal(in.Fd()) {
		st, err := term.MakeRaw(in.Fd())
		if err != nil {
			return err
		}
		s.restore = func() { _ = term.Restore(in.Fd(), st) }
	}
	if undo, err := termenv.EnableVirtualTerminalProcessing(termenv.NewOutput(s.out)); err == nil {
		s.undo = func() { _ = undo() }
	}
	_, err := io.WriteString(s.out, ansi.SetModeAltScreenSaveCursor+ansi.HideCursor+ansi.ResetModeAutoWrap+ansi.EraseEntireScreen)
	return err
}

// Close turns wrapping back on, shows the cursor, leaves the alternate
// screen and puts the terminal back as Open found it.
func (s *Screen) Close() {
	_, _ = io.WriteString(s.out, ansi.SetModeAutoWrap+ansi.ShowCursor+ansi.ResetModeAltScreenSaveCursor)
	for _, f := range []func(){s.undo, s.restore} {
		if f != nil {
			f()
		}
	}
}

// Init paints the first frame.
func (s *Screen) Init() tea.Cmd {
	cmd := s.Model.Init()
	s.paint()
	return cmd
}

// Update updates the model and paints what changed. A new size clears
// the screen and paints it whole.
func (s *Screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.WindowSizeMsg); ok {
		s.last = nil
	}
	m, cmd := s.Model.Update(msg)
	s.Model = m
	s.paint()
	return s, cmd
}

// View is empty: the program runs without a renderer.
func (s *Screen) View() string { return "" }

// paint writes the lines of the model's view that differ from those on
// screen, each from its first column over a cleared row.
func (s *Screen) paint() {
	lines := strings.Split(s.Model.View(), "\n")
	var b strings.Builder
	if s.last == nil {
		b.WriteString(ansi.EraseEntireScreen)
	}
	for i, line := range lines {
		if i < len(s.last) && s.last[i] == line {
			continue
		}
		b.WriteString(ansi.CursorPosition(1, i+1) + ansi.EraseEntireLine)
		b.WriteString(line)
	}
	for i := len(lines); i < len(s.last); i++ {
		b.WriteString(ansi.CursorPosition(1, i+1) + ansi.EraseEntireLine)
	}
	s.last = lines
	if b.Len() > 0 {
		_, _ = io.WriteString(s.out, b.String())
	}
}
