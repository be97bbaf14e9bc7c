package ui

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"

	"circle/session"
	"circle/ui/catalog"
)

// The smallest terminal circle lays out a meeting in.
const (
	minWidth  = 40
	minHeight = 12
)

// page builds one screen: a header, a body, and a footer pinned to the
// bottom. Lines are cut to the width, so nothing ever wraps by accident.
type page struct {
	w, h   int
	head   []string
	body   []string
	foot   []string
	center bool // centre the body vertically
	// fits marks body lines known to fit the width, whose width need not
	// be measured again (the presenter's block digits: long lines, costly
	// to measure, whose width is known by construction).
	fits []bool
}

func (p *page) add(lines ...string) { p.body = append(p.body, lines...) }

// addFitted adds lines the caller knows are no wider than the page.
func (p *page) addFitted(lines ...string) {
	for len(p.fits) < len(p.body) {
		p.fits = append(p.fits, false)
	}
	p.body = append(p.body, lines...)
	for range lines {
		p.fits = append(p.fits, true)
	}
}

func (p *page) String() string {
	var b strings.Builder
	b.Grow(p.w * p.h * 2)
	n := 0
	write := func(s string, fits bool) {
		if n > 0 {
			b.WriteByte('\n')
		}
		// A line of no more bytes than cells cannot be too wide.
		if !fits && len(s) > p.w && ansi.StringWidth(s) > p.w {
			s = ansi.Truncate(s, p.w, "…")
		}
		b.WriteString(s)
		n++
	}
	put := func(s string) { write(s, false) }
	room := p.h - len(p.head) - len(p.foot)
	body := p.body
	if len(body) > room {
		body = body[:max(0, room)]
	}
	for _, s := range p.head {
		put(s)
	}
	gap := room - len(body)
	top := 0
	if p.center {
		top = gap / 2
	}
	for range top {
		put("")
	}
	for i, s := range body {
		write(s, i < len(p.fits) && p.fits[i])
	}
	for range gap - top {
		put("")
	}
	for _, s := range p.foot {
		if n < p.h {
			put(s)
		}
	}
	return b.String()
}

// spread puts left and right on one line of width w; right goes when both
// do not fit.
func spread(left, right string, w int) string {
	lw, rw := ansi.StringWidth(left), ansi.StringWidth(right)
	if lw+rw+1 > w {
		return left
	}
	return left + strings.Repeat(" ", w-lw-rw) + right
}

// center pads s to stand in the middle of width w.
func center(s string, w int) string {
	sw := ansi.StringWidth(s)
	if sw >= w {
		return s
	}
	return strings.Repeat(" ", (w-sw)/2) + s
}

// wrap breaks text into lines of at most w cells, each indented by pad.
func wrap(text string, w int, pad string) []string {
	lines := strings.Split(ansi.Wrap(text, max(10, w-len(pad)), ""), "\n")
	for i := range lines {
		lines[i] = pad + lines[i]
	}
	return lines
}

// clock formats a duration as m:ss, or h:mm:ss from an hour up; the
// seconds are whole seconds passed, never rounded up.
func clock(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	s := int(d / time.Second)
	h, m := s/3600, s/60%60
	s %= 60
	buf := make([]byte, 0, 8)
	if h > 0 {
		buf = appendInt(buf, h)
		buf = append(buf, ':')
		buf = append(buf, byte('0'+m/10), byte('0'+m%10))
	} else {
		buf = appendInt(buf, m)
	}
	buf = append(buf, ':', byte('0'+s/10), byte('0'+s%10))
	return string(buf)
}

func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, byte('0'+n%10))
}

// size is the screen size, with a usual terminal assumed before the first
// size message.
func (c *common) size() (int, int) {
	w, h := c.width, c.height
	if w <= 0 || h <= 0 {
		return 80, 24
	}
	return w, h
}

func (c *common) newPage(title string) *page {
	w, h := c.size()
	p := &page{w: w, h: h}
	p.head = []string{
		" " + c.st.title.Render(c.cat.T(catalog.AppName)) + c.st.muted.Render(" · "+title),
		c.st.rule.Render(strings.Repeat("─", w)),
	}
	return p
}

// helpLine renders the key help for the bindings of the moment.
func (m *Model) helpLine(bindings ...key.Binding) string {
	if m.fullHelp {
		return ""
	}
	h := m.c.help
	w, _ := m.c.size()
	h.Width = w - 1
	return " " + h.ShortHelpView(append(bindings, m.c.keys.Help))
}

// View renders the screen.
func (m *Model) View() string {
	w, h := m.c.size()
	if w < minWidth || h < minHeight {
		return m.tooSmall(w, h)
	}
	switch m.screen {
	case screenResume:
		return m.resumeView()
	case screenGroup:
		return m.editorView()
	case screenSetup:
		return m.setupView()
	case screenMeeting:
		if m.meeting.presenter && m.meeting.confirm == confirmNone {
			return m.presenterView()
		}
		return m.meetingView()
	case screenSummary:
		return m.summaryView()
	}
	return m.homeView()
}

// tooSmall asks politely for a bigger window; the meeting goes on meanwhile.
func (m *Model) tooSmall(w, h int) string {
	lines := wrap(m.c.cat.T(catalog.TooSmall), w, "")
	if m.screen == screenMeeting && m.meeting != nil && m.meeting.st.Round {
		st := m.meeting.st
		lines = append(lines, m.meeting.seat(st.Turn.Seat)+" "+clock(st.Turn.Left))
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	return strings.Join(lines, "\n")
}

func (m *Model) homeView() string {
	c := m.c
	p := c.newPage(c.cat.T(catalog.HomeTitle))
	p.center = true
	w := p.w
	p.add(center(c.st.title.Render(c.cat.T(catalog.HomeHeading)), w), "")
	for _, l := range wrap(c.cat.T(catalog.HomeIntro), min(w, 70), "") {
		p.add(center(l, w))
	}
	p.add("")
	if m.warning != "" {
		for _, l := range wrap(m.warning, min(w, 76), "") {
			p.add(center(c.st.warn.Render(l), w))
		}
		p.add("")
	}
	if gl := m.groupLines(w); len(gl) > 0 {
		p.add(gl...)
		p.add("")
	}
	if m.err != nil {
		p.add(center(c.st.err.Render(c.cat.T(catalog.HomeHistoryError)), w))
	} else {
		p.add(center(c.st.muted.Render(c.cat.N(catalog.HomeSaved, m.saved)), w))
	}
	if m.dataPath != "" {
		p.add(center(c.st.muted.Render(m.dataPath), w))
	}
	bindings := m.homeBindings()
	p.foot = append(p.foot, m.fullHelpLines(bindings...)...)
	p.foot = append(p.foot, m.helpLine(bindings...))
	return p.String()
}

// fullHelpLines lists every key of the moment when ? was pressed.
func (m *Model) fullHelpLines(bindings ...key.Binding) []string {
	if !m.fullHelp {
		return nil
	}
	lines := []string{m.c.st.rule.Render(strings.Repeat("─", m.c.width))}
	for _, b := range append(bindings, m.c.keys.Help) {
		if !b.Enabled() {
			continue
		}
		lines = append(lines, " "+m.c.st.key.Render(padRight(b.Help().Key, 10))+b.Help().Desc)
	}
	return lines
}

func padRight(s string, w int) string {
	if n := ansi.StringWidth(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

func (m *Model) setupView() string {
	c, f := m.c, &m.setup
	p := c.newPage(c.cat.T(catalog.SetupTitle))
	labelW := 0
	for _, k := range fieldLabels {
		labelW = max(labelW, ansi.StringWidth(c.cat.T(k)))
	}
	p.add("")
	for i := range fieldCount {
		label := padRight(c.cat.T(fieldLabels[i]), labelW)
		var value string
		if i == fieldFormat {
			value = "‹ " + c.cat.T(formatNames[f.format]) + " ›"
		} else {
			value = f.inputs[i].View()
		}
		mark := "  "
		if f.focus == i {
			mark = c.st.selected.Render("› ")
			label = c.st.selected.Render(label)
		} else {
			label = c.st.label.Render(label)
		}
		p.add(" " + mark + label + "  " + value)
		if f.focus == i {
			// Under the value on a wide screen; across it on a narrow one.
			indent := labelW + 5
			if indent > p.w/2 {
				indent = 3
			}
			for _, l := range wrap(c.cat.T(fieldHints[i]), p.w, strings.Repeat(" ", indent)) {
				p.add(c.st.muted.Render(l))
			}
		}
	}
	p.add("")
	if f.problem != "" {
		for _, l := range wrap(f.problem, p.w, "   ") {
			p.add(c.st.err.Render(l))
		}
	} else if st, ok := f.preview(); ok {
		plan := c.cat.F(catalog.SetupPlan, clock(st.ShareEach))
		if st.Format == session.FormatOpen {
			plan = c.cat.F(catalog.SetupPlanOpen, clock(st.FloorLeft))
		}
		if st.Format == session.FormatCircle {
			plan += " " + c.cat.F(catalog.SetupPlanReactions, clock(st.Reaction))
		}
		for _, l := range wrap(plan, p.w, "   ") {
			p.add(l)
		}
		if !st.Fits() {
			for _, l := range wrap(c.cat.F(catalog.SetupShort, minutesText(c.cat, st.Short)), p.w, "   ") {
				p.add(c.st.warn.Render(l))
			}
		}
	}
	k := c.keys
	bindings := []key.Binding{withHelp(k.Next, c.cat.T(catalog.HelpBegin)), k.NextField, k.Back}
	if f.focus == fieldFormat {
		bindings = append(bindings, k.Toggle)
	}
	p.foot = append(p.foot, m.fullHelpLines(bindings...)...)
	p.foot = append(p.foot, m.helpLine(bindings...))
	return p.String()
}

// minutesText says a duration in whole minutes, at least one.
func minutesText(cat *catalog.Catalog, d time.Duration) string {
	n := int((d + time.Minute - 1) / time.Minute)
	return cat.N(catalog.Minutes, max(1, n))
}
