package rules

// A group's own ground rules travel as a plain text file that a person can
// print, or edit in any text editor (Notepad on an old laptop included):
//
//	# circle ground rules
//	# One rule per line, numbered 1, 2, 3 in the order they are read.
//	# Lines starting with # are comments. The group line names the group, never a member.
//	group: Tuesday group
//
//	1. What is said in the group stays in the group.
//	2. One person speaks at a time. We listen without interrupting.
//	# end: 2 rules
//
// The closing line says the file is whole: a file cut short (a copy that
// stopped, a download cut off, head -c) has lost it, or has it with a
// count that is not the file's. Import checks the count when the line is
// there, and refuses a file whose last rule or group line has no line
// break after it, the mark of a file cut in the middle of a line; a file
// written by hand needs no closing line.
//
// Export writes exactly this shape, UTF-8 with "\n" line endings, and never
// wraps a rule, so Import(Export(l)) gives l back unchanged. Import is
// lenient where leniency cannot change a rule: CRLF or CR line endings, a
// byte order mark, a file Notepad saved as "Unicode" (UTF-16), white space
// at either end of a line, blank lines, comments anywhere, "3)" for "3.",
// and "group:" in any case. Everything else that is not a comment, a blank
// line, the group line or a numbered rule is refused with its line number,
// so a rule is never silently dropped, merged or renumbered.

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Limits on a group's list: a page a facilitator can read aloud, and lines
// that fit a screen.
const (
	MaxRules    = 30  // rules in one list
	MaxRuleLen  = 300 // characters (runes) in one rule
	MaxGroupLen = 60  // characters (runes) in the group's name
)

// maxFileBytes bounds what Import reads. A full list is at most about 40 kB
// even in four-byte characters; the rest is room for a starter's comments.
const maxFileBytes = 1 << 20

// List is a group's own ground rules in reading order, with the name the
// group picked for itself (never a member's name).
type List struct {
	Group string
	Rules []string
}

// ImportError is a problem with the content of a rules file: where it is,
// and what is wrong in a few plain words.
type ImportError struct {
	File string // the name given to Import
	Line int    // 1-based; 0 when the problem is the file as a whole
	Msg  string // short, plain English, no line breaks
}

// Error gives "file:line: what is wrong", or "file: what is wrong" for a
// problem with the whole file.
func (e *ImportError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return e.File + ": " + e.Msg
}

// header explains the format to whoever opens the file; Import skips it like
// any other comment.
const header = "# circle ground rules\n" +
	"# One rule per line, numbered 1, 2, 3 in the order they are read.\n" +
	"# Lines starting with # are comments. The group line names the group, never a member.\n"

// Export writes l as a rules file. It refuses, and writes nothing, a list
// that Import would not give back unchanged: no rules or more than
// MaxRules, an empty or over-long rule or group name, a line break or other
// control character, text that is not UTF-8, or white space at either end
// of a text (trim what a person typed before storing it).
func Export(w io.Writer, l List) error { return ExportWithHeader(w, l, "") }

// ExportWithHeader is Export with the explaining comment in other words
// (another language): each line of header becomes a "# " comment line. An
// empty header is the English one.
func ExportWithHeader(w io.Writer, l List, head string) error {
	if msg := l.check(); msg != "" {
		return fmt.Errorf("rules: cannot export: %s", msg)
	}
	var b strings.Builder
	if head == "" {
		b.WriteString(header)
	} else {
		for _, line := range strings.Split(head, "\n") {
			b.WriteString(strings.TrimRight("# "+line, " ") + "\n")
		}
	}
	b.WriteString("group: " + l.Group + "\n\n")
	for i, r := range l.Rules {
		fmt.Fprintf(&b, "%d. %s\n", i+1, r)
	}
	b.WriteString(closingLine(len(l.Rules)) + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// closingLine is the last line of an exported file. Like "group:", its
// key is English in every language, so any circle can read any file.
func closingLine(n int) string {
	if n == 1 {
		return "# end: 1 rule"
	}
	return fmt.Sprintf("# end: %d rules", n)
}

// cutClosing reports whether a trimmed comment line is the closing line,
// and the count on it: "# end: 11 rules", in any case and spacing. Any
// other comment, "# end" or "# end: of the list" among them, is a comment.
func cutClosing(line string) (int, bool) {
	rest := strings.TrimLeftFunc(strings.TrimPrefix(line, "#"), isBlank)
	rest, ok := strings.CutPrefix(strings.ToLower(rest), "end:")
	if !ok {
		return 0, false
	}
	rest = strings.TrimLeftFunc(rest, isBlank)
	d := 0
	for d < len(rest) && '0' <= rest[d] && rest[d] <= '9' {
		d++
	}
	word := strings.TrimSpace(rest[d:])
	if d == 0 || d > maxShownDigits || (word != "rules" && word != "rule") {
		return 0, false
	}
	n := 0
	for _, c := range rest[:d] {
		n = n*10 + int(c-'0')
	}
	return n, true
}

// check returns what is wrong with l, or "".
func (l List) check() string {
	if msg := checkText("the group name", l.Group, MaxGroupLen); msg != "" {
		return msg
	}
	switch {
	case len(l.Rules) == 0:
		return "there are no rules"
	case len(l.Rules) > MaxRules:
		return tooMany
	}
	for i, r := range l.Rules {
		if msg := checkText(fmt.Sprintf("rule %d", i+1), r, MaxRuleLen); msg != "" {
			return msg
		}
	}
	return ""
}

var tooMany = fmt.Sprintf("more than %d rules: a group can have at most %d", MaxRules, MaxRules)

// checkText returns what is wrong with one rule or group name, or "". what
// names it for the message ("rule 4", "the group name").
func checkText(what, s string, limit int) string {
	if !utf8.ValidString(s) {
		return what + " is not UTF-8 text"
	}
	if s == "" {
		return what + " is empty"
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if isBlank(first) || isBlank(last) {
		// Only Export can meet this: Import trims every line.
		return what + " starts or ends with white space"
	}
	for _, r := range s {
		switch {
		case r == '\t':
			return what + " has a tab in it: use spaces"
		case r == '\n' || r == '\r' || r == '\v' || r == '\f' ||
			r == '\u0085' || r == '\u2028' || r == '\u2029':
			return what + " has a line break in it: keep it on one line"
		case unicode.IsControl(r):
			return fmt.Sprintf("%s has a control character in it (%U)", what, r)
		}
	}
	if n := utf8.RuneCountInString(s); n > limit {
		return fmt.Sprintf("%s is too long: %d characters, at most %d", what, n, limit)
	}
	return ""
}

// Import reads a rules file. It checks the whole file before it returns, so
// it gives either a complete List or an error, never part of a list. A
// problem with the content is an *ImportError naming the file (as name
// gives it) and the line; a failure to read r is returned wrapped.
func Import(r io.Reader, name string) (List, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFileBytes+1))
	if err != nil {
		return List{}, fmt.Errorf("reading %s: %w", name, err)
	}
	fail := func(line int, msg string) (List, error) {
		return List{}, &ImportError{File: name, Line: line, Msg: msg}
	}
	if len(data) > maxFileBytes {
		return fail(0, "the file is too large for a list of rules")
	}
	text, ok := decode(data)
	if !ok {
		return fail(0, "the file is saved as UTF-16 but is damaged: save it as UTF-8")
	}

	l := List{Rules: []string{}}
	groupLine, closedAt := 0, 0
	lines := splitLines(text)
	// The last line has no line break after it: the file may be cut there.
	unended := !strings.HasSuffix(text, "\n") && !strings.HasSuffix(text, "\r")
	for i, line := range lines {
		n := i + 1
		line = strings.TrimFunc(line, isBlank)
		switch {
		case line == "":
			continue
		case line[0] == '#':
			if count, ok := cutClosing(line); ok {
				if count != len(l.Rules) {
					return fail(n, fmt.Sprintf("the end: line says %d, but %d rules come before it: if rules were added or taken out by hand, correct the count or delete that line; if not, the file may have been cut short, so export it again", count, len(l.Rules)))
				}
				closedAt = n
			}
			continue
		case !utf8.ValidString(line):
			return fail(n, "this line is not UTF-8 text: save the file with the encoding UTF-8")
		case closedAt != 0:
			return fail(n, fmt.Sprintf("this line comes after the end: line (line %d): move it above that line, or delete the end: line", closedAt))
		case n == len(lines) && unended:
			return fail(n, "the file ends in the middle of this line (no line break after it), so it may have been cut short: check the line, end it with Enter, and save the file")
		}
		if g, ok := cutGroup(line); ok {
			if groupLine != 0 {
				return fail(n, fmt.Sprintf("a second group: line (the first is on line %d)", groupLine))
			}
			if msg := checkText("the group name", g, MaxGroupLen); msg != "" {
				return fail(n, msg)
			}
			l.Group, groupLine = g, n
			continue
		}
		num, shown, text, kind := cutNumber(line)
		switch kind {
		case notRule:
			return fail(n, `this line is not a rule, a comment or the group: line (a rule looks like "4. text", on one line)`)
		case noSpace:
			return fail(n, fmt.Sprintf("put a space after %q", line[:len(line)-len(text)]))
		}
		if msg := sequence(len(l.Rules), num, shown); msg != "" {
			return fail(n, msg)
		}
		if msg := checkText(fmt.Sprintf("rule %d", num), text, MaxRuleLen); msg != "" {
			return fail(n, msg)
		}
		l.Rules = append(l.Rules, text)
	}
	switch {
	case len(l.Rules) == 0:
		return fail(0, "there are no rules in the file")
	case groupLine == 0:
		return fail(0, `there is no group: line, like "group: Tuesday group"`)
	}
	return l, nil
}

// isBlank is what Import trims from both ends of a line: white space, and
// a stray byte order mark left where two files were joined.
func isBlank(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }

// decode returns the file as text: a UTF-8 byte order mark dropped, and
// UTF-16 with a byte order mark (Notepad's "Unicode") turned into UTF-8.
// It reports false for UTF-16 that cannot be decoded without guessing. Other
// bytes pass through unchanged; invalid UTF-8 is found line by line.
func decode(b []byte) (string, bool) {
	switch {
	case len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF:
		return string(b[3:]), true
	case len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
		return decodeUTF16(b[2:], false)
	case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		return decodeUTF16(b[2:], true)
	}
	return string(b), true
}

func decodeUTF16(b []byte, bigEndian bool) (string, bool) {
	if len(b)%2 != 0 {
		return "", false
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		hi, lo := b[2*i+1], b[2*i]
		if bigEndian {
			hi, lo = lo, hi
		}
		u[i] = uint16(hi)<<8 | uint16(lo)
	}
	var sb strings.Builder
	for i := 0; i < len(u); i++ {
		r := rune(u[i])
		if utf16.IsSurrogate(r) {
			// A half pair would become U+FFFD, a changed rule: refuse.
			if i+1 == len(u) {
				return "", false
			}
			r = utf16.DecodeRune(r, rune(u[i+1]))
			if r == utf8.RuneError {
				return "", false
			}
			i++
		}
		sb.WriteRune(r)
	}
	return sb.String(), true
}

// splitLines splits at "\r\n", "\n" or a lone "\r", so line numbers match
// what an editor shows whichever ending the file was saved with.
func splitLines(s string) []string {
	var lines []string
	for s != "" {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			lines = append(lines, s)
			break
		}
		lines = append(lines, s[:i])
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		s = s[i+1:]
	}
	return lines
}

// cutGroup reports whether line (already trimmed) is the group line, and
// the name on it: "group:" in any case, spaces allowed before the colon.
func cutGroup(line string) (string, bool) {
	const key = "group"
	if len(line) < len(key) || !strings.EqualFold(line[:len(key)], key) {
		return "", false
	}
	rest := strings.TrimLeft(line[len(key):], " \t")
	if !strings.HasPrefix(rest, ":") {
		return "", false
	}
	return strings.TrimLeftFunc(rest[1:], isBlank), true
}

type lineKind int

const (
	rule    lineKind = iota
	notRule          // no number and marker: not a rule line at all
	noSpace          // "3.5 hours": a digit straight after the marker
)

// maxShownDigits caps the number parsed from a line; a longer number is
// out of sequence anyway and is shown as written.
const maxShownDigits = 6

// cutNumber splits a trimmed line "N. text" or "N) text" into the number,
// the number as shown in messages, and the text. The space after the
// marker may be missing ("1.What"), unless a digit follows, where "3.5
// hours" is likelier a stray line than rule 3.
func cutNumber(line string) (num int, shown, text string, kind lineKind) {
	d := 0
	for d < len(line) && '0' <= line[d] && line[d] <= '9' {
		d++
	}
	if d == 0 || d == len(line) || (line[d] != '.' && line[d] != ')') {
		return 0, "", "", notRule
	}
	rest := line[d+1:]
	if rest != "" && '0' <= rest[0] && rest[0] <= '9' {
		return 0, "", rest, noSpace
	}
	shown = strings.TrimLeft(line[:d], "0")
	if shown == "" {
		shown = "0"
	}
	if len(shown) > maxShownDigits {
		num = 1e9 // out of sequence whatever came before
	} else {
		for _, c := range shown {
			num = num*10 + int(c-'0')
		}
	}
	return num, shown, strings.TrimLeftFunc(rest, isBlank), rule
}

// sequence returns what is wrong with rule number num (shown as written)
// coming after have rules, or "". Rules are numbered 1, 2, 3 with no gaps,
// so a rule a person forgot to renumber, or a line lost in copying, is
// caught rather than read in the wrong place.
func sequence(have, num int, shown string) string {
	want := have + 1
	switch {
	case have == MaxRules:
		return tooMany
	case num == want:
		return ""
	case num == 0:
		return "rule numbers start at 1, not 0"
	case num == want-1:
		return fmt.Sprintf("there are two rules numbered %d", num)
	case num < want:
		return fmt.Sprintf("rule %d comes after rule %d: number the rules 1, 2, 3 in order", num, have)
	}
	if num > MaxRules {
		// Not a gap to fill: a list never gets that far.
		if have == 0 {
			return fmt.Sprintf("the first rule is numbered %s: number the rules 1, 2, 3 in order", shown)
		}
		return fmt.Sprintf("rule %s comes after rule %d: number the rules 1, 2, 3 in order", shown, have)
	}
	var missing string
	switch last := num - 1; {
	case last == want:
		missing = fmt.Sprintf("rule %d is missing", want)
	case last == want+1:
		missing = fmt.Sprintf("rules %d and %d are missing", want, last)
	default:
		missing = fmt.Sprintf("rules %d to %d are missing", want, last)
	}
	if have == 0 {
		return fmt.Sprintf("%s: the first rule is numbered %s", missing, shown)
	}
	return fmt.Sprintf("%s: the numbers go %d, %s", missing, have, shown)
}
