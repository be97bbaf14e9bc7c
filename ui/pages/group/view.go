package group

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"

	"circle/rules"
	"circle/session"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// View draws the editor. The list or form is windowed around the pointer,
// so at 40x12 the rule or field in hand is always on screen.
func (p *Page) View() string {
	c := p.c
	l := c.NewLayout(p.title())
	w := l.W
	l.Foot = p.foot(w)
	l.Body = []string{""}
	label := func(text string) {
		for _, s := range common.Wrap(text, w, "   ") {
			l.Add(c.Styles.Label.Render(s))
		}
	}
	switch p.showing() {
	case modeName:
		label(p.c.Cat.T(catalog.GroupNameAsk))
		l.Add("   " + components.InputView(c.Profile, p.input))
	case modeRules:
		if p.creating {
			label(c.Cat.T(catalog.GroupAgreeHeading))
		} else {
			label(c.Cat.F(catalog.GroupRulesHeading, p.g.Name))
		}
		list, at, span := p.listLines(p.g.Rules, w)
		if p.creating {
			// The cue when it leaves room for some of the list: at 40x12
			// the list comes first, and the heading says what to do.
			cue := common.Wrap(c.Cat.T(catalog.Cue(rules.CueFirstMeeting)), w, "   ")
			if l.Room()-len(l.Body)-len(cue)-1 >= min(len(list), 6) {
				l.Add(cue...)
			}
		}
		l.Add("")
		l.Add(window(list, at, span, l.Room()-len(l.Body))...)
	case modePrompts:
		label(c.Cat.F(catalog.GroupPromptsHeading, p.g.Name))
		l.Add("")
		if len(p.g.Prompts) == 0 {
			for _, s := range common.Wrap(c.Cat.T(catalog.GroupNoPrompts), w, "   ") {
				l.Add(c.Styles.Muted.Render(s))
			}
			break
		}
		list, at, span := p.listLines(p.promptTexts(), w)
		l.Add(window(list, at, span, l.Room()-len(l.Body))...)
	case modeSettings:
		label(c.Cat.F(catalog.GroupSettingsHeading, p.g.Name))
		l.Add("")
		var tail []string
		if f := &p.settings; f.format != session.FormatPlain && f.rotate {
			tail = append([]string{""}, mutedLines(c, c.Cat.T(catalog.SettingsRotateHint), w)...)
		}
		room := l.Room() - len(l.Body)
		form, at, span := components.FormAt(c, p.settingsRows(true), p.settings.focus, w)
		if len(form)+len(tail) > room {
			form, at, span = components.FormAt(c, p.settingsRows(false), p.settings.focus, w)
		}
		if len(form)+len(tail) > room {
			tail = nil
		}
		l.Add(window(form, at, span, room-len(tail))...)
		l.Add(tail...)
	default:
		l.Body = nil
	}
	return l.String()
}

// showing is the list or form behind what is on screen.
func (p *Page) showing() mode {
	switch p.mode {
	case modeAsk:
		return p.back
	case modeRuleText:
		return modeRules
	case modePromptText, modePromptUse:
		return modePrompts
	}
	return p.mode
}

func (p *Page) title() string {
	if p.creating {
		return p.c.Cat.T(catalog.GroupNew)
	}
	return p.c.Cat.F(catalog.GroupEdit, p.g.Name)
}

// foot is what stands at the foot: the text field of a rule or prompt,
// the problem, then the question or the keys.
func (p *Page) foot(w int) []string {
	c := p.c
	var foot []string
	field := func(ask catalog.Key) {
		for _, s := range common.Wrap(c.Cat.T(ask), w, " ") {
			foot = append(foot, c.Styles.Label.Render(s))
		}
		foot = append(foot, " "+components.InputView(c.Profile, p.input))
	}
	switch p.mode {
	case modeRuleText:
		field(catalog.GroupRuleAsk)
	case modePromptText:
		field(catalog.GroupPromptAsk)
	case modePromptUse:
		for _, s := range common.Wrap(c.Cat.T(catalog.GroupPromptUse), w, " ") {
			foot = append(foot, c.Styles.Label.Render(s))
		}
	}
	if p.problem != "" {
		for _, s := range common.Wrap(p.problem, w, " ") {
			foot = append(foot, c.Styles.Err.Render(s))
		}
	}
	switch p.mode {
	case modeAsk:
		return append(foot, p.confirm().View(c, w)...)
	case modeDeleting:
		return foot
	}
	short, all := p.bindings()
	if p.mode == modeName || p.mode == modeRuleText || p.mode == modePromptText {
		// ? is typed into the words: the line offers no ?.
		return append(foot, components.TypingFooter(c, short)...)
	}
	return append(foot, components.Footer(c, short, all)...)
}

func mutedLines(c *common.Context, text string, w int) []string {
	lines := common.Wrap(text, w, "   ")
	for i, s := range lines {
		lines[i] = c.Styles.Muted.Render(s)
	}
	return lines
}

// confirm is the question on screen.
func (p *Page) confirm() components.Confirm {
	cat := p.c.Cat
	switch p.ask {
	case askDelete:
		return components.Confirm{Question: cat.F(catalog.GroupAskDelete, p.g.Name, cat.N(catalog.GroupMeetingCount, p.count))}
	case askReset:
		return components.Confirm{Question: cat.T(catalog.GroupAskReset)}
	case askRemovePrompt:
		return components.Confirm{Question: cat.T(catalog.GroupAskRemovePrompt)}
	}
	return components.Confirm{Question: cat.T(catalog.GroupAskRemoveRule)}
}

// listLines numbers the items, wrapped to w under their own text, the
// pointer on one: at is its first line and span its count.
func (p *Page) listLines(items []string, w int) (lines []string, at, span int) {
	for i, text := range items {
		num := strconv.Itoa(i+1) + ". "
		pad := strings.Repeat(" ", 3+len(num))
		item := common.Wrap(text, w, pad)
		mark := "   "
		if i == p.cursor {
			mark = p.c.Styles.Selected.Render(" › ")
			at, span = len(lines), len(item)
		}
		item[0] = mark + num + item[0][len(pad):]
		lines = append(lines, item...)
	}
	return lines, at, span
}

// window is the part of lines that fits in room and shows the item at
// line at, all span lines of it when they fit.
func window(lines []string, at, span, room int) []string {
	from, to := components.WindowSpan(len(lines), at, span, room)
	return lines[from:to]
}

func (p *Page) promptTexts() []string {
	texts := make([]string, len(p.g.Prompts))
	for i, pr := range p.g.Prompts {
		texts[i] = pr.Text + "  (" + usesText(p.c.Cat, pr.Uses) + ")"
	}
	return texts
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

// bindings are the keys of the moment: those on the key line, and all of
// them for ?.
func (p *Page) bindings() (short, all []key.Binding) {
	k, ks := p.c.Keys, p.keys
	switch p.mode {
	case modeName:
		short = []key.Binding{ks.ok, k.Back}
	case modeRuleText, modePromptText:
		short = []key.Binding{ks.save, k.Back}
	case modePromptUse:
		short = ks.uses[:]
	case modeSettings:
		short = p.settingsBindings()
	case modeRules:
		short = []key.Binding{ks.add, ks.edit, ks.remove, ks.move, ks.own}
		if p.creating {
			// What makes the group comes first, so a narrow key line
			// keeps it.
			short = []key.Binding{ks.agree, ks.add, ks.edit, ks.remove, ks.move}
		}
		return short, append(with(short, k.Up, k.Down), ks.reset, k.Back)
	case modePrompts:
		short = []key.Binding{ks.add, ks.edit, ks.remove, ks.rulesList, k.Back}
		return short, with(short, k.Up, k.Down)
	case modeAsk:
		short = []key.Binding{k.Yes}
	}
	return short, short
}

func with(b []key.Binding, more ...key.Binding) []key.Binding {
	return append(append([]key.Binding(nil), b...), more...)
}

// Bindings are the keys of the moment.
func (p *Page) Bindings() []key.Binding {
	_, all := p.bindings()
	return all
}

// Speech says the step: its question or list, then the problem, then what
// can be typed. What changes comes last, so the line mode says only that.
func (p *Page) Speech() []string {
	cat := p.c.Cat
	var lines []string
	switch p.showing() {
	case modeName:
		// A refused name: the problem, then the question again.
		if p.problem != "" {
			return []string{p.problem, cat.T(catalog.GroupNameAsk), p.Typing()}
		}
		return []string{cat.T(catalog.GroupNameAsk), p.Typing()}
	case modeRules:
		if p.creating {
			lines = append(lines, cat.T(catalog.GroupAgreeHeading)+".", cat.T(catalog.Cue(rules.CueFirstMeeting)))
		} else {
			lines = append(lines, cat.F(catalog.GroupRulesHeading, p.g.Name)+".")
		}
		lines = append(lines, numbered(p.g.Rules)...)
	case modePrompts:
		lines = append(lines, cat.F(catalog.GroupPromptsHeading, p.g.Name)+".")
		if len(p.g.Prompts) == 0 {
			lines = append(lines, cat.T(catalog.GroupNoPrompts))
		}
		lines = append(lines, numbered(p.promptTexts())...)
	case modeSettings:
		lines = append(lines, cat.F(catalog.GroupSettingsHeading, p.g.Name)+".")
		for i, lk := range settingsLabels {
			lines = append(lines, cat.F(catalog.GroupSpeakField, i+1, cat.T(lk), p.settings.value(cat, i)))
		}
		if f := &p.settings; f.format != session.FormatPlain && f.rotate {
			lines = append(lines, cat.T(catalog.SettingsRotateHint))
		}
	}
	switch p.mode {
	case modeAsk:
		if p.ask == askRemoveRule && p.cursor < len(p.g.Rules) {
			lines = append(lines, strconv.Itoa(p.cursor+1)+". "+p.g.Rules[p.cursor])
		}
		return append(lines, p.confirm().Speech(p.c)...)
	case modeDeleting:
		return nil
	case modeRuleText:
		lines = append(lines, cat.T(catalog.GroupRuleAsk), p.input.Value())
	case modePromptText:
		lines = append(lines, cat.T(catalog.GroupPromptAsk), p.input.Value())
	case modePromptUse:
		lines = append(lines, cat.T(catalog.GroupPromptUse))
	}
	if p.problem != "" {
		lines = append(lines, p.problem)
	}
	return append(lines, p.Typing())
}

// numbered says a list as it is shown: "1. What is said …".
func numbered(items []string) []string {
	lines := make([]string, len(items))
	for i, s := range items {
		lines[i] = strconv.Itoa(i+1) + ". " + s
	}
	return lines
}

// Typing says what can be typed at this step, for ? in the line mode.
func (p *Page) Typing() string {
	cat := p.c.Cat
	switch p.mode {
	case modeName:
		if p.creating {
			return cat.T(catalog.GroupSpeakNew)
		}
		return cat.F(catalog.GroupSpeakRename, p.g.Name)
	case modeRules:
		if p.creating {
			return cat.T(catalog.GroupSpeakAgree)
		}
		return cat.T(catalog.GroupSpeakRules)
	case modeSettings:
		return cat.T(catalog.GroupSpeakSettings)
	case modePrompts:
		return cat.T(catalog.GroupSpeakPrompts)
	case modeAsk:
		return cat.T(catalog.AccessibleConfirm)
	}
	return components.Spoken(p.Bindings())
}
