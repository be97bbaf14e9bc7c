package ui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"circle/store"
	"circle/ui/pages/home"
	"circle/ui/pages/solo"
)

// From the home screen, o and a practice in the line mode, and back home;
// the practice is in the solo log and never in the history.
func TestSoloPracticeFromHomeInTheLineMode(t *testing.T) {
	h := newAccessibleHarness(t)
	h.expect("Welcome to circle.", "o to practise alone")
	h.typeLines("o")
	h.expect("Practise on your own.", "9. Surprise me.")
	h.typeLines("8")
	h.expect("Leadership from within.", "Prompt 1 of 3: What choice is mine to make this week?")
	h.typeLines("t", "3")
	h.expect("The timer runs: 3 minutes.")
	h.wait(3*time.Minute + 5*time.Second)
	h.expect("One minute left.", "Time. No hurry: finish your thought.")
	h.typeLines("")
	h.expect("Well done.", "You spoke for 3 minutes and 5 seconds on “Leadership from within”.", "1 practice this month.")
	h.typeLines("")
	h.expect("Welcome to circle.")
	if _, ok := h.m.Page().(*home.Page); !ok {
		t.Fatalf("enter after the closing went to %T", h.m.Page())
	}
	ps, err := h.store.Practices()
	if err != nil || len(ps) != 1 || ps[0].Minutes != 3 || ps[0].Theme != "leadership" || ps[0].Prompts[0] != "my-choice" {
		t.Errorf("solo log %+v, %v", ps, err)
	}
	if n, _ := h.store.Count(); n != 0 {
		t.Errorf("the practice is %d meetings in the history", n)
	}
}

// `circle solo` starts on solo practice, and o goes there from the home
// screen in the full screen too.
func TestSoloOptionAndKey(t *testing.T) {
	ascii := termenv.Ascii
	h := newHarness(t, 80, 24)
	m := New(Options{Store: h.store, Solo: true, Profile: &ascii, Width: 80, Height: 24})
	if _, ok := m.Page().(*solo.Page); !ok {
		t.Fatalf("Solo started on %T", m.Page())
	}
	h.key("o")
	if _, ok := h.m.Page().(*solo.Page); !ok {
		t.Fatalf("o went to %T", h.m.Page())
	}
	h.key("esc")
	if _, ok := h.m.Page().(*home.Page); !ok {
		t.Fatalf("esc on the themes went to %T", h.m.Page())
	}
}

// Deleting all notes on a screen too small for its question: no key
// acts, y included, and the notes stay; back at a size where the
// question is seen, only y deletes.
func TestDeleteAllNotesOnATinyScreen(t *testing.T) {
	h := newHarness(t, 80, 24)
	fast, err := store.OpenWith(filepath.Join(t.TempDir(), "notes.db"), store.Options{NotesWorkFactor: 10})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fast.Close() })
	h.restart(Options{Store: fast, Width: 80, Height: 24})
	h.key("o", "n", "t", "a passphrase", "enter", "a passphrase", "enter", "a", "one note", "enter", "D")
	if !strings.Contains(h.view(), "Delete all your notes") {
		t.Fatalf("no question:\n%s", h.view())
	}
	h.send(tea.WindowSizeMsg{Width: 30, Height: 10})
	for _, k := range []string{"y", "j", "enter", "Y"} {
		h.key(k)
	}
	if on, n, _ := fast.NotesOn(); !on || n != 1 {
		t.Fatalf("a key on a tiny screen deleted the notes: on %v, %d", on, n)
	}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.key("enter")
	if on, _, _ := fast.NotesOn(); !on {
		t.Fatal("enter deleted the notes")
	}
	h.key("D", "y")
	if on, _, _ := fast.NotesOn(); on {
		t.Error("y did not delete them")
	}
}
