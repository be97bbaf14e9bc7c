// Package meeting is the page of a running meeting: every phase of it, the
// turn screen, breaks, the ground rules checklist, the open floor's tally,
// the reminder picker, the plan menu, the handover card, the presenter
// view, and the questions that guard every step that cannot be undone. It
// drives the engine in session with times read from the context's clock
// and writes every event to the journal before the screen shows it. It
// must never give a name typed for the screen to the journal or the store.
package meeting

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"circle/rules"
	"circle/session"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

type confirmKind int

const (
	confirmNone       confirmKind = iota
	confirmEnd                    // end a turn that has time left
	confirmPass                   // pass a turn that has been running
	confirmUnticked               // start the sharing with unticked rules
	confirmStop                   // stop the meeting
	confirmChoice                 // change the plan: which change
	confirmCloseFloor             // close the open floor while it has time
	confirmRemind                 // which rule to show the circle
	confirmJoinSeat               // a late arrival: after which seat (typed)
	confirmJoinName               // a late arrival: a name for the screen, if any (typed)
	confirmJoin                   // a late arrival joins
	confirmLeaveSeat              // someone leaves: which seat (typed)
	confirmLeave                  // someone leaves
	confirmEarlier                // the last turn ended earlier: how long ago (typed)
	confirmCorrect                // the last turn's end moves back
	confirmUndo                   // the last end or pass is taken back
	confirmAgain                  // one more round
)

// choiceOrder is the order the plan menu lists the engine's choices in;
// the menu numbers the ones on offer 1, 2, … as it shows them.
var choiceOrder = [4]session.Choice{
	session.ChooseShorterReactions, session.ChoosePlainRound, session.ChooseSkipBreak, session.ChooseExtend,
}

// TickMsg is the page's clock tick. Gen is the schedule it belongs to: a
// tick of an older schedule is dropped.
type TickMsg struct{ Gen int }

// Page runs one meeting.
type Page struct {
	c       *common.Context
	m       *session.Meeting
	journal *common.Journal
	names   []string // display names by seat-1; memory only
	// ruleText is the text of each rule: the group's own words, or
	// circle's defaults in the language of the screen.
	ruleText []string
	// ownPrompts are the texts of the group's own prompts, by id.
	ownPrompts map[string]string
	prompts    [3]string // the prompt ids of check-in, reaction, check-out
	group      string    // the group's name, for the handover card; memory only

	now time.Time      // the clock reading the screen shows
	st  session.Status // the meeting at now
	// plan is what the opening says of the time each turn gets, as it was
	// at the last event: spoken, it must not run like a clock.
	plan session.Status

	cursor    int // the rule the checklist points at
	showRules bool
	presenter bool // the time in block digits, for the circle to read
	rung      int  // the turn (its number, from 1) the bell rang for
	warned    int  // the turn the bell rang for at its calm warning
	bell      bool // the group wants the bell
	confirm   confirmKind
	askedAt   time.Time // when the question was asked: said, its numbers stay
	remind    int       // the rule the reminder picker points at
	floorHigh bool      // + was pressed: the next digit is a seat from 11
	fitted    bool      // the plan fitted at some moment of the meeting
	notice    string    // what just happened, when it is worth a line
	problem   string    // a typed line that was refused (the line mode)

	typed   string        // the number being typed for a room question
	seatArg int           // the seat a room question is about
	nameArg string        // the late arrival's name for the screen; memory only
	agoArg  time.Duration // how long ago the last turn really ended, as typed
	agoFrom time.Time     // when that was asked: agoArg counts back from it
	noAgain bool          // the group does not want another round offered

	quit    bool // stopped to quit circle
	tickGen int

	// The texts to read that scroll when they do not fit: the rules shown
	// with r, a phase's words before its round (from the top again at
	// each event), and the handover with its card.
	rulesScroll, introScroll, cardScroll components.Scroll
}

// New begins a meeting. The prompts change from meeting to meeting: they
// are picked by how many meetings the group (or the history, without a
// group) has had, and never from its last five.
func New(c *common.Context, start common.MeetingStart) *Page {
	p := &Page{c: c, names: start.Names, journal: &common.Journal{Store: c.Store}}
	ids, texts, own := content(c.Cat, start.Group)
	p.ruleText, p.ownPrompts = texts, own
	held, recent, ownPrompts := 0, []string(nil), []rules.Prompt(nil)
	if c.Store != nil {
		if start.Group != nil {
			held, _ = c.Store.GroupMeetings(start.Group.ID)
			recent, _ = c.Store.RecentPrompts(start.Group.ID, 5)
		} else {
			held, _ = c.Store.Count()
			recent, _ = c.Store.RecentPrompts(0, 5)
		}
	}
	if start.Group != nil {
		for _, pr := range start.Group.Prompts {
			ownPrompts = append(ownPrompts, rules.Prompt{ID: pr.ID, Uses: rules.Use(pr.Uses)})
		}
	}
	for i, u := range []rules.Use{rules.UseCheckIn, rules.UseReaction, rules.UseCheckOut} {
		p.prompts[i] = rules.PickFor(u, held, recent, ownPrompts).ID
	}
	cfg := start.Cfg
	cfg.Rules = ids
	cfg.Prompts = p.prompts[:]
	if start.Group != nil {
		cfg.Group = start.Group.ID
		p.bell = start.Group.Defaults.Bell
		p.noAgain = start.Group.Defaults.NoAgain
		p.group = start.Group.Name
	}
	now := c.Now()
	p.m = &session.Meeting{}
	// A valid form makes a valid configuration, so Begin cannot fail.
	_ = p.apply(session.Begin(now, cfg))
	p.refresh(now)
	return p
}

// Resumed goes on with a meeting rebuilt from its stored events, or closes
// it as interrupted at the moment its last event was written. The seats
// come back as numbers, or with the names typed again.
func Resumed(c *common.Context, r common.GoResumed) *Page {
	cfg := r.Meeting.Config()
	p := &Page{c: c, m: r.Meeting, names: r.Names, journal: &common.Journal{Store: c.Store, Written: r.Kept}}
	var g *store.Group
	if c.Store != nil && cfg.Group != 0 {
		if got, err := c.Store.Group(cfg.Group); err == nil {
			g = &got
		}
	}
	p.bell = g != nil && g.Defaults.Bell
	if g != nil {
		p.group = g.Name
		p.noAgain = g.Defaults.NoAgain
	}
	_, texts, own := content(c.Cat, g)
	// The rules as they were begun: a group's own words by position, a
	// default rule by its id.
	p.ruleText = make([]string, len(cfg.Rules))
	for i, id := range cfg.Rules {
		switch {
		case strings.HasPrefix(id, "own-") && i < len(texts):
			p.ruleText[i] = texts[i]
		case strings.HasPrefix(id, "own-"):
			p.ruleText[i] = c.Cat.F(catalog.RuleNumbered, i+1)
		default:
			p.ruleText[i] = c.Cat.T(catalog.Rule(id))
		}
	}
	p.ownPrompts = own
	copy(p.prompts[:], cfg.Prompts)
	now := c.Now()
	if r.Interrupted {
		// Closed as interrupted: it ended when its last event was
		// written, not now.
		_ = p.apply(session.Stop(r.Last))
	} else {
		// circle was down since the last event: an interruption, of no
		// turn.
		_ = p.apply(session.Restart(now))
	}
	p.refresh(now)
	p.plan = p.st
	return p
}

// content is what a meeting takes from its group: the rules with ids for
// the log and texts for the screen, and the group's own prompts. Without
// a group it is circle's defaults. A rule whose words are a default rule's
// keeps that rule's id; the group's own words are "own-N".
func content(cat *catalog.Catalog, g *store.Group) (ids, texts []string, own map[string]string) {
	if g == nil {
		for _, r := range rules.Defaults() {
			ids = append(ids, r.ID)
			texts = append(texts, cat.T(catalog.Rule(r.ID)))
		}
		return ids, texts, nil
	}
	byText := map[string]string{}
	for _, r := range rules.Defaults() {
		byText[cat.T(catalog.Rule(r.ID))] = r.ID
	}
	for i, t := range g.Rules {
		id, ok := byText[t]
		if !ok {
			id = "own-" + strconv.Itoa(i+1)
		}
		ids = append(ids, id)
		texts = append(texts, t)
	}
	own = map[string]string{}
	for _, pr := range g.Prompts {
		own[pr.ID] = pr.Text
	}
	return ids, texts, own
}

// Init starts the clock, or hands a meeting that is over to the summary.
func (p *Page) Init() tea.Cmd {
	p.publish()
	if p.done() {
		return p.finish()
	}
	return p.schedule()
}

// InMeeting is true: until the summary has saved it, what is on disk of
// the meeting is offered for resuming at the next start.
func (p *Page) InMeeting() bool { return true }

// The read-only accessors tests use.

// Status is the meeting as the screen shows it.
func (p *Page) Status() session.Status { return p.st }

// Engine is the meeting engine.
func (p *Page) Engine() *session.Meeting { return p.m }

// Confirming reports whether a question, the plan menu or the reminder
// picker is open.
func (p *Page) Confirming() bool { return p.confirm != confirmNone }

// Journal is the meeting's record on disk.
func (p *Page) Journal() *common.Journal { return p.journal }

// TickGen is the generation of the clock's schedule.
func (p *Page) TickGen() int { return p.tickGen }

// apply hands an event to the engine and, when accepted, writes it to the
// data file before anything shows its effect.
func (p *Page) apply(e session.Event) error {
	if err := p.m.Apply(e); err != nil {
		return err
	}
	p.journal.Record(e, e.At)
	p.notice = "" // it was about the moment before
	p.plan = p.m.Status(e.At)
	p.introScroll = components.Scroll{}
	return nil
}

func (p *Page) refresh(now time.Time) {
	p.now = now
	p.st = p.m.Status(now)
	if p.st.Fits() {
		p.fitted = true
	}
}

func (p *Page) done() bool { return p.m.Phase() == session.PhaseDone }

// finish hands the meeting over to the summary, which saves it.
func (p *Page) finish() tea.Cmd {
	return common.Go(common.GoSummary{Log: p.m.Log(), Journal: p.journal, Quit: p.quit})
}

// seat names a seat at the start of a sentence: its display name if one
// was typed.
func (p *Page) seat(n int) string {
	if n >= 1 && n <= len(p.names) && p.names[n-1] != "" {
		return p.c.Cat.F(catalog.SeatNamed, n, p.names[n-1])
	}
	return p.c.Cat.F(catalog.Seat, n)
}

// seatMid names a seat inside a sentence, where Bokmål writes "plass 2".
func (p *Page) seatMid(n int) string {
	if n >= 1 && n <= len(p.names) && p.names[n-1] != "" {
		return p.c.Cat.F(catalog.MeetingSeatNamedMid, n, p.names[n-1])
	}
	return p.c.Cat.F(catalog.MeetingSeatMid, n)
}

// own reports whether the running turn is the facilitator's own.
func (p *Page) own() bool {
	return p.st.Round && p.st.Turn.Seat == p.m.Config().Facilitator
}

// Update handles a message: the clock, keys, and in the line mode the
// typed lines and the loop's clock.
func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	defer p.publish()
	switch msg := msg.(type) {
	case TickMsg:
		if msg.Gen != p.tickGen || p.done() {
			return p, nil
		}
		p.clock()
		return p, p.schedule()
	case common.ClockMsg:
		if p.done() {
			return p, nil
		}
		p.clock()
		return p, nil
	case tea.KeyMsg:
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste {
			// Keys pressed fast arrive as one message of several runes;
			// each is a key press of its own.
			for _, r := range msg.Runes {
				p.key(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
				if p.done() {
					break
				}
			}
		} else {
			p.key(msg)
		}
		return p, p.after()
	case common.LineMsg:
		p.line(string(msg))
		return p, p.after()
	}
	return p, nil
}

// after is what follows a key or a line: the summary when the meeting is
// over, else the clock's next tick.
func (p *Page) after() tea.Cmd {
	if p.done() {
		return p.finish()
	}
	return p.schedule()
}

// clock brings the page to the clock's reading: a retry of a failing
// write, the bell, a laptop that slept.
func (p *Page) clock() {
	now := p.c.Now()
	p.journal.Flush(now, false)
	p.refresh(now)
	p.ring()
	if slept := p.c.Slept(); slept > 0 {
		p.notice = p.c.Cat.F(catalog.NoticeSlept, common.MinutesText(p.c.Cat, slept))
	}
}

// ring rings the bell, if the group wants one, once per turn as it comes
// to its calm warning and once as it reaches its time. It is gentle: one
// BEL, never repeated.
func (p *Page) ring() {
	st := p.st
	if p.c.Ring == nil || !(p.c.BellAll || p.bell) || !st.Round || st.OnBreak {
		return
	}
	n := len(p.m.Turns()) + 1
	switch {
	case st.Turn.Over() && p.rung != n:
		p.rung = n
		p.c.Ring()
	case st.Warn && p.warned != n:
		p.warned = n
		p.c.Ring()
	}
}

// schedule arms the next clock tick: at the next instant something on the
// screen changes, and not before. Each tick reads the clock afresh, so a
// late or missed tick never makes the display drift. The line mode's loop
// sends its own clock.
func (p *Page) schedule() tea.Cmd {
	p.tickGen++
	if p.c.LineMode || p.done() {
		return nil
	}
	d := p.NextChange(p.c.Now())
	gen := p.tickGen
	return p.c.After(d, TickMsg{Gen: gen})
}

// NextChange is how long until something on the screen changes: the next
// whole second of a running turn or break, otherwise the next whole minute
// of the meeting clock, or the moment the plan stops fitting if sooner.
func (p *Page) NextChange(now time.Time) time.Duration {
	st := p.m.Status(now)
	var d time.Duration
	switch {
	case st.OnBreak:
		d = time.Second - st.Break%time.Second
	case st.Round:
		d = time.Second - st.Turn.Elapsed%time.Second
	case st.Phase == session.PhaseSharing && st.Format == session.FormatOpen:
		// The floor's time and the speaker's tally show seconds.
		d = time.Second - st.Elapsed%time.Second
	default:
		d = time.Minute - st.Elapsed%time.Minute
	}
	if !st.FitsUntil.IsZero() {
		if w := st.FitsUntil.Sub(now) + time.Millisecond; w > 0 && w < d {
			d = w
		}
	}
	return d
}

// answer takes the answer to the question on screen, from a key or a
// typed line alike: number is what was typed, for the menu of changes;
// remind is the rule to remind of, -1 for none. Any answer closes the
// question. Only y confirms; anything else, enter included, cancels, so a
// doubled key press can never cut a speaker off.
func (p *Page) answer(now time.Time, msg tea.Msg, number string, remind int) {
	switch p.confirm {
	case confirmChoice:
		// The menu numbers the changes on offer: the number is the answer.
		if n, err := strconv.Atoi(number); err == nil {
			p.choose(now, n)
		}
	case confirmRemind:
		if remind >= 0 {
			p.remind = remind
			_ = p.apply(session.Remind(now, remind))
		}
	default:
		if components.Yes(p.c, msg) {
			p.confirmed(now)
		} else {
			// Said, so a no is never met with the line said before it.
			p.notice = p.c.Cat.T(catalog.MeetingAnsweredNo)
		}
	}
	p.confirm = confirmNone
}

// key handles one key press.
func (p *Page) key(msg tea.KeyMsg) {
	now := p.c.Now()
	defer p.refresh(now)
	k := p.c.Keys
	p.problem = ""
	if p.confirm == confirmRemind {
		// Up and down move through the rules; the question stays open.
		switch {
		case key.Matches(msg, k.Up):
			p.remind = max(0, p.remind-1)
			return
		case key.Matches(msg, k.Down):
			p.remind = min(len(p.ruleText)-1, p.remind+1)
			return
		}
	}
	if p.typing() {
		p.typeKey(now, msg)
		return
	}
	if p.confirm != confirmNone {
		remind := -1
		if msg.Type == tea.KeyEnter {
			remind = p.remind
		}
		p.answer(now, msg, msg.String(), remind)
		return
	}
	st := p.m.Status(now)
	if seat, ok := p.floorKey(msg, st); ok {
		// The open floor: one key per seat, space for no one. Giving it
		// where it already is changes nothing.
		if seat >= 0 {
			_ = p.apply(session.Floor(now, seat))
		}
		return
	}
	w, _ := p.c.Size()
	if lines, sc := p.scrollable(w); sc != nil && sc.Move(msg, k, len(lines), p.frame().Room()) {
		return
	}
	switch {
	case key.Matches(msg, k.Help):
		p.c.FullHelp = !p.c.FullHelp
	case key.Matches(msg, k.Quit):
		p.ask(confirmStop, now)
	case key.Matches(msg, k.Next):
		p.next(now, st)
	case key.Matches(msg, k.Pass) && st.Round && !st.OnBreak:
		p.pass(now, st, false)
	case key.Matches(msg, k.Break):
		p.breakKey(now, st)
	case st.Phase == session.PhaseRules && key.Matches(msg, k.Tick):
		p.tick(now, p.cursor, !p.m.Ticked(p.cursor))
	case st.Phase == session.PhaseRules && key.Matches(msg, k.Up):
		p.cursor = max(0, p.cursor-1)
	case st.Phase == session.PhaseRules && key.Matches(msg, k.Down):
		p.cursor = min(len(p.ruleText)-1, p.cursor+1)
	case key.Matches(msg, k.Rules):
		p.showRules = !p.showRules
		p.rulesScroll = components.Scroll{}
	case key.Matches(msg, k.Presenter):
		p.presenter = !p.presenter
	case key.Matches(msg, k.Remind) && p.canRemind(st):
		p.confirm = confirmRemind
	case key.Matches(msg, k.Choose) && p.canChoose(st):
		p.confirm = confirmChoice
	case p.roomKey(now, msg, st):
	case st.Phase == session.PhaseHandover && !st.OnBreak && (components.Yes(p.c, msg) || key.Matches(msg, k.No)):
		_ = p.apply(session.Handover(now, components.Yes(p.c, msg)))
	}
}

// ask opens a question.
func (p *Page) ask(k confirmKind, now time.Time) {
	p.confirm, p.askedAt = k, now
}

func (p *Page) canRemind(st session.Status) bool {
	return !st.OnBreak && st.Phase > session.PhaseRules && st.Phase < session.PhaseHandover && len(p.ruleText) > 0
}

func (p *Page) canChoose(st session.Status) bool { return !st.Fits() && len(st.Choices) > 0 }

// offered lists the plan's changes on offer, in the menu's order: the n-th
// is the menu's number n.
func offered(st session.Status) []session.Choice {
	var out []session.Choice
	for _, ch := range choiceOrder {
		if slices.Contains(st.Choices, ch) {
			out = append(out, ch)
		}
	}
	return out
}

// choose takes the change the menu shows as number n.
func (p *Page) choose(now time.Time, n int) {
	list := offered(p.m.Status(now))
	if n < 1 || n > len(list) {
		return
	}
	ends := p.m.Status(now).Ends
	if p.apply(session.Choose(now, list[n-1])) == nil {
		p.notice = p.c.Cat.T(catalog.NoticeChosen)
		if moved := p.m.Status(now).Ends; !moved.Equal(ends) {
			// The planned end moved: said once, with the change.
			p.notice += " " + p.c.Cat.F(catalog.RoomEndsMoved, p.c.Cat.TimeOfDay(moved))
		}
	}
}

func (p *Page) breakKey(now time.Time, st session.Status) {
	if st.OnBreak {
		if p.apply(session.Resume(now)) == nil {
			p.notice = p.c.Cat.T(catalog.AccessibleBreakOver)
		}
		return
	}
	_ = p.apply(session.Break(now))
}

// tick ticks a rule (or takes its tick off); ticking one moves the pointer
// on to the next, the one to read now.
func (p *Page) tick(now time.Time, rule int, on bool) {
	if rule < 0 || rule >= len(p.ruleText) {
		return
	}
	if p.apply(session.Tick(now, rule, on)) == nil && on {
		p.cursor = min(len(p.ruleText)-1, rule+1)
	}
}

// floorKey reads a key of the open floor: 1-9 and 0 give the floor to
// seats 1-10, + and a digit to seats 11-20, space to no one.
func (p *Page) floorKey(msg tea.KeyMsg, st session.Status) (int, bool) {
	if st.Phase != session.PhaseSharing || st.Format != session.FormatOpen || st.OnBreak {
		return 0, false
	}
	high := p.floorHigh
	p.floorHigh = false
	r := msg.String()
	switch {
	case r == " " || msg.Type == tea.KeySpace:
		return 0, true
	case r == "+" && p.m.Seats() > 10:
		p.floorHigh = true
		return -1, true
	case len(r) != 1 || r[0] < '0' || r[0] > '9':
		return 0, false
	}
	seat := int(r[0] - '0')
	if seat == 0 {
		seat = 10
	}
	if high {
		seat += 10
	}
	return seat, seat <= p.m.Seats()
}

// floorKeyLabel is the key that gives seat the floor.
func floorKeyLabel(seat int) string {
	switch {
	case seat < 10:
		return strconv.Itoa(seat)
	case seat == 10:
		return "0"
	case seat < 20:
		return "+" + strconv.Itoa(seat-10)
	}
	return "+0"
}

func (p *Page) next(now time.Time, st session.Status) {
	if st.OnBreak {
		return
	}
	if st.Round {
		switch err := p.apply(session.End(now, false)); {
		case errors.Is(err, session.ErrEndEarly):
			p.ask(confirmEnd, now)
		case err == nil:
			p.notice = ""
		}
		return
	}
	if st.Phase == session.PhaseHandover {
		return
	}
	switch err := p.apply(session.Advance(now, false)); {
	case errors.Is(err, session.ErrUnticked):
		p.ask(confirmUnticked, now)
	case errors.Is(err, session.ErrFloorLeft):
		p.ask(confirmCloseFloor, now)
	}
}

func (p *Page) pass(now time.Time, st session.Status, confirm bool) {
	switch err := p.apply(session.Pass(now, confirm)); {
	case errors.Is(err, session.ErrPassLate):
		p.ask(confirmPass, now)
	case err == nil:
		if st.Turn.Kind == session.KindShare && st.Format == session.FormatCircle {
			p.notice = p.c.Cat.F(catalog.NoticePassedShare, p.seat(st.Turn.Seat))
		} else {
			p.notice = p.c.Cat.F(catalog.NoticePassed, p.seat(st.Turn.Seat))
		}
	}
}

func (p *Page) confirmed(now time.Time) {
	switch p.confirm {
	case confirmEnd:
		_ = p.apply(session.End(now, true))
	case confirmPass:
		p.pass(now, p.m.Status(now), true)
	case confirmUnticked, confirmCloseFloor:
		_ = p.apply(session.Advance(now, true))
	case confirmStop:
		if p.apply(session.Stop(now)) == nil {
			p.quit = true
		}
	default:
		p.roomConfirmed(now)
	}
}
