//go:build !windows

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
	"golang.org/x/sys/unix"
)

// suspender makes a SIGTSTP from outside (kill -TSTP, a shell's job
// control) suspend circle the way ctrl+z does, through bubbletea's
// tea.Suspend: the terminal is given back in the state it was found, and
// taken again, raw, with the screen redrawn, after fg. Left to the
// default, the stop would leave the terminal raw for the shell, and after
// fg echoing and line by line, under a stale screen.
//
// bubbletea suspends by sending SIGTSTP to the process group. Once Go has
// caught SIGTSTP it never gives it back to the default (signal.Reset leaves
// Go's handler in place, which drops it), so while a suspend is under way
// the SIGTSTP is answered with SIGSTOP, which stops the process group as
// the default would have; fg's SIGCONT then lets bubbletea take the
// terminal back.
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
		if !stoppable() {
			// No shell could bring circle back: ctrl+z does nothing,
			// as the kernel does with a SIGTSTP no one could undo.
			return nil
		}
		s.suspending.Store(true)
	case tea.ResumeMsg:
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
				if s.suspending.Load() {
					// bubbletea's own, with the terminal given back.
					_ = syscall.Kill(0, syscall.SIGSTOP)
				} else {
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

// stoppable reports whether a stopped circle could be continued: whether
// its process group has a process whose parent is in another group of the
// same session, a shell with job control. A group without one is orphaned
// (circle run as the terminal window's own command, or by tmux new-session
// circle): stopped, it would stay stopped with nothing to type fg into, so
// the kernel discards a SIGTSTP to it, and circle must not stop itself.
// The group's members are found by walking up from circle's parent (read
// from /proc on Linux); where that cannot be read it answers no.
func stoppable() bool {
	sid, err := unix.Getsid(0)
	if err != nil {
		return false
	}
	pgrp := unix.Getpgrp()
	pid := os.Getppid()
	for range 16 {
		if pid <= 1 {
			return false
		}
		psid, err := unix.Getsid(pid)
		if err != nil || psid != sid {
			return false
		}
		ppgrp, err := unix.Getpgid(pid)
		if err != nil {
			return false
		}
		if ppgrp != pgrp {
			return true
		}
		// The parent is in circle's own group (go run, sh -c): go up.
		if pid, err = parentOf(pid); err != nil {
			return false
		}
	}
	return false
}

// parentOf reads a process's parent from /proc/PID/stat.
func parentOf(pid int) (int, error) {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// pid (comm) state ppid ...: comm may hold spaces and brackets.
	i := bytes.LastIndexByte(stat, ')')
	fields := strings.Fields(string(stat[i+1:]))
	if i < 0 || len(fields) < 2 {
		return 0, fmt.Errorf("/proc/%d/stat: %q", pid, stat)
	}
	return strconv.Atoi(fields[1])
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
