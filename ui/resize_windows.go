package ui

import (
	"os"

	tea "github.com/charmbracelet/bubbletea"
)

// FollowSize does nothing on Windows: there the console's input reader
// reports each new size, with or without the renderer.
func FollowSize(*tea.Program, *os.File) (stop func()) { return func() {} }
