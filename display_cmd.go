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
	// Painted as it changes, not on a renderer's frame tick (ui.Screen):
	// a key press of the facilitator shows as soon as it arrives, and
	// while a turn runs the display wakes about once a second.
	screen := ui.NewScreen(display.New(ctx, sock), stdout)
	p := tea.NewProgram(screen,
		tea.WithoutRenderer(),
		tea.WithInput(ui.NewInput(stdin)),
		tea.WithOutput(stdout),
	)
	if err = screen.Open(stdin); err == nil {
		stop := ui.FollowSize(p, stdout)
		_, err = p.Run()
		stop()
	}
	screen.Close()
	if err != nil {
		fmt.Fprintln(stderr, cat.T(catalog.CLIStoppedIdle))
		return exitFailure
	}
	return exitOK
}
