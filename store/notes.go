package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"
	"unicode/utf8"

	"filippo.io/age"
	bolt "go.etcd.io/bbolt"
)

// Private notes of solo practice: off until their writer turns them on
// with a passphrase, which is never stored. Each note is encrypted at rest
// with age; the store never writes a note's text, nor the passphrase:
//
//	notes/
//	  key -> age, scrypt recipient (the passphrase): an X25519 identity
//	  items/
//	    <8-byte big-endian sequence> -> age, to that identity's recipient:
//	                                    JSON of {v, date, text}
//
// The passphrase unlocks the key once (scrypt, NotesWorkFactor), and the
// key opens every note cheaply, so unlocking costs one scrypt however many
// notes there are. A forgotten passphrase leaves the notes unreadable: they
// can be deleted, never read. The bucket is made by the first note's key,
// so files without notes are as they were. A backup made for a centre, an
// export and a report must leave this bucket out (see the solo bucket for
// what the solo log holds).
var (
	notesBucket = []byte("notes")
	notesKey    = []byte("key")
	itemsBucket = []byte("items")
)

// NotesWorkFactor is scrypt's work factor (log2 of N) for the notes'
// passphrase: 2^16 with r=8 takes 64 MiB and, measured with
// BenchmarkUnlockNotes, well under a second here; a laptop ten years old
// takes about twice to three times as long.
const NotesWorkFactor = 16

// NoteVersion is the version of a note's JSON, inside its encryption.
const NoteVersion = 1

// MaxNoteLength is the longest note, in characters: a few lines typed.
const MaxNoteLength = 2000

// MinPassphrase is the shortest passphrase, in characters.
const MinPassphrase = 8

// Errors of private notes.
var (
	// ErrPassphrase is returned when the passphrase does not open the
	// notes. Nothing is changed.
	ErrPassphrase = errors.New("store: the passphrase does not open the notes")
	// ErrNotesOff is returned when notes were never turned on (or were
	// all deleted).
	ErrNotesOff = errors.New("store: private notes are off")
	// ErrNotesOn is returned when turning on notes that are on.
	ErrNotesOn = errors.New("store: private notes are on already")
	// ErrShortPassphrase is returned for a passphrase under MinPassphrase.
	ErrShortPassphrase = errors.New("store: a passphrase has at least 8 characters")
	// ErrNotesLocked is returned by a Notebook that was locked: it needs
	// the passphrase again.
	ErrNotesLocked = errors.New("store: the notes are locked")
	// ErrNote is returned for a note that is empty, too long or not text.
	ErrNote = errors.New("store: a note is 1 to 2000 characters of text")
)

// Note is one private note, decrypted: in memory only, while shown.
type Note struct {
	ID   uint64 `json:"-"`
	Date string `json:"date"` // the day it was written
	Text string `json:"text"`
	// Damaged is set for a note whose record cannot be read; it has no
	// date or text, and can be deleted.
	Damaged bool `json:"-"`
}

// Notebook is the notes unlocked: it holds the key in memory until
// dropped, never on disk.
type Notebook struct {
	s  *Store
	id *age.X25519Identity
}

// NotesOn reports whether private notes are on, and how many there are;
// it needs no passphrase.
func (s *Store) NotesOn() (on bool, n int, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(notesBucket)
		if b == nil || b.Get(notesKey) == nil {
			return nil
		}
		on = true
		if items := b.Bucket(itemsBucket); items != nil {
			n = items.Stats().KeyN
		}
		return nil
	})
	if err != nil {
		return false, 0, fmt.Errorf("store: read notes: %w", err)
	}
	return on, n, nil
}

// TurnOnNotes turns private notes on with a passphrase: it makes the key
// that opens them, encrypted with the passphrase, and returns the notes
// unlocked.
func (s *Store) TurnOnNotes(passphrase string) (*Notebook, error) {
	if utf8.RuneCountInString(passphrase) < MinPassphrase {
		return nil, ErrShortPassphrase
	}
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return nil, fmt.Errorf("store: turn on notes: %w", err)
	}
	r, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return nil, fmt.Errorf("store: turn on notes: %w", err)
	}
	r.SetWorkFactor(s.opt.NotesWorkFactor)
	sealed, err := seal([]byte(id.String()), r)
	if err != nil {
		return nil, fmt.Errorf("store: turn on notes: %w", err)
	}
	err = s.update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(notesBucket)
		if err != nil {
			return err
		}
		if b.Get(notesKey) != nil {
			return ErrNotesOn
		}
		return b.Put(notesKey, sealed)
	})
	if err != nil {
		return nil, fmt.Errorf("store: turn on notes: %w", err)
	}
	return &Notebook{s: s, id: id}, nil
}

// UnlockNotes opens the notes with the passphrase: ErrPassphrase when it
// is not theirs, ErrNotesOff when there are none, ErrDamaged when their
// key cannot be read (then they can only be deleted).
func (s *Store) UnlockNotes(passphrase string) (*Notebook, error) {
	var sealed []byte
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(notesBucket)
		if b == nil || b.Get(notesKey) == nil {
			return ErrNotesOff
		}
		sealed = bytes.Clone(b.Get(notesKey))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: unlock notes: %w", err)
	}
	si, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, fmt.Errorf("store: unlock notes: %w", ErrPassphrase)
	}
	si.SetMaxWorkFactor(max(s.opt.NotesWorkFactor, NotesWorkFactor))
	plain, err := open(sealed, si)
	switch {
	case errors.Is(err, age.ErrIncorrectIdentity):
		return nil, fmt.Errorf("store: unlock notes: %w", ErrPassphrase)
	case err != nil:
		return nil, fmt.Errorf("store: unlock notes: %w: the key: %w", ErrDamaged, err)
	}
	id, err := age.ParseX25519Identity(string(plain))
	if err != nil {
		return nil, fmt.Errorf("store: unlock notes: %w: the key", ErrDamaged)
	}
	return &Notebook{s: s, id: id}, nil
}

// Add writes a note, encrypted, dated date (YYYY-MM-DD), and returns its
// id.
func (nb *Notebook) Add(date, text string) (uint64, error) {
	if nb.id == nil {
		return 0, fmt.Errorf("store: add note: %w", ErrNotesLocked)
	}
	if _, err := time.Parse(time.DateOnly, date); err != nil {
		return 0, fmt.Errorf("store: add note: %w", ErrNote)
	}
	if !utf8.ValidString(text) || text == "" || utf8.RuneCountInString(text) > MaxNoteLength {
		return 0, fmt.Errorf("store: add note: %w", ErrNote)
	}
	v, err := json.Marshal(struct {
		V    int    `json:"v"`
		Date string `json:"date"`
		Text string `json:"text"`
	}{NoteVersion, date, text})
	if err != nil {
		return 0, fmt.Errorf("store: add note: %w", err)
	}
	sealed, err := seal(v, nb.id.Recipient())
	clear(v)
	if err != nil {
		return 0, fmt.Errorf("store: add note: %w", err)
	}
	var id uint64
	err = nb.s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(notesBucket)
		if b == nil || b.Get(notesKey) == nil {
			return ErrNotesOff
		}
		items, err := b.CreateBucketIfNotExists(itemsBucket)
		if err != nil {
			return err
		}
		if id, err = items.NextSequence(); err != nil {
			return err
		}
		return items.Put(binary.BigEndian.AppendUint64(nil, id), sealed)
	})
	if err != nil {
		return 0, fmt.Errorf("store: add note: %w", err)
	}
	return id, nil
}

// Notes decrypts every note, oldest first. A note whose record cannot be
// read comes back Damaged, and the others are read all the same.
func (nb *Notebook) Notes() ([]Note, error) {
	if nb.id == nil {
		return nil, fmt.Errorf("store: read notes: %w", ErrNotesLocked)
	}
	type rec struct {
		id     uint64
		sealed []byte
	}
	var recs []rec
	err := nb.s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(notesBucket)
		if b == nil {
			return ErrNotesOff
		}
		items := b.Bucket(itemsBucket)
		if items == nil {
			return nil
		}
		return items.ForEach(func(k, v []byte) error {
			if len(k) != 8 {
				return fmt.Errorf("%w: note key %x", ErrDamaged, k)
			}
			recs = append(recs, rec{binary.BigEndian.Uint64(k), bytes.Clone(v)})
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: read notes: %w", err)
	}
	out := make([]Note, 0, len(recs))
	for _, r := range recs {
		n := Note{ID: r.id}
		plain, err := open(r.sealed, nb.id)
		if err == nil {
			var v struct {
				V int `json:"v"`
				Note
			}
			err = json.Unmarshal(plain, &v)
			clear(plain)
			if err == nil && v.V == NoteVersion && v.Text != "" {
				n.Date, n.Text = v.Date, v.Text
			} else {
				err = ErrDamaged
			}
		}
		n.Damaged = err != nil
		out = append(out, n)
	}
	return out, nil
}

// Lock drops the key from memory: the notes need the passphrase again.
func (nb *Notebook) Lock() { nb.id = nil }

// DeleteNote deletes one note; no passphrase is needed to delete. Its
// pages are wiped once free.
func (s *Store) DeleteNote(id uint64) error {
	err := s.updateWiped(func(tx *bolt.Tx) error {
		b := tx.Bucket(notesBucket)
		if b == nil || b.Bucket(itemsBucket) == nil {
			return nil
		}
		return b.Bucket(itemsBucket).Delete(binary.BigEndian.AppendUint64(nil, id))
	})
	if err != nil {
		return fmt.Errorf("store: delete note: %w", err)
	}
	return nil
}

// DeleteAllNotes deletes every note and the key, which turns notes off:
// what a forgotten passphrase leaves to do. No passphrase is needed.
func (s *Store) DeleteAllNotes() error {
	err := s.updateWiped(func(tx *bolt.Tx) error {
		if tx.Bucket(notesBucket) == nil {
			return nil
		}
		return tx.DeleteBucket(notesBucket)
	})
	if err != nil {
		return fmt.Errorf("store: delete notes: %w", err)
	}
	return nil
}

// seal encrypts plain to r, in age's binary form.
func seal(plain []byte, r age.Recipient) ([]byte, error) {
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, r)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(plain); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// open decrypts what seal made with id.
func open(sealed []byte, id age.Identity) ([]byte, error) {
	r, err := age.Decrypt(bytes.NewReader(sealed), id)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

// personal are the buckets of one person's own: the solo log and the
// private notes. A backup made for a centre leaves them out, and the
// running meeting's events too (they hold times of day).
var personal = [][]byte{soloBucket, notesBucket}

// BackupForCentre writes a copy of the data file to path for a centre:
// every group, rule, prompt and saved meeting, from one transaction, and
// nothing of solo practice or private notes, nor the events of a meeting
// under way. path must not exist; the copy is made under another name and
// put in place whole, private to the user.
func (s *Store) BackupForCentre(path string) error {
	if _, err := os.Lstat(path); !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("store: backup for a centre: %w", &fs.PathError{Op: "create", Path: path, Err: fs.ErrExist})
	}
	dir, base := filepath.Dir(path), filepath.Base(path)
	f, err := os.CreateTemp(dir, base+".*"+newSuffix) // 0600
	if err != nil {
		return fmt.Errorf("store: backup for a centre: %w", err)
	}
	tmp := f.Name()
	f.Close()
	defer os.Remove(tmp)
	dst, err := bolt.Open(tmp, 0o600, s.opt.bolt(false))
	if err != nil {
		return fmt.Errorf("store: backup for a centre: %w", err)
	}
	err = s.view(func(tx *bolt.Tx) error {
		return dst.Update(func(out *bolt.Tx) error {
			return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
				for _, p := range personal {
					if bytes.Equal(name, p) {
						return nil
					}
				}
				nb, err := out.CreateBucket(name)
				if err != nil || bytes.Equal(name, activeBucket) {
					return err // the bucket is kept, empty
				}
				return copyBucket(nb, b)
			})
		})
	})
	if err == nil {
		err = settle(dst)
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = s.opt.syncFile(tmp)
	}
	if err == nil {
		err = place(tmp, path, s.opt)
	}
	if err == nil {
		err = s.opt.syncDir(dir)
	}
	if err != nil {
		return fmt.Errorf("store: backup for a centre: %w", writeErr(err))
	}
	return nil
}

// copyBucket copies every key, nested bucket and sequence of src to dst.
func copyBucket(dst, src *bolt.Bucket) error {
	if err := dst.SetSequence(src.Sequence()); err != nil {
		return err
	}
	return src.ForEach(func(k, v []byte) error {
		if v != nil {
			return dst.Put(k, v)
		}
		nb, err := dst.CreateBucket(k)
		if err != nil {
			return err
		}
		return copyBucket(nb, src.Bucket(k))
	})
}
