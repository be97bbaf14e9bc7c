// Package catalog holds every user-facing string of circle, by language:
// screen text, messages, ground rules, reflection prompts and the
// facilitator's cues. Views and the command line take their words from here
// and never write a sentence inline.
//
// Strings are fmt formats: placeholders are fmt verbs, with explicit
// argument indexes (%[2]s) where a language needs another word order. A key
// with plural forms has one entry per form, key#one and key#other; both
// languages we ship (English, Norwegian Bokmål) choose between the two the
// same way, so N needs no plural-rule library.
package catalog

import (
	"fmt"
	"slices"
	"strings"
)

// Lang is a language tag.
type Lang string

// The languages circle speaks.
const (
	English Lang = "en"
	Bokmal  Lang = "nb" // Norwegian Bokmål
)

// Key names a string.
type Key string

// Catalog is the strings of one language.
type Catalog struct {
	lang Lang
	msgs map[Key]string
}

var languages = map[Lang]map[Key]string{
	English: merge(
		enUI,
		enContent,
		enCommon,
		enHome,
		enGroup,
		enSetup,
		enResume,
		enMeeting,
		enSummary,
		enCommands,
		enApp,
		enMan,
		enSolo,
		enNotes,
		enRoom,
		enDisplay,
		enCLIHistory,
		enHistory,
	),
	Bokmal: merge(
		nbUI,
		nbContent,
		nbCommon,
		nbHome,
		nbGroup,
		nbSetup,
		nbResume,
		nbMeeting,
		nbSummary,
		nbCommands,
		nbApp,
		nbMan,
		nbSolo,
		nbNotes,
		nbRoom,
		nbDisplay,
		nbCLIHistory,
		nbHistory,
	),
}

func merge(parts ...map[Key]string) map[Key]string {
	m := make(map[Key]string)
	for _, p := range parts {
		for k, v := range p {
			m[k] = v
		}
	}
	return m
}

// New returns the catalog for lang, or the English one if circle does not
// speak lang.
func New(lang Lang) *Catalog {
	msgs, ok := languages[lang]
	if !ok {
		lang, msgs = English, languages[English]
	}
	return &Catalog{lang: lang, msgs: msgs}
}

// Languages lists the languages circle speaks.
func Languages() []Lang {
	ls := make([]Lang, 0, len(languages))
	for l := range languages {
		ls = append(ls, l)
	}
	slices.Sort(ls)
	return ls
}

// Lang returns the catalog's language.
func (c *Catalog) Lang() Lang { return c.lang }

// Has reports whether the catalog has a string for k.
func (c *Catalog) Has(k Key) bool {
	_, ok := c.msgs[k]
	return ok
}

// Keys lists every key of the catalog, sorted.
func (c *Catalog) Keys() []Key {
	ks := make([]Key, 0, len(c.msgs))
	for k := range c.msgs {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// T returns the string for k. A missing key shows as itself in brackets, so
// it is seen in testing rather than hidden; tests keep every key present.
func (c *Catalog) T(k Key) string {
	if s, ok := c.msgs[k]; ok {
		return s
	}
	return "[" + string(k) + "]"
}

// F formats the string for k with args.
func (c *Catalog) F(k Key, args ...any) string { return fmt.Sprintf(c.T(k), args...) }

// N formats the plural form of k that fits n, with n as the first argument.
func (c *Catalog) N(k Key, n int, args ...any) string {
	form := "#other"
	if n == 1 || n == -1 {
		form = "#one"
	}
	return fmt.Sprintf(c.T(k+Key(form)), append([]any{n}, args...)...)
}

// Raw returns the unformatted string for k, for tests that compare
// placeholders across languages.
func (c *Catalog) Raw(k Key) (string, bool) {
	s, ok := c.msgs[k]
	return s, ok
}

// Content keys: the text of a ground rule, prompt or cue is found by its id.

// Rule is the key of the text of the default ground rule with id.
func Rule(id string) Key { return Key("rule." + id) }

// Prompt is the key of the text of the reflection prompt with id.
func Prompt(id string) Key { return Key("prompt." + id) }

// Cue is the key of the facilitator's cue with id.
func Cue(id string) Key { return Key("cue." + id) }

// IsContent reports whether k names a rule, prompt or cue.
func IsContent(k Key) bool {
	s := string(k)
	return strings.HasPrefix(s, "rule.") || strings.HasPrefix(s, "prompt.") || strings.HasPrefix(s, "cue.")
}
