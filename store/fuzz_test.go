package store_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"circle/session"
	"circle/store"
)

// FuzzDecodeLog feeds the meetings bucket's decoder: it must never panic,
// and what it accepts must survive a round trip through JSON.
func FuzzDecodeLog(f *testing.F) {
	for _, l := range []session.Log{circleLog("2025-03-04", 6), circleLog("2025-03-11", 2), {}} {
		v, err := json.Marshal(l)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(v)
		f.Add(v[:len(v)/2])
	}
	m, err := session.Replay(meetingEvents(f, 0))
	if err != nil {
		f.Fatal(err)
	}
	v, _ := json.Marshal(m.Log())
	f.Add(v)
	for _, s := range []string{
		``, `null`, `{}`, `[]`, `"x"`, `{"v":1,"date":"2025-03-04","turns":null}`,
		`{"turns":[{"seat":-1,"kind":"\ud800"}]}`, `{"present":1e400}`, `{"present":9223372036854775808}`,
		`{"rules_reviewed":[null,"a"]}`, `{"date":"2025-03-04","date":"2025-03-05"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, v []byte) {
		l, err := store.DecodeLog(v)
		if err != nil {
			return
		}
		again, err := json.Marshal(l)
		if err != nil {
			t.Fatalf("a decoded log does not encode: %v", err)
		}
		l2, err := store.DecodeLog(again)
		if err != nil {
			t.Fatalf("a re-encoded log does not decode: %v\n%s", err, again)
		}
		if diff := cmp.Diff(l, l2); diff != "" {
			t.Fatalf("log changed in a round trip (-first +second):\n%s", diff)
		}
	})
}

// FuzzDecodeEvent feeds the active bucket's decoder: it must never panic,
// and an event it accepts that session.Replay also accepts, at one of
// several points of a meeting, must re-encode to an equivalent event: one
// that compares equal and leaves the replayed meeting the same.
func FuzzDecodeEvent(f *testing.F) {
	events := meetingEvents(f, 0)
	// Points of the meeting: before it, just begun, in the check-in round,
	// at the rules, on a break, in the sharing, in the closing, at the
	// handover. Every kind of event is accepted at one of them.
	onBreak := slices.IndexFunc(events, func(e session.Event) bool { return e.Kind == session.EvBreak }) + 1
	var prefixes [][]session.Event
	for _, n := range []int{0, 1, 2, 30, onBreak, 75, 200, len(events) - 10, len(events) - 1} {
		prefixes = append(prefixes, events[:n])
	}
	seen := map[session.EventKind]bool{}
	for _, e := range events {
		if !seen[e.Kind] {
			seen[e.Kind] = true
			v, err := json.Marshal(e)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(v)
		}
	}
	for _, s := range []string{
		``, `null`, `{}`, `[]`, `{"k":"end"}`, `{"k":"end","at":"2026-11-25T18:00:00+23:59"}`,
		`{"k":"tick","at":"2026-11-25T18:00:00Z","rule":-1,"on":true}`,
		`{"k":"begin","at":"2026-11-25T18:00:00Z","cfg":null}`,
		`{"k":"begin","at":"0000-01-01T00:00:00Z","cfg":{"length":7200000000000,"seats":2,"facilitator":1,"checkin":1,"reaction":1,"share_floor":1,"checkout":1,"rules":["\u0000"]}}`,
		`{"k":"choose","at":"2026-11-25T18:00:00.999999999-07:00","choice":"extend"}`,
		`{"k":"stop","at":"9999-12-31T23:59:59.999999999Z"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, v []byte) {
		e, err := store.DecodeEvent(v)
		if err != nil {
			return
		}
		for _, prefix := range prefixes {
			m, err := session.Replay(append(prefix[:len(prefix):len(prefix)], e))
			if err != nil {
				continue
			}
			again, err := json.Marshal(e)
			if err != nil {
				t.Fatalf("an accepted event does not encode: %v", err)
			}
			e2, err := store.DecodeEvent(again)
			if err != nil {
				t.Fatalf("a re-encoded event does not decode: %v\n%s", err, again)
			}
			if diff := cmp.Diff(e, e2); diff != "" {
				t.Fatalf("event changed in a round trip (-first +second):\n%s", diff)
			}
			m2, err := session.Replay(append(prefix[:len(prefix):len(prefix)], e2))
			if err != nil {
				t.Fatalf("the re-encoded event is refused after %d events: %v", len(prefix), err)
			}
			if diff := cmp.Diff(m.Log(), m2.Log()); diff != "" {
				t.Fatalf("the re-encoded event replays differently (-first +second):\n%s", diff)
			}
		}
	})
}

// FuzzDecodeGroup feeds the groups bucket's decoder, under a key of the
// fuzzed id: it must never panic, what it accepts must pass the checks of
// a write, and it must survive a round trip through JSON.
func FuzzDecodeGroup(f *testing.F) {
	full := tuesday()
	full.ID, full.Version = 1, store.GroupVersion
	for _, g := range []store.Group{full, {Version: store.GroupVersion, ID: 1, Name: "A", Created: "2026-01-01"}, {}} {
		v, err := json.Marshal(g)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint64(1), v)
		f.Add(uint64(1), v[:len(v)/2])
		f.Add(uint64(2), v)
	}
	for _, s := range []string{
		``, `null`, `{}`, `[]`, `"x"`,
		`{"v":1,"id":1,"name":"A","created":"2026-01-01","rules":null,"prompts":null}`,
		`{"v":1,"id":1,"name":"A","created":"2026-01-01","rules":[null]}`,
		`{"v":1,"id":1,"name":"\ud800","created":"2026-01-01"}`,
		`{"v":1,"id":1,"name":"A","created":"2026-02-30"}`,
		`{"v":1,"id":1,"name":"A","name":"a","created":"2026-01-01"}`,
		`{"v":1,"id":1,"name":"A","created":"2026-01-01","prompts":[{"id":"own-1","text":"Why?","uses":256}]}`,
		`{"v":1,"id":1,"name":"A","created":"2026-01-01","defaults":{"length_minutes":1e400}}`,
		`{"v":1,"id":18446744073709551615,"name":"A","created":"2026-01-01"}`,
	} {
		f.Add(uint64(1), []byte(s))
	}
	f.Fuzz(func(t *testing.T, id uint64, v []byte) {
		g, err := store.DecodeGroup(store.GroupKey(id), v)
		if err != nil {
			return
		}
		if err := store.CheckGroup(g); err != nil {
			t.Fatalf("an accepted group fails the checks of a write: %v", err)
		}
		again, err := json.Marshal(g)
		if err != nil {
			t.Fatalf("a decoded group does not encode: %v", err)
		}
		g2, err := store.DecodeGroup(store.GroupKey(id), again)
		if err != nil {
			t.Fatalf("a re-encoded group does not decode: %v\n%s", err, again)
		}
		if diff := cmp.Diff(g, g2); diff != "" {
			t.Fatalf("group changed in a round trip (-first +second):\n%s", diff)
		}
	})
}
