package store_test

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"circle/store"

	bolt "go.etcd.io/bbolt"

	"circle/session"
)

// tuesday is a full profile, as the UI would make it.
func tuesday() store.Group {
	return store.Group{
		Name: "Tuesday group",
		Rules: []string{
			"What is said here stays here.",
			"One voice at a time.",
			"Vi snakker ut fra egen erfaring, og sier «jeg».",
		},
		Prompts: []store.Prompt{
			{ID: "own-1", Text: "What did I bring with me tonight?", Uses: 1 | 8},
			{ID: "own-2", Text: "Hva tar jeg med meg hjem?", Uses: 4},
		},
		Defaults: store.Defaults{
			LengthMinutes: 120, Format: "circle", BreakMinutes: 10,
			CheckInSeconds: 60, ReactionSeconds: 45, Bell: true,
		},
		Created: "2026-11-24",
	}
}

func createT(t *testing.T, s *store.Store, g store.Group) uint64 {
	t.Helper()
	id, err := s.CreateGroup(g)
	if err != nil {
		t.Fatalf("CreateGroup(%q): %v", g.Name, err)
	}
	return id
}

func groupsT(t *testing.T, s *store.Store) []store.Group {
	t.Helper()
	got, err := s.Groups()
	if err != nil {
		t.Fatalf("Groups: %v", err)
	}
	return got
}

// saveT saves a meeting of the group on date with the prompts shown.
func saveT(t *testing.T, s *store.Store, group uint64, date string, prompts ...string) session.Log {
	t.Helper()
	l := circleLog(date, 4)
	l.Group = group
	l.Prompts = prompts
	if err := s.SaveMeeting(l); err != nil {
		t.Fatalf("SaveMeeting(group %d, %s): %v", group, date, err)
	}
	return l
}

func TestGroupRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openWithT(t, path, store.Options{Today: func() string { return "2026-11-25" }})
	if got := groupsT(t, s); got == nil || len(got) != 0 {
		t.Fatalf("Groups() of a new file = %#v, want an empty non-nil slice", got)
	}

	tue := tuesday()
	tue.ID, tue.Version = 99, 7       // ignored
	bare := store.Group{Name: "Solo"} // no rules, prompts or defaults yet; made today
	ids := []uint64{createT(t, s, tue), createT(t, s, bare)}
	if ids[0] != 1 || ids[1] != 2 {
		t.Errorf("ids %v, want [1 2]", ids)
	}
	tue.ID, tue.Version = 1, store.GroupVersion
	bare.ID, bare.Version, bare.Created = 2, store.GroupVersion, "2026-11-25"
	s.Close()

	// From a fresh open, so the groups come from disk.
	s = openT(t, path)
	for _, want := range []store.Group{tue, bare} {
		got, err := s.Group(want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Group(%d) (-want +got):\n%s", want.ID, diff)
		}
	}

	// Every part changes but the day it was made.
	upd := store.Group{
		ID:       tue.ID,
		Name:     "TUESDAY group", // its own name in another case is no clash
		Rules:    []string{"One voice at a time.", "Anyone may pass."},
		Prompts:  []store.Prompt{{ID: "own-3", Text: "What touched me?", Uses: 2}},
		Defaults: store.Defaults{LengthMinutes: 90, Format: "plain", RotateStart: true},
		Created:  "1999-01-01",
	}
	if err := s.UpdateGroup(upd); err != nil {
		t.Fatal(err)
	}
	upd.Version, upd.Created = store.GroupVersion, tue.Created
	got, err := s.Group(tue.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(upd, got); diff != "" {
		t.Errorf("Group after UpdateGroup (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]store.Group{bare, upd}, groupsT(t, s)); diff != "" {
		t.Errorf("Groups() (-want +got):\n%s", diff)
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check() = %v", err)
	}

	for _, id := range []uint64{0, 3, 1 << 60} {
		if _, err := s.Group(id); !errors.Is(err, store.ErrNoGroup) {
			t.Errorf("Group(%d) = %v, want ErrNoGroup", id, err)
		}
		if err := s.UpdateGroup(store.Group{ID: id, Name: "Ghost", Created: "2026-01-01"}); !errors.Is(err, store.ErrNoGroup) {
			t.Errorf("UpdateGroup(%d) = %v, want ErrNoGroup", id, err)
		}
	}
}

func TestGroupsSortedByName(t *testing.T) {
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	for _, name := range []string{"tuesday", "Alna", "bjerke", "Zinc", "alnabru", "Bergen"} {
		createT(t, s, store.Group{Name: name, Created: "2026-01-01"})
	}
	var got []string
	for _, g := range groupsT(t, s) {
		got = append(got, g.Name)
	}
	want := []string{"Alna", "alnabru", "Bergen", "bjerke", "tuesday", "Zinc"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Groups() names (-want +got):\n%s", diff)
	}
}

func TestGroupValidation(t *testing.T) {
	rules := func(n int) []string {
		r := make([]string, n)
		for i := range r {
			r[i] = "Rule."
		}
		return r
	}
	with := func(f func(g *store.Group)) store.Group {
		g := tuesday()
		f(&g)
		return g
	}
	tests := []struct {
		name string
		g    store.Group
		want error // nil: accepted
	}{
		{"60-character name", with(func(g *store.Group) { g.Name = strings.Repeat("æ", 60) }), nil},
		{"30 rules of 300 characters", with(func(g *store.Group) {
			g.Rules = rules(30)
			g.Rules[29] = strings.Repeat("ø", 300)
		}), nil},
		{"no rules", with(func(g *store.Group) { g.Rules = nil }), nil},
		{"60 prompts", with(func(g *store.Group) {
			g.Prompts = nil
			for i := 1; i <= 60; i++ {
				g.Prompts = append(g.Prompts, store.Prompt{ID: fmt.Sprintf("own-%d", i), Text: "Why?", Uses: 15})
			}
			g.Prompts[0].ID = "own-100000" // six digits
		}), nil},
		{"every default unset", with(func(g *store.Group) { g.Defaults = store.Defaults{} }), nil},
		{"defaults at their bounds", with(func(g *store.Group) {
			g.Defaults = store.Defaults{LengthMinutes: 5, Format: "open", BreakMinutes: 30, CheckInSeconds: 10, ReactionSeconds: 600}
		}), nil},

		{"empty name", with(func(g *store.Group) { g.Name = "" }), store.ErrGroupName},
		{"61-character name", with(func(g *store.Group) { g.Name = strings.Repeat("æ", 61) }), store.ErrGroupName},
		{"duplicate name in another case", with(func(g *store.Group) { g.Name = "ALNA" }), store.ErrGroupExists},
		{"duplicate name in Norwegian capitals", with(func(g *store.Group) { g.Name = "ÆRLIGE ØYEBLIKK" }), store.ErrGroupExists},
		{"name with a space at the end", with(func(g *store.Group) { g.Name = "Alna " }), store.ErrGroupName},
		{"name of spaces", with(func(g *store.Group) { g.Name = "   " }), store.ErrGroupName},
		{"name on two lines", with(func(g *store.Group) { g.Name = "Tuesday\ngroup" }), store.ErrGroupName},
		{"name not UTF-8", with(func(g *store.Group) { g.Name = "Tirsdag\xe6" }), store.ErrGroupName},
		{"31 rules", with(func(g *store.Group) { g.Rules = rules(31) }), store.ErrGroupRules},
		{"301-character rule", with(func(g *store.Group) { g.Rules[1] = strings.Repeat("ø", 301) }), store.ErrGroupRules},
		{"empty rule", with(func(g *store.Group) { g.Rules[2] = "" }), store.ErrGroupRules},
		{"rule with a tab", with(func(g *store.Group) { g.Rules[0] = "One\tvoice" }), store.ErrGroupRules},
		{"rule with a line separator", with(func(g *store.Group) { g.Rules[0] = "One\u2028voice" }), store.ErrGroupRules},
		{"61 prompts", with(func(g *store.Group) {
			for len(g.Prompts) < 61 {
				g.Prompts = append(g.Prompts, store.Prompt{ID: fmt.Sprintf("own-%d", len(g.Prompts)+1), Text: "Why?", Uses: 1})
			}
		}), store.ErrGroupPrompts},
		{"a built-in prompt id", with(func(g *store.Group) { g.Prompts[0].ID = "arrive-feeling" }), store.ErrGroupPrompts},
		{"prompt id own-0", with(func(g *store.Group) { g.Prompts[0].ID = "own-0" }), store.ErrGroupPrompts},
		{"prompt id own-01", with(func(g *store.Group) { g.Prompts[0].ID = "own-01" }), store.ErrGroupPrompts},
		{"prompt id own-", with(func(g *store.Group) { g.Prompts[0].ID = "own-" }), store.ErrGroupPrompts},
		{"prompt id with text", with(func(g *store.Group) { g.Prompts[0].ID = "own-Kari" }), store.ErrGroupPrompts},
		{"prompt id of seven digits", with(func(g *store.Group) { g.Prompts[0].ID = "own-1000000" }), store.ErrGroupPrompts},
		{"prompt id twice", with(func(g *store.Group) { g.Prompts[1].ID = "own-1" }), store.ErrGroupPrompts},
		{"empty prompt", with(func(g *store.Group) { g.Prompts[0].Text = "" }), store.ErrGroupPrompts},
		{"301-character prompt", with(func(g *store.Group) { g.Prompts[0].Text = strings.Repeat("å", 301) }), store.ErrGroupPrompts},
		{"prompt used nowhere", with(func(g *store.Group) { g.Prompts[0].Uses = 0 }), store.ErrGroupPrompts},
		{"prompt of an unknown use", with(func(g *store.Group) { g.Prompts[0].Uses = 16 | 1 }), store.ErrGroupPrompts},
		{"length 4", with(func(g *store.Group) { g.Defaults.LengthMinutes = 4 }), store.ErrGroupDefaults},
		{"length 121", with(func(g *store.Group) { g.Defaults.LengthMinutes = 121 }), store.ErrGroupDefaults},
		{"format unknown", with(func(g *store.Group) { g.Defaults.Format = "Circle" }), store.ErrGroupDefaults},
		{"break 31", with(func(g *store.Group) { g.Defaults.BreakMinutes = 31 }), store.ErrGroupDefaults},
		{"break -1", with(func(g *store.Group) { g.Defaults.BreakMinutes = -1 }), store.ErrGroupDefaults},
		{"check-in 9 seconds", with(func(g *store.Group) { g.Defaults.CheckInSeconds = 9 }), store.ErrGroupDefaults},
		{"reaction 601 seconds", with(func(g *store.Group) { g.Defaults.ReactionSeconds = 601 }), store.ErrGroupDefaults},
	}
	for _, op := range []string{"create", "update"} {
		t.Run(op, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "circle.db")
			s := openT(t, path)
			others := []store.Group{
				{Name: "Alna", Created: "2026-01-01"},
				{Name: "Ærlige øyeblikk", Created: "2026-01-01"},
			}
			for _, g := range others {
				createT(t, s, g)
			}
			mine := createT(t, s, store.Group{Name: "Mine", Created: "2026-01-01"})
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					before := groupsT(t, s)
					var err error
					if op == "create" {
						var id uint64
						id, err = s.CreateGroup(tt.g)
						if err == nil {
							// Make room for the next case.
							defer s.DeleteGroup(id)
						}
					} else {
						tt.g.ID = mine
						err = s.UpdateGroup(tt.g)
					}
					switch {
					case tt.want == nil && err != nil:
						t.Fatalf("refused: %v", err)
					case tt.want == nil:
						return
					case !errors.Is(err, tt.want):
						t.Fatalf("%v, want %v", err, tt.want)
					}
					if diff := cmp.Diff(before, groupsT(t, s)); diff != "" {
						t.Errorf("a refused %s changed the groups (-before +after):\n%s", op, diff)
					}
				})
			}
		})
	}
}

func TestCreateGroupRefusesATimeOfDay(t *testing.T) {
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	for _, c := range []string{"2026-11-25T18:00:00Z", "25.11.2026", "2026-11-25 18:00"} {
		if _, err := s.CreateGroup(store.Group{Name: "Tuesday", Created: c}); err == nil {
			t.Errorf("CreateGroup(created %q) = nil, want an error", c)
		}
	}
	if got := groupsT(t, s); len(got) != 0 {
		t.Errorf("Groups() = %v after refused creates", got)
	}
}

func TestDeleteGroup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	tue := tuesday()
	tue.Name = "Distinctive Tuesday circle"
	tue.Rules = append(tue.Rules, "Unmistakable rule text 7f3a.")
	a := createT(t, s, tue)
	b := createT(t, s, store.Group{Name: "Thursday", Rules: []string{"One voice at a time."}, Created: "2026-01-01"})

	none1 := saveT(t, s, 0, "2026-10-01", "checkin-arrive")
	saveT(t, s, a, "2026-10-06", "own-1")
	thu := saveT(t, s, b, "2026-10-08", "own-1")
	saveT(t, s, a, "2026-10-13")
	// One of A's meetings is finished the way the UI does it.
	events := meetingEvents(t, 30)
	startT(t, s, events)
	m, _ := session.Replay(events)
	fin := m.Log()
	fin.Group = a
	if err := s.FinishMeeting(fin); err != nil {
		t.Fatal(err)
	}
	none2 := saveT(t, s, 0, "2026-12-01")

	if n, err := s.GroupMeetings(a); n != 3 || err != nil {
		t.Errorf("GroupMeetings(A) = %d, %v; want 3", n, err)
	}
	n, err := s.DeleteGroup(a)
	if n != 3 || err != nil {
		t.Fatalf("DeleteGroup(A) = %d, %v; want 3, nil", n, err)
	}
	if _, err := s.Group(a); !errors.Is(err, store.ErrNoGroup) {
		t.Errorf("Group(A) after the delete = %v, want ErrNoGroup", err)
	}
	late := circleLog("2026-12-02", 4)
	late.Group = a
	for name, err := range map[string]error{
		"DeleteGroup(A) again": second(s.DeleteGroup(a)),
		"DeleteGroup(0)":       second(s.DeleteGroup(0)),
		"GroupMeetings(A)":     second(s.GroupMeetings(a)),
		"RecentPrompts(A)":     second(s.RecentPrompts(a, 5)),
		"SaveMeeting(A)":       s.SaveMeeting(late),
	} {
		if !errors.Is(err, store.ErrNoGroup) {
			t.Errorf("%s = %v, want ErrNoGroup", name, err)
		}
	}
	s.Close()

	// The rest is intact, on disk.
	s = openT(t, path)
	b0 := store.Group{Version: store.GroupVersion, ID: b, Name: "Thursday", Rules: []string{"One voice at a time."}, Created: "2026-01-01"}
	if diff := cmp.Diff([]store.Group{b0}, groupsT(t, s)); diff != "" {
		t.Errorf("Groups() after the delete (-want +got):\n%s", diff)
	}
	got, err := s.Meetings()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]session.Log{none1, thu, none2}, got); diff != "" {
		t.Errorf("Meetings() after the delete (-want +got):\n%s", diff)
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check() = %v", err)
	}
	s.Close()

	// The file was rewritten: the deleted profile is not in it, not even
	// in free pages.
	raw := readFile(t, path)
	for _, text := range []string{tue.Name, tue.Rules[3], tue.Prompts[0].Text} {
		if bytes.Contains(raw, []byte(text)) {
			t.Errorf("the file still holds %q", text)
		}
	}
	assertOnlyFiles(t, filepath.Dir(path), "circle.db")
}

func second[T any](_ T, err error) error { return err }

func TestDeleteGroupIsOneTransaction(t *testing.T) {
	// A damaged record among the meetings stops the delete before it has
	// deleted anything: all of it or none.
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	a := createT(t, s, store.Group{Name: "A", Created: "2026-01-01"})
	saveT(t, s, a, "2026-01-06")
	saveT(t, s, 0, "2026-01-07")
	saveT(t, s, a, "2026-01-20")
	s.Close()
	writeBolt(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meetings")).Put(store.MeetingKey("2026-01-13", 99), []byte(`{"group":`))
	})

	s = openT(t, path)
	before := readFile(t, path)
	if n, err := s.DeleteGroup(a); !errors.Is(err, store.ErrDamaged) || n != 0 {
		t.Errorf("DeleteGroup = %d, %v; want 0, ErrDamaged", n, err)
	}
	if _, err := s.Group(a); err != nil {
		t.Errorf("Group(A) after the failed delete: %v", err)
	}
	s.Close()
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("the failed delete changed the file")
	}
}

func TestDeleteGroupWhileAMeetingRuns(t *testing.T) {
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	a := createT(t, s, store.Group{Name: "A", Created: "2026-01-01"})
	saveT(t, s, a, "2026-01-06")
	events := meetingEvents(t, 5)
	startT(t, s, events)
	if n, err := s.DeleteGroup(a); !errors.Is(err, store.ErrActive) || n != 0 {
		t.Errorf("DeleteGroup while a meeting runs = %d, %v; want 0, ErrActive", n, err)
	}
	if n, err := s.GroupMeetings(a); n != 1 || err != nil {
		t.Errorf("GroupMeetings(A) = %d, %v; want 1", n, err)
	}
	// The running meeting is saved as the group's, as it began.
	m, _ := session.Replay(events)
	l := m.Log()
	l.Group = a
	if err := s.FinishMeeting(l); err != nil {
		t.Fatal(err)
	}
	if n, err := s.DeleteGroup(a); n != 2 || err != nil {
		t.Errorf("DeleteGroup after the meeting = %d, %v; want 2, nil", n, err)
	}
}

func TestDeleteGroupScrubFails(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "circle.db")
	s := openWithT(t, path, store.Options{Rename: func(string, string) error { return errors.New("injected") }})
	a := createT(t, s, store.Group{Name: "A", Created: "2026-01-01"})
	saveT(t, s, a, "2026-01-06")
	n, err := s.DeleteGroup(a)
	if !errors.Is(err, store.ErrScrub) || n != 1 {
		t.Fatalf("DeleteGroup = %d, %v; want 1, ErrScrub", n, err)
	}
	// The delete itself is committed, and the store goes on.
	if got := groupsT(t, s); len(got) != 0 {
		t.Errorf("Groups() = %v, want none", got)
	}
	if n, _ := s.Count(); n != 0 {
		t.Errorf("Count() = %d, want 0", n)
	}
	if _, err := s.CreateGroup(store.Group{Name: "B", Created: "2026-01-01"}); err != nil {
		t.Errorf("CreateGroup after ErrScrub: %v", err)
	}
	assertOnlyFiles(t, dir, "circle.db")
}

// A compacted copy that lost a group, or a meeting, never replaces the
// file: the delete is saved, the other group and its meeting stay, and the
// error says so (ErrScrub).
func TestDeleteGroupCompactedCopyLosesSomething(t *testing.T) {
	for _, lose := range []struct {
		name   string
		bucket []byte
	}{{"a group", store.GroupsBucket}, {"a meeting", store.MeetingsBucket}} {
		t.Run(lose.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "circle.db")
			losing := func(dst, src *bolt.DB, txMaxSize int64) error {
				if err := bolt.Compact(dst, src, txMaxSize); err != nil {
					return err
				}
				return dst.Update(func(tx *bolt.Tx) error {
					k, _ := tx.Bucket(lose.bucket).Cursor().First()
					return tx.Bucket(lose.bucket).Delete(k)
				})
			}
			s := openWithT(t, path, store.Options{Compact: losing})
			a := createT(t, s, store.Group{Name: "A", Created: "2026-01-01"})
			b := createT(t, s, store.Group{Name: "B", Created: "2026-01-01"})
			saveT(t, s, a, "2026-01-06")
			saveT(t, s, b, "2026-01-07")
			if _, err := s.DeleteGroup(a); !errors.Is(err, store.ErrScrub) || !strings.Contains(err.Error(), "compacted copy holds") {
				t.Fatalf("DeleteGroup with a copy that lost %s = %v; want ErrScrub, the copy refused", lose.name, err)
			}
			if got := groupsT(t, s); len(got) != 1 || got[0].ID != b {
				t.Errorf("Groups() = %v, want only B", got)
			}
			if n, err := s.GroupMeetings(b); n != 1 || err != nil {
				t.Errorf("GroupMeetings(B) = %d, %v; want 1", n, err)
			}
			assertOnlyFiles(t, dir, "circle.db")
			s.Close()
			// And on disk, opened again.
			s = openT(t, path)
			if err := s.Check(); err != nil {
				t.Fatal(err)
			}
			if got := groupsT(t, s); len(got) != 1 || got[0].ID != b {
				t.Errorf("after reopening, Groups() = %v, want only B", got)
			}
		})
	}
}

func TestGroupIDsAreNeverReused(t *testing.T) {
	// A meeting's log names its group by id: an id used again would give
	// a new group the meetings of an old one.
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	a := createT(t, s, store.Group{Name: "A", Created: "2026-01-01"})
	b := createT(t, s, store.Group{Name: "B", Created: "2026-01-01"})
	for _, id := range []uint64{b, a} { // the file is rewritten after each
		if _, err := s.DeleteGroup(id); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	s = openT(t, path)
	if c := createT(t, s, store.Group{Name: "A", Created: "2026-01-01"}); c != 3 {
		t.Errorf("the group after 1 and 2 got id %d, want 3", c)
	}
}

func TestMeetingOfAnUnknownGroup(t *testing.T) {
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	a := createT(t, s, store.Group{Name: "A", Created: "2026-01-01"})
	l := circleLog("2026-01-06", 4)
	l.Group = a + 1
	if err := s.SaveMeeting(l); !errors.Is(err, store.ErrNoGroup) {
		t.Errorf("SaveMeeting of group %d = %v, want ErrNoGroup", l.Group, err)
	}
	events := meetingEvents(t, 5)
	startT(t, s, events)
	if err := s.FinishMeeting(l); !errors.Is(err, store.ErrNoGroup) {
		t.Errorf("FinishMeeting of group %d = %v, want ErrNoGroup", l.Group, err)
	}
	// Nothing was saved, and the meeting still runs.
	if n, _ := s.Count(); n != 0 {
		t.Errorf("Count() = %d, want 0", n)
	}
	if diff := cmp.Diff(events, activeT(t, s)); diff != "" {
		t.Errorf("ActiveEvents (-want +got):\n%s", diff)
	}
	l.Group = a
	if err := s.FinishMeeting(l); err != nil {
		t.Errorf("FinishMeeting of group %d = %v", a, err)
	}
}

func TestRecentPrompts(t *testing.T) {
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	a := createT(t, s, store.Group{Name: "A", Created: "2026-01-01"})
	b := createT(t, s, store.Group{Name: "B", Created: "2026-01-01"})
	// Saved out of date order: newest means the latest date, then the
	// latest saved on that date.
	saveT(t, s, a, "2026-02-03", "own-1", "my-pattern", "felt-heard")
	saveT(t, s, a, "2026-01-06", "arrive-feeling", "my-pattern")
	saveT(t, s, b, "2026-02-10", "open-today")
	saveT(t, s, a, "2026-01-20", "body-now", "felt-heard")
	saveT(t, s, 0, "2026-02-05", "held-back")
	saveT(t, s, a, "2026-02-03", "tried-since", "their-way")
	saveT(t, s, a, "2026-01-27")

	tests := []struct {
		group uint64
		n     int
		want  []string
	}{
		{a, 1, []string{"tried-since", "their-way"}},
		{a, 2, []string{"tried-since", "their-way", "own-1", "my-pattern", "felt-heard"}},
		{a, 3, []string{"tried-since", "their-way", "own-1", "my-pattern", "felt-heard"}}, // 01-27 showed none
		{a, 5, []string{"tried-since", "their-way", "own-1", "my-pattern", "felt-heard", "body-now", "arrive-feeling"}},
		{a, 100, []string{"tried-since", "their-way", "own-1", "my-pattern", "felt-heard", "body-now", "arrive-feeling"}},
		{a, 0, []string{}},
		{a, -1, []string{}},
		{b, 5, []string{"open-today"}},
		{0, 5, []string{"held-back"}},
	}
	for _, tt := range tests {
		got, err := s.RecentPrompts(tt.group, tt.n)
		if err != nil {
			t.Errorf("RecentPrompts(%d, %d): %v", tt.group, tt.n, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("RecentPrompts(%d, %d) (-want +got):\n%s", tt.group, tt.n, diff)
		}
	}
	if _, err := s.RecentPrompts(b+1, 5); !errors.Is(err, store.ErrNoGroup) {
		t.Errorf("RecentPrompts of an unknown group = %v, want ErrNoGroup", err)
	}
}

func TestGroupsOnOldAndReadOnlyFiles(t *testing.T) {
	// `circle history` on a schema 2 file: no groups, no error.
	path, fixture := copyFixture(t, "schema2.db")
	ro, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := ro.Groups(); err != nil || got == nil || len(got) != 0 {
		t.Errorf("Groups() = %#v, %v; want an empty non-nil slice", got, err)
	}
	if _, err := ro.Group(1); !errors.Is(err, store.ErrNoGroup) {
		t.Errorf("Group(1) = %v, want ErrNoGroup", err)
	}
	if n, err := ro.GroupMeetings(0); n != 1 || err != nil {
		t.Errorf("GroupMeetings(0) = %d, %v; want 1", n, err)
	}
	if got, err := ro.RecentPrompts(0, 5); err != nil || len(got) == 0 {
		t.Errorf("RecentPrompts(0, 5) = %v, %v; want the old meeting's", got, err)
	}
	ro.Close()
	if !bytes.Equal(readFile(t, path), fixture) {
		t.Error("reading the old file changed it")
	}

	// Writes to a read-only store of the current schema.
	s := openT(t, path)
	a := createT(t, s, store.Group{Name: "A", Created: "2026-01-01"})
	s.Close()
	ro, err = store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	for name, err := range map[string]error{
		"CreateGroup": second(ro.CreateGroup(store.Group{Name: "B", Created: "2026-01-01"})),
		"UpdateGroup": ro.UpdateGroup(store.Group{ID: a, Name: "B", Created: "2026-01-01"}),
		"DeleteGroup": second(ro.DeleteGroup(a)),
	} {
		if !errors.Is(err, store.ErrReadOnly) {
			t.Errorf("%s = %v, want ErrReadOnly", name, err)
		}
	}
	if got := groupsT(t, ro); len(got) != 1 || got[0].Name != "A" {
		t.Errorf("Groups() = %v, want A alone", got)
	}
}

func TestGroupsOfAClosedStore(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "circle.db"))
	if err != nil {
		t.Fatal(err)
	}
	a := createT(t, s, store.Group{Name: "A", Created: "2026-01-01"})
	s.Close()
	for name, err := range map[string]error{
		"CreateGroup":   second(s.CreateGroup(store.Group{Name: "B", Created: "2026-01-01"})),
		"UpdateGroup":   s.UpdateGroup(store.Group{ID: a, Name: "B", Created: "2026-01-01"}),
		"DeleteGroup":   second(s.DeleteGroup(a)),
		"Group":         second(s.Group(a)),
		"Groups":        second(s.Groups()),
		"GroupMeetings": second(s.GroupMeetings(a)),
		"RecentPrompts": second(s.RecentPrompts(a, 5)),
	} {
		if err == nil {
			t.Errorf("%s on a closed store = nil error", name)
		}
	}
}

func TestGroupsDamaged(t *testing.T) {
	tests := []struct {
		name string
		k    []byte
		v    string
	}{
		{"not JSON", store.GroupKey(1), `{"v":1,"id":1,`},
		{"no version", store.GroupKey(1), `{"id":1,"name":"A","created":"2026-01-01"}`},
		{"a newer version", store.GroupKey(1), `{"v":2,"id":1,"name":"A","created":"2026-01-01"}`},
		{"another id than its key", store.GroupKey(1), `{"v":1,"id":2,"name":"A","created":"2026-01-01"}`},
		{"a short key", []byte{1}, `{"v":1,"id":1,"name":"A","created":"2026-01-01"}`},
		{"no name", store.GroupKey(1), `{"v":1,"id":1,"name":"","created":"2026-01-01"}`},
		{"a time of day", store.GroupKey(1), `{"v":1,"id":1,"name":"A","created":"2026-01-01T18:00:00Z"}`},
		{"a rule on two lines", store.GroupKey(1), `{"v":1,"id":1,"name":"A","rules":["a\nb"],"created":"2026-01-01"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "circle.db")
			openT(t, path).Close()
			writeBolt(t, path, func(tx *bolt.Tx) error { return tx.Bucket([]byte("groups")).Put(tt.k, []byte(tt.v)) })

			s := openT(t, path)
			if got, err := s.Groups(); !errors.Is(err, store.ErrDamaged) {
				t.Errorf("Groups() = %v, %v; want ErrDamaged", got, err)
			}
			if err := s.Check(); !errors.Is(err, store.ErrDamaged) {
				t.Errorf("Check() = %v, want ErrDamaged", err)
			}
			// Nor can a write go past it unseen.
			if _, err := s.CreateGroup(store.Group{Name: "B", Created: "2026-01-01"}); !errors.Is(err, store.ErrDamaged) {
				t.Errorf("CreateGroup = %v, want ErrDamaged", err)
			}
		})
	}
}

func TestGroupHoldsOnlyTheProfile(t *testing.T) {
	// SPEC "Privacy": the file may hold the group's name, rules and own
	// prompts and nothing typed during a meeting. A field added here is
	// stored in the file: check it against the SPEC before changing this.
	want := map[reflect.Type][]string{
		reflect.TypeFor[store.Group]():  {"Version", "ID", "Name", "Rules", "Prompts", "Defaults", "Created", "KeepMonths"},
		reflect.TypeFor[store.Prompt](): {"ID", "Text", "Uses"},
		reflect.TypeFor[store.Defaults](): {"LengthMinutes", "Format", "BreakMinutes", "CheckInSeconds", "ReactionSeconds", "Bell", "RotateStart",
			"NoWarning", "NoCheckIn", "NoAgain"}, // three switches of the group, no text
	}
	for typ, fields := range want {
		var got []string
		for f := range typ.Fields() {
			got = append(got, f.Name)
		}
		if diff := cmp.Diff(fields, got); diff != "" {
			t.Errorf("%v fields (-want +got):\n%s", typ, diff)
		}
	}
}

func TestLogHeadReadsTheLog(t *testing.T) {
	// logHead repeats two of session.Log's JSON names; a rename there
	// must not go unnoticed here.
	path := filepath.Join(t.TempDir(), "circle.db")
	s := openT(t, path)
	a := createT(t, s, store.Group{Name: "A", Created: "2026-01-01"})
	l := saveT(t, s, a, "2026-01-06", "own-1", "my-pattern")
	err := s.View(func(tx *bolt.Tx) error {
		return store.EachMeetingOf(tx, a, false, func(_ []byte, h store.LogHead) bool {
			if diff := cmp.Diff(store.LogHead{Group: a, Prompts: l.Prompts}, h); diff != "" {
				t.Errorf("logHead (-want +got):\n%s", diff)
			}
			return true
		})
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestConcurrentGroupUse(t *testing.T) {
	// Run with -race: DeleteGroup replaces the file under readers.
	s := openT(t, filepath.Join(t.TempDir(), "circle.db"))
	done := make(chan error)
	go func() {
		for range 30 {
			if _, err := s.Groups(); err != nil {
				done <- err
				return
			}
			if _, err := s.RecentPrompts(0, 5); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for i := range 5 {
		id := createT(t, s, store.Group{Name: "G" + string(rune('a'+i)), Created: "2026-01-01"})
		saveT(t, s, id, "2026-01-06", "own-1")
		if _, err := s.DeleteGroup(id); err != nil {
			t.Fatal(err)
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// A damaged meeting record is never skipped: Meetings, Summaries and Check
// say ErrDamaged rather than give the other meetings as if they were all.
func TestMeetingsDamaged(t *testing.T) {
	tests := []struct {
		name string
		edit func(b *bolt.Bucket) error
	}{
		{"not a record", func(b *bolt.Bucket) error {
			k, _ := b.Cursor().First()
			return b.Put(k, []byte("{\"date\":"))
		}},
		{"cut short", func(b *bolt.Bucket) error {
			k, v := b.Cursor().First()
			return b.Put(k, append([]byte(nil), v[:len(v)/2]...))
		}},
		{"a short key", func(b *bolt.Bucket) error {
			k, v := b.Cursor().First()
			v = append([]byte(nil), v...)
			if err := b.Delete(k); err != nil {
				return err
			}
			return b.Put(k[:len(k)-1], v)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "circle.db")
			s := openT(t, path)
			a := createT(t, s, store.Group{Name: "A", Created: "2026-01-01"})
			saveT(t, s, a, "2026-01-06")
			saveT(t, s, a, "2026-01-13")
			s.Close()
			writeBolt(t, path, func(tx *bolt.Tx) error { return tt.edit(tx.Bucket(store.MeetingsBucket)) })

			for _, open := range []func(string) (*store.Store, error){store.Open, store.OpenReadOnly} {
				s, err := open(path)
				if err != nil {
					t.Fatal(err)
				}
				if got, err := s.Meetings(); !errors.Is(err, store.ErrDamaged) || got != nil {
					t.Errorf("Meetings() = %d meetings, %v; want ErrDamaged", len(got), err)
				}
				if got, err := s.Summaries(); !errors.Is(err, store.ErrDamaged) || got != nil {
					t.Errorf("Summaries() = %d meetings, %v; want ErrDamaged", len(got), err)
				}
				n := 0
				if err := s.EachMeeting(func(session.Log) error { n++; return nil }); !errors.Is(err, store.ErrDamaged) {
					t.Errorf("EachMeeting = %v after %d meetings, want ErrDamaged", err, n)
				}
				if err := s.Check(); !errors.Is(err, store.ErrDamaged) {
					t.Errorf("Check() = %v, want ErrDamaged", err)
				}
				s.Close()
			}
		})
	}
}

// A schema 3 file opened read-only keeps no counts to compare with, so
// Check must find a damaged record by reading it.
func TestCheckFindsADamagedRecordOfAnOldFile(t *testing.T) {
	path, _ := copyFixture(t, "schema3.db")
	writeBolt(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket(store.MeetingsBucket)
		k, _ := b.Cursor().First()
		return b.Put(k, []byte(`{"date":`))
	})
	s, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, err := s.Meetings(); !errors.Is(err, store.ErrDamaged) || got != nil {
		t.Errorf("Meetings() = %d meetings, %v; want ErrDamaged", len(got), err)
	}
	if got, err := s.Summaries(); !errors.Is(err, store.ErrDamaged) || got != nil {
		t.Errorf("Summaries() = %d meetings, %v; want ErrDamaged", len(got), err)
	}
	if err := s.Check(); !errors.Is(err, store.ErrDamaged) {
		t.Errorf("Check() = %v, want ErrDamaged", err)
	}
}
