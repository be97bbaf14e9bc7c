// Package store keeps circle's meeting logs in one bbolt data file.
//
// It stores only what session.Log holds, which identifies no one, and the
// groups' profiles (see Group): it must never store a member's name,
// initials, text typed during a meeting or a time of day.
// It must never overwrite or "repair" a file it does not understand: a file
// that fails any check is reported with one of the errors below and left
// byte for byte as it was, so the meeting can run in memory instead.
//
// The layout of the data file (the buckets are declared once, in buckets
// below, with the schema each arrived in):
//
//	meta/
//	  schema -> "4" (ASCII decimal, SchemaVersion)
//	meetings/
//	  <YYYY-MM-DD><8-byte big-endian sequence> -> a meeting record (record.go)
//	active/
//	  <8-byte big-endian event number, from 1> -> JSON of session.Event
//	groups/
//	  <8-byte big-endian group id, from the bucket's sequence> -> JSON of Group
//	counts/
//	  <8-byte big-endian group id, 0 for no group> -> 8-byte big-endian count
//
// Meeting keys sort by date, then by save order (the sequence comes from
// the bucket's NextSequence); they hold no time of day. A meeting record
// is a compact binary form of session.Log (schema 3 and older kept its
// JSON). The active bucket holds the events of the meeting that is
// running, so that a crash loses none of it; it is empty when no meeting
// runs. Its events do hold times of day, which is why finishing a meeting
// empties it and then wipes every free page of the file (see wipe), so
// no byte of them is left, without rewriting the history.
//
// The groups bucket holds the profiles of the groups that share the file.
// A meeting's log names its group by id (session.Log.Group); a log without
// one is of no group, as every meeting saved before schema 3 is. Group ids
// come from NextSequence and are never used twice, so a new group can
// never inherit the meetings of a deleted one. The counts bucket keeps how
// many meetings each group has, changed with every save and delete, so
// the home screen needs no scan of the history.
//
// Schema 1 had no active bucket, schema 2 no groups bucket, schema 3 no
// counts bucket and JSON meeting records. Open migrates older files in one
// transaction, after keeping a copy of the file as it was.
//
// A new file is set up under a temporary name and put in place whole (see
// create); after every rewrite both of bbolt's meta pages describe the
// whole tree, and a file with a damaged meta page is refused (see meta.go).
package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"circle/session"
)

// SchemaVersion is the version of the layout above, kept in meta/schema.
const SchemaVersion = 4

var (
	metaBucket     = []byte("meta")
	schemaKey      = []byte("schema")
	meetingsBucket = []byte("meetings")
	activeBucket   = []byte("active")
	groupsBucket   = []byte("groups")
	countsBucket   = []byte("counts")
)

// buckets are the top-level buckets of the layout above, each with the
// schema it arrived in. A fresh file gets all of them; inspect requires
// each of a file whose schema has it.
var buckets = []struct {
	name  []byte
	since int
}{
	{metaBucket, 1},
	{meetingsBucket, 1},
	{activeBucket, 2},
	{groupsBucket, 3},
	{countsBucket, 4},
}

// migrations[i] moves a file from schema i+1 to schema i+2. Open runs the
// ones a file needs, in order, in one Update, and sets meta/schema after
// each; a failure rolls all of them back.
var migrations = []func(tx *bolt.Tx) error{
	// 1 -> 2: a bucket for the running meeting's events.
	func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket(activeBucket)
		return err
	},
	// 2 -> 3: a bucket for the groups' profiles. The meetings stay as
	// they are: their logs have no group, which is what they were.
	func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket(groupsBucket)
		return err
	},
	// 3 -> 4: meeting records from JSON to the compact form, under the
	// same keys, and the count of each group's meetings.
	func(tx *bolt.Tx) error {
		if _, err := tx.CreateBucket(countsBucket); err != nil {
			return err
		}
		m := tx.Bucket(meetingsBucket)
		type rec struct{ k, v []byte }
		var recs []rec
		err := m.ForEach(func(k, v []byte) error {
			l, err := decodeLog(v)
			if err != nil {
				return fmt.Errorf("meeting %q: %w", k, err)
			}
			if string(k[:min(len(k), len(time.DateOnly))]) != l.Date || len(k) != len(time.DateOnly)+8 {
				return fmt.Errorf("meeting %q of %s: the key is not its date", k, l.Date)
			}
			nv, err := encodeRecord(l)
			if err != nil {
				return fmt.Errorf("meeting %q: %w", k, err)
			}
			recs = append(recs, rec{bytes.Clone(k), nv})
			return countMeeting(tx, l.Group, 1)
		})
		if err != nil {
			return err
		}
		// Put after the walk: writing under a cursor moves it.
		m.FillPercent = fillAppend
		for _, r := range recs {
			if err := m.Put(r.k, r.v); err != nil {
				return err
			}
		}
		return nil
	},
}

// Errors for data files that circle will not use. They are wrapped with the
// path and any detail; test for them with errors.Is.
var (
	ErrLocked    = errors.New("store: data file is in use by another circle")
	ErrInUse     = errors.New("store: data file is in use by another program")
	ErrNotCircle = errors.New("store: not a circle data file")
	ErrNewer     = errors.New("store: data file is from a newer circle")
	ErrDamaged   = errors.New("store: data file is damaged")
	// ErrEmpty is returned, with ErrDamaged, for a file of 0 bytes. circle
	// never leaves one (see create), so one has lost what it held.
	ErrEmpty = errors.New("store: data file is empty: it lost its contents")
)

// Errors of writes. The write is not made; what was saved before stays.
var (
	// ErrFull is returned by a write that would grow the data file past
	// its size limit.
	ErrFull = errors.New("store: data file has reached its size limit")
	// ErrReadOnly is returned by a write to a store from OpenReadOnly.
	ErrReadOnly = errors.New("store: data file is open for reading only")
)

// lockTimeout bounds the wait for another circle's lock on the file, so a
// second copy gets a message instead of a hang.
const lockTimeout = time.Second

// MaxSize caps the data file, so a runaway can never fill the disk. A
// decade of a centre's twenty weekly groups is about 8 MiB.
const MaxSize = 64 << 20

// Options are what may differ in how a data file is kept: circle's own
// when zero. Tests pass theirs to OpenWith, so no test changes a package
// variable.
type Options struct {
	// MaxSize caps the file; 0 is MaxSize.
	MaxSize int
	// Today is the day a group made without one is created on; nil reads
	// the clock.
	Today func() string
	// Rename moves the rewritten file into place; nil is os.Rename.
	Rename func(oldpath, newpath string) error
	// Compact copies the live records into the rewritten file; nil is
	// bolt.Compact.
	Compact func(dst, src *bolt.DB, txMaxSize int64) error
	// NotesWorkFactor is scrypt's for the private notes' passphrase; 0 is
	// NotesWorkFactor (see notes.go). Tests lower it to run fast.
	NotesWorkFactor int
	// LockTimeout bounds the wait for another's lock on the file; 0 is a
	// second. Tests of a file in use shorten it to run fast.
	LockTimeout time.Duration
	// Fault, when set, is asked before each step of a file change that
	// the system can refuse: "sync" (a file or folder to the disk),
	// "link" and "rename", with the path the step acts on (the new name,
	// for a link or rename). An error it returns is taken as the step's,
	// and the step is not taken. Tests pass one to play a failing disk.
	Fault func(step, path string) error
	// CloseToReplace makes a rewrite close the file before the copy is
	// renamed over it, as it must where an open file cannot be renamed
	// over (Windows, always): tests take that way on any system.
	CloseToReplace bool
}

func (o Options) withDefaults() Options {
	if o.MaxSize <= 0 {
		o.MaxSize = MaxSize
	}
	if o.Today == nil {
		o.Today = func() string { return time.Now().Format(time.DateOnly) }
	}
	if o.Rename == nil {
		o.Rename = os.Rename
	}
	if o.Compact == nil {
		o.Compact = bolt.Compact
	}
	if o.NotesWorkFactor <= 0 {
		o.NotesWorkFactor = NotesWorkFactor
	}
	if o.LockTimeout <= 0 {
		o.LockTimeout = lockTimeout
	}
	return o
}

// bolt is the bbolt options of every data file circle opens.
func (o Options) bolt(readOnly bool) *bolt.Options {
	return &bolt.Options{Timeout: o.LockTimeout, ReadOnly: readOnly, MaxSize: o.MaxSize}
}

// Store is an open data file. Its methods may be called from several
// goroutines.
type Store struct {
	// mu guards db, which FinishMeeting replaces when it rewrites the
	// file; every other use holds it for reading.
	mu        sync.RWMutex
	db        *bolt.DB // nil once closed, or if a rewrite could not reopen
	mark      *os.File // holds the mark that says circle has the file (holdMark)
	path      string   // as given to Open
	file      string   // the file itself, links resolved: what scrub rewrites
	tightened []string
	schema    int         // of the file: SchemaVersion, unless opened read-only
	ident     os.FileInfo // the file bbolt has open, to tell it from another put in its place
	opt       Options
}

// Open opens the data file at path for reading and writing, creating it
// and its folder, private to the user, when it does not exist yet. A file
// of an older schema is copied aside (see backupPath) and migrated.
func Open(given string) (*Store, error) { return OpenWith(given, Options{}) }

// OpenWith is Open with options of its own.
func OpenWith(given string, opt Options) (*Store, error) {
	opt = opt.withDefaults()
	if err := os.MkdirAll(filepath.Dir(given), 0o700); err != nil {
		return nil, fmt.Errorf("store: create folder for data file: %w", err)
	}
	// A link is followed once, here: the rewrites (see scrub) replace the
	// file itself, next to it, and leave the link a link.
	path, err := resolve(given)
	if err != nil {
		return nil, err
	}
	backedUp := false
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := create(path, opt); err != nil {
			return nil, fmt.Errorf("store: set up %s: %w", path, writeErr(err))
		}
	case err != nil:
		return nil, fmt.Errorf("store: %w", err)
	default:
		if err := usable(path, fi); err != nil {
			return nil, err
		}
		// Look before writing: opening for writing may itself write (bbolt
		// grows the file to its map size on Windows), so an existing file
		// is checked read-only first.
		db, version, err := openChecked(path, true, opt)
		if err != nil {
			return nil, err
		}
		if version > 0 && version < SchemaVersion {
			// Copy the file before the migration changes it, while the
			// shared lock keeps any writer out. A file we could not write
			// anyway gets no copy, or each try would leave one more.
			err = writable(path)
			if err == nil {
				err = backup(path, version, opt)
				backedUp = err == nil
			}
		}
		if cerr := db.Close(); cerr != nil {
			err = errors.Join(err, fmt.Errorf("store: close %s after check: %w", path, cerr))
		}
		if err != nil {
			return nil, err
		}
	}

	db, version, err := openChecked(path, false, opt)
	if err != nil {
		return nil, err
	}
	switch {
	case version == 0:
		// A bbolt file never written to (an older circle could leave one):
		// the first write records the schema version.
		err = setUp(db)
		if err != nil {
			err = fmt.Errorf("store: set up %s: %w", path, writeErr(err))
		}
	case version < SchemaVersion:
		// The file was not there, or not this old, at the read-only look
		// (another program swapped it in between): copy it now.
		if !backedUp {
			err = backup(path, version, opt)
		}
		if err == nil {
			err = migrate(db, version)
		}
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	// Holding the lock, so no other circle is making any of them.
	cleanLeftovers(path)
	s := &Store{db: db, mark: holdMark(path), path: given, file: path, tightened: tighten(path), schema: SchemaVersion, opt: opt}
	s.ident, _ = os.Stat(path)
	if version > 0 && version < SchemaVersion {
		// The old records' pages are free now; wipe them with whatever
		// older circles left in free pages. Nothing is lost if it fails:
		// the next finished meeting wipes again.
		_ = s.wipe()
	}
	return s, nil
}

// setUp gives a file with no buckets the layout above.
func setUp(db *bolt.DB) error {
	return guard(func() error {
		err := db.Update(func(tx *bolt.Tx) error {
			meta, err := tx.CreateBucket(metaBucket)
			if err != nil {
				return err
			}
			if err := meta.Put(schemaKey, []byte(strconv.Itoa(SchemaVersion))); err != nil {
				return err
			}
			for _, b := range buckets[1:] {
				if _, err := tx.CreateBucket(b.name); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		return settle(db)
	})
}

// migrate brings db from schema from to SchemaVersion in one transaction.
func migrate(db *bolt.DB, from int) error {
	err := guard(func() error {
		err := db.Update(func(tx *bolt.Tx) error {
			meta := tx.Bucket(metaBucket)
			for v := from; v < SchemaVersion; v++ {
				if err := migrations[v-1](tx); err != nil {
					// Only a file unlike any that schema made gets here.
					return fmt.Errorf("%w: schema %d to %d: %w", ErrDamaged, v, v+1, err)
				}
				if err := meta.Put(schemaKey, []byte(strconv.Itoa(v+1))); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		return settle(db)
	})
	if err != nil {
		return fmt.Errorf("store: migrate %s: %w", db.Path(), writeErr(err))
	}
	return nil
}

// Tightened returns the paths whose permissions Open narrowed to the user
// alone, folder first, so the user can be told; usually none.
func (s *Store) Tightened() []string { return s.tightened }

// OpenReadOnly opens an existing data file for reading only, for `circle
// history`. It never creates or writes anything; a missing file gives an
// error that matches fs.ErrNotExist.
func OpenReadOnly(path string) (*Store, error) { return openReadOnly(path, Options{}) }

func openReadOnly(path string, opt Options) (*Store, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if err := usable(path, fi); err != nil {
		return nil, err
	}
	opt = opt.withDefaults()
	db, version, err := openChecked(path, true, opt)
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, mark: holdMark(path), path: path, file: path, schema: version, opt: opt}
	s.ident, _ = os.Stat(path)
	return s, nil
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
		return fmt.Errorf("store: %s: %w: %w", path, ErrEmpty, ErrDamaged)
	}
	return nil
}

// openChecked opens path with bbolt and checks that it is a circle file
// this version can use, and returns its schema version: 0 for a file with
// no buckets at all, which Open sets up. On error the file is closed again.
func openChecked(path string, readOnly bool, opt Options) (db *bolt.DB, version int, err error) {
	err = guard(func() error {
		var err error
		db, err = bolt.Open(path, 0o600, opt.bolt(readOnly))
		if err != nil {
			return err
		}
		// With the lock held, so no circle is writing them.
		if err := checkMetas(path); err != nil {
			return err
		}
		return db.View(func(tx *bolt.Tx) error {
			version, err = inspect(tx)
			return err
		})
	})
	if err == nil {
		return db, version, nil
	}
	if db != nil {
		db.Close()
	}
	var pathErr *fs.PathError
	var errno syscall.Errno
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		// Anyone can lock a file; only circle marks it too.
		if held, known := markHeld(path); known && !held {
			err = fmt.Errorf("%s: %w", path, ErrInUse)
		} else {
			err = fmt.Errorf("%s: %w", path, ErrLocked)
		}
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
	return nil, 0, err
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

// inspect checks an open file without writing and returns its schema
// version. It returns 0 for a file with no buckets that bbolt has set up
// and no one has written to since: an older circle could leave one behind
// in a crash, and it holds nothing to lose. A file with no buckets that
// has been written to is damaged (its tree was lost), never new.
func inspect(tx *bolt.Tx) (version int, err error) {
	// A file cut short keeps valid meta pages but loses the pages they
	// point to; catch that before reading any of them.
	fi, err := os.Stat(tx.DB().Path())
	if err != nil {
		return 0, err
	}
	if fi.Size() < tx.Size() {
		return 0, fmt.Errorf("%w: %d bytes, its pages need %d", ErrDamaged, fi.Size(), tx.Size())
	}

	meta := tx.Bucket(metaBucket)
	if meta == nil {
		if k, _ := tx.Cursor().First(); k == nil {
			// bbolt sets a file up with transactions 0 and 1.
			if tx.ID() > 1 {
				return 0, fmt.Errorf("%w: written to (transaction %d), yet it holds nothing", ErrDamaged, tx.ID())
			}
			return 0, nil
		}
		return 0, fmt.Errorf("%w: no %s bucket", ErrNotCircle, metaBucket)
	}
	v := meta.Get(schemaKey)
	if v == nil {
		return 0, fmt.Errorf("%w: no schema version", ErrNotCircle)
	}
	n, err := strconv.Atoi(string(v))
	switch {
	case err != nil || n < 1:
		return 0, fmt.Errorf("%w: schema version %q", ErrDamaged, v)
	case n > SchemaVersion:
		return 0, fmt.Errorf("%w: schema %d, this circle knows %d", ErrNewer, n, SchemaVersion)
	}
	for _, b := range buckets {
		if n >= b.since && tx.Bucket(b.name) == nil {
			return 0, fmt.Errorf("%w: no %s bucket", ErrDamaged, b.name)
		}
	}
	return n, nil
}

// Path returns the path the store was opened with.
func (s *Store) Path() string { return s.path }

// Close closes the data file.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return nil
	}
	err := s.db.Close()
	s.db = nil
	s.dropMark()
	return err
}

// dropMark lets go of the mark (see holdMark), after the lock.
func (s *Store) dropMark() {
	if s.mark != nil {
		s.mark.Close()
		s.mark = nil
	}
}

// errClosed is returned by every method of a closed store.
var errClosed = errors.New("store: data file is closed")

// view is db.View under guard: a page damaged after Open must give
// ErrDamaged, not crash `circle history`.
func (s *Store) view(f func(tx *bolt.Tx) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return errClosed
	}
	return guard(func() error { return s.db.View(f) })
}

// update is db.Update under guard; it commits with bbolt's fsync, so what
// f wrote is on disk when it returns nil.
func (s *Store) update(f func(tx *bolt.Tx) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return errClosed
	}
	return writeErr(guard(func() error { return s.db.Update(f) }))
}

// writeErr lets callers tell a full file or disk with errors.Is: ErrFull
// at the size limit, syscall.ENOSPC when the disk is full.
func writeErr(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, berrors.ErrMaxSizeReached):
		return fmt.Errorf("%w: %w", ErrFull, err)
	case errors.Is(err, berrors.ErrDatabaseReadOnly):
		return fmt.Errorf("%w: %w", ErrReadOnly, err)
	case !errors.Is(err, syscall.ENOSPC) && strings.Contains(err.Error(), syscall.ENOSPC.Error()):
		// bbolt formats the errors of growing the file with %s, which
		// drops the errno; put it back.
		return fmt.Errorf("%w: %v", syscall.ENOSPC, err)
	}
	return err
}

// SaveMeeting adds a meeting's log. It is on disk when SaveMeeting returns.
// A log of a group that does not exist is refused with ErrNoGroup.
func (s *Store) SaveMeeting(l session.Log) error {
	v, err := encodeRecord(l)
	if err != nil {
		return fmt.Errorf("store: save meeting: %w", err)
	}
	err = s.update(func(tx *bolt.Tx) error {
		if err := groupKnown(tx, l.Group); err != nil {
			return err
		}
		return putMeeting(tx, l, v)
	})
	if err != nil {
		return fmt.Errorf("store: save meeting: %w", err)
	}
	return nil
}

// SaveMeetings adds several meetings' logs in one transaction: all are on
// disk when it returns, or none is. It is for filling a file at once (an
// import, a generated file), where a write per meeting would cost a sync
// each.
func (s *Store) SaveMeetings(logs []session.Log) error {
	vs := make([][]byte, len(logs))
	for i, l := range logs {
		v, err := encodeRecord(l)
		if err != nil {
			return fmt.Errorf("store: save meeting %d of %d: %w", i+1, len(logs), err)
		}
		vs[i] = v
	}
	err := s.update(func(tx *bolt.Tx) error {
		for i, l := range logs {
			if err := groupKnown(tx, l.Group); err != nil {
				return err
			}
			if err := putMeeting(tx, l, vs[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: save meetings: %w", err)
	}
	return nil
}

// fillAppend is the fill of the meetings bucket's pages: meetings are
// saved in date order nearly always, so a page split in half would stay
// half empty for good.
const fillAppend = 0.95

// putMeeting adds an encoded log under the next key of its date, and
// counts it for its group.
func putMeeting(tx *bolt.Tx, l session.Log, v []byte) error {
	b := tx.Bucket(meetingsBucket)
	b.FillPercent = fillAppend
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	if err := b.Put(meetingKey(l.Date, seq), v); err != nil {
		return err
	}
	return countMeeting(tx, l.Group, 1)
}

// countMeeting adds d to the count of the group's meetings.
func countMeeting(tx *bolt.Tx, group uint64, d int64) error {
	b := tx.Bucket(countsBucket)
	if b == nil {
		return fmt.Errorf("%w: no %s bucket", ErrDamaged, countsBucket)
	}
	k := groupKey(group)
	n := int64(0)
	if v := b.Get(k); v != nil {
		if len(v) != 8 {
			return fmt.Errorf("%w: count %x of group %d", ErrDamaged, v, group)
		}
		n = int64(binary.BigEndian.Uint64(v))
	}
	n += d
	switch {
	case n < 0:
		return fmt.Errorf("%w: group %d would have %d meetings", ErrDamaged, group, n)
	case n == 0:
		return b.Delete(k)
	}
	return b.Put(k, binary.BigEndian.AppendUint64(nil, uint64(n)))
}

// counts returns the count of every group's meetings, from the counts
// bucket; nil for a file older than schema 4.
func counts(tx *bolt.Tx) (map[uint64]int, error) {
	b := tx.Bucket(countsBucket)
	if b == nil {
		return nil, nil
	}
	n := map[uint64]int{}
	err := b.ForEach(func(k, v []byte) error {
		if len(k) != 8 || len(v) != 8 || binary.BigEndian.Uint64(v) > 1<<40 {
			return fmt.Errorf("%w: count %x -> %x", ErrDamaged, k, v)
		}
		n[binary.BigEndian.Uint64(k)] = int(binary.BigEndian.Uint64(v))
		return nil
	})
	return n, err
}

func meetingKey(date string, seq uint64) []byte {
	k := make([]byte, 0, len(date)+8)
	k = append(k, date...)
	return binary.BigEndian.AppendUint64(k, seq)
}

// decodeLog decodes a meeting record of schema 3 or older: JSON of
// session.Log, which Open's migration to schema 4 reads.
func decodeLog(v []byte) (session.Log, error) {
	var l session.Log
	if err := json.Unmarshal(v, &l); err != nil {
		return session.Log{}, err
	}
	return l, nil
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
			l, err := s.decodeMeeting(k, v)
			if err != nil {
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

// decodeMeeting decodes a record of the meetings bucket in the file's
// schema: an old file opened read-only keeps its JSON.
func (s *Store) decodeMeeting(k, v []byte) (session.Log, error) {
	if s.schema < 4 {
		return decodeLog(v)
	}
	return decodeRecord(k, v)
}

// Summaries returns every saved meeting's summary, in the order of
// Meetings, reading only the head of each record. The slice is never nil.
func (s *Store) Summaries() ([]Summary, error) {
	out := []Summary{}
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(meetingsBucket)
		if b == nil {
			return nil
		}
		if s.schema < 4 {
			out = make([]Summary, 0, 64)
		} else {
			out = make([]Summary, 0, tx.Bucket(meetingsBucket).Sequence())
		}
		return b.ForEach(func(k, v []byte) error {
			var sum Summary
			var err error
			if s.schema < 4 {
				var l session.Log
				if l, err = decodeLog(v); err == nil {
					sum = Summary{Date: l.Date, Group: l.Group, PlannedMinutes: l.PlannedMinutes, ActualSeconds: l.ActualSeconds,
						Present: l.Present, Turns: len(l.Turns), Completed: l.Completed,
						Interruptions: l.Interruptions, InterruptedSeconds: l.InterruptedSeconds}
				}
			} else {
				sum, err = decodeSummary(k, v)
			}
			if err != nil {
				return fmt.Errorf("meeting %q: %w: %w", k, ErrDamaged, err)
			}
			out = append(out, sum)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: read meetings: %w", err)
	}
	return out, nil
}

// Count returns the number of saved meetings.
func (s *Store) Count() (int, error) {
	n := 0
	err := s.view(func(tx *bolt.Tx) error {
		c, err := counts(tx)
		switch {
		case err != nil:
			return err
		case c != nil:
			for _, k := range c {
				n += k
			}
		case tx.Bucket(meetingsBucket) != nil:
			n = tx.Bucket(meetingsBucket).Stats().KeyN
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: count meetings: %w", err)
	}
	return n, nil
}

// Check reads every page of the file and decodes every meeting, event and
// group, for `circle check`: damage inside the file escapes Open's quick
// look.
func (s *Store) Check() error {
	err := s.view(func(tx *bolt.Tx) error {
		// Both meta pages, as Open did: one may have been hit since.
		if err := checkMetas(s.file); err != nil {
			return err
		}
		return treeProblems(tx)
	})
	if err != nil {
		return fmt.Errorf("store: check %s: %w", s.path, err)
	}
	logs, err := s.Meetings()
	if err != nil {
		return err
	}
	if _, err := s.ActiveEvents(); err != nil {
		return err
	}
	if _, err = s.Groups(); err != nil {
		return err
	}
	if err := s.checkSolo(); err != nil {
		return err
	}
	// The kept counts must be the meetings' own.
	want := map[uint64]int{}
	for _, l := range logs {
		want[l.Group]++
	}
	err = s.view(func(tx *bolt.Tx) error {
		got, err := counts(tx)
		if err != nil || got == nil {
			return err
		}
		if !maps.Equal(got, want) {
			return fmt.Errorf("%w: the counts of meetings %v are not the meetings' own %v", ErrDamaged, got, want)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: check %s: %w", s.path, err)
	}
	return nil
}
