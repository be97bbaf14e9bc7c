package meeting

import (
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"

	"circle/rules"
	"circle/session"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

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
	return phaseCue(st)
}

// phaseCue is the cue card of a phase between its rounds.
func phaseCue(st session.Status) string {
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

// cueText is the Now line: the cue card of the moment, which names the
// prompt on screen when there is one, and speaks to the facilitator as the
// speaker on their own turn.
func (p *Page) cueText(st session.Status) string { return p.cueWith(st, true) }

// cueWith is the cue; shown says whether the turn's prompt is on screen,
// for the cue names it only then.
func (p *Page) cueWith(st session.Status, shown bool) string {
	cat := p.c.Cat
	if st.Round && !st.OnBreak {
		prompted := shown && p.promptFor(st.Turn.Kind) != ""
		switch {
		case p.own() && st.Turn.Over():
			return cat.T(catalog.MeetingNowOwnOvertime)
		case p.own() && prompted:
			return cat.T(catalog.MeetingNowOwnPrompt)
		case p.own():
			return cat.T(catalog.MeetingNowOwn)
		}
		if cue := cueFor(st); prompted && cue == kindCues[st.Turn.Kind] {
			if st.Turn.Kind == session.KindReaction {
				return cat.T(catalog.MeetingNowReaction)
			}
			return cat.T(catalog.MeetingNowPrompt)
		}
	}
	if cue := cueFor(st); cue != rules.CueWelcome || !p.m.Config().NoCheckIn {
		return cat.T(catalog.Cue(cue))
	}
	return cat.T(catalog.Cue(rules.CueWelcomeRules))
}

// kindText says what the speaker is doing.
func (p *Page) kindText(t session.Slot) string {
	cat := p.c.Cat
	switch t.Kind {
	case session.KindCheckIn:
		return cat.T(catalog.TurnCheckIn)
	case session.KindShare:
		return cat.T(catalog.TurnShare)
	case session.KindReaction:
		return cat.F(catalog.TurnReaction, p.seatMid(t.About))
	}
	return cat.T(catalog.TurnCheckOut)
}

// promptFor is the reflection prompt shown with a kind of turn; in one
// more round, its own prompt serves its sharing and its reactions.
func (p *Page) promptFor(k session.Kind) string {
	if id := p.m.RoundPrompt(); id != "" && p.st.Phase == session.PhaseSharing && (k == session.KindShare || k == session.KindReaction) {
		return p.promptText(id)
	}
	switch k {
	case session.KindCheckIn:
		return p.promptText(p.prompts[0])
	case session.KindReaction:
		return p.promptText(p.prompts[1])
	case session.KindCheckOut:
		return p.promptText(p.prompts[2])
	}
	return ""
}

// promptText is a prompt's words: the group's own, or circle's.
func (p *Page) promptText(id string) string {
	if t, ok := p.ownPrompts[id]; ok {
		return t
	}
	if id == "" || !p.c.Cat.Has(catalog.Prompt(id)) {
		return ""
	}
	return p.c.Cat.T(catalog.Prompt(id))
}

// compactTurn is the fewest lines the body of a turn shows: who speaks and
// the time left (or over). Nothing in the footer may push them off.
const compactTurn = 2

// View draws the meeting.
func (p *Page) View() string {
	if p.presenter {
		return p.presenterView()
	}
	return p.body(p.frame())
}

// frame lays out the meeting's screen but for its body: the header, and
// the footer with the cue, the prompt and the keys. View and the keys
// that scroll the body share it, so they agree on the body's room.
func (p *Page) frame() *common.Layout {
	l := p.frameWith(nil)
	if lines, sc := p.scrollable(l.W); sc != nil {
		if more := sc.Keys(p.c.Keys, len(lines), l.Room()); more != nil {
			l = p.frameWith(more)
		}
	}
	return l
}

// frameWith is the frame whose keys say that the body scrolls, with
// scroll, the keys that do.
func (p *Page) frameWith(scroll []key.Binding) *common.Layout {
	c, st, cat := p.c, p.st, p.c.Cat
	w, h := c.Size()
	l := c.NewLayout(common.PhaseTitle(cat, st.Phase))
	l.Head[0] = p.headLine(l.Head[0], w)

	var keys []string
	minBody := 3
	avail := h - len(l.Head) - 1
	switch {
	case st.Round && !st.OnBreak && !p.showRules:
		minBody = compactTurn
	case c.FullHelp:
		// Every key, whole: the body gives way to a line for as long as
		// the help shows (the room's keys make it long at 40x12).
		minBody = 1
	case p.showRules || st.Phase == session.PhaseRules,
		st.Phase == session.PhaseSharing && st.Format == session.FormatOpen && !st.OnBreak:
		// A list to read from: it takes the room, the cue a line.
		minBody = max(3, avail-3)
	case st.Phase == session.PhaseHandover && !st.OnBreak:
		// The card to read takes the room it needs, the cue a line at
		// least: the body asks the cue's question too.
		lines, _ := p.scrollable(w)
		minBody = max(3, min(avail-3, len(lines)))
	}
	if p.confirm != confirmNone {
		keys = p.dialog(w, avail-minBody, avail)
	} else {
		short, all := p.bindings(st)
		if scroll != nil {
			short, all = p.scrollBindings(st, short, all, scroll)
		}
		// The full help gives way to who speaks; ? stays.
		keys = components.FooterIn(c, short, all, avail-minBody)
	}
	avail -= len(keys)

	// The footer's blocks, each wrapped, then given lines by priority:
	// one line each for the warning, a failing disk and the cue, then
	// the turn's essentials, then the rest in full as room allows.
	var warn, fail, notice, cue, prompt []string
	if p.confirm == confirmNone {
		if st.Round && !st.OnBreak {
			if pr := p.promptFor(st.Turn.Kind); pr != "" {
				prompt = c.Labelled(cat.T(catalog.LabelPrompt), pr, w)
			}
		}
		cue = c.Labelled(cat.T(catalog.LabelNow), p.cueText(st), w)
		if !st.Fits() {
			warn = p.warning(st, w)
		}
		if err := p.journal.Failing(); err != nil {
			for _, s := range common.Wrap("! "+cat.F(catalog.SavingFailing, common.FailureText(cat, err)), w, " ") {
				fail = append(fail, c.Styles.Err.Render(s))
			}
		}
		if p.notice != "" {
			notice = common.Wrap(p.notice, w, " ")
		}
	}
	left := avail - minBody
	give := func(b []string, n int) int {
		return max(0, min(len(b), n, left))
	}
	nWarn := give(warn, 1)
	left -= nWarn
	nFail := give(fail, 1)
	left -= nFail
	nCue := give(cue, 1)
	left -= nCue
	if minBody == compactTurn {
		// The kind of turn and the bar, before the rest of the footer.
		left -= min(2, max(0, left))
	}
	more := func(b []string, n int) int {
		extra := give(b, len(b)-n)
		left -= extra
		return n + extra
	}
	nWarn = more(warn, nWarn)
	nFail = more(fail, nFail)
	nNotice := more(notice, 0)
	nCue = more(cue, nCue)
	nPrompt := more(prompt, 0)
	if nPrompt == 0 && len(prompt) > 0 {
		// The prompt gave way: the cue must not point at it.
		cue = c.Labelled(cat.T(catalog.LabelNow), p.cueWith(st, false), w)
		nCue = min(nCue, len(cue))
	}

	foot := make([]string, 0, 1+nWarn+nFail+nNotice+nCue+nPrompt+len(keys))
	foot = append(foot, c.Styles.Rule.Render(strings.Repeat("─", w)))
	foot = append(foot, prompt[:nPrompt]...)
	foot = append(foot, cut(cue, nCue, w)...)
	foot = append(foot, cut(warn, nWarn, w)...)
	foot = append(foot, cut(fail, nFail, w)...)
	foot = append(foot, notice[:nNotice]...)
	foot = append(foot, keys...)
	l.Foot = foot
	return l
}

// body draws the meeting's body in the frame.
func (p *Page) body(l *common.Layout) string {
	c, st, cat := p.c, p.st, p.c.Cat
	w := l.W
	l.Center = true
	room := l.Room()
	if st.Round && !st.OnBreak && (p.showRules || room < compactTurn) {
		// The body cannot show the turn's time: the header does, in
		// place of the meeting clock, so it is always on screen.
		l.Head[0] = common.Spread(" "+c.Styles.Title.Render(common.PhaseTitle(cat, st.Phase)), clockOf(st).Head(c)+" ", w)
	}
	if lines, sc := p.scrollable(w); sc != nil {
		// A text to read, longer than the room, maybe: it scrolls.
		l.Add(sc.View(lines, room)...)
		l.Center = !p.showRules
		return l.String()
	}
	switch {
	case p.showRules || st.Phase == session.PhaseRules:
		p.rulesBody(l, st.Phase == session.PhaseRules, room)
		l.Center = false
	case st.OnBreak:
		p.breakBody(l)
	default:
		rem := p.reminderLines(w)
		switch {
		case st.Round:
			if room-len(rem) < 4 {
				// Short of room: the reminder keeps one line, as long as
				// who speaks and the time keep theirs.
				if len(rem) > 1 && room >= compactTurn+1 {
					rem = append(cut(rem[:len(rem)-1], 1, w), "")
					if room-len(rem) < compactTurn {
						rem = rem[:1]
					}
				} else {
					rem = nil
				}
			}
			l.Add(rem...)
			p.turnBody(l, room-len(rem))
		case st.Phase == session.PhaseSharing && st.Format == session.FormatOpen:
			l.Add(rem...)
			p.openBody(l)
		}
	}
	return l.String()
}

// cut keeps n lines of a wrapped block; a block cut to one line is its
// first line ending in "…", so what it says is seen to go on.
func cut(b []string, n, w int) []string {
	if n >= len(b) || n == 0 {
		return b[:n]
	}
	out := append([]string{}, b[:n]...)
	out[n-1] = ansi.Truncate(out[n-1], max(1, w-2), "") + " …"
	return out
}

// headLine puts the meeting clock at the right of the title: whole
// minutes, so it changes once a minute.
func (p *Page) headLine(title string, w int) string {
	c, st, cat := p.c, p.st, p.c.Cat
	gone := int(st.Elapsed / time.Minute)
	left := int(st.Length/time.Minute) - gone
	var mclock string
	if left >= 0 {
		mclock = cat.F(catalog.MeetingClock, gone, left)
	} else {
		mclock = c.Styles.Over.Render(cat.F(catalog.MeetingClockOver, gone, -left))
	}
	// The planned end, as a time of day, where it fits.
	if st.Phase < session.PhaseDone {
		ends := mclock + c.Styles.Muted.Render(" · "+cat.F(catalog.RoomEnds, cat.TimeOfDay(st.Ends)))
		phase := " " + c.Styles.Title.Render(common.PhaseTitle(cat, st.Phase))
		switch {
		case ansi.StringWidth(title)+ansi.StringWidth(ends)+2 <= w:
			mclock = ends
		case ansi.StringWidth(phase)+ansi.StringWidth(ends)+2 <= w:
			title, mclock = phase, ends
		}
	}
	if ansi.StringWidth(title)+ansi.StringWidth(mclock)+2 > w {
		// Narrow: the phase and the meeting clock matter more than the name.
		title = " " + c.Styles.Title.Render(common.PhaseTitle(cat, st.Phase))
	}
	if ansi.StringWidth(title)+ansi.StringWidth(mclock)+2 > w {
		// Narrower still: the meeting's clock, which the circle reads.
		return common.Spread("", mclock+" ", w)
	}
	return common.Spread(title, mclock+" ", w)
}

// turnBody is the running turn in room lines: who speaks and the time
// first, then what they do and the bar, then where the round is.
func (p *Page) turnBody(l *common.Layout, room int) {
	c, st, w := p.c, p.st, l.W
	t := st.Turn
	clock := clockOf(st)
	var next string
	if st.HasNext {
		next = c.Cat.F(catalog.NextTurn, p.seatMid(st.Next.Seat), p.kindText(st.Next))
	} else {
		next = c.Cat.T(nextPhase(st.Phase))
	}
	// Each block with its rank: the blocks of the best ranks that fit
	// are shown, in their order on screen. Words wrap, never cut: a
	// reaction's are longer than 40 columns.
	type block struct {
		rank  int
		lines []string
	}
	wrapped := func(text string, style func(...string) string) []string {
		var out []string
		for _, s := range common.Wrap(text, w, "") {
			out = append(out, common.Center(style(s), w))
		}
		return out
	}
	plain := func(s ...string) string { return strings.Join(s, "") }
	blocks := []block{
		{1, wrapped(p.seat(t.Seat), c.Styles.Speaker.Render)},
		{3, wrapped(p.kindText(t.Slot), c.Styles.Muted.Render)},
		{7, []string{""}},
		{4, []string{clock.Bar(c, w)}},
		{2, []string{clock.Digits(c, w)}},
		{8, []string{""}},
		{6, []string{common.Center(c.Styles.Muted.Render(c.Cat.F(catalog.TurnPosition, st.Position, st.RoundSize)), w)}},
		{5, wrapped(next, plain)},
	}
	shown := make([]bool, len(blocks))
	left := room
	for rank := 1; rank <= len(blocks); rank++ {
		for i, b := range blocks {
			if b.rank == rank && len(b.lines) <= left {
				shown[i], left = true, left-len(b.lines)
			}
		}
	}
	for i, b := range blocks {
		if shown[i] {
			l.Add(b.lines...)
		}
	}
}

// turnClock is the turn's clock as components draw it.
func turnClock(t session.TurnStatus) *components.TurnClock {
	return &components.TurnClock{Elapsed: t.Elapsed, Planned: t.Planned}
}

// clockOf is the running turn's clock with its calm warning (st.Warn).
func clockOf(st session.Status) *components.TurnClock {
	c := turnClock(st.Turn)
	c.Near = st.Warn
	return c
}

// leftText is a turn's time left as the screen shows it (see
// components.TurnClock.Left).
func (p *Page) leftText(t session.TurnStatus) string {
	if p.c.LineMode {
		return p.c.Duration(t.Planned - t.Elapsed.Truncate(time.Second))
	}
	return turnClock(t).Left()
}

// nextPhase says what follows the last turn of a phase's round.
func nextPhase(ph session.Phase) catalog.Key {
	switch ph {
	case session.PhaseOpening:
		return catalog.NextRules
	case session.PhaseSharing:
		return catalog.NextClosing
	}
	return catalog.NextHandover
}

func (p *Page) breakBody(l *common.Layout) {
	c, st, w := p.c, p.st, l.W
	l.Add(common.Center(c.Styles.Speaker.Render(c.Cat.T(catalog.BreakTitle)), w), "")
	l.Add(common.Center(p.breakText(st), w))
	if st.Round {
		l.Add("", common.Center(c.Styles.Muted.Render(c.Cat.F(catalog.BreakAfter, p.seatMid(st.Turn.Seat))), w))
	}
}

func (p *Page) breakText(st session.Status) string {
	c := p.c
	if st.BreakPlanned <= 0 {
		return c.Styles.Digits.Render(c.Cat.F(catalog.BreakFor, common.Clock(st.Break)))
	}
	if st.Break > st.BreakPlanned {
		return c.Styles.Over.Render(c.Cat.F(catalog.BreakOver, common.Clock(st.Break-st.BreakPlanned))) +
			c.Styles.Muted.Render(" · "+c.Cat.F(catalog.BreakOf, common.Clock(st.Break), common.Clock(st.BreakPlanned)))
	}
	return c.Styles.Digits.Render(c.Cat.F(catalog.BreakOf, common.Clock(st.Break), common.Clock(st.BreakPlanned)))
}

// planLines are what the opening says of the plan: the length and the
// circle, the time each turn gets, who sent word.
func (p *Page) planLines(st session.Status) []string {
	cat := p.c.Cat
	cfg := p.m.Config()
	lines := []string{cat.F(catalog.MeetingToday, cat.N(catalog.Minutes, int(st.Length/time.Minute)), cat.N(catalog.MeetingPeople, cfg.Seats))}
	share := cat.F(catalog.WelcomeShare, p.c.Duration(st.ShareEach))
	if st.Format == session.FormatOpen {
		share = cat.F(catalog.WelcomeOpen, p.c.Duration(max(0, st.FloorLeft)))
	}
	if st.Format == session.FormatCircle {
		share += " " + cat.F(catalog.SetupPlanReactions, p.c.Duration(st.Reaction))
	}
	lines = append(lines, share)
	if n := cfg.SentWord; n > 0 {
		lines = append(lines, cat.N(catalog.WelcomeSentWord, n))
	}
	return lines
}

// introLines are the body of a phase before its round: the welcome and
// the plan, the sharing's time each, the closing's prompt.
func (p *Page) introLines(w int) []string {
	c, st := p.c, p.st
	cat := c.Cat
	wide := min(w, 72)
	var lines []string
	add := func(text string, style func(...string) string) {
		for _, s := range common.Wrap(text, wide, "") {
			lines = append(lines, common.Center(style(s), w))
		}
	}
	plain := func(s ...string) string { return strings.Join(s, "") }
	switch st.Phase {
	case session.PhaseOpening:
		lines = append(lines, common.Center(c.Styles.Speaker.Render(cat.T(catalog.WelcomeTitle)), w), "")
		for i, text := range p.planLines(st) {
			style := plain
			if i == 2 {
				style = c.Styles.Muted.Render
			}
			add(text, style)
		}
		if !p.m.Config().NoCheckIn {
			lines = append(lines, "")
			add(cat.F(catalog.IntroCheckIn, p.promptText(p.prompts[0])), c.Styles.Muted.Render)
		}
	case session.PhaseSharing:
		title := catalog.SharingTitle
		if st.Format == session.FormatPlain {
			title = catalog.PlainTitle
		}
		if p.m.RoundPrompt() != "" {
			title = catalog.RoomAgainTitle
		}
		lines = append(lines, common.Center(c.Styles.Speaker.Render(cat.T(title)), w), "")
		add(cat.F(catalog.WelcomeShare, common.Clock(st.ShareEach)), plain)
		if st.HasNext {
			add(cat.F(catalog.FirstTurn, p.seat(st.Next.Seat)), plain)
		}
	case session.PhaseClosing:
		lines = append(lines, common.Center(c.Styles.Speaker.Render(cat.T(catalog.ClosingTitle)), w), "")
		if p.offerAgain(st) {
			add(cat.T(catalog.RoomAgainOffer), c.Styles.Label.Render)
			lines = append(lines, "")
		}
		add(cat.F(catalog.IntroCheckOut, p.promptText(p.prompts[2])), plain)
	}
	return lines
}

// handoverLines are the handover's body: the reminder that what was said
// stays here, the question, and the card for the next facilitator.
func (p *Page) handoverLines(w int) []string {
	c, cat := p.c, p.c.Cat
	wide := min(w, 72)
	lines := []string{common.Center(c.Styles.Speaker.Render(cat.T(catalog.HandoverTitle)), w), ""}
	for _, s := range common.Wrap(cat.T(catalog.HandoverConfidential), wide, "") {
		lines = append(lines, common.Center(s, w))
	}
	lines = append(lines, "")
	for _, s := range common.Wrap(cat.T(catalog.HandoverQuestion), wide, "") {
		lines = append(lines, common.Center(c.Styles.Label.Render(s), w))
	}
	lines = append(lines, "")
	pad := strings.Repeat(" ", max(0, (w-wide)/2))
	for i, text := range p.cardLines() {
		if i == 0 {
			for _, s := range common.Wrap(text, wide, "") {
				lines = append(lines, pad+c.Styles.Title.Render(s))
			}
			continue
		}
		item := common.Wrap(text, wide, "  ")
		item[0] = "• " + item[0][2:]
		for _, s := range item {
			lines = append(lines, pad+s)
		}
	}
	return lines
}

// scrollable is the body that scrolls, and its place, when the screen
// shows a text to read: the ground rules shown during the meeting (r),
// a phase's words before its round, the handover and its card.
func (p *Page) scrollable(w int) ([]string, *components.Scroll) {
	st := p.st
	switch {
	case p.presenter:
		return nil, nil
	case p.showRules && st.Phase != session.PhaseRules:
		lines := []string{" " + p.c.Styles.Label.Render(p.c.Cat.T(catalog.RulesHeading)), ""}
		list, _ := p.ruleList(w, false)
		return append(lines, list...), &p.rulesScroll
	case st.Phase == session.PhaseHandover && !st.OnBreak:
		return append(p.reminderLines(w), p.handoverLines(w)...), &p.cardScroll
	case st.Round || st.OnBreak || st.Phase == session.PhaseRules,
		st.Phase == session.PhaseSharing && st.Format == session.FormatOpen:
		return nil, nil
	}
	// Before a round: the welcome, the plan, the prompt to come.
	return append(p.reminderLines(w), p.introLines(w)...), &p.introScroll
}

// scrollBindings put the keys that scroll on the key line: second in the
// handover, after its answer; first over the rules, with r that hides
// them, for what there is to do there is to read.
func (p *Page) scrollBindings(st session.Status, short, all, more []key.Binding) ([]key.Binding, []key.Binding) {
	all = append(append([]key.Binding(nil), more[1:]...), all...)
	if p.showRules {
		hide := common.WithHelp(p.c.Keys.Rules, p.c.Cat.T(catalog.HelpHideRules))
		return append([]key.Binding{more[0], hide}, short...), append(all, hide)
	}
	return append(append(short[:1:1], more[0]), short[1:]...), all
}

// cardLines are the handover card: its title, then what the next
// facilitator needs to know.
func (p *Page) cardLines() []string {
	cat := p.c.Cat
	cfg := p.m.Config()
	format := strings.ToLower(cat.T(formatNames[p.st.Format]))
	length := cat.F(catalog.MeetingCardLength, cat.N(catalog.Minutes, int(cfg.Length/time.Minute)), format)
	if p.st.Format == session.FormatOpen {
		length = cat.F(catalog.MeetingCardLengthOpen, cat.N(catalog.Minutes, int(cfg.Length/time.Minute)))
	}
	rulesLine := cat.T(catalog.HandoverCardRules)
	if p.group != "" {
		// With several groups on the laptop the command must name one.
		rulesLine = cat.F(catalog.MeetingCardRulesGroup, strconv.Quote(p.group))
	}
	return []string{
		cat.T(catalog.HandoverCardTitle),
		length,
		rulesLine,
		cat.T(catalog.HandoverCardStart),
	}
}

// formatNames are the formats' names for the screen.
var formatNames = map[session.Format]catalog.Key{
	session.FormatCircle: catalog.FormatCircle,
	session.FormatPlain:  catalog.FormatPlain,
	session.FormatOpen:   catalog.FormatOpen,
}

// rulesBody is the ground-rules checklist; in the rules phase it can be
// ticked, elsewhere it is shown for the circle to read. When the list is
// longer than the room, it shows the part around the pointer.
func (p *Page) rulesBody(l *common.Layout, editable bool, room int) {
	c, st := p.c, p.st
	list, at := p.ruleList(l.W, editable)
	head := []string{" " + c.Styles.Label.Render(c.Cat.T(catalog.RulesHeading)), ""}
	var tail []string
	if editable {
		tail = []string{"", " " + c.Styles.Muted.Render(c.Cat.F(catalog.RulesTicked, st.RulesTicked, st.RulesTotal))}
	}
	if room-len(head)-len(tail) < 3 {
		head, tail = head[:1], tail[min(1, len(tail)):]
	}
	from, to := components.Window(len(list), at, max(1, room-len(head)-len(tail)))
	l.Add(head...)
	l.Add(list[from:to]...)
	l.Add(tail...)
}

// ruleList is the ground rules' lines, and at, the first line of the rule
// under the pointer; editable, with their ticks and the pointer.
func (p *Page) ruleList(w int, editable bool) (list []string, at int) {
	c := p.c
	for i, text := range p.ruleText {
		lead, indent := "   • ", 5
		if editable {
			box, ptr := "[ ]", "  "
			if p.m.Ticked(i) {
				box = "[x]"
			}
			if i == p.cursor {
				ptr = c.Styles.Selected.Render("› ")
			}
			lead, indent = " "+ptr+box+" ", 7
		}
		lines := common.Wrap(text, w, strings.Repeat(" ", indent))
		first := lines[0][indent:]
		if editable && i == p.cursor {
			first = c.Styles.Selected.Render(first)
		}
		lines[0] = lead + first
		if i == p.cursor {
			at = len(list)
		}
		list = append(list, lines...)
	}
	return list, at
}

// warning says the plan does not fit, and lists the changes on offer.
func (p *Page) warning(st session.Status, w int) []string {
	cat, sty := p.c.Cat, p.c.Styles
	var lines []string
	for _, s := range common.Wrap("! "+p.warningText(st), w, " ") {
		lines = append(lines, sty.Warn.Render(s))
	}
	if opts := p.choiceNames(st); opts != "" {
		for _, s := range common.Wrap(cat.T(catalog.PlanChoose)+" "+opts, w, "   ") {
			lines = append(lines, sty.Warn.Render(s))
		}
	}
	return lines
}

// warningText is the sentence of the warning: a plan that never fitted is
// too tight; one that fitted no longer does.
func (p *Page) warningText(st session.Status) string {
	k := catalog.PlanShort
	if !p.fitted {
		k = catalog.MeetingPlanTight
	}
	return p.c.Cat.F(k, common.MinutesText(p.c.Cat, st.Short))
}

func (p *Page) choiceNames(st session.Status) string {
	var opts []string
	for _, ch := range offered(st) {
		opts = append(opts, p.choiceName(ch))
	}
	return strings.Join(opts, " · ")
}

func (p *Page) choiceName(ch session.Choice) string {
	for i, c := range choiceOrder {
		if c == ch {
			return p.c.Keys.Choices[i].Help().Desc
		}
	}
	return ""
}

// question is the confirmation being asked, if a yes-or-no one.
func (p *Page) question(st session.Status) (components.Confirm, bool) {
	cat := p.c.Cat
	var q string
	switch p.confirm {
	case confirmEnd:
		q = cat.F(catalog.ConfirmEnd, p.seatMid(st.Turn.Seat), p.leftText(st.Turn))
	case confirmPass:
		q = cat.F(catalog.ConfirmPass, p.seat(st.Turn.Seat), p.c.Duration(st.Turn.Elapsed))
	case confirmUnticked:
		q = cat.N(catalog.ConfirmUnticked, st.RulesTotal-st.RulesTicked)
	case confirmStop:
		q = cat.T(catalog.ConfirmStop)
	case confirmCloseFloor:
		q = cat.F(catalog.ConfirmCloseFloor, p.c.Duration(max(0, st.FloorLeft)))
	default:
		room, ok := p.roomQuestion(st)
		if !ok {
			return components.Confirm{}, false
		}
		q = room
	}
	return components.Confirm{Question: q}, true
}

// dialog draws what is being asked, in fit lines if it can (the body
// keeps who speaks), else in most.
func (p *Page) dialog(w, fit, most int) []string {
	if p.typing() {
		return p.numberBox(w)
	}
	if q, ok := p.question(p.st); ok {
		return q.View(p.c, w)
	}
	var lines []string
	switch p.confirm {
	case confirmChoice:
		lines = p.menu(w, fit)
		if len(lines) > fit {
			lines = p.menu(w, most)
		}
	case confirmRemind:
		if fit < 5 {
			fit = most
		}
		lines = p.remindPicker(w, fit)
	}
	return lines
}

// confirmChoiceText says what a plan change does, for the menu.
var confirmChoiceText = map[session.Choice]catalog.Key{
	session.ChooseShorterReactions: catalog.ConfirmShorterReactions,
	session.ChoosePlainRound:       catalog.ConfirmPlainRound,
	session.ChooseSkipBreak:        catalog.ConfirmSkipBreak,
	session.ChooseExtend:           catalog.ConfirmExtend,
}

// menu lists the plan changes on offer, numbered 1, 2, … as shown, each
// with what it does; pressing the number is the answer. In few lines it
// names them only, under a short heading.
func (p *Page) menu(w, room int) []string {
	cat := p.c.Cat
	tw := w - 8
	list := offered(p.st)
	full := common.Wrap(cat.T(catalog.ChooseHeading), tw, "")
	for i, ch := range list {
		full = append(full, common.Wrap(itoa(i+1)+"  "+p.choiceName(ch)+": "+cat.T(confirmChoiceText[ch]), tw, "   ")...)
	}
	if len(full)+2 <= room {
		return components.Box(p.c, w, full)
	}
	short := common.Wrap(cat.T(catalog.MeetingChooseShort), tw, "")
	for i, ch := range list {
		short = append(short, ansi.Truncate(itoa(i+1)+"  "+p.choiceName(ch), tw, "…"))
	}
	return components.Box(p.c, w, short)
}

func itoa(n int) string { return string(appendInt(nil, n)) }

func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, byte('0'+n%10))
}

// remindPicker lists the ground rules to choose the one to show, the part
// around the pointer when they do not all fit.
func (p *Page) remindPicker(w, room int) []string {
	c := p.c
	tw := w - 8
	head := common.Wrap(c.Cat.T(catalog.RemindHeading), tw, "")
	inner := room - 2
	if len(head) > inner-3 {
		head = cut(head, max(1, inner-3), tw)
	}
	// A rule a line, but the one under the pointer, whole, so it is read
	// before it is shown to the circle.
	var list []string
	at, span := 0, 1
	rows := max(1, inner-len(head))
	for i, r := range p.ruleText {
		num := itoa(i+1) + ". "
		if i != p.remind {
			list = append(list, "  "+ansi.Truncate(num+r, tw-2, "…"))
			continue
		}
		// Longer than the box, it ends in …, which says it goes on.
		item := common.Wrap(r, tw-2-len(num), "")
		if len(item) > rows {
			item = cut(item, rows, tw-2-len(num))
		}
		at, span = len(list), len(item)
		for j, s := range item {
			lead := "  " + strings.Repeat(" ", len(num))
			if j == 0 {
				lead = "› " + num
			}
			list = append(list, c.Styles.Selected.Render(lead+s))
		}
	}
	from, to := components.WindowSpan(len(list), at, span, rows)
	return components.Box(c, w, append(append([]string{}, head...), list[from:to]...))
}

// reminderLines show the rule the facilitator put on screen, for everyone.
func (p *Page) reminderLines(w int) []string {
	if text := p.reminder(); text != "" {
		var lines []string
		for _, s := range common.Wrap(text, min(w, 76), "") {
			lines = append(lines, common.Center(p.c.Styles.Warn.Render(s), w))
		}
		return append(lines, "")
	}
	return nil
}

func (p *Page) reminder() string {
	if r := p.st.Reminder; r >= 0 && r < len(p.ruleText) {
		return p.c.Cat.F(catalog.ReminderBanner, p.ruleText[r])
	}
	return ""
}

// Bindings are the keys of the moment.
func (p *Page) Bindings() []key.Binding {
	_, all := p.bindings(p.st)
	return all
}

// bindings are the keys of the moment, labelled for it: the help line
// shows those that matter most, with stop and ? always there; ? lists
// the others too.
func (p *Page) bindings(st session.Status) (short, all []key.Binding) {
	k, cat := p.c.Keys, p.c.Cat
	stop := common.WithHelp(k.Quit, cat.T(catalog.HelpStop))
	space := cat.T(catalog.KeySpace)
	switch {
	case st.OnBreak:
		short = []key.Binding{common.WithHelp(k.Break, cat.T(catalog.HelpResume))}
	case st.Round:
		short = []key.Binding{common.WithHelp(k.Next, cat.T(catalog.HelpEndTurn)), k.Pass}
	case st.Phase == session.PhaseRules:
		tick := k.Tick
		tick.SetHelp(space, tick.Help().Desc)
		short = []key.Binding{tick, k.Up, k.Down, common.WithHelp(k.Next, cat.T(catalog.HelpStartSharing))}
	case st.Phase == session.PhaseSharing && st.Format == session.FormatOpen:
		short = []key.Binding{
			key.NewBinding(key.WithKeys("1"), key.WithHelp("1–9 0", cat.T(catalog.HelpGiveFloor))),
			key.NewBinding(key.WithKeys(" "), key.WithHelp(space, cat.T(catalog.HelpNobody))),
			common.WithHelp(k.Next, cat.T(catalog.HelpCloseFloor)),
		}
	case st.Phase == session.PhaseHandover:
		short = []key.Binding{
			key.NewBinding(key.WithKeys("y"), key.WithHelp("y", cat.T(catalog.HelpHandoverYes))),
			key.NewBinding(key.WithKeys("n"), key.WithHelp("n", cat.T(catalog.HelpHandoverNo))),
		}
		return append(short, stop), append(append(short, k.Rules, k.Presenter), stop)
	default:
		short = []key.Binding{common.WithHelp(k.Next, cat.T(catalog.HelpStartRound))}
	}
	if p.offerAgain(st) {
		short = append(short, k.Again)
	}
	all = append([]key.Binding{}, short...)
	if p.canChoose(st) {
		all = append(all, k.Choose)
	}
	if st.Undo && !st.OnBreak {
		all = append(all, k.Earlier, k.Undo)
	}
	if inRoom(st) {
		all = append(all, k.Join, k.Leave)
	}
	if !st.OnBreak {
		all = append(all, k.Break)
		if st.Round {
			short = append(short, k.Break)
		}
	}
	if p.canRemind(st) {
		all = append(all, k.Remind)
	}
	if st.Phase != session.PhaseRules {
		all = append(all, k.Rules, k.Presenter)
	}
	return append(short, stop), append(all, stop)
}
