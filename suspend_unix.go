//go:build !windows

package main

import (
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
)

// suspender makes a SIGTSTP from outside (kill -TSTP, a shell's job
// control) suspend circle the way ctrl+z does, through bubbletea's
// tea.Suspend: the terminal is given back in the state it was found, and
// taken again, raw, with the screen redrawn, after fg. Left to the
// default, the stop would leave the terminal raw for the shell, and after
// fg echoing and line by line, under a stale screen.
//
// bubbletea suspends by sending SIGTSTP to the process group, which must
// then stop the process: so SIGTSTP is caught only while the program runs
// in the terminal, and given back to the default as bubbletea suspends.
type suspender struct {
	tstp       chan os.Signal
	suspending atomic.Bool
	done       chan struct{}
}

func newSuspender() *suspender {
	return &suspender{tstp: make(chan os.Signal, 1), done: make(chan struct{})}
}

// filter sees every message before the model does, on the event loop.
func (s *suspender) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg.(type) {
	case tea.SuspendMsg:
		s.suspending.Store(true)
		signal.Reset(syscall.SIGTSTP)
	case tea.ResumeMsg:
		signal.Notify(s.tstp, syscall.SIGTSTP)
		s.suspending.Store(false)
	}
	return msg
}

// start catches SIGTSTP for p, until the func it returns is called.
func (s *suspender) start(p *tea.Program) func() {
	signal.Notify(s.tstp, syscall.SIGTSTP)
	go func() {
		for {
			select {
			case <-s.done:
				return
			case <-s.tstp:
				if !s.suspending.Load() {
					p.Send(tea.SuspendMsg{})
				}
			}
		}
	}()
	return func() {
		signal.Stop(s.tstp)
		close(s.done)
	}
}

// continuedSignal tells the line mode when the process is continued after
// a stop. The line mode leaves SIGTSTP to the default: its terminal is the
// shell's own cooked one, which the stop leaves as it is.
func continuedSignal() (<-chan struct{}, func()) {
	sig := make(chan os.Signal, 1)
	out := make(chan struct{}, 1)
	done := make(chan struct{})
	signal.Notify(sig, syscall.SIGCONT)
	go func() {
		for {
			select {
			case <-done:
				return
			case <-sig:
				select {
				case out <- struct{}{}:
				default:
				}
			}
		}
	}()
	return out, func() {
		signal.Stop(sig)
		close(done)
	}
}
