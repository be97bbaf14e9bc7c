package main

import (
	"path/filepath"
	"testing"
	"time"

	"circle/session"
	"circle/store"
	"circle/ui/catalog"
)

func TestRetentionAtStartSaysWhatWent(t *testing.T) {
	db := filepath.Join(t.TempDir(), "circle.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	keep, _ := st.CreateGroup(store.Group{Name: "Tuesday group", KeepMonths: 12, Created: "2020-01-01"})
	all, _ := st.CreateGroup(store.Group{Name: "Thursday", Created: "2020-01-01"})
	for _, l := range []session.Log{
		{Version: 1, Date: "2024-11-05", Group: keep, Turns: []session.LogTurn{}},
		{Version: 1, Date: "2025-11-30", Group: keep, Turns: []session.LogTurn{}},
		{Version: 1, Date: "2025-12-02", Group: keep, Turns: []session.LogTurn{}},
		{Version: 1, Date: "2020-01-02", Group: all, Turns: []session.LogTurn{}},
	} {
		if err := st.SaveMeeting(l); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Date(2026, 12, 1, 18, 30, 0, 0, time.UTC)
	got := retention(catalog.New(catalog.English), st, now)
	if want := "Tuesday group keeps its meetings for 12 months: 2 meetings before 2025-12-01 were deleted."; got != want {
		t.Errorf("said %q\nwant %q", got, want)
	}
	if n, _ := st.Count(); n != 2 {
		t.Errorf("%d meetings left, want 2", n)
	}
	if again := retention(catalog.New(catalog.Bokmal), st, now); again != "" {
		t.Errorf("the second start said %q", again)
	}
	st.SaveMeeting(session.Log{Version: 1, Date: "2025-01-01", Group: keep, Turns: []session.LogTurn{}})
	if nb := retention(catalog.New(catalog.Bokmal), st, now); nb != "Tuesday group beholder møtene sine i 12 måneder: 1 møte før 2025-12-01 ble slettet." {
		t.Errorf("nb: %q", nb)
	}
}
