package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Backups and restores. A backup is a consistent copy of the data file
// taken from one read transaction, written with only its live records:
// no free page of the file, which may hold old bytes, goes into it, and
// neither do the events of a meeting that is running, which hold times
// of day (the copy is of the history; the running meeting is saved when
// it ends). A backup can be made while another circle has the file open
// for its meeting: then its bytes are read without bbolt's lock, taken as
// they stand between two commits (see snapshot), and checked.

// Errors of backups and restores; test with errors.Is.
var (
	// ErrExists refuses a backup over a file that is already there.
	ErrExists = errors.New("store: the file for the copy already exists")
	// ErrBusy is a backup of a file another circle kept writing to,
	// faster than it could be copied between two writes.
	ErrBusy = errors.New("store: the data file changed on every try to copy it")
)

// snapshotTries is how many times a file in use is copied before the
// backup gives up with ErrBusy; a meeting writes a few times a minute.
const snapshotTries = 20

// CopyInfo is what a data file, or a copy of one, holds.
type CopyInfo struct {
	Schema   int
	Meetings int
	Groups   int
	// Last is the date of the newest meeting, "" without meetings.
	Last string
}

// Backup writes a copy of the data file at src to dst, private to the
// user (0600), and returns what it holds. dst must not exist: an existing
// file is refused with ErrExists, and is never overwritten. The copy is
// checked before it is given its name; on any error dst is not made.
func Backup(src, dst string) (CopyInfo, error) { return backupWith(src, dst, Options{}) }

func backupWith(src, dst string, opt Options) (CopyInfo, error) {
	if _, err := os.Lstat(dst); err == nil {
		return CopyInfo{}, fmt.Errorf("%s: %w", dst, ErrExists)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return CopyInfo{}, fmt.Errorf("store: back up to %s: %w", dst, err)
	}
	fi, err := os.Stat(src)
	if err != nil {
		return CopyInfo{}, fmt.Errorf("store: %w", err)
	}
	if err := usable(src, fi); err != nil {
		return CopyInfo{}, err
	}
	opt = opt.withDefaults()
	db, _, err := openChecked(src, true, opt)
	var snap string
	if errors.Is(err, ErrLocked) || errors.Is(err, ErrInUse) {
		// Another circle (or program) holds the file: copy its bytes
		// between two of its commits instead.
		snap, err = snapshot(src, filepath.Dir(dst), opt)
		if err != nil {
			return CopyInfo{}, err
		}
		defer os.Remove(snap)
		db, _, err = openChecked(snap, true, opt)
	}
	if err != nil {
		return CopyInfo{}, err
	}
	defer db.Close()
	if snap != "" {
		// Bytes read without the lock: check every page before trusting
		// them.
		if err := checkTree(db); err != nil {
			return CopyInfo{}, fmt.Errorf("store: copy of %s: %w", src, err)
		}
	}
	if err := writeCopy(db, dst, opt); err != nil {
		return CopyInfo{}, fmt.Errorf("store: back up to %s: %w", dst, writeErr(err))
	}
	return Inspect(dst)
}

// snapshot copies the bytes of the data file at path, which another
// process holds, to a new file in dir, and returns its name. bbolt never
// writes over a page of the newest committed tree until a later commit,
// so bytes read while the newest commit stays the same hold that tree
// whole; snapshot copies until the newest commit before and after the
// copy, and in the copy, are the same one.
func snapshot(path, dir string, opt Options) (string, error) {
	for range snapshotTries {
		before, err := newestTx(path)
		if err != nil {
			return "", err
		}
		tmp, err := copyToTemp(path, dir, ".snap-tmp", opt)
		if err != nil {
			return "", writeErr(err)
		}
		after, aerr := newestTx(path)
		copied, cerr := newestTx(tmp)
		if aerr == nil && cerr == nil && before == after && copied == before {
			return tmp, nil
		}
		os.Remove(tmp)
	}
	return "", fmt.Errorf("%s: %w", path, ErrBusy)
}

// newestTx returns the transaction id of the newest sound meta page of
// the file at path.
func newestTx(path string) (uint64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	b := make([]byte, 2*64<<10)
	n, err := f.ReadAt(b, 0)
	if err != nil && !errors.Is(err, io.EOF) {
		return 0, err
	}
	b = b[:n]
	var best uint64
	found := false
	if m, err := parseMeta(b); err == nil {
		best, found = m.txid, true
		if int(m.pageSize) < len(b) {
			if m1, err := parseMeta(b[m.pageSize:]); err == nil && m1.txid > best {
				best = m1.txid
			}
		}
		return best, nil
	}
	for ps := 1 << 10; ps <= 64<<10 && ps < len(b); ps <<= 1 {
		if m, err := parseMeta(b[ps:]); err == nil && int(m.pageSize) == ps {
			best, found = m.txid, true
			break
		}
	}
	if !found {
		return 0, fmt.Errorf("%s: %w: no sound meta page", path, ErrDamaged)
	}
	return best, nil
}

// copyToTemp copies the file at path, byte for byte, to a new file of
// the user's alone in dir, and returns its name.
func copyToTemp(path, dir, suffix string, opt Options) (name string, err error) {
	src, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer src.Close()
	tmp, err := os.CreateTemp(dir, filepath.Base(path)+".*"+suffix) // 0600
	if err != nil {
		return "", err
	}
	_, err = io.Copy(tmp, src)
	if err == nil {
		err = opt.sync(tmp.Name(), tmp)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// checkTree reads every page of db's tree.
func checkTree(db *bolt.DB) error {
	return guard(func() error {
		return db.View(treeProblems)
	})
}

// treeProblems reads every page of tx's tree (bbolt's check) and says how
// many problems it found, and the first. It drains the checker's channel:
// the checker reads pages until it is done, and must be done before the
// transaction ends.
func treeProblems(tx *bolt.Tx) error {
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
}

// writeCopy writes the live records of src, as one read transaction sees
// them, to a new file at dst: every bucket with its sequence and its
// records, but the active bucket empty. It is made under a temporary
// name next to dst, synced, and linked to dst only if dst is still free.
func writeCopy(src *bolt.DB, dst string, opt Options) error {
	dir, base := filepath.Dir(dst), filepath.Base(dst)
	f, err := os.CreateTemp(dir, base+".*"+newSuffix) // 0600
	if err != nil {
		return err
	}
	tmp := f.Name()
	f.Close()
	defer os.Remove(tmp)
	out, err := bolt.Open(tmp, 0o600, opt.bolt(false))
	if err != nil {
		return err
	}
	err = guard(func() error {
		return src.View(func(stx *bolt.Tx) error {
			return out.Update(func(dtx *bolt.Tx) error {
				return stx.ForEach(func(name []byte, sb *bolt.Bucket) error {
					db, err := dtx.CreateBucket(name)
					if err != nil {
						return err
					}
					if err := db.SetSequence(sb.Sequence()); err != nil {
						return err
					}
					if bytes.Equal(name, activeBucket) {
						return nil
					}
					db.FillPercent = 1
					return sb.ForEach(func(k, v []byte) error {
						if v == nil {
							// The solo log and the notes keep theirs
							// in buckets inside (solo.go, notes.go).
							nb, err := db.CreateBucket(k)
							if err != nil {
								return err
							}
							return copyBucket(nb, sb.Bucket(k))
						}
						return db.Put(k, v)
					})
				})
			})
		})
	})
	if err == nil {
		err = settle(out)
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := opt.syncFile(tmp); err != nil {
		return err
	}
	if err := opt.link(tmp, dst); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s: %w", dst, ErrExists)
		}
		return err
	}
	return opt.syncDir(dir)
}

// Inspect opens the data file (or copy) at path read-only, checks every
// page and record of it as `circle check` does, and says what it holds.
func Inspect(path string) (CopyInfo, error) {
	st, err := OpenReadOnly(path)
	if err != nil {
		return CopyInfo{}, err
	}
	defer st.Close()
	if err := st.Check(); err != nil {
		return CopyInfo{}, err
	}
	info := CopyInfo{Schema: st.schema}
	sums, err := st.Summaries()
	if err != nil {
		return CopyInfo{}, err
	}
	info.Meetings = len(sums)
	for _, s := range sums {
		info.Last = max(info.Last, s.Date)
	}
	gs, err := st.Groups()
	if err != nil {
		return CopyInfo{}, err
	}
	info.Groups = len(gs)
	return info, nil
}

// RestoreLabel names the copy of the data file a restore keeps:
// <file>.before-restore.bak (see backupPath).
const RestoreLabel = "before-restore"

// Restore puts the copy at from in place of the data file at path. It
// checks the copy first (see Inspect), and refuses one that is damaged,
// not circle's or from a newer circle, changing nothing. A data file that
// another circle has open is refused with ErrLocked (or ErrInUse), as
// Open refuses it. The current file, if there is one, is kept byte for
// byte as the first free <path>.before-restore.bak, returned as kept; a
// damaged current file is kept too: restoring over it is what a backup
// is for. The restored file is the user's alone (0600).
func Restore(path, from string) (kept string, info CopyInfo, err error) {
	return restoreWith(path, from, Options{})
}

func restoreWith(path, from string, opt Options) (kept string, info CopyInfo, err error) {
	info, err = Inspect(from)
	if err != nil {
		return "", CopyInfo{}, err
	}
	if same, _ := sameFile(path, from); same {
		return "", CopyInfo{}, fmt.Errorf("store: restore %s: %w", from, errSameFile)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return "", CopyInfo{}, fmt.Errorf("store: create folder for data file: %w", err)
	}
	real, err := resolve(path)
	if err != nil {
		return "", CopyInfo{}, err
	}
	opt = opt.withDefaults()
	// Hold bbolt's lock on the current file while it is copied, so no
	// circle starts on it meanwhile; one that has it open refuses the
	// restore. It is let go just before the rename: Windows renames over
	// no open file.
	var lock *bolt.DB
	release := func() {
		if lock != nil {
			lock.Close()
			lock = nil
		}
	}
	defer release()
	if _, err := os.Stat(real); err == nil {
		db, err := bolt.Open(real, 0o600, opt.bolt(true))
		switch {
		case errors.Is(err, berrors.ErrTimeout):
			if held, known := markHeld(real); known && !held {
				return "", CopyInfo{}, fmt.Errorf("%s: %w", real, ErrInUse)
			}
			return "", CopyInfo{}, fmt.Errorf("%s: %w", real, ErrLocked)
		case err == nil:
			lock = db
		}
		// Any other failure is a file bbolt cannot read: no circle has it.
		if kept, err = keepCopy(real, RestoreLabel, opt); err != nil {
			return "", CopyInfo{}, fmt.Errorf("store: keep a copy of %s: %w", real, writeErr(err))
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", CopyInfo{}, fmt.Errorf("store: %w", err)
	}
	dir := filepath.Dir(real)
	tmp, err := copyToTemp(from, dir, copySuffix, opt)
	if err != nil {
		return kept, CopyInfo{}, fmt.Errorf("store: restore %s: %w", from, writeErr(err))
	}
	defer os.Remove(tmp)
	release()
	if err := opt.move(tmp, real); err != nil {
		return kept, CopyInfo{}, fmt.Errorf("store: restore %s: %w", from, err)
	}
	if err := opt.syncDir(dir); err != nil {
		return kept, CopyInfo{}, fmt.Errorf("store: restore %s: %w", from, err)
	}
	return kept, info, nil
}

var errSameFile = errors.New("the copy is the data file itself")

func sameFile(a, b string) (bool, error) {
	fa, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	fb, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(fa, fb), nil
}
