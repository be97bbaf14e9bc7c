// Command minimal is the yardstick for circle's measurements: the smallest
// bubbletea v1 program that redraws once a second. It uses the alternate
// screen, ticks with tea.Tick every second and shows one line with the word
// MINIMAL and the time. -fps sets the renderer's frame rate (0: bubbletea's
// default, 60). Quit with q or ctrl+c.
//
// It is a measuring tool, not part of circle: see ../run.sh.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

type tickMsg time.Time

type model struct{ now time.Time }

func tick() tea.Cmd {
	return tea.Tick(time.Second, func(t time.Time) tea.Msg { return tickMsg(t) })
}

func (m model) Init() tea.Cmd { return tick() }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch msg.String() {
		case "q", "ctrl+c":
			return m, tea.Quit
		}
	case tickMsg:
		m.now = time.Time(msg)
		return m, tick()
	}
	return m, nil
}

func (m model) View() string {
	return "MINIMAL " + m.now.Format("15:04:05") + "\n"
}

func main() {
	fps := flag.Int("fps", 0, "renderer frames per second (0: bubbletea's default)")
	flag.Parse()
	opts := []tea.ProgramOption{tea.WithAltScreen()}
	if *fps > 0 {
		opts = append(opts, tea.WithFPS(*fps))
	}
	if _, err := tea.NewProgram(model{now: time.Now()}, opts...).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "minimal:", err)
		os.Exit(1)
	}
}
