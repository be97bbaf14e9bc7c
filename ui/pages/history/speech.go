package history

import (
	"strconv"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"circle/session"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// Speech says the page: the same facts as View, one sentence a line.
func (p *Page) Speech() []string {
	c := p.c
	cat := c.Cat
	var lines []string
	switch p.mode {
	case asking:
		return p.question().Speech(c)
	case detail:
		m := p.meeting(p.at)
		lines = append(lines, p.g.Name+", "+m.Date+".")
		lines = append(lines, p.facts(", ")...)
		lines = append(lines, p.turnSentences(m)...)
	case trends:
		lines = append(lines, cat.F(catalog.HistoryTrendsTitle, p.g.Name)+".")
		if len(p.logs) == 0 {
			lines = append(lines, cat.T(catalog.HistoryFewTrends))
			break
		}
		head, trs := p.trendLines(0)
		lines = append(lines, head+".")
		for _, t := range trs {
			lines = append(lines, t.said)
		}
		lines = append(lines, cat.T(catalog.HistorySeatsNote))
	default:
		lines = append(lines, cat.F(catalog.HistoryTitle, p.g.Name)+".")
		switch {
		case p.err != nil:
			lines = append(lines, cat.T(catalog.HistoryError))
		case len(p.logs) == 0:
			lines = append(lines, cat.T(catalog.HistoryNone))
		default:
			lines = append(lines, cat.N(catalog.HistoryCount, len(p.logs))+".")
			n := min(p.heard, len(p.logs))
			for i := range n {
				lines = append(lines, p.sayMeeting(i))
			}
			if n < len(p.logs) {
				lines = append(lines, cat.T(catalog.HistorySayMore))
			}
		}
	}
	if p.notice != "" {
		lines = append(lines, p.notice)
	}
	if p.problem != "" {
		lines = append(lines, p.problem)
	}
	return append(lines, p.Typing())
}

// sayMeeting says the i-th newest meeting in a sentence.
func (p *Page) sayMeeting(i int) string {
	cat := p.c.Cat
	m := p.meeting(i)
	s := session.Summarize(m)
	return cat.F(catalog.HistorySayMeeting, i+1, m.Date,
		cat.N(catalog.HistoryLength, int(s.Planned/time.Minute), m.ActualSeconds/60),
		cat.F(catalog.HistoryPresent, m.Present), cat.F(catalog.HistorySentWord, m.SentWord),
		p.formatLong(m.Format), p.ended(m),
		cat.N(catalog.HistoryPasses, s.Passes), cat.N(catalog.HistoryOvers, s.Overruns))
}

// turnSentences say a meeting's turns by kind, and its breaks and stops.
func (p *Page) turnSentences(m session.Log) []string {
	cat := p.c.Cat
	var out []string
	for _, kind := range []session.Kind{session.KindCheckIn, session.KindShare, session.KindReaction, session.KindCheckOut} {
		n, passed := 0, 0
		lo, hi := 0, 0
		for _, t := range m.Turns {
			if t.Kind != kind.String() {
				continue
			}
			if n == 0 || t.Seconds < lo {
				lo = t.Seconds
			}
			hi = max(hi, t.Seconds)
			n++
			if t.Passed {
				passed++
			}
		}
		if n > 0 {
			clock := func(s int) string { return common.DurationWords(cat, time.Duration(s)*time.Second) }
			word := p.kindWord(kind.String())
			out = append(out, cat.N(catalog.HistorySayTurns, n, strings.ToUpper(word[:1])+word[1:], clock(lo), clock(hi), passed))
		}
	}
	if len(m.Tally) > 0 {
		spoke := 0
		for _, t := range m.Tally {
			if t.Seconds > 0 {
				spoke++
			}
		}
		out = append(out, cat.N(catalog.SummarySeatsSpoke, len(m.Tally), spoke))
	}
	if m.Breaks > 0 {
		out = append(out, cat.F(catalog.HistorySayBreaks, m.Breaks, common.DurationWords(cat, time.Duration(m.BreakSeconds)*time.Second)))
	}
	if m.Interruptions > 0 {
		out = append(out, cat.N(catalog.HistorySayStops, m.Interruptions, common.DurationWords(cat, time.Duration(m.InterruptedSeconds)*time.Second)))
	}
	return out
}

// Typing says what can be typed here.
func (p *Page) Typing() string {
	cat := p.c.Cat
	switch p.mode {
	case asking:
		return cat.T(catalog.AccessibleConfirm)
	case detail:
		return cat.T(catalog.HistoryTypingDetail)
	case trends:
		return cat.T(catalog.HistoryTypingTrends)
	}
	return cat.T(catalog.HistoryTyping)
}

// line takes a line typed in the line mode.
func (p *Page) line(text string) tea.Cmd {
	c := p.c
	word := strings.ToLower(strings.TrimSpace(text))
	p.problem = ""
	if p.mode == asking {
		if components.Yes(c, common.LineMsg(text)) {
			p.doPurge()
		} else {
			p.notice = c.Cat.T(catalog.HistoryNotDeleted)
		}
		p.mode = list
		return nil
	}
	if word == "q" {
		return tea.Quit
	}
	p.notice = ""
	switch p.mode {
	case detail:
		switch word {
		case "":
			p.mode = list
		case "<":
			p.at = min(p.at+1, len(p.logs)-1)
		case ">":
			p.at = max(p.at-1, 0)
		default:
			p.problem = c.Cat.T(catalog.HistoryTypingDetail)
		}
		return nil
	case trends:
		switch word {
		case "":
			p.mode = list
		case strconv.Itoa(spans[0]):
			p.span = spans[0]
		case strconv.Itoa(spans[1]):
			p.span = spans[1]
		default:
			p.problem = c.Cat.T(catalog.HistoryTypingTrends)
		}
		return nil
	}
	number := func(s string) (int, bool) {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		return n - 1, err == nil && n >= 1 && n <= len(p.logs)
	}
	switch {
	case word == "":
		return common.Go(common.GoHome{Group: p.g.ID})
	case word == "t":
		p.mode = trends
	case word == "w":
		return p.writeReport()
	case word == "more" || word == "mer":
		p.heard += sayPage
	case strings.HasPrefix(word, "x"):
		if i, ok := number(word[1:]); ok {
			p.at = i
			p.askPurge(p.meeting(i).Date)
		} else {
			p.problem = c.Cat.T(catalog.HistoryTyping)
		}
	default:
		if i, ok := number(word); ok {
			p.at, p.mode = i, detail
		} else {
			p.problem = c.Cat.T(catalog.HistoryTyping)
		}
	}
	return nil
}
