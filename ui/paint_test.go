package ui

import (
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
