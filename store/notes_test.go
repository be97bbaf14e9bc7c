package store_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"circle/store"

	bolt "go.etcd.io/bbolt"

	"circle/session"
)

// The canary's words: in no byte of any file circle writes.
const (
	canaryText = "Kanarifuglen synger om Ødegårds hemmelighet 7Q"
	canaryPass = "blåbærsyltetøy-passord"
)

// forms are the ways a text could sit in a file: UTF-8, UTF-16 either
// way round.
func forms(s string) [][]byte {
	u := utf16.Encode([]rune(s))
	le, be := make([]byte, 2*len(u)), make([]byte, 2*len(u))
	for i, c := range u {
		binary.LittleEndian.PutUint16(le[2*i:], c)
		binary.BigEndian.PutUint16(be[2*i:], c)
	}
	return [][]byte{[]byte(s), le, be}
}

// noCanary fails when raw holds the canary's note or passphrase, or a
// long piece of either, in any form.
func noCanary(t *testing.T, what string, raw []byte) {
	t.Helper()
	for _, s := range []string{canaryText, canaryPass, "Kanarifuglen", "hemmelighet", "blåbærsyltetøy"} {
		for i, f := range forms(s) {
			if bytes.Contains(raw, f) {
				t.Errorf("%s holds %q (form %d)", what, s, i)
			}
		}
	}
}

// fastNotes makes scrypt cheap, for tests that are not about its cost.
var fastNotes = store.Options{NotesWorkFactor: 10}

// The passphrase's key is made at circle's work factor, and opened with
// it; a key of a higher factor than circle's is refused as damaged, not
// worked on for minutes.
func TestNotesWorkFactor(t *testing.T) {
	// Three scrypts at circle's cost: alongside the other tests.
	t.Parallel()
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	if _, err := s.TurnOnNotes(canaryPass); err != nil {
		t.Fatal(err)
	}
	var key []byte
	if err := s.View(func(tx *bolt.Tx) error {
		key = bytes.Clone(tx.Bucket(store.NotesBucket).Get(store.NotesKey))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(key, []byte(" 16\n")) || store.NotesWorkFactor != 16 {
		t.Errorf("the key's scrypt stanza is not of work factor 16: %q", key[:min(len(key), 120)])
	}
	if _, err := s.UnlockNotes(canaryPass); err != nil {
		t.Errorf("unlock at 16: %v", err)
	}
	s.Close()
	// A key of work factor 17: made cheaply at 10, and its stanza made to
	// say 17. Unrefused, scrypt at 17 would find the key not theirs
	// (ErrPassphrase), not damaged.
	hardPath := filepath.Join(t.TempDir(), "hard.db")
	hard := openWithT(t, hardPath, fastNotes)
	if _, err := hard.TurnOnNotes(canaryPass); err != nil {
		t.Fatal(err)
	}
	err := hard.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(store.NotesBucket)
		k := b.Get(store.NotesKey)
		if !bytes.Contains(k, []byte(" 10\n")) {
			t.Fatalf("the key's scrypt stanza is not of work factor 10: %q", k[:min(len(k), 120)])
		}
		return b.Put(store.NotesKey, bytes.Replace(k, []byte(" 10\n"), []byte(" 17\n"), 1))
	})
	if err != nil {
		t.Fatal(err)
	}
	hard.Close()
	hard = openT(t, hardPath)
	if _, err := hard.UnlockNotes(canaryPass); !errors.Is(err, store.ErrDamaged) {
		t.Errorf("a key of work factor 17: %v", err)
	}
}

// A round trip: turned on, notes written are read back with the
// passphrase, in order, across a reopening; without it, only counted.
func TestNotesRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openWithT(t, path, fastNotes)
	if on, n, err := s.NotesOn(); on || n != 0 || err != nil {
		t.Fatalf("a new file's notes: %v %d %v", on, n, err)
	}
	if _, err := s.UnlockNotes(canaryPass); !errors.Is(err, store.ErrNotesOff) {
		t.Errorf("unlocking notes never turned on: %v", err)
	}
	if _, err := s.TurnOnNotes("short"); !errors.Is(err, store.ErrShortPassphrase) {
		t.Errorf("a short passphrase: %v", err)
	}
	nb, err := s.TurnOnNotes(canaryPass)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.TurnOnNotes("another passphrase"); !errors.Is(err, store.ErrNotesOn) {
		t.Errorf("turned on twice: %v", err)
	}
	for _, text := range []string{canaryText, "Second note, with a line\nbreak"} {
		if _, err := nb.Add("2026-12-01", text); err != nil {
			t.Fatal(err)
		}
	}
	for _, bad := range []string{"", strings.Repeat("x", store.MaxNoteLength+1), "\xff"} {
		if _, err := nb.Add("2026-12-01", bad); !errors.Is(err, store.ErrNote) {
			t.Errorf("note %.10q: %v", bad, err)
		}
	}
	if _, err := nb.Add("2026-12-01T10:00", "x"); !errors.Is(err, store.ErrNote) {
		t.Errorf("a time of day: %v", err)
	}
	if _, err := nb.Add("2026-12-01", strings.Repeat("å", store.MaxNoteLength)); err != nil {
		t.Errorf("a note of %d characters: %v", store.MaxNoteLength, err)
	}
	s.Close()

	s = openWithT(t, path, fastNotes)
	if on, n, err := s.NotesOn(); !on || n != 3 || err != nil {
		t.Fatalf("notes on reopening: %v %d %v", on, n, err)
	}
	nb, err = s.UnlockNotes(canaryPass)
	if err != nil {
		t.Fatal(err)
	}
	notes, err := nb.Notes()
	if err != nil || len(notes) != 3 {
		t.Fatalf("notes: %v, %v", notes, err)
	}
	if notes[0].Text != canaryText || notes[0].Date != "2026-12-01" || notes[1].Text != "Second note, with a line\nbreak" || notes[0].Damaged {
		t.Errorf("notes read back: %+v", notes[:2])
	}
	if err := s.Check(); err != nil {
		t.Errorf("check with notes: %v", err)
	}
	nb.Lock()
	if nb.Unlocked() {
		t.Error("the key stayed in memory after Lock")
	}
	if _, err := nb.Notes(); !errors.Is(err, store.ErrNotesLocked) {
		t.Errorf("notes read after Lock: %v", err)
	}
	if _, err := nb.Add("2026-12-01", "x"); !errors.Is(err, store.ErrNotesLocked) {
		t.Errorf("a note added after Lock: %v", err)
	}
}

// A wrong passphrase opens nothing and changes not one byte of the file.
func TestWrongPassphraseChangesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openWithT(t, path, fastNotes)
	nb, err := s.TurnOnNotes(canaryPass)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := nb.Add("2026-12-01", canaryText); err != nil {
		t.Fatal(err)
	}
	before := readFile(t, path)
	for _, wrong := range []string{"", "blåbærsyltetøy-passorD", canaryPass + " ", "x"} {
		if _, err := s.UnlockNotes(wrong); !errors.Is(err, store.ErrPassphrase) {
			t.Errorf("%q: %v, want ErrPassphrase", wrong, err)
		}
	}
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("a wrong passphrase changed the file")
	}
	if _, err := s.UnlockNotes(canaryPass); err != nil {
		t.Errorf("the right passphrase after wrong ones: %v", err)
	}
}

// A note whose record is damaged comes back damaged, and the others are
// read; deleting it leaves them. A damaged key is ErrDamaged, and all can
// still be deleted.
func TestDamagedNoteRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openWithT(t, path, fastNotes)
	nb, err := s.TurnOnNotes(canaryPass)
	if err != nil {
		t.Fatal(err)
	}
	var ids []uint64
	for _, text := range []string{"first", "second", "third"} {
		id, err := nb.Add("2026-12-01", text)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	s.Close()
	writeBolt(t, path, func(tx *bolt.Tx) error {
		items := tx.Bucket(store.NotesBucket).Bucket(store.ItemsBucket)
		k := binary.BigEndian.AppendUint64(nil, ids[1])
		v := bytes.Clone(items.Get(k))
		v[len(v)-3] ^= 0x40 // a bit flipped in the note's ciphertext
		return items.Put(k, v)
	})
	s = openWithT(t, path, fastNotes)
	nb, err = s.UnlockNotes(canaryPass)
	if err != nil {
		t.Fatal(err)
	}
	notes, err := nb.Notes()
	if err != nil || len(notes) != 3 {
		t.Fatalf("notes: %v, %v", notes, err)
	}
	if notes[0].Text != "first" || !notes[1].Damaged || notes[1].Text != "" || notes[2].Text != "third" || notes[2].Damaged {
		t.Errorf("with one damaged: %+v", notes)
	}
	if err := s.DeleteNote(notes[1].ID); err != nil {
		t.Fatal(err)
	}
	if notes, _ = nb.Notes(); len(notes) != 2 || notes[1].Text != "third" {
		t.Errorf("after deleting the damaged one: %+v", notes)
	}
	s.Close()

	writeBolt(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket(store.NotesBucket).Put(store.NotesKey, []byte("age-encryption.org/v1\n-> scrypt broken\n"))
	})
	s = openWithT(t, path, fastNotes)
	if _, err := s.UnlockNotes(canaryPass); !errors.Is(err, store.ErrDamaged) || errors.Is(err, store.ErrPassphrase) {
		t.Errorf("a damaged key: %v", err)
	}
	if err := s.DeleteAllNotes(); err != nil {
		t.Fatal(err)
	}
	if on, n, _ := s.NotesOn(); on || n != 0 {
		t.Errorf("after deleting all: on %v, %d", on, n)
	}
	if _, err := s.TurnOnNotes("a new passphrase"); err != nil {
		t.Errorf("turning on again after deleting all: %v", err)
	}
}

// Forgotten: deleting needs no passphrase, and what is deleted is gone
// from the file's free pages too.
func TestDeleteWithoutPassphrase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openWithT(t, path, fastNotes)
	nb, err := s.TurnOnNotes(canaryPass)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := nb.Add("2026-12-01", "one")
	if _, err := nb.Add("2026-12-01", "two"); err != nil {
		t.Fatal(err)
	}
	nb.Lock()
	var sealed []byte
	if err := s.View(func(tx *bolt.Tx) error {
		sealed = bytes.Clone(tx.Bucket(store.NotesBucket).Bucket(store.ItemsBucket).Get(binary.BigEndian.AppendUint64(nil, id)))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteNote(id); err != nil {
		t.Fatal(err)
	}
	if _, n, _ := s.NotesOn(); n != 1 {
		t.Errorf("%d notes after deleting one of two", n)
	}
	if err := s.DeleteAllNotes(); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if bytes.Contains(readFile(t, path), sealed[len(sealed)-32:]) {
		t.Error("a deleted note's record is still in the file")
	}
}

// The canary: notes with distinctive text, and their passphrase, are in
// no byte of the data file, of the copy kept before a migration, or of
// the groups' history and its JSON, in UTF-8 or UTF-16.
func TestNotesCanary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openWithT(t, path, fastNotes)
	if err := s.SaveMeeting(circleLog("2026-11-20", 4)); err != nil {
		t.Fatal(err)
	}
	nb, err := s.TurnOnNotes(canaryPass)
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if _, err := nb.Add("2026-12-01", canaryText); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SavePractice(store.Practice{Date: "2026-12-01", Minutes: 3, Theme: "managing", Prompts: []string{"one-step"}}); err != nil {
		t.Fatal(err)
	}
	var out []byte
	if err := s.EachMeeting(func(l session.Log) error { out = store.AppendJSON(out, l, "g"); return nil }); err != nil {
		t.Fatal(err)
	}
	noCanary(t, "the history's JSON", out)
	s.Close()
	noCanary(t, "the data file", readFile(t, path))
	if err := store.BackupSchema(path, 4, store.Options{}); err != nil {
		t.Fatal(err)
	}
	copies, _ := filepath.Glob(path + ".*.bak")
	if len(copies) == 0 {
		t.Fatal("no copy was kept")
	}
	for _, c := range copies {
		b, err := os.ReadFile(c)
		if err != nil {
			t.Fatal(err)
		}
		noCanary(t, c, b)
	}
	// The test can fail: the canary is found where it is.
	probe := append([]byte("x"), forms(canaryText)[1]...)
	if !bytes.Contains(probe, forms(canaryText)[1]) {
		t.Fatal("the search finds nothing")
	}
}

// Unlocking costs one scrypt at NotesWorkFactor, whatever the number of
// notes: the figure the work factor was chosen by.
func BenchmarkUnlockNotes(b *testing.B) {
	s, err := store.Open(filepath.Join(b.TempDir(), "circle.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	nb, err := s.TurnOnNotes(canaryPass)
	if err != nil {
		b.Fatal(err)
	}
	for range 50 {
		if _, err := nb.Add("2026-12-01", canaryText); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		nb, err := s.UnlockNotes(canaryPass)
		if err != nil {
			b.Fatal(err)
		}
		if n, err := nb.Notes(); err != nil || len(n) != 50 {
			b.Fatal(err)
		}
	}
}

// circle check reads the solo log and the notes' form, and says damage.
func TestCheckReadsSoloAndNotes(t *testing.T) {
	for name, spoil := range map[string]func(tx *bolt.Tx) error{
		"a note not age's": func(tx *bolt.Tx) error {
			items := tx.Bucket(store.NotesBucket).Bucket(store.ItemsBucket)
			return items.Put(binary.BigEndian.AppendUint64(nil, 1), []byte("plain text"))
		},
		"the key not age's": func(tx *bolt.Tx) error { return tx.Bucket(store.NotesBucket).Put(store.NotesKey, []byte("x")) },
		"a practice not JSON": func(tx *bolt.Tx) error {
			b, _ := tx.Bucket(store.SoloBucket).CreateBucketIfNotExists(store.PracticesBucket)
			return b.Put(store.MeetingKey("2026-12-01", 9), []byte("{"))
		},
		"seen not JSON": func(tx *bolt.Tx) error { return tx.Bucket(store.SoloBucket).Put(store.SeenKey, []byte("[")) },
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "circle.db")
			s := openWithT(t, path, fastNotes)
			nb, err := s.TurnOnNotes(canaryPass)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := nb.Add("2026-12-01", "a note"); err != nil {
				t.Fatal(err)
			}
			if err := s.MarkSeen("one-step"); err != nil {
				t.Fatal(err)
			}
			if err := s.Check(); err != nil {
				t.Fatalf("check before the damage: %v", err)
			}
			s.Close()
			writeBolt(t, path, spoil)
			s = openWithT(t, path, fastNotes)
			if err := s.Check(); !errors.Is(err, store.ErrDamaged) {
				t.Errorf("check: %v, want ErrDamaged", err)
			}
		})
	}
}

// A backup for a centre holds the groups and their meetings, and nothing
// of solo practice, private notes or a meeting under way; it is a circle
// file that checks whole, and never replaces a file.
func TestBackupForCentreLeavesOutWhatIsPersonal(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	s := openWithT(t, path, fastNotes)
	g, err := s.CreateGroup(store.Group{Name: "Tuesday group", Rules: []string{"One voice at a time."}, Created: "2026-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	l := circleLog("2026-11-20", 4)
	l.Group = g
	if err := s.SaveMeeting(l); err != nil {
		t.Fatal(err)
	}
	if err := s.SavePractice(store.Practice{Date: "2026-12-01", Minutes: 3, Theme: "managing", Prompts: []string{"one-step"}}); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkSeen("one-step"); err != nil {
		t.Fatal(err)
	}
	nb, err := s.TurnOnNotes(canaryPass)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := nb.Add("2026-12-01", canaryText); err != nil {
		t.Fatal(err)
	}
	startT(t, s, meetingEvents(t, 3))
	out := filepath.Join(dir, "for-centre.db")
	if err := s.BackupForCentre(out); err != nil {
		t.Fatal(err)
	}
	if err := s.BackupForCentre(out); !errors.Is(err, fs.ErrExist) {
		t.Errorf("a second backup over the first: %v", err)
	}
	raw := readFile(t, out)
	noCanary(t, "the backup for a centre", raw)
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
		t.Errorf("the backup is %v", fi.Mode().Perm())
	}
	c, err := store.OpenReadOnly(out)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Check(); err != nil {
		t.Errorf("check of the backup: %v", err)
	}
	logs, _ := c.Meetings()
	gs, _ := c.Groups()
	ps, _ := c.Practices()
	seen, _ := c.Seen()
	on, _, _ := c.NotesOn()
	events, _ := c.ActiveEvents()
	if len(logs) != 1 || logs[0].Group != g || len(gs) != 1 || gs[0].Name != "Tuesday group" {
		t.Errorf("the backup lost the group's meetings: %v %v", logs, gs)
	}
	if len(ps) != 0 || len(seen) != 0 || on || len(events) != 0 {
		t.Errorf("the backup holds practices %v, seen %v, notes %v, events %d", ps, seen, on, len(events))
	}
	if n, _ := c.Count(); n != 1 {
		t.Errorf("the backup counts %d meetings", n)
	}
	// The copy's groups go on from the same sequence: a new group there
	// never takes an old id.
	again := filepath.Join(dir, "again.db")
	if err := os.WriteFile(again, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	w := openT(t, again)
	id, err := w.CreateGroup(store.Group{Name: "New", Created: "2026-01-01"})
	if err != nil || id <= g {
		t.Errorf("a new group in the copy has id %d (old %d): %v", id, g, err)
	}
}

// circle backup (a copy for oneself) keeps the solo log and the notes,
// which stay sealed: its buckets inside buckets are copied whole.
func TestBackupKeepsSoloAndSealedNotes(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	s := openWithT(t, path, fastNotes)
	if err := s.SavePractice(store.Practice{Date: "2026-12-01", Minutes: 3, Theme: "managing", Prompts: []string{"one-step"}}); err != nil {
		t.Fatal(err)
	}
	nb, err := s.TurnOnNotes(canaryPass)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := nb.Add("2026-12-01", canaryText); err != nil {
		t.Fatal(err)
	}
	s.Close()
	out := filepath.Join(dir, "backup.db")
	if _, err := store.Backup(path, out); err != nil {
		t.Fatal(err)
	}
	noCanary(t, "the backup", readFile(t, out))
	c := openWithT(t, out, fastNotes)
	if ps, err := c.Practices(); err != nil || len(ps) != 1 {
		t.Errorf("the backup's solo log: %v, %v", ps, err)
	}
	nb, err = c.UnlockNotes(canaryPass)
	if err != nil {
		t.Fatal(err)
	}
	if notes, err := nb.Notes(); err != nil || len(notes) != 1 || notes[0].Text != canaryText {
		t.Errorf("the backup's notes: %+v, %v", notes, err)
	}
	if err := c.Check(); err != nil {
		t.Errorf("check of the backup: %v", err)
	}
	c.Close()
	// And back: restored, the notes open with the same passphrase.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if _, _, err := store.Restore(path, out); err != nil {
		t.Fatal(err)
	}
	r := openWithT(t, path, fastNotes)
	if nb, err := r.UnlockNotes(canaryPass); err != nil {
		t.Errorf("the restored notes: %v", err)
	} else if notes, _ := nb.Notes(); len(notes) != 1 {
		t.Errorf("the restored notes: %+v", notes)
	}
}
