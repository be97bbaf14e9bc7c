package store

import (
	"encoding/json"
	"fmt"
	"strconv"

	bolt "go.etcd.io/bbolt"

	"circle/session"
)

// EachMeeting calls f with every saved meeting, in the order of Meetings,
// one at a time, so a long history is never all in memory at once. An
// error from f stops it and is returned as it is. f runs while the file
// is being read: it must not call the store.
func (s *Store) EachMeeting(f func(session.Log) error) error {
	var ferr error
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(meetingsBucket)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			l, err := s.decodeMeeting(k, v)
			if err != nil {
				return fmt.Errorf("meeting %q: %w: %w", k, ErrDamaged, err)
			}
			if ferr = f(l); ferr != nil {
				return ferr
			}
		}
		return nil
	})
	if ferr != nil {
		return ferr
	}
	if err != nil {
		return fmt.Errorf("store: read meetings: %w", err)
	}
	return nil
}

// AppendJSON appends a meeting as one element of `circle history --json`'s
// array, indented as json.MarshalIndent(meetings, "", "  ") indents it:
// session.Log's JSON fields, then "group_name" when group is not "". It
// writes what encoding/json would, byte for byte (a test holds it to
// that), several times faster, for a decade of meetings.
func AppendJSON(b []byte, l session.Log, group string) []byte {
	const in1, in2, in3 = "\n    ", "\n      ", "\n        "
	b = append(b, "  {"...)
	b = appendInt(b, in1, "v", l.Version, true)
	b = appendStr(b, in1, "date", l.Date)
	b = appendInt(b, in1, "planned_minutes", l.PlannedMinutes, false)
	b = appendInt(b, in1, "actual_seconds", l.ActualSeconds, false)
	b = appendInt(b, in1, "present", l.Present, false)
	b = appendInt(b, in1, "sent_word", l.SentWord, false)
	b = appendStr(b, in1, "format", l.Format)
	b = appendBool(b, in1, "completed", l.Completed)
	b = append(b, ","+in1+`"turns": `...)
	switch {
	case l.Turns == nil:
		b = append(b, "null"...)
	case len(l.Turns) == 0:
		b = append(b, "[]"...)
	default:
		b = append(b, '[')
		for i, t := range l.Turns {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, in2+"{"...)
			b = appendInt(b, in3, "seat", t.Seat, true)
			b = appendStr(b, in3, "kind", t.Kind)
			if t.About != 0 {
				b = appendInt(b, in3, "about", t.About, false)
			}
			b = appendInt(b, in3, "planned_seconds", t.PlannedSeconds, false)
			b = appendInt(b, in3, "seconds", t.Seconds, false)
			b = appendBool(b, in3, "passed", t.Passed)
			b = appendBool(b, in3, "early", t.Early)
			b = appendInt(b, in3, "overtime_seconds", t.OvertimeSeconds, false)
			b = append(b, in2+"}"...)
		}
		b = append(b, in1+"]"...)
	}
	b = appendInt(b, in1, "rules_total", l.RulesTotal, false)
	b = appendStrs(b, "rules_reviewed", l.RulesReviewed, false)
	b = appendInt(b, in1, "rules_unticked", l.RulesUnticked, false)
	b = appendStrs(b, "prompts", l.Prompts, false)
	b = appendBool(b, in1, "handover", l.Handover)
	b = appendInt(b, in1, "breaks", l.Breaks, false)
	b = appendInt(b, in1, "break_seconds", l.BreakSeconds, false)
	b = appendStrs(b, "choices", l.Choices, false)
	if len(l.Tally) > 0 {
		b = append(b, ","+in1+`"tally": [`...)
		for i, t := range l.Tally {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, in2+"{"...)
			b = appendInt(b, in3, "seat", t.Seat, true)
			b = appendInt(b, in3, "seconds", t.Seconds, false)
			b = append(b, in2+"}"...)
		}
		b = append(b, in1+"]"...)
	}
	b = appendStrs(b, "reminders", l.Reminders, true)
	if l.Group != 0 {
		b = append(b, ","+in1+`"group": `...)
		b = strconv.AppendUint(b, l.Group, 10)
	}
	if l.Interruptions != 0 {
		b = appendInt(b, in1, "interruptions", l.Interruptions, false)
	}
	if l.InterruptedSeconds != 0 {
		b = appendInt(b, in1, "interrupted_seconds", l.InterruptedSeconds, false)
	}
	for _, f := range [...]struct {
		name string
		n    int
	}{{"joined_late", l.JoinedLate}, {"left_early", l.LeftEarly}, {"rounds", l.Rounds}} {
		if f.n != 0 {
			b = appendInt(b, in1, f.name, f.n, false)
		}
	}
	if group != "" {
		b = appendStr(b, in1, "group_name", group)
	}
	return append(b, "\n  }"...)
}

// appendInt appends `,<indent>"name": n`, without the comma if first.
func appendInt(b []byte, indent, name string, n int, first bool) []byte {
	if !first {
		b = append(b, ',')
	}
	b = append(b, indent...)
	b = append(b, '"')
	b = append(b, name...)
	b = append(b, `": `...)
	return strconv.AppendInt(b, int64(n), 10)
}

func appendBool(b []byte, indent, name string, v bool) []byte {
	b = append(b, ',')
	b = append(b, indent...)
	b = append(b, '"')
	b = append(b, name...)
	b = append(b, `": `...)
	return strconv.AppendBool(b, v)
}

func appendStr(b []byte, indent, name, s string) []byte {
	b = append(b, ',')
	b = append(b, indent...)
	b = append(b, '"')
	b = append(b, name...)
	b = append(b, `": `...)
	return appendQuoted(b, s)
}

// appendStrs appends a list of strings at the meeting's level; omitEmpty
// leaves out an empty one, as `json:",omitempty"` does.
func appendStrs(b []byte, name string, ss []string, omitEmpty bool) []byte {
	if omitEmpty && len(ss) == 0 {
		return b
	}
	b = append(b, ",\n    \""...)
	b = append(b, name...)
	b = append(b, `": `...)
	switch {
	case ss == nil:
		return append(b, "null"...)
	case len(ss) == 0:
		return append(b, "[]"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n      "...)
		b = appendQuoted(b, s)
	}
	return append(b, "\n    ]"...)
}

// appendQuoted appends s as a JSON string, escaped as encoding/json
// escapes it (HTML characters too).
func appendQuoted(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, _ := json.Marshal(s) // a string always encodes
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}
