package components

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"circle/ui/catalog"
	"circle/ui/common"
)

func ctx(lang catalog.Lang, w, h int) *common.Context {
	c := common.NewContext(lang, false, termenv.ANSI)
	c.Width, c.Height = w, h
	return c
}

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// Only y confirms, and j too in Bokmål; enter, n, space, esc and every
// other key are no.
func TestOnlyYConfirms(t *testing.T) {
	keys := []tea.KeyMsg{
		{Type: tea.KeyEnter}, {Type: tea.KeyEsc}, {Type: tea.KeySpace, Runes: []rune{' '}},
		{Type: tea.KeyCtrlC}, {Type: tea.KeyTab}, {Type: tea.KeyBackspace},
		runes("n"), runes("N"), runes("q"), runes("d"), runes("1"), runes("yy"),
	}
	for _, lang := range catalog.Languages() {
		c := ctx(lang, 80, 24)
		for _, k := range keys {
			if Yes(c, k) {
				t.Errorf("%s: %q confirmed", lang, k.String())
			}
		}
		for _, k := range []string{"y", "Y"} {
			if !Yes(c, runes(k)) {
				t.Errorf("%s: %q did not confirm", lang, k)
			}
		}
		if got := Yes(c, runes("j")); got != (lang == catalog.Bokmal) {
			t.Errorf("%s: j confirms = %v", lang, got)
		}
		for _, line := range []string{"", " ", "no", "n", "q", "yess", "enter"} {
			if Yes(c, common.LineMsg(line)) {
				t.Errorf("%s: the line %q confirmed", lang, line)
			}
		}
		if !Yes(c, common.LineMsg(" y ")) {
			t.Errorf("%s: the line y did not confirm", lang)
		}
		if Yes(c, common.ClockMsg{}) || Answer(common.ClockMsg{}) || !Answer(common.LineMsg("")) {
			t.Errorf("%s: a tick answered the question", lang)
		}
	}
	if !Yes(ctx(catalog.Bokmal, 80, 24), common.LineMsg("ja")) {
		t.Error("ja did not confirm in Bokmål")
	}
}

// A question wraps inside its box at every width: no sentence is cut.
func TestConfirmWrapsItsQuestion(t *testing.T) {
	q := Confirm{Question: strings.Repeat("Delete the group Tuesday evenings and its 12 saved meetings? ", 3)}
	for _, w := range []int{40, 80, 120} {
		c := ctx(catalog.English, w, 24)
		lines := q.View(c, w)
		text := ""
		for _, l := range lines {
			if n := ansi.StringWidth(l); n > w {
				t.Fatalf("at %d columns a line is %d wide: %q", w, n, l)
			}
			text += strings.Trim(ansi.Strip(l), "│ ┌┐└┘─") + " "
		}
		if !strings.Contains(strings.Join(strings.Fields(text), " "), strings.TrimSpace(strings.Join(strings.Fields(q.Question), " "))) {
			t.Fatalf("at %d columns the question is cut:\n%s", w, strings.Join(lines, "\n"))
		}
	}
	sp := q.Speech(ctx(catalog.English, 80, 24))
	if len(sp) != 2 || sp[0] != q.Question || strings.ContainsAny(strings.Join(sp, ""), "\x1b│─") {
		t.Fatalf("spoken: %q", sp)
	}
}

func TestWindowKeepsThePointerInView(t *testing.T) {
	for n := 0; n < 30; n++ {
		for room := 1; room < 12; room++ {
			for at := 0; at < n; at++ {
				from, to := Window(n, at, room)
				if at < from || at >= to || to-from != min(n, room) || from < 0 || to > n {
					t.Fatalf("Window(%d, %d, %d) = %d, %d", n, at, room, from, to)
				}
			}
		}
	}
	if from, to := Window(20, 19, 6); from != 14 || to != 20 {
		t.Fatalf("the last line: %d, %d", from, to)
	}
	if from, to := Window(20, 9, 6); from != 7 || to != 13 {
		t.Fatalf("a third down: %d, %d", from, to)
	}
	if from, to := Window(5, 0, 0); from != 0 || to != 0 {
		t.Fatalf("no room: %d, %d", from, to)
	}
}

// The key help always ends with ?, however many keys there are.
func TestFooterAlwaysKeepsHelp(t *testing.T) {
	var bs []key.Binding
	for _, k := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"} {
		bs = append(bs, key.NewBinding(key.WithKeys(k), key.WithHelp(k, "a long description of "+k)))
	}
	for _, w := range []int{40, 80, 200} {
		c := ctx(catalog.English, w, 12)
		lines := Footer(c, bs, bs)
		if len(lines) != 1 {
			t.Fatalf("the short help is %d lines", len(lines))
		}
		plain := ansi.Strip(lines[0])
		if !strings.HasSuffix(plain, "? more keys") || ansi.StringWidth(lines[0]) > w {
			t.Fatalf("at %d: %q", w, plain)
		}
		// Twelve long keys at 12 lines run on from line to line; at 40
		// columns even so they do not fit under a header: the last give
		// way, ? stays, and says it hides them.
		c.FullHelp = true
		full := Footer(c, bs[:2], bs)
		text := ansi.Strip(strings.Join(full, "\n"))
		if len(full) > 12-3 || !strings.HasSuffix(text, "? fewer keys") ||
			strings.Contains(text, "description of l") != (w > 40) || !strings.Contains(text, "description of a") {
			t.Fatalf("full help at %dx12: %q", w, full)
		}
		// On a tall screen a key a line, each of them.
		c.Height = 48
		full = Footer(c, bs[:2], bs)
		if len(full) != 1+len(bs)+1 || ansi.Strip(full[1]) != " a         a long description of a" ||
			!strings.HasSuffix(ansi.Strip(full[len(full)-1]), "fewer keys") {
			t.Fatalf("full help at %dx48: %q", w, full)
		}
	}
	if got := Spoken(bs[:2]); got != "a: a long description of a; b: a long description of b." {
		t.Fatalf("spoken: %q", got)
	}
}

// Pasted text goes in at once, up to the field's limit, at the cursor.
func TestTypeIntoInsertsAtOnceWithinTheLimit(t *testing.T) {
	ti := NewInput("", 20, 10, "")
	ti.Focus()
	ti, _ = TypeInto(ti, runes("ab"))
	ti.SetCursor(1)
	ti, _ = TypeInto(ti, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("X\nY\x07" + strings.Repeat("z", 100)), Paste: true})
	if got := ti.Value(); got != "aX Yzzzzzb" {
		t.Fatalf("value %q", got)
	}
	if ti.Position() != 9 {
		t.Fatalf("cursor at %d", ti.Position())
	}
	// Words that are key names stay words.
	ti = NewInput("", 20, 100, "")
	ti.Focus()
	ti, _ = TypeInto(ti, runes("end home"))
	if ti.Value() != "end home" {
		t.Fatalf("value %q", ti.Value())
	}
	ti, _ = TypeInto(ti, tea.KeyMsg{Type: tea.KeyBackspace})
	if ti.Value() != "end hom" {
		t.Fatalf("backspace: %q", ti.Value())
	}
}

// Without colour a field still shows its cursor, and a placeholder is
// never taken for typed text.
func TestInputViewWithoutColour(t *testing.T) {
	ti := NewInput("", 20, 100, "Ann, Bo")
	ti.Focus()
	if got := InputView(termenv.Ascii, ti); got != "▏(Ann, Bo)" {
		t.Fatalf("empty: %q", got)
	}
	ti.SetValue("Kim")
	ti.SetCursor(1)
	if got := InputView(termenv.Ascii, ti); got != "K▏im" {
		t.Fatalf("typed: %q", got)
	}
	ti.Blur()
	if got := InputView(termenv.Ascii, ti); got != "Kim" {
		t.Fatalf("blurred: %q", got)
	}
	if got := InputView(termenv.ANSI, ti); got != ti.View() {
		t.Fatalf("with colour the field draws itself: %q", got)
	}
}

func BenchmarkPaste1MB(b *testing.B) {
	big := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("å", 1<<20)), Paste: true}
	b.ReportAllocs()
	for b.Loop() {
		ti := NewInput("", 40, 400, "")
		ti.Focus()
		ti, _ = TypeInto(ti, big)
		if len([]rune(ti.Value())) != 400 {
			b.Fatal(len(ti.Value()))
		}
	}
}

// The short help line at the edges of its width: a key that fits exactly
// stays, an ellipsis that fits exactly is shown, and with no key shown the
// line is ? alone.
func TestFooterAtTheEdgesOfItsWidth(t *testing.T) {
	a := key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "x"))
	b := key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "y"))
	off := key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "z"), key.WithDisabled())
	for _, tt := range []struct {
		w    int
		want string
	}{
		{24, " a x · b y · ? more keys"},
		{23, " a x … · ? more keys"},
		{20, " a x … · ? more keys"},
		{19, " a x · ? more keys"},
		{18, " a x · ? more keys"},
		{17, " ? more keys"},
		{15, " ? more keys"},
	} {
		c := common.NewContext(catalog.English, false, termenv.Ascii)
		c.Width, c.Height = tt.w, 12
		if got := Footer(c, []key.Binding{off, a, b}, nil)[0]; got != tt.want {
			t.Errorf("at %d: %q, want %q", tt.w, got, tt.want)
		}
	}
}

// A list with no room shows none of it, wherever the pointer is.
func TestWindowWithNoRoom(t *testing.T) {
	for _, at := range []int{0, 3, 4} {
		if from, to := Window(5, at, 0); from != 0 || to != 0 {
			t.Fatalf("Window(5, %d, 0) = %d, %d", at, from, to)
		}
		if from, to := Window(5, at, -1); from != 0 || to != 0 {
			t.Fatalf("Window(5, %d, -1) = %d, %d", at, from, to)
		}
	}
}

// A field with no limit takes a paste whole; a field narrower than its
// text shows the part around the cursor, without colour too.
func TestFieldsWithoutLimitAndNarrow(t *testing.T) {
	ti := NewInput("", 20, 0, "")
	ti.Focus()
	ti, _ = TypeInto(ti, runes("no limit here"))
	if ti.Value() != "no limit here" {
		t.Fatalf("value %q", ti.Value())
	}
	ti = NewInput("", 3, 100, "")
	ti.Focus()
	ti.SetValue("abcdef")
	ti.SetCursor(6)
	if got := InputView(termenv.Ascii, ti); got != "def▏" {
		t.Fatalf("narrow: %q", got)
	}
	ti.SetCursor(2)
	if got := InputView(termenv.Ascii, ti); got != "ab▏cdef" {
		t.Fatalf("narrow, cursor inside: %q", got)
	}
}

// A field left after typing past its width shows its words from their
// start: "Kari, Ola Nordmann" typed in a field of 10 shows "Kari, Ola",
// not the end where the cursor stopped.
func TestInputViewLeftShowsTheStart(t *testing.T) {
	ti := NewInput("", 10, 100, "")
	ti.Focus()
	ti, _ = TypeInto(ti, runes("Kari, Ola Nordmann, Per"))
	if v := ansi.Strip(InputView(termenv.ANSI, ti)); strings.Contains(v, "Kari") {
		t.Fatalf("focused, the field shows the end it is typed at: %q", v)
	}
	ti.Blur()
	if v := ansi.Strip(InputView(termenv.ANSI, ti)); !strings.HasPrefix(v, "Kari, Ola") {
		t.Fatalf("left, the field shows %q", v)
	}
}

func TestSparkline(t *testing.T) {
	tests := []struct {
		values []int
		lo, hi int
		want   string
	}{
		{nil, 0, 10, ""},
		{[]int{0, 5, 10}, 0, 10, "▁▅█"},
		{[]int{0, 1, 2, 3, 4, 5, 6, 7}, 0, 7, "▁▂▃▄▅▆▇█"},
		{[]int{-5, 20}, 0, 10, "▁█"},
		{[]int{4, 4}, 4, 4, "▅▅"},
		{[]int{-10, 0, 5}, -10, 5, "▁▆█"},
	}
	for _, tt := range tests {
		if got := Sparkline(tt.values, tt.lo, tt.hi); got != tt.want {
			t.Errorf("Sparkline(%v, %d, %d) = %q, want %q", tt.values, tt.lo, tt.hi, got, tt.want)
		}
	}
}

func TestMarksAndResample(t *testing.T) {
	if got := Marks([]bool{true, false, true}, "●", "○"); got != "●○●" {
		t.Errorf("Marks = %q", got)
	}
	tests := []struct {
		values []int
		n      int
		want   []int
	}{
		{[]int{1, 2, 3}, 5, []int{1, 2, 3}},
		{[]int{1, 2, 3}, 3, []int{1, 2, 3}},
		{[]int{1, 3, 5, 7}, 2, []int{2, 6}},
		{[]int{1, 2, 3, 4, 5}, 2, []int{1, 4}},
		{[]int{1, 2}, 0, nil},
	}
	for _, tt := range tests {
		if got := Resample(tt.values, tt.n); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Resample(%v, %d) = %v, want %v", tt.values, tt.n, got, tt.want)
		}
	}
	if got := ResampleMarks([]bool{true, true, true, false, true}, 2); fmt.Sprint(got) != "[true false]" {
		t.Errorf("ResampleMarks = %v", got)
	}
	if got := ResampleMarks([]bool{true, false}, 3); fmt.Sprint(got) != "[true false]" {
		t.Errorf("ResampleMarks of few = %v", got)
	}
	if got := ResampleMarks([]bool{true}, 0); got != nil {
		t.Errorf("ResampleMarks to 0 = %v", got)
	}
}

func TestBar(t *testing.T) {
	tests := []struct {
		v, over, most, width int
		want                 string
	}{
		{0, 0, 100, 10, ""},
		{50, 0, 0, 10, ""},
		{50, 0, 100, 0, ""},
		{100, 0, 100, 10, "██████████"},
		{50, 0, 100, 10, "█████"},
		{1, 0, 100, 10, "█"},
		{100, 20, 100, 10, "████████▒▒"},
		{100, 1, 100, 10, "█████████▒"},
		{200, 0, 100, 10, "██████████"},
		{1, 1, 100, 10, "▒"},
		{150, 100, 150, 1, "█"},
		{20, 19, 20, 2, "█▒"},
	}
	for _, tt := range tests {
		if got := Bar(tt.v, tt.over, tt.most, tt.width); got != tt.want {
			t.Errorf("Bar(%d, %d, %d, %d) = %q, want %q", tt.v, tt.over, tt.most, tt.width, got, tt.want)
		}
	}
}
