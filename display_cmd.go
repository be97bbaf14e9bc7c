package main

import (
	"bufio"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"
	"github.com/muesli/termenv"

	"circle/ui"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/link"
	"circle/ui/pages/display"
)

// displayFlags are the options of circle display.
var displayFlags = []flagDef{
	{name: "accessible", env: "CIRCLE_ACCESSIBLE", help: catalog.CLIFlagAccessible},
	{name: "high-contrast", env: "CIRCLE_HIGH_CONTRAST", help: catalog.CLIFlagContrast},
}

// displayCommand runs `circle display`: the circle's own screen, in
// another terminal (a projector, a TV, another window), following the
// meeting the facilitator's circle runs on the same data file. It reads
// nothing from the data file and writes nothing anywhere.
func displayCommand(c call) int {
	cat, o, stdin, stdout, stderr := c.cat, c.o, c.stdin, c.stdout, c.stderr
	path, ok := dataPath(cat, o, stderr)
	if !ok {
		return exitFailure
	}
	sock, err := link.Path(path)
	if err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.DisplayNoPath, err.Error()))
		return exitFailure
	}
	if o.accessible || o.on("accessible") {
		// Line by line, for a screen reader: what changes is said.
		ctx := common.NewContext(cat.Lang(), false, termenv.Ascii)
		lines := make(chan string)
		go func() {
			defer close(lines)
			sc := bufio.NewScanner(stdin)
			for sc.Scan() {
				lines <- sc.Text()
			}
		}()
		display.RunLines(display.New(ctx, sock), lines, func(s string) { fmt.Fprintln(stdout, s) })
		return exitOK
	}
	if !term.IsTerminal(stdin.Fd()) || !term.IsTerminal(stdout.Fd()) {
		fmt.Fprintln(stderr, cat.T(catalog.DisplayNoTerminal))
		return exitFailure
	}
	ctx := common.NewContext(cat.Lang(), o.on("high-contrast"), lipgloss.ColorProfile())
	ctx.Width, ctx.Height, _ = term.GetSize(stdout.Fd())
	out := ui.NewOutput(stdout)
	m := display.New(ctx, sock)
	p := tea.NewProgram(m,
		tea.WithAltScreen(),
		tea.WithFPS(displayFrameRate),
		tea.WithInput(ui.NewInput(stdin)),
		tea.WithOutput(out),
	)
	if _, err := p.Run(); err != nil {
		fmt.Fprintln(stderr, cat.T(catalog.CLIStoppedIdle))
		return exitFailure
	}
	return exitOK
}

// displayFrameRate: a change reaches the screen at the renderer's next
// frame, so a key press of the facilitator shows at most a frame later.
// At 10 frames a second that was 102 ms, over the 100 ms the display must
// follow within; at 15 it is at most 67 ms, and the display idles at less
// than 0.3 % of one core either way.
const displayFrameRate = 15
