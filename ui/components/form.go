package components

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"circle/ui/common"
)

// NewInput is a one-line text field. Its cursor does not blink: a blinking
// one would wake the program twice a second for nothing.
func NewInput(prompt string, width, limit int, placeholder string) textinput.Model {
	ti := textinput.New()
	ti.Prompt = prompt
	ti.Width = width
	ti.CharLimit = limit
	ti.Placeholder = placeholder
	ti.Cursor.SetMode(cursor.CursorStatic)
	return ti
}

// TypeInto hands a key to a text field. Text that arrives in one piece
// (typed fast, or pasted) comes as one message of many runes: it goes in
// at once, up to the field's limit, so a megabyte pasted costs one copy,
// not a million key presses, and words that are key names ("end",
// "home") stay words. Line breaks become spaces; other control
// characters are dropped.
func TypeInto(ti textinput.Model, msg tea.KeyMsg) (textinput.Model, tea.Cmd) {
	if msg.Type != tea.KeyRunes || len(msg.Runes) < 2 {
		return ti.Update(msg)
	}
	value := []rune(ti.Value())
	room := len(msg.Runes)
	if ti.CharLimit > 0 {
		room = max(0, ti.CharLimit-len(value))
	}
	ins := make([]rune, 0, min(room, len(msg.Runes)))
	for _, r := range msg.Runes {
		if len(ins) == room {
			break
		}
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			ins = append(ins, ' ')
		case unicode.IsControl(r):
		default:
			ins = append(ins, r)
		}
	}
	pos := min(ti.Position(), len(value))
	out := make([]rune, 0, len(value)+len(ins))
	out = append(append(append(out, value[:pos]...), ins...), value[pos:]...)
	ti.SetValue(string(out))
	ti.SetCursor(pos + len(ins))
	return ti, nil
}

// InputView draws a text field for a colour profile. Without colour (NO_COLOR, or a plain
// terminal) the field's styles cannot show the cursor or tell a
// placeholder from typed text, so it draws them in characters: a bar where
// the cursor is, and the placeholder in brackets.
func InputView(profile termenv.Profile, ti textinput.Model) string {
	if profile != termenv.Ascii {
		if !ti.Focused() {
			// A field left shows its words from their start, not the
			// end where the typing stopped (ti is a copy).
			ti.CursorStart()
		}
		return ti.View()
	}
	v := []rune(ti.Value())
	if len(v) == 0 && ti.Placeholder != "" {
		mark := ""
		if ti.Focused() {
			mark = "▏"
		}
		return ti.Prompt + mark + "(" + ti.Placeholder + ")"
	}
	if !ti.Focused() {
		return ti.Prompt + string(v)
	}
	pos := min(ti.Position(), len(v))
	// The part around the cursor that fits the field's width.
	from := 0
	if ti.Width > 0 && pos > ti.Width {
		from = pos - ti.Width
	}
	return ti.Prompt + string(v[from:pos]) + "▏" + string(v[pos:])
}

// Row is one labelled row of a form: a text field, or a toggle whose value
// is shown ‹ like this › and changed with ←/→ or space.
type Row struct {
	Label string
	Input *textinput.Model // nil for a toggle
	Value string           // the toggle's value
	Hint  string           // said under the row while it has the focus
}

// ToggleText is how a toggle's value is drawn.
func ToggleText(v string) string { return "‹ " + v + " ›" }

// Form draws the rows, labels aligned, the focused one marked with › and
// its hint under it: under the value on a wide screen, across the screen
// on a narrow one. A toggle too wide to stand beside its label goes on
// the line under it.
func Form(c *common.Context, rows []Row, focus, w int) []string {
	lines, _, _ := FormAt(c, rows, focus, w)
	return lines
}

// FormAt is Form, and where the focused row is in its lines: its first
// line at and its count span, its hint included, so a page can keep it
// on screen (Window).
func FormAt(c *common.Context, rows []Row, focus, w int) (lines []string, at, span int) {
	labelW := 0
	for _, r := range rows {
		labelW = max(labelW, ansi.StringWidth(r.Label))
	}
	for i, r := range rows {
		value := ToggleText(r.Value)
		if r.Input != nil {
			value = InputView(c.Profile, *r.Input)
		}
		label := common.PadRight(r.Label, labelW)
		mark := "  "
		if i == focus {
			mark, label = c.Styles.Selected.Render("› "), c.Styles.Selected.Render(label)
			at = len(lines)
		} else {
			label = c.Styles.Label.Render(label)
		}
		if r.Input == nil && 5+labelW+ansi.StringWidth(value) > w {
			lines = append(lines, " "+mark+label, "     "+value)
		} else {
			lines = append(lines, " "+mark+label+"  "+value)
		}
		if i == focus && r.Hint != "" {
			indent := labelW + 5
			if indent > w/2 {
				indent = 3
			}
			for _, l := range common.Wrap(r.Hint, w, strings.Repeat(" ", indent)) {
				lines = append(lines, c.Styles.Muted.Render(l))
			}
		}
		if i == focus {
			span = len(lines) - at
		}
	}
	return lines, at, span
}

// FieldWidth is how wide a form's text field is drawn: wide enough for
// what is typed in a wide terminal, never past the screen's edge.
func FieldWidth(screen, labelW, least, most int) int {
	return max(least, min(most, screen-labelW-8))
}
