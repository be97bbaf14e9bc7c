package ui

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"circle/rules"
	"circle/session"
	"circle/ui/catalog"
)

// The accessible mode runs the same program line by line, for screen
// readers and braille displays: no alternate screen, no redrawing, no
// escape sequences, no borders or spinners. Each change is announced once,
// as one line of plain text, and the facilitator answers with a letter and
// enter. The meeting itself is the same Model, engine, journal and store as
// the full screen; this file only turns typed lines into its keys and its
// changes into sentences.

// accessible is a running accessible session.
type accessible struct {
	m   *Model
	out io.Writer

	// What was last announced, so only changes are said.
	screen    screen
	phase     session.Phase
	round     bool
	onBreak   bool
	turn      int        // turns finished when the current one was announced
	floor     int        // the seat with the open floor, as last announced
	groupMode editorMode // the group editor's step, as last announced
	fits      bool
	confirm   confirmKind
	notice    string
	failing   bool
	said      map[string]bool // one-off announcements of the current turn
	field     field           // the setup question being asked
	problem   string
	finished  bool
}

// RunAccessible runs circle in accessible mode until the facilitator quits
// or in ends. Ticks come once a second; only what changes is announced.
func RunAccessible(o Options, in io.Reader, out io.Writer) error {
	a := newAccessible(New(o), out)
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(in)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	a.announce()
	for !a.finished {
		select {
		case line, ok := <-lines:
			if !ok {
				return nil
			}
			a.input(line)
		case <-tick.C:
			a.tick()
		}
	}
	return nil
}

func newAccessible(m *Model, out io.Writer) *accessible {
	m.ticksFromOutside = true
	return &accessible{m: m, out: out, screen: -1, said: map[string]bool{}, fits: true}
}

func (a *accessible) say(s string) { fmt.Fprintln(a.out, s) }

func (a *accessible) t(k catalog.Key) string { return a.m.c.cat.T(k) }

// send hands a message to the program and runs what it asks to run at once
// (saving the record), never a clock tick: the accessible loop has its own.
func (a *accessible) send(msg tea.Msg) {
	_, cmd := a.m.Update(msg)
	a.run(cmd)
}

func (a *accessible) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case tickMsg, nil:
	case tea.QuitMsg:
		a.finished = true
	case tea.BatchMsg:
		for _, c := range msg {
			a.run(c)
		}
	default:
		a.send(msg)
	}
}

func (a *accessible) key(k string) {
	switch k {
	case "enter":
		a.send(tea.KeyMsg{Type: tea.KeyEnter})
	case "ctrl+x":
		a.send(tea.KeyMsg{Type: tea.KeyCtrlX})
	default:
		a.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)})
	}
}

// tick lets the clock move the meeting on.
func (a *accessible) tick() {
	if a.m.screen == screenMeeting {
		a.send(tickMsg{gen: a.m.tickGen})
		a.announce()
	}
}

// input takes one typed line.
func (a *accessible) input(line string) {
	line = strings.TrimSpace(line)
	word := strings.ToLower(line)
	if word == "?" {
		a.say(a.helpText())
		return
	}
	switch a.m.screen {
	case screenHome:
		switch word {
		case "q":
			a.finished = true
			return
		case "", "n":
			a.key("enter")
			a.field = 0
		}
	case screenGroup:
		// A new group: its name, then its rules agreed as they stand.
		// The rules are edited on the full screen or with circle rules.
		e := a.m.editor
		switch {
		case word == "q":
			a.send(tea.KeyMsg{Type: tea.KeyEsc})
		case e.mode == editName:
			e.input.SetValue(line)
			a.key("enter")
		case e.mode == editRules && word == "":
			a.key("enter")
		}
		a.groupMode = -1
	case screenSetup:
		a.answer(line)
	case screenResume:
		switch word {
		case "":
			a.key("enter")
		case "x":
			a.key("ctrl+x")
		case "y", "n":
			a.key(word)
		case "q":
			a.finished = true
			return
		default:
			// names typed again
			a.m.resume.input.SetValue(line)
			a.key("enter")
		}
	case screenMeeting:
		a.meetingInput(word)
	case screenSummary:
		switch word {
		case "q":
			a.finished = true
			return
		case "":
			a.key("enter")
		default:
			if a.m.meeting.unsaved() {
				a.m.meeting.elsewhere.SetValue(line)
				a.key("enter")
			}
		}
	}
	a.announce()
}

// meetingInput maps a typed word to the meeting's keys: enter for the next
// step, and the same letters as the full screen.
func (a *accessible) meetingInput(word string) {
	s := a.m.meeting
	switch {
	case word == "":
		a.key("enter")
	case word == "q":
		a.send(tea.KeyMsg{Type: tea.KeyCtrlC})
	case word == "r":
		a.sayRules(false)
	case word == "-":
		a.key(" ") // the open floor: no one has it
	case s.st.Phase == session.PhaseRules && strings.HasPrefix(word, "t"):
		// "t 3" ticks rule 3; "t" alone ticks every rule read aloud.
		arg := strings.TrimSpace(word[1:])
		if arg == "" {
			for i := range s.rules {
				if !s.m.Ticked(i) {
					s.cursor = i
					a.key(" ")
				}
			}
		} else if n, err := strconv.Atoi(arg); err == nil && n >= 1 && n <= len(s.rules) {
			s.cursor = n - 1
			a.key(" ")
		}
		a.say(a.m.c.cat.F(catalog.RulesTicked, s.m.Status(a.m.c.now()).RulesTicked, len(s.rules)))
	case len(word) == 1:
		a.key(word)
	}
}

// setup asks the form's questions one at a time.
func (a *accessible) answer(line string) {
	f := &a.m.setup
	if a.field == fieldFormat {
		if strings.HasPrefix(strings.ToLower(line), "p") {
			f.format = session.FormatPlain
		} else {
			f.format = session.FormatCircle
		}
		a.key("enter")
		if a.m.screen == screenSetup {
			a.problem = f.problem
			a.field = f.focus
		}
		return
	}
	if line != "" {
		f.inputs[a.field].SetValue(line)
	}
	a.field++
}

func (a *accessible) question() string {
	c := a.m.c.cat
	f := &a.m.setup
	q := c.T(fieldLabels[a.field])
	if a.field == fieldFormat {
		return c.F(catalog.AccessibleFormat, q)
	}
	if v := f.inputs[a.field].Value(); v != "" {
		return c.F(catalog.AccessibleAskDefault, q, c.T(fieldHints[a.field]), v)
	}
	return c.F(catalog.AccessibleAsk, q, c.T(fieldHints[a.field]))
}

func (a *accessible) sayRules(numbered bool) {
	s := a.m.meeting
	a.say(a.t(catalog.RulesHeading))
	for i := range s.rules {
		text := s.ruleText[i]
		if numbered {
			mark := a.t(catalog.AccessibleUnticked)
			if s.m.Ticked(i) {
				mark = a.t(catalog.AccessibleTicked)
			}
			a.say(fmt.Sprintf("%d. %s %s", i+1, text, mark))
		} else {
			a.say(text)
		}
	}
}

// announce says what changed since the last announcement.
func (a *accessible) announce() {
	m, cat := a.m, a.m.c.cat
	if m.screen != a.screen {
		a.screen = m.screen
		switch m.screen {
		case screenHome:
			a.say(a.t(catalog.HomeHeading) + ". " + a.t(catalog.HomeIntro))
			if m.warning != "" {
				a.say(m.warning)
			}
			a.say(a.t(catalog.AccessibleHome))
		case screenResume:
			a.sayResume()
		case screenGroup:
			a.groupMode = -1
		case screenSetup:
			a.say(capitalize(a.t(catalog.SetupTitle)) + ".")
		case screenSummary:
			a.saySummary()
		case screenMeeting:
			a.phase, a.round, a.turn = -1, false, -1
		}
	}
	switch m.screen {
	case screenGroup:
		if e := m.editor; e.mode != a.groupMode || e.problem != "" {
			a.groupMode = e.mode
			if e.problem != "" {
				a.say(e.problem)
				e.problem = ""
			}
			switch e.mode {
			case editName:
				a.say(a.t(catalog.GroupNameAsk))
			case editRules:
				a.say(a.t(catalog.GroupAgreeHeading) + ". " + a.t(catalog.Cue(rules.CueFirstMeeting)))
				for i, r := range e.g.Rules {
					a.say(fmt.Sprintf("%d. %s", i+1, r))
				}
			}
		}
		return
	case screenSetup:
		if a.problem != "" {
			a.say(a.problem)
			a.problem = ""
		}
		a.say(a.question())
		return
	case screenSummary:
		if s := m.meeting; !s.saving && !a.said["saved"] {
			a.said["saved"] = true
			for _, l := range s.saveLines(1 << 20) {
				a.say(strings.TrimSpace(l))
			}
		}
		return
	case screenMeeting:
	default:
		return
	}

	s := m.meeting
	st := s.st
	if st.Phase != a.phase || st.Round != a.round {
		a.phase, a.round = st.Phase, st.Round
		if !st.Round {
			a.say(capitalize(a.t(phaseTitles[st.Phase])) + ". " + a.t(catalog.Cue(cueFor(st))))
			if st.Phase == session.PhaseRules {
				a.sayRules(true)
			}
		}
	}
	if st.OnBreak != a.onBreak {
		a.onBreak = st.OnBreak
		if st.OnBreak {
			a.say(a.t(catalog.BreakTitle) + ". " + a.t(catalog.Cue(cueFor(st))))
		} else {
			a.say(a.t(catalog.AccessibleBreakOver))
		}
	}
	if st.Round && !st.OnBreak && len(s.m.Turns()) != a.turn {
		a.turn = len(s.m.Turns())
		a.said = map[string]bool{}
		t := st.Turn
		a.say(cat.F(catalog.AccessibleTurn, s.seat(t.Seat), s.kindText(t.Slot), durationWords(cat, t.Planned)))
		if pr := s.promptFor(t.Kind); pr != "" {
			a.say(cat.F(catalog.AccessiblePrompt, pr))
		}
	}
	if st.Round && !st.OnBreak {
		a.turnAlerts(st.Turn)
	}
	if st.Floor != a.floor {
		a.floor = st.Floor
		if st.Floor > 0 {
			a.say(cat.F(catalog.OpenHas, s.seat(st.Floor), clock(st.Tally[st.Floor-1])))
		} else if st.Phase == session.PhaseSharing {
			a.say(a.t(catalog.OpenNobody))
		}
	}
	if st.Fits() != a.fits {
		a.fits = st.Fits()
		if !a.fits {
			for _, l := range s.warning(st, 1<<20) {
				a.say(strings.TrimSpace(l))
			}
		}
	}
	if s.notice != a.notice {
		a.notice = s.notice
		if s.notice != "" {
			a.say(s.notice)
		}
	}
	if s.confirm != a.confirm {
		a.confirm = s.confirm
		if s.confirm != confirmNone {
			lines := s.dialog(1 << 20)
			// The dialog's frame is for the full screen; say its words.
			for _, l := range lines[1 : len(lines)-1] {
				a.say(strings.Trim(l, "│ "))
			}
		}
	}
	if failing := s.journal.failing() != nil; failing != a.failing {
		a.failing = failing
		if failing {
			a.say(cat.F(catalog.SavingFailing, failureText(cat, s.journal.failing())))
		}
	}
}

// turnAlerts says "one minute left", "time", and how far over, once each.
func (a *accessible) turnAlerts(t session.TurnStatus) {
	cat := a.m.c.cat
	seat := a.m.meeting.seat(t.Seat)
	once := func(k string, text string) {
		if !a.said[k] {
			a.said[k] = true
			a.say(text)
		}
	}
	switch {
	case t.Left <= -time.Minute:
		n := int(-t.Left / time.Minute)
		once("over"+strconv.Itoa(n), cat.F(catalog.AccessibleOver, seat, cat.N(catalog.Minutes, n)))
	case t.Left <= -30*time.Second:
		once("over30", cat.F(catalog.AccessibleTime, seat, cat.N(catalog.Seconds, 30)))
	case t.Left <= 0:
		once("time", a.t(catalog.AccessibleTimeUp))
	case t.Left <= time.Minute && t.Planned > 90*time.Second:
		once("minute", a.t(catalog.AccessibleMinuteLeft))
	}
}

func (a *accessible) sayResume() {
	r := a.m.resume
	cat := a.m.c.cat
	a.say(a.t(catalog.ResumeHeading) + ".")
	if !r.usable() {
		a.say(a.t(catalog.ResumeUnreadable))
		return
	}
	st := r.m.Status(r.last)
	where := cat.T(phaseTitles[st.Phase])
	if st.Round {
		where = cat.F(catalog.ResumeTurn, where, cat.F(catalog.Seat, st.Turn.Seat))
	}
	a.say(cat.F(catalog.ResumeWhere, where))
	a.say(a.t(catalog.AccessibleResume))
}

func (a *accessible) saySummary() {
	s := a.m.meeting
	sum := summarize(s.log)
	cat := a.m.c.cat
	l := sum.log
	if l.Completed {
		a.say(a.t(catalog.SummaryCompleted))
	} else {
		a.say(a.t(catalog.SummaryStopped))
	}
	a.say(cat.F(catalog.SummaryTime, l.ActualSeconds/60, l.PlannedMinutes))
	a.say(cat.F(catalog.SummaryTurns, sum.checkins, sum.shares, sum.reacts, sum.checkouts))
	a.say(cat.N(catalog.SummaryPasses, sum.passes))
	a.say(cat.N(catalog.SummaryOvertime, sum.overrun))
}

// helpText lists the letters of the moment.
func (a *accessible) helpText() string {
	switch a.m.screen {
	case screenMeeting:
		if a.m.meeting.st.Phase == session.PhaseRules {
			return a.t(catalog.AccessibleHelpRules)
		}
		return a.t(catalog.AccessibleHelpMeeting)
	case screenResume:
		return a.t(catalog.AccessibleResume)
	}
	return a.t(catalog.AccessibleHome)
}

// durationWords says a planned length in words: whole minutes, or seconds
// under a minute and a half.
func durationWords(cat *catalog.Catalog, d time.Duration) string {
	if d < 90*time.Second && d%time.Minute != 0 {
		return cat.N(catalog.Seconds, int(d/time.Second))
	}
	return cat.N(catalog.Minutes, int((d+30*time.Second)/time.Minute))
}

// capitalize makes a screen title the start of a spoken sentence.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
