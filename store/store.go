// Package store keeps circle's meeting logs in one bbolt data file.
//
// It stores only what session.Log holds, which identifies no one: it must
// never store a name, initials, text typed during a meeting or a time of day.
// It must never overwrite or "repair" a file it does not understand: a file
// that fails any check is reported with one of the errors below and left
// byte for byte as it was, so the meeting can run in memory instead.
//
// The layout of the data file:
//
//	meta/
//	  schema -> "1" (ASCII decimal, SchemaVersion)
//	meetings/
//	  <YYYY-MM-DD><8-byte big-endian sequence> -> JSON of session.Log
//
// Meeting keys sort by date, then by save order (the sequence comes from
// the bucket's NextSequence); they hold no time of day.
package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"circle/session"
)

// SchemaVersion is the version of the layout above, kept in meta/schema.
const SchemaVersion = 1

var (
	metaBucket     = []byte("meta")
	schemaKey      = []byte("schema")
	meetingsBucket = []byte("meetings")
)

// Errors for data files that circle will not use. They are wrapped with the
// path and any detail; test for them with errors.Is.
var (
	ErrLocked    = errors.New("store: data file is in use by another circle")
	ErrNotCircle = errors.New("store: not a circle data file")
	ErrNewer     = errors.New("store: data file is from a newer circle")
	ErrDamaged   = errors.New("store: data file is damaged")
)

// lockTimeout bounds the wait for another circle's lock on the file, so a
// second copy gets a message instead of a hang.
const lockTimeout = time.Second

// Store is an open data file.
type Store struct {
	db   *bolt.DB
	path string
}

// Open opens the data file at path for reading and writing, creating it
// and its folder, private to the user, when it does not exist yet.
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("store: create folder for data file: %w", err)
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// bbolt creates it below.
	case err != nil:
		return nil, fmt.Errorf("store: %w", err)
	default:
		if err := usable(path, fi); err != nil {
			return nil, err
		}
		// Look before writing: opening for writing may itself write (bbolt
		// grows the file to its map size on Windows), so an existing file
		// is checked read-only first.
		db, _, err := openChecked(path, true)
		if err != nil {
			return nil, err
		}
		if err := db.Close(); err != nil {
			return nil, fmt.Errorf("store: close %s after check: %w", path, err)
		}
	}

	db, fresh, err := openChecked(path, false)
	if err != nil {
		return nil, err
	}
	if fresh {
		// The first write records the schema version.
		err := db.Update(func(tx *bolt.Tx) error {
			meta, err := tx.CreateBucket(metaBucket)
			if err != nil {
				return err
			}
			if err := meta.Put(schemaKey, []byte(strconv.Itoa(SchemaVersion))); err != nil {
				return err
			}
			_, err = tx.CreateBucket(meetingsBucket)
			return err
		})
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("store: set up %s: %w", path, err)
		}
	}
	return &Store{db: db, path: path}, nil
}

// OpenReadOnly opens an existing data file for reading only, for `circle
// history`. It never creates or writes anything; a missing file gives an
// error that matches fs.ErrNotExist.
func OpenReadOnly(path string) (*Store, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if err := usable(path, fi); err != nil {
		return nil, err
	}
	db, _, err := openChecked(path, true)
	if err != nil {
		return nil, err
	}
	return &Store{db: db, path: path}, nil
}

// usable refuses what bbolt would misread before it opens anything: a
// folder, or an empty file, which bbolt would quietly set up as a new one.
func usable(path string, fi fs.FileInfo) error {
	switch {
	case fi.IsDir():
		return fmt.Errorf("store: %w", &fs.PathError{Op: "open", Path: path, Err: syscall.EISDIR})
	case !fi.Mode().IsRegular():
		return fmt.Errorf("store: %s is not a regular file", path)
	case fi.Size() == 0:
		return fmt.Errorf("store: %s is empty: %w", path, ErrDamaged)
	}
	return nil
}

// openChecked opens path with bbolt and checks that it is a circle file
// this version can use. fresh reports a file with no buckets at all, which
// Open sets up. On error the file is closed again.
func openChecked(path string, readOnly bool) (db *bolt.DB, fresh bool, err error) {
	err = guard(func() error {
		var err error
		db, err = bolt.Open(path, 0o600, &bolt.Options{Timeout: lockTimeout, ReadOnly: readOnly})
		if err != nil {
			return err
		}
		return db.View(func(tx *bolt.Tx) error {
			fresh, err = inspect(tx)
			return err
		})
	})
	if err == nil {
		return db, fresh, nil
	}
	if db != nil {
		db.Close()
	}
	var pathErr *fs.PathError
	var errno syscall.Errno
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		err = fmt.Errorf("%s: %w", path, ErrLocked)
	case errors.Is(err, ErrDamaged), errors.Is(err, ErrNotCircle), errors.Is(err, ErrNewer):
		err = fmt.Errorf("%s: %w", path, err)
	case errors.As(err, &pathErr), errors.As(err, &errno):
		// The system refused (permission, no space, ...): the file may be fine.
		err = fmt.Errorf("store: open data file: %w", err)
	default:
		// Anything else bbolt refuses is in the file's bytes: ErrInvalid,
		// ErrChecksum, ErrVersionMismatch, "file size too small", ...
		err = fmt.Errorf("%s: %w: %w", path, ErrDamaged, err)
	}
	return nil, false, err
}

// guard runs f and turns a panic into ErrDamaged. bbolt trusts the pages it
// reads, so a damaged file can make it panic, and a read past the end of a
// truncated file faults, which SetPanicOnFault turns into a panic.
func guard(f func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", ErrDamaged, r)
		}
	}()
	return f()
}

// inspect checks an open file without writing. It reports fresh for a file
// with no buckets at all: bbolt makes one a moment before Open's first
// write, a crash can leave one behind, and it holds nothing to lose.
func inspect(tx *bolt.Tx) (fresh bool, err error) {
	// A file cut short keeps valid meta pages but loses the pages they
	// point to; catch that before reading any of them.
	fi, err := os.Stat(tx.DB().Path())
	if err != nil {
		return false, err
	}
	if fi.Size() < tx.Size() {
		return false, fmt.Errorf("%w: %d bytes, its pages need %d", ErrDamaged, fi.Size(), tx.Size())
	}

	meta := tx.Bucket(metaBucket)
	if meta == nil {
		if k, _ := tx.Cursor().First(); k == nil {
			return true, nil
		}
		return false, fmt.Errorf("%w: no %s bucket", ErrNotCircle, metaBucket)
	}
	v := meta.Get(schemaKey)
	if v == nil {
		return false, fmt.Errorf("%w: no schema version", ErrNotCircle)
	}
	n, err := strconv.Atoi(string(v))
	switch {
	case err != nil || n < 1:
		return false, fmt.Errorf("%w: schema version %q", ErrDamaged, v)
	case n > SchemaVersion:
		return false, fmt.Errorf("%w: schema %d, this circle knows %d", ErrNewer, n, SchemaVersion)
	}
	// Migrations from older schemas will run here, in order, in one Update
	// after this read-only look; version 1 has none.
	if tx.Bucket(meetingsBucket) == nil {
		return false, fmt.Errorf("%w: no %s bucket", ErrDamaged, meetingsBucket)
	}
	return false, nil
}

// Path returns the path the store was opened with.
func (s *Store) Path() string { return s.path }

// Close closes the data file.
func (s *Store) Close() error { return s.db.Close() }

// SaveMeeting adds a meeting's log. It is on disk when SaveMeeting returns.
func (s *Store) SaveMeeting(l session.Log) error {
	// The date leads the key, so it must sort, and must be a day only.
	if _, err := time.Parse(time.DateOnly, l.Date); err != nil {
		return fmt.Errorf("store: save meeting: date %q is not YYYY-MM-DD", l.Date)
	}
	v, err := json.Marshal(l)
	if err != nil {
		return fmt.Errorf("store: save meeting: %w", err)
	}
	err = guard(func() error {
		return s.db.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket(meetingsBucket)
			seq, err := b.NextSequence()
			if err != nil {
				return err
			}
			return b.Put(meetingKey(l.Date, seq), v)
		})
	})
	if err != nil {
		return fmt.Errorf("store: save meeting: %w", err)
	}
	return nil
}

func meetingKey(date string, seq uint64) []byte {
	k := make([]byte, 0, len(date)+8)
	k = append(k, date...)
	return binary.BigEndian.AppendUint64(k, seq)
}

// Meetings returns every saved meeting, oldest date first and in save order
// within a date. The slice is never nil, so it encodes as a JSON array.
func (s *Store) Meetings() ([]session.Log, error) {
	logs := []session.Log{}
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(meetingsBucket)
		if b == nil {
			return nil // a fresh file opened read-only
		}
		// Decode here: k and v point into the map and die with tx.
		return b.ForEach(func(k, v []byte) error {
			var l session.Log
			if err := json.Unmarshal(v, &l); err != nil {
				return fmt.Errorf("meeting %q: %w: %w", k, ErrDamaged, err)
			}
			logs = append(logs, l)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: read meetings: %w", err)
	}
	return logs, nil
}

// Count returns the number of saved meetings.
func (s *Store) Count() (int, error) {
	n := 0
	err := s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(meetingsBucket); b != nil {
			n = b.Stats().KeyN
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: count meetings: %w", err)
	}
	return n, nil
}

// view is db.View under guard: a page damaged after Open must give
// ErrDamaged, not crash `circle history`.
func (s *Store) view(f func(tx *bolt.Tx) error) error {
	return guard(func() error { return s.db.View(f) })
}

// Check reads every page of the file and decodes every meeting, for
// `circle check`: damage inside the file escapes Open's quick look.
func (s *Store) Check() error {
	err := s.view(func(tx *bolt.Tx) error {
		// Drain the channel: the checker reads pages until it is done,
		// and must be done before the transaction ends.
		var first error
		n := 0
		for err := range tx.Check() {
			if first == nil {
				first = err
			}
			n++
		}
		if first != nil {
			return fmt.Errorf("%w: %d problems, first: %w", ErrDamaged, n, first)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: check %s: %w", s.path, err)
	}
	_, err = s.Meetings()
	return err
}
