package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"circle/ui/internal/uitest"
)

// TestCtrlZSuspendsOnEveryScreen: ctrl+z asks bubbletea to suspend, on
// the home screen, in a meeting, and on a screen too small to show keys;
// no page sees the key.
func TestCtrlZSuspendsOnEveryScreen(t *testing.T) {
	h := newHarness(t, 100, 30)
	ctrlZ := tea.KeyMsg{Type: tea.KeyCtrlZ}
	check := func(where string) {
		t.Helper()
		before := h.view()
		_, cmd := h.m.Update(ctrlZ)
		if msg := uitest.Sent(cmd); msg != (tea.SuspendMsg{}) {
			t.Errorf("%s: ctrl+z sends %#v, want tea.SuspendMsg", where, msg)
		}
		if h.view() != before {
			t.Errorf("%s: ctrl+z changed the screen", where)
		}
	}
	check("home")
	h.key("enter")
	check("setup")
	h.key("enter", "enter")
	check("a turn")
	h.send(tea.WindowSizeMsg{Width: 30, Height: 8})
	check("too small")
}

// TestResumeShowsTheTimeThatPassed: after fg the repainted screen has the
// clock caught up, not the frame from before the stop.
func TestResumeShowsTheTimeThatPassed(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.key("enter", "enter", "enter")
	h.see("1:00")
	// Stopped for 3 minutes: no tick came meanwhile.
	h.clock.wait(3 * time.Minute)
	h.send(tea.ResumeMsg{})
	h.see("TIME · 2:00 over")
}

// TestLineModeAfterFgSaysWhereItIs: the line mode, continued after a stop,
// says what changed meanwhile, or else where it is again.
func TestLineModeAfterFgSaysWhereItIs(t *testing.T) {
	h := newAccessibleHarness(t)
	h.expect("Welcome to circle.", "Type enter to start a meeting")
	h.a.resumed()
	got := h.said()
	if len(got) != 1 || !strings.HasPrefix(got[0], "Type enter to start a meeting") {
		t.Fatalf("after fg on the home screen the line mode said %q", got)
	}
	h.typeLines("", "", "2", "Ann, Bo", "", "", "c", "")
	h.said()
	h.clock.wait(90 * time.Second)
	h.a.resumed()
	h.expect("Time. Seat 2 · Bo has gone 30 seconds over.")
}
