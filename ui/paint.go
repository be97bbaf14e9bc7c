package ui

import (
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Paint writes a whole frame to an alternate screen the way bubbletea's
// renderer does on its first flush: from the top-left corner, each line
// cleared to its end. The renderer draws on a fixed frame tick, so at a low
// frame rate its first frame comes one tick late; painting the first frame
// at once removes that wait, and the renderer's own first flush then writes
// the same cells again, which changes nothing on screen.
//
// w must be the program's output, guarded so this write and the renderer's
// never interleave.
func Paint(w io.Writer, frame string) {
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
	_, _ = io.WriteString(w, b.String())
}
