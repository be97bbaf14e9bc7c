package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"circle/session"
)

// Errors of the running meeting.
var (
	// ErrActive is returned by StartMeeting while another meeting is
	// still active: it must be resumed or finished first.
	ErrActive = errors.New("store: a meeting is already running")
	// ErrNoActive is returned by AppendEvent, PutEvent and FinishMeeting
	// when no meeting was started.
	ErrNoActive = errors.New("store: no meeting is running")
	// ErrScrub is returned, wrapped, by FinishMeeting and DeleteGroup when
	// the change was saved but the file could not be rewritten without the
	// old records (the meeting's events, the deleted group and meetings).
	// The store stays usable; the next finish or delete tries again.
	ErrScrub = errors.New("store: the change is saved, but the old records could not be wiped from the data file")
	// ErrTooManyEvents is returned by AppendEvent and PutEvent past
	// MaxEvents: the meeting's later events are not kept in the file, and
	// its log can still be saved.
	ErrTooManyEvents = fmt.Errorf("store: the meeting has reached its limit of %d events", MaxEvents)
)

// MaxEvents bounds the events of one meeting, so no meeting can fill the
// file (a key held down repeats twenty times a second). A two-hour
// meeting of 20 people, every key press an event, has a few thousand; at
// this bound the running meeting holds at most about 2 MB of the file.
const MaxEvents = 20_000

// StartMeeting records the first event of a meeting, begin (a session.Begin
// event), as event 1. It returns ErrActive while another meeting is active.
// The same begin again, before any other event, is taken as a retry and
// succeeds: a commit can reach the disk even when its fsync reports an
// error.
func (s *Store) StartMeeting(begin session.Event) error {
	if begin.Kind != session.EvBegin {
		return fmt.Errorf("store: start meeting: a %q event does not begin a meeting", begin.Kind)
	}
	v, err := json.Marshal(begin)
	if err != nil {
		return fmt.Errorf("store: start meeting: %w", err)
	}
	err = s.update(func(tx *bolt.Tx) error {
		b, err := active(tx)
		if err != nil {
			return err
		}
		c := b.Cursor()
		if k, old := c.First(); k != nil {
			if last, _ := c.Last(); bytes.Equal(last, k) && bytes.Equal(old, v) {
				return nil
			}
			return ErrActive
		}
		return b.Put(eventKey(1), v)
	})
	if err != nil {
		return fmt.Errorf("store: start meeting: %w", err)
	}
	return nil
}

// AppendEvent records the next event of the active meeting. It is on disk
// when AppendEvent returns. It runs on every key press of a meeting, so it
// does no more than one Put after looking up the last number.
func (s *Store) AppendEvent(e session.Event) error {
	if err := s.putEvent(0, e); err != nil {
		return fmt.Errorf("store: append event: %w", err)
	}
	return nil
}

// PutEvent records e as event number n of the active meeting: the next
// number, or one already stored, which e replaces. A caller that numbers
// its events can so retry a failed write without ever storing an event
// twice (see StartMeeting). Event 1 is the begin, from StartMeeting. It
// costs the same as AppendEvent.
func (s *Store) PutEvent(n int, e session.Event) error {
	if n < 2 {
		return fmt.Errorf("store: put event %d: events are numbered from 2 after StartMeeting", n)
	}
	if err := s.putEvent(uint64(n), e); err != nil {
		return fmt.Errorf("store: put event %d: %w", n, err)
	}
	return nil
}

// putEvent stores e as event n, or as the next event if n is 0.
func (s *Store) putEvent(n uint64, e session.Event) error {
	if e.Kind == session.EvBegin {
		// A second begin would make the stored meeting unreplayable.
		return errors.New("a meeting begins with StartMeeting")
	}
	v, err := json.Marshal(e)
	if err != nil {
		return err
	}
	return s.update(func(tx *bolt.Tx) error {
		b, err := active(tx)
		if err != nil {
			return err
		}
		k, _ := b.Cursor().Last()
		if k == nil {
			return ErrNoActive
		}
		last, err := eventNumber(k)
		if err != nil {
			return err
		}
		switch {
		case n == 0:
			n = last + 1
		}
		switch {
		case n > MaxEvents:
			return ErrTooManyEvents
		case n > last+1:
			// A gap would make the meeting unreadable (see ActiveEvents).
			return fmt.Errorf("the meeting has only %d events", last)
		}
		return b.Put(eventKey(n), v)
	})
}

// ActiveEvents returns the events of the active meeting in order, for
// session.Replay; nil when no meeting is active.
func (s *Store) ActiveEvents() ([]session.Event, error) {
	var events []session.Event
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(activeBucket)
		if b == nil {
			return nil // a schema 1 file opened read-only
		}
		return b.ForEach(func(k, v []byte) error {
			// Numbers run from 1 without a gap: nothing deletes one event.
			n, err := eventNumber(k)
			if err == nil && n != uint64(len(events))+1 {
				err = fmt.Errorf("%w: event %d where %d belongs", ErrDamaged, n, len(events)+1)
			}
			if err != nil {
				return err
			}
			e, err := decodeEvent(v)
			if err != nil {
				return fmt.Errorf("event %d: %w: %w", n, ErrDamaged, err)
			}
			events = append(events, e)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: read the running meeting: %w", err)
	}
	return events, nil
}

// FinishMeeting saves the log of the active meeting and empties the active
// bucket, in one transaction: the log is on disk and the events are gone
// (or neither) when it returns. l is saved as by SaveMeeting; a meeting
// that did not finish is saved with l.Completed false. A log of a group
// that does not exist is refused with ErrNoGroup, and the meeting stays
// active.
//
// Then it wipes the free pages of the file, where the events were (see
// wipe). If only that fails, the error matches ErrScrub and the store
// stays usable.
func (s *Store) FinishMeeting(l session.Log) error {
	v, err := encodeRecord(l)
	if err != nil {
		return fmt.Errorf("store: finish meeting: %w", err)
	}
	err = s.updateWiped(func(tx *bolt.Tx) error {
		b, err := active(tx)
		if err != nil {
			return err
		}
		if k, _ := b.Cursor().First(); k == nil {
			// Also keeps a repeated call from saving the log twice.
			return ErrNoActive
		}
		if err := groupKnown(tx, l.Group); err != nil {
			return err
		}
		if err := putMeeting(tx, l, v); err != nil {
			return err
		}
		// Dropping the bucket frees its pages in one step.
		if err := tx.DeleteBucket(activeBucket); err != nil {
			return err
		}
		_, err = tx.CreateBucket(activeBucket)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: finish meeting: %w", err)
	}
	return nil
}

// updateScrubbed runs f in one Update, like update, and once that has
// committed rewrites the file without free pages (see scrub), for writes
// that leave behind records the file should no longer hold. If only the
// rewrite fails, the error matches ErrScrub.
func (s *Store) updateScrubbed(f func(tx *bolt.Tx) error) error {
	// Hold mu for writing throughout: scrub replaces s.db.
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return errClosed
	}
	// Its own statement: a coverage profile ends the block at a func
	// literal, so a check after one on its line counts as never run.
	err := guard(func() error { return s.db.Update(f) })
	if err != nil {
		return writeErr(err)
	}
	if err := s.scrub(); err != nil {
		if s.db == nil {
			return fmt.Errorf("saved, but the data file could not be opened again: %w", err)
		}
		return fmt.Errorf("%w: %w", ErrScrub, err)
	}
	return nil
}

// active returns the active bucket, which every writable file has.
func active(tx *bolt.Tx) (*bolt.Bucket, error) {
	b := tx.Bucket(activeBucket)
	if b == nil {
		return nil, fmt.Errorf("%w: no %s bucket", ErrDamaged, activeBucket)
	}
	return b, nil
}

func eventKey(n uint64) []byte { return binary.BigEndian.AppendUint64(make([]byte, 0, 8), n) }

func eventNumber(k []byte) (uint64, error) {
	if len(k) != 8 {
		return 0, fmt.Errorf("%w: event key %q", ErrDamaged, k)
	}
	return binary.BigEndian.Uint64(k), nil
}

// decodeEvent decodes a record of the active bucket.
func decodeEvent(v []byte) (session.Event, error) {
	var e session.Event
	if err := json.Unmarshal(v, &e); err != nil {
		return session.Event{}, err
	}
	if e.Kind == "" {
		return session.Event{}, errors.New("event without a kind")
	}
	return e, nil
}

// scrub rewrites the data file with only its live records. The SPEC allows
// no time of day in the file once a meeting is over, and the finished
// meeting's events held them; bbolt only marks their pages free, and free
// pages keep their old bytes until they happen to be reused. A compacted
// copy has no free pages, so replacing the file with it removes them. (The
// file system may still keep the old blocks on the disk; that is beyond
// what a program can wipe.) DeleteGroup scrubs too, so that a group that
// is gone does not linger in the file with its name, rules and meetings.
//
// The finished meeting (or the delete) is already committed when scrub
// runs, so its failures lose nothing: until the copy replaces the file the original
// stays open, and if the rename fails the original is opened again. Only if
// that reopening fails is s.db left nil.
//
// scrub needs s.mu held for writing.
func (s *Store) scrub() error {
	// Next to the file, so the rename stays on one file system.
	dir, base := filepath.Dir(s.file), filepath.Base(s.file)
	f, err := os.CreateTemp(dir, base+".*"+scrubSuffix) // 0600
	if err != nil {
		return err
	}
	tmp := f.Name()
	f.Close()
	replaced := false
	defer func() {
		if !replaced {
			os.Remove(tmp)
		}
	}()

	// Copy from the open file: it keeps the lock, so no other circle can
	// slip in while the copy is made.
	dst, err := bolt.Open(tmp, 0o600, s.opt.bolt(false))
	if err != nil {
		return err
	}
	err = guard(func() error { return s.opt.Compact(dst, s.db, 0) })
	if err != nil {
		dst.Close()
		return fmt.Errorf("compact: %w", writeErr(err))
	}
	// The copy is written in one transaction; its other meta page must
	// not keep the empty tree it started with.
	err = guard(func() error { return settle(dst) })
	if err != nil {
		dst.Close()
		return fmt.Errorf("compact: %w", writeErr(err))
	}
	if err := dst.Close(); err != nil {
		return err
	}
	if err := s.opt.syncFile(tmp); err != nil {
		return err
	}
	if err := sameCounts(s.db, tmp); err != nil {
		return err
	}

	if !renameOverOpen || s.opt.CloseToReplace {
		return s.replaceClosed(tmp, dir, &replaced)
	}
	// The lock (and the mark) is on the open file, not its name. So the
	// copy is opened, and locked, before it takes the name, and the
	// original stays open and locked until it has: the name never leads to
	// a file no circle holds, and another circle opening it in between
	// gets ErrLocked instead of the old file, whose writes would be lost.
	db, _, err := openChecked(tmp, false, s.opt)
	if err != nil {
		return err
	}
	mark := holdMark(tmp)
	if err := s.opt.Rename(tmp, s.file); err != nil {
		db.Close()
		if mark != nil {
			mark.Close()
		}
		return err
	}
	replaced = true
	old := s.db
	s.dropMark()
	s.db, s.mark = db, mark
	s.ident, _ = os.Stat(s.file)
	return errors.Join(s.opt.syncDir(dir), old.Close())
}

// replaceClosed puts the compacted copy tmp in place of the file where an
// open file cannot be renamed over (Windows): the original is closed
// first. Another circle opening the file in that gap holds it open, so the
// rename fails and the file stays as it was; opening it again then fails
// with ErrLocked.
func (s *Store) replaceClosed(tmp, dir string, replaced *bool) error {
	err := s.db.Close()
	s.db = nil
	s.dropMark()
	if err == nil {
		err = s.opt.Rename(tmp, s.file)
	}
	if err == nil {
		*replaced = true
		err = s.opt.syncDir(dir)
	}
	db, _, oerr := openChecked(s.file, false, s.opt)
	if oerr != nil {
		return oerr
	}
	s.db, s.mark = db, holdMark(s.file)
	s.ident, _ = os.Stat(s.file)
	return err
}

// sameCounts checks that the compacted copy at path holds as many
// meetings and groups as db before the copy replaces anything.
func sameCounts(db *bolt.DB, path string) error {
	count := func(db *bolt.DB) (n [2]int, err error) {
		err = guard(func() error {
			return db.View(func(tx *bolt.Tx) error {
				for i, name := range [][]byte{meetingsBucket, groupsBucket} {
					if b := tx.Bucket(name); b != nil {
						n[i] = b.Stats().KeyN
					}
				}
				return nil
			})
		})
		return n, err
	}
	cp, _, err := openChecked(path, true, Options{}.withDefaults())
	if err != nil {
		return fmt.Errorf("compacted copy: %w", err)
	}
	defer cp.Close()
	want, err := count(db)
	if err != nil {
		return err
	}
	got, err := count(cp)
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("compacted copy holds %d meetings and %d groups, not %d and %d", got[0], got[1], want[0], want[1])
	}
	return nil
}

// EndActive ends the running meeting here without a record, for a meeting
// whose log was saved in another file (a full disk, a file at its size
// limit): its events go and their pages are wiped, so it is not offered
// again and no second record of it is ever made. Deleting needs no room:
// it frees pages. ErrNoActive if no meeting runs; an error matching
// ErrScrub if only the wipe failed.
func (s *Store) EndActive() error {
	err := s.updateWiped(func(tx *bolt.Tx) error {
		b, err := active(tx)
		if err != nil {
			return err
		}
		if k, _ := b.Cursor().First(); k == nil {
			return ErrNoActive
		}
		if err := tx.DeleteBucket(activeBucket); err != nil {
			return err
		}
		_, err = tx.CreateBucket(activeBucket)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: end the meeting saved elsewhere: %w", err)
	}
	return nil
}

// SetAsideActive ends an unfinished meeting whose record cannot be read, so
// the file can be used again: it first keeps a byte-for-byte copy of the
// file next to it (returned), then empties the active bucket. Nothing is
// "repaired": the copy holds the record as it was, for whoever can read it.
func (s *Store) SetAsideActive() (copied string, err error) {
	s.mu.Lock()
	path := s.file
	s.mu.Unlock()
	copied, err = keepCopy(path, "unfinished", s.opt)
	if err != nil {
		return "", fmt.Errorf("store: keep a copy of %s: %w", path, err)
	}
	err = s.updateWiped(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(activeBucket); err != nil && !errors.Is(err, berrors.ErrBucketNotFound) {
			return err
		}
		_, err := tx.CreateBucket(activeBucket)
		return err
	})
	if err != nil && !errors.Is(err, ErrScrub) {
		return copied, fmt.Errorf("store: set the unfinished meeting aside: %w", err)
	}
	return copied, nil
}
