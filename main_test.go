package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"circle/session"
	"circle/store"
	"circle/ui"
)

// TestMain lets a test run circle's main in a child process (the test
// binary re-executed) when CIRCLE_TEST_ARGS is set.
func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv("CIRCLE_TEST_ARGS"); ok {
		var argv []string
		if err := json.Unmarshal([]byte(args), &argv); err != nil {
			panic(err)
		}
		if at, ok := os.LookupEnv("CIRCLE_TEST_PANIC_AT"); ok {
			n, _ := strconv.Atoi(at)
			w := realWorld()
			w.wrapStore = func(st *store.Store) ui.Store { return &panickyStore{Store: st, at: n} }
			os.Exit(runIn(w, argv, os.Stdin, os.Stdout, os.Stderr))
		}
		os.Exit(run(argv, os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// panickyStore panics when event number at is written: a bug in circle's
// own code, in the middle of an Update.
type panickyStore struct {
	*store.Store
	at int
}

func (p *panickyStore) PutEvent(n int, e session.Event) error {
	if n == p.at {
		panic("circle test: a bug while saving an event")
	}
	return p.Store.PutEvent(n, e)
}

// result is what a run of circle printed and returned.
type result struct {
	code           int
	stdout, stderr string
}

// runCircle runs circle in this process with files for its streams (which
// are not terminals).
func runCircle(t *testing.T, args ...string) result {
	t.Helper()
	dir := t.TempDir()
	open := func(name string) *os.File {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	in, out, errf := open("in"), open("out"), open("err")
	code := run(args, in, out, errf)
	read := func(f *os.File) string {
		b, err := os.ReadFile(f.Name())
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	return result{code: code, stdout: read(out), stderr: read(errf)}
}

// oneLine checks that s is exactly one line of text.
func oneLine(t *testing.T, s string) {
	t.Helper()
	if strings.Count(s, "\n") != 1 || !strings.HasSuffix(s, "\n") || len(strings.TrimSpace(s)) == 0 {
		t.Fatalf("want one line on stderr, got %q", s)
	}
}

func TestUsageAndExitCodes(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{[]string{"--help"}, exitOK, "circle history [--json]", ""},
		{[]string{"-h"}, exitOK, "Exit codes: 0 success, 1 failure, 2 wrong usage.", ""},
		{[]string{"--version"}, exitOK, "circle ", ""},
		{[]string{"--bogus"}, exitUsage, "", "Run circle --help"},
		{[]string{"dance"}, exitUsage, "", `there is no command "dance"`},
		{[]string{"history", "--bogus"}, exitUsage, "", "Run circle --help"},
		{[]string{"history", "extra"}, exitUsage, "", `"extra" is not expected here`},
		{[]string{"--lang", "xx"}, exitUsage, "", `circle does not speak "xx"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runCircle(t, tt.args...)
			if r.code != tt.code {
				t.Fatalf("exit %d, want %d (stderr %q)", r.code, tt.code, r.stderr)
			}
			if !strings.Contains(r.stdout, tt.stdout) {
				t.Fatalf("stdout %q lacks %q", r.stdout, tt.stdout)
			}
			if tt.stderr != "" {
				oneLine(t, r.stderr)
				if !strings.Contains(r.stderr, tt.stderr) {
					t.Fatalf("stderr %q lacks %q", r.stderr, tt.stderr)
				}
			} else if r.stderr != "" {
				t.Fatalf("unexpected stderr %q", r.stderr)
			}
		})
	}
}

func TestNoTerminalWritesNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sub", "circle.db")
	r := runCircle(t, "--db", db)
	if r.code != exitFailure {
		t.Fatalf("exit %d, want 1", r.code)
	}
	oneLine(t, r.stderr)
	if !strings.Contains(r.stderr, "needs a terminal") {
		t.Fatalf("stderr %q", r.stderr)
	}
	if _, err := os.Stat(filepath.Dir(db)); !os.IsNotExist(err) {
		t.Fatalf("something was created without a terminal: %v", err)
	}
}

func TestHistoryWithoutDataFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	r := runCircle(t, "history", "--json", "--db", db)
	if r.code != exitOK || strings.TrimSpace(r.stdout) != "[]" {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = runCircle(t, "--db", db, "history")
	if r.code != exitOK || !strings.Contains(r.stdout, "No meetings saved yet.") {
		t.Fatalf("exit %d, stdout %q", r.code, r.stdout)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Fatal("history created a data file")
	}
}

func TestHistoryOfAnUnusableFile(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	if err := os.WriteFile(garbage, []byte(strings.Repeat("not a database ", 600)), 0o600); err != nil {
		t.Fatal(err)
	}
	notDir := filepath.Join(dir, "file.txt")
	if err := os.WriteFile(notDir, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ path, want string }{
		{garbage, "is damaged, so circle left it untouched"},
		{filepath.Join(notDir, "circle.db"), "cannot open the data file"},
	}
	for _, tt := range tests {
		r := runCircle(t, "history", "--json", "--db", tt.path)
		if r.code != exitFailure {
			t.Fatalf("%s: exit %d", tt.path, r.code)
		}
		oneLine(t, r.stderr)
		if !strings.Contains(r.stderr, tt.want) || !strings.Contains(r.stderr, "--db PATH") && !strings.Contains(r.stderr, "another file") {
			t.Fatalf("%s: stderr %q lacks %q", tt.path, r.stderr, tt.want)
		}
	}
}

// The names of the privacy test: strings found nowhere else.
var names = []string{"Quenbyzar", "Wolmerdine", "Xanthivel", "Ørjulka"}

// lateName is the name given to a late arrival in the join dialog, as
// distinctive.
const lateName = "Zyprianne Ødvik"

// canaries are every name the privacy test types: at setup and for the
// late arrival.
var canaries = append(append([]string{}, names...), lateName)

// meetingWithNames runs a short meeting with display names through the
// program's own model and saves it to path: check-in round, then stopped.
func meetingWithNames(t *testing.T, path string) {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.CreateGroup(store.Group{Name: "Test group", Rules: []string{"What is said here stays here."}}); err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 11, 25, 18, 0, 0, 0, time.Local)
	now := start
	clock := func() (time.Time, time.Duration) { return now, now.Sub(start) }
	// Clock ticks are not waited for; every other command is run at once.
	noTicks := func(time.Duration, tea.Msg) tea.Cmd { return nil }
	m := ui.New(ui.Options{Store: st, Clock: clock, Width: 100, Height: 30, After: noTicks})
	quitting := false
	var run func(tea.Cmd)
	send := func(msg tea.Msg) {
		_, cmd := m.Update(msg)
		run(cmd)
	}
	run = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		switch msg := cmd().(type) {
		case nil:
		case tea.QuitMsg:
			quitting = true
		case tea.BatchMsg:
			for _, c := range msg {
				run(c)
			}
		default:
			send(msg)
		}
	}
	press := func(keys ...tea.KeyMsg) {
		for _, k := range keys {
			send(k)
		}
	}
	enter := tea.KeyMsg{Type: tea.KeyEnter}
	tab := tea.KeyMsg{Type: tea.KeyTab}
	runes := func(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

	press(enter, tab, tea.KeyMsg{Type: tea.KeyBackspace}, runes("4")) // people present: 4
	press(tab, runes(strings.Join(names, ", ")))
	press(enter, enter)
	for range 4 {
		now = now.Add(time.Minute)
		press(enter)
	}
	// A late arrival, given a name in the join dialog, after seat 2.
	press(runes("a"), runes("2"), enter, runes(lateName), enter, runes("y"))
	if v := m.View(); !strings.Contains(v, "Seat 5 · "+lateName+" joined") {
		t.Fatalf("the late arrival was not joined with their name:\n%s", v)
	}
	// The data file while the meeting runs, its journal in it: no name.
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range canaries {
		if hasBytes(raw, n) {
			t.Errorf("the data file holds the name %q while the meeting runs", n)
		}
	}
	press(tea.KeyMsg{Type: tea.KeyCtrlC}, runes("y"))
	if !quitting {
		t.Fatal("the meeting was not stopped")
	}
}

func TestHistoryJSONKeepsTheContractAndNoNames(t *testing.T) {
	db := filepath.Join(t.TempDir(), "circle.db")
	meetingWithNames(t, db)
	r := runCircle(t, "history", "--json", "--db", db)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, n := range canaries {
		if strings.Contains(strings.ToLower(r.stdout), strings.ToLower(n)) {
			t.Errorf("history --json shows the name %q", n)
		}
	}
	raw, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range canaries {
		if hasBytes(raw, n) {
			t.Errorf("the data file holds the name %q", n)
		}
	}

	// The fields other programs rely on (SPEC "Interfaces").
	var meetings []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &meetings); err != nil {
		t.Fatalf("history --json is not a JSON array: %v\n%s", err, r.stdout)
	}
	if len(meetings) != 1 {
		t.Fatalf("%d meetings, want 1", len(meetings))
	}
	for _, f := range []string{"date", "planned_minutes", "present", "completed", "turns"} {
		if _, ok := meetings[0][f]; !ok {
			t.Errorf("meeting lacks %q", f)
		}
	}
	if meetings[0]["date"] != "2026-11-25" || meetings[0]["present"] != 4.0 || meetings[0]["completed"] != false {
		t.Errorf("meeting %v", meetings[0])
	}
	turns, _ := meetings[0]["turns"].([]any)
	if len(turns) != 4 {
		t.Fatalf("%d turns, want the 4 check-ins", len(turns))
	}
	for _, turn := range turns {
		tm := turn.(map[string]any)
		for _, f := range []string{"seat", "kind", "planned_seconds", "seconds", "passed"} {
			if _, ok := tm[f]; !ok {
				t.Errorf("turn lacks %q: %v", f, tm)
			}
		}
		if tm["kind"] != "checkin" || tm["seconds"] != 60.0 {
			t.Errorf("turn %v", tm)
		}
	}

	r = runCircle(t, "history", "--db", db)
	if r.code != exitOK || !strings.Contains(r.stdout, "2026-11-25") || !strings.Contains(r.stdout, "no") {
		t.Fatalf("plain history: %d %q", r.code, r.stdout)
	}
}

func TestHistoryOrder(t *testing.T) {
	db := filepath.Join(t.TempDir(), "circle.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"2026-11-18", "2026-11-25", "2026-11-04"} {
		if err := st.SaveMeeting(session.Log{Version: 1, Date: d, PlannedMinutes: 90, Present: 5, Turns: []session.LogTurn{}}); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	r := runCircle(t, "history", "--json", "--db", db)
	var got []session.Log
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || len(got) != 3 {
		t.Fatalf("%v %q", err, r.stdout)
	}
	if got[0].Date != "2026-11-04" || got[2].Date != "2026-11-25" {
		t.Fatalf("not in date order: %v %v %v", got[0].Date, got[1].Date, got[2].Date)
	}
}

func TestRulesExportImportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "circle.db")

	// With no group yet, export gives circle's defaults to start from.
	r := runCircle(t, "rules", "export", "--db", db)
	if r.code != exitOK || !strings.Contains(r.stdout, "group: New group") || !strings.Contains(r.stdout, "1. What is said in the group stays in the group.") {
		t.Fatalf("export with no group: %d %q %q", r.code, r.stdout, r.stderr)
	}
	first := filepath.Join(dir, "rules.txt")
	edited := strings.Replace(r.stdout, "group: New group", "group: Tirsdagsgruppa", 1)
	edited = strings.Replace(edited, "2. One person speaks at a time.", "2. Én snakker om gangen.", 1)
	if err := os.WriteFile(first, []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
	r = runCircle(t, "rules", "import", first, "--db", db)
	if r.code != exitOK || !strings.Contains(r.stdout, "Made the group Tirsdagsgruppa with 11 rules.") {
		t.Fatalf("import: %d %q %q", r.code, r.stdout, r.stderr)
	}
	out1 := runCircle(t, "rules", "export", "--db", db)
	again := filepath.Join(dir, "again.txt")
	if err := os.WriteFile(again, []byte(out1.stdout), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := runCircle(t, "rules", "import", "--db", db, again); r.code != exitOK || !strings.Contains(r.stdout, "11 rules read into the group Tirsdagsgruppa.") {
		t.Fatalf("re-import: %d %q %q", r.code, r.stdout, r.stderr)
	}
	out2 := runCircle(t, "rules", "export", "--group", "tirsdagsgruppa", "--db", db)
	if out1.stdout != out2.stdout || out1.stdout != edited {
		t.Fatalf("export, import, export differ:\n%q\n%q\n%q", edited, out1.stdout, out2.stdout)
	}

	// A broken file: one line that says where and what, and nothing changes.
	before, _ := os.ReadFile(db)
	broken := filepath.Join(dir, "broken.txt")
	_ = os.WriteFile(broken, []byte("group: Tirsdagsgruppa\n1. One.\n3. Three.\n"), 0o600)
	r = runCircle(t, "rules", "import", broken, "--db", db)
	if r.code != exitFailure {
		t.Fatalf("broken import: exit %d", r.code)
	}
	oneLine(t, r.stderr)
	if !strings.Contains(r.stderr, broken+":3: rule 2 is missing") || !strings.Contains(r.stderr, "Nothing was changed.") {
		t.Fatalf("broken import said %q", r.stderr)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Fatal("a refused import changed the data file")
	}
	if r := runCircle(t, "rules", "export", "--group", "nobody", "--db", db); r.code != exitUsage || !strings.Contains(r.stderr, `no group called "nobody"`) {
		t.Fatalf("unknown group: %d %q", r.code, r.stderr)
	}
	if r := runCircle(t, "rules", "import", "--db", db); r.code != exitUsage {
		t.Fatalf("import without a file: exit %d", r.code)
	}
}

// --db before the command, or CIRCLE_DB, is the file every command reads:
// a subcommand that lost it would read the default file, which here is
// in a temporary home, never the data file of whoever runs the tests.
func TestSubcommandsKeepTheDataFileGivenBeforeThem(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HOME", filepath.Join(dir, "home"))
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "xdg"))
	t.Setenv("LocalAppData", filepath.Join(dir, "appdata"))
	t.Setenv("CIRCLE_DB", "")
	db := filepath.Join(dir, "circle.db")
	meetingWithNames(t, db)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"history"}, "Test group"},
		{[]string{"history", "--json"}, `"planned_minutes": 120`},
		{[]string{"check"}, "ok"},
		{[]string{"rules", "export"}, "1. What is said here stays here."},
	}
	for _, tc := range cases {
		for _, how := range []string{"--db", "CIRCLE_DB"} {
			args := append([]string{"--db", db}, tc.args...)
			if how == "CIRCLE_DB" {
				t.Setenv("CIRCLE_DB", db)
				args = tc.args
			}
			r := runCircle(t, args...)
			t.Setenv("CIRCLE_DB", "")
			if r.code != exitOK || !strings.Contains(r.stdout, tc.want) {
				t.Errorf("%s, %v: exit %d, stdout %q, stderr %q; want %q", how, tc.args, r.code, r.stdout, r.stderr, tc.want)
			}
		}
	}
	for _, d := range []string{"home", "xdg", "appdata"} {
		if _, err := os.Stat(filepath.Join(dir, d)); !os.IsNotExist(err) {
			t.Errorf("%s was made: %v", d, err)
		}
	}
}
