package rules_test

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf16"

	. "circle/rules"

	"github.com/google/go-cmp/cmp"
)

// defaultTexts are the English default rules as the catalog words them
// (rules imports nothing of circle's, so they are copied here): the kind of
// text a group starts from.
var defaultTexts = []string{
	"What is said in the group stays in the group.",
	"One person speaks at a time. We listen without interrupting.",
	`We speak from our own experience and say "I". When someone has shared, we tell them how their story touched us.`,
	`We do not console or give advice unless we are asked. We share pain rather than try to take it away. If you want to offer comfort, ask first, for example: "Do you want a hug?"`,
	"We give feedback in turn and with respect: what we recognised, and how it affects us.",
	"Anyone may pass. Say no more than you are ready to.",
	"We work on what lies behind our troubles, rather than going over the same complaints. We stay in the here and now, and look forward.",
	"If you cannot come, or want to leave the group, let the group know.",
	"A meeting lasts two hours at most, breaks included.",
	"We share the leading. Someone new facilitates each time, and no one leads for good.",
	"Our rules change only when everyone agrees.",
}

func export(t testing.TB, l List) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Export(&b, l); err != nil {
		t.Fatalf("Export: %v", err)
	}
	return b.Bytes()
}

func importString(s string) (List, error) {
	return Import(strings.NewReader(s), "rules.txt")
}

// numbered builds a file body of n rules, numbered from 1.
func numbered(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d. Rule number %d.\n", i, i)
	}
	return b.String()
}

func numberedList(n int) []string {
	var rs []string
	for i := 1; i <= n; i++ {
		rs = append(rs, fmt.Sprintf("Rule number %d.", i))
	}
	return rs
}

// utf16LE is what Notepad writes for "Save as: Unicode".
func utf16LE(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func utf16BE(s string) []byte {
	b := []byte{0xFE, 0xFF}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return b
}

// norwegian is a group's own list in Norwegian with an emoji, exported.
var norwegian = List{
	Group: "Tirsdagsgruppa på Øvre Årstad 🌱",
	Rules: []string{
		"Det som blir sagt i gruppa, blir i gruppa.",
		"Én snakker om gangen. Vi lytter uten å avbryte.",
		"Vi gir ikke råd uten at noen ber om det – spør først: «Vil du ha en klem?» 🤗",
		"Alle kan stå over. Si ikke mer enn du er klar for.",
	},
}

const norwegianFile = `# circle ground rules
# One rule per line, numbered 1, 2, 3 in the order they are read.
# Lines starting with # are comments. The group line names the group, never a member.
group: Tirsdagsgruppa på Øvre Årstad 🌱

1. Det som blir sagt i gruppa, blir i gruppa.
2. Én snakker om gangen. Vi lytter uten å avbryte.
3. Vi gir ikke råd uten at noen ber om det – spør først: «Vil du ha en klem?» 🤗
4. Alle kan stå over. Si ikke mer enn du er klar for.
# end: 4 rules
`

func TestExportExact(t *testing.T) {
	got := export(t, norwegian)
	if diff := cmp.Diff(norwegianFile, string(got)); diff != "" {
		t.Errorf("Export (-want +got):\n%s", diff)
	}
	l, err := Import(bytes.NewReader(got), "tirsdag.txt")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(norwegian, l); diff != "" {
		t.Errorf("Import(Export(l)) (-want +got):\n%s", diff)
	}
	if again := export(t, l); !bytes.Equal(again, got) {
		t.Errorf("second export differs:\n%s", again)
	}
}

func TestRoundTrip(t *testing.T) {
	long := strings.Repeat("å", MaxRuleLen)
	for _, tc := range []struct {
		name string
		l    List
	}{
		{"defaults", List{"Tuesday group", defaultTexts}},
		{"norwegian and emoji", norwegian},
		{"one rule", List{"G", []string{"x"}}},
		{"most rules", List{"Thirty", numberedList(MaxRules)}},
		{"longest texts", List{strings.Repeat("ø", MaxGroupLen), []string{long, long}}},
		{"texts that look like format", List{
			"group: # not a comment",
			[]string{"# not a comment", "2. not rule two", "group: not the group", "3)", "inner  spaces,\u00a0kept"},
		}},
		{"zero-width joiner emoji", List{"Familie 👨‍👩‍👧", []string{"Vi møtes 🧑‍🤝‍🧑 hver tirsdag."}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first := export(t, tc.l)
			l, err := Import(bytes.NewReader(first), "rules.txt")
			if err != nil {
				t.Fatalf("Import: %v\n%s", err, first)
			}
			if diff := cmp.Diff(tc.l, l); diff != "" {
				t.Errorf("Import(Export(l)) (-want +got):\n%s", diff)
			}
			if second := export(t, l); !bytes.Equal(first, second) {
				t.Errorf("Export(Import(Export(l))) differs:\n%s\n----\n%s", first, second)
			}
		})
	}
}

func TestImportAccepts(t *testing.T) {
	want := List{"Tuesday group", []string{"What is said here stays here.", "One voice at a time.", "Anyone may pass."}}
	plain := "# circle ground rules\ngroup: Tuesday group\n\n1. What is said here stays here.\n2. One voice at a time.\n3. Anyone may pass.\n"
	crlf := strings.ReplaceAll(plain, "\n", "\r\n")
	for _, tc := range []struct {
		name string
		file []byte
		want List
	}{
		{"plain", []byte(plain), want},
		{"CRLF (Notepad)", []byte(crlf), want},
		{"BOM (Notepad)", []byte("\uFEFF" + plain), want},
		{"BOM and CRLF", []byte("\uFEFF" + crlf), want},
		{"CR only", []byte(strings.ReplaceAll(plain, "\n", "\r")), want},
		{"UTF-16 little endian (Notepad Unicode)", utf16LE(crlf), want},
		{"UTF-16 big endian", utf16BE(crlf), want},
		{"no comments", []byte("group: Tuesday group\n1. What is said here stays here.\n2. One voice at a time.\n3. Anyone may pass.\n"), want},
		{"closing line", []byte(plain + "# end: 3 rules\n"), want},
		{"closing line without its line break", []byte(plain + "# end: 3 rules"), want},
		{"closing line in any case and spacing", []byte(plain + "  #END:3   Rules \r\n"), want},
		{"closing line then comments and blank lines", []byte(plain + "# end: 3 rules\n\n# kept since March\n  \n"), want},
		{"closing line of one rule", []byte("group: G\n1. x\n# end: 1 rule\n"), List{"G", []string{"x"}}},
		// Cut inside its own line, the closing line is only a comment, and
		// every rule before it is whole.
		{"closing line cut short", []byte("group: G\n" + numbered(11) + "# end: 1"), List{"G", numberedList(11)}},
		{"closing line of 30 rules", []byte("group: G\n" + numbered(MaxRules) + "# end: 30 rules\n"), List{"G", numberedList(MaxRules)}},
		{"closing line with leading zeros", []byte(plain + "# end: 003 rules\n"), want},
		{"closing line of six digits", []byte(plain + "# end: 000003 rules\n"), want},
		{"a count of seven digits is a comment", []byte(plain + "# end: 0000002 rules\n"), want},
		{"a last comment without a line break", []byte(plain + "# the end"), want},
		{"a last blank line without a line break", []byte(plain + "   "), want},
		{"comments that are not the closing line", []byte(plain + "# end\n# end: of the list\n# end: 3\n# end: 3 rules agreed\n# end: three rules\n# end: 1234567 rules\n#end:rules\n"), want},
		{"trailing spaces and tabs", []byte("group: Tuesday group  \t\n1. What is said here stays here. \n2. One voice at a time.\t\n3. Anyone may pass.   \r\n"), want},
		{"indented lines", []byte("  # note\n\tgroup: Tuesday group\n   1. What is said here stays here.\n 2.   One voice at a time.\n\t3.\tAnyone may pass.\n"), want},
		{"blank lines and comments between rules", []byte("\n\n# Our rules, agreed 3 March.\ngroup: Tuesday group\n\n1. What is said here stays here.\n\n# We talked a lot about this one:\n2. One voice at a time.\n   \n#3. An old rule we dropped.\n3. Anyone may pass.\n\n\n# end\n"), want},
		{"comment in any language and bytes", []byte("# Våre regler – vedtatt i mars 🌱\n# Windows-1252 in a comment: \xf8\xe6\n# bell \a\n" + plain), want},
		{"parenthesis numbers", []byte("group: Tuesday group\n1) What is said here stays here.\n2) One voice at a time.\n3. Anyone may pass.\n"), want},
		{"no space after number", []byte("group: Tuesday group\n1.What is said here stays here.\n2)One voice at a time.\n3.Anyone may pass.\n"), want},
		{"leading zeros", []byte("group: Tuesday group\n01. What is said here stays here.\n02. One voice at a time.\n03. Anyone may pass.\n"), want},
		{"group line last", []byte("1. What is said here stays here.\n2. One voice at a time.\n3. Anyone may pass.\ngroup: Tuesday group\n"), want},
		{"group key in capitals, space before colon", []byte("GROUP : Tuesday group\n" + "1. What is said here stays here.\n2. One voice at a time.\n3. Anyone may pass.\n"), want},
		{"stray BOM on a joined line", []byte("group: Tuesday group\n\uFEFF1. What is said here stays here.\n2. One voice at a time.\n3. Anyone may pass.\n"), want},
		{"no-break space at the end", []byte("group: Tuesday group\u00a0\n1. What is said here stays here.\n2. One voice at a time.\n3. Anyone may pass.\u00a0\n"), want},
		{"hash and colon inside text", []byte("group: Room #2: Tuesdays\n1. Rule # one: kept.\n"), List{"Room #2: Tuesdays", []string{"Rule # one: kept."}}},
		{"30 rules", []byte("group: G\n" + numbered(MaxRules)), List{"G", numberedList(MaxRules)}},
		{"300 characters and 60 in the name", []byte("group: " + strings.Repeat("æ", MaxGroupLen) + "\n1. " + strings.Repeat("ø", MaxRuleLen) + "\n"),
			List{strings.Repeat("æ", MaxGroupLen), []string{strings.Repeat("ø", MaxRuleLen)}}},
		// Characters outside the BMP are surrogate pairs in UTF-16.
		{"UTF-16 with an emoji", utf16LE("group: Tirsdag 🌱\r\n1. Vi lytter 🙂 uten å avbryte.\r\n"),
			List{"Tirsdag 🌱", []string{"Vi lytter 🙂 uten å avbryte."}}},
		{"UTF-16 big endian with an emoji", utf16BE("group: 🌱\n1. 🙂\n"), List{"🌱", []string{"🙂"}}},
		{"exactly the largest file", []byte(strings.Repeat("#", MaxFileBytes-len(plain)-1) + "\n" + plain), want},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Import(bytes.NewReader(tc.file), "rules.txt")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Import (-want +got):\n%s", diff)
			}
		})
	}
}

func TestImportRejects(t *testing.T) {
	const g = "group: Tuesday group\n"
	for _, tc := range []struct {
		name string
		file string
		line int
		msg  string // a key phrase of Msg
	}{
		{"empty file", "", 0, "there are no rules in the file"},
		{"only comments and group", "# circle ground rules\n" + g + "\n", 0, "there are no rules in the file"},
		{"no group line", "# rules\n1. One.\n2. Two.\n", 0, `there is no group: line, like "group: Tuesday group"`},
		{"two group lines", g + "1. One.\ngroup: Wednesday group\n", 3, "a second group: line (the first is on line 1)"},
		{"empty group name", "group:\n1. One.\n", 1, "the group name is empty"},
		{"blank group name", "group:   \r\n1. One.\n", 1, "the group name is empty"},
		{"group name too long", "group: " + strings.Repeat("æ", MaxGroupLen+1) + "\n1. One.\n", 1, "the group name is too long: 61 characters, at most 60"},
		{"control character in group name", "group: Tues\x00day\n1. One.\n", 1, "the group name has a control character in it (U+0000)"},
		{"group name not UTF-8", "group: Tirsdagsgruppa p\xe5 \xd8vre\n1. One.\n", 1, "this line is not UTF-8 text"},
		{"gap", g + "1. One.\n2. Two.\n3. Three.\n\n5. Five.\n", 6, "rule 4 is missing: the numbers go 3, 5"},
		{"two missing", g + "1. One.\n4. Four.\n", 3, "rules 2 and 3 are missing: the numbers go 1, 4"},
		{"many missing", g + "1. One.\n2. Two.\n3. Three.\n7. Seven.\n", 5, "rules 4 to 6 are missing: the numbers go 3, 7"},
		{"first is not 1", g + "2. Two.\n", 2, "rule 1 is missing: the first rule is numbered 2"},
		{"starts at 0", g + "0. Zero.\n1. One.\n", 2, "rule numbers start at 1, not 0"},
		{"inserted without renumbering", g + "1. One.\n2. Two.\n2. New.\n3. Three.\n", 4, "there are two rules numbered 2"},
		{"out of order", g + "1. One.\n2. Two.\n3. Three.\n1. One again.\n", 5, "rule 1 comes after rule 3: number the rules 1, 2, 3 in order"},
		{"number far too high", g + "1. One.\n45. Forty-five.\n", 3, "rule 45 comes after rule 1"},
		{"huge number", g + "99999999999999999999999. Big.\n", 2, "the first rule is numbered 99999999999999999999999"},
		{"31 rules", g + numbered(MaxRules+1), 32, "more than 30 rules: a group can have at most 30"},
		{"rule too long", g + "1. " + strings.Repeat("ø", MaxRuleLen+1) + "\n", 2, "rule 1 is too long: 301 characters, at most 300"},
		{"empty rule", g + "1. One.\n2.\n", 3, "rule 2 is empty"},
		{"empty rule with spaces", g + "1.   \r\n", 2, "rule 1 is empty"},
		{"not UTF-8 (Notepad ANSI)", g + "1. Vi m\xf8tes p\xe5 tirsdager.\n", 2, "this line is not UTF-8 text: save the file with the encoding UTF-8"},
		{"control character", g + "1. One.\n2. Two\a bells.\n", 3, "rule 2 has a control character in it (U+0007)"},
		{"NUL", g + "1. On\x00e.\n", 2, "rule 1 has a control character in it (U+0000)"},
		{"tab inside", g + "1. One\tvoice.\n", 2, "rule 1 has a tab in it: use spaces"},
		{"vertical tab inside", g + "1. One\vvoice.\n", 2, "rule 1 has a line break in it"},
		{"line separator inside", g + "1. One\u2028voice.\n", 2, "rule 1 has a line break in it"},
		{"rule wrapped onto two lines", g + "1. What is said in the group\nstays in the group.\n", 3, `this line is not a rule, a comment or the group: line`},
		{"group name without key", "Tuesday group\n1. One.\n", 1, "this line is not a rule, a comment or the group: line"},
		{"unknown key", g + "language: nb\n1. One.\n", 2, "this line is not a rule, a comment or the group: line"},
		{"number without marker", g + "1 One.\n", 2, "this line is not a rule, a comment or the group: line"},
		{"bare number", g + "1\n", 2, "this line is not a rule, a comment or the group: line"},
		{"other marker", g + "1: One.\n", 2, "this line is not a rule, a comment or the group: line"},
		{"digit after marker", g + "1. One.\n2.5 hours at most.\n", 3, `put a space after "2."`},
		// The ends of the digits: "2.0 hours" and "2)9 people" are no
		// rules numbered 2 with the text "0 hours" or "9 people".
		{"0 after marker", g + "1. One.\n2.0 hours at most.\n", 3, `put a space after "2."`},
		{"9 after marker", g + "1. One.\n2)9 people at most.\n", 3, `put a space after "2)"`},
		{"first error wins", g + "1. One.\n3. Three.\n4.\n", 3, "rule 2 is missing"},
		{"damaged UTF-16", string(utf16LE(g + "1. One.\n")[:9]), 0, "the file is saved as UTF-16 but is damaged"},
		{"half surrogate at the end of UTF-16", string(append(utf16LE(g+"1. One "), 0x3D, 0xD8)), 0, "the file is saved as UTF-16 but is damaged"},
		{"only a UTF-16 byte order mark", "\xFF\xFE", 0, "there are no rules in the file"},
		{"only a UTF-16 big-endian byte order mark", "\xFE\xFF", 0, "there are no rules in the file"},
		// Characters whose bytes are nearly a UTF-8 byte order mark are
		// kept, so the line is no rule: U+2EFF is E2 BB BF, U+FFFF EF BF
		// BF, U+FEFE EF BB BE.
		{"U+2EFF before a rule", "\u2EFF" + g + "1. One.\n", 1, "this line is not a rule"},
		{"U+FFFF before a rule", "\uFFFF" + g + "1. One.\n", 1, "this line is not a rule"},
		{"U+FEFE before a rule", "\uFEFE" + g + "1. One.\n", 1, "this line is not a rule"},
		{"a gap up to the largest number", g + "1. One.\n30. Thirty.\n", 3, "rules 2 to 29 are missing: the numbers go 1, 30"},
		{"half surrogate in UTF-16", string(append(utf16LE(g+"1. One "), 0x3D, 0xD8, '.', 0)), 0, "the file is saved as UTF-16 but is damaged"},
		{"too large", g + "1. One.\n" + strings.Repeat("# padding\n", MaxFileBytes/10+1), 0, "the file is too large"},
		// A file cut short: in the middle of a line, or with its closing
		// line counting rules it no longer has.
		{"cut in the middle of a rule", g + "1. One.\n2. Two vo", 3, "the file ends in the middle of this line (no line break after it), so it may have been cut short"},
		{"cut after a whole rule but its line break", g + "1. One.\n2. Two.", 3, "the file ends in the middle of this line"},
		{"cut in the group line", "# circle ground rules\ngroup: Tues", 2, "the file ends in the middle of this line"},
		{"cut with CRLF", strings.ReplaceAll(g+"1. One.\n2. Tw", "\n", "\r\n"), 3, "the file ends in the middle of this line"},
		{"cut in UTF-16", string(utf16LE(g + "1. One.\r\n2. Tw")), 3, "the file ends in the middle of this line"},
		{"closing line counts more", g + "1. One.\n2. Two.\n# end: 3 rules\n", 4, "the end: line says 3, but 2 rules come before it"},
		{"closing line counts fewer", g + "1. One.\n2. Two.\n# end: 1 rule\n", 4, "the end: line says 1, but 2 rules come before it"},
		{"closing line with no rules", g + "# end: 0 rules\n1. One.\n", 3, "this line comes after the end: line (line 2)"},
		{"a rule after the closing line", g + "1. One.\n# end: 1 rule\n2. Two.\n", 4, "this line comes after the end: line (line 3): move it above that line, or delete the end: line"},
		{"the group after the closing line", "1. One.\n# end: 1 rule\n\n" + g, 4, "this line comes after the end: line (line 2)"},
		{"two files joined", g + "1. One.\n# end: 1 rule\n" + g + "1. One.\n# end: 1 rule\n", 4, "this line comes after the end: line (line 3)"},
		{"closing line counting 9", g + "1. One.\n2. Two.\n# end: 9 rules\n", 4, "the end: line says 9, but 2 rules come before it"},
		{"closing line of six digits", g + "1. One.\n2. Two.\n# END: 000003 Rules\n", 4, "the end: line says 3, but 2 rules come before it"},
		{"a second closing line that counts wrong", g + "1. One.\n# end: 1 rule\n# end: 2 rules\n", 4, "the end: line says 2, but 1 rules come before it"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := importString(tc.file)
			var ie *ImportError
			if !errors.As(err, &ie) {
				t.Fatalf("Import = %+v, %v; want an *ImportError", l, err)
			}
			if l.Group != "" || l.Rules != nil {
				t.Errorf("Import returned a partial list %+v with its error", l)
			}
			if ie.File != "rules.txt" || ie.Line != tc.line || !strings.Contains(ie.Msg, tc.msg) {
				t.Errorf("got  %s (file %q, line %d)\nwant rules.txt:%d: ...%s...", ie, ie.File, ie.Line, tc.line, tc.msg)
			}
			want := fmt.Sprintf("rules.txt:%d: %s", ie.Line, ie.Msg)
			if ie.Line == 0 {
				want = "rules.txt: " + ie.Msg
			}
			if err.Error() != want {
				t.Errorf("Error() = %q, want %q", err.Error(), want)
			}
		})
	}
}

func TestImportReadError(t *testing.T) {
	boom := errors.New("disk gone")
	_, err := Import(iotest.ErrReader(boom), "rules.txt")
	if !errors.Is(err, boom) {
		t.Errorf("Import = %v, want it to wrap %v", err, boom)
	}
	var ie *ImportError
	if errors.As(err, &ie) {
		t.Errorf("a read failure is not a problem in the file, got %#v", ie)
	}
}

func TestExportRejects(t *testing.T) {
	for _, tc := range []struct {
		name string
		l    List
		msg  string
	}{
		{"no rules", List{"G", nil}, "there are no rules"},
		{"too many rules", List{"G", numberedList(MaxRules + 1)}, "more than 30 rules"},
		{"empty group", List{"", []string{"One."}}, "the group name is empty"},
		{"group too long", List{strings.Repeat("x", MaxGroupLen+1), []string{"One."}}, "the group name is too long"},
		{"group with newline", List{"Tues\nday", []string{"One."}}, "the group name has a line break in it"},
		{"empty rule", List{"G", []string{"One.", ""}}, "rule 2 is empty"},
		{"rule too long", List{"G", []string{strings.Repeat("x", MaxRuleLen+1)}}, "rule 1 is too long"},
		{"rule with newline", List{"G", []string{"One.\n2. Smuggled."}}, "rule 1 has a line break in it"},
		{"rule with CR", List{"G", []string{"One.\r"}}, "rule 1 starts or ends with white space"},
		{"rule with leading space", List{"G", []string{" One."}}, "rule 1 starts or ends with white space"},
		{"rule with trailing space", List{"G", []string{"One. "}}, "rule 1 starts or ends with white space"},
		{"rule with control character", List{"G", []string{"One\x1b[31m."}}, "rule 1 has a control character in it (U+001B)"},
		{"rule not UTF-8", List{"G", []string{"m\xf8te"}}, "rule 1 is not UTF-8 text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			err := Export(&b, tc.l)
			if err == nil || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("Export = %v, want an error with %q", err, tc.msg)
			}
			if b.Len() != 0 {
				t.Errorf("Export wrote %q before failing", b.String())
			}
		})
	}
}

// TestEditedByHand exports a list, then edits it the way a starter would in
// Notepad: a new rule typed in as number 3, the rules after it renumbered by
// hand, a comment added, the file saved with CRLF and a byte order mark.
func TestEditedByHand(t *testing.T) {
	l := List{Group: "Tuesday group", Rules: defaultTexts[:5]}
	lines := strings.Split(string(export(t, l)), "\n")

	num := regexp.MustCompile(`^(\d+)\. `)
	var edited []string
	for _, line := range lines {
		if m := num.FindStringSubmatch(line); m != nil {
			var n int
			fmt.Sscan(m[1], &n)
			if n == 3 {
				edited = append(edited, "# Added at the meeting on 4 March:", "3. We start and end on time.")
			}
			if n >= 3 {
				line = fmt.Sprintf("%d. %s  ", n+1, line[len(m[0]):]) // trailing spaces, as typed
			}
		}
		edited = append(edited, line)
	}
	file := "\uFEFF" + strings.Join(edited, "\r\n")
	// A rule added by hand, with the count not yet corrected: refused
	// where the count is, saying what to do.
	_, err := Import(strings.NewReader(file), "Tuesday rules.txt")
	var ie *ImportError
	if !errors.As(err, &ie) || ie.Line != 13 || !strings.Contains(ie.Msg, "the end: line says 5, but 6 rules come before it: if rules were added or taken out by hand, correct the count") {
		t.Fatalf("Import with the count not corrected = %v", err)
	}
	for _, fix := range []string{"# end: 6 rules", "", "# the rules we agreed"} {
		got, err := Import(strings.NewReader(strings.Replace(file, "# end: 5 rules", fix, 1)), "Tuesday rules.txt")
		if err != nil {
			t.Fatalf("%q: %v", fix, err)
		}
		want := List{Group: "Tuesday group", Rules: []string{
			defaultTexts[0], defaultTexts[1], "We start and end on time.",
			defaultTexts[2], defaultTexts[3], defaultTexts[4],
		}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Import of the edited file (-want +got):\n%s", diff)
		}
	}
	file = strings.Replace(file, "# end: 5 rules", "# end: 6 rules", 1)

	got, err := Import(strings.NewReader(file), "Tuesday rules.txt")
	if err != nil {
		t.Fatalf("%v\n%s", err, file)
	}
	want := List{Group: "Tuesday group", Rules: []string{
		defaultTexts[0], defaultTexts[1], "We start and end on time.",
		defaultTexts[2], defaultTexts[3], defaultTexts[4],
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Import of the edited file (-want +got):\n%s", diff)
	}

	// Forgetting to renumber is caught where it happened.
	forgot := strings.Replace(string(export(t, l)), "3. ", "3. We start and end on time.\n3. ", 1)
	_, err = Import(strings.NewReader(forgot), "Tuesday rules.txt")
	if !errors.As(err, &ie) || ie.Line != 9 || !strings.Contains(ie.Msg, "two rules numbered 3") {
		t.Errorf("Import without renumbering = %v, want Tuesday rules.txt:9: there are two rules numbered 3", err)
	}
}

// FuzzRoundTrip feeds arbitrary bytes to Import, as a file and as a list.
// As a file: Import must not panic, must fail with an *ImportError that
// points into the file, or return a list that exports and re-imports to an
// equal list and the same bytes. As a list (first line the group, the rest
// rules): whatever Export accepts, Import must give back unchanged.
func FuzzRoundTrip(f *testing.F) {
	var b bytes.Buffer
	Export(&b, List{"Tuesday group", defaultTexts})
	f.Add(b.Bytes())
	f.Add(bytes.ReplaceAll(append([]byte("\uFEFF"), b.Bytes()...), []byte("\n"), []byte("\r\n")))
	f.Add(utf16LE(b.String()))
	f.Add([]byte(norwegianFile))
	f.Add([]byte("Tuesday group\n" + strings.Join(defaultTexts, "\n")))
	f.Add([]byte("group: G\n1) a\n2.b\n 03. c \t\n#x\n"))
	f.Add([]byte("group: G\n1. a\n3. c\n"))
	f.Add([]byte("group: G\n2.5 x\n"))

	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Import(bytes.NewReader(data), "f.txt")
		if err != nil {
			var ie *ImportError
			if !errors.As(err, &ie) {
				t.Fatalf("not an *ImportError: %v", err)
			}
			breaks := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r"))
			if ie.File != "f.txt" || ie.Line < 0 || ie.Line > breaks+1 || ie.Msg == "" || strings.ContainsAny(ie.Msg, "\r\n") {
				t.Fatalf("bad error %#v for %q", ie, data)
			}
			if l.Group != "" || l.Rules != nil {
				t.Fatalf("partial list %#v with error %v", l, err)
			}
		} else {
			checkRoundTrip(t, l)
		}

		// The same bytes as a list, to reach lists no file would give.
		parts := strings.Split(string(data), "\n")
		asList := List{Group: parts[0], Rules: parts[1:]}
		var out bytes.Buffer
		if Export(&out, asList) == nil {
			checkRoundTrip(t, asList)
		}
	})
}

// checkRoundTrip checks that l exports, imports back equal, and exports to
// the same bytes again.
func checkRoundTrip(t *testing.T, l List) {
	t.Helper()
	var first, second bytes.Buffer
	if err := Export(&first, l); err != nil {
		t.Fatalf("Export of %#v: %v", l, err)
	}
	back, err := Import(bytes.NewReader(first.Bytes()), "f.txt")
	if err != nil {
		t.Fatalf("Import of exported %q: %v", first.Bytes(), err)
	}
	if !cmp.Equal(l, back) {
		t.Fatalf("round trip changed the list:\n%s", cmp.Diff(l, back))
	}
	if err := Export(&second, back); err != nil || !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatalf("second export differs (%v):\n%q\n%q", err, first.Bytes(), second.Bytes())
	}
}

// A header in other words: each of its lines a comment, blank ones "#",
// and the file reads back as the same list.
func TestExportWithHeader(t *testing.T) {
	l := List{"Tirsdagsgruppa", []string{"Det som blir sagt her, blir her."}}
	var b bytes.Buffer
	if err := ExportWithHeader(&b, l, "circle grunnregler\n\nÉn regel per linje."); err != nil {
		t.Fatal(err)
	}
	want := "# circle grunnregler\n#\n# Én regel per linje.\ngroup: Tirsdagsgruppa\n\n1. Det som blir sagt her, blir her.\n# end: 1 rule\n"
	if b.String() != want {
		t.Fatalf("ExportWithHeader wrote\n%s\nwant\n%s", b.String(), want)
	}
	got, err := Import(&b, "regler.txt")
	if err != nil || !reflect.DeepEqual(got, l) {
		t.Fatalf("Import = %+v, %v; want %+v", got, err, l)
	}
}

// BenchmarkImport reads an exported list of the most rules a group can
// have, each of the longest, as rules import does.
func BenchmarkImport(b *testing.B) {
	rs := make([]string, MaxRules)
	for i := range rs {
		rs[i] = strings.Repeat("å", MaxRuleLen)
	}
	file := export(b, List{"Tirsdagsgruppa", rs})
	b.SetBytes(int64(len(file)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Import(bytes.NewReader(file), "rules.txt"); err != nil {
			b.Fatal(err)
		}
	}
}
