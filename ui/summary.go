package ui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"

	"circle/session"
	"circle/ui/catalog"
)

// summary is what the meeting looked like, from its log.
type summary struct {
	log                        session.Log
	checkins, shares, reacts   int
	checkouts, passes, overrun int
	shareMin, shareMax         int // seconds of the sharing turns spoken (passes aside)
	sharePlanned               int // seconds planned for the first sharing turn
}

func summarize(l session.Log) summary {
	s := summary{log: l, shareMin: -1}
	for _, t := range l.Turns {
		switch t.Kind {
		case "checkin":
			s.checkins++
		case "share":
			s.shares++
			if s.sharePlanned == 0 {
				s.sharePlanned = t.PlannedSeconds
			}
			if !t.Passed {
				if s.shareMin < 0 || t.Seconds < s.shareMin {
					s.shareMin = t.Seconds
				}
				s.shareMax = max(s.shareMax, t.Seconds)
			}
		case "reaction":
			s.reacts++
		case "checkout":
			s.checkouts++
		}
		if t.Passed {
			s.passes++
		}
		if t.OvertimeSeconds > 0 {
			s.overrun++
		}
	}
	return s
}

func (m *Model) summaryView() string {
	c, s := m.c, m.meeting
	cat := c.cat
	p := c.newPage(cat.T(catalog.SummaryTitle))
	p.center = true
	sum := summarize(s.log)
	l := sum.log
	sec := func(n int) string { return clock(time.Duration(n) * time.Second) }

	status := cat.T(catalog.SummaryCompleted)
	if !l.Completed {
		status = cat.T(catalog.SummaryStopped)
	}
	lines := []string{
		c.st.title.Render(status),
		cat.F(catalog.SummaryTime, l.ActualSeconds/60, l.PlannedMinutes),
		cat.F(catalog.SummaryPeople, l.Present, l.SentWord),
		cat.F(catalog.SummaryTurns, sum.checkins, sum.shares, sum.reacts, sum.checkouts),
		cat.N(catalog.SummaryPasses, sum.passes),
		cat.N(catalog.SummaryOvertime, sum.overrun),
	}
	if sum.shareMin >= 0 {
		lines = append(lines, cat.F(catalog.SummaryFairness, sec(sum.shareMin), sec(sum.shareMax), sec(sum.sharePlanned)))
	}
	if l.Breaks == 0 {
		lines = append(lines, cat.T(catalog.SummaryNoBreaks))
	} else {
		lines = append(lines, cat.N(catalog.SummaryBreaks, l.Breaks, sec(l.BreakSeconds)))
	}
	lines = append(lines, cat.F(catalog.SummaryRules, len(l.RulesReviewed), l.RulesTotal))
	if l.Completed {
		handover := cat.T(catalog.SummaryHandoverNo)
		if l.Handover {
			handover = cat.T(catalog.SummaryHandoverYes)
		}
		lines = append(lines, handover)
	}
	lines = append(lines, "")
	switch {
	case s.saving:
		lines = append(lines, c.st.muted.Render(cat.T(catalog.SummarySaving)))
	case s.saveErr != nil:
		lines = append(lines, c.st.err.Render(cat.T(catalog.SummarySaveFailed)))
	default:
		lines = append(lines, c.st.muted.Render(cat.T(catalog.SummarySaved)))
	}
	for _, ln := range lines {
		p.add("   " + ln)
	}
	k := c.keys
	bindings := []key.Binding{withHelp(k.Start, cat.T(catalog.HelpHome)), k.Quit}
	if s.saveErr != nil {
		bindings = append(bindings, k.Retry)
	}
	p.foot = append(p.foot, m.fullHelpLines(bindings...)...)
	p.foot = append(p.foot, m.helpLine(bindings...))
	return p.String()
}
