package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"circle/session"
)

// The meetings bucket's records, from schema 4: a compact binary form of
// session.Log, about a tenth of its JSON. The date is not in the record:
// it leads the key. The head comes first, so a list of the history reads
// only that (see Summary).
//
//	byte     recordV1
//	head     varint Version, uvarint Group, varint PlannedMinutes,
//	         varint ActualSeconds, varint Present, varint SentWord,
//	         varint Interruptions, varint InterruptedSeconds,
//	         uvarint flags (flag* below), if flagRoom varint JoinedLate,
//	         LeftEarly, Rounds, then uvarint len(Turns)
//	body     string Format, varint RulesTotal, RulesUnticked, Breaks,
//	         BreakSeconds, strings RulesReviewed, Prompts, Choices,
//	         Reminders, uvarint len(Tally) and per seat varint Seat,
//	         Seconds, then each turn (below)
//
// A string is a uvarint length and its bytes; strings are a uvarint count
// and each string. A turn is one byte of turn* bits, the kind's name when
// its code is kindOther, then varint Seat, About (if turnAbout), Planned
// and Seconds, and Overtime (if turnOvertime: it is not max(0, Seconds -
// Planned), which it always is for a turn the engine logged).
const recordV1 = 1

// Bits of a record's flags: two of the log's booleans, and which slices
// are nil rather than empty, so a log reads back exactly as it was saved.
const (
	flagCompleted = 1 << iota
	flagHandover
	flagNilTurns
	flagNilReviewed
	flagNilPrompts
	flagNilChoices
	flagNilTally
	flagNilReminders
	// flagRoom: the head holds the room's counts (issue 13). A record
	// without it, every record before them, has none to hold.
	flagRoom
)

// Bits of a turn's first byte; the low three are the kind's code.
const (
	turnKind     = 0b111
	kindOther    = 0b111
	turnPassed   = 1 << 3
	turnEarly    = 1 << 4
	turnAbout    = 1 << 5
	turnOvertime = 1 << 6
)

// kindCodes are the names of session's turn kinds, by their code.
var kindCodes = [...]string{"checkin", "share", "reaction", "checkout"}

// knownFormats lets decoding share the strings of the usual formats.
var knownFormats = [...]string{"circle", "plain", "open"}

var errRecord = errors.New("not a meeting record")

// encodeRecord checks l and encodes it for the meetings bucket.
func encodeRecord(l session.Log) ([]byte, error) {
	// The date leads the key, so it must sort, and must be a day only.
	if _, err := time.Parse(time.DateOnly, l.Date); err != nil || len(l.Date) != len(time.DateOnly) {
		return nil, fmt.Errorf("date %q is not YYYY-MM-DD", l.Date)
	}
	b := make([]byte, 0, 64+8*len(l.Turns))
	b = append(b, recordV1)
	b = binary.AppendVarint(b, int64(l.Version))
	b = binary.AppendUvarint(b, l.Group)
	for _, n := range []int{l.PlannedMinutes, l.ActualSeconds, l.Present, l.SentWord, l.Interruptions, l.InterruptedSeconds} {
		b = binary.AppendVarint(b, int64(n))
	}
	var flags uint64
	for bit, on := range map[uint64]bool{
		flagCompleted:    l.Completed,
		flagHandover:     l.Handover,
		flagNilTurns:     l.Turns == nil,
		flagNilReviewed:  l.RulesReviewed == nil,
		flagNilPrompts:   l.Prompts == nil,
		flagNilChoices:   l.Choices == nil,
		flagNilTally:     l.Tally == nil,
		flagNilReminders: l.Reminders == nil,
		flagRoom:         l.JoinedLate != 0 || l.LeftEarly != 0 || l.Rounds != 0,
	} {
		if on {
			flags |= bit
		}
	}
	b = binary.AppendUvarint(b, flags)
	if flags&flagRoom != 0 {
		for _, n := range []int{l.JoinedLate, l.LeftEarly, l.Rounds} {
			b = binary.AppendVarint(b, int64(n))
		}
	}
	b = binary.AppendUvarint(b, uint64(len(l.Turns)))

	b = appendString(b, l.Format)
	for _, n := range []int{l.RulesTotal, l.RulesUnticked, l.Breaks, l.BreakSeconds} {
		b = binary.AppendVarint(b, int64(n))
	}
	for _, ss := range [][]string{l.RulesReviewed, l.Prompts, l.Choices, l.Reminders} {
		b = binary.AppendUvarint(b, uint64(len(ss)))
		for _, s := range ss {
			b = appendString(b, s)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(l.Tally)))
	for _, t := range l.Tally {
		b = binary.AppendVarint(b, int64(t.Seat))
		b = binary.AppendVarint(b, int64(t.Seconds))
	}
	for _, t := range l.Turns {
		code := byte(kindOther)
		for i, k := range kindCodes {
			if t.Kind == k {
				code = byte(i)
			}
		}
		bits := code
		if t.Passed {
			bits |= turnPassed
		}
		if t.Early {
			bits |= turnEarly
		}
		if t.About != 0 {
			bits |= turnAbout
		}
		if t.OvertimeSeconds != max(0, t.Seconds-t.PlannedSeconds) {
			bits |= turnOvertime
		}
		b = append(b, bits)
		if code == kindOther {
			b = appendString(b, t.Kind)
		}
		b = binary.AppendVarint(b, int64(t.Seat))
		if t.About != 0 {
			b = binary.AppendVarint(b, int64(t.About))
		}
		b = binary.AppendVarint(b, int64(t.PlannedSeconds))
		b = binary.AppendVarint(b, int64(t.Seconds))
		if bits&turnOvertime != 0 {
			b = binary.AppendVarint(b, int64(t.OvertimeSeconds))
		}
	}
	return b, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// reader takes a record apart; the first failure sticks.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = errRecord
	}
	r.b = nil
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// int reads a varint that must fit an int of 32 bits, as every number of
// a log does, so the record means the same on every platform.
func (r *reader) int() int {
	v, n := binary.Varint(r.b)
	if n <= 0 || v < -1<<31 || v > 1<<31-1 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

// count reads a length that the remaining bytes can hold, at per bytes
// each at least.
func (r *reader) count(per int) int {
	n := r.uvarint()
	if n > uint64(len(r.b)/per) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *reader) string() string {
	n := r.count(1)
	if r.err != nil {
		return ""
	}
	s := r.b[:n]
	r.b = r.b[n:]
	for _, k := range knownFormats {
		if string(s) == k {
			return k
		}
	}
	for _, k := range kindCodes {
		if string(s) == k {
			return k
		}
	}
	return string(s)
}

func (r *reader) strings(isNil bool) []string {
	n := r.count(1)
	if r.err != nil || (isNil && n == 0) {
		if isNil && n != 0 {
			r.fail()
		}
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = r.string()
	}
	return ss
}

// head reads a record's head into l.
func (r *reader) head(l *session.Log) (flags uint64, turns int) {
	if len(r.b) == 0 || r.b[0] != recordV1 {
		r.fail()
		return 0, 0
	}
	r.b = r.b[1:]
	l.Version = r.int()
	l.Group = r.uvarint()
	l.PlannedMinutes = r.int()
	l.ActualSeconds = r.int()
	l.Present = r.int()
	l.SentWord = r.int()
	l.Interruptions = r.int()
	l.InterruptedSeconds = r.int()
	flags = r.uvarint()
	if flags >= flagRoom<<1 {
		r.fail()
	}
	l.Completed = flags&flagCompleted != 0
	l.Handover = flags&flagHandover != 0
	if flags&flagRoom != 0 {
		l.JoinedLate, l.LeftEarly, l.Rounds = r.int(), r.int(), r.int()
		if l.JoinedLate == 0 && l.LeftEarly == 0 && l.Rounds == 0 {
			r.fail() // written only when one is set
		}
	}
	turns = int(r.uvarint())
	return flags, turns
}

// decodeRecord decodes a record of the meetings bucket under key k.
func decodeRecord(k, v []byte) (session.Log, error) {
	var l session.Log
	if len(k) != len(time.DateOnly)+8 {
		return l, fmt.Errorf("%w: key %q", errRecord, k)
	}
	l.Date = string(k[:len(time.DateOnly)])
	r := &reader{b: v}
	flags, turns := r.head(&l)
	// Every turn takes at least 4 bytes.
	if r.err == nil && turns > len(r.b)/4 {
		r.fail()
	}
	l.Format = r.string()
	l.RulesTotal = r.int()
	l.RulesUnticked = r.int()
	l.Breaks = r.int()
	l.BreakSeconds = r.int()
	l.RulesReviewed = r.strings(flags&flagNilReviewed != 0)
	l.Prompts = r.strings(flags&flagNilPrompts != 0)
	l.Choices = r.strings(flags&flagNilChoices != 0)
	l.Reminders = r.strings(flags&flagNilReminders != 0)
	if n := r.count(2); r.err == nil && (n > 0 || flags&flagNilTally == 0) {
		l.Tally = make([]session.LogTally, n)
		for i := range l.Tally {
			l.Tally[i] = session.LogTally{Seat: r.int(), Seconds: r.int()}
		}
	}
	if r.err == nil && (turns > 0 || flags&flagNilTurns == 0) {
		l.Turns = make([]session.LogTurn, turns)
	}
	for i := 0; i < turns && r.err == nil; i++ {
		if len(r.b) == 0 {
			r.fail()
			break
		}
		bits := r.b[0]
		r.b = r.b[1:]
		t := &l.Turns[i]
		if c := bits & turnKind; c < byte(len(kindCodes)) {
			t.Kind = kindCodes[c]
		} else if c == kindOther {
			t.Kind = r.string()
		} else {
			r.fail()
		}
		if bits >= turnOvertime<<1 {
			r.fail()
		}
		t.Passed = bits&turnPassed != 0
		t.Early = bits&turnEarly != 0
		t.Seat = r.int()
		if bits&turnAbout != 0 {
			if t.About = r.int(); t.About == 0 {
				r.fail()
			}
		}
		t.PlannedSeconds = r.int()
		t.Seconds = r.int()
		if bits&turnOvertime != 0 {
			t.OvertimeSeconds = r.int()
			if t.OvertimeSeconds == max(0, t.Seconds-t.PlannedSeconds) {
				r.fail()
			}
		} else {
			t.OvertimeSeconds = max(0, t.Seconds-t.PlannedSeconds)
		}
	}
	if r.err == nil && len(r.b) > 0 {
		r.fail()
	}
	if r.err != nil {
		return session.Log{}, r.err
	}
	return l, nil
}

// Summary is a saved meeting as a list of the history shows it: the head
// of its record, read without its turns.
type Summary struct {
	Date           string // YYYY-MM-DD
	Group          uint64 // 0 for none
	PlannedMinutes int
	ActualSeconds  int
	Present        int
	Turns          int // how many
	Completed      bool
	// Interruptions and InterruptedSeconds are as in session.Log.
	Interruptions, InterruptedSeconds int
}

// decodeSummary reads the head of a record under key k.
func decodeSummary(k, v []byte) (Summary, error) {
	if len(k) != len(time.DateOnly)+8 {
		return Summary{}, fmt.Errorf("%w: key %q", errRecord, k)
	}
	var l session.Log
	r := &reader{b: v}
	_, turns := r.head(&l)
	if r.err == nil && turns > len(r.b)/4 {
		r.fail()
	}
	if r.err != nil {
		return Summary{}, r.err
	}
	return Summary{
		Date: string(k[:len(time.DateOnly)]), Group: l.Group, PlannedMinutes: l.PlannedMinutes,
		ActualSeconds: l.ActualSeconds, Present: l.Present, Turns: turns, Completed: l.Completed,
		Interruptions: l.Interruptions, InterruptedSeconds: l.InterruptedSeconds,
	}, nil
}
