package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
)

// backupPath returns the name of the n-th copy of path kept before a
// change labelled label ("schema1" before a migration from schema 1):
// <path>.schema1.bak, then <path>.schema1.2.bak, and so on.
func backupPath(path, label string, n int) string {
	p := path + "." + label
	if n > 1 {
		p += "." + strconv.Itoa(n)
	}
	return p + ".bak"
}

// backup copies the data file at path, of schema version, to the first
// free backupPath, never over an earlier copy. The caller holds bbolt's
// lock on the file, so no circle writes to it meanwhile.
//
// The copy is of the file's bytes, not tx.WriteTo's: WriteTo writes fresh
// meta pages and stops at the last page in use, and a backup made before
// changing a user's file should be that file, byte for byte.
func backup(path string, version int, opt Options) error {
	_, err := keepCopy(path, "schema"+strconv.Itoa(version), opt)
	if err != nil {
		return fmt.Errorf("store: keep a copy of %s before upgrading it: %w", path, err)
	}
	return nil
}

// keepCopy copies the data file at path, byte for byte, to the first free
// backupPath for label and returns the copy's name.
func keepCopy(path, label string, opt Options) (copied string, err error) {
	src, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer src.Close()
	// Next to the file, so the rename stays on one file system.
	dir, base := filepath.Dir(path), filepath.Base(path)
	tmp, err := os.CreateTemp(dir, base+".*.bak-tmp") // 0600, like the file
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	_, err = io.Copy(tmp, src)
	if err == nil {
		err = opt.sync(tmp.Name(), tmp)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", writeErr(err)
	}
	// Two circles looking at the same old file at once may pick the same
	// name; both copies are of the same unchanged file, so either is right.
	for n := 1; n <= 1000; n++ {
		dst := backupPath(path, label, n)
		if _, err := os.Lstat(dst); !errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err := opt.move(tmp.Name(), dst); err != nil {
			return "", err
		}
		return dst, opt.syncDir(dir)
	}
	return "", errors.New("too many earlier copies")
}

// writable reports whether path can be opened for writing, as Open's
// second pass will.
func writable(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return fmt.Errorf("store: open data file: %w", err)
	}
	return f.Close()
}

// tighten takes group and other permissions off the data file, and off its
// folder when that is circle's own default folder, and returns the paths it
// changed. Open calls it only once the file has passed every check.
//
// A folder given with --db is left alone: it may be the home folder or one
// shared on purpose, and the file in it is private either way. A failed
// chmod (a file owned by someone else) leaves things as they were: the file
// is still usable, and Open does not fail for it.
func tighten(path string) []string {
	if runtime.GOOS == "windows" {
		return nil // no Unix permission bits to tighten
	}
	var done []string
	try := func(p string) {
		fi, err := os.Stat(p)
		if err != nil || fi.Mode().Perm()&0o077 == 0 {
			return
		}
		if os.Chmod(p, fi.Mode().Perm()&^0o077) == nil {
			done = append(done, p)
		}
	}
	if ownFolder(filepath.Dir(path)) {
		try(filepath.Dir(path))
	}
	try(path)
	return done
}

// ownFolder reports whether dir is the folder DefaultPath puts the file in.
func ownFolder(dir string) bool {
	def, err := DefaultPath()
	if err != nil {
		return false
	}
	a, err := os.Stat(dir)
	if err != nil {
		return false
	}
	b, err := os.Stat(filepath.Dir(def))
	return err == nil && os.SameFile(a, b)
}

// fault is o.Fault's answer for step on path: nil without one.
func (o Options) fault(step, path string) error {
	if o.Fault == nil {
		return nil
	}
	return o.Fault(step, path)
}

// sync flushes f, the file or folder at path (or the bbolt file), to the
// disk.
func (o Options) sync(path string, f interface{ Sync() error }) error {
	if err := o.fault("sync", path); err != nil {
		return err
	}
	return f.Sync()
}

// link gives the file oldname the name newname too (os.Link).
func (o Options) link(oldname, newname string) error {
	if err := o.fault("link", newname); err != nil {
		return err
	}
	return os.Link(oldname, newname)
}

// move renames oldname to newname (os.Rename).
func (o Options) move(oldname, newname string) error {
	if err := o.fault("rename", newname); err != nil {
		return err
	}
	return os.Rename(oldname, newname)
}

// syncFile flushes the file at path to the disk.
func (o Options) syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = o.sync(path, f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// syncDir makes a rename in dir durable. Windows cannot sync a folder and
// makes renames durable itself.
func (o Options) syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = o.sync(dir, d)
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}
