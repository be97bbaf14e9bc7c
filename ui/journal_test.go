package ui

import (
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"circle/session"
	"circle/store"
	"circle/ui/pages/resume"
	"circle/ui/pages/setup"
)

func TestRuleTicksToAndFroDoNotFillTheFile(t *testing.T) {
	// 303,320 rule ticks in three minutes once filled the file: a tick of
	// the same rule again replaces the one before, so the file keeps at
	// most one per rule between other events.
	h := newHarness(t, 100, 30)
	h.key("enter")
	h.setField(setup.FieldPresent, "3")
	h.key("enter", "enter")
	for h.status().Round {
		h.tick(h.status().Turn.Left)
		h.key("enter")
	}
	if h.status().Phase != session.PhaseRules {
		t.Fatalf("phase %v, want the rules", h.status().Phase)
	}
	before, err := h.store.ActiveEvents()
	if err != nil {
		t.Fatal(err)
	}
	for range 1001 {
		h.key(" ")
	}
	h.key("down")
	for range 500 {
		h.key(" ", "up", " ", "down")
	}
	events, err := h.store.ActiveEvents()
	if err != nil {
		t.Fatal(err)
	}
	rules := len(h.mt().Engine().Config().Rules)
	if added := len(events) - len(before); added > rules {
		t.Errorf("%d rule ticks stored for %d rules, after 3001 key presses", added, rules)
	}
	m, err := session.Replay(events)
	if err != nil {
		t.Fatal(err)
	}
	reviewed := 0
	for i := range rules {
		if m.Ticked(i) != h.mt().Engine().Ticked(i) {
			t.Errorf("rule %d: stored %v, on screen %v", i, m.Ticked(i), h.mt().Engine().Ticked(i))
		}
		if m.Ticked(i) {
			reviewed++
		}
	}
	// The meeting goes on and is saved as the screen has it.
	h.key("enter", "y", "enter")
	h.finishMeeting()
	logs, err := h.store.Meetings()
	if err != nil || len(logs) != 1 || len(logs[0].RulesReviewed) != reviewed {
		t.Fatalf("history %+v, %v", logs, err)
	}
}

// fullStore is the real data file behind a disk that stays full to the
// end of the meeting.
type fullStore struct {
	*store.Store
	full bool
}

func (f *fullStore) PutEvent(n int, e session.Event) error {
	if f.full {
		return fmt.Errorf("write circle.db: %w", syscall.ENOSPC)
	}
	return f.Store.PutEvent(n, e)
}

func (f *fullStore) FinishMeeting(l session.Log) error {
	if f.full {
		return fmt.Errorf("write circle.db: %w", syscall.ENOSPC)
	}
	return f.Store.FinishMeeting(l)
}

func TestSavedElsewhereEndsTheMeetingHere(t *testing.T) {
	other := filepath.Join(t.TempDir(), "usb", "circle.db")
	// Wide enough for the path on one line, however long TMPDIR makes it.
	w := max(100, len(other)+40)
	h := newHarness(t, w, 30)
	fs := &fullStore{Store: h.store}
	h.restart(Options{Store: fs, Width: w, Height: 30})
	h.runToSharing()
	fs.full = true
	h.tick(time.Minute)
	h.key("p", "y")
	h.finishMeeting()
	h.see("The log could not be saved in the data file", "Save the log in another file")
	h.key("ctrl+u", other, "enter")
	h.see("The log is saved in " + other)
	if v := h.view(); strings.Contains(v, "still holds this meeting") {
		t.Fatalf("the meeting was not ended in the data file:\n%s", v)
	}

	// The disk was full to the end, yet the meeting is over here too: not
	// offered again, and no second, shorter record.
	if events, err := h.store.ActiveEvents(); err != nil || events != nil {
		t.Fatalf("the data file still holds %d events of the meeting, %v", len(events), err)
	}
	if n, _ := h.store.Count(); n != 0 {
		t.Fatalf("the data file holds %d meetings", n)
	}
	again := New(Options{Store: h.store, Clock: h.clock.read, Width: 100, Height: 30})
	if _, ok := again.Page().(*resume.Page); ok {
		t.Fatal("the next start offers the meeting saved elsewhere")
	}
}
