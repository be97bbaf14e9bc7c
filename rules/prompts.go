package rules

import (
	"slices"
	"strings"
)

// Theme is one of the eight patterns of the study behind circle (its
// Table 2); reflection prompts are grouped under them.
type Theme string

// The study's themes, in its order.
const (
	ThemeSoundingBoard Theme = "sounding-board" // a sounding board for emotions
	ThemeManaging      Theme = "managing"       // learning to manage one's own circumstances
	ThemeFeedback      Theme = "feedback"       // being open to feedback
	ThemeNormalising   Theme = "normalising"    // normalising experiences
	ThemePersonalHelp  Theme = "personal-help"  // personalised help
	ThemePositives     Theme = "positives"      // connections that focus on positives
	ThemeValued        Theme = "valued"         // participation that makes me feel valued
	ThemeLeadership    Theme = "leadership"     // leadership from within
)

// Themes lists the themes in the study's order.
func Themes() []Theme {
	return []Theme{
		ThemeSoundingBoard, ThemeManaging, ThemeFeedback, ThemeNormalising,
		ThemePersonalHelp, ThemePositives, ThemeValued, ThemeLeadership,
	}
}

// Use says where in a meeting, or outside it, a prompt fits. Uses combine
// as bit flags.
type Use uint8

const (
	// UseCheckIn: how I arrive today.
	UseCheckIn Use = 1 << iota
	// UseReaction: how another's story touched me; never advice.
	UseReaction
	// UseCheckOut: what I take with me.
	UseCheckOut
	// UseSolo: reflection for one person practising alone.
	UseSolo
)

// Uses lists the single uses, in meeting order with solo last.
func Uses() []Use { return []Use{UseCheckIn, UseReaction, UseCheckOut, UseSolo} }

// String names the use, for logs and test names; combined uses are joined
// with "|".
func (u Use) String() string {
	var names []string
	for _, v := range Uses() {
		if u&v != 0 {
			names = append(names, useNames[v])
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, "|")
}

var useNames = map[Use]string{
	UseCheckIn:  "checkin",
	UseReaction: "reaction",
	UseCheckOut: "checkout",
	UseSolo:     "solo",
}

// Prompt is a reflection prompt: its id, the theme it belongs to and where
// it fits.
type Prompt struct {
	ID    string
	Theme Theme
	Uses  Use
}

// prompts is grouped by theme in the study's order. Prompts are written in
// the first person, as the group's conversation principles ask ("say I").
var prompts = []Prompt{
	// A sounding board for emotions: room for feelings, heard without fear.
	{"arrive-feeling", ThemeSoundingBoard, UseCheckIn | UseSolo},
	{"body-now", ThemeSoundingBoard, UseCheckIn},
	{"feeling-stirred", ThemeSoundingBoard, UseReaction},
	{"held-back", ThemeSoundingBoard, UseSolo},
	{"felt-heard", ThemeSoundingBoard, UseCheckOut},
	{"feeling-lighter", ThemeSoundingBoard, UseCheckOut | UseSolo},

	// Learning to manage one's own circumstances: seeing one's patterns.
	{"tried-since", ThemeManaging, UseCheckIn},
	{"my-pattern", ThemeManaging, UseReaction},
	{"their-way", ThemeManaging, UseReaction},
	{"why-i-react", ThemeManaging, UseSolo},
	{"what-helped", ThemeManaging, UseSolo | UseCheckIn},
	{"one-step", ThemeManaging, UseCheckOut | UseSolo},

	// Being open to feedback: given and taken with respect.
	{"open-today", ThemeFeedback, UseCheckIn},
	{"honest-reaction", ThemeFeedback, UseReaction},
	{"said-with-respect", ThemeFeedback, UseReaction},
	{"reaction-kept", ThemeFeedback, UseCheckOut},
	{"hard-to-hear", ThemeFeedback, UseSolo},
	{"own-judgement", ThemeFeedback, UseCheckOut | UseSolo},

	// Normalising experiences: a refuge from outside expectations.
	{"outside-pressure", ThemeNormalising, UseCheckIn | UseSolo},
	{"bring-today", ThemeNormalising, UseCheckIn},
	{"not-only-me", ThemeNormalising, UseReaction},
	{"harsh-on-myself", ThemeNormalising, UseSolo},
	{"less-strange", ThemeNormalising, UseCheckOut},
	{"unexpected-common", ThemeNormalising, UseReaction | UseCheckOut},

	// Personalised help: kindness, and daring a little more.
	{"need-today", ThemePersonalHelp, UseCheckIn},
	{"warmth-felt", ThemePersonalHelp, UseReaction},
	{"kindness-today", ThemePersonalHelp, UseCheckOut},
	{"ask-for-help", ThemePersonalHelp, UseSolo},
	{"where-support", ThemePersonalHelp, UseSolo},
	{"dare-a-little", ThemePersonalHelp, UseCheckOut | UseSolo},

	// Connections that focus on positives: what works, what we share.
	{"good-thing", ThemePositives, UseCheckIn},
	{"in-common", ThemePositives, UseReaction},
	{"strength-heard", ThemePositives, UseReaction},
	{"what-works", ThemePositives, UseCheckIn | UseSolo},
	{"good-for-something", ThemePositives, UseSolo},
	{"leaving-compared", ThemePositives, UseCheckOut},

	// Participation that makes me feel valued: giving and receiving.
	{"worth-coming", ThemeValued, UseCheckIn},
	{"trusted-with", ThemeValued, UseReaction},
	{"shared-openly", ThemeValued, UseReaction},
	{"my-part", ThemeValued, UseCheckOut},
	{"gave-received", ThemeValued, UseCheckOut | UseSolo},
	{"worth-as-much", ThemeValued, UseSolo},

	// Leadership from within: recognising oneself, steering one's life.
	{"my-choice", ThemeLeadership, UseCheckIn | UseSolo},
	{"recognised-myself", ThemeLeadership, UseReaction},
	{"possible-for-me", ThemeLeadership, UseReaction | UseCheckOut},
	{"own-voice", ThemeLeadership, UseCheckOut},
	{"old-pattern", ThemeLeadership, UseSolo},
	{"my-direction", ThemeLeadership, UseSolo},
}

// Prompts returns every prompt, grouped by theme in the study's order. The
// slice is the caller's own.
func Prompts() []Prompt {
	return append([]Prompt(nil), prompts...)
}

// PromptByID finds the prompt with id, for a stored record of a meeting.
func PromptByID(id string) (Prompt, bool) {
	for _, p := range prompts {
		if p.ID == id {
			return p, true
		}
	}
	return Prompt{}, false
}

// For returns the prompts that fit every use in u, in a stable order that
// takes turns between the themes (the first fitting prompt of each theme,
// then the second of each, and so on), so prompts picked one after another
// move from theme to theme. It returns nil for a zero u.
func For(u Use) []Prompt {
	if u == 0 {
		return nil
	}
	byTheme := make(map[Theme][]Prompt)
	n := 0
	for _, p := range prompts {
		if p.Uses&u == u {
			byTheme[p.Theme] = append(byTheme[p.Theme], p)
			n++
		}
	}
	out := make([]Prompt, 0, n)
	for i := 0; len(out) < n; i++ {
		for _, t := range Themes() {
			if i < len(byTheme[t]) {
				out = append(out, byTheme[t][i])
			}
		}
	}
	return out
}

// Pick returns prompt number n of For(u), cycling, so that meeting n (say,
// the count of meetings the group has held) gets a different prompt from
// meeting n+1. A negative n counts back from the end. Pick returns the zero
// Prompt when no prompt fits u.
func Pick(u Use, n int) Prompt {
	ps := For(u)
	if len(ps) == 0 {
		return Prompt{}
	}
	i := n % len(ps)
	if i < 0 {
		i += len(ps)
	}
	return ps[i]
}

// PickFor chooses the prompt of a use for a group's next meeting: circle's
// prompts for u, then the group's own that fit it (own), taken in turn by
// the count of meetings the group has held (held), so each meeting moves
// on to the next. A prompt among recent (the ids of the group's last five
// meetings) is skipped while another is left, so a group never meets the
// same prompt twice within five meetings when it has more than that to
// choose from. It is the one way the app picks a meeting's prompts.
func PickFor(u Use, held int, recent []string, own []Prompt) Prompt {
	cands := For(u)
	for _, p := range own {
		if u != 0 && p.Uses&u == u {
			cands = append(cands, p)
		}
	}
	if len(cands) == 0 {
		return Prompt{}
	}
	start := held % len(cands)
	if start < 0 {
		start += len(cands)
	}
	for i := range cands {
		c := cands[(start+i)%len(cands)]
		if !slices.Contains(recent, c.ID) {
			return c
		}
	}
	return cands[start]
}
