package ui

import (
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"circle/rules"
	"circle/session"
	"circle/ui/catalog"
)

var phaseTitles = map[session.Phase]catalog.Key{
	session.PhaseSetup:    catalog.PhaseSetup,
	session.PhaseOpening:  catalog.PhaseOpening,
	session.PhaseRules:    catalog.PhaseRules,
	session.PhaseSharing:  catalog.PhaseSharing,
	session.PhaseClosing:  catalog.PhaseClosing,
	session.PhaseHandover: catalog.PhaseHandover,
	session.PhaseDone:     catalog.PhaseDone,
}

// cueFor is the facilitator's cue card for the moment: what to say, what to
// do now.
func cueFor(st session.Status) string {
	switch {
	case st.OnBreak:
		return rules.CueBreak
	case st.Round && st.Turn.Over():
		return rules.CueOvertime
	case st.BreakDue:
		return rules.CueBreakDue
	case !st.Fits() && !st.Round && st.Phase <= session.PhaseSharing && len(st.Choices) > 0:
		return rules.CueShort
	case st.Round:
		return kindCues[st.Turn.Kind]
	}
	if st.Phase == session.PhaseSharing {
		if cue, ok := formatCues[st.Format]; ok {
			return cue
		}
	}
	return phaseCues[st.Phase]
}

// phaseCues is the cue card of each phase between its rounds; every phase
// of the engine has one (a test holds the engine and the script together).
var phaseCues = map[session.Phase]string{
	session.PhaseSetup:    rules.CueWelcome,
	session.PhaseOpening:  rules.CueWelcome,
	session.PhaseRules:    rules.CueRules,
	session.PhaseSharing:  rules.CueSharing,
	session.PhaseClosing:  rules.CueClosing,
	session.PhaseHandover: rules.CueHandover,
	session.PhaseDone:     rules.CueDone,
}

// formatCues is the cue card before the main part, by format.
var formatCues = map[session.Format]string{
	session.FormatCircle: rules.CueSharing,
	session.FormatPlain:  rules.CuePlain,
	session.FormatOpen:   rules.CueOpen,
}

// kindCues is the cue card during each kind of turn.
var kindCues = map[session.Kind]string{
	session.KindCheckIn:  rules.CueCheckIn,
	session.KindShare:    rules.CueShare,
	session.KindReaction: rules.CueReaction,
	session.KindCheckOut: rules.CueCheckOut,
}

// kindText says what the speaker is doing.
func (s *meetingScreen) kindText(t session.Slot) string {
	cat := s.c.cat
	switch t.Kind {
	case session.KindCheckIn:
		return cat.T(catalog.TurnCheckIn)
	case session.KindShare:
		return cat.T(catalog.TurnShare)
	case session.KindReaction:
		return cat.F(catalog.TurnReaction, s.seat(t.About))
	}
	return cat.T(catalog.TurnCheckOut)
}

// promptFor is the reflection prompt shown with a kind of turn.
func (s *meetingScreen) promptFor(k session.Kind) string {
	switch k {
	case session.KindCheckIn:
		return s.promptText(s.checkin.ID)
	case session.KindReaction:
		return s.promptText(s.reaction.ID)
	case session.KindCheckOut:
		return s.promptText(s.checkout.ID)
	}
	return ""
}

// promptText is a prompt's words: the group's own, or circle's.
func (s *meetingScreen) promptText(id string) string {
	if t, ok := s.ownPrompts[id]; ok {
		return t
	}
	if id == "" || !s.c.cat.Has(catalog.Prompt(id)) {
		return ""
	}
	return s.c.cat.T(catalog.Prompt(id))
}

func (m *Model) meetingView() string {
	s, c := m.meeting, m.c
	st := s.st
	cat := c.cat
	w, _ := c.size()
	p := c.newPage(cat.T(phaseTitles[st.Phase]))
	// The meeting clock, at the right of the title: whole minutes, so it
	// changes once a minute.
	gone := int(st.Elapsed / time.Minute)
	left := int(st.Length/time.Minute) - gone
	var mclock string
	if left >= 0 {
		mclock = cat.F(catalog.MeetingClock, gone, left)
	} else {
		mclock = c.st.over.Render(cat.F(catalog.MeetingClockOver, gone, -left))
	}
	if lipgloss.Width(p.head[0])+lipgloss.Width(mclock)+2 > w {
		// Narrow: the phase and the meeting clock matter more than the name.
		p.head[0] = " " + c.st.title.Render(cat.T(phaseTitles[st.Phase]))
	}
	p.head[0] = spread(p.head[0], mclock+" ", w)
	// The footer: the prompt, the cue, any warning, the keys. On a short
	// screen the prompt goes first, then the cue shrinks to a line: what is
	// said by the body (who speaks, how long is left) must stay.
	var prompt, cue, extra, keys []string
	if st.Round && !st.OnBreak {
		if pr := s.promptFor(st.Turn.Kind); pr != "" {
			prompt = labelled(c, cat.T(catalog.LabelPrompt), pr, w)
		}
	}
	cue = labelled(c, cat.T(catalog.LabelNow), s.cueText(st), w)
	if !st.Fits() {
		extra = append(extra, s.warning(st, w)...)
	}
	if err := s.journal.failing(); err != nil {
		for _, l := range wrap("! "+cat.F(catalog.SavingFailing, failureText(cat, err)), w, " ") {
			extra = append(extra, c.st.err.Render(l))
		}
	}
	if s.notice != "" {
		extra = append(extra, wrap(s.notice, w, " ")...)
	}
	if s.confirm != confirmNone {
		keys = s.dialog(w)
	} else {
		// The keys change with the moment, not with the clock: the
		// rendered help is kept until the moment changes.
		sig := helpSig{phase: st.Phase, format: st.Format, round: st.Round, onBreak: st.OnBreak, fits: st.Fits(), width: w, full: m.fullHelp}
		if m.help.sig != sig || m.help.lines == nil {
			short, all := s.bindings(st)
			m.help = helpMemo{sig: sig, lines: append(m.fullHelpLines(all...), m.helpLine(short...))}
		}
		keys = m.help.lines
	}
	room := p.h - len(p.head) - compactBody
	if 1+len(prompt)+len(cue)+len(extra)+len(keys) > room {
		prompt = nil
	}
	if over := 1 + len(cue) + len(extra) + len(keys) - room; over > 0 && len(cue) > 1 {
		cue = cue[:max(1, len(cue)-over)]
	}
	foot := make([]string, 0, 1+len(prompt)+len(cue)+len(extra)+len(keys))
	foot = append(foot, c.st.rule.Render(strings.Repeat("─", w)))
	foot = append(append(append(append(foot, prompt...), cue...), extra...), keys...)
	p.foot = foot

	p.center = true

	switch {
	case s.showRules || st.Phase == session.PhaseRules:
		s.rulesBody(p, st.Phase == session.PhaseRules, p.h-len(p.head)-len(p.foot))
		p.center = false
	case st.OnBreak:
		s.breakBody(p)
	default:
		p.add(s.reminderLines(w)...)
		switch {
		case st.Round:
			s.turnBody(p)
		case st.Phase == session.PhaseSharing && st.Format == session.FormatOpen:
			s.openBody(p)
		default:
			s.introBody(p)
		}
	}

	return p.String()
}

// compactBody is the fewest lines the body of a turn needs: who speaks,
// what they do, the bar and the time.
const compactBody = 4

// cueText is the cue card with the names of the moment filled in.
func (s *meetingScreen) cueText(st session.Status) string {
	return s.c.cat.T(catalog.Cue(cueFor(st)))
}

// labelled renders "Label  text" with the text wrapped under itself.
func labelled(c *common, label, text string, w int) []string {
	const lw = 9
	lines := wrap(text, w, strings.Repeat(" ", lw+1))
	lines[0] = " " + c.st.label.Render(padRight(label, lw)) + lines[0][lw+1:]
	return lines
}

func (s *meetingScreen) turnBody(p *page) {
	c, st, w := s.c, s.st, p.w
	t := st.Turn
	roomy := p.h-len(p.head)-len(p.foot) >= 9
	p.add(center(c.st.speaker.Render(s.seat(t.Seat)), w))
	p.add(center(c.st.muted.Render(s.kindText(t.Slot)), w))
	if roomy {
		p.add("")
	}
	barW := min(60, w-8)
	frac := 1.0
	if t.Planned > 0 && !t.Over() {
		frac = float64(t.Elapsed) / float64(t.Planned)
	}
	bar := c.bar
	bar.Width = barW
	if t.Over() {
		bar.FullColor = string(colCalm)
	}
	p.add(center(bar.ViewAs(frac), w))
	// The time left is planned minus whole seconds spoken, so it changes
	// on the same tick as the seconds.
	left := t.Planned - t.Elapsed.Truncate(time.Second)
	if t.Over() {
		p.add(center(c.st.over.Render(c.cat.F(catalog.TurnOver, clock(t.Elapsed-t.Planned)))+
			c.st.muted.Render(" · "+c.cat.F(catalog.TurnPlanned, clock(t.Planned))), w))
	} else {
		p.add(center(c.st.digits.Render(c.cat.F(catalog.TurnLeft, clock(left), clock(t.Planned))), w))
	}
	if roomy {
		p.add("")
	}
	p.add(center(c.st.muted.Render(c.cat.F(catalog.TurnPosition, st.Position, st.RoundSize)), w))
	if st.HasNext {
		p.add(center(c.cat.F(catalog.NextTurn, s.seat(st.Next.Seat), s.kindText(st.Next)), w))
	} else {
		p.add(center(c.cat.T(nextPhase(st.Phase)), w))
	}
}

// nextPhase says what follows the last turn of a phase's round.
func nextPhase(p session.Phase) catalog.Key {
	switch p {
	case session.PhaseOpening:
		return catalog.NextRules
	case session.PhaseSharing:
		return catalog.NextClosing
	}
	return catalog.NextHandover
}

func (s *meetingScreen) breakBody(p *page) {
	c, st, w := s.c, s.st, p.w
	p.add(center(c.st.speaker.Render(c.cat.T(catalog.BreakTitle)), w), "")
	if st.BreakPlanned > 0 {
		if st.Break > st.BreakPlanned {
			p.add(center(c.st.over.Render(c.cat.F(catalog.BreakOver, clock(st.Break-st.BreakPlanned)))+
				c.st.muted.Render(" · "+c.cat.F(catalog.BreakOf, clock(st.Break), clock(st.BreakPlanned))), w))
		} else {
			p.add(center(c.st.digits.Render(c.cat.F(catalog.BreakOf, clock(st.Break), clock(st.BreakPlanned))), w))
		}
	} else {
		p.add(center(c.st.digits.Render(c.cat.F(catalog.BreakFor, clock(st.Break))), w))
	}
	if st.Round {
		p.add("", center(c.st.muted.Render(c.cat.F(catalog.BreakAfter, s.seat(st.Turn.Seat))), w))
	}
}

func (s *meetingScreen) introBody(p *page) {
	c, st, w := s.c, s.st, p.w
	cat := c.cat
	switch st.Phase {
	case session.PhaseOpening:
		p.add(center(c.st.speaker.Render(cat.T(catalog.WelcomeTitle)), w), "")
		plan := cat.F(catalog.WelcomePlan, st.Length/time.Minute, s.m.Config().Seats)
		for _, l := range wrap(plan, min(w, 72), "") {
			p.add(center(l, w))
		}
		share := cat.F(catalog.WelcomeShare, clock(st.ShareEach))
		if st.Format == session.FormatOpen {
			share = cat.F(catalog.WelcomeOpen, clock(st.FloorLeft))
		}
		if st.Format == session.FormatCircle {
			share += " " + cat.F(catalog.SetupPlanReactions, clock(st.Reaction))
		}
		for _, l := range wrap(share, min(w, 72), "") {
			p.add(center(l, w))
		}
		if n := s.m.Config().SentWord; n > 0 {
			p.add(center(c.st.muted.Render(cat.N(catalog.WelcomeSentWord, n)), w))
		}
		p.add("", center(c.st.muted.Render(cat.F(catalog.IntroCheckIn, s.promptText(s.checkin.ID))), w))
	case session.PhaseSharing:
		title := catalog.SharingTitle
		if st.Format == session.FormatPlain {
			title = catalog.PlainTitle
		}
		p.add(center(c.st.speaker.Render(cat.T(title)), w), "")
		p.add(center(cat.F(catalog.WelcomeShare, clock(st.ShareEach)), w))
		if st.HasNext {
			p.add(center(cat.F(catalog.FirstTurn, s.seat(st.Next.Seat)), w))
		}
	case session.PhaseClosing:
		p.add(center(c.st.speaker.Render(cat.T(catalog.ClosingTitle)), w), "")
		p.add(center(cat.F(catalog.IntroCheckOut, s.promptText(s.checkout.ID)), w))
	case session.PhaseHandover:
		p.add(center(c.st.speaker.Render(cat.T(catalog.HandoverTitle)), w), "")
		for _, l := range wrap(cat.T(catalog.HandoverConfidential), min(w, 72), "") {
			p.add(center(l, w))
		}
		p.add("", center(c.st.label.Render(cat.T(catalog.HandoverQuestion)), w), "")
		p.add(s.handoverCard(min(w, 72))...)
	}
}

// rulesBody is the ground-rules checklist; in the rules phase it can be
// ticked, elsewhere it is shown for the circle to read.
// When the list is longer than the room, it shows the part around the
// rule the pointer is on.
func (s *meetingScreen) rulesBody(p *page, editable bool, room int) {
	c, st := s.c, s.st
	var list []string
	at := 0 // the first line of the rule under the pointer
	for i := range s.rules {
		lead, indent := "   • ", 5
		if editable {
			box, ptr := "[ ]", "  "
			if s.m.Ticked(i) {
				box = "[x]"
			}
			if i == s.cursor {
				ptr = c.st.selected.Render("› ")
			}
			lead, indent = " "+ptr+box+" ", 7
		}
		lines := wrap(s.ruleText[i], p.w, strings.Repeat(" ", indent))
		first := lines[0][indent:]
		if editable && i == s.cursor {
			first = c.st.selected.Render(first)
		}
		lines[0] = lead + first
		if i == s.cursor {
			at = len(list)
		}
		list = append(list, lines...)
	}
	head := []string{" " + c.st.label.Render(c.cat.T(catalog.RulesHeading)), ""}
	var tail []string
	if editable {
		tail = []string{"", " " + c.st.muted.Render(c.cat.F(catalog.RulesTicked, st.RulesTicked, st.RulesTotal))}
	}
	if fit := room - len(head) - len(tail); len(list) > fit && fit > 0 {
		from := min(max(0, at-fit/3), len(list)-fit)
		list = list[from : from+fit]
	}
	p.add(head...)
	p.add(list...)
	p.add(tail...)
}

// warning says the plan no longer fits, and lists the choices with keys.
func (s *meetingScreen) warning(st session.Status, w int) []string {
	cat, sty := s.c.cat, s.c.st
	lines := wrap("! "+cat.F(catalog.PlanShort, minutesText(cat, st.Short)), w, " ")
	var opts []string
	for i, ch := range choiceOrder {
		if slices.Contains(st.Choices, ch) {
			opts = append(opts, s.c.keys.Choices[i].Help().Desc)
		}
	}
	if len(opts) > 0 {
		lines = append(lines, wrap(cat.T(catalog.PlanChoose)+" "+strings.Join(opts, " · "), w, "   ")...)
	}
	for i := range lines {
		lines[i] = sty.warn.Render(lines[i])
	}
	return lines
}

// dialog is the confirmation being asked.
func (s *meetingScreen) dialog(w int) []string {
	cat, st := s.c.cat, s.st
	var q string
	switch s.confirm {
	case confirmEnd:
		q = cat.F(catalog.ConfirmEnd, s.seat(st.Turn.Seat), clock(st.Turn.Left))
	case confirmPass:
		q = cat.F(catalog.ConfirmPass, s.seat(st.Turn.Seat), clock(st.Turn.Elapsed))
	case confirmUnticked:
		q = cat.N(catalog.ConfirmUnticked, st.RulesTotal-st.RulesTicked)
	case confirmStop:
		q = cat.T(catalog.ConfirmStop)
	case confirmCloseFloor:
		q = cat.F(catalog.ConfirmCloseFloor, clock(max(0, st.FloorLeft)))
	case confirmChoice:
		return s.menu(w)
	case confirmRemind:
		return s.remindPicker(w)
	}
	text := strings.Join(wrap(q, w-8, ""), "\n") + "\n" + cat.T(catalog.ConfirmKeys)
	return strings.Split(s.c.st.dialog.Render(text), "\n")
}

// bindings are the keys of the moment, labelled for it.
// The help line shows the keys of the moment that matter most, with stop
// and ? always there; ? lists the others too.
func (s *meetingScreen) bindings(st session.Status) (short, all []key.Binding) {
	k, cat := s.c.keys, s.c.cat
	stop := withHelp(k.Quit, cat.T(catalog.HelpStop))
	switch {
	case st.OnBreak:
		short = []key.Binding{withHelp(k.Break, cat.T(catalog.HelpResume))}
	case st.Round:
		short = []key.Binding{withHelp(k.Next, cat.T(catalog.HelpEndTurn)), k.Pass}
	case st.Phase == session.PhaseRules:
		short = []key.Binding{k.Tick, k.Up, k.Down, withHelp(k.Next, cat.T(catalog.HelpStartSharing))}
	case st.Phase == session.PhaseSharing && st.Format == session.FormatOpen:
		short = []key.Binding{
			key.NewBinding(key.WithKeys("1"), key.WithHelp("1–9 0", cat.T(catalog.HelpGiveFloor))),
			key.NewBinding(key.WithKeys(" "), key.WithHelp("space", cat.T(catalog.HelpNobody))),
			withHelp(k.Next, cat.T(catalog.HelpCloseFloor)),
		}
	case st.Phase == session.PhaseHandover:
		short = []key.Binding{
			key.NewBinding(key.WithKeys("y"), key.WithHelp("y", cat.T(catalog.HelpHandoverYes))),
			key.NewBinding(key.WithKeys("n"), key.WithHelp("n", cat.T(catalog.HelpHandoverNo))),
		}
		return append(short, stop), append(short, stop)
	default:
		short = []key.Binding{withHelp(k.Next, cat.T(catalog.HelpStartRound))}
	}
	all = append([]key.Binding{}, short...)
	if !st.Fits() && len(st.Choices) > 0 {
		all = append(all, k.Choose)
	}
	if !st.OnBreak {
		all = append(all, k.Break)
		if st.Round {
			short = append(short, k.Break)
		}
	}
	if st.Phase > session.PhaseRules && !st.OnBreak {
		all = append(all, k.Remind)
	}
	if st.Phase != session.PhaseRules {
		all = append(all, k.Rules, k.Presenter)
	}
	return append(short, stop), append(all, stop)
}

// helpMemo is the rendered key help of one moment of the meeting.
type helpMemo struct {
	sig   helpSig
	lines []string
}

type helpSig struct {
	phase   session.Phase
	format  session.Format
	fits    bool
	round   bool
	onBreak bool
	width   int
	full    bool
}

// confirmChoiceText says what a plan change does, for the question.
var confirmChoiceText = map[session.Choice]catalog.Key{
	session.ChooseShorterReactions: catalog.ConfirmShorterReactions,
	session.ChoosePlainRound:       catalog.ConfirmPlainRound,
	session.ChooseSkipBreak:        catalog.ConfirmSkipBreak,
	session.ChooseExtend:           catalog.ConfirmExtend,
}

// menu lists the plan changes on offer, each with its number and what it
// does: pressing the number is the answer.
func (s *meetingScreen) menu(w int) []string {
	cat := s.c.cat
	lines := wrap(cat.T(catalog.ChooseHeading), w-8, "")
	for i, ch := range choiceOrder {
		if slices.Contains(s.st.Choices, ch) {
			b := s.c.keys.Choices[i]
			lines = append(lines, wrap(b.Help().Key+"  "+b.Help().Desc+": "+cat.T(confirmChoiceText[ch]), w-8, "   ")...)
		}
	}
	return strings.Split(s.c.st.dialog.Render(strings.Join(lines, "\n")), "\n")
}

// remindPicker lists the ground rules to choose the one to show.
func (s *meetingScreen) remindPicker(w int) []string {
	c := s.c
	lines := wrap(c.cat.T(catalog.RemindHeading), w-8, "")
	// Around the pointer when the list is long.
	from, to := 0, len(s.rules)
	if room := max(3, c.height/2); to > room {
		from = min(max(0, s.remind-room/2), to-room)
		to = from + room
	}
	for i := from; i < to; i++ {
		text := ansi.Truncate(s.ruleText[i], w-14, "…")
		mark := "  "
		if i == s.remind {
			mark, text = "› ", c.st.selected.Render(text)
		}
		lines = append(lines, mark+text)
	}
	return strings.Split(c.st.dialog.Render(strings.Join(lines, "\n")), "\n")
}

// reminderLines show the rule the facilitator put on screen, for everyone.
func (s *meetingScreen) reminderLines(w int) []string {
	st := s.st
	if st.Reminder < 0 || st.Reminder >= len(s.rules) {
		return nil
	}
	text := s.c.cat.F(catalog.ReminderBanner, s.ruleText[st.Reminder])
	var lines []string
	for _, l := range wrap(text, min(w, 76), "") {
		lines = append(lines, center(s.c.st.warn.Render(l), w))
	}
	return append(lines, "")
}

// handoverCard is what the next facilitator needs to know.
func (s *meetingScreen) handoverCard(w int) []string {
	c, cat := s.c, s.c.cat
	cfg := s.m.Config()
	format := cat.T(formatNames[s.st.Format])
	var lines []string
	pad := strings.Repeat(" ", max(0, (c.width-w)/2))
	lines = append(lines, pad+c.st.title.Render(cat.T(catalog.HandoverCardTitle)))
	for _, text := range []string{
		cat.F(catalog.HandoverCardLength, int(cfg.Length/time.Minute), strings.ToLower(format)),
		cat.T(catalog.HandoverCardRules),
		cat.T(catalog.HandoverCardStart),
	} {
		for _, l := range wrap("• "+text, w, "") {
			lines = append(lines, pad+l)
		}
	}
	return lines
}

// formatNames are the formats' names for the screen.
var formatNames = map[session.Format]catalog.Key{
	session.FormatCircle: catalog.FormatCircle,
	session.FormatPlain:  catalog.FormatPlain,
	session.FormatOpen:   catalog.FormatOpen,
}
