package ui

import (
	"testing"
	"time"

	"github.com/muesli/termenv"

	"circle/ui/pages/setup"
)

// toSharingOfSix runs a meeting of six, with names, to 3.5 minutes into
// the first sharing turn.
func (h *harness) toSharingOfSix() {
	h.t.Helper()
	h.key("enter")
	h.setField(setup.FieldNames, "Ann, Bo, Kim, Liv, Ola, Per")
	h.key("enter", "enter")
	for h.status().Round {
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	h.key("enter", "y", "enter")
	h.tick(3*time.Minute + 500*time.Millisecond)
	if h.status().Turn.Seat == 0 {
		h.t.Fatal("not in a sharing turn")
	}
}

// BenchmarkSharingView renders the sharing screen at 120x40 mid-turn, in
// plain text and in colour.
func BenchmarkSharingView(b *testing.B) {
	for _, profile := range []termenv.Profile{termenv.Ascii, termenv.ANSI256} {
		b.Run(profileName[profile], func(b *testing.B) {
			h := newHarness(b, 120, 40)
			h.restart(Options{Store: h.store, Width: 120, Height: 40, Profile: &profile})
			h.toSharingOfSix()
			b.ReportAllocs()
			for b.Loop() {
				_ = h.m.View()
			}
		})
	}
}

var profileName = map[termenv.Profile]string{termenv.Ascii: "plain", termenv.ANSI256: "colour"}

// BenchmarkPresenterView renders the block-digit view at 300x100.
func BenchmarkPresenterView(b *testing.B) {
	h := newHarness(b, 300, 100)
	h.key("enter", "enter", "enter")
	h.tick(3 * time.Second)
	h.key("v")
	b.ReportAllocs()
	for b.Loop() {
		_ = h.m.View()
	}
}
