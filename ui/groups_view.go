package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"

	"circle/rules"
	"circle/session"
	"circle/ui/catalog"
)

// groupLines list the groups on the home screen, the pointer on one.
func (m *Model) groupLines(w int) []string {
	c := m.c
	cat := c.cat
	if m.store == nil {
		return nil
	}
	if len(m.groups) == 0 {
		var lines []string
		for _, l := range wrap(cat.T(catalog.HomeNoGroup), min(w, 70), "") {
			lines = append(lines, center(c.st.label.Render(l), w))
		}
		return lines
	}
	nameW := 0
	for _, r := range m.groups {
		nameW = max(nameW, min(40, len([]rune(r.g.Name))))
	}
	blockW := 2 + nameW + 3 + 18
	pad := strings.Repeat(" ", max(1, (w-blockW)/2))
	lines := []string{pad + c.st.title.Render(cat.T(catalog.HomeGroups))}
	for i, r := range m.groups {
		count := cat.N(catalog.GroupMeetingCount, r.meetings)
		name := padRight(r.g.Name, nameW)
		if i == m.gcur {
			lines = append(lines, pad+c.st.selected.Render("› "+name)+"   "+c.st.muted.Render(count))
		} else {
			lines = append(lines, pad+"  "+name+"   "+c.st.muted.Render(count))
		}
	}
	return lines
}

// homeBindings are the home screen's keys.
func (m *Model) homeBindings() []key.Binding {
	k, cat := m.c.keys, m.c.cat
	b := func(keys, help string, desc catalog.Key) key.Binding {
		return key.NewBinding(key.WithKeys(keys), key.WithHelp(help, cat.T(desc)))
	}
	if m.store == nil {
		return []key.Binding{k.Start, k.Quit}
	}
	if len(m.groups) == 0 {
		return []key.Binding{withHelp(k.Start, cat.T(catalog.HelpNewGroup)), k.Quit}
	}
	return []key.Binding{
		k.Start, b("g", "g", catalog.HelpNewGroup), b("e", "e", catalog.HelpGroupRules),
		b("s", "s", catalog.HelpGroupSettings), b("R", "R", catalog.HelpRename),
		b("d", "d", catalog.HelpDeleteGroup), k.Quit,
	}
}

// editorView draws the group editor.
func (m *Model) editorView() string {
	c, e := m.c, m.editor
	cat := c.cat
	title := cat.T(catalog.GroupNew)
	if !e.creating {
		title = cat.F(catalog.GroupEdit, e.g.Name)
	}
	p := c.newPage(title)
	w := p.w
	add := func(text string, style func(...string) string) {
		for _, l := range wrap(text, w, "   ") {
			p.add(style(l))
		}
	}
	plain := func(s ...string) string { return strings.Join(s, "") }
	b := func(keys, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys), key.WithHelp(keys, desc))
	}
	var bindings, more []key.Binding
	p.add("")
	switch e.mode {
	case editName:
		add(cat.T(catalog.GroupNameAsk), c.st.label.Render)
		p.add("   " + e.input.View())
		bindings = []key.Binding{withHelp(c.keys.Next, cat.T(catalog.HelpOK)), c.keys.Back}
	case editSettings:
		e.settingsLines(p)
		bindings = []key.Binding{withHelp(c.keys.Next, cat.T(catalog.HelpSave)), c.keys.NextField, c.keys.Back}
	case editPrompts, editPromptText, editPromptUse:
		add(cat.F(catalog.GroupPromptsHeading, e.g.Name), c.st.label.Render)
		p.add("")
		if len(e.g.Prompts) == 0 {
			add(cat.T(catalog.GroupNoPrompts), c.st.muted.Render)
		}
		for i, pr := range e.g.Prompts {
			line := strconv.Itoa(i+1) + ". " + pr.Text + "  (" + usesText(cat, pr.Uses) + ")"
			p.add(e.pointer(i) + line)
		}
		bindings = []key.Binding{b("a", cat.T(catalog.HelpAdd)), b("e", cat.T(catalog.HelpEdit)),
			b("d", cat.T(catalog.HelpRemove)), b("o", cat.T(catalog.HelpRulesList)), c.keys.Back}
	default:
		if e.creating {
			add(cat.T(catalog.GroupAgreeHeading), c.st.label.Render)
			add(cat.T(catalog.Cue(rules.CueFirstMeeting)), plain)
		} else {
			add(cat.F(catalog.GroupRulesHeading, e.g.Name), c.st.label.Render)
		}
		p.add("")
		var list []string
		at := 0
		for i, r := range e.g.Rules {
			num := strconv.Itoa(i+1) + ". "
			lines := wrap(r, w-3-len(num), strings.Repeat(" ", 3+len(num)))
			lines[0] = e.pointer(i) + num + strings.TrimLeft(lines[0], " ")
			if i == e.cursor {
				at = len(list)
			}
			list = append(list, lines...)
		}
		// Around the pointer when the list is longer than the screen.
		if room := p.h - len(p.head) - len(p.body) - 4; len(list) > room && room > 0 {
			from := min(max(0, at-room/3), len(list)-room)
			list = list[from : from+room]
		}
		p.add(list...)
		bindings = []key.Binding{b("a", cat.T(catalog.HelpAdd)), b("e", cat.T(catalog.HelpEdit)),
			b("d", cat.T(catalog.HelpRemove)), b("K/J", cat.T(catalog.HelpMove))}
		if e.creating {
			bindings = append(bindings, withHelp(c.keys.Next, cat.T(catalog.HelpAgree)))
		} else {
			bindings = append(bindings, b("o", cat.T(catalog.HelpOwnPrompts)))
		}
		more = []key.Binding{b("x", cat.T(catalog.HelpDefaults)), c.keys.Back}
	}
	switch e.mode {
	case editRuleText:
		p.foot = append(p.foot, " "+c.st.label.Render(cat.T(catalog.GroupRuleAsk)), " "+e.input.View())
	case editPromptText:
		p.foot = append(p.foot, " "+c.st.label.Render(cat.T(catalog.GroupPromptAsk)), " "+e.input.View())
	case editPromptUse:
		p.foot = append(p.foot, " "+c.st.label.Render(cat.T(catalog.GroupPromptUse)))
	}
	if e.problem != "" {
		for _, l := range wrap(e.problem, w, " ") {
			p.foot = append(p.foot, c.st.err.Render(l))
		}
	}
	switch e.mode {
	case askDelete, askReset, askRemove:
		q := cat.T(catalog.GroupAskReset)
		switch {
		case e.mode == askDelete:
			q = cat.F(catalog.GroupAskDelete, e.g.Name, cat.N(catalog.GroupMeetingCount, e.count))
		case e.mode == askRemove && e.back == editPrompts:
			q = cat.T(catalog.GroupAskRemovePrompt)
		case e.mode == askRemove:
			q = cat.T(catalog.GroupAskRemoveRule)
		}
		text := strings.Join(wrap(q, w-8, ""), "\n") + "\n" + cat.T(catalog.ConfirmKeys)
		p.foot = append(p.foot, strings.Split(c.st.dialog.Render(text), "\n")...)
	default:
		p.foot = append(p.foot, m.fullHelpLines(append(bindings, more...)...)...)
		p.foot = append(p.foot, m.helpLine(bindings...))
	}
	return p.String()
}

func (e *groupEditor) pointer(i int) string {
	if i == e.cursor {
		return e.c.st.selected.Render(" › ")
	}
	return "   "
}

// usesText names where a prompt fits.
func usesText(cat *catalog.Catalog, uses uint8) string {
	var parts []string
	for i, k := range []catalog.Key{catalog.UseCheckIn, catalog.UseReaction, catalog.UseCheckOut, catalog.UseSolo} {
		if uses&(1<<i) != 0 {
			parts = append(parts, cat.T(k))
		}
	}
	return strings.Join(parts, ", ")
}

// settingsLines draw the defaults form.
func (e *groupEditor) settingsLines(p *page) {
	c, f := e.c, &e.settings
	cat := c.cat
	labelW := 0
	for _, k := range settingsLabels {
		labelW = max(labelW, len([]rune(cat.T(k))))
	}
	onOff := func(v bool) string {
		if v {
			return "‹ " + cat.T(catalog.On) + " ›"
		}
		return "‹ " + cat.T(catalog.Off) + " ›"
	}
	for i, lk := range settingsLabels {
		var value string
		switch i {
		case 4:
			value = "‹ " + cat.T(formatNames[f.format]) + " ›"
		case 5:
			value = onOff(f.bell)
		case 6:
			value = onOff(f.rotate)
		default:
			value = f.inputs[i].View()
		}
		label := padRight(cat.T(lk), labelW)
		mark := "  "
		if f.focus == i {
			mark, label = c.st.selected.Render("› "), c.st.selected.Render(label)
		}
		p.add(" " + mark + label + "  " + value)
	}
	if f.format != session.FormatPlain && f.rotate {
		p.add("", "   "+c.st.muted.Render(cat.T(catalog.SettingsRotateHint)))
	}
}
