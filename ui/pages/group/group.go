// Package group is the group editor: it makes a group (its name, then the
// ground rules it agrees at its first meeting), renames one, edits its
// rules and its own prompts, sets its meeting defaults, and deletes it with
// its saved meetings. It writes only the group it was opened on, and the
// delete, which rewrites the data file, runs in a tea.Cmd, never in Update.
package group

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"circle/rules"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// mode is what the editor shows.
type mode int

const (
	modeName       mode = iota // the group's name
	modeRules                  // the rules list (agreed, for a new group)
	modeRuleText               // one rule's words
	modePrompts                // the group's own prompts
	modePromptText             // one prompt's words
	modePromptUse              // where a new prompt fits
	modeSettings               // the meeting defaults
	modeAsk                    // a question: see ask
	modeDeleting               // the delete is running
)

// ask is the question on screen in modeAsk.
type ask int

const (
	askDelete ask = iota
	askReset
	askRemoveRule
	askRemovePrompt
)

// Page is the group editor.
type Page struct {
	c        *common.Context
	g        store.Group // the working copy
	creating bool        // a new group: nothing is saved until its rules are agreed
	mode     mode
	back     mode // where a question returns to
	ask      ask
	input    textinput.Model
	cursor   int
	editing  int // the rule or prompt being written; -1 for a new one
	problem  string
	count    int // the saved meetings a delete takes with it
	settings settings
	keys     keys
}

// keys are the editor's own letters.
type keys struct {
	add, edit, remove, move, reset, own, rulesList, agree, save, ok key.Binding
	uses                                                            [4]key.Binding
}

func newKeys(c *common.Context) keys {
	cat := c.Cat
	b := func(k string, desc catalog.Key) key.Binding {
		return key.NewBinding(key.WithKeys(k), key.WithHelp(k, cat.T(desc)))
	}
	ks := keys{
		add:       b("a", catalog.HelpAdd),
		edit:      b("e", catalog.HelpEdit),
		remove:    b("d", catalog.HelpRemove),
		move:      key.NewBinding(key.WithKeys("K", "J", "shift+up", "shift+down"), key.WithHelp("K/J", cat.T(catalog.HelpMove))),
		reset:     b("x", catalog.HelpDefaults),
		own:       b("o", catalog.HelpOwnPrompts),
		rulesList: b("o", catalog.HelpRulesList),
		agree:     common.WithHelp(c.Keys.Next, cat.T(catalog.HelpAgree)),
		save:      common.WithHelp(c.Keys.Next, cat.T(catalog.HelpSave)),
		ok:        common.WithHelp(c.Keys.Next, cat.T(catalog.HelpOK)),
	}
	for i, k := range []catalog.Key{catalog.UseCheckIn, catalog.UseReaction, catalog.UseCheckOut, catalog.UseSolo} {
		n := strconv.Itoa(i + 1)
		ks.uses[i] = key.NewBinding(key.WithKeys(n), key.WithHelp(n, cat.T(k)))
	}
	return ks
}

// deletedMsg is the end of the delete.
type deletedMsg struct{ err error }

// New opens the editor on g at step; g nil makes a new group, starting
// from its name.
func New(c *common.Context, g *store.Group, step common.EditStep) *Page {
	p := &Page{c: c, editing: -1, keys: newKeys(c)}
	if g == nil {
		p.creating = true
		p.g = store.Group{Rules: DefaultRuleTexts(c.Cat)}
		step = common.EditName
	} else {
		p.g = *g
		p.g.Rules = slices.Clone(g.Rules)
		p.g.Prompts = slices.Clone(g.Prompts)
	}
	switch step {
	case common.EditName:
		p.mode = modeName
		p.editText(modeName, p.g.Name, store.MaxGroupName, c.Cat.T(catalog.GroupNamePlaceholder))
	case common.EditRules:
		p.mode = modeRules
	case common.EditSettings:
		p.mode = modeSettings
		p.settings = newSettings(p.g.Defaults, p.g.KeepMonths)
	case common.EditDelete:
		if c.Store != nil {
			p.count, _ = c.Store.GroupMeetings(p.g.ID)
		}
		p.mode, p.back, p.ask = modeAsk, modeAsk, askDelete
	}
	return p
}

// DefaultRuleTexts are circle's default rules in the catalog's language:
// a new group starts from them and makes them its own.
func DefaultRuleTexts(cat *catalog.Catalog) []string {
	var texts []string
	for _, r := range rules.Defaults() {
		texts = append(texts, cat.T(catalog.Rule(r.ID)))
	}
	return texts
}

func (p *Page) Init() tea.Cmd { return nil }

// home goes back to the home screen, pointing at the group.
func (p *Page) home() tea.Cmd { return common.Go(common.GoHome{Group: p.g.ID}) }

func (p *Page) editText(m mode, text string, limit int, placeholder string) {
	w, _ := p.c.Size()
	p.mode = m
	// The field stands three cells in, with no label: the width is the
	// screen's but for those, its prompt and the cursor.
	p.input = components.NewInput("› ", components.FieldWidth(w, 0, 10, 60), limit, placeholder)
	p.input.SetValue(text)
	p.input.Focus()
}

// typing reports whether a text field has the keys.
func (p *Page) typing() bool {
	switch p.mode {
	case modeName, modeRuleText, modePromptText:
		return true
	case modeSettings:
		return p.settings.input(p.settings.focus) != nil
	}
	return false
}

func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case deletedMsg:
		return p, p.deleted(msg.err)
	case common.LineMsg:
		return p, p.line(string(msg))
	case tea.KeyMsg:
		if msg.Type == tea.KeyCtrlC {
			return p, tea.Quit
		}
		if p.mode == modeDeleting {
			return p, nil
		}
		if !p.typing() && msg.Type == tea.KeyRunes {
			if msg.Paste {
				// Pasted text is no key press: a "y" pasted at a
				// question answers nothing.
				return p, nil
			}
			return p, p.presses(msg)
		}
		return p, p.key(msg)
	}
	return p, nil
}

// presses takes keys pressed fast, which arrive as one message: each is a
// key press of its own, until one opens a text field, which takes the
// rest at once.
func (p *Page) presses(msg tea.KeyMsg) tea.Cmd {
	var cmds []tea.Cmd
	for i, r := range msg.Runes {
		if p.typing() {
			rest := tea.KeyMsg{Type: tea.KeyRunes, Runes: msg.Runes[i:]}
			cmds = append(cmds, p.key(rest))
			break
		}
		cmd := p.key(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
		cmds = append(cmds, cmd)
		if cmd != nil || p.mode == modeDeleting {
			// The page is done: keys after it are not its own.
			break
		}
	}
	return tea.Batch(cmds...)
}

// key handles one key press.
func (p *Page) key(msg tea.KeyMsg) tea.Cmd {
	k := p.c.Keys
	switch p.mode {
	case modeName, modeRuleText, modePromptText:
		return p.textKey(msg)
	case modeSettings:
		return p.settingsKey(msg)
	case modeAsk:
		return p.answer(components.Yes(p.c, msg))
	case modePromptUse:
		if key.Matches(msg, k.Help) {
			// The key line offers ?: it shows the keys, and the question stays.
			p.c.FullHelp = !p.c.FullHelp
			return nil
		}
		n := -1
		if s := msg.String(); len(s) == 1 {
			n = int(s[0] - '0')
		}
		p.mode = modePrompts
		if n >= 1 && n <= 4 {
			p.g.Prompts = append(p.g.Prompts, store.Prompt{
				ID: nextPromptID(p.g.Prompts), Text: p.input.Value(), Uses: uint8(1) << (n - 1),
			})
			p.cursor = len(p.g.Prompts) - 1
			if !p.save() {
				p.g.Prompts = p.g.Prompts[:len(p.g.Prompts)-1]
				p.cursor = max(0, len(p.g.Prompts)-1)
			}
		}
		return nil
	}

	// The lists: rules or prompts.
	n := p.listLen()
	rulesList := p.mode == modeRules
	switch {
	case key.Matches(msg, p.c.Keys.Help):
		p.c.FullHelp = !p.c.FullHelp
	case msg.Type == tea.KeyEsc:
		if p.creating {
			// Back to the name: nothing is made until the rules are agreed.
			p.problem = ""
			p.editText(modeName, p.g.Name, store.MaxGroupName, p.c.Cat.T(catalog.GroupNamePlaceholder))
			return nil
		}
		return p.home()
	case key.Matches(msg, p.keys.move) && rulesList:
		to := p.cursor - 1
		if s := msg.String(); s == "J" || s == "shift+down" {
			to = p.cursor + 1
		}
		if to >= 0 && to < n {
			p.moveRule(p.cursor, to)
		}
	case key.Matches(msg, k.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(msg, k.Down):
		p.cursor = max(0, min(n-1, p.cursor+1))
	case key.Matches(msg, p.keys.add):
		p.editing = -1
		p.problem = ""
		if rulesList {
			p.editText(modeRuleText, "", store.MaxRuleLen, "")
		} else {
			p.editText(modePromptText, "", store.MaxPromptLen, "")
		}
	case key.Matches(msg, p.keys.edit) && n > 0:
		p.editing = p.cursor
		p.problem = ""
		if rulesList {
			p.editText(modeRuleText, p.g.Rules[p.cursor], store.MaxRuleLen, "")
		} else {
			p.editText(modePromptText, p.g.Prompts[p.cursor].Text, store.MaxPromptLen, "")
		}
	case key.Matches(msg, p.keys.remove) && n > 0:
		p.question(askRemoveRule)
		if !rulesList {
			p.ask = askRemovePrompt
		}
	case key.Matches(msg, p.keys.reset) && rulesList:
		p.question(askReset)
	case key.Matches(msg, p.keys.own) && rulesList && !p.creating:
		p.mode, p.cursor, p.problem = modePrompts, 0, ""
	case key.Matches(msg, p.keys.rulesList) && !rulesList:
		p.mode, p.cursor, p.problem = modeRules, 0, ""
	case msg.Type == tea.KeyEnter && rulesList && p.creating:
		return p.agree()
	}
	return nil
}

func (p *Page) question(a ask) {
	p.back, p.mode, p.ask = p.mode, modeAsk, a
	p.c.FullHelp = false
}

// answer acts on the answer to the question on screen: only yes acts.
func (p *Page) answer(yes bool) tea.Cmd {
	a := p.ask
	p.mode = p.back
	if !yes {
		if a == askDelete {
			// The delete is asked from the home screen: no goes back there.
			return p.home()
		}
		return nil
	}
	switch a {
	case askDelete:
		return p.delete()
	case askReset:
		old := p.g.Rules
		p.g.Rules = DefaultRuleTexts(p.c.Cat)
		p.cursor = 0
		if !p.autosave() {
			p.g.Rules = old
		}
	case askRemoveRule:
		old := slices.Clone(p.g.Rules)
		p.g.Rules = slices.Delete(p.g.Rules, p.cursor, p.cursor+1)
		if !p.autosave() {
			p.g.Rules = old
		}
		p.cursor = max(0, min(p.cursor, len(p.g.Rules)-1))
	case askRemovePrompt:
		old := slices.Clone(p.g.Prompts)
		p.g.Prompts = slices.Delete(p.g.Prompts, p.cursor, p.cursor+1)
		if !p.save() {
			p.g.Prompts = old
		}
		p.cursor = max(0, min(p.cursor, len(p.g.Prompts)-1))
	}
	return nil
}

// delete deletes the group and its meetings, in a command: it rewrites
// the data file.
func (p *Page) delete() tea.Cmd {
	st, id := p.c.Store, p.g.ID
	if st == nil {
		return common.Go(common.GoHome{Notice: p.groupProblem(common.ErrNoStore), Group: id})
	}
	p.mode = modeDeleting
	return func() tea.Msg {
		_, err := st.DeleteGroup(id)
		return deletedMsg{err}
	}
}

// deleted goes home once the delete is done. A file that could not be
// cleaned of the old pages afterwards still had the group deleted.
func (p *Page) deleted(err error) tea.Cmd {
	switch {
	case err == nil:
		return common.Go(common.GoHome{})
	case errors.Is(err, store.ErrScrub):
		// Deleted, but not wiped from the file: say so.
		return common.Go(common.GoHome{Notice: p.c.Cat.F(catalog.GroupDeletedKept, common.FailureText(p.c.Cat, err))})
	}
	return common.Go(common.GoHome{Notice: p.groupProblem(err), Group: p.g.ID})
}

func (p *Page) moveRule(from, to int) {
	r := p.g.Rules
	r[from], r[to] = r[to], r[from]
	p.cursor = to
	if !p.autosave() {
		r[from], r[to] = r[to], r[from]
		p.cursor = from
	}
}

// agree makes the new group with its rules as they stand.
func (p *Page) agree() tea.Cmd {
	if !p.save() {
		return nil
	}
	return p.home()
}

// save writes the working copy: a new group once its rules are agreed.
func (p *Page) save() bool {
	var err error
	switch {
	case p.c.Store == nil:
		err = common.ErrNoStore
	case p.creating:
		var id uint64
		if id, err = p.c.Store.CreateGroup(p.g); err == nil {
			p.g.ID, p.creating = id, false
		}
	default:
		err = p.c.Store.UpdateGroup(p.g)
	}
	p.problem = p.groupProblem(err)
	return err == nil
}

// autosave keeps an existing group's change at once; a new group is saved
// when its rules are agreed.
func (p *Page) autosave() bool {
	if p.creating {
		p.problem = ""
		return true
	}
	return p.save()
}

// groupProblem says in words why the store refused a group.
func (p *Page) groupProblem(err error) string {
	cat := p.c.Cat
	switch {
	case err == nil:
		return ""
	case errors.Is(err, store.ErrGroupExists):
		return cat.T(catalog.GroupErrExists)
	case errors.Is(err, store.ErrGroupName):
		return cat.T(catalog.GroupErrName)
	case errors.Is(err, store.ErrGroupRules):
		return cat.T(catalog.GroupErrRules)
	case errors.Is(err, store.ErrGroupPrompts):
		return cat.T(catalog.GroupErrPrompts)
	case errors.Is(err, store.ErrGroupDefaults):
		return cat.T(catalog.GroupErrDefaults)
	}
	return cat.F(catalog.GroupErrSave, common.FailureText(cat, err))
}

// listLen is the length of the list on screen; key asks it only in the
// rules and prompts lists.
func (p *Page) listLen() int {
	if p.mode == modePrompts {
		return len(p.g.Prompts)
	}
	return len(p.g.Rules)
}

// textKey handles a key while a text field has the focus.
func (p *Page) textKey(msg tea.KeyMsg) tea.Cmd {
	switch msg.Type {
	case tea.KeyEsc:
		p.problem = ""
		switch {
		case p.mode == modeName:
			return p.home()
		case p.mode == modeRuleText:
			p.mode = modeRules
		default:
			p.mode = modePrompts
		}
		return nil
	case tea.KeyEnter:
		return p.enter(strings.Join(strings.Fields(p.input.Value()), " "))
	}
	p.input, _ = components.TypeInto(p.input, msg)
	return nil
}

// enter takes the text field's words.
func (p *Page) enter(text string) tea.Cmd {
	switch p.mode {
	case modeName:
		return p.name(text)
	case modeRuleText:
		p.mode = modeRules
		if text != "" {
			p.putRule(p.editing, text)
		}
	case modePromptText:
		p.mode = modePrompts
		if text == "" {
			return nil
		}
		if p.editing >= 0 {
			old := p.g.Prompts[p.editing].Text
			p.g.Prompts[p.editing].Text = text
			if !p.save() {
				p.g.Prompts[p.editing].Text = old
			}
			return nil
		}
		if len(p.g.Prompts) >= store.MaxPrompts {
			p.problem = p.c.Cat.T(catalog.GroupErrPrompts)
			return nil
		}
		p.input.SetValue(text)
		p.mode = modePromptUse
	}
	return nil
}

// name takes the group's name: a new group goes on to agree its rules;
// an existing one is renamed.
func (p *Page) name(text string) tea.Cmd {
	if text == "" || len([]rune(text)) > store.MaxGroupName {
		p.problem = p.c.Cat.T(catalog.GroupErrName)
		return nil
	}
	if p.taken(text) {
		p.problem = p.c.Cat.T(catalog.GroupErrExists)
		return nil
	}
	old := p.g.Name
	p.g.Name = text
	if p.creating {
		// The first meeting of a new group: agree the rules.
		p.mode, p.problem, p.cursor = modeRules, "", 0
		return nil
	}
	if !p.save() {
		p.g.Name = old
		return nil
	}
	return p.home()
}

// taken reports whether another group has the name, in any case, as the
// store would refuse it: said at once, not after the rules are agreed.
func (p *Page) taken(name string) bool {
	if p.c.Store == nil {
		return false
	}
	gs, err := p.c.Store.Groups()
	if err != nil {
		return false
	}
	return slices.ContainsFunc(gs, func(g store.Group) bool {
		return g.ID != p.g.ID && strings.EqualFold(g.Name, name)
	})
}

// putRule writes rule i (-1: a new one after the pointer).
func (p *Page) putRule(i int, text string) {
	old := slices.Clone(p.g.Rules)
	if i < 0 {
		if len(p.g.Rules) >= store.MaxRules {
			p.problem = p.c.Cat.T(catalog.GroupErrRules)
			return
		}
		at := min(len(p.g.Rules), p.cursor+1)
		p.g.Rules = slices.Insert(p.g.Rules, at, text)
		p.cursor = at
	} else {
		p.g.Rules[i] = text
	}
	if !p.autosave() {
		p.g.Rules = old
		p.cursor = max(0, min(p.cursor, len(old)-1))
	}
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
