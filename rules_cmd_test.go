package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRulesFileCutShortIsRefused: an exported file ends with a line
// counting its rules; cut short (here as head -c 625 cuts it, in the fifth
// rule) it is refused with one line, and the group keeps its eleven rules.
func TestRulesFileCutShortIsRefused(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "circle.db")
	exported := runCircle(t, "rules", "export", "--db", db).stdout
	if !strings.HasSuffix(exported, "\n11. Our rules change only when everyone agrees.\n# end: 11 rules\n") {
		t.Fatalf("the export does not end with its closing line:\n%s", exported)
	}
	file := filepath.Join(dir, "rules.txt")
	if err := os.WriteFile(file, []byte(exported), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := runCircle(t, "rules", "import", file, "--db", db); r.code != exitOK || !strings.Contains(r.stdout, "with 11 rules") {
		t.Fatalf("import: %d %q %q", r.code, r.stdout, r.stderr)
	}
	before, _ := os.ReadFile(db)

	// In the fifth rule, in the last, and just before the last line break.
	for _, cut := range []int{625, len(exported) - len("agrees.\n# end: 11 rules\n"), len(exported) - len("\n# end: 11 rules\n")} {
		if err := os.WriteFile(file, []byte(exported[:cut]), 0o600); err != nil {
			t.Fatal(err)
		}
		r := runCircle(t, "rules", "import", file, "--db", db)
		if r.code != exitFailure {
			t.Fatalf("cut at %d: exit %d, stdout %q", cut, r.code, r.stdout)
		}
		oneLine(t, r.stderr)
		if !strings.Contains(r.stderr, "the file ends in the middle of this line") || !strings.Contains(r.stderr, "cut short") || !strings.Contains(r.stderr, "Nothing was changed.") || strings.Count(r.stderr, file) != 1 {
			t.Errorf("cut at %d: %q", cut, r.stderr)
		}
		if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
			t.Fatalf("cut at %d: a refused import changed the data file", cut)
		}
	}
	if got := runCircle(t, "rules", "export", "--db", db).stdout; !strings.Contains(got, "\n11. ") {
		t.Fatalf("the group lost rules:\n%s", got)
	}
}
