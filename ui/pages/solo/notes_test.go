package solo

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/charmbracelet/x/exp/golden"
	bolt "go.etcd.io/bbolt"

	"circle/store"
	"circle/ui/catalog"
	"circle/ui/internal/uitest"
)

const (
	canaryNote = "Kanarifuglen synger om Ødegårds hemmelighet 7Q"
	canaryPass = "blåbærsyltetøy-passord"
)

// typeText types text into the field, as keys typed fast arrive.
func (h *harness) typeText(s string) {
	h.t.Helper()
	h.key(s)
}

// noCanary fails when raw holds the canary's note or passphrase in UTF-8
// or UTF-16, either way round.
func noCanary(t *testing.T, what string, raw []byte) {
	t.Helper()
	for _, s := range []string{canaryNote, canaryPass, "Kanarifuglen", "blåbærsyltetøy"} {
		u := utf16.Encode([]rune(s))
		le, be := make([]byte, 2*len(u)), make([]byte, 2*len(u))
		for i, c := range u {
			binary.LittleEndian.PutUint16(le[2*i:], c)
			binary.BigEndian.PutUint16(be[2*i:], c)
		}
		for _, f := range [][]byte{[]byte(s), le, be} {
			if bytes.Contains(raw, f) {
				t.Errorf("%s holds %q", what, s)
			}
		}
	}
}

// Private notes through the page: off, and said so with what a
// forgotten passphrase means before the first note; turned on with a
// passphrase typed twice; written, locked, opened again; a wrong
// passphrase is one line and changes nothing. Goldens of each screen.
func TestNotesThroughThePage(t *testing.T) {
	for _, look := range uitest.Looks(uitest.Normal) {
		t.Run(fmt.Sprintf("%s/%s", look.Lang, look.Size()), func(t *testing.T) {
			h := newHarness(t, setup{lang: look.Lang, w: look.W, h: look.H})
			cat := catalog.New(look.Lang)
			step := func(name string, do func(), see ...string) {
				t.Helper()
				do()
				v := h.view()
				uitest.CheckSee(t, v, see...)
				if strings.Contains(v, canaryPass) {
					t.Fatalf("%s: the passphrase is on screen:\n%s", name, v)
				}
				t.Run(name, func(t *testing.T) { golden.RequireEqual(t, v) })
			}
			step("off", func() { h.key("n") })
			if !strings.Contains(strings.Join(h.p.Speech(), " "), cat.T(catalog.NotesForgotten)) {
				t.Error("notes off does not say what a forgotten passphrase means")
			}
			step("choose", func() { h.key("t"); h.typeText("short") }, "•••••")
			step("too-short", func() { h.key("enter") })
			step("repeat", func() { h.typeText(canaryPass); h.key("enter"); h.typeText("not the same") })
			step("mismatch", func() { h.key("enter") })
			if on, _, _ := h.store.NotesOn(); on {
				t.Fatal("notes were turned on with passphrases that differ")
			}
			step("empty", func() { h.typeText(canaryPass); h.key("enter"); h.typeText(canaryPass); h.key("enter") })
			if !strings.Contains(strings.Join(h.p.Speech(), " "), cat.T(catalog.NotesForgotten)) {
				t.Error("the empty notes do not say what a forgotten passphrase means")
			}
			step("writing", func() { h.key("a"); h.typeText(canaryNote) }, "Kanari")
			step("open", func() { h.key("enter", "a"); h.typeText("A second note, short."); h.key("enter") }, "second note")
			h.key("esc")
			if h.p.step != stepTheme || h.p.n.list != nil || h.p.n.book != nil {
				t.Fatal("leaving the notes kept their text or key in memory")
			}
			before, _ := os.ReadFile(h.path)
			step("locked", func() { h.key("n") }, cat.N(catalog.NotesCount, 2))
			step("wrong", func() { h.typeText("wrong passphrase"); h.key("enter") })
			if after, _ := os.ReadFile(h.path); !bytes.Equal(before, after) {
				t.Error("a wrong passphrase changed the data file")
			}
			if h.p.n.mode != notesLocked {
				t.Fatalf("a wrong passphrase opened the notes: mode %d", h.p.n.mode)
			}
			step("reopened", func() { h.typeText(canaryPass); h.key("enter") }, "second note")
			step("ask-all", func() { h.key("D") })
			noCanary(t, "the data file", readAll(t, h.path))
		})
	}
}

func readAll(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// openNotesWith turns notes on with notes of texts, and leaves the page
// on them, open.
func openNotesWith(h *harness, texts ...string) {
	h.t.Helper()
	h.key("n", "t")
	h.typeText(canaryPass)
	h.key("enter")
	h.typeText(canaryPass)
	h.key("enter")
	for _, s := range texts {
		h.key("a")
		h.typeText(s)
		h.key("enter")
	}
}

// Deleting asks; only y (j in Bokmål) deletes: every other key, enter
// included, keeps every note, at the smallest screen too.
func TestDeletingNotesOnlyYConfirms(t *testing.T) {
	others := []string{"enter", "esc", "n", "N", "q", "space", "d", "D", "a", "tab", "backspace", "1"}
	for _, lang := range catalog.Languages() {
		for _, size := range [][2]int{{40, 12}, {80, 24}} {
			h := newHarness(t, setup{lang: lang, w: size[0], h: size[1]})
			openNotesWith(h, "one", "two", "three")
			cat := catalog.New(lang)
			for _, ask := range []string{"d", "D"} {
				for _, k := range others {
					h.key(ask)
					q := cat.T(catalog.NotesAskOne)
					if ask == "D" {
						q = cat.T(catalog.NotesAskAll)
					}
					uitest.CheckSee(t, h.view(), strings.Fields(q)[0])
					h.key(k)
					if _, n, _ := h.store.NotesOn(); n != 3 || h.p.n.ask != askNone {
						t.Fatalf("%s %dx%d: %s then %q: %d notes, asking %d", lang, size[0], size[1], ask, k, n, h.p.n.ask)
					}
					// Whatever the key did, back to the list.
					if h.p.step != stepNotes || h.p.n.mode != notesOpen {
						h.p.step = stepTheme
						h.key("n")
						h.typeText(canaryPass)
						h.key("enter")
					}
				}
			}
			yes := "y"
			if lang == catalog.Bokmal {
				yes = "j"
			}
			h.key("up", "d", yes)
			if _, n, _ := h.store.NotesOn(); n != 2 || len(h.p.n.list) != 2 || h.p.n.list[1].Text != "three" {
				t.Fatalf("%s: d %s deleted wrong: %+v", lang, yes, h.p.n.list)
			}
			uitest.CheckSee(t, h.view(), cat.T(catalog.NotesDeleted))
			h.key("D", yes)
			if on, n, _ := h.store.NotesOn(); on || n != 0 || h.p.n.mode != notesOff {
				t.Fatalf("%s: D %s left notes on: %v %d", lang, yes, on, n)
			}
		}
	}
}

// A forgotten passphrase: the locked notes can be deleted all, after a
// yes, and notes are off.
func TestForgottenPassphraseDeletesAll(t *testing.T) {
	h := newHarness(t, setup{})
	openNotesWith(h, "one")
	h.key("esc", "n", "D", "enter")
	if on, _, _ := h.store.NotesOn(); !on {
		t.Fatal("enter deleted the locked notes")
	}
	h.key("D", "y")
	if on, _, _ := h.store.NotesOn(); on {
		t.Fatal("D y on the locked notes did not delete them")
	}
	uitest.CheckSee(t, h.view(), "All notes are deleted")
}

// A damaged note record is one line, and the other notes are read.
func TestDamagedNoteInThePage(t *testing.T) {
	h := newHarness(t, setup{})
	openNotesWith(h, "first", "second", "third")
	h.key("esc")
	h.store.Close()
	db, err := bolt.Open(h.path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		items := tx.Bucket([]byte("notes")).Bucket([]byte("items"))
		k := binary.BigEndian.AppendUint64(nil, 2)
		v := bytes.Clone(items.Get(k))
		v[len(v)-2] ^= 1
		return items.Put(k, v)
	}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	st, err := store.OpenWith(h.path, store.Options{NotesWorkFactor: 10})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h.store, h.c.Store = st, st
	h.p = New(h.c, nil)
	h.key("n")
	h.typeText(canaryPass)
	h.key("enter")
	v := h.view()
	uitest.CheckSee(t, v, "1. ", "first", "2. This note cannot be read: its record is damaged.", "3. ", "third")
	if strings.Count(v, "cannot be read") != 1 {
		t.Errorf("the damage is said more than once:\n%s", v)
	}
	h.key("down", "d", "y")
	if len(h.p.n.list) != 2 || h.p.n.list[1].Text != "third" {
		t.Errorf("after deleting the damaged note: %+v", h.p.n.list)
	}
}

// Without a data file there are no notes to turn on; said in one line.
func TestNotesWithoutDataFile(t *testing.T) {
	h := newHarness(t, setup{noFile: true})
	h.key("n", "t")
	uitest.CheckSee(t, h.view(), "Private notes need a data file")
	if h.p.n.mode != notesOff {
		t.Errorf("t without a file: mode %d", h.p.n.mode)
	}
	h.key("q")
	if h.p.step != stepTheme {
		t.Errorf("q on the notes: step %d", h.p.step)
	}
}

// The line mode: notes typed as lines, read back numbered, deleted by
// number after a yes; its transcript is a golden.
func TestNotesInTheLineMode(t *testing.T) {
	for _, lang := range catalog.Languages() {
		t.Run(string(lang), func(t *testing.T) {
			h := newHarness(t, setup{lang: lang, line: true})
			h.line("n", "x", "t", "kort", canaryPass, canaryPass, "a", canaryNote, "a", "Second note", "q",
				"n", "wrong passphrase", canaryPass, "d 9", "d 1", "", "d 1", "y", "D", "no", "q")
			cat := catalog.New(lang)
			uitest.CheckSaid(t, h.out, cat.T(catalog.NotesForgotten), cat.T(catalog.NotesShort),
				cat.F(catalog.NotesSayNote, 1, cat.Date(start), canaryNote), cat.T(catalog.NotesWrong),
				cat.F(catalog.NotesNoSuchNote, "9", 2), cat.T(catalog.NotesAskOne), cat.T(catalog.NotesDeleted),
				cat.F(catalog.NotesSayNote, 1, cat.Date(start), "Second note"))
			if _, n, _ := h.store.NotesOn(); n != 1 {
				t.Errorf("%d notes left, want 1", n)
			}
			noCanary(t, "the data file", readAll(t, h.path))
			golden.RequireEqual(t, h.transcript())
		})
	}
}

// The keys of the notes: esc goes back a step (writing to the list, the
// second passphrase to the first, the rest to the themes, locking them);
// the pointer stops at the ends; d with no notes asks nothing; ctrl+c
// locks them and quits; ? says what can be typed in each.
func TestNotesKeys(t *testing.T) {
	h := newHarness(t, setup{})
	h.key("n", "?")
	uitest.CheckSee(t, h.view(), "turn on")
	h.key("?", "x", "t")
	if h.p.n.mode != notesChoose || h.p.Typing() != catalog.New(catalog.English).T(catalog.NotesTypePass) {
		t.Fatalf("t: mode %d", h.p.n.mode)
	}
	h.typeText(canaryPass)
	h.key("enter", "esc")
	if h.p.n.mode != notesChoose || h.p.n.first != "" || h.p.n.input.Value() != "" {
		t.Fatalf("esc on the second passphrase: mode %d, kept %q", h.p.n.mode, h.p.n.first)
	}
	h.key("esc")
	if h.p.step != stepTheme {
		t.Fatalf("esc on the first passphrase: step %d", h.p.step)
	}
	openNotesWith(h)
	h.key("d")
	if h.p.n.ask != askNone {
		t.Error("d with no notes asked")
	}
	h.key("a", "esc")
	if h.p.n.mode != notesOpen {
		t.Errorf("esc while writing: mode %d", h.p.n.mode)
	}
	h.key("a", "   ", "enter")
	if len(h.p.n.list) != 0 {
		t.Errorf("a blank note was kept: %+v", h.p.n.list)
	}
	for _, s := range []string{"one", "two"} {
		h.key("a")
		h.typeText(s)
		h.key("enter")
	}
	h.key("down", "down")
	if h.p.n.at != 1 {
		t.Errorf("down past the end: %d", h.p.n.at)
	}
	h.key("up", "up", "k")
	if h.p.n.at != 0 {
		t.Errorf("up past the top: %d", h.p.n.at)
	}
	for mode, want := range map[notesMode]catalog.Key{notesOff: catalog.NotesTypeOff, notesLocked: catalog.NotesTypeLocked,
		notesOpen: catalog.NotesTypeOpen, notesWrite: catalog.NotesTypeWrite, notesRepeat: catalog.NotesTypePass} {
		saved := h.p.n.mode
		h.p.n.mode = mode
		if got := h.p.Typing(); got != catalog.New(catalog.English).T(want) {
			t.Errorf("mode %d says %q", mode, got)
		}
		h.p.n.mode = saved
	}
	book := h.p.n.book
	h.sent = nil
	h.key("ctrl+c")
	if len(h.sent) != 1 || h.p.n.book != nil || h.p.n.list != nil {
		t.Errorf("ctrl+c: sent %v, notes still open", h.sent)
	}
	if _, err := book.Notes(); err == nil {
		t.Error("the notebook still opens notes after ctrl+c")
	}
}
