package meeting

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"circle/rules"
	"circle/session"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// Speech is what the line mode says of the meeting, from the same fields
// as the screen: the phase and its cue, what the phase shows, the turn,
// then what changes more often (a notice, the plan's warning, the turn's
// alerts), and last the question being asked. No running clock is in it:
// the alerts are the thresholds the turn has passed, so each is said once.
func (p *Page) Speech() []string {
	c, st, cat := p.c, p.st, p.c.Cat
	out := []string{capitalize(common.PhaseTitle(cat, st.Phase)) + ". " + p.phaseSpeech(st)}

	switch {
	case st.Phase == session.PhaseOpening && !st.Round:
		out = append(out, p.planLines(p.plan)...)
		if pr := p.promptText(p.prompts[0]); pr != "" && !p.m.Config().NoCheckIn {
			out = append(out, cat.F(catalog.IntroCheckIn, pr))
		}
	case st.Phase == session.PhaseRules:
		if st.RulesTicked == 0 || p.showRules {
			out = append(out, p.rulesSpeech(true)...)
		}
		out = append(out, cat.F(catalog.RulesTicked, st.RulesTicked, st.RulesTotal))
		if st.RulesTicked > 0 && st.RulesTicked < st.RulesTotal {
			var left []string
			for i := range p.ruleText {
				if !p.m.Ticked(i) {
					left = append(left, strconv.Itoa(i+1))
				}
			}
			out = append(out, cat.F(catalog.MeetingRulesUnticked, strings.Join(left, ", ")))
		}
	case st.Phase == session.PhaseSharing && st.Format == session.FormatOpen:
		if st.Floor > 0 {
			out = append(out, cat.F(catalog.MeetingOpenHasSpoken, p.seat(st.Floor)))
		} else {
			out = append(out, cat.T(catalog.OpenNobody)+".")
		}
		var quiet []string
		for i, d := range st.Tally {
			if d == 0 && st.Floor != i+1 {
				quiet = append(quiet, p.seatMid(i+1))
			}
		}
		if len(quiet) > 0 {
			out = append(out, cat.F(catalog.MeetingOpenNotHeard, strings.Join(quiet, ", ")))
		}
	case st.Phase == session.PhaseSharing && !st.Round:
		out = append(out, cat.F(catalog.WelcomeShare, p.c.Duration(p.plan.ShareEach)))
		if st.HasNext {
			out = append(out, cat.F(catalog.FirstTurn, p.seat(st.Next.Seat)))
		}
	case st.Phase == session.PhaseClosing && !st.Round:
		if p.offerAgain(st) {
			out = append(out, cat.T(catalog.RoomAgainOfferLine))
		}
		if pr := p.promptText(p.prompts[2]); pr != "" {
			out = append(out, cat.F(catalog.IntroCheckOut, pr))
		}
	case st.Phase == session.PhaseHandover:
		out = append(out, cat.T(catalog.HandoverConfidential), cat.T(catalog.HandoverQuestion))
		card := p.cardLines()
		out = append(out, card[0]+":")
		out = append(out, card[1:]...)
	}
	if st.Round {
		t := st.Turn
		out = append(out, cat.F(catalog.AccessibleTurn, p.seat(t.Seat), p.kindText(t.Slot), common.DurationWords(cat, t.Planned)))
		// The cue of the turn, not of its overtime: that is an alert.
		calm := st
		calm.Turn.Left, calm.OnBreak, calm.BreakDue = 1, false, false
		cue, named := p.spokenCue(calm)
		if pr := p.promptFor(t.Kind); pr != "" && !(named && (st.Position == 1 || p.own())) {
			out = append(out, cat.F(catalog.AccessiblePrompt, pr))
		}
		if st.Position == 1 || p.own() {
			out = append(out, cat.T(catalog.LabelNow)+": "+cue)
		}
	}
	if r := p.reminder(); r != "" {
		out = append(out, r)
	}
	if st.OnBreak {
		out = append(out, cat.T(catalog.BreakTitle)+". "+cat.T(catalog.Cue(cueFor(st))))
	} else if st.BreakDue {
		out = append(out, cat.T(catalog.Cue(cueFor(st))))
	}
	if p.notice != "" {
		out = append(out, p.notice)
	}
	if err := p.journal.Failing(); err != nil {
		out = append(out, cat.F(catalog.SavingFailing, common.FailureText(cat, err)))
	}
	if !st.Fits() {
		out = append(out, p.warningText(st))
		if opts := p.choiceNames(st); opts != "" {
			out = append(out, cat.T(catalog.PlanChoose)+" "+opts+".")
		}
	}
	if st.Round && !st.OnBreak {
		if a := p.alert(st); a != "" {
			out = append(out, a)
		}
	}
	if p.showRules && st.Phase != session.PhaseRules {
		out = append(out, p.rulesSpeech(false)...)
	}
	if p.problem != "" {
		out = append(out, p.problem)
	}
	switch p.confirm {
	case confirmNone:
	case confirmChoice:
		out = append(out, cat.T(catalog.MeetingLineChoose))
		for i, ch := range offered(st) {
			out = append(out, strconv.Itoa(i+1)+". "+p.choiceName(ch)+": "+cat.T(confirmChoiceText[ch]))
		}
	case confirmRemind:
		out = append(out, cat.T(catalog.MeetingLineRemind))
		for i, r := range p.ruleText {
			out = append(out, strconv.Itoa(i+1)+". "+r)
		}
	case confirmJoinSeat, confirmJoinName, confirmLeaveSeat, confirmEarlier:
		out = append(out, p.askText())
	default:
		// Said once, with its numbers as they were when it was asked.
		q, _ := p.question(p.m.Status(p.askedAt))
		out = append(out, q.Speech(c)...)
	}
	return out
}

// spokenCue is the Now cue as the line mode says it: where the screen's
// cue points at the prompt above it, the spoken one says the prompt, for
// a screen reader has no above. named reports that it did.
func (p *Page) spokenCue(st session.Status) (cue string, named bool) {
	cat := p.c.Cat
	pr := p.promptFor(st.Turn.Kind)
	switch cue = p.cueText(st); {
	case pr == "":
	case cue == cat.T(catalog.MeetingNowPrompt):
		return cat.F(catalog.MeetingLineNowPrompt, pr), true
	case cue == cat.T(catalog.MeetingNowReaction):
		return cat.F(catalog.MeetingLineNowReaction, pr), true
	case cue == cat.T(catalog.MeetingNowOwnPrompt):
		return cat.F(catalog.MeetingLineNowOwnPrompt, pr), true
	}
	return cue, false
}

// phaseSpeech is the cue of the phase between its rounds, in the words of
// the line mode where the screen's name keys a line cannot type. During
// a round, a break in it included, it says what enter does in each turn:
// said as the round begins, and again only when the page is said whole,
// as a meeting resumed mid-turn is, which must not hear "press enter to
// begin".
func (p *Page) phaseSpeech(st session.Status) string {
	cat := p.c.Cat
	switch {
	case st.Round:
		return cat.T(catalog.MeetingLineRound)
	case st.Phase == session.PhaseRules:
		return cat.T(catalog.AccessibleHelpRules)
	case st.Phase == session.PhaseSharing && st.Format == session.FormatOpen:
		return cat.T(catalog.MeetingLineOpen)
	}
	if cue := phaseCue(st); cue != rules.CueWelcome || !p.m.Config().NoCheckIn {
		return cat.T(catalog.Cue(cue))
	}
	return cat.T(catalog.Cue(rules.CueWelcomeRules))
}

// rulesSpeech says the ground rules, numbered, with their ticks when they
// are being ticked.
func (p *Page) rulesSpeech(ticks bool) []string {
	cat := p.c.Cat
	out := []string{cat.T(catalog.RulesHeading) + ":"}
	for i, text := range p.ruleText {
		s := strconv.Itoa(i+1) + ". " + text
		if ticks {
			mark := cat.T(catalog.AccessibleUnticked)
			if p.m.Ticked(i) {
				mark = cat.T(catalog.AccessibleTicked)
			}
			s += " " + mark
		}
		out = append(out, s)
	}
	return out
}

// alert is the last threshold the turn has passed: the calm warning (one
// minute left), time, thirty seconds over, and each whole minute over.
func (p *Page) alert(st session.Status) string {
	cat, t := p.c.Cat, st.Turn
	seat := p.seat(t.Seat)
	switch {
	case t.Left <= -time.Minute:
		return cat.F(catalog.AccessibleOver, seat, cat.N(catalog.Minutes, int(-t.Left/time.Minute)))
	case t.Left <= -30*time.Second:
		return cat.F(catalog.AccessibleTime, seat, cat.N(catalog.Seconds, 30))
	case t.Left <= 0:
		return cat.T(catalog.AccessibleTimeUp)
	case st.Warn:
		return cat.T(catalog.AccessibleMinuteLeft)
	}
	return ""
}

// Typing says what can be typed at this moment of the meeting.
func (p *Page) Typing() string {
	cat, st := p.c.Cat, p.st
	switch {
	case p.confirm == confirmChoice:
		return cat.T(catalog.MeetingLineChoose)
	case p.confirm == confirmRemind:
		return cat.T(catalog.MeetingLineRemind)
	case p.typing():
		return p.askText()
	case p.confirm != confirmNone:
		return cat.T(catalog.AccessibleConfirm)
	case st.OnBreak:
		return cat.T(catalog.MeetingLineHelpBreak)
	case st.Phase == session.PhaseRules:
		return cat.T(catalog.AccessibleHelpRules)
	case st.Phase == session.PhaseSharing && st.Format == session.FormatOpen && !st.Round:
		return cat.T(catalog.MeetingLineHelpOpen)
	case st.Phase == session.PhaseHandover:
		return cat.T(catalog.MeetingLineHelpHandover)
	}
	return cat.T(catalog.MeetingLineHelp) + " " + cat.T(catalog.RoomLineHelp)
}

// line takes a line typed in the line mode: enter alone is the next step,
// the letters are the full screen's keys, "t 3" ticks rule 3 and "t" all
// of them, a number gives the open floor to a seat and "-" to no one.
func (p *Page) line(text string) {
	word := strings.ToLower(strings.TrimSpace(text))
	now := p.c.Now()
	defer p.refresh(now)
	p.problem = ""
	p.showRules = false
	msg := common.LineMsg(text)
	if p.confirm == confirmJoinName {
		// A name as it was typed, not lowered; an empty line is none.
		p.typed = strings.TrimSpace(text)
		p.submitName(now)
		return
	}
	if p.typing() {
		p.typed = word
		p.submitTyped(now)
		return
	}
	if p.confirm != confirmNone {
		// A rule to remind of is named by its number.
		remind := -1
		if n, err := strconv.Atoi(word); err == nil && n >= 1 && n <= len(p.ruleText) {
			remind = n - 1
		}
		p.answer(now, msg, word, remind)
		return
	}
	st := p.m.Status(now)
	open := st.Phase == session.PhaseSharing && st.Format == session.FormatOpen && !st.OnBreak
	switch {
	case word == "":
		p.key(tea.KeyMsg{Type: tea.KeyEnter})
	case word == "q":
		p.ask(confirmStop, now)
	case word == "r":
		p.showRules = true
	case open && word == "-":
		_ = p.apply(session.Floor(now, 0))
	case open && isNumber(word):
		n, _ := strconv.Atoi(word)
		if n < 1 || n > p.m.Seats() {
			p.problem = p.c.Cat.F(catalog.MeetingLineNotHere, strings.TrimSpace(text))
			return
		}
		_ = p.apply(session.Floor(now, n))
	case st.Phase == session.PhaseRules && strings.HasPrefix(word, "t"):
		p.tickLine(now, strings.TrimSpace(word[1:]))
	case st.Phase == session.PhaseHandover && !st.OnBreak && (components.Yes(p.c, msg) || word == "n"):
		_ = p.apply(session.Handover(now, word != "n"))
	case word == "p" && st.Round && !st.OnBreak,
		word == "b",
		word == "m" && p.canRemind(st),
		word == "c" && p.canChoose(st),
		word == "v":
		p.key(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(word)})
	case p.roomLine(now, word, st):
	default:
		p.problem = p.c.Cat.F(catalog.MeetingLineNotHere, strings.TrimSpace(text))
	}
}

// tickLine ticks rule arg (a number from 1), or every rule not yet ticked
// when arg is empty. A tick is a tick: a ticked rule stays ticked.
func (p *Page) tickLine(now time.Time, arg string) {
	if arg == "" {
		for i := range p.ruleText {
			if !p.m.Ticked(i) {
				p.tick(now, i, true)
			}
		}
		return
	}
	n, err := strconv.Atoi(arg)
	if err != nil || n < 1 || n > len(p.ruleText) {
		p.problem = p.c.Cat.F(catalog.MeetingLineNoRule, arg, len(p.ruleText))
		return
	}
	if !p.m.Ticked(n - 1) {
		p.tick(now, n-1, true)
	}
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Glance is what a screen too small for the meeting still shows: who
// speaks and the time left, or the phase and the meeting's clock.
func (p *Page) Glance() string {
	st, cat := p.st, p.c.Cat
	switch {
	case st.OnBreak:
		return cat.T(catalog.BreakTitle) + " · " + common.Clock(st.Break)
	case st.Round && st.Turn.Over():
		return p.seat(st.Turn.Seat) + " · " + cat.F(catalog.TurnOver, common.Clock(st.Turn.Elapsed-st.Turn.Planned))
	case st.Round:
		return p.seat(st.Turn.Seat) + " · " + p.leftText(st.Turn)
	}
	return capitalize(common.PhaseTitle(cat, st.Phase)) + " · " +
		cat.F(catalog.MeetingClock, int(st.Elapsed/time.Minute), int(st.Left/time.Minute))
}

// capitalize makes a screen title the start of a spoken sentence.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
