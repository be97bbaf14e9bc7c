package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"

	bolt "go.etcd.io/bbolt"
)

// bbolt keeps two meta pages, pages 0 and 1, and writes them in turn: a
// commit of transaction n writes page n%2. Each says where the tree of its
// transaction is. If the newer one is damaged bbolt quietly falls back to
// the older one, so an older tree comes back as if nothing happened. circle
// refuses such a file instead (see checkMetas), and makes sure that after
// every rewrite both pages describe the whole tree (see settle).
//
// A meta page, after the 16-byte page header, little-endian as bbolt
// writes it on every platform circle is built for:
//
//	magic u32, version u32, page size u32, flags u32,
//	root bucket: root pgid u64, sequence u64,
//	freelist pgid u64, high-water pgid u64, txid u64, checksum u64
//
// The checksum is FNV-1a 64 over everything before it.
const (
	pageHeaderSize = 16
	metaSize       = 64
	metaSumEnd     = 56 // the bytes the checksum covers
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
)

// meta is what circle reads of one meta page.
type meta struct {
	pageSize uint32
	root     uint64
	txid     uint64
}

// parseMeta reads the meta in the page that starts at b.
func parseMeta(b []byte) (meta, error) {
	if len(b) < pageHeaderSize+metaSize {
		return meta{}, errors.New("cut short")
	}
	m := b[pageHeaderSize : pageHeaderSize+metaSize]
	le := binary.LittleEndian
	h := fnv.New64a()
	h.Write(m[:metaSumEnd])
	switch {
	case le.Uint32(m[0:]) != boltMagic:
		return meta{}, errors.New("no bbolt magic")
	case le.Uint32(m[4:]) != boltVersion:
		return meta{}, fmt.Errorf("version %d", le.Uint32(m[4:]))
	case le.Uint64(m[56:]) != h.Sum64():
		return meta{}, errors.New("checksum mismatch")
	}
	return meta{pageSize: le.Uint32(m[8:]), root: le.Uint64(m[16:]), txid: le.Uint64(m[48:])}, nil
}

// checkMetas reads both meta pages of the file at path and returns
// ErrDamaged unless both are sound. Damage to either is damage to the
// file, even when bbolt could carry on with the other: the other holds an
// older state of the file, and working on from it would lose what came
// after without a word.
func checkMetas(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	// Enough for the two meta pages at bbolt's largest page size.
	const most = 2 * 64 << 10
	b := make([]byte, most)
	n, err := f.ReadAt(b, 0)
	if err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	b = b[:n]

	// The page size is in the meta pages; either will do to find the
	// other.
	size := 0
	m0, err0 := parseMeta(b)
	if err0 == nil {
		size = int(m0.pageSize)
	} else {
		for ps := 1 << 10; ps <= 64<<10; ps <<= 1 {
			if ps < len(b) {
				if m1, err := parseMeta(b[ps:]); err == nil && int(m1.pageSize) == ps {
					size = ps
					break
				}
			}
		}
	}
	if size == 0 || size > len(b) {
		return fmt.Errorf("%w: no sound meta page", ErrDamaged)
	}
	m1, err1 := parseMeta(b[size:])
	switch {
	case err0 != nil:
		return fmt.Errorf("%w: meta page 0: %w", ErrDamaged, err0)
	case err1 != nil:
		return fmt.Errorf("%w: meta page 1: %w", ErrDamaged, err1)
	case m0.pageSize != m1.pageSize:
		return fmt.Errorf("%w: meta pages disagree on the page size", ErrDamaged)
	case m0.txid%2 != 0 || m1.txid%2 != 1:
		// bbolt writes transaction n to page n%2.
		return fmt.Errorf("%w: meta pages hold transactions %d and %d", ErrDamaged, m0.txid, m1.txid)
	}
	return nil
}

// settle commits one more transaction that changes nothing, so that the
// meta page the last commit did not write describes the same tree as the
// one it did. A file written in one transaction (a compacted copy, a new
// file set up, a migration) otherwise keeps in its older meta page a tree
// from before that transaction: empty, for a new or compacted file.
func settle(db *bolt.DB) error {
	return db.Update(func(*bolt.Tx) error { return nil })
}
