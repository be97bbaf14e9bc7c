package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"circle/store"
)

// soloFile makes a data file with a group's meeting and two practices.
func soloFile(t *testing.T) string {
	t.Helper()
	db := twoGroups(t)
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, p := range []store.Practice{
		{Date: "2026-11-20", Minutes: 5, Theme: "managing", Prompts: []string{"why-i-react", "one-step"}},
		{Date: "2026-12-01", Minutes: 0, Theme: "valued", Prompts: []string{"own-1"}},
	} {
		if err := st.SavePractice(p); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// history --solo lists the solo log and nothing of the groups; the
// groups' history lists none of it.
func TestHistorySolo(t *testing.T) {
	db := soloFile(t)
	r := runCircle(t, "history", "--solo", "--db", db)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	want := []string{
		"date        minutes  theme                                    prompts",
		"2026-11-20        5  Learning to manage my own circumstances  why-i-react, one-step",
		"2026-12-01        0  Participation that makes me feel valued  own-1",
		"2 practices, 5 minutes spoken.",
	}
	if r.code != exitOK || strings.Join(lines, "\n") != strings.Join(want, "\n") || r.stderr != "" {
		t.Fatalf("exit %d, history --solo:\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	r = runCircle(t, "--lang", "nb", "history", "--solo", "--db", db)
	if !strings.Contains(r.stdout, "Å lære å mestre egen situasjon") || !strings.Contains(r.stdout, "2 øvelser, 5 minutter snakket.") {
		t.Errorf("history --solo in Bokmål:\n%s", r.stdout)
	}

	r = runCircle(t, "history", "--solo", "--json", "--db", db)
	var got []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || len(got) != 2 {
		t.Fatalf("--solo --json: %v\n%s", err, r.stdout)
	}
	for _, k := range []string{"v", "date", "minutes", "theme", "prompts"} {
		if _, ok := got[0][k]; !ok {
			t.Errorf("a practice lacks %q: %v", k, got[0])
		}
	}
	if len(got[0]) != 5 || got[1]["theme"] != "valued" {
		t.Errorf("practices in JSON: %v", got)
	}

	for _, args := range [][]string{{"history"}, {"history", "--json"}} {
		r = runCircle(t, append(args, "--db", db)...)
		if r.code != exitOK || strings.Contains(r.stdout, "managing") || strings.Contains(r.stdout, "why-i-react") || strings.Contains(r.stdout, "2026-11-20") {
			t.Errorf("%v shows the solo log:\n%s", args, r.stdout)
		}
	}

	r = runCircle(t, "history", "--solo", "--group", "Thursday", "--db", db)
	if r.code != exitUsage || r.stdout != "" {
		t.Errorf("--solo --group: exit %d, %q", r.code, r.stdout)
	}
	oneLine(t, r.stderr)
}

// With no data file there is no practice, and nothing is made.
func TestHistorySoloWithoutDataFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none", "circle.db")
	r := runCircle(t, "history", "--solo", "--db", db)
	if r.code != exitOK || r.stdout != "No solo practice yet.\n" {
		t.Errorf("exit %d, %q", r.code, r.stdout)
	}
	r = runCircle(t, "history", "--solo", "--json", "--db", db)
	if r.code != exitOK || r.stdout != "[]\n" {
		t.Errorf("exit %d, %q", r.code, r.stdout)
	}
	db2 := twoGroups(t)
	r = runCircle(t, "history", "--solo", "--json", "--db", db2)
	if r.code != exitOK || r.stdout != "[]\n" {
		t.Errorf("a file with no practice: exit %d, %q", r.code, r.stdout)
	}
	if _, err := os.Stat(filepath.Dir(db)); !os.IsNotExist(err) {
		t.Errorf("history --solo made the folder: %v", err)
	}
}

// circle solo: its help, wrong usage, and no terminal, where nothing is
// opened or made.
func TestSoloCommandUsage(t *testing.T) {
	r := runCircle(t, "solo", "--help")
	if r.code != exitOK || !strings.HasPrefix(r.stdout, "Usage:\n  circle solo [--accessible]") {
		t.Errorf("solo --help: exit %d, %q", r.code, r.stdout)
	}
	r = runCircle(t, "--lang", "nb", "solo", "-h")
	if r.code != exitOK || !strings.HasPrefix(r.stdout, "Bruk:\n  circle solo [--accessible]") {
		t.Errorf("solo -h in Bokmål: exit %d, %q", r.code, r.stdout)
	}
	for _, args := range [][]string{{"solo", "now"}, {"solo", "--nope"}} {
		r = runCircle(t, args...)
		if r.code != exitUsage || r.stdout != "" {
			t.Errorf("%v: exit %d, %q", args, r.code, r.stdout)
		}
		oneLine(t, r.stderr)
	}
	db := filepath.Join(t.TempDir(), "new", "circle.db")
	r = runCircle(t, "solo", "--db", db)
	if r.code != exitFailure {
		t.Errorf("solo off a terminal: exit %d", r.code)
	}
	oneLine(t, r.stderr)
	if _, err := os.Stat(filepath.Dir(db)); !os.IsNotExist(err) {
		t.Errorf("solo off a terminal made the folder: %v", err)
	}
}

// The canary: notes with distinctive text, their passphrase, and no byte
// of them in the data file or in what any command prints of it (the
// history in both forms, the solo log, check), in UTF-8 or
// UTF-16.
func TestNotesCanaryInEveryOutput(t *testing.T) {
	const text, pass = "Kanarifuglen synger om Ødegårds hemmelighet 7Q", "blåbærsyltetøy-passord"
	db := soloFile(t)
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	nb, err := st.TurnOnNotes(pass)
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if _, err := nb.Add("2026-12-01", text+" "+pass); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	check := func(what string, b []byte) {
		t.Helper()
		for _, s := range []string{text, pass, "Kanarifuglen", "blåbærsyltetøy"} {
			u := utf16.Encode([]rune(s))
			le, be := make([]byte, 2*len(u)), make([]byte, 2*len(u))
			for i, c := range u {
				binary.LittleEndian.PutUint16(le[2*i:], c)
				binary.BigEndian.PutUint16(be[2*i:], c)
			}
			for _, f := range [][]byte{[]byte(s), le, be} {
				if bytes.Contains(b, f) {
					t.Errorf("%s holds %q", what, s)
				}
			}
		}
	}
	raw, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	check("the data file", raw)
	for _, args := range [][]string{
		{"history"}, {"history", "--json"}, {"history", "--solo"}, {"history", "--solo", "--json"},
		{"check"}, {"export", "--format", "csv"}, {"export", "--format", "csv", "--turns"},
		{"export", "--format", "json"}, {"export", "--format", "md"},
	} {
		r := runCircle(t, append(args, "--db", db)...)
		if r.code != exitOK {
			t.Errorf("%v: exit %d, %s", args, r.code, r.stderr)
		}
		check(strings.Join(args, " "), []byte(r.stdout+r.stderr))
	}
	// The JSON export, merged into a report; the backup, raw and for a
	// centre.
	dir := t.TempDir()
	exp := filepath.Join(dir, "export.json")
	if r := runCircle(t, "export", "--format", "json", "--out", exp, "--db", db); r.code != exitOK {
		t.Fatalf("export --out: %d %s", r.code, r.stderr)
	}
	r := runCircle(t, "report", exp)
	check("report", []byte(r.stdout+r.stderr))
	bak := filepath.Join(dir, "backup.db")
	if r := runCircle(t, "backup", bak, "--db", db); r.code != exitOK {
		t.Fatalf("backup: %d %s", r.code, r.stderr)
	}
	for _, f := range []string{exp, bak} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		check(f, b)
	}
	centre := filepath.Join(dir, "centre.db")
	if r := runCircle(t, "backup", "--for-centre", centre, "--db", db); r.code != exitOK {
		t.Fatalf("backup --for-centre: %d %s", r.code, r.stderr)
	}
	if r := runCircle(t, "backup", "--for-centre", centre, "--db", db); r.code != exitFailure || !strings.Contains(r.stderr, centre) {
		t.Errorf("backup --for-centre over a file: %d %s", r.code, r.stderr)
	}
	if r := runCircle(t, "history", "--solo", "--json", "--db", centre); r.code != exitOK || strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("the backup for a centre lists solo practice: %d %q %s", r.code, r.stdout, r.stderr)
	}
	b, err := os.ReadFile(centre)
	if err != nil {
		t.Fatal(err)
	}
	check("the backup for a centre", b)
	if bytes.Contains(b, []byte("age-encryption.org")) || bytes.Contains(b, []byte("why-i-react")) {
		t.Error("the backup for a centre holds the notes' records or the solo log")
	}
}
