package group

import (
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"circle/session"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/components"
)

// settings is the form of a group's meeting defaults: four numbers, then
// the format, the bell, taking turns to start, and the room's three:
// the calm warning, the check-in round, the offer of another round.
type settings struct {
	inputs  [4]textinput.Model // length, break, check-in, reaction
	format  session.Format
	bell    bool
	rotate  bool
	warn    bool
	checkIn bool
	again   bool
	keep    textinput.Model // months the meetings are kept, 0 for all
	focus   int             // 0-3 the inputs, then the fields below
}

const (
	fieldFormat  = 4
	fieldBell    = 5
	fieldRotate  = 6
	fieldWarn    = 7
	fieldCheckIn = 8
	fieldAgain   = 9
	fieldKeep    = 10
	fieldCount   = 11
)

var settingsLabels = [fieldCount]catalog.Key{
	catalog.SetupLength, catalog.SettingsBreak, catalog.SettingsCheckIn, catalog.SettingsReaction,
	catalog.SetupFormat, catalog.SettingsBell, catalog.SettingsRotate,
	catalog.SettingsWarn, catalog.SettingsCheckInRound, catalog.SettingsAgain,
	catalog.SettingsKeep,
}

// input is the text field of field i, nil for a choice.
func (f *settings) input(i int) *textinput.Model {
	switch {
	case i >= 0 && i < len(f.inputs):
		return &f.inputs[i]
	case i == fieldKeep:
		return &f.keep
	}
	return nil
}

// The bounds a typed number must keep, as the store checks them: a wrong
// value is refused when typed, in the line mode, not only when saved.
var settingsBounds = [4][2]int{
	{int(session.MinLength / time.Minute), int(session.MaxLength / time.Minute)},
	{0, 30},
	{10, 600},
	{10, 600},
}

var formatNames = [...]catalog.Key{
	session.FormatCircle: catalog.FormatCircle,
	session.FormatPlain:  catalog.FormatPlain,
	session.FormatOpen:   catalog.FormatOpen,
}

func newSettings(d store.Defaults, keepMonths int) settings {
	f := settings{bell: d.Bell, rotate: d.RotateStart, warn: !d.NoWarning, checkIn: !d.NoCheckIn, again: !d.NoAgain}
	f.keep = components.NewInput("", 6, 3, "")
	f.keep.SetValue(strconv.Itoa(keepMonths))
	def := session.NewConfig(session.MaxLength, 6)
	values := [4]int{d.LengthMinutes, d.BreakMinutes, d.CheckInSeconds, d.ReactionSeconds}
	fallback := [4]int{int(session.MaxLength / time.Minute), int(def.Break / time.Minute),
		int(def.CheckIn / time.Second), int(def.Reaction / time.Second)}
	// A group that never set its defaults starts from circle's, the
	// planned break included; once set, a break of 0 means none.
	unset := d == store.Defaults{}
	for i := range f.inputs {
		v := values[i]
		if v == 0 && (i != 1 || unset) {
			v = fallback[i]
		}
		f.inputs[i] = components.NewInput("", 6, 3, "")
		f.inputs[i].SetValue(strconv.Itoa(v))
	}
	f.format = session.FormatCircle
	for _, ft := range []session.Format{session.FormatPlain, session.FormatOpen} {
		if ft.String() == d.Format {
			f.format = ft
		}
	}
	f.inputs[0].Focus()
	return f
}

// defaults reads the form, and the months to keep the meetings; on a
// value that is not a number it returns the field to look at.
func (f *settings) defaults() (store.Defaults, int, int) {
	var v [4]int
	for i := range f.inputs {
		n, err := strconv.Atoi(strings.TrimSpace(f.inputs[i].Value()))
		if err != nil {
			return store.Defaults{}, 0, i
		}
		v[i] = n
	}
	keep, err := strconv.Atoi(strings.TrimSpace(f.keep.Value()))
	if err != nil || keep < 0 || keep > store.MaxKeepMonths {
		return store.Defaults{}, 0, fieldKeep
	}
	return store.Defaults{
		LengthMinutes: v[0], BreakMinutes: v[1], CheckInSeconds: v[2], ReactionSeconds: v[3],
		Format: f.format.String(), Bell: f.bell, RotateStart: f.rotate,
		NoWarning: !f.warn, NoCheckIn: !f.checkIn, NoAgain: !f.again,
	}, keep, -1
}

func (f *settings) setFocus(i int) {
	f.focus = i
	for j := range fieldCount {
		if in := f.input(j); in != nil && j == i {
			in.Focus()
		} else if in != nil {
			in.Blur()
		}
	}
}

// change turns a choice on to its next value (back for ←).
func (f *settings) change(field int, back bool) {
	switch field {
	case fieldFormat:
		step := session.Format(1)
		if back {
			step = 2
		}
		f.format = (f.format + step) % 3
	case fieldBell:
		f.bell = !f.bell
	case fieldRotate:
		f.rotate = !f.rotate
	case fieldWarn:
		f.warn = !f.warn
	case fieldCheckIn:
		f.checkIn = !f.checkIn
	case fieldAgain:
		f.again = !f.again
	}
}

func (f *settings) value(cat *catalog.Catalog, field int) string {
	onOff := func(v bool) string {
		if v {
			return cat.T(catalog.On)
		}
		return cat.T(catalog.Off)
	}
	switch field {
	case fieldFormat:
		return cat.T(formatNames[f.format])
	case fieldBell:
		return onOff(f.bell)
	case fieldRotate:
		return onOff(f.rotate)
	case fieldWarn:
		return onOff(f.warn)
	case fieldCheckIn:
		return onOff(f.checkIn)
	case fieldAgain:
		return onOff(f.again)
	}
	return f.input(field).Value()
}

// settingsKey handles a key of the form.
func (p *Page) settingsKey(msg tea.KeyMsg) tea.Cmd {
	k, f := p.c.Keys, &p.settings
	switch {
	case msg.Type == tea.KeyEsc:
		return p.home()
	case msg.Type == tea.KeyEnter:
		return p.saveSettings()
	case key.Matches(msg, k.NextField):
		f.setFocus((f.focus + 1) % fieldCount)
	case key.Matches(msg, k.PrevField):
		f.setFocus((f.focus + fieldCount - 1) % fieldCount)
	case key.Matches(msg, k.Help):
		// A number is never a ?: the help shows in every field.
		p.c.FullHelp = !p.c.FullHelp
	case f.input(f.focus) != nil:
		in := f.input(f.focus)
		*in, _ = components.TypeInto(*in, msg)
	case key.Matches(msg, k.Toggle) || msg.String() == " ":
		f.change(f.focus, msg.Type == tea.KeyLeft)
	}
	return nil
}

// saveSettings keeps the form as the group's defaults and goes home; a
// value out of range is said, and the form stays.
func (p *Page) saveSettings() tea.Cmd {
	f := &p.settings
	d, keep, bad := f.defaults()
	if bad >= 0 {
		f.setFocus(bad)
		p.problem = p.c.Cat.T(catalog.GroupErrDefaults)
		return nil
	}
	old, oldKeep := p.g.Defaults, p.g.KeepMonths
	p.g.Defaults, p.g.KeepMonths = d, keep
	if !p.save() {
		p.g.Defaults, p.g.KeepMonths = old, oldKeep
		return nil
	}
	return p.home()
}

// setField takes a typed value for field i (from 0), as the line mode's
// "2 15": a number is checked at once against its bounds; a choice takes
// no value and turns to its next.
func (p *Page) setField(i int, value string) {
	f := &p.settings
	p.problem = ""
	in := f.input(i)
	if in == nil {
		f.change(i, false)
		return
	}
	lo, hi := 0, store.MaxKeepMonths
	if i < len(settingsBounds) {
		lo, hi = settingsBounds[i][0], settingsBounds[i][1]
	}
	n, err := strconv.Atoi(value)
	if err != nil || n < lo || n > hi {
		p.problem = p.c.Cat.T(catalog.GroupErrDefaults)
		return
	}
	in.SetValue(strconv.Itoa(n))
}

// settingsRows are the form's rows for components.Form, hints included
// when asked for.
func (p *Page) settingsRows(hints bool) []components.Row {
	cat, f := p.c.Cat, &p.settings
	rows := make([]components.Row, fieldCount)
	for i, lk := range settingsLabels {
		rows[i].Label = cat.T(lk)
		if in := f.input(i); in != nil {
			rows[i].Input = in
		} else {
			rows[i].Value = f.value(cat, i)
		}
	}
	if hints {
		rows[0].Hint = cat.T(catalog.SetupLengthHint)
		rows[fieldFormat].Hint = cat.T(catalog.SetupFormatHint)
		rows[fieldWarn].Hint = cat.T(catalog.SettingsWarnHint)
		rows[fieldKeep].Hint = cat.T(catalog.SettingsKeepHint)
	}
	return rows
}

func (p *Page) settingsBindings() []key.Binding {
	k := p.c.Keys
	b := []key.Binding{p.keys.save, k.NextField}
	if p.settings.input(p.settings.focus) == nil {
		b = append(b, k.Toggle)
	}
	return append(b, k.Back)
}
