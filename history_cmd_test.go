package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"circle/session"
	"circle/store"
)

// twoGroups makes a file with a meeting of each of two groups, one of no
// group, and one that circle stopped twice.
func twoGroups(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "circle.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tue, err := st.CreateGroup(store.Group{Name: "Tuesday group", Created: "2026-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	thu, err := st.CreateGroup(store.Group{Name: "Thursday", Created: "2026-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []session.Log{
		{Version: 1, Date: "2026-11-03", PlannedMinutes: 90, Present: 5, Turns: []session.LogTurn{}, Group: tue},
		{Version: 1, Date: "2026-11-05", PlannedMinutes: 120, Present: 7, Turns: []session.LogTurn{}, Group: thu,
			Interruptions: 2, InterruptedSeconds: 420},
		{Version: 1, Date: "2026-11-06", PlannedMinutes: 60, Present: 4, Turns: []session.LogTurn{}},
	} {
		if err := st.SaveMeeting(l); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func TestHistoryOfOneGroupOrAll(t *testing.T) {
	db := twoGroups(t)
	r := runCircle(t, "history", "--db", db)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if r.code != exitOK || len(lines) != 4 || !strings.HasSuffix(lines[0], "  group") {
		t.Fatalf("exit %d, history:\n%s", r.code, r.stdout)
	}
	for i, want := range []string{"Tuesday group", "Thursday", "(none)"} {
		if !strings.Contains(lines[i+1], want) {
			t.Errorf("row %d lacks the group %q: %q", i+1, want, lines[i+1])
		}
	}
	if !strings.Contains(lines[2], "interrupted 2 times, 7 min") {
		t.Errorf("the interruptions are not shown: %q", lines[2])
	}

	r = runCircle(t, "history", "--group", "thursday", "--db", db)
	lines = strings.Split(strings.TrimSpace(r.stdout), "\n")
	if r.code != exitOK || len(lines) != 2 || !strings.HasPrefix(lines[1], "2026-11-05") || strings.Contains(r.stdout, "Thursday") {
		t.Fatalf("exit %d, history of one group:\n%s", r.code, r.stdout)
	}

	r = runCircle(t, "history", "--json", "--group", "Tuesday group", "--db", db)
	var got []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || len(got) != 1 {
		t.Fatalf("--json of one group: %v\n%s", err, r.stdout)
	}
	if got[0]["group_name"] != "Tuesday group" || got[0]["date"] != "2026-11-03" {
		t.Errorf("meeting %v", got[0])
	}
	r = runCircle(t, "history", "--json", "--db", db)
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || len(got) != 3 {
		t.Fatalf("--json: %v\n%s", err, r.stdout)
	}
	if got[1]["group_name"] != "Thursday" || got[1]["interruptions"] != 2.0 || got[1]["interrupted_seconds"] != 420.0 {
		t.Errorf("meeting %v", got[1])
	}
	if _, ok := got[2]["group_name"]; ok {
		t.Errorf("a meeting of no group has a group name: %v", got[2])
	}

	r = runCircle(t, "history", "--group", "Friday", "--db", db)
	if r.code != exitFailure || !strings.Contains(r.stderr, `no group called "Friday"`) || !strings.Contains(r.stderr, "Thursday, Tuesday group") {
		t.Fatalf("unknown group: exit %d, %q", r.code, r.stderr)
	}
	oneLine(t, r.stderr)
}
