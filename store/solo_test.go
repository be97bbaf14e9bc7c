package store_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"circle/store"

	bolt "go.etcd.io/bbolt"
)

// Practices come back as saved, by date, and stay after the file is
// opened again; they are never meetings.
func TestSoloLogRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	if got, err := s.Practices(); err != nil || got == nil || len(got) != 0 {
		t.Fatalf("a new file's solo log: %v, %v", got, err)
	}
	ps := []store.Practice{
		{Date: "2026-12-01", Minutes: 5, Theme: "managing", Prompts: []string{"why-i-react", "one-step"}},
		{Date: "2026-11-03", Minutes: 0, Theme: "feedback", Prompts: []string{"hard-to-hear"}},
		{Date: "2026-12-01", Minutes: 12, Theme: "valued", Prompts: []string{"own-2", "worth-as-much"}},
	}
	if err := s.SaveMeeting(circleLog("2026-11-20", 4)); err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if err := s.SavePractice(p); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	s = openT(t, path)
	got, err := s.Practices()
	if err != nil {
		t.Fatal(err)
	}
	want := []store.Practice{ps[1], ps[0], ps[2]}
	for i := range want {
		want[i].Version = store.PracticeVersion
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("solo log (-want +got):\n%s", d)
	}
	for from, n := range map[string]int{"2026-01-01": 3, "2026-11-03": 3, "2026-11-04": 2, "2026-12-01": 2, "2026-12-02": 0} {
		if got, err := s.PracticesSince(from); err != nil || got != n {
			t.Errorf("since %s: %d, %v; want %d", from, got, err, n)
		}
	}
	if n, _ := s.Count(); n != 1 {
		t.Errorf("the history counts %d meetings, want 1", n)
	}
	logs, _ := s.Meetings()
	if len(logs) != 1 || logs[0].Date != "2026-11-20" {
		t.Errorf("the history holds %v", logs)
	}
	if err := s.Check(); err != nil {
		t.Errorf("check with a solo log: %v", err)
	}
}

// Only a date, minutes, a theme id and prompt ids get in: text, a time of
// day or a number out of bounds is refused and nothing is written.
func TestSavePracticeRefusesWhatIsNotAnID(t *testing.T) {
	good := store.Practice{Date: "2026-12-01", Minutes: 3, Theme: "managing", Prompts: []string{"one-step"}}
	bad := map[string]func(p *store.Practice){
		"time of day":     func(p *store.Practice) { p.Date = "2026-12-01T10:00" },
		"no date":         func(p *store.Practice) { p.Date = "" },
		"not a date":      func(p *store.Practice) { p.Date = "2026-13-01" },
		"short date":      func(p *store.Practice) { p.Date = "2026-1-01" },
		"minus minutes":   func(p *store.Practice) { p.Minutes = -1 },
		"too long":        func(p *store.Practice) { p.Minutes = 601 },
		"text theme":      func(p *store.Practice) { p.Theme = "My mother" },
		"no theme":        func(p *store.Practice) { p.Theme = "" },
		"text prompt":     func(p *store.Practice) { p.Prompts = []string{"I said it"} },
		"capital prompt":  func(p *store.Practice) { p.Prompts = []string{"Own-1"} },
		"empty prompt":    func(p *store.Practice) { p.Prompts = []string{""} },
		"long id":         func(p *store.Practice) { p.Prompts = []string{"a-very-long-identifier-that-is-more-than-40"} },
		"too many":        func(p *store.Practice) { p.Prompts = slices.Repeat([]string{"x"}, 21) },
		"underscore id":   func(p *store.Practice) { p.Theme = "a_b" },
		"unicode in id":   func(p *store.Practice) { p.Theme = "æ" },
		"slash in prompt": func(p *store.Practice) { p.Prompts = []string{"a/b"} },
	}
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	for name, spoil := range bad {
		p := good
		p.Prompts = slices.Clone(good.Prompts)
		spoil(&p)
		if err := s.SavePractice(p); !errors.Is(err, store.ErrPractice) {
			t.Errorf("%s: %v, want ErrPractice", name, err)
		}
	}
	if got, _ := s.Practices(); len(got) != 0 {
		t.Errorf("refused practices were saved: %v", got)
	}
	edge := store.Practice{Date: "2026-12-01", Minutes: 600, Theme: "a-0", Prompts: slices.Repeat([]string{"abcdefghijklmnopqrstuvwxyz0123456789-abc"}, 20)}
	if err := s.SavePractice(edge); err != nil {
		t.Errorf("a practice at its bounds: %v", err)
	}
	if err := s.MarkSeen("not an id"); !errors.Is(err, store.ErrPractice) {
		t.Errorf("text marked seen: %v", err)
	}
}

// A seen prompt moves to the end of the list, which keeps the last 64.
func TestSeenRotation(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	if got, err := s.Seen(); err != nil || len(got) != 0 {
		t.Fatalf("a new file has seen %v, %v", got, err)
	}
	for _, id := range []string{"a", "b", "c", "a"} {
		if err := s.MarkSeen(id); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := s.Seen(); !slices.Equal(got, []string{"b", "c", "a"}) {
		t.Errorf("seen %v, want [b c a]", got)
	}
	for i := range 70 {
		if err := s.MarkSeen(fmt.Sprintf("p-%d", i)); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := s.Seen()
	if len(got) != 64 || got[0] != "p-6" || got[63] != "p-69" {
		t.Errorf("seen keeps %d, from %s to %s", len(got), got[0], got[len(got)-1])
	}
	s.Close()
	s = openT(t, path)
	if again, _ := s.Seen(); !slices.Equal(again, got) {
		t.Errorf("seen after reopening: %v", again)
	}
}

// A file with no solo bucket, opened read-only, has an empty solo log;
// a damaged record of it is ErrDamaged, never a crash or a guess.
func TestSoloLogReadOnlyAndDamaged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	s.Close()
	ro, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := ro.Practices(); err != nil || len(got) != 0 {
		t.Errorf("read-only solo log: %v, %v", got, err)
	}
	if n, err := ro.PracticesSince("2000-01-01"); err != nil || n != 0 {
		t.Errorf("read-only count: %d, %v", n, err)
	}
	if got, err := ro.Seen(); err != nil || got != nil {
		t.Errorf("read-only seen: %v, %v", got, err)
	}
	ro.Close()

	for name, put := range map[string]func(b *bolt.Bucket) error{
		"not json": func(b *bolt.Bucket) error {
			p, _ := b.CreateBucketIfNotExists(store.PracticesBucket)
			return p.Put(store.MeetingKey("2026-12-01", 1), []byte("{"))
		},
		"key not its date": func(b *bolt.Bucket) error {
			p, _ := b.CreateBucketIfNotExists(store.PracticesBucket)
			return p.Put(store.MeetingKey("2026-12-02", 1), []byte(`{"v":1,"date":"2026-12-01","minutes":1,"theme":"x","prompts":[]}`))
		},
		"text in it": func(b *bolt.Bucket) error {
			p, _ := b.CreateBucketIfNotExists(store.PracticesBucket)
			return p.Put(store.MeetingKey("2026-12-01", 1), []byte(`{"v":1,"date":"2026-12-01","minutes":1,"theme":"My mother","prompts":[]}`))
		},
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "circle.db")
			openT(t, path).Close()
			writeBolt(t, path, func(tx *bolt.Tx) error {
				b, err := tx.CreateBucketIfNotExists(store.SoloBucket)
				if err != nil {
					return err
				}
				return put(b)
			})
			s := openT(t, path)
			if _, err := s.Practices(); !errors.Is(err, store.ErrDamaged) {
				t.Errorf("%v, want ErrDamaged", err)
			}
		})
	}
	for name, v := range map[string]string{"not json": "[", "text in it": `["My mother"]`} {
		t.Run("seen "+name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "circle.db")
			openT(t, path).Close()
			writeBolt(t, path, func(tx *bolt.Tx) error {
				b, err := tx.CreateBucketIfNotExists(store.SoloBucket)
				if err != nil {
					return err
				}
				return b.Put(store.SeenKey, []byte(v))
			})
			s := openT(t, path)
			if _, err := s.Seen(); !errors.Is(err, store.ErrDamaged) {
				t.Errorf("%v, want ErrDamaged", err)
			}
			if err := s.MarkSeen("a"); !errors.Is(err, store.ErrDamaged) {
				t.Errorf("marking seen over damage: %v", err)
			}
		})
	}
}
