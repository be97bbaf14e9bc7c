package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"circle/session"
	"circle/store"
	"circle/ui/catalog"
)

type field int

const (
	fieldLength field = iota
	fieldPresent
	fieldNames
	fieldFacilitator
	fieldSentWord
	fieldFormat // a toggle, not a text input
	fieldCount
)

var fieldLabels = [fieldCount]catalog.Key{
	catalog.SetupLength, catalog.SetupPresent, catalog.SetupNames,
	catalog.SetupFacilitator, catalog.SetupSentWord, catalog.SetupFormat,
}

var fieldHints = [fieldCount]catalog.Key{
	catalog.SetupLengthHint, catalog.SetupPresentHint, catalog.SetupNamesHint,
	catalog.SetupFacilitatorHint, catalog.SetupSentWordHint, catalog.SetupFormatHint,
}

// setupForm is the form a facilitator fills in before the meeting.
type setupForm struct {
	c      *common
	inputs [fieldFormat]textinput.Model
	format session.Format
	focus  field
	// problem is what is wrong with the form, shown on it; problemField
	// is the field it is about.
	problem      string
	problemField field
	group        *store.Group // whose meeting it is; nil for none
	held         int          // meetings the group held before
}

// meetingStart is a valid form: the engine's configuration, the names,
// which stay in memory, and the group, if the meeting is of one.
type meetingStart struct {
	cfg   session.Config
	names []string
	group *store.Group
}

// newSetupForm is the form for a meeting of group g (nil for none), which
// has held that many meetings before.
func newSetupForm(c *common, g *store.Group, held int) setupForm {
	f := setupForm{c: c, group: g, held: held}
	defaults := [fieldFormat]string{"120", "6", "", "1", "0"}
	if g != nil {
		if g.Defaults.LengthMinutes > 0 {
			defaults[fieldLength] = strconv.Itoa(g.Defaults.LengthMinutes)
		}
		f.format = formatByName(g.Defaults.Format)
	}
	limits := [fieldFormat]int{3, 2, 400, 2, 2}
	for i := range f.inputs {
		if field(i) == fieldNames {
			f.inputs[i] = newInput("", 40, limits[i], c.cat.T(catalog.SetupNamesPlaceholder))
		} else {
			f.inputs[i] = newInput("", 8, limits[i], "")
		}
		f.inputs[i].SetValue(defaults[i])
	}
	f.inputs[0].Focus()
	return f
}

func (f *setupForm) setFocus(to field) {
	f.focus = (to + fieldCount) % fieldCount
	for i := range f.inputs {
		if field(i) == f.focus {
			f.inputs[i].Focus()
		} else {
			f.inputs[i].Blur()
		}
	}
}

// update handles a key. It returns the meeting to start once the form is
// valid and submitted.
func (f *setupForm) update(msg tea.KeyMsg) (*meetingStart, tea.Cmd) {
	k := f.c.keys
	switch {
	case msg.Type == tea.KeyEnter:
		start, problem, at := f.validate()
		if start == nil {
			f.problem, f.problemField = problem, at
			f.setFocus(at)
			return nil, nil
		}
		return start, nil
	case key.Matches(msg, k.NextField):
		f.setFocus(f.focus + 1)
		return nil, nil
	case key.Matches(msg, k.PrevField):
		f.setFocus(f.focus - 1)
		return nil, nil
	}
	if f.focus == fieldFormat {
		switch {
		case msg.Type == tea.KeyLeft:
			f.format = (f.format + 2) % 3
		case key.Matches(msg, k.Toggle) || msg.Type == tea.KeySpace:
			f.format = (f.format + 1) % 3
		}
		return nil, nil
	}
	var cmd tea.Cmd
	f.inputs[f.focus], cmd = typeInto(f.inputs[f.focus], msg)
	f.problem = ""
	return nil, cmd
}

// names splits the names field: comma-separated, in circle order from seat
// 1; an empty entry leaves that seat shown by its number.
func (f *setupForm) names() []string { return splitNames(f.inputs[fieldNames].Value()) }

func splitNames(v string) []string {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	parts := strings.Split(v, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	for len(parts) > 0 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	return parts
}

func (f *setupForm) number(fd field) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(f.inputs[fd].Value()))
	return n, err == nil
}

// validate checks the form. It returns the meeting to start, or what is
// wrong in words for the form and the field to fix.
func (f *setupForm) validate() (*meetingStart, string, field) {
	cat := f.c.cat
	length, ok := f.number(fieldLength)
	if !ok || length < int(session.MinLength/time.Minute) || length > int(session.MaxLength/time.Minute) {
		return nil, cat.T(catalog.SetupErrLength), fieldLength
	}
	present, ok := f.number(fieldPresent)
	if !ok || present < session.MinSeats || present > session.MaxSeats {
		return nil, cat.T(catalog.SetupErrPresent), fieldPresent
	}
	names := f.names()
	if len(names) > present {
		return nil, cat.F(catalog.SetupErrNames, len(names), present), fieldNames
	}
	fac, ok := f.number(fieldFacilitator)
	if !ok || fac < 1 || fac > present {
		return nil, cat.F(catalog.SetupErrFacilitator, present), fieldFacilitator
	}
	sent, ok := f.number(fieldSentWord)
	if !ok || sent < 0 || sent > session.MaxSentWord {
		return nil, cat.F(catalog.SetupErrSentWord, session.MaxSentWord), fieldSentWord
	}
	cfg := session.NewConfig(time.Duration(length)*time.Minute, present)
	cfg.Facilitator, cfg.SentWord, cfg.Format = fac, sent, f.format
	if g := f.group; g != nil {
		// The group's own defaults, where it set them.
		d := g.Defaults
		if d.BreakMinutes > 0 || d.LengthMinutes > 0 {
			cfg.Break = time.Duration(d.BreakMinutes) * time.Minute
		}
		if d.CheckInSeconds > 0 {
			cfg.CheckIn = time.Duration(d.CheckInSeconds) * time.Second
		}
		if d.ReactionSeconds > 0 {
			cfg.Reaction = time.Duration(d.ReactionSeconds) * time.Second
		}
		if d.RotateStart && f.format == session.FormatPlain {
			cfg.Start, cfg.Reverse = session.Rotation(f.held, present)
		}
	}
	if err := cfg.Validate(); err != nil {
		// The checks above mirror the engine's; this is a guard.
		return nil, cat.T(catalog.SetupErrLength), fieldLength
	}
	return &meetingStart{cfg: cfg, names: names, group: f.group}, "", 0
}

// preview is the plan the form would start, for the line under it.
func (f *setupForm) preview() (session.Status, bool) {
	start, _, _ := f.validate()
	if start == nil {
		return session.Status{}, false
	}
	// The plan depends on the configuration alone, so any instant will
	// do; a view reads no clock.
	var m session.Meeting
	now := time.Unix(0, 0)
	if err := m.Apply(session.Begin(now, start.cfg)); err != nil {
		return session.Status{}, false
	}
	return m.Status(now), true
}

// newInput is a one-line text field. Its cursor does not blink: a blinking
// one would wake the program twice a second for nothing.
func newInput(prompt string, width, limit int, placeholder string) textinput.Model {
	ti := textinput.New()
	ti.Prompt = prompt
	ti.Width = width
	ti.CharLimit = limit
	ti.Placeholder = placeholder
	ti.Cursor.SetMode(cursor.CursorStatic)
	return ti
}

// typeInto hands a key to a text field. Text that arrives in one piece
// (typed fast, or pasted) comes as one message of several runes, and
// bubbletea names it by its text: "end" or "home" would then match the
// field's End and Home keys and be lost. Such text is typed rune by rune.
func typeInto(ti textinput.Model, msg tea.KeyMsg) (textinput.Model, tea.Cmd) {
	if msg.Type != tea.KeyRunes || len(msg.Runes) < 2 {
		return ti.Update(msg)
	}
	var cmds []tea.Cmd
	for _, r := range msg.Runes {
		var cmd tea.Cmd
		ti, cmd = ti.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
		cmds = append(cmds, cmd)
	}
	return ti, tea.Batch(cmds...)
}
