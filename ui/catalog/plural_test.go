package catalog

import (
	"regexp"
	"strings"
	"testing"
)

// countedNoun is a number followed by a word: "%d minutes", "%[2]d of".
var countedNoun = regexp.MustCompile(`%(\[\d+\])?d\s+(\p{L}+)`)

// notNouns are the words that may follow a number in any message: they
// do not change with it ("3 of 5", "seat 2 ·").
var notNouns = map[string]bool{
	"of": true, "av": true, "to": true, "til": true, "or": true, "eller": true,
	"and": true, "og": true, "min": true,
	// Words that say what was done, not what is counted.
	"read": true, "lest": true, "present": true, "sent": true, "meldte": true,
}

// Every message where a number meets a noun has plural forms, so no
// screen ever says "1 minutes". A message that counts without plural
// forms fails here.
func TestCountedNounsHavePluralForms(t *testing.T) {
	for _, lang := range Languages() {
		c := New(lang)
		for _, k := range c.Keys() {
			s, _ := c.Raw(k)
			if strings.HasSuffix(string(k), "#one") || strings.HasSuffix(string(k), "#other") {
				continue
			}
			for _, m := range countedNoun.FindAllStringSubmatch(s, -1) {
				if !notNouns[strings.ToLower(m[2])] {
					t.Errorf("%s: %s says %q without plural forms: %q", lang, k, m[0], s)
				}
			}
		}
	}
}
