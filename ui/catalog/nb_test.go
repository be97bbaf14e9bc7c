package catalog

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// argVerbs lists a format's verbs by the argument each formats, sorted:
// "%s %[1]d" gives ["1:%s", "1:%d"] after sorting. Verbs without an index
// take the argument after the one before, as fmt counts them; %% takes none.
func argVerbs(s string) []string {
	var out []string
	arg := 1
	for _, m := range verbRE.FindAllStringSubmatch(s, -1) {
		v := m[0]
		if v == "%%" {
			continue
		}
		if idx := m[1]; idx != "" {
			n, err := strconv.Atoi(idx[1 : len(idx)-1])
			if err != nil {
				panic(err)
			}
			arg = n
			v = strings.Replace(v, idx, "", 1)
		}
		out = append(out, fmt.Sprintf("%d:%s", arg, v))
		arg++
	}
	slices.Sort(out)
	return out
}

func TestArgVerbs(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"%d of %d", []string{"1:%d", "2:%d"}},
		{"%[2]d av %[1]d", []string{"1:%d", "2:%d"}},
		{"%[2]s %s", []string{"2:%s", "3:%s"}},
		{"%-10s  %3d/%-3d 100%%", []string{"1:%-10s", "2:%3d", "3:%-3d"}},
		{"%[1]s %[2]d. %[3]s %[4]d", []string{"1:%s", "2:%d", "3:%s", "4:%d"}},
		{"no verbs", nil},
	} {
		if got := argVerbs(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("argVerbs(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	// Reordering with indexes keeps the arguments; swapping verbs does not.
	if !slices.Equal(argVerbs("%s is %d"), argVerbs("%[2]d er %[1]s")) {
		t.Error("explicit indexes are not read as the same arguments")
	}
	if slices.Equal(argVerbs("%s is %d"), argVerbs("%d er %s")) {
		t.Error("swapped verbs are read as the same arguments")
	}
}

// TestLanguagesHaveTheSameKeys: every string, rule, prompt and cue exists in
// every language, plural forms included, and no language has a key the
// others lack.
func TestLanguagesHaveTheSameKeys(t *testing.T) {
	en := New(English)
	for _, lang := range Languages() {
		c := New(lang)
		for _, k := range en.Keys() {
			if !c.Has(k) {
				t.Errorf("%s: no text for %s", lang, k)
			}
		}
		for _, k := range c.Keys() {
			if !en.Has(k) {
				t.Errorf("%s: %s has no English text", lang, k)
			}
		}
	}
}

// TestPlaceholdersMatchAcrossLanguages: a string formats the same arguments
// with the same verbs in every language; only the order may change, with
// explicit indexes.
func TestPlaceholdersMatchAcrossLanguages(t *testing.T) {
	en := New(English)
	for _, lang := range Languages() {
		c := New(lang)
		for _, k := range en.Keys() {
			want, _ := en.Raw(k)
			got, ok := c.Raw(k)
			if !ok {
				continue // TestLanguagesHaveTheSameKeys reports it
			}
			if w, g := argVerbs(want), argVerbs(got); !slices.Equal(w, g) {
				t.Errorf("%s: %s formats %v, English %v:\n  %q", lang, k, g, w, got)
			}
		}
	}
}

// sameInBokmal lists the keys whose Bokmål text is rightly the English one:
// names, the version line, the history row (numbers only), "ok", which
// is Norwegian too, and the accessible mode's sentence frames, which are
// only punctuation around translated parts.
var sameInBokmal = map[Key]bool{
	AppName:           true,
	CLIVersion:        true,
	CLIHistoryRow:     true,
	CLICheckOK:        true,
	CLIArgPath:        true, // what one types, as in the help before the command table
	AccessibleAsk:     true,
	AccessibleTurn:    true,
	SoloSayTheme:      true,
	HelpSpan:          true, // two numbers
	HistorySayMeeting: true, // a sentence frame
}

func TestBokmalIsTranslated(t *testing.T) {
	en, nb := New(English), New(Bokmal)
	for _, k := range nb.Keys() {
		s, _ := nb.Raw(k)
		e, _ := en.Raw(k)
		base := Key(strings.TrimSuffix(strings.TrimSuffix(string(k), "#one"), "#other"))
		switch {
		case strings.TrimSpace(s) == "":
			t.Errorf("%s is empty", k)
		case s != strings.TrimSpace(s) && !strings.HasSuffix(s, "\n"):
			t.Errorf("%s has leading or trailing space: %q", k, s)
		case s == e && !sameInBokmal[base]:
			t.Errorf("%s is the English text %q", k, s)
		case s != e && sameInBokmal[base]:
			t.Errorf("%s is allowed to be the English text but is not; take it off the list", k)
		}
		// Norwegian quotes are «», and a straight quote in a string read
		// aloud is a leftover from the English.
		if strings.Contains(s, `"`) {
			t.Errorf("%s has a straight quote: %q", k, s)
		}
	}
}

// englishWords are common English words that have no business in Bokmål
// text; none of them is a Norwegian word that the catalog uses.
var englishWords = []string{
	"the", "and", "you", "your", "meeting", "turn", "press", "please",
	"is", "not", "of", "with", "it", "left", "round", "saved", "break",
	"seat", "sharing", "facilitator", "rules", "yes", "no",
}

// englishWordsAllowed lists, per key, the English words a Bokmål string
// must keep: commands the user types, which are the same in every language.
var englishWordsAllowed = map[Key][]string{
	HandoverCardRules:     {"rules"}, // circle rules export
	MeetingCardRulesGroup: {"rules"}, // circle rules export --group
	CLIManOtherEnv:        {"no"},    // NO_COLOR
	CLINoAnswer:           {"yes"},   // the option --yes
}

// sampleArgs fills a format's arguments with Norwegian-looking values.
func sampleArgs(s string) []any {
	var args []any
	for _, v := range argVerbs(s) {
		n, _ := strconv.Atoi(v[:strings.IndexByte(v, ':')])
		for len(args) < n {
			args = append(args, nil)
		}
		if strings.HasSuffix(v, "d") {
			args[n-1] = 7
		} else {
			args[n-1] = "Plass 2"
		}
	}
	return args
}

func TestBokmalHasNoEnglishWords(t *testing.T) {
	nb := New(Bokmal)
	for _, k := range nb.Keys() {
		raw, _ := nb.Raw(k)
		text := nb.F(k, sampleArgs(raw)...)
		if strings.Contains(text, "%!") {
			t.Errorf("%s does not render: %q", k, text)
		}
		words := " " + strings.Join(strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
			return !unicode.IsLetter(r)
		}), " ") + " "
		for _, w := range englishWords {
			if strings.Contains(words, " "+w+" ") && !slices.Contains(englishWordsAllowed[k], w) {
				t.Errorf("%s has the English word %q: %q", k, w, text)
			}
		}
	}
}

// TestHistoryHeaderLinesUp: each word of the history header starts or ends
// where its column does, in every language.
func TestHistoryHeaderLinesUp(t *testing.T) {
	for _, lang := range Languages() {
		c := New(lang)
		row := c.F(CLIHistoryRow, "2026-11-25", 95, 120, 8, 24, c.T(CLIYes))
		cols, heads := spans(row), spans(c.T(CLIHistoryHeader))
		if len(cols) != len(heads) {
			t.Errorf("%s: %d header words for %d columns:\n%s\n%s", lang, len(heads), len(cols), c.T(CLIHistoryHeader), row)
			continue
		}
		for i := range cols {
			if heads[i][0] != cols[i][0] && heads[i][1] != cols[i][1] {
				t.Errorf("%s: header word %d is not over its column:\n%s\n%s", lang, i+1, c.T(CLIHistoryHeader), row)
			}
		}
	}
}

// spans lists the [start, end) rune columns of the words of s.
func spans(s string) [][2]int {
	var out [][2]int
	start := -1
	rs := []rune(s + " ")
	for i, r := range rs {
		switch {
		case r != ' ' && start < 0:
			start = i
		case r == ' ' && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	return out
}
