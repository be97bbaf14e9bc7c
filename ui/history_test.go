package ui

import (
	"testing"

	"circle/session"
)

// The history is one key (h, in the line mode "h" or "h N") from home,
// and home again from it.
func TestAccessibleHistoryFromHome(t *testing.T) {
	h := newAccessibleHarness(t)
	gs, err := h.store.Groups()
	if err != nil || len(gs) == 0 {
		t.Fatal(gs, err)
	}
	l := session.Log{Version: 1, Date: "2026-11-24", PlannedMinutes: 120, ActualSeconds: 7000, Present: 6,
		Format: "circle", Completed: true, Group: gs[0].ID,
		Turns: []session.LogTurn{{Seat: 1, Kind: "share", PlannedSeconds: 600, Seconds: 540}, {Seat: 2, Kind: "share", PlannedSeconds: 600, Seconds: 0, Passed: true}}}
	if err := h.store.SaveMeeting(l); err != nil {
		t.Fatal(err)
	}
	h.said()
	h.typeLines("h 1")
	h.expect("History of "+gs[0].Name+".", "1 meeting, newest first.",
		"1. 2026-11-24: 116 of 120 minutes planned, 6 present, 0 sent word, Circle of sharing, completed, 1 turn passed, 0 turns over time.")
	h.typeLines("1")
	h.expect("Share: 2, from 0 seconds to 9 minutes, 1 of them passed.", "Sharing: too few spoke to compare.")
	h.typeLines("", "t")
	h.expect("Attendance over the last 1 meeting: from 6 to 6, usually 6.", "Seats are not people")
	h.typeLines("", "")
	h.expect("Welcome to circle.")
}

func TestHistoryKeyFromHome(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.key("h")
	h.see("History of", "No meetings of this group are saved yet.")
	h.key("esc")
	h.see("Welcome to circle")
}
