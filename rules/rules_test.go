package rules_test

import (
	"math"
	"regexp"
	"slices"
	"testing"

	. "circle/rules"
)

// kebab is a short lowercase English id: words of a-z joined by single
// hyphens.
var kebab = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)

func ruleIDs() []string {
	var ids []string
	for _, r := range Defaults() {
		ids = append(ids, r.ID)
	}
	return ids
}

func promptIDs() []string {
	var ids []string
	for _, p := range Prompts() {
		ids = append(ids, p.ID)
	}
	return ids
}

func TestIDs(t *testing.T) {
	lists := []struct {
		name string
		ids  []string
	}{
		{"rules", ruleIDs()},
		{"prompts", promptIDs()},
		{"cues", Cues()},
	}
	// Ids are unique across all three lists, so a stored id or a catalog
	// key never leaves a doubt about what it names.
	seen := map[string]string{}
	for _, l := range lists {
		t.Run(l.name, func(t *testing.T) {
			if len(l.ids) == 0 {
				t.Fatal("no ids")
			}
			for _, id := range l.ids {
				if !kebab.MatchString(id) || len(id) > 24 {
					t.Errorf("id %q is not short kebab-case", id)
				}
				if other, ok := seen[id]; ok {
					t.Errorf("id %q in %s is already used in %s", id, l.name, other)
				}
				seen[id] = l.name
			}
		})
	}
}

func TestKebab(t *testing.T) {
	// The id check itself must reject what it is meant to reject.
	for _, tc := range []struct {
		id   string
		want bool
	}{
		{"one-voice", true},
		{"checkin", true},
		{"One-voice", false},
		{"one_voice", false},
		{"one--voice", false},
		{"-voice", false},
		{"voice-", false},
		{"", false},
		{"two hours", false},
	} {
		if got := kebab.MatchString(tc.id); got != tc.want {
			t.Errorf("kebab(%q) = %v, want %v", tc.id, got, tc.want)
		}
	}
}

func TestDefaults(t *testing.T) {
	got := Defaults()
	if n := len(got); n < 8 || n > 11 {
		t.Fatalf("%d default rules, want 8 to 11", n)
	}
	// The ids are stored in data files: this list may grow, never change.
	want := []string{
		"confidentiality", "one-voice", "speak-for-yourself", "no-advice",
		"respectful-feedback", "may-pass", "behind-symptoms", "tell-the-group",
		"two-hours", "shared-leadership", "change-together",
	}
	if ids := ruleIDs(); !slices.Equal(ids, want) {
		t.Errorf("default rule ids changed:\n got %q\nwant %q", ids, want)
	}
	// A caller that edits its copy must not change the next caller's.
	got[0].ID = "changed"
	if Defaults()[0].ID != "confidentiality" {
		t.Error("Defaults shares its backing array with callers")
	}
}

func TestCuesStable(t *testing.T) {
	want := []string{
		"first-meeting", "welcome", "welcome-rules", "checkin", "rules", "sharing", "plain", "open", "share", "reaction",
		"overtime", "short", "break-due", "break", "closing", "checkout",
		"handover", "done",
	}
	if got := Cues(); !slices.Equal(got, want) {
		t.Errorf("cue ids changed:\n got %q\nwant %q", got, want)
	}
}

func TestThemes(t *testing.T) {
	themes := Themes()
	if len(themes) != 8 {
		t.Fatalf("%d themes, want the study's 8", len(themes))
	}
	count := map[Theme]int{}
	for _, p := range Prompts() {
		if !slices.Contains(themes, p.Theme) {
			t.Errorf("prompt %q has unknown theme %q", p.ID, p.Theme)
		}
		count[p.Theme]++
	}
	for _, th := range themes {
		t.Run(string(th), func(t *testing.T) {
			if !kebab.MatchString(string(th)) {
				t.Errorf("theme %q is not kebab-case", th)
			}
			if count[th] < 5 {
				t.Errorf("theme %q has %d prompts, want at least 5", th, count[th])
			}
		})
	}
}

func TestUses(t *testing.T) {
	all := UseCheckIn | UseReaction | UseCheckOut | UseSolo
	for _, p := range Prompts() {
		if p.Uses == 0 || p.Uses&^all != 0 {
			t.Errorf("prompt %q has uses %08b, want a non-empty set of known uses", p.ID, p.Uses)
		}
	}
	for _, u := range Uses() {
		t.Run(u.String(), func(t *testing.T) {
			ps := For(u)
			if len(ps) < 8 {
				t.Errorf("%d prompts for %v, want at least 8", len(ps), u)
			}
			themes := map[Theme]bool{}
			for _, p := range ps {
				if p.Uses&u == 0 {
					t.Errorf("For(%v) returned %q, which has uses %v", u, p.ID, p.Uses)
				}
				themes[p.Theme] = true
			}
			// Every theme serves every use, so rotation visits them all.
			if len(themes) != len(Themes()) {
				t.Errorf("For(%v) covers %d themes, want %d", u, len(themes), len(Themes()))
			}
			// For must find every prompt that has the use, no more, no fewer.
			want := 0
			for _, p := range Prompts() {
				if p.Uses&u != 0 {
					want++
				}
			}
			if len(ps) != want {
				t.Errorf("For(%v) returned %d prompts, %d have the use", u, len(ps), want)
			}
			// Stable order: the same call gives the same list.
			if again := For(u); !slices.Equal(ps, again) {
				t.Errorf("For(%v) changed between calls", u)
			}
		})
	}
	if ps := For(0); ps != nil {
		t.Errorf("For(0) = %v, want nil", ps)
	}
}

func TestUseString(t *testing.T) {
	for _, tc := range []struct {
		u    Use
		want string
	}{
		{UseCheckIn, "checkin"},
		{UseReaction, "reaction"},
		{UseCheckOut, "checkout"},
		{UseSolo, "solo"},
		{UseCheckOut | UseSolo, "checkout|solo"},
		{0, "none"},
	} {
		if got := tc.u.String(); got != tc.want {
			t.Errorf("Use(%08b).String() = %q, want %q", uint8(tc.u), got, tc.want)
		}
	}
}

func TestPick(t *testing.T) {
	for _, u := range Uses() {
		t.Run(u.String(), func(t *testing.T) {
			ps := For(u)
			n := len(ps)
			for _, tc := range []struct {
				n    int
				want Prompt
			}{
				{0, ps[0]},
				{1, ps[1]},
				{n - 1, ps[n-1]},
				{n, ps[0]},       // cycles back to the start
				{n + 1, ps[1]},   // and on
				{3*n + 2, ps[2]}, // however many meetings were held
				{-1, ps[n-1]},    // a negative count never panics
				{math.MaxInt, ps[math.MaxInt%n]},
			} {
				if got := Pick(u, tc.n); got != tc.want {
					t.Errorf("Pick(%v, %d) = %q, want %q", u, tc.n, got.ID, tc.want.ID)
				}
			}
			// Consecutive meetings get different prompts, from different
			// themes, across two full cycles.
			for i := range 2 * n {
				a, b := Pick(u, i), Pick(u, i+1)
				if a == b {
					t.Errorf("Pick(%v, %d) and Pick(%v, %d) are both %q", u, i, u, i+1, a.ID)
				}
				if a.Theme == b.Theme {
					t.Errorf("Pick(%v, %d) and Pick(%v, %d) share theme %q", u, i, u, i+1, a.Theme)
				}
			}
			// Every prompt of the use comes round within one cycle.
			seen := map[string]bool{}
			for i := range n {
				seen[Pick(u, i).ID] = true
			}
			if len(seen) != n {
				t.Errorf("one cycle of Pick(%v) shows %d of %d prompts", u, len(seen), n)
			}
		})
	}
	if got := Pick(0, 3); got != (Prompt{}) {
		t.Errorf("Pick(0, 3) = %+v, want the zero Prompt", got)
	}
}

func TestPromptByID(t *testing.T) {
	for _, p := range Prompts() {
		got, ok := PromptByID(p.ID)
		if !ok || got != p {
			t.Errorf("PromptByID(%q) = %+v, %v; want %+v, true", p.ID, got, ok, p)
		}
	}
	if _, ok := PromptByID("no-such-prompt"); ok {
		t.Error("PromptByID found a prompt that does not exist")
	}
}

func TestPromptsCopy(t *testing.T) {
	ps := Prompts()
	first := ps[0]
	ps[0].ID = "changed"
	if Prompts()[0] != first {
		t.Error("Prompts shares its backing array with callers")
	}
}

func TestPickFor(t *testing.T) {
	in := For(UseCheckIn)
	n := len(in)
	own := []Prompt{
		{ID: "own-1", Uses: UseCheckIn | UseCheckOut},
		{ID: "own-2", Uses: UseReaction},
	}
	ids := func(ps []Prompt) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name   string
		u      Use
		held   int
		recent []string
		own    []Prompt
		want   string
	}{
		{"the first meeting takes the first prompt", UseCheckIn, 0, nil, nil, in[0].ID},
		{"each meeting moves on by one", UseCheckIn, 1, nil, nil, in[1].ID},
		{"the rotation cycles", UseCheckIn, n + 2, nil, nil, in[2].ID},
		{"a negative count never panics", UseCheckIn, -1, nil, nil, in[n-1].ID},
		{"the group's own prompts join the rotation after circle's", UseCheckIn, n, nil, own, "own-1"},
		{"an own prompt serves only its uses", UseReaction, len(For(UseReaction)), nil, own, "own-2"},
		{"a prompt of the last five is skipped", UseCheckIn, 0, []string{in[0].ID}, nil, in[1].ID},
		{"so are all five", UseCheckIn, 0, ids(in[:5]), nil, in[5].ID},
		{"skipping wraps round", UseCheckIn, n - 1, []string{in[n-1].ID}, nil, in[0].ID},
		{"with nothing else left, the rotation's own pick", UseCheckIn, 3, ids(in), nil, in[3].ID},
		{"no prompt fits", 0, 0, nil, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := PickFor(tc.u, tc.held, tc.recent, tc.own); got.ID != tc.want {
				t.Errorf("PickFor(%v, %d, %v) = %q, want %q", tc.u, tc.held, tc.recent, got.ID, tc.want)
			}
		})
	}
	// Over many meetings, each fed the ids of its last five, no check-in
	// prompt comes back within five meetings.
	var history []string
	for held := range 4 * n {
		recent := history[max(0, len(history)-5):]
		p := PickFor(UseCheckIn, held, recent, own)
		if slices.Contains(recent, p.ID) {
			t.Fatalf("meeting %d repeats %q from its last five %v", held, p.ID, recent)
		}
		history = append(history, p.ID)
	}
}
