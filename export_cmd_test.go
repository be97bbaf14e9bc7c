package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"circle/session"
	"circle/store"
)

// centreDB is a data file of two groups: Tuesday group with three
// meetings in 2025 and one in 2026, Thursday with two, and one meeting
// of no group.
func centreDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "circle.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tue, _ := st.CreateGroup(store.Group{Name: "Tuesday group", Created: "2025-01-01"})
	thu, _ := st.CreateGroup(store.Group{Name: "Thursday, late", Created: "2025-01-01"})
	turns := func(passed ...bool) []session.LogTurn {
		var ts []session.LogTurn
		for i, p := range passed {
			ts = append(ts, session.LogTurn{Seat: i + 1, Kind: "share", PlannedSeconds: 600, Seconds: 500 + 50*i, Passed: p})
		}
		return ts
	}
	for _, l := range []session.Log{
		{Version: 1, Date: "2025-03-04", PlannedMinutes: 120, ActualSeconds: 7100, Present: 7, Format: "circle", Completed: true, Group: tue, Turns: turns(false, true, false)},
		{Version: 1, Date: "2025-03-11", PlannedMinutes: 120, ActualSeconds: 7400, Present: 8, Format: "circle", Completed: true, Group: tue, Turns: turns(false, false)},
		{Version: 1, Date: "2025-03-18", PlannedMinutes: 90, ActualSeconds: 5000, Present: 6, Format: "plain", Completed: true, Group: tue, Turns: turns(true, true)},
		{Version: 1, Date: "2026-01-06", PlannedMinutes: 120, ActualSeconds: 7000, Present: 9, Format: "circle", Completed: true, Group: tue, Turns: turns(false)},
		{Version: 1, Date: "2025-03-06", PlannedMinutes: 120, ActualSeconds: 7000, Present: 2, Format: "open", Group: thu, Turns: turns(false, false)},
		{Version: 1, Date: "2025-03-13", PlannedMinutes: 120, ActualSeconds: 7000, Present: 2, Format: "open", Completed: true, Group: thu, Turns: turns(false)},
		{Version: 1, Date: "2025-05-01", PlannedMinutes: 60, ActualSeconds: 3000, Present: 5, Format: "circle", Turns: []session.LogTurn{}},
	} {
		if err := st.SaveMeeting(l); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func TestExportCSV(t *testing.T) {
	db := centreDB(t)
	r := runCircle(t, "export", "--db", db, "--group", "tuesday GROUP", "--format", "csv", "--to", "2025-12-31")
	if r.code != exitOK || r.stderr != "" {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != "date,group,planned_minutes,actual_seconds,present,sent_word,format,completed,on_time,turns,passes,overruns,evenness,breaks,break_seconds,interruptions,interrupted_seconds" {
		t.Errorf("header %v", rows[0])
	}
	if len(rows) != 4 {
		t.Fatalf("%d rows, want the header and Tuesday's three meetings of 2025:\n%s", len(rows), r.stdout)
	}
	want := "2025-03-04,Tuesday group,120,7100,7,0,circle,true,true,3,1,0,0.95,0,0,0,0"
	if got := strings.Join(rows[1], ","); got != want {
		t.Errorf("first row\n got %s\nwant %s", got, want)
	}
	if rows[2][8] != "false" || rows[3][0] != "2025-03-18" || rows[3][12] != "" {
		t.Errorf("rows %v", rows[2:])
	}

	r = runCircle(t, "export", "--db", db, "--format", "csv", "--turns", "--group", "Thursday, late")
	rows, err = csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil || r.code != exitOK {
		t.Fatalf("exit %d, %v: %s", r.code, err, r.stderr)
	}
	if strings.Join(rows[0], ",") != "date,group,meeting,turn,seat,kind,about,planned_seconds,seconds,passed,early,overtime_seconds" {
		t.Errorf("turns header %v", rows[0])
	}
	if len(rows) != 4 || strings.Join(rows[3], "|") != "2025-03-13|Thursday, late|2|1|1|share|0|600|500|false|false|0" {
		t.Errorf("turn rows %v", rows)
	}
}

func TestExportJSONIsHistoryJSON(t *testing.T) {
	db := centreDB(t)
	export := runCircle(t, "export", "--db", db, "--format", "json")
	history := runCircle(t, "history", "--db", db, "--json")
	if export.code != exitOK || export.stdout != history.stdout {
		t.Fatalf("export --format json differs from history --json (exit %d, %s)", export.code, export.stderr)
	}
	one := runCircle(t, "export", "--db", db, "--format", "json", "--group", "Thursday, late", "--from", "2025-03-10")
	var ms []map[string]any
	if err := json.Unmarshal([]byte(one.stdout), &ms); err != nil || len(ms) != 1 || ms[0]["date"] != "2025-03-13" || ms[0]["group_name"] != "Thursday, late" {
		t.Errorf("one group from a day: %v %v", err, ms)
	}
	none := runCircle(t, "export", "--db", db, "--format", "json", "--from", "2030-01-01")
	if none.stdout != "[]\n" {
		t.Errorf("an export of nothing: %q", none.stdout)
	}
}

func TestExportMarkdownReport(t *testing.T) {
	db := centreDB(t)
	r := runCircle(t, "--lang", "en", "export", "--db", db, "--format", "md")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	want := `# Meetings report

Meetings from 2025-03-04 to 2026-01-06. A count below 3 is shown as "fewer than 3", so that no one can be singled out. The report holds no name, no text and no time of day.

| Group | Meetings | Average present | Ended on time | Turns passed |
| --- | ---: | ---: | ---: | ---: |
| Thursday, late | fewer than 3 | fewer than 3 | fewer than 3 of fewer than 3 | fewer than 3 of 3 |
| Tuesday group | 4 | 8 | 3 of 4 (75 %) | 3 of 8 (38 %) |
| (no group) | fewer than 3 | fewer than 3 | fewer than 3 of fewer than 3 | fewer than 3 of fewer than 3 |
| **All groups** | 7 | 6 | 6 of 7 (86 %) | 3 of 11 (27 %) |
`
	if r.stdout != want {
		t.Errorf("report\n got:\n%s\nwant:\n%s", r.stdout, want)
	}
	nb := runCircle(t, "--lang", "nb", "export", "--db", db, "--format", "md", "--group", "Thursday, late")
	if !strings.Contains(nb.stdout, "# Møterapport") || !strings.Contains(nb.stdout, "| Thursday, late | færre enn 3 |") || strings.Contains(nb.stdout, "Alle grupper") {
		t.Errorf("the Bokmål report of one group:\n%s", nb.stdout)
	}
}

func TestExportToAFile(t *testing.T) {
	db := centreDB(t)
	out := filepath.Join(t.TempDir(), "report.md")
	r := runCircle(t, "export", "--db", db, "--format", "md", "--out", out)
	if r.code != exitOK || !strings.Contains(r.stdout, out) {
		t.Fatalf("exit %d: %s %s", r.code, r.stdout, r.stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(b), "# Meetings report") {
		t.Fatalf("the file: %q, %v", b, err)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
		t.Errorf("the export is %v, want 0600", fi.Mode().Perm())
	}
	bad := runCircle(t, "export", "--db", db, "--out", filepath.Join(t.TempDir(), "no", "such", "x.csv"))
	if bad.code != exitFailure {
		t.Errorf("export into a missing folder: exit %d", bad.code)
	}
	oneLine(t, bad.stderr)
}

func TestExportRefusesBadUsage(t *testing.T) {
	db := centreDB(t)
	for _, args := range [][]string{
		{"--format", "xml"}, {"--from", "2025-13-01"}, {"--to", "yesterday"}, {"extra"},
	} {
		r := runCircle(t, append([]string{"export", "--db", db}, args...)...)
		if r.code != exitUsage || r.stdout != "" {
			t.Errorf("export %v: exit %d, stdout %q", args, r.code, r.stdout)
		}
		oneLine(t, r.stderr)
	}
	r := runCircle(t, "export", "--db", db, "--group", "Nobody")
	if r.code != exitFailure || !strings.Contains(r.stderr, "Tuesday group") {
		t.Errorf("an unknown group: exit %d, %q", r.code, r.stderr)
	}
	oneLine(t, r.stderr)
}

func TestReportMergesExportsCountingEachMeetingOnce(t *testing.T) {
	db := centreDB(t)
	dir := t.TempDir()
	write := func(name string, args ...string) string {
		r := runCircle(t, append([]string{"export", "--db", db, "--format", "json"}, args...)...)
		if r.code != exitOK {
			t.Fatal(r.stderr)
		}
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(r.stdout), 0o600)
		return p
	}
	all := write("all.json")
	tue := write("tue.json", "--group", "Tuesday group")
	r := runCircle(t, "--lang", "en", "report", all, tue)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	whole := runCircle(t, "--lang", "en", "export", "--db", db, "--format", "md")
	// The same report as of the one file: Tuesday's meetings once.
	if r.stdout != whole.stdout {
		t.Errorf("merged report:\n%s\nwant the report of the file itself:\n%s", r.stdout, whole.stdout)
	}
	if r.stderr != "11 meetings read, 4 of them in more than one file and counted once.\n" {
		t.Errorf("stderr %q", r.stderr)
	}

	junk := filepath.Join(dir, "junk.json")
	os.WriteFile(junk, []byte(`{"not": "a list"}`), 0o600)
	dates := filepath.Join(dir, "dates.json")
	os.WriteFile(dates, []byte(`[{"date": "2025-03-04T18:00:00Z"}]`), 0o600)
	for _, f := range []string{junk, dates, filepath.Join(dir, "missing.json")} {
		r := runCircle(t, "report", all, f)
		if r.code != exitFailure || r.stdout != "" {
			t.Errorf("report with %s: exit %d, %q", f, r.code, r.stdout)
		}
		oneLine(t, r.stderr)
	}
	if r := runCircle(t, "report"); r.code != exitUsage {
		t.Errorf("report of no files: exit %d", r.code)
	}
}

// hasBytes reports whether b holds s in UTF-8 or UTF-16 (either byte
// order), in any case.
func hasBytes(b []byte, s string) bool {
	lower := bytes.ToLower(b)
	for _, v := range []string{s, strings.ToLower(s)} {
		if bytes.Contains(lower, bytes.ToLower([]byte(v))) {
			return true
		}
		var le, be []byte
		for _, u := range utf16.Encode([]rune(v)) {
			le = append(le, byte(u), byte(u>>8))
			be = append(be, byte(u>>8), byte(u))
		}
		if bytes.Contains(b, le) || bytes.Contains(b, be) {
			return true
		}
	}
	return false
}

func TestNoNameInAnyExportBackupOrPurgedFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "circle.db")
	meetingWithNames(t, db)
	var outputs = map[string][]byte{}
	for _, args := range [][]string{
		{"--format", "csv"}, {"--format", "csv", "--turns"}, {"--format", "json"}, {"--format", "md"},
		{"--format", "md"},
	} {
		lang := "en"
		if len(outputs) == 4 {
			lang = "nb"
		}
		r := runCircle(t, append([]string{"--lang", lang, "export", "--db", db}, args...)...)
		if r.code != exitOK || len(r.stdout) < 20 {
			t.Fatalf("export %v: exit %d %q", args, r.code, r.stderr)
		}
		outputs["export "+strings.Join(args, " ")] = []byte(r.stdout)
	}
	backup := filepath.Join(dir, "backup.db")
	if r := runCircle(t, "backup", "--db", db, backup); r.code != exitOK {
		t.Fatalf("backup: %s", r.stderr)
	}
	outputs["backup"], _ = os.ReadFile(backup)
	if r := runCircle(t, "purge", "--db", db, "--before", "2030-01-01", "--yes"); r.code != exitOK || !strings.Contains(r.stdout, "Deleted 1 meeting") {
		t.Fatalf("purge: %d %q %q", r.code, r.stdout, r.stderr)
	}
	outputs["data file after the purge"], _ = os.ReadFile(db)
	for what, b := range outputs {
		for _, n := range canaries {
			if hasBytes(b, n) {
				t.Errorf("%s holds the name %q", what, n)
			}
		}
		// No time of day: the meeting began at 18:00.
		if bytes.Contains(b, []byte("18:0")) || bytes.Contains(b, []byte("T18")) {
			t.Errorf("%s holds a time of day", what)
		}
	}
}
