package history

import (
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"circle/session"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// column is one column of the list: its title and its cell of a meeting.
type column struct {
	title catalog.Key
	cell  func(p *Page, l session.Log, s session.Summary) string
}

// columns are the list's columns in the order they are shown, and
// keep is the order they give way on a narrow screen (the last first).
var columns = []column{
	{catalog.HistoryColDate, func(_ *Page, l session.Log, _ session.Summary) string { return l.Date }},
	{catalog.HistoryColLength, func(_ *Page, l session.Log, s session.Summary) string {
		return strconv.Itoa(l.ActualSeconds/60) + "/" + strconv.Itoa(int(s.Planned/time.Minute))
	}},
	{catalog.HistoryColPresent, func(_ *Page, l session.Log, _ session.Summary) string { return strconv.Itoa(l.Present) }},
	{catalog.HistoryColSent, func(_ *Page, l session.Log, _ session.Summary) string { return strconv.Itoa(l.SentWord) }},
	{catalog.HistoryColFormat, func(p *Page, l session.Log, _ session.Summary) string { return p.formatShort(l.Format) }},
	{catalog.HistoryColEnded, func(p *Page, l session.Log, _ session.Summary) string { return p.ended(l) }},
	{catalog.HistoryColPasses, func(_ *Page, _ session.Log, s session.Summary) string { return strconv.Itoa(s.Passes) }},
	{catalog.HistoryColOver, func(_ *Page, _ session.Log, s session.Summary) string { return strconv.Itoa(s.Overruns) }},
}

// keep lists the columns by how long they stay: date first.
var keep = []int{0, 1, 2, 5, 6, 7, 4, 3}

func (p *Page) formatShort(f string) string {
	switch f {
	case session.FormatPlain.String():
		return p.c.Cat.T(catalog.HistoryFmtPlain)
	case session.FormatOpen.String():
		return p.c.Cat.T(catalog.HistoryFmtOpen)
	}
	return p.c.Cat.T(catalog.HistoryFmtCircle)
}

func (p *Page) formatLong(f string) string {
	switch f {
	case session.FormatPlain.String():
		return p.c.Cat.T(catalog.FormatPlain)
	case session.FormatOpen.String():
		return p.c.Cat.T(catalog.FormatOpen)
	}
	return p.c.Cat.T(catalog.FormatCircle)
}

// ended says how a meeting ended: completed or stopped early, and
// interrupted when circle itself stopped during it.
func (p *Page) ended(l session.Log) string {
	cat := p.c.Cat
	s := cat.T(catalog.HistoryStopped)
	if l.Completed {
		s = cat.T(catalog.HistoryCompleted)
	}
	if l.Interruptions > 0 {
		s += ", " + cat.T(catalog.HistoryInterrupted)
	}
	return s
}

// View draws the page.
func (p *Page) View() string {
	switch p.mode {
	case detail:
		return p.detailView()
	case trends:
		return p.trendsView()
	}
	return p.listView()
}

// listLayout is the list's screen without its rows, and the notice's
// lines: the rows get the room left.
func (p *Page) listLayout() (*common.Layout, []string) {
	c := p.c
	l := c.NewLayout(c.Cat.F(catalog.HistoryTitle, p.g.Name))
	bindings := p.Bindings()
	l.Foot = components.Footer(c, bindings, bindings)
	var notice []string
	if p.notice != "" {
		for _, s := range common.Wrap(p.notice, l.W-1, " ") {
			notice = append(notice, c.Styles.Warn.Render(s))
		}
	}
	return l, notice
}

// listRoom is how many meetings the list shows at once.
func (p *Page) listRoom() int {
	l, notice := p.listLayout()
	return max(1, l.Room()-2-len(notice))
}

func (p *Page) listView() string {
	c := p.c
	st, cat := c.Styles, c.Cat
	l, notice := p.listLayout()
	w := l.W
	if p.mode == asking {
		l.Add(p.question().View(c, min(w, 70))...)
		return l.String()
	}
	switch {
	case p.err != nil:
		l.Add(common.Wrap(st.Err.Render(cat.T(catalog.HistoryError)), w-1, " ")...)
		return l.String()
	case len(p.logs) == 0:
		l.Add(notice...)
		l.Add(common.Wrap(cat.T(catalog.HistoryNone), w-1, " ")...)
		return l.String()
	}
	room := max(1, l.Room()-2-len(notice))
	from, to := components.Window(len(p.logs), p.at, room)
	cells := make([][]string, to-from)
	for i := range cells {
		m := p.meeting(from + i)
		s := session.Summarize(m)
		cells[i] = make([]string, len(columns))
		for j, col := range columns {
			cells[i][j] = col.cell(p, m, s)
		}
	}
	widths := make([]int, len(columns))
	for j, col := range columns {
		widths[j] = ansi.StringWidth(cat.T(col.title))
		for i := range cells {
			widths[j] = max(widths[j], ansi.StringWidth(cells[i][j]))
		}
	}
	// Columns by how long they stay, while they fit.
	shown := make([]bool, len(columns))
	used := 2
	for _, j := range keep {
		need := widths[j]
		if used > 2 {
			need += 2
		}
		if used+need > w {
			break
		}
		shown[j] = true
		used += need
	}
	row := func(texts func(j int) string) string {
		var b strings.Builder
		first := true
		for j := range columns {
			if !shown[j] {
				continue
			}
			if !first {
				b.WriteString("  ")
			}
			first = false
			b.WriteString(common.PadRight(texts(j), widths[j]))
		}
		return strings.TrimRight(b.String(), " ")
	}
	l.Add(" " + st.Muted.Render(cat.N(catalog.HistoryCount, len(p.logs))))
	l.Add(notice...)
	l.Add("  " + st.Label.Render(row(func(j int) string { return cat.T(columns[j].title) })))
	for i := range cells {
		text := row(func(j int) string { return cells[i][j] })
		if from+i == p.at {
			l.Add(st.Selected.Render("› " + text))
		} else {
			l.Add("  " + text)
		}
	}
	return l.String()
}

// entry is one line of a meeting's timeline.
type entry struct {
	kind       string // the kind's words
	seat       int    // 0 for breaks and stops
	secs, over int
	passed     bool
}

// timeline is the meeting under the pointer as lines: its turns in
// order, then its breaks and circle's own stops, each as one total (the
// log keeps no time of day, so not where they fell).
func (p *Page) timeline() []entry {
	if len(p.logs) == 0 {
		return nil
	}
	cat := p.c.Cat
	m := p.meeting(p.at)
	out := make([]entry, 0, len(m.Turns)+2)
	floor := len(m.Tally) > 0
	for _, t := range m.Turns {
		if floor && t.Kind != session.KindCheckIn.String() {
			// The open floor came after the check-in round: its talk time
			// per seat, in totals only, as the log keeps it.
			for _, ts := range m.Tally {
				out = append(out, entry{kind: cat.T(catalog.HistoryKindFloor), seat: ts.Seat, secs: ts.Seconds})
			}
			floor = false
		}
		out = append(out, entry{kind: p.kindWord(t.Kind), seat: t.Seat, secs: t.Seconds, over: t.OvertimeSeconds, passed: t.Passed})
	}
	if floor {
		for _, ts := range m.Tally {
			out = append(out, entry{kind: cat.T(catalog.HistoryKindFloor), seat: ts.Seat, secs: ts.Seconds})
		}
	}
	if m.BreakSeconds > 0 {
		out = append(out, entry{kind: cat.T(catalog.HistoryKindBreak), secs: m.BreakSeconds})
	}
	if m.InterruptedSeconds > 0 {
		out = append(out, entry{kind: cat.T(catalog.HistoryKindStop), secs: m.InterruptedSeconds})
	}
	return out
}

func (p *Page) kindWord(kind string) string {
	cat := p.c.Cat
	switch kind {
	case session.KindCheckIn.String():
		return cat.T(catalog.HistoryKindCheckIn)
	case session.KindShare.String():
		return cat.T(catalog.HistoryKindShare)
	case session.KindReaction.String():
		return cat.T(catalog.HistoryKindReaction)
	case session.KindCheckOut.String():
		return cat.T(catalog.HistoryKindCheckOut)
	}
	return kind
}

// facts are the detail's sentences, before its timeline: the meeting,
// its spread of sharing time, and its counts.
func (p *Page) facts(sep string) []string {
	cat := p.c.Cat
	m := p.meeting(p.at)
	s := session.Summarize(m)
	head := []string{
		cat.N(catalog.HistoryLength, int(s.Planned/time.Minute), m.ActualSeconds/60),
		cat.F(catalog.HistoryPresent, m.Present),
		cat.F(catalog.HistorySentWord, m.SentWord),
		p.formatLong(m.Format),
		p.ended(m),
	}
	counts := []string{
		cat.N(catalog.HistoryPasses, s.Passes),
		cat.N(catalog.HistoryOvers, s.Overruns),
		cat.F(catalog.HistoryRulesRead, len(m.RulesReviewed), m.RulesTotal),
		cat.N(catalog.HistoryReminded, len(m.Reminders)),
	}
	return []string{strings.Join(head, sep) + ".", p.spreadText(m), strings.Join(counts, sep) + "."}
}

func (p *Page) spreadText(m session.Log) string {
	cat := p.c.Cat
	sp := session.SpreadOf(m)
	if !sp.Known {
		return cat.T(catalog.HistorySpreadNone)
	}
	word := cat.T(catalog.HistoryEvenUneven)
	switch {
	case sp.Evenness >= 0.9:
		word = cat.T(catalog.HistoryEvenVery)
	case sp.Evenness >= 0.75:
		word = cat.T(catalog.HistoryEvenFair)
	}
	return cat.F(catalog.HistorySpread, p.c.Duration(time.Duration(sp.Shortest)), p.c.Duration(time.Duration(sp.Longest)),
		int(sp.Evenness*100+0.5), word)
}

func (p *Page) detailView() string {
	c := p.c
	st, cat := c.Styles, c.Cat
	m := p.meeting(p.at)
	l := c.NewLayout(p.g.Name + " · " + m.Date)
	bindings := p.Bindings()
	l.Foot = components.Footer(c, bindings, bindings)
	w := l.W
	facts, rows := p.detailParts(l)
	tl := p.timeline()
	l.Add(facts...)
	l.Add(" " + st.Label.Render(cat.T(catalog.HistoryTimeline)))
	from := min(p.scroll, max(0, len(tl)-rows))
	to := min(len(tl), from+rows)
	kindW, seatW, tagW := 0, 0, 0
	most := 1
	for _, e := range tl {
		kindW = max(kindW, ansi.StringWidth(e.kind))
		if e.seat > 0 {
			seatW = max(seatW, ansi.StringWidth(cat.F(catalog.HistorySeat, e.seat)))
		}
		most = max(most, e.secs)
	}
	tagW = ansi.StringWidth(cat.T(catalog.HistoryPassed))
	const timeW = 7
	barW := max(1, w-1-kindW-1-seatW-1-1-(timeW-2)-2-tagW)
	for _, e := range tl[from:to] {
		seat := ""
		if e.seat > 0 {
			seat = cat.F(catalog.HistorySeat, e.seat)
		}
		tag := ""
		if e.passed {
			tag = cat.T(catalog.HistoryPassed)
		}
		bar := components.Bar(e.secs, e.over, most, barW)
		line := " " + common.PadRight(e.kind, kindW) + " " + common.PadRight(seat, seatW) + " " +
			st.Speaker.Render(common.PadRight(bar, barW)) + " " + padLeft(common.Clock(time.Duration(e.secs)*time.Second), timeW-2) + "  " + st.Muted.Render(tag)
		l.Add(strings.TrimRight(line, " "))
	}
	return l.String()
}

// detailParts are the detail's facts as lines on the screen l, and how
// many lines of the timeline fit under them: three at least, the facts
// giving way.
func (p *Page) detailParts(l *common.Layout) (facts []string, rows int) {
	for _, f := range p.facts(" · ") {
		facts = append(facts, common.Wrap(f, l.W-1, " ")...)
	}
	room := l.Room()
	if len(facts) > room-4 {
		facts = facts[:max(0, room-4)]
	}
	return facts, max(1, room-len(facts)-1)
}

// detailRows is how many lines of the timeline the detail shows.
func (p *Page) detailRows() int {
	l := p.c.NewLayout("")
	bindings := p.Bindings()
	l.Foot = components.Footer(p.c, bindings, bindings)
	_, rows := p.detailParts(l)
	return rows
}

func padLeft(s string, w int) string {
	if n := ansi.StringWidth(s); n < w {
		return strings.Repeat(" ", w-n) + s
	}
	return s
}

// trendLine is one trend: its label, its drawing and its sentence.
type trendLine struct {
	label, spark, said string
}

// trendLines are the trends of the last span meetings.
func (p *Page) trendLines(room int) (head string, lines []trendLine) {
	cat := p.c.Cat
	t := session.TrendsOf(p.logs, p.span)
	head = cat.N(catalog.HistoryTrendsOf, t.Meetings)
	overLower := cat.N(catalog.HistoryTrendsSaid, t.Meetings)
	minutes := func(n int) string {
		switch {
		case n < 0:
			return cat.N(catalog.HistoryMinutesUnder, -n)
		case n > 0:
			return cat.N(catalog.HistoryMinutesOver, n)
		}
		return cat.T(catalog.HistoryOnPlan)
	}
	a, o, ps := t.Attendance.Range, t.OverPlan.Range, t.PassShare.Range
	lines = []trendLine{
		{cat.T(catalog.HistoryAttendance), components.Sparkline(components.Resample(t.Attendance.Values, room), 0, max(1, a.High)),
			cat.F(catalog.HistorySayAttendance, overLower, a.Low, a.High, a.Usual)},
		{cat.T(catalog.HistoryOnTime), components.Marks(components.ResampleMarks(t.OnTime, room), "●", "○"),
			cat.F(catalog.HistorySayOnTime, t.OnTimeCount, overLower)},
		{cat.T(catalog.HistoryOverPlan), components.Sparkline(components.Resample(t.OverPlan.Values, room), o.Low, o.High),
			cat.F(catalog.HistorySayOverPlan, overLower, minutes(o.Low), minutes(o.High), minutes(o.Usual))},
		{cat.T(catalog.HistoryPassShare), components.Sparkline(components.Resample(t.PassShare.Values, room), 0, max(1, ps.High)),
			cat.F(catalog.HistorySayPassShare, overLower, ps.Low, ps.High, ps.Usual)},
	}
	return head, lines
}

func (p *Page) trendsView() string {
	c := p.c
	st, cat := c.Styles, c.Cat
	l := c.NewLayout(cat.F(catalog.HistoryTrendsTitle, p.g.Name))
	bindings := p.Bindings()
	l.Foot = components.Footer(c, bindings, bindings)
	w := l.W
	if len(p.logs) == 0 {
		l.Add(common.Wrap(cat.T(catalog.HistoryFewTrends), w-1, " ")...)
		return l.String()
	}
	labelW := 0
	for _, k := range []catalog.Key{catalog.HistoryAttendance, catalog.HistoryOnTime, catalog.HistoryOverPlan, catalog.HistoryPassShare} {
		labelW = max(labelW, ansi.StringWidth(cat.T(k)))
	}
	room := max(4, w-1-labelW-2-1)
	head, lines := p.trendLines(room)
	other := spans[0]
	if p.span == spans[0] {
		other = spans[1]
	}
	parts := []components.Part{{Keep: 6, Lines: []string{" " + st.Title.Render(head) + st.Muted.Render(" · tab: "+strconv.Itoa(other))}}}
	for _, t := range lines {
		parts = append(parts,
			components.Part{Keep: 8, Lines: []string{" " + st.Label.Render(common.PadRight(t.label, labelW)) + "  " + st.Speaker.Render(t.spark)}},
			components.Part{Keep: 3, Lines: common.Wrap(st.Muted.Render(t.said), w-1, "   ")})
	}
	parts = append(parts, components.Part{Keep: 5, Lines: common.Wrap(cat.T(catalog.HistorySeatsNote), w-1, " ")})
	l.Add(components.Fit(l.Room(), parts...)...)
	return l.String()
}
