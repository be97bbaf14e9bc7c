package meeting

import (
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"circle/rules"
	"circle/session"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// What happens in real rooms: a late arrival (a), someone leaving (l), a
// turn that ended earlier than its key press (e), taking back the last
// end or pass (u), and one more round (o). Each asks first; the ones that
// need a number (a seat, seconds) ask for it, then ask to confirm.

// typing reports whether the question open is waiting for something
// typed: a number, or a late arrival's name.
func (p *Page) typing() bool {
	switch p.confirm {
	case confirmJoinSeat, confirmJoinName, confirmLeaveSeat, confirmEarlier:
		return true
	}
	return false
}

// MaxName is the longest name for the screen a late arrival is given, in
// characters.
const MaxName = 30

// inRoom reports whether people can come and go now.
func inRoom(st session.Status) bool {
	return !st.OnBreak && st.Phase >= session.PhaseOpening && st.Phase <= session.PhaseClosing
}

// offerAgain reports whether one more round is on offer: it fits, and the
// group has not turned the offer off.
func (p *Page) offerAgain(st session.Status) bool { return st.Again && !p.noAgain }

// roomKey handles the room's keys; false if msg is none of them now.
func (p *Page) roomKey(now time.Time, msg tea.KeyMsg, st session.Status) bool {
	k := p.c.Keys
	switch {
	case key.Matches(msg, k.Join) && inRoom(st):
		if p.m.Seats() >= session.MaxSeats {
			p.notice = p.c.Cat.T(catalog.RoomFull)
			return true
		}
		p.askNumber(confirmJoinSeat, now)
	case key.Matches(msg, k.Leave) && inRoom(st):
		p.askNumber(confirmLeaveSeat, now)
	case key.Matches(msg, k.Earlier) && st.Undo && !st.OnBreak:
		p.askNumber(confirmEarlier, now)
	case key.Matches(msg, k.Undo) && st.Undo && !st.OnBreak:
		p.ask(confirmUndo, now)
	case key.Matches(msg, k.Again) && p.offerAgain(st):
		p.ask(confirmAgain, now)
	default:
		return false
	}
	return true
}

func (p *Page) askNumber(k confirmKind, now time.Time) {
	p.ask(k, now)
	p.typed = ""
}

// typeKey takes a key while a number is asked for: digits, backspace,
// enter to go on; any other key closes the question. A name takes any
// letters and spaces.
func (p *Page) typeKey(now time.Time, msg tea.KeyMsg) {
	r := msg.String()
	if p.confirm == confirmJoinName {
		switch msg.Type {
		case tea.KeyRunes, tea.KeySpace:
			add := string(msg.Runes)
			if msg.Type == tea.KeySpace {
				add = " "
			}
			p.typed = clip(p.typed+strings.Map(printable, add), MaxName)
		case tea.KeyBackspace:
			if rs := []rune(p.typed); len(rs) > 0 {
				p.typed = string(rs[:len(rs)-1])
			}
		case tea.KeyEnter:
			p.submitName(now)
		default:
			p.confirm, p.typed = confirmNone, ""
		}
		return
	}
	switch {
	case len(r) == 1 && r[0] >= '0' && r[0] <= '9':
		if len(p.typed) < 3 {
			p.typed += r
		}
	case msg.Type == tea.KeyBackspace:
		p.typed = p.typed[:max(0, len(p.typed)-1)]
	case msg.Type == tea.KeyEnter:
		p.submitTyped(now)
	default:
		p.confirm, p.typed = confirmNone, ""
	}
}

// submitTyped takes the number typed: a question follows, or a line
// says why the number cannot be taken.
func (p *Page) submitTyped(now time.Time) {
	cat := p.c.Cat
	n, err := strconv.Atoi(p.typed)
	kind := p.confirm
	p.confirm, p.typed = confirmNone, ""
	if err != nil {
		return
	}
	switch kind {
	case confirmJoinSeat:
		switch err := p.m.Joining(n); {
		case errors.Is(err, session.ErrFull):
			p.notice = cat.T(catalog.RoomFull)
		case err != nil:
			p.notice = cat.F(catalog.RoomNoSuchSeat, strconv.Itoa(n))
		default:
			p.seatArg = n
			p.askNumber(confirmJoinName, now)
		}
	case confirmLeaveSeat:
		switch err := p.m.Leaving(n); {
		case errors.Is(err, session.ErrSpeaking):
			p.notice = cat.F(catalog.RoomLeaveSpeaking, p.seat(n))
		case errors.Is(err, session.ErrStays):
			p.notice = cat.T(catalog.RoomLeaveStays)
		case err != nil:
			p.notice = cat.F(catalog.RoomNoSuchSeat, strconv.Itoa(n))
		default:
			p.seatArg = n
			p.ask(confirmLeave, now)
		}
	case confirmEarlier:
		// Seconds before the question was asked, as its range said: the
		// range runs on while the number is typed.
		least, most, ok := p.m.CorrectRange(p.askedAt)
		switch ago := time.Duration(n) * time.Second; {
		case !ok:
			p.notice = cat.T(catalog.RoomUndoTooOld)
		case ago < least || ago > most:
			p.notice = cat.F(catalog.RoomEarlierRange, int(least/time.Second), int(most/time.Second))
		default:
			p.agoArg, p.agoFrom = ago, p.askedAt
			p.ask(confirmCorrect, now)
		}
	}
}

// submitName takes the late arrival's name (none if nothing was typed)
// and asks to confirm their joining.
func (p *Page) submitName(now time.Time) {
	p.nameArg = strings.TrimSpace(clip(strings.Map(printable, p.typed), MaxName))
	p.typed = ""
	p.ask(confirmJoin, now)
}

// printable drops what is not a printable character from a name.
func printable(r rune) rune {
	if unicode.IsPrint(r) {
		return r
	}
	return -1
}

// clip cuts s to n characters.
func clip(s string, n int) string {
	rs := []rune(s)
	return string(rs[:min(n, len(rs))])
}

// named puts the name for the screen of seat n, a late arrival, with the
// others', in memory only. The names given at the start are not changed
// where they are kept.
func (p *Page) named(n int, name string) {
	if name == "" {
		return
	}
	names := make([]string, max(n, len(p.names)))
	copy(names, p.names)
	names[n-1] = name
	p.names = names
}

// roomConfirmed does what a room question was answered yes to.
func (p *Page) roomConfirmed(now time.Time) {
	cat := p.c.Cat
	switch p.confirm {
	case confirmJoin:
		late := p.m.JoinLate(p.seatArg)
		if p.apply(session.Join(now, p.seatArg, late)) == nil {
			p.named(p.m.Seats(), p.nameArg)
			p.notice = cat.F(catalog.RoomJoined, p.seat(p.m.Seats()))
		}
		p.nameArg = ""
	case confirmLeave:
		if p.apply(session.Leave(now, p.seatArg)) == nil {
			p.notice = cat.F(catalog.RoomLeft, p.seat(p.seatArg))
		}
	case confirmCorrect:
		// Said as seconds before the number was asked for.
		ago := now.Sub(p.agoFrom) + p.agoArg
		if p.apply(session.Correct(now, ago)) == nil {
			p.notice = cat.T(catalog.RoomCorrected)
		} else {
			p.notice = cat.T(catalog.RoomUndoTooOld)
		}
	case confirmUndo:
		t, _, ok := p.m.LastStep(now)
		if ok && p.apply(session.Undo(now)) == nil {
			p.notice = cat.F(catalog.RoomUndone, p.seat(t.Seat))
		} else {
			p.notice = cat.T(catalog.RoomUndoTooOld)
		}
	case confirmAgain:
		id := p.againPrompt()
		if p.apply(session.Again(now, id)) == nil {
			p.notice = cat.F(catalog.RoomAgainStarted, p.promptText(id))
		}
	}
}

// againPrompt picks the prompt of another round: a reaction prompt other
// than the ones this meeting has shown.
func (p *Page) againPrompt() string {
	shown := append([]string{}, p.m.Config().Prompts...)
	if id := p.m.RoundPrompt(); id != "" {
		shown = append(shown, id)
	}
	return rules.PickFor(rules.UseReaction, len(shown), shown, nil).ID
}

// roomQuestion is the yes-or-no question of the room open, if any.
func (p *Page) roomQuestion(st session.Status) (string, bool) {
	cat := p.c.Cat
	switch p.confirm {
	case confirmJoin:
		seat, after := p.c.Cat.F(catalog.Seat, p.m.Seats()+1), p.seatMid(p.seatArg)
		if p.nameArg != "" {
			seat = p.c.Cat.F(catalog.SeatNamed, p.m.Seats()+1, p.nameArg)
		}
		switch {
		case p.m.JoinLate(p.seatArg):
			return cat.F(catalog.RoomJoinConfirmLate, seat, after), true
		case st.Round || (st.Phase == session.PhaseSharing && st.HasNext):
			return cat.F(catalog.RoomJoinConfirm, seat, after), true
		}
		return cat.F(catalog.RoomJoinConfirmAny, seat, after), true
	case confirmLeave:
		if n := p.m.TurnsToCome(p.seatArg); n > 0 {
			return cat.F(catalog.RoomLeaveConfirm, p.seat(p.seatArg), cat.N(catalog.RoomLeaveTurns, n)), true
		}
		return cat.F(catalog.RoomLeaveNone, p.seat(p.seatArg)), true
	case confirmCorrect:
		return cat.F(catalog.RoomEarlierConfirm, cat.N(catalog.Seconds, int(p.agoArg/time.Second))), true
	case confirmUndo:
		t, pass, _ := p.m.LastStep(p.askedAt)
		if pass {
			return cat.F(catalog.RoomUndoPass, p.seatMid(t.Seat)), true
		}
		return cat.F(catalog.RoomUndoEnd, p.seatMid(t.Seat)), true
	case confirmAgain:
		return cat.T(catalog.RoomAgainConfirm), true
	}
	return "", false
}

// askText is what a question waiting for a number asks.
func (p *Page) askText() string {
	cat := p.c.Cat
	switch p.confirm {
	case confirmJoinSeat:
		return cat.T(catalog.RoomJoinAsk)
	case confirmJoinName:
		return cat.F(catalog.RoomJoinNameAsk, p.seatMid(p.m.Seats()+1))
	case confirmLeaveSeat:
		return cat.T(catalog.RoomLeaveAsk)
	}
	least, most, _ := p.m.CorrectRange(p.askedAt)
	return cat.F(catalog.RoomEarlierAsk, int(least/time.Second), int(most/time.Second))
}

// numberBox draws a question waiting for a number, with what is typed.
func (p *Page) numberBox(w int) []string {
	lines := common.Wrap(p.askText(), w-8, "")
	lines = append(lines, p.c.Styles.Label.Render(p.c.Cat.F(catalog.RoomTyped, p.typed+"_")))
	return components.Box(p.c, w, lines)
}

// roomLine takes a typed line of the room: "a 4", "l 5", "e 30" ask at
// once what the key and the number would; "a", "l", "e", "u" and "o" are
// the keys. It reports whether the line was one.
func (p *Page) roomLine(now time.Time, word string, st session.Status) bool {
	letter, arg, _ := strings.Cut(word, " ")
	arg = strings.TrimSpace(arg)
	if len(letter) != 1 || !strings.Contains("aleuo", letter) {
		return false
	}
	if !p.roomKey(now, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(letter)}, st) {
		return false
	}
	if p.typing() && arg != "" {
		p.typed = arg
		p.submitTyped(now)
	}
	return true
}

// shown is what the circle's own screen shows of the meeting now.
func (p *Page) shown() common.Shown {
	st, cat := p.st, p.c.Cat
	if p.done() {
		return common.Shown{Ended: true, Lang: string(cat.Lang())}
	}
	s := common.Shown{
		Meeting:  true,
		Phase:    common.PhaseTitle(cat, st.Phase),
		Reminder: p.reminder(),
		Lang:     string(cat.Lang()),
	}
	switch {
	case st.OnBreak:
		s.Break, s.Planned, s.Elapsed = true, st.BreakPlanned, st.Break
	case st.Round:
		t := st.Turn
		s.Round, s.Seat, s.Doing = true, t.Seat, p.kindText(t.Slot)
		if t.Seat >= 1 && t.Seat <= len(p.names) {
			s.Name = p.names[t.Seat-1]
		}
		// The display warns by the same rule (session.Warned).
		s.Planned, s.Elapsed, s.Warn = t.Planned, t.Elapsed, p.m.Config().Warn
	}
	return s
}

// publish tells the circle's own screen, if one may follow, what the
// meeting shows. It never blocks.
func (p *Page) publish() {
	if p.c.Show != nil {
		p.c.Show(p.shown())
	}
}
