package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"circle/session"
)

// The full help (?) is read whole at 40x12 on every page a new facilitator
// passes through, from the first start to the summary: each key of the
// moment is on a line with what it does, and ? stays. Where ? is typed into
// a text field, the key line offers none.
func TestFullHelpIsWholeOnEveryPageAt40x12(t *testing.T) {
	h := newHarnessGroup(t, 40, 12, false)
	typing := func(step string) {
		t.Helper()
		if v := ansi.Strip(h.view()); strings.Contains(v, "? more keys") {
			t.Errorf("%s: ? is typed here, yet offered:\n%s", step, v)
		}
	}
	check := func(step string) {
		t.Helper()
		v := ansi.Strip(h.view())
		rows := strings.Split(v, "\n")
		if !strings.Contains(rows[len(rows)-1], "? more keys") {
			t.Fatalf("%s: no ? offered:\n%s", step, v)
		}
		h.key("?")
		v = ansi.Strip(h.view())
		rows = strings.Split(v, "\n")
		on := func(k, desc string) bool {
			for _, r := range rows {
				if strings.Contains(r, k) && strings.Contains(r, desc) {
					return true
				}
			}
			return false
		}
		for _, b := range h.m.Page().Bindings() {
			if b.Enabled() && !on(b.Help().Key, b.Help().Desc) {
				t.Errorf("%s: %q %q is not in the full help:\n%s", step, b.Help().Key, b.Help().Desc, v)
			}
		}
		if !on("?", "fewer keys") {
			t.Errorf("%s: no ? in the full help:\n%s", step, v)
		}
		h.key("?")
	}
	check("home, no group")
	h.key("enter")
	typing("the group's name")
	h.key("Tuesday", "enter")
	check("the rules to agree")
	h.key("enter")
	check("home")
	h.key("enter")
	check("setup")
	h.key("enter")
	check("the opening")
	h.key("enter")
	check("a check-in")
	h.key("p", "p", "p", "p", "p", "p")
	check("the ground rules")
	h.key("enter", "y")
	check("the sharing")
	h.key("enter")
	check("a sharing turn")
	h.key("r")
	check("the rules shown")
	h.key("r", "b")
	check("a break")
	h.key("b")
	for h.status().Phase < session.PhaseHandover {
		h.key("p")
		if h.mt().Confirming() {
			h.key("y")
		}
		if !h.status().Round {
			h.key("enter")
		}
	}
	if h.status().Phase != session.PhaseHandover {
		t.Fatalf("at %s, not the handover", h.status().Phase)
	}
	check("the handover")
	h.key("y")
	check("the summary")
}
