package store

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"circle/session"
)

// GroupLogs returns the saved meetings of one group, oldest first, for the
// group's history page. Id 0 reads the meetings of no group. Only the
// head of every other group's record is read. The slice is never nil.
func (s *Store) GroupLogs(group uint64) ([]session.Log, error) {
	logs := []session.Log{}
	err := s.view(func(tx *bolt.Tx) error {
		if err := groupKnown(tx, group); err != nil {
			return err
		}
		b := tx.Bucket(meetingsBucket)
		if b == nil {
			return nil
		}
		if c, err := counts(tx); err == nil && c != nil {
			logs = make([]session.Log, 0, c[group])
		}
		cur := b.Cursor()
		for k, v := cur.First(); k != nil; k, v = cur.Next() {
			if s.schema >= 4 {
				sum, err := decodeSummary(k, v)
				if err != nil {
					return fmt.Errorf("meeting %q: %w: %w", k, ErrDamaged, err)
				}
				if sum.Group != group {
					continue
				}
			}
			l, err := s.decodeMeeting(k, v)
			if err != nil {
				return fmt.Errorf("meeting %q: %w: %w", k, ErrDamaged, err)
			}
			if l.Group == group {
				logs = append(logs, l)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: read meetings of group %d: %w", group, err)
	}
	return logs, nil
}

// ErrDate is the refusal of a purge whose day is not YYYY-MM-DD.
var ErrDate = errors.New("store: a day must be written YYYY-MM-DD")

// Scope is whose meetings a purge deletes: one group's (Group, 0 for the
// meetings of no group), or with All every meeting of every group.
type Scope struct {
	Group uint64
	All   bool
}

func (sc Scope) has(group uint64) bool { return sc.All || sc.Group == group }

// checkDay refuses anything but a day written YYYY-MM-DD.
func checkDay(day string) error {
	if _, err := time.Parse(time.DateOnly, day); err != nil || len(day) != len(time.DateOnly) {
		return fmt.Errorf("%w: %q", ErrDate, day)
	}
	return nil
}

// CountBefore returns how many saved meetings of the scope are dated
// before the day: how many PurgeBefore would delete.
func (s *Store) CountBefore(day string, sc Scope) (int, error) {
	if err := checkDay(day); err != nil {
		return 0, err
	}
	n := 0
	err := s.view(func(tx *bolt.Tx) error {
		if !sc.All {
			if err := groupKnown(tx, sc.Group); err != nil {
				return err
			}
		}
		keys, err := s.keysBefore(tx, day, sc)
		n = len(keys)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: count meetings before %s: %w", day, err)
	}
	return n, nil
}

// keysBefore returns the keys of the meetings of the scope dated before
// day, with the group of each. Meeting keys lead with their date, so only
// the keys before day are read.
func (s *Store) keysBefore(tx *bolt.Tx, day string, sc Scope) ([]groupedKey, error) {
	b := tx.Bucket(meetingsBucket)
	if b == nil {
		return nil, nil
	}
	var keys []groupedKey
	cur := b.Cursor()
	for k, v := cur.First(); k != nil && bytes.Compare(k[:min(len(k), len(day))], []byte(day)) < 0; k, v = cur.Next() {
		var group uint64
		if s.schema >= 4 {
			sum, err := decodeSummary(k, v)
			if err != nil {
				return nil, fmt.Errorf("meeting %q: %w: %w", k, ErrDamaged, err)
			}
			group = sum.Group
		} else {
			l, err := decodeLog(v)
			if err != nil {
				return nil, fmt.Errorf("meeting %q: %w: %w", k, ErrDamaged, err)
			}
			group = l.Group
		}
		if sc.has(group) {
			keys = append(keys, groupedKey{bytes.Clone(k), group})
		}
	}
	return keys, nil
}

type groupedKey struct {
	k     []byte
	group uint64
}

// deleteKeys deletes the meetings under keys and counts them out of
// their groups.
func deleteKeys(tx *bolt.Tx, keys []groupedKey) error {
	m := tx.Bucket(meetingsBucket)
	per := map[uint64]int64{}
	for _, k := range keys {
		if err := m.Delete(k.k); err != nil {
			return err
		}
		per[k.group]++
	}
	for _, g := range slices.Sorted(maps.Keys(per)) {
		if err := countMeeting(tx, g, -per[g]); err != nil {
			return err
		}
	}
	return nil
}

// PurgeBefore deletes the saved meetings of the scope dated before the
// day, in one transaction, and returns how many went. Then it wipes the
// free pages of the file (see wipe), so no byte of the deleted records is
// left in it; if only that fails, the error matches ErrScrub and the
// count is still returned. A day not written YYYY-MM-DD is refused with
// ErrDate, a group not in the file with ErrNoGroup; nothing changes then.
func (s *Store) PurgeBefore(day string, sc Scope) (int, error) {
	if err := checkDay(day); err != nil {
		return 0, err
	}
	n := 0
	err := s.updateWiped(func(tx *bolt.Tx) error {
		if !sc.All {
			if err := groupKnown(tx, sc.Group); err != nil {
				return err
			}
		}
		keys, err := s.keysBefore(tx, day, sc)
		if err != nil {
			return err
		}
		n = len(keys)
		return deleteKeys(tx, keys)
	})
	switch {
	case errors.Is(err, ErrScrub):
		return n, fmt.Errorf("store: delete meetings before %s: %w", day, err)
	case err != nil:
		return 0, fmt.Errorf("store: delete meetings before %s: %w", day, err)
	}
	return n, nil
}

// Removed is what ApplyRetention deleted of one group.
type Removed struct {
	Group    Group
	Before   string // the first day kept
	Meetings int
}

// ApplyRetention deletes, for every group that keeps its meetings for a
// number of months (Group.KeepMonths), the meetings older than that on
// the day today, in one transaction, and wipes the free pages after. It
// returns what it deleted, by group name, only of groups that lost a
// meeting. If only the wipe fails, the error matches ErrScrub and what
// was deleted is still returned.
func (s *Store) ApplyRetention(today time.Time) ([]Removed, error) {
	var removed []Removed
	err := s.updateWiped(func(tx *bolt.Tx) error {
		removed = nil
		b, err := groups(tx)
		if err != nil {
			return err
		}
		var all []Group
		err = b.ForEach(func(k, v []byte) error {
			g, err := decodeGroup(k, v)
			if err == nil && g.KeepMonths > 0 {
				all = append(all, g)
			}
			return err
		})
		if err != nil {
			return err
		}
		for _, g := range all {
			day := session.RetentionCutoff(today, g.KeepMonths)
			keys, err := s.keysBefore(tx, day, Scope{Group: g.ID})
			if err != nil {
				return err
			}
			if len(keys) == 0 {
				continue
			}
			if err := deleteKeys(tx, keys); err != nil {
				return err
			}
			removed = append(removed, Removed{Group: g, Before: day, Meetings: len(keys)})
		}
		if len(removed) == 0 {
			return errNothing
		}
		return nil
	})
	switch {
	case errors.Is(err, errNothing):
		return nil, nil
	case errors.Is(err, ErrScrub):
		return removed, fmt.Errorf("store: keep meetings for the months set: %w", err)
	case err != nil:
		return nil, fmt.Errorf("store: keep meetings for the months set: %w", err)
	}
	return removed, nil
}

// errNothing rolls back a transaction that had nothing to do, so that
// nothing is written or wiped.
var errNothing = errors.New("nothing to do")
