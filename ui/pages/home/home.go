// Package home is circle's home screen: the groups with their meetings,
// the pointer on one, and the keys that start a meeting or open a group in
// the editor. It reads the data file only when it is built, so its counts
// are those of the moment it is shown; it never writes to it.
package home

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// row is one group on the list, with its saved meetings.
type row struct {
	g        store.Group
	meetings int
}

// Page is the home screen.
type Page struct {
	c       *common.Context
	notice  string // from the page before, or from start-up
	groups  []row
	at      int   // the group under the pointer
	saved   int   // meetings in the history
	err     error // the history could not be read
	problem string
}

// New builds the home screen: the groups and the history as they are in
// the data file now, the pointer on the group with the id (0: the first).
func New(c *common.Context, notice string, group uint64) *Page {
	p := &Page{c: c, notice: notice}
	if c.Store == nil {
		return p
	}
	p.saved, p.err = c.Store.Count()
	gs, err := c.Store.Groups()
	if err != nil {
		p.err = err
	}
	for i, g := range gs {
		n, _ := c.Store.GroupMeetings(g.ID)
		p.groups = append(p.groups, row{g: g, meetings: n})
		if g.ID == group {
			p.at = i
		}
	}
	return p
}

// Init does nothing: the home screen has no clock.
func (p *Page) Init() tea.Cmd { return nil }

// selected is the group under the pointer, if any.
func (p *Page) selected() *store.Group {
	if p.at < len(p.groups) {
		g := p.groups[p.at].g
		return &g
	}
	return nil
}

// Update takes keys and, in the line mode, typed lines.
func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste {
			// Keys pressed fast arrive as one message; each is a key
			// press. Once one leaves the page, the rest were meant for
			// the page it goes to, not this one.
			for _, r := range msg.Runes {
				if cmd := p.key(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt}); cmd != nil {
					return p, cmd
				}
			}
			return p, nil
		}
		return p, p.key(msg)
	case common.LineMsg:
		return p, p.line(string(msg))
	}
	return p, nil
}

func (p *Page) key(msg tea.KeyMsg) tea.Cmd {
	c := p.c
	k := c.Keys
	writable := c.Store != nil
	g := p.selected()
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		c.FullHelp = !c.FullHelp
	case key.Matches(msg, k.Up):
		p.at = max(0, p.at-1)
	case key.Matches(msg, k.Down):
		p.at = min(max(0, len(p.groups)-1), p.at+1)
	case msg.String() == "g" && writable,
		key.Matches(msg, k.Start) && writable && len(p.groups) == 0:
		// No group yet, or a new one: its name, then its rules.
		return common.Go(common.GoEditor{Step: common.EditName})
	case msg.String() == "o":
		// Solo practice needs no group and no form; from a group it
		// brings the group's own solo prompts.
		return common.Go(common.GoSolo{Group: g})
	case key.Matches(msg, k.Start):
		return common.Go(common.GoSetup{Group: g})
	case g == nil || !writable:
	case msg.String() == "e":
		return common.Go(common.GoEditor{Group: g, Step: common.EditRules})
	case msg.String() == "s":
		return common.Go(common.GoEditor{Group: g, Step: common.EditSettings})
	case msg.String() == "h":
		return common.Go(common.GoHistory{Group: *g})
	case msg.String() == "R":
		return common.Go(common.GoEditor{Group: g, Step: common.EditName})
	case msg.String() == "d":
		// The question, and the delete, are the group editor's.
		return common.Go(common.GoEditor{Group: g, Step: common.EditDelete})
	}
	return nil
}

// line takes a line typed in the line mode: a group's number or name
// starts its meeting, enter alone the first group's; g makes a group.
func (p *Page) line(text string) tea.Cmd {
	text = strings.TrimSpace(text)
	word := strings.ToLower(text)
	p.problem = ""
	writable := p.c.Store != nil
	switch {
	case word == "q":
		return tea.Quit
	case word == "o":
		return common.Go(common.GoSolo{})
	case word == "g" && writable:
		return common.Go(common.GoEditor{Step: common.EditName})
	case (word == "" || word == "n") && writable && len(p.groups) == 0:
		return common.Go(common.GoEditor{Step: common.EditName})
	case word == "" || word == "n":
		if len(p.groups) == 0 {
			return common.Go(common.GoSetup{})
		}
		g := p.groups[0].g
		return common.Go(common.GoSetup{Group: &g})
	case len(p.groups) == 0:
		p.problem = p.c.Cat.F(catalog.HomeNotHere, text)
		return nil
	case word == "h" && writable:
		g := p.groups[0].g
		return common.Go(common.GoHistory{Group: g})
	case strings.HasPrefix(word, "h ") && writable:
		if n, err := strconv.Atoi(strings.TrimSpace(word[2:])); err == nil && n >= 1 && n <= len(p.groups) {
			g := p.groups[n-1].g
			return common.Go(common.GoHistory{Group: g})
		}
	}
	for _, r := range p.groups {
		if strings.EqualFold(r.g.Name, text) {
			g := r.g
			return common.Go(common.GoSetup{Group: &g})
		}
	}
	if n, err := strconv.Atoi(word); err == nil && n >= 1 && n <= len(p.groups) {
		g := p.groups[n-1].g
		return common.Go(common.GoSetup{Group: &g})
	}
	p.problem = p.c.Cat.F(catalog.HomeNoSuchGroup, text, len(p.groups))
	return nil
}

// Bindings are the home screen's keys.
func (p *Page) Bindings() []key.Binding {
	c := p.c
	k, cat := c.Keys, c.Cat
	b := func(keys string, desc catalog.Key) key.Binding {
		return key.NewBinding(key.WithKeys(keys), key.WithHelp(keys, cat.T(desc)))
	}
	solo := b("o", catalog.HelpSolo)
	if c.Store == nil {
		return []key.Binding{k.Start, solo, k.Quit}
	}
	if len(p.groups) == 0 {
		return []key.Binding{common.WithHelp(k.Start, cat.T(catalog.HelpNewGroup)), solo, k.Quit}
	}
	return []key.Binding{
		k.Start, b("h", catalog.HelpHistory), solo, b("g", catalog.HelpNewGroup), b("e", catalog.HelpGroupRules),
		b("s", catalog.HelpGroupSettings), b("R", catalog.HelpRename),
		b("d", catalog.HelpDeleteGroup), k.Quit,
	}
}

// savedLine says how many meetings the history holds.
func (p *Page) savedLine() string {
	if p.err != nil {
		return p.c.Cat.T(catalog.HomeHistoryError)
	}
	return p.c.Cat.N(catalog.HomeSaved, p.saved)
}

// View draws the home screen. On a small screen the intro, the path and
// the heading give way, in that order, to the groups and the notice; a
// long list of groups shows a window around the pointer.
func (p *Page) View() string {
	c := p.c
	st, cat := c.Styles, c.Cat
	l := c.NewLayout(cat.T(catalog.HomeTitle))
	l.Center = true
	w := l.W
	bindings := p.Bindings()
	l.Foot = components.Footer(c, bindings, bindings)

	centred := func(text string, width int, style func(...string) string) []string {
		lines := common.Wrap(text, min(w, width), "")
		for i, s := range lines {
			lines[i] = common.Center(style(s), w)
		}
		return lines
	}
	gap := components.Part{Lines: []string{""}}
	heading := components.Part{Keep: 3, Lines: []string{common.Center(st.Title.Render(cat.T(catalog.HomeHeading)), w)}}
	intro := components.Part{Keep: 1, Lines: centred(cat.T(catalog.HomeIntro), 70, fmtPlain)}
	var notice components.Part
	if p.notice != "" {
		notice = components.Part{Keep: 8, Lines: centred(p.notice, 76, st.Warn.Render)}
	}
	var saved, path components.Part
	if c.Store != nil {
		style := st.Muted.Render
		if p.err != nil {
			style = st.Err.Render
		}
		saved = components.Part{Keep: 6, Lines: []string{common.Center(style(p.savedLine()), w)}}
	}
	if c.DataPath != "" {
		path = components.Part{Keep: 2, Lines: []string{common.Center(st.Muted.Render(c.DataPath), w)}}
	}
	// The groups get the room the notice and the history leave (the rest
	// gives way to them), at least their heading and the pointer's row.
	room := l.Room() - len(notice.Lines) - len(saved.Lines) - 2
	list := p.groupLines(w, max(2, room))
	var groups components.Part
	if len(list) > 0 {
		groups = components.Part{Keep: 9, Lines: list}
	}
	// A blank line after each part there is, to give way first.
	var parts []components.Part
	for _, part := range []components.Part{heading, intro, notice, groups} {
		if len(part.Lines) > 0 {
			parts = append(parts, part, gap)
		}
	}
	l.Add(components.Fit(l.Room(), append(parts, saved, path)...)...)
	return l.String()
}

func fmtPlain(s ...string) string { return strings.Join(s, "") }

// groupLines list the groups, the pointer on one, in at most room lines
// (the heading and a window of the list around the pointer).
func (p *Page) groupLines(w, room int) []string {
	c := p.c
	st, cat := c.Styles, c.Cat
	if c.Store == nil {
		return nil
	}
	if len(p.groups) == 0 {
		var lines []string
		for _, s := range common.Wrap(cat.T(catalog.HomeNoGroup), min(w, 70), "") {
			lines = append(lines, common.Center(st.Label.Render(s), w))
		}
		return lines
	}
	nameW := 0
	counts := make([]string, len(p.groups))
	countW := 0
	for i, r := range p.groups {
		nameW = max(nameW, min(40, len([]rune(r.g.Name))))
		counts[i] = cat.N(catalog.GroupMeetingCount, r.meetings)
		countW = max(countW, len([]rune(counts[i])))
	}
	// The names give way to the counts on a narrow screen.
	nameW = max(4, min(nameW, w-2-3-countW-2))
	blockW := 2 + nameW + 3 + countW
	pad := strings.Repeat(" ", max(1, (w-blockW)/2))
	lines := []string{pad + st.Title.Render(cat.T(catalog.HomeGroups))}
	from, to := components.Window(len(p.groups), p.at, max(1, room-1))
	for i := from; i < to; i++ {
		name := common.PadRight(truncate(p.groups[i].g.Name, nameW), nameW)
		if i == p.at {
			lines = append(lines, pad+st.Selected.Render("› "+name)+"   "+st.Muted.Render(counts[i]))
		} else {
			lines = append(lines, pad+"  "+name+"   "+st.Muted.Render(counts[i]))
		}
	}
	return lines
}

// truncate cuts a name to n cells, marking the cut.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:max(0, n-1)]) + "…"
}

// Speech says the home screen: the welcome, the notice, the history, the
// groups by number, and what to type.
func (p *Page) Speech() []string {
	cat := p.c.Cat
	lines := []string{cat.T(catalog.HomeHeading) + ". " + cat.T(catalog.HomeIntro)}
	if p.notice != "" {
		lines = append(lines, p.notice)
	}
	if p.c.Store != nil {
		if p.err != nil {
			lines = append(lines, p.savedLine())
		} else {
			lines = append(lines, p.savedLine()+".")
		}
		if len(p.groups) > 0 {
			lines = append(lines, cat.T(catalog.HomeSayGroups))
			for i, r := range p.groups {
				lines = append(lines, cat.F(catalog.HomeSayGroup, i+1, r.g.Name, cat.N(catalog.GroupMeetingCount, r.meetings)))
			}
		}
	}
	if p.problem != "" {
		lines = append(lines, p.problem)
	}
	return append(lines, p.Typing())
}

// Typing says what can be typed on the home screen.
func (p *Page) Typing() string {
	cat := p.c.Cat
	switch {
	case p.c.Store == nil:
		return cat.T(catalog.AccessibleHome)
	case len(p.groups) == 0:
		return cat.T(catalog.HomeSayNoGroup)
	case len(p.groups) == 1:
		return cat.F(catalog.HomeSayOne, p.groups[0].g.Name)
	}
	return cat.F(catalog.HomeSayMany, p.groups[0].g.Name)
}
