package catalog

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// declaredKeys reads the key constants of keys.go and of each page's
// page_*.go and cli_*.go.
func declaredKeys(t *testing.T) map[Key]bool {
	t.Helper()
	files, err := filepath.Glob("page_*.go")
	if err != nil {
		t.Fatal(err)
	}
	cli, err := filepath.Glob("cli_*.go")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, cli...)
	keys := map[Key]bool{}
	for _, name := range append([]string{"keys.go"}, files...) {
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		collectKeys(f, keys)
	}
	if len(keys) < 100 {
		t.Fatalf("read only %d keys from keys.go", len(keys))
	}
	return keys
}

func collectKeys(f *ast.File, keys map[Key]bool) {
	ast.Inspect(f, func(n ast.Node) bool {
		if vs, ok := n.(*ast.ValueSpec); ok {
			for _, v := range vs.Values {
				if lit, ok := v.(*ast.BasicLit); ok {
					keys[Key(strings.Trim(lit.Value, `"`))] = true
				}
			}
		}
		return true
	})
}

var verbRE = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// verbs lists a format's verbs, sorted, with their argument indexes.
func verbs(s string) []string {
	vs := verbRE.FindAllString(s, -1)
	slices.Sort(vs)
	return vs
}

func TestEveryKeyHasTextInEveryLanguage(t *testing.T) {
	keys := declaredKeys(t)
	for _, lang := range Languages() {
		c := New(lang)
		for k := range keys {
			plural := c.Has(k+"#one") || c.Has(k+"#other")
			switch {
			case plural && !(c.Has(k+"#one") && c.Has(k+"#other")):
				t.Errorf("%s: %s has one plural form but not the other", lang, k)
			case !plural && !c.Has(k):
				t.Errorf("%s: no text for %s", lang, k)
			}
			for _, form := range []Key{k, k + "#one", k + "#other"} {
				if s, ok := c.Raw(form); ok && strings.TrimSpace(s) == "" {
					t.Errorf("%s: %s is empty", lang, form)
				}
			}
		}
		for _, k := range c.Keys() {
			base := Key(strings.TrimSuffix(strings.TrimSuffix(string(k), "#one"), "#other"))
			if !keys[base] && !IsContent(k) {
				t.Errorf("%s: %s is not a declared key", lang, k)
			}
		}
	}
}

func TestPluralFormsTakeTheSameArguments(t *testing.T) {
	for _, lang := range Languages() {
		c := New(lang)
		for _, k := range c.Keys() {
			if !strings.HasSuffix(string(k), "#one") {
				continue
			}
			one, _ := c.Raw(k)
			other, _ := c.Raw(Key(strings.TrimSuffix(string(k), "#one") + "#other"))
			if !slices.Equal(verbs(one), verbs(other)) {
				t.Errorf("%s: %s formats %v, its other form %v", lang, k, verbs(one), verbs(other))
			}
			if !strings.Contains(one, "%d") && !strings.Contains(one, "%[1]d") {
				t.Errorf("%s: %s does not show its count", lang, k)
			}
		}
	}
}

func TestNPicksTheForm(t *testing.T) {
	c := New(English)
	if got := c.N(Minutes, 1); got != "1 minute" {
		t.Errorf("N(1) = %q", got)
	}
	if got := c.N(Minutes, 7); got != "7 minutes" {
		t.Errorf("N(7) = %q", got)
	}
	if got := c.N(Minutes, 0); got != "0 minutes" {
		t.Errorf("N(0) = %q", got)
	}
	if got := c.T("no.such.key"); got != "[no.such.key]" {
		t.Errorf("a missing key shows as %q", got)
	}
	if New("xx").Lang() != English {
		t.Error("an unknown language does not fall back to English")
	}
}
