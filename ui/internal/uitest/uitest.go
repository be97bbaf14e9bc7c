// Package uitest is the scaffolding the ui tests share: a context on a
// real data file, key presses by name, commands run as the program runs
// them, the checks every screen and every spoken line must pass, the
// golden looks and the line mode's speaker.
//
// It is imported from _test files only, and holds no assertion of its own
// about any one page: a page's tests say what that page must do.
package uitest

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
)

// Store opens a data file of the test's own in t.TempDir(), closed when
// the test ends, and returns it with its path.
func Store(t testing.TB) (*store.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "circle.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, path
}

// Context is a page's context on a screen of w×h, its clock read from now.
// It has no data file: the test gives it one.
func Context(lang catalog.Lang, highContrast bool, profile termenv.Profile, w, h int, now func() time.Time) *common.Context {
	c := common.NewContext(lang, highContrast, profile)
	c.Width, c.Height = w, h
	c.Help.Width = w
	c.Now = now
	return c
}

// At is a clock stopped at t.
func At(t time.Time) func() time.Time { return func() time.Time { return t } }

// keys are the special keys by the names the tests give them.
var keys = map[string]tea.KeyType{
	"enter": tea.KeyEnter, "esc": tea.KeyEsc, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab,
	"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
	"backspace": tea.KeyBackspace, "delete": tea.KeyDelete, "home": tea.KeyHome, "end": tea.KeyEnd,
	"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "shift+up": tea.KeyShiftUp, "shift+down": tea.KeyShiftDown,
	"ctrl+a": tea.KeyCtrlA, "ctrl+c": tea.KeyCtrlC, "ctrl+d": tea.KeyCtrlD, "ctrl+r": tea.KeyCtrlR,
	"ctrl+u": tea.KeyCtrlU, "ctrl+x": tea.KeyCtrlX, "f1": tea.KeyF1,
}

// Key is a key press by its name ("enter", "space", "ctrl+c", ...), or
// else the runes typed, as keys typed fast arrive in one message.
func Key(k string) tea.KeyMsg {
	if t, ok := keys[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	if k == "space" {
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// Sent runs a command and returns the message it sends, nil for none.
func Sent(cmd tea.Cmd) tea.Msg {
	if cmd == nil {
		return nil
	}
	return cmd()
}

// Each runs a command as the program would, batches one by one in order,
// and hands every message it sends to do, as it comes.
func Each(cmd tea.Cmd, do func(tea.Msg)) {
	switch msg := Sent(cmd).(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			Each(c, do)
		}
	default:
		do(msg)
	}
}

// Press sends each key to the page and returns what the last one's
// command sent, run by run (Sent when run is nil).
func Press(p common.Page, run func(tea.Cmd) tea.Msg, keys ...string) tea.Msg {
	if run == nil {
		run = Sent
	}
	var last tea.Msg
	for _, k := range keys {
		_, cmd := p.Update(Key(k))
		last = run(cmd)
	}
	return last
}

// misfits are the ways a view overflows a screen of w×h.
func misfits(v string, w, h int) []string {
	var out []string
	lines := strings.Split(v, "\n")
	if len(lines) > h {
		out = append(out, fmt.Sprintf("%d lines on a screen of %d:\n%s", len(lines), h, v))
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			out = append(out, fmt.Sprintf("line %d is %d cells on a screen of %d: %q", i, n, w, l))
		}
	}
	return out
}

// CheckFits stops the test when the view has more lines than h or a line
// wider than w.
func CheckFits(t testing.TB, v string, w, h int) {
	t.Helper()
	if m := misfits(v, w, h); m != nil {
		t.Fatal(m[0])
	}
}

// ReportFits is CheckFits that reports every overflow and goes on.
func ReportFits(t testing.TB, v string, w, h int) {
	t.Helper()
	for _, m := range misfits(v, w, h) {
		t.Error(m)
	}
}

// CheckFormatted stops the test when text shows fmt's %! marks, or the
// [key] a catalog shows for a word it lacks, of one of the pages named.
func CheckFormatted(t testing.TB, text string, pages ...string) {
	t.Helper()
	bad := strings.Contains(text, "%!")
	for _, p := range pages {
		bad = bad || strings.Contains(text, "["+p+".")
	}
	if bad {
		t.Fatalf("a badly formatted or missing string:\n%s", text)
	}
}

// unplain says what in a spoken line a screen reader would read aloud
// that is not words: an escape code, box drawing or a block, braille.
func unplain(l string) string {
	if strings.Contains(l, "\x1b") {
		return fmt.Sprintf("an escape code in a spoken line: %q", l)
	}
	for _, r := range l {
		switch {
		case r >= 0x2500 && r <= 0x259F: // box drawing, block elements
			return fmt.Sprintf("a drawing character %q in a spoken line: %q", r, l)
		case r >= 0x2800 && r <= 0x28FF:
			return fmt.Sprintf("a braille pattern %q in a spoken line: %q", r, l)
		}
	}
	return ""
}

// CheckPlain stops the test at the first spoken line that is not plain
// words.
func CheckPlain(t testing.TB, lines []string) {
	t.Helper()
	for _, l := range lines {
		if m := unplain(l); m != "" {
			t.Fatal(m)
		}
	}
}

// ReportPlain is CheckPlain that reports every such line and goes on.
func ReportPlain(t testing.TB, lines []string) {
	t.Helper()
	for _, l := range lines {
		if m := unplain(l); m != "" {
			t.Error(m)
		}
	}
}

// CheckSaid stops the test unless what was said holds every text.
func CheckSaid(t testing.TB, said []string, want ...string) {
	t.Helper()
	all := strings.Join(said, "\n")
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Fatalf("not said: %q\nsaid:\n%s", w, all)
		}
	}
}

// ReportSaid is CheckSaid that reports every text missing and goes on.
func ReportSaid(t testing.TB, said []string, want ...string) {
	t.Helper()
	all := strings.Join(said, "\n")
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("not said: %q\nsaid:\n%s", w, all)
		}
	}
}

// CheckSee stops the test unless the screen shows every text.
func CheckSee(t testing.TB, v string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(v, w) {
			t.Fatalf("screen lacks %q:\n%s", w, v)
		}
	}
}

// Changed is what the line mode says when the page's lines go from said
// to now: every line from the first that changed.
func Changed(said, now []string) []string {
	from := 0
	for from < len(now) && from < len(said) && now[from] == said[from] {
		from++
	}
	return now[from:]
}

// SocketDir is a folder of the test's own for a socket: a socket's path
// may be at most 104 to 108 bytes, and t.TempDir holds the test's name
// under TMPDIR, which can pass that (a mutation tool's TMPDIR, macOS's).
func SocketDir(t testing.TB) string {
	t.Helper()
	d, err := os.MkdirTemp("", "sock")
	if err != nil {
		t.Fatal(err)
	}
	if len(d) > 60 && runtime.GOOS != "windows" {
		os.Remove(d)
		if d, err = os.MkdirTemp("/tmp", "sock"); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { os.RemoveAll(d) })
	return d
}
