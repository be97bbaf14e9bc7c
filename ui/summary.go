package ui

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"circle/session"
	"circle/store"
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
	if len(l.Tally) > 0 {
		spoke := 0
		for _, t := range l.Tally {
			if t.Seconds > 0 {
				spoke++
			}
		}
		lines = append(lines, cat.F(catalog.SummaryOpen, spoke, len(l.Tally)))
	}
	if l.Interruptions > 0 {
		lines = append(lines, cat.N(catalog.SummaryInterrupted, l.Interruptions, sec(l.InterruptedSeconds)))
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
	for _, ln := range lines {
		p.add("   " + ln)
	}
	p.add("")
	p.add(s.saveLines(p.w)...)
	k := c.keys
	var bindings []key.Binding
	switch {
	case s.quitAsk:
		p.foot = strings.Split(c.st.dialog.Render(cat.T(catalog.SummaryQuitUnsaved)+"\n"+cat.T(catalog.ConfirmKeys)), "\n")
		return p.String()
	case s.unsaved():
		bindings = []key.Binding{
			key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T(catalog.HelpSaveThere))),
			key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", cat.T(catalog.HelpRetry))),
			withHelp(k.Quit, cat.T(catalog.HelpQuit)),
		}
	default:
		bindings = []key.Binding{withHelp(k.Start, cat.T(catalog.HelpHome)), k.Quit}
	}
	p.foot = append(p.foot, m.fullHelpLines(bindings...)...)
	p.foot = append(p.foot, m.helpLine(bindings...))
	return p.String()
}

// saveLines say where the record is, or ask where to put it.
func (s *meetingScreen) saveLines(w int) []string {
	c, cat := s.c, s.c.cat
	var lines []string
	add := func(text string, style func(...string) string) {
		for _, l := range wrap(text, w, "   ") {
			lines = append(lines, style(l))
		}
	}
	switch {
	case s.saving:
		add(cat.T(catalog.SummarySaving), c.st.muted.Render)
	case s.savedTo != "":
		add(cat.F(catalog.SummarySavedTo, s.savedTo), c.st.muted.Render)
		if s.notEnded != nil {
			add(cat.F(catalog.SummaryNotEnded, failureText(cat, s.notEnded)), c.st.err.Render)
		}
	case s.saveErr == nil:
		add(cat.T(catalog.SummarySaved), c.st.muted.Render)
		if s.journal.kept != nil {
			add(cat.F(catalog.SummaryTimesKept, failureText(cat, s.journal.kept)), c.st.err.Render)
		}
	default:
		add(cat.F(catalog.SummarySaveFailed, failureText(cat, s.saveErr)), c.st.err.Render)
		add(cat.T(catalog.SummaryElsewhere), c.st.label.Render)
		lines = append(lines, "   "+s.elsewhere.View())
		if s.elsewhereEr != nil {
			add(cat.F(catalog.SummaryElsewhereFailed, failureText(cat, s.elsewhereEr)), c.st.err.Render)
		}
	}
	return lines
}

// unsaved reports whether the record is saved nowhere yet.
func (s *meetingScreen) unsaved() bool { return !s.saving && s.saveErr != nil && s.savedTo == "" }

// saved takes the data file's answer to the finished meeting.
func (s *meetingScreen) saved(err error) {
	s.saving, s.saveErr = false, err
	if err != nil {
		ti := newInput("› ", 60, 1024, "")
		if home, herr := os.UserHomeDir(); herr == nil {
			ti.SetValue(filepath.Join(home, "circle-"+s.log.Date+".db"))
		}
		ti.Focus()
		s.elsewhere = ti
	}
}

type savedElsewhereMsg struct {
	path   string
	err    error
	notEnd error // why the meeting could not be ended in the data file
}

func (s *meetingScreen) savedElsewhere(msg savedElsewhereMsg) {
	s.saving = false
	if msg.err != nil {
		s.elsewhereEr = msg.err
		return
	}
	s.savedTo, s.elsewhereEr, s.notEnded = msg.path, nil, msg.notEnd
}

// saveElsewhere writes the record into another data file, made if need be,
// and then ends the meeting in the data file (see journal.endHere).
func saveElsewhere(path string, l session.Log, j *journal) tea.Cmd {
	return func() tea.Msg {
		st, err := store.Open(path)
		if err != nil {
			return savedElsewhereMsg{path: path, err: err}
		}
		// The other file does not know the group: there the meeting is
		// of no group.
		l.Group = 0
		err = st.SaveMeeting(l)
		if cerr := st.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return savedElsewhereMsg{path: path, err: err}
		}
		return savedElsewhereMsg{path: path, notEnd: j.endHere()}
	}
}

// summaryKey handles a key on the summary; home says to go to the home
// screen.
func (s *meetingScreen) summaryKey(msg tea.KeyMsg) (cmd tea.Cmd, home bool) {
	k := s.c.keys
	switch {
	case s.saving:
		return nil, false
	case s.quitAsk:
		s.quitAsk = false
		if key.Matches(msg, k.Yes) {
			return tea.Quit, false
		}
		return nil, false
	case s.unsaved():
		switch msg.Type {
		case tea.KeyCtrlC:
			s.quitAsk = true
		case tea.KeyEnter:
			if path := strings.TrimSpace(s.elsewhere.Value()); path != "" {
				s.saving = true
				return saveElsewhere(path, s.log, s.journal), false
			}
		case tea.KeyCtrlR:
			s.saving, s.saveErr = true, nil
			j, l := s.journal, s.log
			return func() tea.Msg { return savedMsg{err: j.finish(l)} }, false
		default:
			s.elsewhere, _ = typeInto(s.elsewhere, msg)
		}
		return nil, false
	case key.Matches(msg, k.Quit):
		return tea.Quit, false
	case key.Matches(msg, k.Start):
		return nil, true
	}
	return nil, false
}

// failureText says in words why the data file failed.
func failureText(cat *catalog.Catalog, err error) string {
	switch failureKind(err) {
	case "none":
		return cat.T(catalog.FailNoFile)
	case "full":
		return cat.T(catalog.FailFull)
	case "cap":
		return cat.T(catalog.FailCap)
	case "events":
		return cat.T(catalog.FailEvents)
	case "readonly":
		return cat.T(catalog.FailReadOnly)
	case "locked":
		return cat.T(catalog.FailLocked)
	}
	return cat.T(catalog.FailOther)
}
