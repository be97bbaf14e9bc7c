package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"circle/session"
)

// GroupVersion is the version of the Group record's shape.
const GroupVersion = 1

// Limits of a group's profile. The store checks them itself on every write
// and read, whatever the UI checked before. MaxGroupName, MaxRules and
// MaxRuleLen match rules.MaxGroupLen, rules.MaxRules and rules.MaxRuleLen,
// so that every group the store holds can be exported as a rules file and
// imported again; they are repeated here because store must not import
// rules. Lengths are in characters (runes).
const (
	MaxGroupName = 60
	MaxRules     = 30
	MaxRuleLen   = 300
	MaxPrompts   = 60  // the group's own prompts
	MaxPromptLen = 300 // as a rule: read aloud in one breath or two
)

// Errors of the group methods, wrapped with detail; test with errors.Is.
var (
	ErrNoGroup       = errors.New("store: no such group")
	ErrGroupName     = errors.New("store: a group's name must be 1 to 60 characters on one line")
	ErrGroupExists   = errors.New("store: another group already has that name")
	ErrGroupRules    = errors.New("store: a group has at most 30 ground rules, each 1 to 300 characters on one line")
	ErrGroupPrompts  = errors.New("store: a group's own prompt needs an id own-1, own-2, ..., a text of 1 to 300 characters on one line and where it is used")
	ErrGroupDefaults = errors.New("store: a group's meeting defaults are out of range")
)

// Group is a group's profile: what the group agreed for itself. It holds
// text the group agreed on, which the SPEC allows in the file, and nothing
// typed during a meeting: keep it to these fields.
type Group struct {
	// Version is GroupVersion; the store sets it on every write.
	Version int `json:"v"`
	// ID is assigned by CreateGroup and never used again for another group.
	ID uint64 `json:"id"`
	// Name is the name the group picked for itself, never a member's.
	// No two groups have names that differ only in case.
	Name string `json:"name"`
	// Rules are the group's ground rules, in reading order.
	Rules []string `json:"rules"`
	// Prompts are the group's own reflection prompts.
	Prompts []Prompt `json:"prompts"`
	// Defaults are the group's usual meeting settings.
	Defaults Defaults `json:"defaults"`
	// Created is the day the group was made, YYYY-MM-DD; never a time of
	// day.
	Created string `json:"created"`
	// KeepMonths, when not 0, is how many months the group keeps its
	// meetings: older ones are deleted when circle starts (see
	// ApplyRetention). 0, as in every record written before it was
	// added, keeps them all.
	KeepMonths int `json:"keep_months,omitempty"`
}

// MaxKeepMonths bounds Group.KeepMonths: twenty years.
const MaxKeepMonths = 240

// Prompt is one of a group's own reflection prompts.
type Prompt struct {
	// ID is "own-" and a number from 1 without leading zeros ("own-1"):
	// it goes into the meeting logs (session.Log.Prompts), which hold no
	// text, and cannot be taken for one of circle's own prompt ids.
	ID string `json:"id"`
	// Text is the prompt as the group wrote it, on one line.
	Text string `json:"text"`
	// Uses says where it fits, as the bit flags of rules.Use: 1 check-in,
	// 2 reaction, 4 check-out, 8 solo practice. At least one is set.
	Uses uint8 `json:"uses"`
}

// allUses are the bits Prompt.Uses may hold.
const allUses = 1 | 2 | 4 | 8

// Defaults are the meeting settings a group starts from. A zero number or
// an empty format means circle's own default.
type Defaults struct {
	LengthMinutes   int    `json:"length_minutes"`   // 5 to 120
	Format          string `json:"format"`           // "circle", "plain" or "open"
	BreakMinutes    int    `json:"break_minutes"`    // the planned break, 0 to 30, 0 for none
	CheckInSeconds  int    `json:"checkin_seconds"`  // each check-in turn, 10 to 600
	ReactionSeconds int    `json:"reaction_seconds"` // each reaction turn, 10 to 600
	Bell            bool   `json:"bell"`             // the soft terminal bell
	// RotateStart turns a plain round's start seat and direction each
	// meeting (see session.Rotation).
	RotateStart bool `json:"rotate_start"`
	// The room (issue 13), each off only when the group turns it off:
	// the calm warning a minute before a turn's time, the check-in
	// round, and the offer of another sharing round when time is left.
	NoWarning bool `json:"no_warning,omitempty"`
	NoCheckIn bool `json:"no_checkin,omitempty"`
	NoAgain   bool `json:"no_again,omitempty"`
}

// Bounds of Defaults beyond session's; only guards against typing mistakes.
const (
	maxBreakMinutes = 30
	minTurnSeconds  = 10
	maxTurnSeconds  = 600
)

// CreateGroup adds a group and returns its new id. g.ID and g.Version are
// ignored; an empty g.Created is taken as today. A name already used by
// another group, in any case, is refused with ErrGroupExists; a profile
// out of bounds with ErrGroupName, ErrGroupRules, ErrGroupPrompts or
// ErrGroupDefaults.
func (s *Store) CreateGroup(g Group) (uint64, error) {
	if g.Created == "" {
		g.Created = s.opt.Today()
	}
	if err := checkGroup(g); err != nil {
		return 0, fmt.Errorf("store: create group: %w", err)
	}
	err := s.update(func(tx *bolt.Tx) error {
		b, err := groups(tx)
		if err != nil {
			return err
		}
		if err := nameFree(b, g.Name, 0); err != nil {
			return err
		}
		// A failed Put rolls the sequence back too.
		if g.ID, err = b.NextSequence(); err != nil {
			return err
		}
		return putGroup(b, g)
	})
	if err != nil {
		return 0, fmt.Errorf("store: create group: %w", err)
	}
	return g.ID, nil
}

// UpdateGroup replaces the name, rules, prompts and defaults of the group
// g.ID, checked as by CreateGroup. It keeps the day the group was created;
// g.Created and g.Version are ignored.
func (s *Store) UpdateGroup(g Group) error {
	err := s.update(func(tx *bolt.Tx) error {
		b, err := groups(tx)
		if err != nil {
			return err
		}
		old, err := getGroup(b, g.ID)
		if err != nil {
			return err
		}
		g.Created = old.Created
		if err := checkGroup(g); err != nil {
			return err
		}
		if err := nameFree(b, g.Name, g.ID); err != nil {
			return err
		}
		return putGroup(b, g)
	})
	if err != nil {
		return fmt.Errorf("store: update group %d: %w", g.ID, err)
	}
	return nil
}

// Group returns the group with the id, or an error matching ErrNoGroup.
func (s *Store) Group(id uint64) (Group, error) {
	var g Group
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(groupsBucket)
		if b == nil {
			return ErrNoGroup // a file older than groups, opened read-only
		}
		var err error
		g, err = getGroup(b, id)
		return err
	})
	if err != nil {
		return Group{}, fmt.Errorf("store: read group %d: %w", id, err)
	}
	return g, nil
}

// Groups returns every group, sorted by name without regard to case. The
// slice is never nil.
func (s *Store) Groups() ([]Group, error) {
	all := []Group{}
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(groupsBucket)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			g, err := decodeGroup(k, v)
			if err != nil {
				return err
			}
			all = append(all, g)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: read groups: %w", err)
	}
	slices.SortFunc(all, func(a, b Group) int {
		if c := strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return all, nil
}

// GroupMeetings returns how many saved meetings are the group's: how many
// DeleteGroup would delete with it. Id 0 counts the meetings of no group.
func (s *Store) GroupMeetings(id uint64) (int, error) {
	n := 0
	err := s.view(func(tx *bolt.Tx) error {
		if err := groupKnown(tx, id); err != nil {
			return err
		}
		c, err := counts(tx)
		if err != nil || c != nil {
			n = c[id]
			return err
		}
		// A file older than schema 4, opened read-only: count them.
		return eachMeetingOf(tx, id, false, func([]byte, logHead) bool { n++; return true })
	})
	if err != nil {
		return 0, fmt.Errorf("store: count meetings of group %d: %w", id, err)
	}
	return n, nil
}

// DeleteGroup deletes the group and every saved meeting that is the
// group's, in one transaction, and returns how many meetings went.
// Meetings of no group (Log.Group 0, as all from before groups existed)
// are never deleted. It is refused with ErrActive while a meeting runs,
// which may be the group's and would be saved as the group's later.
//
// Then, as FinishMeeting, it rewrites the file without free pages, so the
// deleted name, rules and meetings do not linger in the file. If only that
// fails, the error matches ErrScrub and the count is still returned.
func (s *Store) DeleteGroup(id uint64) (meetings int, err error) {
	err = s.updateScrubbed(func(tx *bolt.Tx) error {
		b, err := groups(tx)
		if err != nil {
			return err
		}
		if _, err := getGroup(b, id); err != nil {
			return err
		}
		a, err := active(tx)
		if err != nil {
			return err
		}
		if k, _ := a.Cursor().First(); k != nil {
			return ErrActive
		}
		// Collect first: deleting under a cursor skips keys.
		var keys [][]byte
		err = eachMeetingOf(tx, id, false, func(k []byte, _ logHead) bool {
			keys = append(keys, bytes.Clone(k))
			return true
		})
		if err != nil {
			return err
		}
		m := tx.Bucket(meetingsBucket)
		for _, k := range keys {
			if err := m.Delete(k); err != nil {
				return err
			}
		}
		meetings = len(keys)
		if err := countMeeting(tx, id, -int64(meetings)); err != nil {
			return err
		}
		return b.Delete(groupKey(id))
	})
	switch {
	case errors.Is(err, ErrScrub):
		return meetings, fmt.Errorf("store: delete group %d: %w", id, err)
	case err != nil:
		return 0, fmt.Errorf("store: delete group %d: %w", id, err)
	}
	return meetings, nil
}

// RecentPrompts returns the prompt ids (session.Log.Prompts) of the
// group's last n saved meetings, newest first, each id once, at its most
// recent use: so the UI can avoid a prompt used lately. Id 0 reads the
// meetings of no group. The slice is never nil.
func (s *Store) RecentPrompts(group uint64, n int) ([]string, error) {
	ids := []string{}
	err := s.view(func(tx *bolt.Tx) error {
		if err := groupKnown(tx, group); err != nil {
			return err
		}
		if n <= 0 {
			return nil
		}
		seen := 0
		return eachMeetingOf(tx, group, true, func(_ []byte, l logHead) bool {
			for _, p := range l.Prompts {
				if !slices.Contains(ids, p) {
					ids = append(ids, p)
				}
			}
			seen++
			return seen < n
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: recent prompts of group %d: %w", group, err)
	}
	return ids, nil
}

// logHead is the part of a session.Log record the group methods read,
// under the same JSON names; decoding only it skips the turns.
type logHead struct {
	Group   uint64   `json:"group"`
	Prompts []string `json:"prompts"`
}

// eachMeetingOf calls f with the key and head of every saved meeting of
// the group, oldest first or, if newest, newest first, until f returns
// false.
func eachMeetingOf(tx *bolt.Tx, group uint64, newest bool, f func(k []byte, l logHead) bool) error {
	b := tx.Bucket(meetingsBucket)
	if b == nil {
		return nil // a fresh file opened read-only
	}
	c := b.Cursor()
	first, next := c.First, c.Next
	if newest {
		first, next = c.Last, c.Prev
	}
	old := tx.Bucket(countsBucket) == nil // schema 3 or older: JSON records
	for k, v := first(); k != nil; k, v = next() {
		var l logHead
		var err error
		if old {
			err = json.Unmarshal(v, &l)
		} else {
			var full session.Log
			full, err = decodeRecord(k, v)
			l = logHead{Group: full.Group, Prompts: full.Prompts}
		}
		if err != nil {
			return fmt.Errorf("meeting %q: %w: %w", k, ErrDamaged, err)
		}
		if l.Group == group && !f(k, l) {
			return nil
		}
	}
	return nil
}

// groups returns the groups bucket, which every writable file has.
func groups(tx *bolt.Tx) (*bolt.Bucket, error) {
	b := tx.Bucket(groupsBucket)
	if b == nil {
		return nil, fmt.Errorf("%w: no %s bucket", ErrDamaged, groupsBucket)
	}
	return b, nil
}

// groupKnown returns nil if id is 0, no group, or a group in the file.
func groupKnown(tx *bolt.Tx, id uint64) error {
	if id == 0 {
		return nil
	}
	b := tx.Bucket(groupsBucket)
	if b == nil || b.Get(groupKey(id)) == nil {
		return fmt.Errorf("%w: %d", ErrNoGroup, id)
	}
	return nil
}

func groupKey(id uint64) []byte { return binary.BigEndian.AppendUint64(make([]byte, 0, 8), id) }

// getGroup reads the group with the id from b.
func getGroup(b *bolt.Bucket, id uint64) (Group, error) {
	k := groupKey(id)
	v := b.Get(k)
	if v == nil {
		return Group{}, fmt.Errorf("%w: %d", ErrNoGroup, id)
	}
	return decodeGroup(k, v)
}

// putGroup writes g, already checked, under its id.
func putGroup(b *bolt.Bucket, g Group) error {
	g.Version = GroupVersion
	v, err := json.Marshal(g)
	if err != nil {
		return err
	}
	return b.Put(groupKey(g.ID), v)
}

// decodeGroup decodes a record of the groups bucket and checks it as a
// write would be: a record the store would not have written is damage.
func decodeGroup(k, v []byte) (Group, error) {
	var g Group
	err := json.Unmarshal(v, &g)
	switch {
	case err != nil:
	case g.Version != GroupVersion:
		err = fmt.Errorf("record version %d", g.Version)
	case len(k) != 8 || binary.BigEndian.Uint64(k) != g.ID:
		err = fmt.Errorf("id %d under key %x", g.ID, k)
	default:
		err = checkGroup(g)
	}
	if err != nil {
		return Group{}, fmt.Errorf("group %x: %w: %w", k, ErrDamaged, err)
	}
	return g, nil
}

// nameFree returns ErrGroupExists if a group other than the one with id
// except has name, in any case.
func nameFree(b *bolt.Bucket, name string, except uint64) error {
	return b.ForEach(func(k, v []byte) error {
		g, err := decodeGroup(k, v)
		if err != nil {
			return err
		}
		if g.ID != except && strings.EqualFold(g.Name, name) {
			return fmt.Errorf("%w: %q", ErrGroupExists, g.Name)
		}
		return nil
	})
}

// checkGroup returns what is wrong with g's content, wrapping one of the
// group errors, or nil.
func checkGroup(g Group) error {
	if msg := checkLine(g.Name, MaxGroupName); msg != "" {
		return fmt.Errorf("%w: the name %s", ErrGroupName, msg)
	}
	if len(g.Rules) > MaxRules {
		return fmt.Errorf("%w: %d rules", ErrGroupRules, len(g.Rules))
	}
	for i, r := range g.Rules {
		if msg := checkLine(r, MaxRuleLen); msg != "" {
			return fmt.Errorf("%w: rule %d %s", ErrGroupRules, i+1, msg)
		}
	}
	if len(g.Prompts) > MaxPrompts {
		return fmt.Errorf("%w: %d prompts, at most %d", ErrGroupPrompts, len(g.Prompts), MaxPrompts)
	}
	for i, p := range g.Prompts {
		if !ownPromptID(p.ID) {
			return fmt.Errorf("%w: prompt %d has the id %q", ErrGroupPrompts, i+1, p.ID)
		}
		if slices.ContainsFunc(g.Prompts[:i], func(q Prompt) bool { return q.ID == p.ID }) {
			return fmt.Errorf("%w: the id %q is used twice", ErrGroupPrompts, p.ID)
		}
		if msg := checkLine(p.Text, MaxPromptLen); msg != "" {
			return fmt.Errorf("%w: prompt %s %s", ErrGroupPrompts, p.ID, msg)
		}
		if p.Uses == 0 || p.Uses&^allUses != 0 {
			return fmt.Errorf("%w: prompt %s has uses %#x", ErrGroupPrompts, p.ID, p.Uses)
		}
	}
	if g.KeepMonths < 0 || g.KeepMonths > MaxKeepMonths {
		return fmt.Errorf("%w: keep meetings for %d months, not 0 to %d", ErrGroupDefaults, g.KeepMonths, MaxKeepMonths)
	}
	if err := checkDefaults(g.Defaults); err != nil {
		return fmt.Errorf("%w: %w", ErrGroupDefaults, err)
	}
	// A day only: the file holds no time of day.
	if _, err := time.Parse(time.DateOnly, g.Created); err != nil {
		return fmt.Errorf("created %q is not YYYY-MM-DD", g.Created)
	}
	return nil
}

func checkDefaults(d Defaults) error {
	minLen, maxLen := int(session.MinLength/time.Minute), int(session.MaxLength/time.Minute)
	switch {
	case d.LengthMinutes != 0 && (d.LengthMinutes < minLen || d.LengthMinutes > maxLen):
		return fmt.Errorf("length %d minutes, not %d to %d", d.LengthMinutes, minLen, maxLen)
	case d.Format != "" && !slices.Contains(formats, d.Format):
		return fmt.Errorf("format %q", d.Format)
	case d.BreakMinutes < 0 || d.BreakMinutes > maxBreakMinutes:
		return fmt.Errorf("break %d minutes, not 0 to %d", d.BreakMinutes, maxBreakMinutes)
	case !turnSeconds(d.CheckInSeconds):
		return fmt.Errorf("check-in %d seconds, not %d to %d", d.CheckInSeconds, minTurnSeconds, maxTurnSeconds)
	case !turnSeconds(d.ReactionSeconds):
		return fmt.Errorf("reaction %d seconds, not %d to %d", d.ReactionSeconds, minTurnSeconds, maxTurnSeconds)
	}
	return nil
}

// formats are the names of session's formats, as Log.Format has them.
var formats = []string{session.FormatCircle.String(), session.FormatPlain.String(), session.FormatOpen.String()}

func turnSeconds(n int) bool { return n == 0 || (n >= minTurnSeconds && n <= maxTurnSeconds) }

// ownPromptID reports whether id is "own-" and a number from 1 without
// leading zeros, of at most six digits.
func ownPromptID(id string) bool {
	n, ok := strings.CutPrefix(id, "own-")
	if !ok || n == "" || len(n) > 6 || n[0] == '0' {
		return false
	}
	for _, c := range []byte(n) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// checkLine returns what is wrong with a name, rule or prompt text, or "":
// the same as the rules file format refuses, so whatever the store holds
// can be exported and imported unchanged.
func checkLine(s string, limit int) string {
	if !utf8.ValidString(s) {
		return "is not UTF-8 text"
	}
	if s == "" {
		return "is empty"
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if blank(first) || blank(last) {
		return "starts or ends with white space"
	}
	for _, r := range s {
		// unicode.IsControl covers tab, the ASCII line breaks and U+0085.
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return fmt.Sprintf("has a line break or control character (%U)", r)
		}
	}
	if n := utf8.RuneCountInString(s); n > limit {
		return fmt.Sprintf("is %d characters, at most %d", n, limit)
	}
	return ""
}

func blank(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }
