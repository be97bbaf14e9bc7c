package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The solo log: one person's practice alone, kept apart from every
// group's meetings. Its bucket is made by the first practice saved, so a
// file without one is as good as one of the same schema with it:
//
//	solo/
//	  practices/
//	    <YYYY-MM-DD><8-byte big-endian sequence> -> JSON of Practice
//	  seen -> JSON array of the prompt ids last shown, oldest first
//
// A practice holds its date (a day), its minutes, its theme and its
// prompts' ids: no group, no text, no time of day. Nothing here is read by
// a group's history, export or report: those read the meetings bucket.
var (
	soloBucket      = []byte("solo")
	practicesBucket = []byte("practices")
	seenKey         = []byte("seen")
)

// PracticeVersion is the version of Practice's JSON.
const PracticeVersion = 1

// ErrPractice is returned for a practice out of bounds: its date, minutes,
// theme or prompt ids (which are ids, never text).
var ErrPractice = errors.New("store: a solo practice holds a date YYYY-MM-DD, 0 to 600 minutes, and a theme and at most 20 prompts that are ids")

// Practice is one solo practice in the solo log.
type Practice struct {
	// Version is PracticeVersion; the store sets it.
	Version int `json:"v"`
	// Date is the day of the practice, YYYY-MM-DD.
	Date string `json:"date"`
	// Minutes is the time spoken aloud on the practice timer, in whole
	// minutes; 0 when the timer was not used.
	Minutes int `json:"minutes"`
	// Theme is the id of the theme practised (see rules.Theme).
	Theme string `json:"theme"`
	// Prompts are the ids of the prompts shown, in their order.
	Prompts []string `json:"prompts"`
}

// seenKept is how many prompt ids the seen list keeps: more than all the
// solo prompts there are, so the oldest seen is known.
const seenKept = 64

// SavePractice adds a practice to the solo log; it is on disk when
// SavePractice returns.
func (s *Store) SavePractice(p Practice) error {
	if err := checkPractice(p); err != nil {
		return fmt.Errorf("store: save practice: %w", err)
	}
	p.Version = PracticeVersion
	v, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("store: save practice: %w", err)
	}
	err = s.update(func(tx *bolt.Tx) error {
		solo, err := tx.CreateBucketIfNotExists(soloBucket)
		if err != nil {
			return err
		}
		b, err := solo.CreateBucketIfNotExists(practicesBucket)
		if err != nil {
			return err
		}
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		return b.Put(meetingKey(p.Date, seq), v)
	})
	if err != nil {
		return fmt.Errorf("store: save practice: %w", err)
	}
	return nil
}

// Practices returns the solo log, oldest first; never nil, so it encodes
// as a JSON array.
func (s *Store) Practices() ([]Practice, error) {
	out := []Practice{}
	err := s.view(func(tx *bolt.Tx) error {
		b := practices(tx)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var p Practice
			if err := json.Unmarshal(v, &p); err != nil {
				return fmt.Errorf("practice %q: %w: %w", k, ErrDamaged, err)
			}
			if err := checkPractice(p); err != nil || len(k) != len(time.DateOnly)+8 || string(k[:len(time.DateOnly)]) != p.Date {
				return fmt.Errorf("practice %q: %w: not a practice", k, ErrDamaged)
			}
			out = append(out, p)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: read solo log: %w", err)
	}
	return out, nil
}

// PracticesSince counts the practices on or after the day from
// (YYYY-MM-DD), reading keys only.
func (s *Store) PracticesSince(from string) (int, error) {
	n := 0
	err := s.view(func(tx *bolt.Tx) error {
		b := practices(tx)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, _ := c.Seek([]byte(from)); k != nil; k, _ = c.Next() {
			n++
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: read solo log: %w", err)
	}
	return n, nil
}

func practices(tx *bolt.Tx) *bolt.Bucket {
	solo := tx.Bucket(soloBucket)
	if solo == nil {
		return nil
	}
	return solo.Bucket(practicesBucket)
}

// Seen returns the ids of the solo prompts last shown, oldest first: the
// rotation of solo practice, which holds ids only.
func (s *Store) Seen() ([]string, error) {
	var out []string
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		out, err = seen(tx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: read solo prompts seen: %w", err)
	}
	return out, nil
}

func seen(tx *bolt.Tx) ([]string, error) {
	solo := tx.Bucket(soloBucket)
	if solo == nil {
		return nil, nil
	}
	v := solo.Get(seenKey)
	if v == nil {
		return nil, nil
	}
	var ids []string
	if err := json.Unmarshal(v, &ids); err != nil {
		return nil, fmt.Errorf("%w: solo prompts seen %q", ErrDamaged, v)
	}
	for _, id := range ids {
		if !isID(id) {
			return nil, fmt.Errorf("%w: solo prompts seen %q", ErrDamaged, v)
		}
	}
	return ids, nil
}

// MarkSeen records that the prompt with id was shown: it moves to the end
// of the seen list, which keeps the last seenKept.
func (s *Store) MarkSeen(id string) error {
	if !isID(id) {
		return fmt.Errorf("store: mark prompt seen: %w", ErrPractice)
	}
	err := s.update(func(tx *bolt.Tx) error {
		ids, err := seen(tx)
		if err != nil {
			return err
		}
		ids = slices.DeleteFunc(ids, func(s string) bool { return s == id })
		ids = append(ids, id)
		ids = ids[max(0, len(ids)-seenKept):]
		v, err := json.Marshal(ids)
		if err != nil {
			return err
		}
		solo, err := tx.CreateBucketIfNotExists(soloBucket)
		if err != nil {
			return err
		}
		return solo.Put(seenKey, v)
	})
	if err != nil {
		return fmt.Errorf("store: mark prompt seen: %w", err)
	}
	return nil
}

// checkPractice keeps the solo log to what identifies no one.
func checkPractice(p Practice) error {
	if _, err := time.Parse(time.DateOnly, p.Date); err != nil || len(p.Date) != len(time.DateOnly) {
		return ErrPractice
	}
	if p.Minutes < 0 || p.Minutes > 600 || !isID(p.Theme) || len(p.Prompts) > 20 {
		return ErrPractice
	}
	for _, id := range p.Prompts {
		if !isID(id) {
			return ErrPractice
		}
	}
	return nil
}

// isID reports whether s is an id of circle's content or a group's own
// prompt: lower-case letters, digits and dashes, at most 40, never text.
func isID(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// checkSolo reads the solo log, the prompts seen and the notes' records,
// for Check: the notes are age's, whose text needs the passphrase, so
// only their form is checked.
func (s *Store) checkSolo() error {
	if _, err := s.Practices(); err != nil {
		return err
	}
	if _, err := s.Seen(); err != nil {
		return err
	}
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(notesBucket)
		if b == nil {
			return nil
		}
		if key := b.Get(notesKey); !sealed(key) {
			return fmt.Errorf("%w: the notes' key is not age's", ErrDamaged)
		}
		items := b.Bucket(itemsBucket)
		if items == nil {
			return nil
		}
		return items.ForEach(func(k, v []byte) error {
			if len(k) != 8 || !sealed(v) {
				return fmt.Errorf("%w: note %x is not age's", ErrDamaged, k)
			}
			return nil
		})
	})
	if err != nil {
		return fmt.Errorf("store: check notes: %w", err)
	}
	return nil
}

// sealed reports whether v begins as age's binary form does.
func sealed(v []byte) bool { return bytes.HasPrefix(v, []byte("age-encryption.org/v1\n")) }
