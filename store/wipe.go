package store

import (
	"errors"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"
)

// wipe overwrites every free page of the data file with zeros. The SPEC
// allows no time of day in the file once a meeting is over, and the
// finished meeting's events held them; bbolt only marks their pages free,
// and free pages keep their old bytes until they happen to be reused.
// Wiping them in place costs a few writes, where rewriting the file
// without them (see scrub) costs the whole history. (The file system may
// still keep old blocks on the disk; that is beyond what a program can
// wipe.)
//
// bbolt keeps two meta pages, and falls back to the older one when the
// newer is damaged, so a page may be wiped only once neither meta page's
// tree holds it. So wipe first commits a transaction that changes
// nothing, which makes both meta pages describe trees without the pages
// freed before it, and wipes only those: free before that commit and
// still free after it. The pages that commit frees held only the tree's
// upper pages, never a record of the active bucket.
//
// wipe needs s.mu held for writing, so no reader can see a page it wipes.
func (s *Store) wipe() error {
	if s.db == nil {
		return errClosed
	}
	pageSize := s.db.Info().PageSize
	var before []bool // by page id: free before the commit
	err := guard(func() error {
		return s.db.Update(func(tx *bolt.Tx) error {
			var err error
			before, err = freePages(tx)
			return err
		})
	})
	if err != nil {
		return writeErr(err)
	}
	var after []bool
	err = guard(func() error {
		tx, err := s.db.Begin(true) // writable: tx.Page needs the freelist steady
		if err != nil {
			return err
		}
		defer tx.Rollback()
		after, err = freePages(tx)
		return err
	})
	if err != nil {
		return err
	}
	var runs [][2]int64 // first page, count
	for id := range min(len(before), len(after)) {
		if !before[id] || !after[id] {
			continue
		}
		if n := len(runs); n > 0 && runs[n-1][0]+runs[n-1][1] == int64(id) {
			runs[n-1][1]++
		} else {
			runs = append(runs, [2]int64{int64(id), 1})
		}
	}
	if len(runs) == 0 {
		return nil
	}
	f, err := s.openSame()
	if err != nil {
		return err
	}
	zeros := make([]byte, 16*pageSize)
	for _, r := range runs {
		off, n := r[0]*int64(pageSize), r[1]*int64(pageSize)
		for n > 0 {
			chunk := min(n, int64(len(zeros)))
			if _, err := f.WriteAt(zeros[:chunk], off); err != nil {
				f.Close()
				return writeErr(err)
			}
			off, n = off+chunk, n-chunk
		}
	}
	err = s.opt.sync(s.file, f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return writeErr(err)
}

// freePages reports, by page id, which pages of the file are free or
// pending (freed, but perhaps still read by an older transaction).
func freePages(tx *bolt.Tx) ([]bool, error) {
	n := int(tx.Size() / int64(tx.DB().Info().PageSize))
	free := make([]bool, n)
	for id := 2; id < n; id++ {
		p, err := tx.Page(id)
		if err != nil {
			return nil, err
		}
		if p != nil && p.Type == "free" {
			free[id] = true
		}
	}
	return free, nil
}

// errSwapped is wipe's refusal to write into a file that is not the one
// open: another program put a file in its place.
var errSwapped = errors.New("the data file's name no longer leads to the open file")

// openSame opens the data file for writing, and makes sure it is the file
// bbolt has open, not another put in its place since.
func (s *Store) openSame() (*os.File, error) {
	f, err := os.OpenFile(s.file, os.O_WRONLY, 0)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err == nil && (s.ident == nil || !os.SameFile(fi, s.ident)) {
		err = fmt.Errorf("%w: %s", errSwapped, s.file)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// updateWiped runs f in one Update, like update, and once that has
// committed wipes the free pages of the file (see wipe), for writes that
// leave behind records the file should no longer hold. If only the wipe
// fails, the error matches ErrScrub: the change is saved, and the next
// wipe tries again.
func (s *Store) updateWiped(f func(tx *bolt.Tx) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return errClosed
	}
	// Its own statement, as in updateScrubbed.
	err := guard(func() error { return s.db.Update(f) })
	if err != nil {
		return writeErr(err)
	}
	if err := s.wipe(); err != nil {
		return fmt.Errorf("%w: %w", ErrScrub, err)
	}
	return nil
}
