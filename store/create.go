package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// The endings of the files circle makes next to the data file on its way
// to a change, named <file>.<digits><ending> by os.CreateTemp. A kill can
// leave one behind; cleanLeftovers removes them.
const (
	newSuffix   = ".new"     // a new data file being set up (create)
	scrubSuffix = ".scrub"   // a compacted copy (scrub)
	copySuffix  = ".bak-tmp" // a copy on its way to a .bak name (keepCopy)
)

// create makes a new data file at path, set up completely (see setUp)
// under a temporary name in the same folder, synced, and only then put in
// place. A kill at any moment leaves either no file at path or a whole
// one, never an empty or half set-up file: so a file of 0 bytes at path
// is one that lost its contents (see usable). If another circle puts its
// own file in place first, that one is kept.
func create(path string, opt Options) error {
	dir, base := filepath.Dir(path), filepath.Base(path)
	f, err := os.CreateTemp(dir, base+".*"+newSuffix) // 0600
	if err != nil {
		return err
	}
	tmp := f.Name()
	f.Close()
	defer os.Remove(tmp) // once linked, only the temporary name goes

	db, err := bolt.Open(tmp, 0o600, opt.bolt(false))
	if err != nil {
		return err
	}
	// Linked while still open: bbolt's lock on it tells cleanLeftovers in
	// another circle that it is not left over.
	err = setUp(db)
	if err == nil {
		err = opt.sync(tmp, db)
	}
	if err == nil {
		err = place(tmp, path, opt)
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return opt.syncDir(dir)
}

// place gives the file tmp the name path too, unless path exists: a link
// never replaces a file, so a second circle starting at the same moment
// cannot put its new file over the first one's, which may already hold a
// meeting.
func place(tmp, path string, opt Options) error {
	err := opt.link(tmp, path)
	switch {
	case err == nil, errors.Is(err, fs.ErrExist):
		return nil
	}
	// A file system without hard links: rename, if the name is still free.
	if _, lerr := os.Lstat(path); !errors.Is(lerr, fs.ErrNotExist) {
		return nil
	}
	return opt.move(tmp, path)
}

// cleanLeftovers removes what a killed circle left next to the data file
// at path: a new file not yet in place, a compacted copy not yet renamed, a
// copy not yet under its .bak name. Only names of exactly the form circle
// makes are touched, and only files no one holds open through bbolt. Open
// calls it with the file's lock held, so no circle is scrubbing or copying
// the file meanwhile. It removes what it can, and says nothing: a leftover
// that stays holds nothing newer than the data file.
func cleanLeftovers(path string) {
	dir, base := filepath.Dir(path), filepath.Base(path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	data, err := os.Stat(path)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !leftover(base, e.Name()) {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if strings.HasSuffix(p, newSuffix) {
			// A kill after create linked it into place leaves it as a
			// second name of the data file, whose lock is ours.
			fi, err := os.Stat(p)
			if err != nil || !os.SameFile(fi, data) && inUse(p) {
				continue // another circle is setting it up right now
			}
		}
		os.Remove(p)
	}
}

// leftover reports whether name is <base>.<digits><ending> for one of the
// endings above.
func leftover(base, name string) bool {
	rest, ok := strings.CutPrefix(name, base+".")
	if !ok {
		return false
	}
	for _, suffix := range []string{newSuffix, scrubSuffix, copySuffix} {
		if digits, ok := strings.CutSuffix(rest, suffix); ok && digits != "" && strings.Trim(digits, "0123456789") == "" {
			return true
		}
	}
	return false
}

// inUse reports whether someone holds bbolt's lock on the file at path.
func inUse(path string) bool {
	// A timeout shorter than bbolt's retry gives one try, no wait.
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Nanosecond})
	if err == nil {
		db.Close()
	}
	return errors.Is(err, berrors.ErrTimeout)
}

// resolve returns the file that path names, links followed, or path itself
// when nothing is there yet. A link to nothing is refused: circle would
// have to make the file it points to, somewhere the user did not name.
func resolve(path string) (string, error) {
	real, err := filepath.EvalSymlinks(path)
	if err == nil {
		return real, nil
	}
	if fi, lerr := os.Lstat(path); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
		return "", fmt.Errorf("store: %w", &fs.PathError{Op: "open", Path: path, Err: errors.New("a link to a file that does not exist")})
	}
	return path, nil
}
