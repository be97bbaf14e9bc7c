package ui

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"circle/ui/pages/setup"
)

// through sends input through the filter in reads of at most size bytes,
// as a terminal delivers it, and returns what bubbletea would read.
func through(t testing.TB, input []byte, size int) []byte {
	t.Helper()
	in := &Input{}
	var got []byte
	for len(input) > 0 {
		n := min(size, len(input))
		in.filter(input[:n])
		input = input[n:]
		got = append(got, in.ready...)
		in.ready = in.ready[:0]
	}
	return got
}

func TestInputCutsAPasteToItsCap(t *testing.T) {
	big := strings.Repeat("å", PasteCap) // 2 bytes each: twice the cap
	for _, size := range []int{1, 5, 6, 7, 256, 4096} {
		input := "ab\x1b[200~" + big + "\x1b[201~cd\x1b[200~short\x1b[201~e"
		got := through(t, []byte(input), size)
		want := "ab\x1b[200~" + big[:PasteCap] + "\x1b[201~cd\x1b[200~short\x1b[201~e"
		if string(got) != want {
			t.Fatalf("reads of %d: %d bytes through, want %d", size, len(got), len(want))
		}
		if !utf8.Valid(got) {
			t.Fatalf("reads of %d: a character was cut in two", size)
		}
	}
}

func TestInputPassesWhatIsNotAPaste(t *testing.T) {
	// Keys, escape sequences, a marker cut short, and text longer than
	// the cap typed (not pasted) all go through as they are.
	long := strings.Repeat("x", 3*PasteCap)
	for _, input := range []string{
		"pp\r\x1b[A\x1b[B q", "\x1b[20x\x1b[200", long, "\x1b[201~",
	} {
		for _, size := range []int{1, 3, 256} {
			if got := through(t, []byte(input), size); string(got) != input {
				t.Fatalf("%q in reads of %d came through as %q", input[:min(20, len(input))], size, got[:min(20, len(got))])
			}
		}
	}
}

// A paste cut at its cap keeps the marker that ends it whole, even when
// the marker begins right at the cap.
func TestInputKeepsTheEndMarkerAtTheCap(t *testing.T) {
	for extra := 0; extra < 8; extra++ {
		body := strings.Repeat("y", PasteCap-3+extra)
		input := "\x1b[200~" + body + "\x1b[201~z"
		got := string(through(t, []byte(input), 256))
		if !strings.HasSuffix(got, "\x1b[201~z") || strings.Count(got, "\x1b") != 2 {
			t.Fatalf("extra %d: %q", extra, got[len(got)-min(20, len(got)):])
		}
	}
}

// Read never hands back an empty read while the input goes on.
func TestInputReadSkipsWhatItCutWhole(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	go func() {
		w.Write([]byte("\x1b[200~" + strings.Repeat("z", 2*PasteCap)))
		w.Write([]byte(strings.Repeat("z", 4*PasteCap) + "\x1b[201~k"))
		w.Close()
	}()
	got, err := io.ReadAll(NewInput(r))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(got, []byte("\x1b[201~k")) || len(got) != len("\x1b[200~")+PasteCap+len("\x1b[201~k") {
		t.Fatalf("%d bytes read", len(got))
	}
}

// BenchmarkPaste1MBThroughTheInput is a megabyte pasted into the setup
// form's names field: through the input filter in the terminal's reads,
// then to the form as the one message bubbletea makes of it.
func BenchmarkPaste1MBThroughTheInput(b *testing.B) {
	input := []byte("\x1b[200~" + strings.Repeat("Ann, Bo, ", (1<<20)/9) + "\x1b[201~")
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		h := newHarness(b, 120, 40)
		h.key("enter")
		h.focus(setupNames)
		b.StartTimer()
		got := through(b, input, 256)
		text := string(got[len(pasteStart) : len(got)-len(pasteEnd)])
		h.send(pasteMsg(text))
		b.StopTimer()
		if v := h.form().Value(setupNames); len([]rune(v)) != 400 {
			b.Fatalf("the field holds %d characters", len([]rune(v)))
		}
		b.StartTimer()
	}
}

const setupNames = setup.FieldNames

func pasteMsg(text string) tea.KeyMsg {
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(text), Paste: true}
}
