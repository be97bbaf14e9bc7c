package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// onScreen reports whether the view holds text, its words wrapped over
// lines in any way.
func onScreen(v, text string) bool {
	squash := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	return strings.Contains(squash(v), squash(text))
}

// loseFolder moves the data file's folder away while the file is open:
// writes to the open file still work, but the rewrite that wipes old
// records (store's scrub) cannot make its copy beside it. Unlike a
// read-only folder this fails for root too.
func loseFolder(t *testing.T, h *harness) {
	t.Helper()
	dir := filepath.Dir(h.path)
	if err := os.Rename(dir, dir+"-moved"); err != nil {
		t.Fatal(err)
	}
}

func TestFinishSaysWhenTimesOfDayStayInTheFile(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.runToSharing()
	loseFolder(t, h)
	h.finishMeeting()
	v := h.view()
	if !onScreen(v, "The log is saved.") {
		t.Fatalf("the record is saved, yet the screen does not say so:\n%s", v)
	}
	if !onScreen(v, "But the meeting's times of day are still in the data file, because circle could not rewrite it:") {
		t.Fatalf("the screen does not say the times of day stayed:\n%s", v)
	}
	if n, err := h.store.Count(); n != 1 || err != nil {
		t.Fatalf("Count() = %d, %v; want the meeting saved", n, err)
	}
}

func TestDeleteGroupSaysWhenItsRecordsStayInTheFile(t *testing.T) {
	h := newHarness(t, 100, 30)
	loseFolder(t, h)
	h.key("d")
	h.see("Delete the group Tuesday group")
	h.key("y")
	if gs, _ := h.store.Groups(); len(gs) != 0 {
		t.Fatalf("the group was not deleted: %+v", gs)
	}
	if v := h.view(); !onScreen(v, "The group is deleted, but its old records are still in the data file, because circle could not rewrite it:") {
		t.Fatalf("the home screen does not say the records stayed:\n%s", v)
	}
}
