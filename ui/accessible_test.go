package ui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/muesli/termenv"

	"circle/ui/common"
	"circle/ui/internal/uitest"
)

// accessibleHarness drives the accessible mode by typed lines on a fake
// clock and keeps what it announced.
type accessibleHarness struct {
	*harness
	a   *lineMode
	out bytes.Buffer
}

func newAccessibleHarness(t *testing.T) *accessibleHarness { return newAccessibleHarnessGroup(t, true) }

func newAccessibleHarnessGroup(t *testing.T, withGroup bool) *accessibleHarness {
	h := &accessibleHarness{harness: newHarnessGroup(t, 80, 24, withGroup)}
	// Said with the terminal's colours on: nothing said may carry them.
	ansi := termenv.ANSI
	h.a = newLineMode(Options{Store: h.store, Clock: h.clock.read, Profile: &ansi}, &h.out)
	h.m = h.a.m
	return h
}

// typeLines types each line and enter.
func (h *accessibleHarness) typeLines(lines ...string) {
	for _, l := range lines {
		h.a.input(l)
	}
}

// wait lets time pass with a tick a second, as the real loop does.
func (h *accessibleHarness) wait(d time.Duration) {
	for range int(d / time.Second) {
		h.clock.wait(time.Second)
		h.a.send(common.ClockMsg{})
		h.a.speak()
	}
}

// said returns what was announced since the last call, line by line.
func (h *accessibleHarness) said() []string {
	s := h.out.String()
	h.out.Reset()
	uitest.CheckPlain(h.t, []string{s})
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

func (h *accessibleHarness) expect(want ...string) {
	h.t.Helper()
	uitest.CheckSaid(h.t, h.said(), want...)
}

func TestAccessibleMeeting(t *testing.T) {
	h := newAccessibleHarness(t)
	h.expect("Welcome to circle.", "Type enter to start a meeting")

	// The setup form, one question at a time; a wrong answer is said and
	// asked again.
	h.typeLines("")
	h.expect("New meeting.", "Length in minutes. 5 to 120 minutes.", "Enter keeps 120.")
	h.typeLines("", "1")
	// A wrong value is refused at once, and asked again.
	h.expect("People present must be a number from 2 to 20.", "People present.")
	h.typeLines("2")
	h.expect("Names for the screen.")
	h.typeLines("Ann, Bo", "", "")
	h.expect("Format: type c for a circle of sharing")
	h.typeLines("c")
	h.expect("Opening. Welcome everyone")

	h.typeLines("")
	h.expect("Seat 2 · Bo checks in. 1 minute.", "Now: Read them the prompt: ")
	h.wait(61 * time.Second)
	h.expect("Time.")
	h.wait(30 * time.Second)
	h.expect("Time. Seat 2 · Bo has gone 30 seconds over.")
	h.typeLines("")
	h.expect("Seat 1 · Ann checks in.")
	h.typeLines("p")
	h.expect("Seat 1 · Ann passed.", "Ground rules.", "1. What is said in the group stays in the group. (not ticked)")

	h.typeLines("t 1", "")
	h.expect("1 of 11 read and ticked", "10 ground rules are not ticked. Start the sharing anyway?", "Type y and enter for yes")
	h.typeLines("y")
	h.expect("Sharing. Now the circle of sharing.")
	h.typeLines("")
	got := strings.Join(h.said(), "\n")
	if !strings.Contains(got, "Seat 2 · Bo shares.") || !strings.Contains(got, "minutes.") {
		t.Fatalf("the sharing turn was announced as %q", got)
	}
	planned := h.status().Turn.Planned
	h.wait(planned - 59*time.Second)
	h.expect("One minute left.")
	h.wait(59 * time.Second)
	h.expect("Time.")
	h.wait(2 * time.Minute)
	h.expect("Seat 2 · Bo has gone 2 minutes over.")
	// Each alert is said once, not on every tick.
	h.wait(5 * time.Second)
	if got := h.said(); len(got) != 1 || got[0] != "" {
		t.Fatalf("ticks repeated announcements: %q", got)
	}

	h.typeLines("b")
	h.expect("Break. We are on a break.")
	h.typeLines("b")
	h.expect("The break is over.")
	h.typeLines("q", "y")
	h.expect("The meeting was stopped before its end.", "The log is saved.")
	logs, err := h.store.Meetings()
	if err != nil || len(logs) != 1 || logs[0].Completed {
		t.Fatalf("history: %v %v", logs, err)
	}
}

func TestAccessibleFirstRunMakesTheGroup(t *testing.T) {
	h := newAccessibleHarnessGroup(t, false)
	h.expect("Welcome to circle.")
	h.typeLines("")
	h.expect("The group's name: a name you choose together.")
	h.typeLines("")
	h.expect("The name must be 1 to 60 characters.")
	h.typeLines("Fredagsgruppa")
	h.expect("Agree your ground rules.", "1. What is said in the group stays in the group.", "11. ")
	h.typeLines("")
	gs, err := h.store.Groups()
	if err != nil || len(gs) != 1 || gs[0].Name != "Fredagsgruppa" {
		t.Fatalf("groups: %+v %v", gs, err)
	}
	h.expect("Welcome to circle.")
	h.typeLines("")
	h.expect("New meeting.", "Length in minutes.")
}
