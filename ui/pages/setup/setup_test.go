package setup

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"

	"circle/session"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/internal/uitest"
)

var start = time.Date(2026, 11, 25, 18, 0, 0, 0, time.Local)

// env is a context against a real data file in a temporary folder.
type env struct {
	t     testing.TB
	c     *common.Context
	store *store.Store
}

func newEnv(t testing.TB, lang catalog.Lang, highContrast bool, profile termenv.Profile, w, h int) *env {
	t.Helper()
	st, _ := uitest.Store(t)
	c := uitest.Context(lang, highContrast, profile, w, h, uitest.At(start))
	c.Store = st
	return &env{t: t, c: c, store: st}
}

// group makes a group with these defaults and returns it as stored.
func (e *env) group(d store.Defaults) *store.Group {
	e.t.Helper()
	id, err := e.store.CreateGroup(store.Group{Name: "Tuesday group", Rules: []string{"What is said here stays here."}, Defaults: d})
	if err != nil {
		e.t.Fatal(err)
	}
	g, err := e.store.Group(id)
	if err != nil {
		e.t.Fatal(err)
	}
	return &g
}

// keys presses keys: names of special keys or runes.
func keys(p *Page, ks ...string) tea.Msg { return uitest.Press(p, nil, ks...) }

// set replaces the text of a field, typed as a user would.
func set(p *Page, f int, value string) {
	p.setFocus(f)
	for range len([]rune(p.Value(f))) {
		keys(p, "backspace")
	}
	if value != "" {
		keys(p, value)
	}
}

// checkFits fails when the view has more or wider lines than the screen,
// or a badly formatted string.
func checkFits(t *testing.T, v string, w, h int) {
	t.Helper()
	uitest.CheckFits(t, v, w, h)
	uitest.CheckFormatted(t, v)
}

// checkPlain fails when a spoken line holds an escape, a box-drawing or
// block character, or braille, or is badly formatted.
func checkPlain(t *testing.T, lines []string) {
	t.Helper()
	uitest.CheckPlain(t, lines)
	uitest.CheckFormatted(t, strings.Join(lines, "\n"))
}

// The states of the form, each reached from a new form.
var states = []struct {
	name string
	to   func(e *env) *Page
}{
	{"start", func(e *env) *Page { return New(e.c, e.group(store.Defaults{})) }},
	{"names", func(e *env) *Page {
		p := New(e.c, nil)
		keys(p, "tab", "tab")
		return p
	}},
	{"format-open", func(e *env) *Page {
		p := New(e.c, e.group(store.Defaults{LengthMinutes: 90, Format: "open"}))
		p.setFocus(FieldFormat)
		return p
	}},
	{"problem", func(e *env) *Page {
		p := New(e.c, nil)
		set(p, FieldPresent, "1")
		keys(p, "enter")
		return p
	}},
	{"short", func(e *env) *Page {
		p := New(e.c, nil)
		set(p, FieldLength, "20")
		set(p, FieldPresent, "8")
		set(p, FieldNames, "Ann, Bo, Kim, Liv, Mo, Nils, Ola, Per")
		return p
	}},
	{"full-help", func(e *env) *Page {
		p := New(e.c, nil)
		p.setFocus(FieldFormat)
		keys(p, "?")
		return p
	}},
}

// Every state of the form at the smallest, a usual and a large screen,
// in both languages, plain and in high contrast (drawn with ANSI colours,
// since its meaning is in bold and reverse video).
func TestGoldens(t *testing.T) {
	for _, st := range states {
		for _, l := range uitest.Looks(uitest.Normal, uitest.Contrast) {
			t.Run(fmt.Sprintf("%s/%s/%s/%s", st.name, l.Lang, l.Size(), l.Name), func(t *testing.T) {
				e := newEnv(t, l.Lang, l.Contrast, l.Profile(), l.W, l.H)
				p := st.to(e)
				v := p.View()
				checkFits(t, v, l.W, l.H)
				golden.RequireEqual(t, v)
			})
		}
	}
}

// What the line mode says of every state is plain text, on a colour
// terminal too.
func TestSpeechIsPlain(t *testing.T) {
	for _, st := range states {
		for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
			t.Run(st.name+"/"+string(lang), func(t *testing.T) {
				e := newEnv(t, lang, false, termenv.ANSI, 80, 24)
				e.c.LineMode = true
				p := st.to(e)
				checkPlain(t, p.Speech())
				checkPlain(t, []string{p.Typing()})
			})
		}
	}
}

func TestSetupRefusesBadInput(t *testing.T) {
	tests := []struct {
		field int
		value string
		want  string
	}{
		{FieldPresent, "0", "People present must be a number from 2 to 20."},
		{FieldPresent, "1", "People present must be a number from 2 to 20."},
		{FieldPresent, "21", "People present must be a number from 2 to 20."},
		{FieldPresent, "", "People present must be a number from 2 to 20."},
		{FieldLength, "121", "The length must be a whole number of minutes from 5 to 120."},
		{FieldLength, "4", "The length must be a whole number of minutes from 5 to 120."},
		{FieldLength, "sixty", "The length must be a whole number of minutes from 5 to 120."},
		{FieldFacilitator, "7", "The facilitator's seat must be a number from 1 to 6."},
		{FieldSentWord, "-1", "Sent word must be a number from 0 to 50."},
		{FieldSentWord, "51", "Sent word must be a number from 0 to 50."},
		{FieldNames, "A, B, C, D, E, F, G", "There are 7 names for 6 people."},
	}
	for _, tt := range tests {
		t.Run(tt.want+" "+tt.value, func(t *testing.T) {
			e := newEnv(t, catalog.English, false, termenv.Ascii, 100, 30)
			p := New(e.c, nil)
			set(p, tt.field, tt.value)
			p.setFocus(FieldLength)
			if msg := keys(p, "enter"); msg != nil {
				t.Fatalf("enter with %q in field %d gave %#v", tt.value, tt.field, msg)
			}
			if v := p.View(); !strings.Contains(v, tt.want) {
				t.Fatalf("the form lacks %q:\n%s", tt.want, v)
			}
			if p.Focused() != tt.field {
				t.Fatalf("focus on field %d, want the faulty %d", p.Focused(), tt.field)
			}
		})
	}
}

// Each limit the refusals name is itself taken: the shortest and the
// longest meeting, the fewest and the most people, the facilitator in
// the last seat, no one and the most who sent word, a name for each.
func TestSetupTakesEveryLimit(t *testing.T) {
	for _, tt := range []struct {
		field int
		value string
		check func(common.MeetingStart) bool
	}{
		{FieldLength, "5", func(s common.MeetingStart) bool { return s.Cfg.Length == session.MinLength }},
		{FieldLength, "120", func(s common.MeetingStart) bool { return s.Cfg.Length == session.MaxLength }},
		{FieldPresent, "2", func(s common.MeetingStart) bool { return s.Cfg.Seats == session.MinSeats }},
		{FieldPresent, "20", func(s common.MeetingStart) bool { return s.Cfg.Seats == session.MaxSeats }},
		{FieldFacilitator, "6", func(s common.MeetingStart) bool { return s.Cfg.Facilitator == 6 }},
		{FieldSentWord, "0", func(s common.MeetingStart) bool { return s.Cfg.SentWord == 0 }},
		{FieldSentWord, "50", func(s common.MeetingStart) bool { return s.Cfg.SentWord == session.MaxSentWord }},
		{FieldNames, "A, B, C, D, E, F", func(s common.MeetingStart) bool { return len(s.Names) == 6 }},
	} {
		t.Run(fmt.Sprintf("%d=%s", tt.field, tt.value), func(t *testing.T) {
			e := newEnv(t, catalog.English, false, termenv.Ascii, 100, 30)
			p := New(e.c, nil)
			set(p, tt.field, tt.value)
			p.setFocus(FieldLength)
			msg, ok := keys(p, "enter").(common.GoMeeting)
			if !ok {
				t.Fatalf("%q in field %d did not start the meeting:\n%s", tt.value, tt.field, p.View())
			}
			if !tt.check(msg.Start) {
				t.Fatalf("%q in field %d started %+v", tt.value, tt.field, msg.Start.Cfg)
			}
		})
	}
}

// A valid form asks for the meeting, with the group's defaults: its
// length, format, break, check-in and reaction lengths, and the plain
// round turned by the meetings it held.
func TestEnterStartsTheMeetingWithTheGroupsDefaults(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.Ascii, 80, 24)
	g := e.group(store.Defaults{LengthMinutes: 60, Format: "plain", BreakMinutes: 5,
		CheckInSeconds: 90, ReactionSeconds: 45, RotateStart: true})
	for range 3 {
		if err := e.store.SaveMeeting(session.Log{Version: session.LogVersion, Date: "2026-11-01", Group: g.ID,
			Turns: []session.LogTurn{}, RulesReviewed: []string{}, Prompts: []string{}, Choices: []string{}}); err != nil {
			t.Fatal(err)
		}
	}
	p := New(e.c, g)
	if p.Value(FieldLength) != "60" || p.Value(FieldFormat) != "plain" {
		t.Fatalf("the form starts with %q minutes, %q", p.Value(FieldLength), p.Value(FieldFormat))
	}
	set(p, FieldPresent, "5")
	set(p, FieldNames, "Ann, Bo")
	msg, ok := keys(p, "enter").(common.GoMeeting)
	if !ok {
		t.Fatalf("enter did not start the meeting:\n%s", p.View())
	}
	cfg := msg.Start.Cfg
	wantStart, wantReverse := session.Rotation(3, 5)
	if cfg.Length != time.Hour || cfg.Seats != 5 || cfg.Format != session.FormatPlain ||
		cfg.Break != 5*time.Minute || cfg.CheckIn != 90*time.Second || cfg.Reaction != 45*time.Second ||
		cfg.Start != wantStart || cfg.Reverse != wantReverse {
		t.Fatalf("the meeting's configuration: %+v", cfg)
	}
	if msg.Start.Group == nil || msg.Start.Group.ID != g.ID || strings.Join(msg.Start.Names, "|") != "Ann|Bo" {
		t.Fatalf("the meeting starts with %+v", msg.Start)
	}
}

func TestEscGoesHomeAndCtrlCQuits(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.Ascii, 80, 24)
	g := e.group(store.Defaults{})
	p := New(e.c, g)
	if msg := keys(p, "esc"); msg != (common.GoHome{Group: g.ID}) {
		t.Fatalf("esc gave %#v", msg)
	}
	if _, ok := keys(p, "ctrl+c").(tea.QuitMsg); !ok {
		t.Fatal("ctrl+c did not quit")
	}
}

// The toggle goes round all three formats, either way, with fast keys
// each counting.
func TestFormatToggleHasAllThree(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.Ascii, 80, 24)
	p := New(e.c, nil)
	keys(p, "shift+tab")
	var seen []string
	for range 3 {
		seen = append(seen, p.Value(FieldFormat))
		keys(p, "right")
	}
	if strings.Join(seen, " ") != "circle plain open" || p.Value(FieldFormat) != "circle" {
		t.Fatalf("right goes round %v", seen)
	}
	keys(p, "left")
	if p.Value(FieldFormat) != "open" {
		t.Fatalf("left from the circle gives %q", p.Value(FieldFormat))
	}
	keys(p, "  ") // two spaces in one read
	if p.Value(FieldFormat) != "plain" {
		t.Fatalf("two fast spaces from the open floor give %q", p.Value(FieldFormat))
	}
	if v := p.View(); !strings.Contains(v, "‹ Plain round ›") {
		t.Fatalf("the toggle is not drawn:\n%s", v)
	}
}

func TestFastTypingKeepsWordsThatAreKeyNames(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.Ascii, 100, 30)
	p := New(e.c, nil)
	set(p, FieldNames, "end, home, up, down, left")
	if got := p.Value(FieldNames); got != "end, home, up, down, left" {
		t.Fatalf("the names field holds %q", got)
	}
}

// Defect 15: without colour a text field shows where the cursor is, and
// its placeholder is told from typed text.
func TestNoColorShowsTheCursorAndThePlaceholder(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.Ascii, 100, 30)
	p := New(e.c, nil)
	if v := p.View(); !strings.Contains(v, "120▏") {
		t.Fatalf("no cursor after the length:\n%s", v)
	}
	keys(p, "tab", "tab")
	v := p.View()
	if !strings.Contains(v, "▏(e.g. Ann, Bo, Kim)") {
		t.Fatalf("the placeholder is not marked as one:\n%s", v)
	}
	keys(p, "Ann")
	v = p.View()
	if !strings.Contains(v, "Ann▏") || strings.Contains(v, "for example") {
		t.Fatalf("typed names are not shown as typed:\n%s", v)
	}
	if strings.Contains(v, "120▏") {
		t.Fatalf("a field without the focus shows a cursor:\n%s", v)
	}
}

// Defect 13: a megabyte pasted goes in at once, and the field's limit
// holds, pasted or typed fast.
func TestPasteKeepsTheLimit(t *testing.T) {
	big := []rune(strings.Repeat("Ann, ", 200_000))
	for _, paste := range []bool{true, false} {
		for f := range FieldFormat {
			t.Run(fmt.Sprintf("field %d paste %v", f, paste), func(t *testing.T) {
				e := newEnv(t, catalog.English, false, termenv.Ascii, 100, 30)
				p := New(e.c, nil)
				set(p, f, "")
				p.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: big, Paste: paste})
				if n := len([]rune(p.Value(f))); n != limits[f] {
					t.Fatalf("the field holds %d runes, its limit is %d", n, limits[f])
				}
				checkFits(t, p.View(), 100, 30)
			})
		}
	}
}

// Defect 18: a plan that does not fit says what would make it fit, and
// the minutes it names are the least that do.
func TestShortPlanSaysWhatWouldFit(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.Ascii, 120, 30)
	p := New(e.c, nil)
	set(p, FieldLength, "20")
	set(p, FieldPresent, "8")
	v := p.View()
	m := regexp.MustCompile(`It fits with (\d+) more minutes, or as a plain round\.`).FindStringSubmatch(v)
	if !strings.Contains(v, "This plan does not fit") || m == nil {
		t.Fatalf("the short plan says nothing of what would fit:\n%s", v)
	}
	more := 0
	fmt.Sscan(m[1], &more)
	set(p, FieldLength, fmt.Sprint(20+more-1))
	if v := p.View(); !strings.Contains(v, "This plan does not fit") {
		t.Fatalf("a minute less than said fits already:\n%s", v)
	}
	set(p, FieldLength, fmt.Sprint(20+more))
	if v := p.View(); strings.Contains(v, "does not fit") {
		t.Fatalf("%d more minutes do not make it fit:\n%s", more, v)
	}
	// And as a plain round of the first length it fits.
	set(p, FieldLength, "20")
	p.setFocus(FieldFormat)
	keys(p, "right")
	if v := p.View(); strings.Contains(v, "does not fit") {
		t.Fatalf("the plain round said to fit does not:\n%s", v)
	}
}

// Defect 18: the names field grows with a wide terminal.
func TestNamesFieldGrowsWithTheScreen(t *testing.T) {
	names := "Annabelle, Bartholomew, Kimberly, Livingstone, Maximilian, Nathaniel"
	for _, w := range []int{80, 160} {
		e := newEnv(t, catalog.English, false, termenv.Ascii, w, 24)
		p := New(e.c, nil)
		set(p, FieldNames, names)
		keys(p, "tab") // the field shows its start without the focus
		v := p.View()
		checkFits(t, v, w, 24)
		if got := strings.Contains(v, names); got != (w == 160) {
			t.Fatalf("at %d columns the names are whole: %v\n%s", w, got, v)
		}
	}
	// A screen made wider later widens the field too.
	e := newEnv(t, catalog.English, false, termenv.Ascii, 80, 24)
	p := New(e.c, nil)
	set(p, FieldNames, names)
	keys(p, "tab")
	e.c.Width = 160
	p.Update(tea.WindowSizeMsg{Width: 160, Height: 24})
	if v := p.View(); !strings.Contains(v, names) {
		t.Fatalf("the field did not grow with the screen:\n%s", v)
	}
}

// lineMode answers the questions as the line-mode loop does: each line
// to the page, then what it says from the first line that changed.
type lineMode struct {
	t    *testing.T
	p    *Page
	said []string
	got  tea.Msg // the last message a command gave
}

func newLineMode(t *testing.T, lang catalog.Lang, g func(e *env) *store.Group) (*lineMode, []string) {
	e := newEnv(t, lang, false, termenv.ANSI, 80, 24)
	e.c.LineMode = true
	var grp *store.Group
	if g != nil {
		grp = g(e)
	}
	l := &lineMode{t: t, p: New(e.c, grp)}
	l.said = l.p.Speech()
	checkPlain(t, l.said)
	return l, l.said
}

func (l *lineMode) answer(line string) []string {
	l.t.Helper()
	_, cmd := l.p.Update(common.LineMsg(line))
	l.got = uitest.Sent(cmd)
	now := l.p.Speech()
	checkPlain(l.t, now)
	changed := uitest.Changed(l.said, now)
	l.said = now
	return changed
}

func expect(t *testing.T, said []string, want ...string) {
	t.Helper()
	uitest.CheckSaid(t, said, want...)
}

// The sentences the line mode always said still come, now with each
// wrong answer refused at once.
func TestLineModeAsksOneQuestionAtATime(t *testing.T) {
	l, said := newLineMode(t, catalog.English, nil)
	expect(t, said, "New meeting.", "Length in minutes. 5 to 120 minutes.", "Enter keeps 120.")
	expect(t, l.answer(""), "People present.")
	said = l.answer("1")
	expect(t, said, "People present must be a number from 2 to 20.", "People present.")
	expect(t, l.answer("2"), "Names for the screen.")
	expect(t, l.answer("Ann, Bo"), "Facilitator's seat.", "Enter keeps 1.")
	l.answer("")
	said = l.answer("")
	expect(t, said, "Format: type c for a circle of sharing", "Plan: about")
	l.answer("c")
	msg, ok := l.got.(common.GoMeeting)
	if !ok || msg.Start.Cfg.Seats != 2 || msg.Start.Cfg.Format != session.FormatCircle || len(msg.Start.Names) != 2 {
		t.Fatalf("the answers started %#v", l.got)
	}
}

// Defect 7: a wrong value is refused at once, in one line, before the
// question asked again; an empty line keeps what is shown; q leaves.
func TestLineModeRefusesAWrongValueAtOnce(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		t.Run(string(lang), func(t *testing.T) {
			l, _ := newLineMode(t, lang, nil)
			question := l.p.question()
			for _, wrong := range []string{"x", "1200", "4", "-5"} {
				said := l.answer(wrong)
				if !refused(said, wrong, l.p.c.Cat.T(catalog.SetupErrLength)) || said[1] != question {
					t.Fatalf("%q was answered with %q", wrong, said)
				}
				if l.p.Focused() != FieldLength || l.p.Value(FieldLength) != "120" {
					t.Fatalf("%q moved on or changed the length to %q", wrong, l.p.Value(FieldLength))
				}
			}
			l.answer("") // keeps 120
			if l.p.Focused() != FieldPresent || l.p.Value(FieldLength) != "120" {
				t.Fatalf("an empty line left the length %q, focus %d", l.p.Value(FieldLength), l.p.Focused())
			}
			for _, wrong := range []string{"Ann, Bo", "0", "21"} {
				said := l.answer(wrong)
				if !refused(said, wrong, l.p.c.Cat.T(catalog.SetupErrPresent)) {
					t.Fatalf("%q was answered with %q", wrong, said)
				}
			}
			l.answer("3")
			said := l.answer("A, B, C, D")
			if !refused(said, "A, B, C, D", l.p.c.Cat.N(catalog.SetupErrNamesN, 4, 3)) {
				t.Fatalf("four names for three were answered with %q", said)
			}
			l.answer("")
			said = l.answer("4")
			if !refused(said, "4", l.p.c.Cat.F(catalog.SetupErrFacilitator, 3)) {
				t.Fatalf("seat 4 of 3 was answered with %q", said)
			}
			l.answer("")
			said = l.answer("51")
			if !refused(said, "51", l.p.c.Cat.F(catalog.SetupErrSentWord, 50)) {
				t.Fatalf("51 sent word was answered with %q", said)
			}
			l.answer("")
			said = l.answer("x")
			if !refused(said, "x", l.p.c.Cat.T(catalog.SetupErrFormat)) || l.got != nil {
				t.Fatalf("format x was answered with %q, %#v", said, l.got)
			}
			l.answer("q")
			if l.got != (common.GoHome{}) {
				t.Fatalf("q gave %#v", l.got)
			}
		})
	}
}

// refused reports whether said is one line refusing the answer, with
// what is wrong, then the question again.
func refused(said []string, answer, problem string) bool {
	return len(said) == 2 && strings.Contains(said[0], answer) && strings.HasSuffix(said[0], problem) &&
		!strings.Contains(said[1], problem)
}

// q leaves the setup at any question.
func TestLineModeQLeavesAtEveryQuestion(t *testing.T) {
	for f := range fieldCount {
		l, _ := newLineMode(t, catalog.English, func(e *env) *store.Group { return e.group(store.Defaults{}) })
		for range f {
			l.answer("")
		}
		if l.p.Focused() != f {
			t.Fatalf("at question %d after %d empty lines", l.p.Focused(), f)
		}
		l.answer("q")
		if _, ok := l.got.(common.GoHome); !ok {
			t.Fatalf("q at question %d gave %#v", f, l.got)
		}
	}
}

// Defect 3: the format question offers all three formats and keeps the
// group's default, the open floor included.
func TestLineModeOffersAllThreeFormatsAndKeepsTheDefault(t *testing.T) {
	for _, tt := range []struct {
		def, answer string
		want        session.Format
	}{
		{"open", "", session.FormatOpen},
		{"plain", "", session.FormatPlain},
		{"", "", session.FormatCircle},
		{"", "o", session.FormatOpen},
		{"open", "c", session.FormatCircle},
		{"circle", "p", session.FormatPlain},
	} {
		t.Run(tt.def+"/"+tt.answer, func(t *testing.T) {
			l, _ := newLineMode(t, catalog.English, func(e *env) *store.Group {
				return e.group(store.Defaults{Format: tt.def})
			})
			var said []string
			for range FieldFormat {
				said = l.answer("")
			}
			expect(t, said, "c for a circle of sharing", "p for a plain round", "o for an open floor",
				"Enter keeps "+strings.ToLower(l.p.formatName()))
			l.answer(tt.answer)
			msg, ok := l.got.(common.GoMeeting)
			if !ok || msg.Start.Cfg.Format != tt.want {
				t.Fatalf("answer %q gave %#v", tt.answer, l.got)
			}
		})
	}
}

// At the last question the line mode says the plan, its times in words
// (a screen reader would read "9:50" as a time of day); the screen shows
// the same plan as m:ss.
func TestLineModeSaysThePlanInWords(t *testing.T) {
	for _, tt := range []struct {
		lang       catalog.Lang
		said, seen string
	}{
		{catalog.English, "Plan: about 9 minutes and 50 seconds for each sharing turn. Reactions of 1 minute each.", "9:50"},
		{catalog.Bokmal, "Plan: omtrent 9 minutter og 50 sekunder til hver som deler. Respons: 1 minutt hver.", "9:50"},
	} {
		l, _ := newLineMode(t, tt.lang, nil)
		var said []string
		for range FieldFormat {
			said = l.answer("")
		}
		expect(t, said, tt.said)
		l.p.c.LineMode = false
		if v := l.p.View(); !strings.Contains(v, tt.seen) {
			t.Fatalf("%s: the screen does not show the plan as %s:\n%s", tt.lang, tt.seen, v)
		}
	}
}

// Defect 8: ? at every question says what can be typed there.
func TestQuestionMarkSaysWhatCanBeTypedAtEveryQuestion(t *testing.T) {
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		l, _ := newLineMode(t, lang, nil)
		cat := l.p.c.Cat
		seen := map[string]bool{}
		for f := range fieldCount {
			typing := l.p.Typing()
			if seen[typing] || !strings.Contains(typing, " q ") {
				t.Fatalf("%s question %d: ? says %q", lang, f, typing)
			}
			seen[typing] = true
			if f != FieldFormat && !strings.Contains(typing, cat.T(hints[f])) {
				t.Fatalf("%s question %d: ? does not say the range: %q", lang, f, typing)
			}
			if f == FieldFormat && !strings.Contains(typing, "o:") {
				t.Fatalf("%s: ? at the format does not name the open floor: %q", lang, typing)
			}
			l.answer("")
		}
	}
}

// Defect 13, measured: a megabyte pasted, or typed in one read.
func BenchmarkPaste1MB(b *testing.B) {
	big := []rune(strings.Repeat("x", 1<<20))
	for _, paste := range []bool{true, false} {
		b.Run(fmt.Sprintf("paste=%v", paste), func(b *testing.B) {
			e := newEnv(b, catalog.English, false, termenv.Ascii, 80, 24)
			msg := tea.KeyMsg{Type: tea.KeyRunes, Runes: big, Paste: paste}
			b.ReportAllocs()
			for b.Loop() {
				p := New(e.c, nil)
				p.setFocus(FieldNames)
				p.Update(msg)
			}
		})
	}
}

func BenchmarkView(b *testing.B) {
	e := newEnv(b, catalog.English, false, termenv.ANSI, 120, 40)
	p := New(e.c, nil)
	b.ReportAllocs()
	for b.Loop() {
		_ = p.View()
	}
}

// ? shows the keys in every field, as the key bar says, and is never
// typed into one: no field of the form takes it.
func TestQuestionMarkShowsTheKeysInEveryField(t *testing.T) {
	e := newEnv(t, catalog.English, false, termenv.Ascii, 80, 24)
	p := New(e.c, nil)
	for f := FieldLength; f <= FieldFormat; f++ {
		p.setFocus(f)
		before := p.Value(f)
		keys(p, "?")
		if !e.c.FullHelp || p.Value(f) != before {
			t.Fatalf("field %d: ? gave help %v and the value %q (was %q)", f, e.c.FullHelp, p.Value(f), before)
		}
		keys(p, "?")
		if e.c.FullHelp {
			t.Fatalf("field %d: a second ? kept the full help", f)
		}
	}
}

// The calm warning is on at one minute unless the group turned it off; a
// group can leave out the check-in round.
func TestTheRoomsSettingsReachTheMeeting(t *testing.T) {
	for _, d := range []store.Defaults{{}, {NoWarning: true, NoCheckIn: true}} {
		e := newEnv(t, catalog.English, false, termenv.Ascii, 80, 24)
		p := New(e.c, e.group(d))
		set(p, FieldPresent, "5")
		msg, ok := keys(p, "enter").(common.GoMeeting)
		if !ok {
			t.Fatalf("enter did not start the meeting:\n%s", p.View())
		}
		cfg := msg.Start.Cfg
		wantWarn := session.DefaultWarn
		if d.NoWarning {
			wantWarn = 0
		}
		if cfg.Warn != wantWarn || cfg.NoCheckIn != d.NoCheckIn {
			t.Fatalf("%+v: warn %v, no check-in %v", d, cfg.Warn, cfg.NoCheckIn)
		}
	}
}
