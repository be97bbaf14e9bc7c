package store_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"circle/store"
)

// Meta pages each sound on their own but not of one file: a page size of
// their own, or both of the same turn (bbolt writes transaction n to page
// n%2). The file is refused as damaged, and left as it was.
func TestMetaPagesThatDisagree(t *testing.T) {
	tests := []struct {
		name   string
		damage func(b []byte, ps int)
	}{
		{"page sizes", func(b []byte, ps int) {
			m := b[ps+16 : ps+16+64]
			binary.LittleEndian.PutUint32(m[8:], uint32(2*ps))
			h := fnv.New64a()
			h.Write(m[:56])
			binary.LittleEndian.PutUint64(m[56:], h.Sum64())
		}},
		{"turns", func(b []byte, ps int) {
			copy(b[ps+16:ps+16+64], b[16:16+64])
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "circle.db")
			finishedFile(t, path)
			b := readFile(t, path)
			ps, _ := metaPage(t, b, 0)
			tt.damage(b, ps)
			if err := os.WriteFile(path, b, 0o600); err != nil {
				t.Fatal(err)
			}
			for _, o := range []struct {
				name string
				open func(string) (*store.Store, error)
			}{{"Open", store.Open}, {"OpenReadOnly", store.OpenReadOnly}} {
				s, err := o.open(path)
				if err == nil {
					s.Close()
				}
				if !errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), "meta pages") {
					t.Errorf("%s: %v, want ErrDamaged for the meta pages", o.name, err)
				}
			}
			if !bytes.Equal(b, readFile(t, path)) {
				t.Error("the damaged file was changed")
			}
		})
	}
}

// The counts kept beside the meetings are checked where they are read:
// a count that is not 8 bytes, or one that a delete would take below
// zero, is damage, reported, and nothing is changed.
func TestDamagedCounts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	g := createT(t, s, store.Group{Name: "A", Created: "2026-01-01"})
	saveT(t, s, g, "2026-01-06")
	s.Close()

	// The group's count lost: deleting its meeting would make it -1.
	writeBolt(t, path, func(tx *bolt.Tx) error { return tx.Bucket(store.CountsBucket).Delete(store.GroupKey(g)) })
	s = openT(t, path)
	if n, err := s.DeleteGroup(g); !errors.Is(err, store.ErrDamaged) || n != 0 {
		t.Errorf("DeleteGroup with its count lost = %d, %v; want ErrDamaged", n, err)
	}
	if gs := groupsT(t, s); len(gs) != 1 {
		t.Errorf("after the refused delete, Groups() = %+v; want A still", gs)
	}
	s.Close()

	// A count of 3 bytes.
	writeBolt(t, path, func(tx *bolt.Tx) error { return tx.Bucket(store.CountsBucket).Put(store.GroupKey(g), []byte{0, 0, 1}) })
	s = openT(t, path)
	if n, err := s.Count(); !errors.Is(err, store.ErrDamaged) {
		t.Errorf("Count with a count of 3 bytes = %d, %v; want ErrDamaged", n, err)
	}
}

// A name the system refuses to look up (too long for a file name) is an
// error saying so, not a file to set up.
func TestOpenANameTooLong(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, strings.Repeat("c", 300)+".db")
	s, err := store.Open(path)
	if err == nil {
		s.Close()
		t.Fatal("Open of a 300-byte file name = nil")
	}
	if errors.Is(err, store.ErrDamaged) || !strings.HasPrefix(err.Error(), "store: ") {
		t.Errorf("Open of a 300-byte file name = %v", err)
	}
	assertOnlyFiles(t, dir)
}
