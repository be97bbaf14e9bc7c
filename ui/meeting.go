package ui

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"circle/rules"
	"circle/session"
	"circle/store"
	"circle/ui/catalog"
)

type confirmKind int

const (
	confirmNone       confirmKind = iota
	confirmEnd                    // end a turn that has time left
	confirmPass                   // pass a turn that has been running
	confirmUnticked               // start the sharing with unticked rules
	confirmStop                   // stop the meeting
	confirmChoice                 // change the plan: which change (1-4)
	confirmCloseFloor             // close the open floor while it has time
	confirmRemind                 // which rule to show the circle
)

// choiceOrder maps the keys 1-4 of the plan menu to the engine's choices.
var choiceOrder = [4]session.Choice{
	session.ChooseShorterReactions, session.ChoosePlainRound, session.ChooseSkipBreak, session.ChooseExtend,
}

// meetingScreen runs one meeting.
type meetingScreen struct {
	c       *common
	m       session.Meeting
	journal *journal // the events on disk
	names   []string // display names by seat-1; memory only
	rules   []rules.Rule
	// ruleText is the text of each rule: the group's own words, or
	// circle's defaults in the language of the screen.
	ruleText []string
	// ownPrompts are the texts of the group's own prompts, by id.
	ownPrompts map[string]string

	checkin, reaction, checkout rules.Prompt

	now time.Time      // the clock reading the screen shows
	st  session.Status // the meeting at now

	cursor    int // the rule the checklist points at
	showRules bool
	presenter bool // the time in block digits, for the circle to read
	rung      int  // the turn (its number, from 1) the bell rang for
	bell      bool // the group wants the bell
	confirm   confirmKind
	remind    int    // the rule the reminder picker points at
	floorHigh bool   // + was pressed: the next digit is a seat from 11
	notice    string // what just happened, when it is worth a line

	stopped bool        // stopped before its close
	quit    bool        // stopped to quit circle
	log     session.Log // the record saved when it is over
	saving  bool
	saveErr error
	// When the data file would not take the record: another file to
	// save it in, and where it went.
	elsewhere   textinput.Model
	savedTo     string
	elsewhereEr error
	notEnded    error // saved elsewhere, but still unfinished in the data file
	quitAsk     bool  // asked: quit without the record saved?
}

// newMeetingScreen begins a meeting: held is how many meetings the group
// (or the history, without a group) has had, recent the prompt ids of its
// last five, so the prompts change from meeting to meeting.
func newMeetingScreen(c *common, start meetingStart, held int, recent []string, st Store) *meetingScreen {
	s := &meetingScreen{c: c, names: start.names, journal: &journal{store: st}}
	ids, texts, own := meetingContent(c.cat, start.group)
	s.setContent(ids, texts, own)
	s.checkin, s.reaction, s.checkout = pickPromptsFor(start.group, held, recent)
	cfg := start.cfg
	cfg.Rules = ids
	cfg.Prompts = []string{s.checkin.ID, s.reaction.ID, s.checkout.ID}
	if start.group != nil {
		cfg.Group = start.group.ID
		s.bell = start.group.Defaults.Bell
	}
	now := c.now()
	// A valid form makes a valid configuration, so Begin cannot fail.
	_ = s.apply(session.Begin(now, cfg))
	s.refresh(now)
	return s
}

// resumedMeeting goes on with a meeting rebuilt from its stored events.
// The seats come back as numbers, or with the names typed again.
func resumedMeeting(c *common, r *resumeScreen, st Store, g *store.Group) *meetingScreen {
	cfg := r.m.Config()
	s := &meetingScreen{c: c, m: *r.m, names: r.names(), journal: &journal{store: st, written: r.kept}}
	s.bell = g != nil && g.Defaults.Bell
	_, texts, own := meetingContent(c.cat, g)
	// The rules as they were begun: a group's own words by position, a
	// default rule by its id.
	resolved := make([]string, len(cfg.Rules))
	for i, id := range cfg.Rules {
		switch {
		case strings.HasPrefix(id, "own-") && i < len(texts):
			resolved[i] = texts[i]
		case strings.HasPrefix(id, "own-"):
			resolved[i] = c.cat.F(catalog.RuleNumbered, i+1)
		default:
			resolved[i] = c.cat.T(catalog.Rule(id))
		}
	}
	s.setContent(cfg.Rules, resolved, own)
	if len(cfg.Prompts) == 3 {
		s.checkin = rules.Prompt{ID: cfg.Prompts[0]}
		s.reaction = rules.Prompt{ID: cfg.Prompts[1]}
		s.checkout = rules.Prompt{ID: cfg.Prompts[2]}
	}
	now := c.now()
	if !r.interrupted {
		// circle was down since the last event: an interruption, of no turn.
		_ = s.apply(session.Restart(now))
	}
	if r.interrupted {
		// Closed as interrupted: it ended when its last event was
		// written, not now.
		if s.apply(session.Stop(r.last)) == nil {
			s.stopped = true
		}
	}
	s.refresh(now)
	return s
}

// setContent takes the meeting's rules and the group's own prompts.
func (s *meetingScreen) setContent(ids, texts []string, own map[string]string) {
	s.rules = s.rules[:0]
	for _, id := range ids {
		s.rules = append(s.rules, rules.Rule{ID: id})
	}
	s.ruleText, s.ownPrompts = texts, own
}

// apply hands an event to the engine and, when accepted, writes it to the
// data file before anything shows its effect.
func (s *meetingScreen) apply(e session.Event) error {
	if err := s.m.Apply(e); err != nil {
		return err
	}
	s.journal.record(e, e.At)
	s.notice = "" // it was about the moment before
	return nil
}

func (s *meetingScreen) refresh(now time.Time) {
	s.now = now
	s.st = s.m.Status(now)
}

func (s *meetingScreen) done() bool { return s.m.Phase() == session.PhaseDone }

// seat names a seat for the screen: its display name if one was typed.
func (s *meetingScreen) seat(n int) string {
	if n >= 1 && n <= len(s.names) && s.names[n-1] != "" {
		return s.c.cat.F(catalog.SeatNamed, n, s.names[n-1])
	}
	return s.c.cat.F(catalog.Seat, n)
}

// key handles a key press.
func (s *meetingScreen) key(msg tea.KeyMsg) {
	now := s.c.now()
	defer func() { s.refresh(now) }()
	k := s.c.keys
	switch s.confirm {
	case confirmNone:
	case confirmChoice:
		// The menu names each change: its number is the answer.
		for i, b := range k.Choices {
			if key.Matches(msg, b) && slices.Contains(s.m.Status(now).Choices, choiceOrder[i]) {
				if s.apply(session.Choose(now, choiceOrder[i])) == nil {
					s.notice = s.c.cat.T(catalog.NoticeChosen)
				}
			}
		}
		s.confirm = confirmNone
		return
	case confirmRemind:
		switch {
		case key.Matches(msg, k.Up):
			s.remind = max(0, s.remind-1)
			return
		case key.Matches(msg, k.Down):
			s.remind = min(len(s.rules)-1, s.remind+1)
			return
		case msg.Type == tea.KeyEnter:
			_ = s.apply(session.Remind(now, s.remind))
		}
		s.confirm = confirmNone
		return
	default:
		// Only y confirms; any other key, enter included, cancels, so a
		// doubled key press can never cut a speaker off.
		if key.Matches(msg, k.Yes) {
			s.confirmed(now)
		}
		s.confirm = confirmNone
		return
	}
	st := s.m.Status(now)
	if seat, ok := s.floorKey(msg, st); ok {
		// The open floor: one key per seat, space for no one. Giving it
		// where it already is changes nothing.
		if seat >= 0 {
			_ = s.apply(session.Floor(now, seat))
		}
		return
	}
	switch {
	case key.Matches(msg, k.Quit):
		s.confirm = confirmStop
	case key.Matches(msg, k.Next):
		s.next(now, st)
	case key.Matches(msg, k.Pass) && st.Round && !st.OnBreak:
		s.pass(now, st, false)
	case key.Matches(msg, k.Break):
		if st.OnBreak {
			_ = s.apply(session.Resume(now))
		} else {
			_ = s.apply(session.Break(now))
		}
	case st.Phase == session.PhaseRules && key.Matches(msg, k.Tick):
		if s.cursor < len(s.rules) {
			_ = s.apply(session.Tick(now, s.cursor, !s.m.Ticked(s.cursor)))
		}
	case st.Phase == session.PhaseRules && key.Matches(msg, k.Up):
		s.cursor = max(0, s.cursor-1)
	case st.Phase == session.PhaseRules && key.Matches(msg, k.Down):
		s.cursor = min(len(s.rules)-1, s.cursor+1)
	case key.Matches(msg, k.Rules):
		s.showRules = !s.showRules
	case key.Matches(msg, k.Presenter):
		s.presenter = !s.presenter
	case key.Matches(msg, k.Remind) && !st.OnBreak && st.Phase > session.PhaseRules && st.Phase < session.PhaseHandover && len(s.rules) > 0:
		s.confirm = confirmRemind
	case key.Matches(msg, k.Choose) && !st.Fits() && len(st.Choices) > 0:
		s.confirm = confirmChoice
	case st.Phase == session.PhaseHandover && !st.OnBreak && (msg.String() == "y" || msg.String() == "n"):
		_ = s.apply(session.Handover(now, msg.String() == "y"))
	}
}

// floorKey reads a key of the open floor: 1-9 and 0 give the floor to
// seats 1-10, space to no one.
func (s *meetingScreen) floorKey(msg tea.KeyMsg, st session.Status) (int, bool) {
	if st.Phase != session.PhaseSharing || st.Format != session.FormatOpen || st.OnBreak {
		return 0, false
	}
	high := s.floorHigh
	s.floorHigh = false
	r := msg.String()
	switch {
	case r == " ":
		return 0, true
	case r == "+" && s.m.Config().Seats > 10:
		// Seats 11-20: + and then the digit of the seat's last figure.
		s.floorHigh = true
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
	return seat, seat <= s.m.Config().Seats
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

func (s *meetingScreen) next(now time.Time, st session.Status) {
	if st.OnBreak {
		return
	}
	if st.Round {
		switch err := s.apply(session.End(now, false)); {
		case errors.Is(err, session.ErrEndEarly):
			s.confirm = confirmEnd
		case err == nil:
			s.notice = ""
		}
		return
	}
	if st.Phase == session.PhaseHandover {
		return
	}
	switch err := s.apply(session.Advance(now, false)); {
	case errors.Is(err, session.ErrUnticked):
		s.confirm = confirmUnticked
	case errors.Is(err, session.ErrFloorLeft):
		s.confirm = confirmCloseFloor
	}
}

func (s *meetingScreen) pass(now time.Time, st session.Status, confirm bool) {
	switch err := s.apply(session.Pass(now, confirm)); {
	case errors.Is(err, session.ErrPassLate):
		s.confirm = confirmPass
	case err == nil:
		if st.Turn.Kind == session.KindShare {
			s.notice = s.c.cat.F(catalog.NoticePassedShare, s.seat(st.Turn.Seat))
		} else {
			s.notice = s.c.cat.F(catalog.NoticePassed, s.seat(st.Turn.Seat))
		}
	}
}

func (s *meetingScreen) confirmed(now time.Time) {
	switch s.confirm {
	case confirmEnd:
		if s.apply(session.End(now, true)) == nil {
			s.notice = ""
		}
	case confirmPass:
		s.pass(now, s.m.Status(now), true)
	case confirmUnticked:
		_ = s.apply(session.Advance(now, true))
	case confirmCloseFloor:
		_ = s.apply(session.Advance(now, true))
	case confirmStop:
		if s.apply(session.Stop(now)) == nil {
			s.stopped, s.quit = true, true
		}
	}
}

// nextChange is how long until something on the screen changes: the next
// whole second of a running turn or break, otherwise the next whole minute
// of the meeting clock, or the moment the plan stops fitting if sooner.
func (s *meetingScreen) nextChange(now time.Time) time.Duration {
	st := s.m.Status(now)
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
