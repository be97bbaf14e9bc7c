package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"circle/ui/catalog"
)

// runAll runs cmd and every command of the batches it returns.
func runAll(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	if batch, ok := cmd().(tea.BatchMsg); ok {
		for _, c := range batch {
			runAll(c)
		}
	}
}

func firstFrameOutput(t *testing.T) (*Output, *Model, string) {
	t.Helper()
	name := filepath.Join(t.TempDir(), "screen")
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	out := NewOutput(f)
	ascii := termenv.Ascii
	m := New(Options{Lang: catalog.English, Width: 80, Height: 24, Output: out, Profile: &ascii, DataPath: "/tmp/x.db"})
	return out, m, name
}

func TestTheFirstFrameIsPaintedAtOnce(t *testing.T) {
	_, m, name := firstFrameOutput(t)
	runAll(m.Init())
	got, _ := os.ReadFile(name)
	first := strings.Split(m.View(), "\n")[0]
	if !strings.HasPrefix(string(got), "\x1b[H") || !strings.Contains(string(got), first) {
		t.Fatalf("the first frame was not painted: %q", got)
	}
}

// TestTheFirstFrameNeverCoversANewerOne: the painting goroutine comes
// late, after the renderer has written a newer frame; the older frame
// must not be painted over it, where the renderer would leave it.
func TestTheFirstFrameNeverCoversANewerOne(t *testing.T) {
	out, m, name := firstFrameOutput(t)
	cmd := m.Init()
	if _, err := out.WriteString("the renderer's newer frame"); err != nil {
		t.Fatal(err)
	}
	runAll(cmd)
	got, _ := os.ReadFile(name)
	if string(got) != "the renderer's newer frame" {
		t.Fatalf("the screen holds %q", got)
	}
	if out.paintFirst(out.mark()-1, "old") {
		t.Fatal("paintFirst painted after a write")
	}
	if !out.paintFirst(out.mark(), "new") {
		t.Fatal("paintFirst did not paint with nothing written since")
	}
}

// frames is a model whose view is the frame it was last given.
type frames struct {
	view string
	got  []tea.Msg
}

type frameMsg string

func (f *frames) Init() tea.Cmd { return nil }
func (f *frames) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	f.got = append(f.got, msg)
	if s, ok := msg.(frameMsg); ok {
		f.view = string(s)
		return f, func() tea.Msg { return "next" }
	}
	return f, nil
}
func (f *frames) View() string { return f.view }

func TestAScreenPaintsOnlyTheLinesThatChanged(t *testing.T) {
	var out strings.Builder
	m := &frames{view: "one\ntwo\nthree"}
	s := NewScreen(m, &out)
	if s.Init() != nil {
		t.Fatal("Init gave a command the model did not")
	}
	row := func(n int) string { return fmt.Sprintf("\x1b[%d;1H\x1b[2K", n) }
	if want := "\x1b[2J" + "\x1b[H\x1b[2K" + "one" + row(2) + "two" + row(3) + "three"; out.String() != want {
		t.Fatalf("first frame:\n got %q\nwant %q", out.String(), want)
	}

	// One line changed: only it is written, where it is.
	out.Reset()
	next, cmd := s.Update(frameMsg("one\n2\nthree"))
	if next != s || cmd == nil || cmd() != "next" {
		t.Fatalf("Update gave %v and its command %v, not the screen and the model's command", next, cmd)
	}
	if want := row(2) + "2"; out.String() != want {
		t.Fatalf("one changed line:\n got %q\nwant %q", out.String(), want)
	}

	// Nothing changed: nothing is written.
	out.Reset()
	s.Update("a tick")
	if out.Len() != 0 {
		t.Fatalf("an unchanged frame wrote %q", out.String())
	}
	if len(m.got) != 2 || m.got[1] != "a tick" {
		t.Fatalf("the model got %v", m.got)
	}

	// Fewer lines: the rows below are cleared.
	out.Reset()
	s.Update(frameMsg("one"))
	if want := row(2) + row(3); out.String() != want {
		t.Fatalf("a shorter frame:\n got %q\nwant %q", out.String(), want)
	}

	// A new size paints the whole screen again.
	s.Update(frameMsg("one\n2"))
	out.Reset()
	s.Update(tea.WindowSizeMsg{Width: 5, Height: 3})
	if want := "\x1b[2J" + "\x1b[H\x1b[2K" + "one" + row(2) + "2"; out.String() != want {
		t.Fatalf("after a new size:\n got %q\nwant %q", out.String(), want)
	}
	if s.View() != "" {
		t.Fatalf("the screen's own view is %q: the renderer it runs without would be given it", s.View())
	}
}

// Open and Close on what is not a terminal: the alternate screen is
// entered and cleared, the cursor hidden and wrapping turned off (a line
// too wide is cut by the terminal, never run onto the next row or
// scrolling the screen), then all of it undone.
func TestAScreenOpensAndClosesTheAlternateScreen(t *testing.T) {
	name := filepath.Join(t.TempDir(), "screen")
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := NewScreen(&frames{}, f)
	if err := s.Open(f); err != nil {
		t.Fatal(err)
	}
	s.Close()
	got, _ := os.ReadFile(name)
	if want := "\x1b[?1049h\x1b[?25l\x1b[?7l\x1b[2J" + "\x1b[?7h\x1b[?25h\x1b[?1049l"; string(got) != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}
