package ui

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"circle/rules"
	"circle/session"
	"circle/store"
	"circle/ui/catalog"
)

// Groups: several groups share one laptop and one data file. Each has a
// name it picked, its ground rules in its own words, its own prompts and
// its meeting defaults. The home screen lists them; the editor makes,
// renames and deletes them and edits what they agreed.

// groupRow is a group on the home screen.
type groupRow struct {
	g        store.Group
	meetings int
}

// loadGroups reads the groups and how many meetings each has.
func (m *Model) loadGroups() {
	m.groups = nil
	if m.store == nil {
		return
	}
	gs, err := m.store.Groups()
	if err != nil {
		m.err = err
		return
	}
	for _, g := range gs {
		n, _ := m.store.GroupMeetings(g.ID)
		m.groups = append(m.groups, groupRow{g: g, meetings: n})
	}
	m.gcur = min(max(0, m.gcur), max(0, len(m.groups)-1))
}

// selected is the group under the pointer on the home screen, if any.
func (m *Model) selected() *store.Group {
	if m.gcur < len(m.groups) {
		return &m.groups[m.gcur].g
	}
	return nil
}

type editorMode int

const (
	editName       editorMode = iota // the group's name
	editRules                        // the rules list
	editRuleText                     // one rule's words
	editPrompts                      // the group's own prompts
	editPromptText                   // one prompt's words
	editPromptUse                    // where a new prompt fits
	editSettings                     // meeting defaults
	askDelete                        // delete the group and its meetings?
	askReset                         // back to the default rules?
	askRemove                        // remove the rule or prompt?
)

// groupEditor makes or changes one group.
type groupEditor struct {
	c        *common
	st       Store
	g        store.Group // the working copy
	creating bool        // a new group: nothing is saved until the rules are agreed
	mode     editorMode
	back     editorMode // where a question returns to
	input    textinput.Model
	cursor   int
	editing  int // the rule or prompt being written; -1 for a new one
	problem  string
	kept     string // for the home screen: what a delete left in the file
	count    int    // saved meetings a delete takes with it
	settings settingsForm
	done     bool // back to the home screen
}

func newGroupEditor(c *common, st Store, g *store.Group, mode editorMode) *groupEditor {
	e := &groupEditor{c: c, st: st, mode: mode, editing: -1}
	if g == nil {
		e.creating = true
		e.g = store.Group{Rules: defaultRuleTexts(c.cat)}
	} else {
		e.g = *g
		e.g.Rules = slices.Clone(g.Rules)
		e.g.Prompts = slices.Clone(g.Prompts)
	}
	switch mode {
	case editName:
		e.input = newInput("› ", 40, store.MaxGroupName, c.cat.T(catalog.GroupNamePlaceholder))
		e.input.SetValue(e.g.Name)
		e.input.Focus()
	case editSettings:
		e.settings = newSettingsForm(c, e.g.Defaults)
	case askDelete:
		e.count, _ = st.GroupMeetings(e.g.ID)
	}
	return e
}

// defaultRuleTexts are circle's default rules in the screen's language: a
// new group starts from them and makes them its own.
func defaultRuleTexts(cat *catalog.Catalog) []string {
	var texts []string
	for _, r := range rules.Defaults() {
		texts = append(texts, cat.T(catalog.Rule(r.ID)))
	}
	return texts
}

// save writes the working copy: a new group once its rules are agreed.
func (e *groupEditor) save() bool {
	var err error
	if e.creating {
		e.g.ID, err = e.st.CreateGroup(e.g)
		if err == nil {
			e.creating = false
		}
	} else {
		err = e.st.UpdateGroup(e.g)
	}
	e.problem = groupProblem(e.c.cat, err)
	return err == nil
}

// groupProblem says in words why the store refused a group.
func groupProblem(cat *catalog.Catalog, err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, store.ErrGroupExists):
		return cat.T(catalog.GroupErrExists)
	case errors.Is(err, store.ErrGroupName):
		return cat.T(catalog.GroupErrName)
	case errors.Is(err, store.ErrGroupRules):
		return cat.T(catalog.GroupErrRules)
	case errors.Is(err, store.ErrGroupDefaults):
		return cat.T(catalog.GroupErrDefaults)
	}
	return cat.F(catalog.GroupErrSave, failureText(cat, err))
}

var _ = runeLen

func (e *groupEditor) editText(mode editorMode, text string, limit int) {
	e.mode = mode
	e.input = newInput("› ", 60, limit, "")
	e.input.SetValue(text)
	e.input.Focus()
}

// key handles a key of the editor.
func (e *groupEditor) key(msg tea.KeyMsg) tea.Cmd {
	k := e.c.keys
	switch e.mode {
	case editName, editRuleText, editPromptText:
		return e.textKey(msg)
	case editSettings:
		if msg.Type == tea.KeyEsc {
			e.done = true
			return nil
		}
		d, problem, cmd := e.settings.update(msg)
		if d != nil {
			e.g.Defaults = *d
			e.done = e.save()
		}
		if problem != "" {
			e.problem = problem
		}
		return cmd
	case editPromptUse:
		if n := digit(msg); n >= 1 && n <= 4 {
			e.g.Prompts = append(e.g.Prompts, store.Prompt{
				ID: nextPromptID(e.g.Prompts), Text: e.input.Value(), Uses: uint8(1) << (n - 1),
			})
			if !e.save() {
				e.g.Prompts = e.g.Prompts[:len(e.g.Prompts)-1]
			}
		}
		e.mode = editPrompts
		return nil
	case askDelete, askReset, askRemove:
		yes := key.Matches(msg, k.Yes)
		mode := e.mode
		e.mode = e.back
		if !yes {
			// A delete is asked from the home screen: no goes back there.
			e.done = mode == askDelete
			return nil
		}
		switch mode {
		case askDelete:
			_, err := e.st.DeleteGroup(e.g.ID)
			switch {
			case errors.Is(err, store.ErrScrub):
				// Deleted, but not wiped from the file: say so.
				e.kept = e.c.cat.F(catalog.GroupDeletedKept, failureText(e.c.cat, err))
			case err != nil:
				e.problem = groupProblem(e.c.cat, err)
				return nil
			}
			e.done = true
		case askReset:
			e.g.Rules = defaultRuleTexts(e.c.cat)
			e.autosave()
		case askRemove:
			if e.back == editPrompts {
				e.g.Prompts = slices.Delete(e.g.Prompts, e.cursor, e.cursor+1)
			} else {
				e.g.Rules = slices.Delete(e.g.Rules, e.cursor, e.cursor+1)
			}
			e.cursor = max(0, min(e.cursor, e.listLen()-1))
			e.autosave()
		}
		return nil
	}

	// The lists: rules or prompts.
	n := e.listLen()
	switch {
	case msg.Type == tea.KeyEsc:
		e.done = true
	case key.Matches(msg, k.Up):
		e.cursor = max(0, e.cursor-1)
	case key.Matches(msg, k.Down):
		e.cursor = max(0, min(n-1, e.cursor+1))
	case msg.String() == "a":
		e.editing = -1
		e.editText(e.mode+1, "", store.MaxRuleLen)
	case msg.String() == "e" && n > 0:
		e.editing = e.cursor
		if e.mode == editRules {
			e.editText(editRuleText, e.g.Rules[e.cursor], store.MaxRuleLen)
		} else {
			e.editText(editPromptText, e.g.Prompts[e.cursor].Text, store.MaxRuleLen)
		}
	case msg.String() == "d" && n > 0:
		e.back, e.mode = e.mode, askRemove
	case (msg.String() == "K" || msg.String() == "shift+up") && e.mode == editRules && e.cursor > 0:
		e.g.Rules[e.cursor-1], e.g.Rules[e.cursor] = e.g.Rules[e.cursor], e.g.Rules[e.cursor-1]
		e.cursor--
		e.autosave()
	case (msg.String() == "J" || msg.String() == "shift+down") && e.mode == editRules && e.cursor < n-1:
		e.g.Rules[e.cursor+1], e.g.Rules[e.cursor] = e.g.Rules[e.cursor], e.g.Rules[e.cursor+1]
		e.cursor++
		e.autosave()
	case msg.String() == "x" && e.mode == editRules:
		e.back, e.mode = e.mode, askReset
	case msg.String() == "o" && e.mode == editRules && !e.creating:
		e.mode, e.cursor = editPrompts, 0
	case msg.String() == "o" && e.mode == editPrompts:
		e.mode, e.cursor = editRules, 0
	case msg.Type == tea.KeyEnter && e.mode == editRules && e.creating:
		// The group agrees its rules: now it exists.
		e.done = e.save()
	}
	return nil
}

// autosave keeps an existing group's change at once; a new group is saved
// when its rules are agreed.
func (e *groupEditor) autosave() {
	if !e.creating {
		e.save()
	}
}

func (e *groupEditor) listLen() int {
	if e.mode == editPrompts {
		return len(e.g.Prompts)
	}
	return len(e.g.Rules)
}

func (e *groupEditor) textKey(msg tea.KeyMsg) tea.Cmd {
	switch msg.Type {
	case tea.KeyEsc:
		if e.mode == editName {
			e.done = true
		} else {
			e.mode--
		}
		e.problem = ""
		return nil
	case tea.KeyEnter:
		text := strings.Join(strings.Fields(e.input.Value()), " ")
		switch e.mode {
		case editName:
			if text == "" {
				e.problem = e.c.cat.T(catalog.GroupErrName)
				return nil
			}
			e.g.Name = text
			if e.creating {
				// The first meeting of a new group: agree the rules.
				e.mode, e.problem = editRules, ""
				return nil
			}
			e.done = e.save()
		case editRuleText:
			if text == "" {
				e.mode = editRules
				return nil
			}
			old := slices.Clone(e.g.Rules)
			if e.editing < 0 {
				at := min(len(e.g.Rules), e.cursor+1)
				if len(e.g.Rules) == 0 {
					at = 0
				}
				e.g.Rules = slices.Insert(e.g.Rules, at, text)
				e.cursor = at
			} else {
				e.g.Rules[e.editing] = text
			}
			if len(e.g.Rules) > store.MaxRules {
				e.g.Rules, e.problem = old, e.c.cat.T(catalog.GroupErrRules)
			} else if !e.creating && !e.save() {
				e.g.Rules = old
			}
			e.mode = editRules
		case editPromptText:
			if text == "" {
				e.mode = editPrompts
				return nil
			}
			if e.editing >= 0 {
				old := e.g.Prompts[e.editing].Text
				e.g.Prompts[e.editing].Text = text
				if !e.save() {
					e.g.Prompts[e.editing].Text = old
				}
				e.mode = editPrompts
				return nil
			}
			e.input.SetValue(text)
			e.mode = editPromptUse
		}
		return nil
	}
	var cmd tea.Cmd
	e.input, cmd = typeInto(e.input, msg)
	return cmd
}

// nextPromptID is the next free own-N id.
func nextPromptID(ps []store.Prompt) string {
	n := 0
	for _, p := range ps {
		if v, err := strconv.Atoi(strings.TrimPrefix(p.ID, "own-")); err == nil {
			n = max(n, v)
		}
	}
	return "own-" + strconv.Itoa(n+1)
}

func digit(msg tea.KeyMsg) int {
	s := msg.String()
	if len(s) == 1 && s[0] >= '0' && s[0] <= '9' {
		return int(s[0] - '0')
	}
	return -1
}

// meetingContent is what a meeting takes from its group: the rules with
// ids for the log and texts for the screen, and the group's own prompts.
// Without a group it is circle's defaults. A rule whose words are a
// default rule's keeps that rule's id; the group's own words are "own-N".
func meetingContent(cat *catalog.Catalog, g *store.Group) (ids, texts []string, own map[string]string) {
	if g == nil {
		for _, r := range rules.Defaults() {
			ids = append(ids, r.ID)
			texts = append(texts, cat.T(catalog.Rule(r.ID)))
		}
		return ids, texts, nil
	}
	byText := map[string]string{}
	for _, r := range rules.Defaults() {
		byText[cat.T(catalog.Rule(r.ID))] = r.ID
	}
	for i, t := range g.Rules {
		id, ok := byText[t]
		if !ok {
			id = "own-" + strconv.Itoa(i+1)
		}
		ids = append(ids, id)
		texts = append(texts, t)
	}
	own = map[string]string{}
	for _, p := range g.Prompts {
		own[p.ID] = p.Text
	}
	return ids, texts, own
}

// pickPromptsFor chooses the meeting's prompts from circle's library and the
// group's own: a different one each meeting, and never a check-in prompt
// the group met in its last five meetings (recent), while another is left.
func pickPromptsFor(g *store.Group, held int, recent []string) (checkin, reaction, checkout rules.Prompt) {
	pick := func(u rules.Use, avoid []string) rules.Prompt {
		cands := rules.For(u)
		if g != nil {
			for _, p := range g.Prompts {
				if rules.Use(p.Uses)&u != 0 {
					cands = append(cands, rules.Prompt{ID: p.ID, Uses: rules.Use(p.Uses)})
				}
			}
		}
		if len(cands) == 0 {
			return rules.Prompt{}
		}
		for i := range cands {
			c := cands[(held+i)%len(cands)]
			if !slices.Contains(avoid, c.ID) {
				return c
			}
		}
		return cands[held%len(cands)]
	}
	return pick(rules.UseCheckIn, recent), pick(rules.UseReaction, nil), pick(rules.UseCheckOut, nil)
}

// settingsForm edits a group's meeting defaults.
type settingsForm struct {
	c      *common
	inputs [4]textinput.Model // length, break, check-in, reaction
	format session.Format
	bell   bool
	rotate bool
	focus  int // 0-3 the inputs, 4 format, 5 bell, 6 rotate
}

var settingsLabels = [7]catalog.Key{
	catalog.SetupLength, catalog.SettingsBreak, catalog.SettingsCheckIn, catalog.SettingsReaction,
	catalog.SetupFormat, catalog.SettingsBell, catalog.SettingsRotate,
}

func newSettingsForm(c *common, d store.Defaults) settingsForm {
	f := settingsForm{c: c, bell: d.Bell, rotate: d.RotateStart}
	def := session.NewConfig(session.MaxLength, 6)
	values := [4]int{d.LengthMinutes, d.BreakMinutes, d.CheckInSeconds, d.ReactionSeconds}
	fallback := [4]int{120, int(def.Break.Minutes()), int(def.CheckIn.Seconds()), int(def.Reaction.Seconds())}
	// A group that never set its defaults starts from circle's, the
	// planned break included; once set, a break of 0 means none.
	unset := d == store.Defaults{}
	for i := range f.inputs {
		v := values[i]
		if v == 0 && (i != 1 || unset) {
			v = fallback[i]
		}
		f.inputs[i] = newInput("", 6, 3, "")
		f.inputs[i].SetValue(strconv.Itoa(v))
	}
	f.format = formatByName(d.Format)
	f.inputs[0].Focus()
	return f
}

func formatByName(name string) session.Format {
	for _, ft := range []session.Format{session.FormatPlain, session.FormatOpen} {
		if ft.String() == name {
			return ft
		}
	}
	return session.FormatCircle
}

// update handles a key; on enter it returns the defaults, or what is wrong.
func (f *settingsForm) update(msg tea.KeyMsg) (*store.Defaults, string, tea.Cmd) {
	k := f.c.keys
	switch {
	case msg.Type == tea.KeyEnter:
		var v [4]int
		for i := range f.inputs {
			n, err := strconv.Atoi(strings.TrimSpace(f.inputs[i].Value()))
			if err != nil {
				f.focus = i
				return nil, f.c.cat.T(catalog.GroupErrDefaults), nil
			}
			v[i] = n
		}
		return &store.Defaults{
			LengthMinutes: v[0], BreakMinutes: v[1], CheckInSeconds: v[2], ReactionSeconds: v[3],
			Format: f.format.String(), Bell: f.bell, RotateStart: f.rotate,
		}, "", nil
	case key.Matches(msg, k.NextField):
		f.focus = (f.focus + 1) % 7
	case key.Matches(msg, k.PrevField):
		f.focus = (f.focus + 6) % 7
	case f.focus == 4 && (key.Matches(msg, k.Toggle) || msg.String() == " "):
		f.format = (f.format + 1) % 3
	case f.focus == 5 && (key.Matches(msg, k.Toggle) || msg.String() == " "):
		f.bell = !f.bell
	case f.focus == 6 && (key.Matches(msg, k.Toggle) || msg.String() == " "):
		f.rotate = !f.rotate
	case f.focus < 4:
		var cmd tea.Cmd
		f.inputs[f.focus], cmd = typeInto(f.inputs[f.focus], msg)
		return nil, "", cmd
	}
	for i := range f.inputs {
		if i == f.focus {
			f.inputs[i].Focus()
		} else {
			f.inputs[i].Blur()
		}
	}
	return nil, "", nil
}

// runeLen counts characters as the store does.
func runeLen(s string) int { return utf8.RuneCountInString(s) }
