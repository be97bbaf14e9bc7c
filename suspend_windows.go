package main

import tea "github.com/charmbracelet/bubbletea"

// Windows has no job control: ctrl+z is a key like any other, and
// bubbletea's tea.Suspend does nothing there.
type suspender struct{}

func newSuspender() *suspender { return &suspender{} }

func (s *suspender) filter(_ tea.Model, msg tea.Msg) tea.Msg { return msg }

func (s *suspender) start(*tea.Program) func() { return func() {} }

func continuedSignal() (<-chan struct{}, func()) { return nil, func() {} }
