package solo

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"circle/rules"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// View draws the moment of the practice. On a small screen the parts that
// matter less give way (components.Fit): the time, the prompt and the
// pointer's row stay.
func (p *Page) View() string {
	if p.step == stepTimer && p.presenter {
		return p.presenterView()
	}
	c := p.c
	l := c.NewLayout(c.Cat.T(catalog.SoloTitle))
	l.Center = true
	short, all := p.bindings()
	switch {
	case p.confirm:
		q := components.Confirm{Question: c.Cat.F(catalog.SoloConfirmEnd, p.askedLeft)}
		l.Foot = q.View(c, l.W)
	case p.step == stepNotes && p.n.ask != askNone:
		l.Foot = p.notesQuestion().View(c, l.W)
	default:
		l.Foot = components.Footer(c, short, all)
	}
	if p.step == stepTimer && l.Room() < 1 {
		// No room for the body: the header keeps the time on screen.
		l.Head[0] = common.Spread(" "+c.Styles.Title.Render(c.Cat.T(catalog.SoloSpeaking)), p.clock(c.Now()).Head(c)+" ", l.W)
	}
	var parts []components.Part
	switch p.step {
	case stepTheme:
		parts = p.themeParts(l)
	case stepPrompts:
		parts = p.promptParts(l.W)
	case stepLength, stepOwn:
		parts = p.lengthParts(l)
	case stepTimer:
		parts = p.timerParts(l.W)
	case stepClosing:
		parts = p.closingParts(l.W)
	case stepNotes:
		parts = p.notesParts(l)
	}
	l.Add(components.Fit(l.Room(), parts...)...)
	return l.String()
}

// gap is a blank line that gives way first.
var gap = components.Part{Lines: []string{""}}

// centred wraps text to at most width cells, each line centred in w and
// styled.
func centred(text string, width, w int, style func(...string) string) []string {
	lines := common.Wrap(text, min(w, width), "")
	for i, s := range lines {
		lines[i] = common.Center(style(s), w)
	}
	return lines
}

func plain(s ...string) string { return strings.Join(s, "") }

// spaced puts a gap between the parts that have lines.
func spaced(parts ...components.Part) []components.Part {
	var out []components.Part
	for _, part := range parts {
		if len(part.Lines) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, gap)
		}
		out = append(out, part)
	}
	return out
}

// notices are the line of a failed write and of a refused typed line.
func (p *Page) notices(w int) components.Part {
	var lines []string
	for _, s := range []string{p.notice, p.problem} {
		if s != "" {
			lines = append(lines, centred(s, 76, w, p.c.Styles.Warn.Render)...)
		}
	}
	return components.Part{Keep: 8, Lines: lines}
}

// monthLine says how many practices the solo log holds this month.
func (p *Page) monthLine() string {
	if p.store == nil {
		return ""
	}
	return p.c.Cat.N(catalog.SoloMonth, p.month)
}

// listLines draws rows with the pointer on at, numbered from 1, in a
// window of room lines around the pointer, as a block centred in w.
func (p *Page) listLines(rows []string, at, w, room int) []string {
	st := p.c.Styles
	width := 0
	for _, r := range rows {
		width = max(width, ansi.StringWidth(r)+5)
	}
	width = min(width, w-2)
	pad := strings.Repeat(" ", max(1, (w-width)/2))
	from, to := components.Window(len(rows), at, max(1, room))
	var out []string
	for i := from; i < to; i++ {
		row := ansi.Truncate(strconv.Itoa(i+1)+"  "+rows[i], width-2, "…")
		if i == at {
			out = append(out, pad+st.Selected.Render("› "+row))
		} else {
			out = append(out, pad+"  "+row)
		}
	}
	return out
}

// themeRows are the eight themes and the surprise, as the list shows them.
func (p *Page) themeRows() []string {
	var rows []string
	for _, t := range rules.Themes() {
		rows = append(rows, p.themeName(t))
	}
	return append(rows, p.c.Cat.T(catalog.SoloSurprise))
}

func (p *Page) themeParts(l *common.Layout) []components.Part {
	c, w := p.c, l.W
	st := c.Styles
	heading := components.Part{Keep: 3, Lines: []string{common.Center(st.Title.Render(c.Cat.T(catalog.SoloHeading)), w)}}
	intro := components.Part{Keep: 1, Lines: centred(c.Cat.T(catalog.SoloIntro), 70, w, plain)}
	var month components.Part
	if s := p.monthLine(); s != "" {
		month = components.Part{Keep: 6, Lines: []string{common.Center(st.Muted.Render(s), w)}}
	}
	notes := p.notices(w)
	// All nine choices before the month's count, on a small screen.
	room := l.Room() - len(notes.Lines)
	if room > len(rules.Themes())+1 {
		room -= len(month.Lines)
	}
	list := components.Part{Keep: 9, Lines: p.listLines(p.themeRows(), p.cursor, w, max(3, room))}
	return spaced(heading, intro, list, notes, month)
}

func (p *Page) promptParts(w int) []components.Part {
	c := p.c
	st := c.Styles
	name := p.themeName(p.theme)
	if p.surprised {
		name = c.Cat.F(catalog.SoloSurprised, name)
	}
	theme := components.Part{Keep: 5, Lines: centred(name, 70, w, st.Title.Render)}
	pr := p.seq[p.at]
	of := c.Cat.F(catalog.SoloPromptOf, p.at+1, len(p.seq))
	if _, own := p.ownText[pr.ID]; own {
		of += " · " + c.Cat.T(catalog.SoloOwnPrompt)
	}
	count := components.Part{Keep: 4, Lines: []string{common.Center(st.Muted.Render(of), w)}}
	text := components.Part{Keep: 9, Lines: centred(p.promptText(pr.ID), 64, w, st.Speaker.Render)}
	aloud := components.Part{Keep: 2, Lines: centred(c.Cat.T(catalog.SoloReadAloud), 70, w, st.Muted.Render)}
	return spaced(theme, count, text, aloud, p.notices(w))
}

// lengthRows are the timer's lengths, then one's own and no timer.
func (p *Page) lengthRows() []string {
	var rows []string
	for _, m := range lengths {
		rows = append(rows, p.c.Cat.N(catalog.Minutes, m))
	}
	return append(rows, p.c.Cat.T(catalog.SoloOwnLength), p.c.Cat.T(catalog.SoloNoTimer))
}

func (p *Page) lengthParts(l *common.Layout) []components.Part {
	c, w := p.c, l.W
	st := c.Styles
	heading := components.Part{Keep: 5, Lines: centred(c.Cat.T(catalog.SoloChooseLength), 70, w, st.Title.Render)}
	notes := p.notices(w)
	if p.step == stepOwn {
		ask := components.Part{Keep: 7, Lines: centred(c.Cat.T(catalog.SoloOwnAsk), 70, w, plain)}
		field := components.Part{Keep: 9, Lines: []string{common.Center(components.InputView(c.Profile, p.input), w)}}
		return spaced(heading, ask, field, notes)
	}
	room := l.Room() - len(notes.Lines) - 2
	list := components.Part{Keep: 9, Lines: p.listLines(p.lengthRows(), p.cursor, w, max(3, room))}
	return spaced(heading, list, notes)
}

// timerParts are the turn screen of a meeting, for one: what this is,
// the bar and the digits (never cut off), the pause, and the prompt.
func (p *Page) timerParts(w int) []components.Part {
	c := p.c
	st := c.Styles
	t := p.clock(c.Now())
	title := components.Part{Keep: 6, Lines: []string{common.Center(st.Speaker.Render(c.Cat.T(catalog.SoloSpeaking)), w)}}
	bar := components.Part{Keep: 7, Lines: []string{t.Bar(c, w)}}
	digits := components.Part{Keep: 9, Lines: []string{t.Digits(c, w)}}
	var paused components.Part
	if p.paused {
		paused = components.Part{Keep: 8, Lines: []string{common.Center(st.Warn.Render(c.Cat.T(catalog.SoloPaused)), w)}}
	}
	// Every theme has solo prompts (a test of rules holds them so).
	prompt := components.Part{Keep: 3, Lines: centred(p.promptText(p.seq[p.at].ID), 64, w, st.Muted.Render)}
	return []components.Part{title, gap, bar, digits, paused, gap, prompt, p.notices(w)}
}

func (p *Page) closingParts(w int) []components.Part {
	c := p.c
	st := c.Styles
	title := components.Part{Keep: 7, Lines: []string{common.Center(st.Speaker.Render(c.Cat.T(catalog.SoloClosingTitle)), w)}}
	line := components.Part{Keep: 9, Lines: centred(c.Cat.T(catalog.SoloClosingLine), 64, w, plain)}
	done := components.Part{Keep: 4, Lines: centred(p.doneText(), 70, w, st.Muted.Render)}
	var month components.Part
	if s := p.monthLine(); s != "" && p.notice == "" {
		month = components.Part{Keep: 5, Lines: []string{common.Center(st.Muted.Render(s), w)}}
	}
	return spaced(title, line, done, month, p.notices(w))
}

// doneText says what the practice was: the time spoken and the theme, or
// the theme whose prompts were read.
func (p *Page) doneText() string {
	cat := p.c.Cat
	if p.planned > 0 {
		return cat.F(catalog.SoloClosingSpoke, common.DurationWords(cat, p.spoken), p.themeName(p.theme))
	}
	return cat.F(catalog.SoloClosingRead, p.themeName(p.theme))
}

// presenterView fills the screen with the practice's time in block
// digits, as a meeting's presenter view does.
func (p *Page) presenterView() string {
	c := p.c
	w, h := c.Size()
	cat := c.Cat
	l := &common.Layout{W: w, H: h, Center: true}
	t := p.clock(c.Now())
	below := p.themeName(p.theme)
	switch {
	case p.paused:
		below = cat.T(catalog.SoloPaused)
	case t.Over():
		below = t.OverText(c)
	}
	if p.confirm {
		q := components.Confirm{Question: cat.F(catalog.SoloConfirmEnd, p.askedLeft)}
		l.Foot = q.View(c, w)
	} else {
		short, _ := p.bindings()
		keys := append(short[:len(short)-2:len(short)-2], common.WithHelp(c.Keys.Presenter, cat.T(catalog.HelpNormalView)), short[len(short)-1])
		l.Foot = components.Footer(c, keys, keys)
	}
	room := h - len(l.Foot) - 4
	big, fitted := t.Big(c, w, room)
	l.Add(common.Center(c.Styles.Title.Render(cat.T(catalog.SoloSpeaking)), w), "")
	if fitted {
		l.AddFitted(big...)
	} else {
		l.Add(big...)
	}
	l.Add("", common.Center(c.Styles.Muted.Render(below), w))
	return l.String()
}
