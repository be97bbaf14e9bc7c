package catalog

import (
	"slices"
	"strings"
	"testing"

	"circle/rules"
)

// contentKeys lists the catalog key of every rule, prompt and cue that
// package rules knows.
func contentKeys() []Key {
	var ks []Key
	for _, r := range rules.Defaults() {
		ks = append(ks, Rule(r.ID))
	}
	for _, p := range rules.Prompts() {
		ks = append(ks, Prompt(p.ID))
	}
	for _, id := range rules.Cues() {
		ks = append(ks, Cue(id))
	}
	return ks
}

func TestContentEnglish(t *testing.T) {
	c := New(English)
	for _, k := range contentKeys() {
		t.Run(string(k), func(t *testing.T) {
			s, ok := c.Raw(k)
			if !ok {
				t.Fatalf("no English text for %s", k)
			}
			if strings.TrimSpace(s) == "" {
				t.Fatalf("empty English text for %s", k)
			}
			if s != strings.TrimSpace(s) {
				t.Errorf("%s has leading or trailing space: %q", k, s)
			}
		})
	}
}

// TestContentNoOrphans keeps the content map in step with package rules: a
// key that no rule, prompt or cue uses is a typo or a leftover.
func TestContentNoOrphans(t *testing.T) {
	known := map[Key]bool{}
	for _, k := range contentKeys() {
		known[k] = true
	}
	for k := range enContent {
		if !IsContent(k) {
			t.Errorf("%s is in enContent but is not a rule, prompt or cue key", k)
		}
		if !known[k] {
			t.Errorf("%s is in enContent but package rules has no such id", k)
		}
	}
}

// TestContentNoPercent: content strings go through fmt, where a stray %
// would turn into noise such as %!d(MISSING). It checks the text of every
// id package rules knows, in every language, and everything in enContent.
func TestContentNoPercent(t *testing.T) {
	keys := contentKeys()
	for k := range enContent {
		if !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	for _, lang := range Languages() {
		c := New(lang)
		for _, k := range keys {
			s, ok := c.Raw(k)
			if !ok {
				continue // TestContentEnglish reports missing text
			}
			if strings.Contains(s, "%") {
				t.Errorf("%s: %s contains %%: %q", lang, k, s)
			}
			if got := c.F(k); got != s {
				t.Errorf("%s: %s does not format to itself: %q", lang, k, got)
			}
		}
	}
}

// Every theme of the study has its name, as the prompts name it, in both
// languages, and no two themes share one.
func TestEveryThemeHasAName(t *testing.T) {
	for _, lang := range Languages() {
		c := New(lang)
		seen := map[string]bool{}
		for _, th := range rules.Themes() {
			k := SoloTheme(string(th))
			if !c.Has(k) {
				t.Errorf("%s: no name for the theme %s", lang, th)
			}
			if seen[c.T(k)] {
				t.Errorf("%s: two themes are called %q", lang, c.T(k))
			}
			seen[c.T(k)] = true
		}
	}
}
