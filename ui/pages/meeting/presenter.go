package meeting

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"

	"circle/session"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// The presenter view shows the time in block digits that fill the screen,
// for a screen turned toward a circle two metres away (components.BigText).

// presenterView fills the screen with the time: the turn's time left, the
// break's, or else the meeting's, with who speaks above and the phase below.
func (p *Page) presenterView() string {
	c, st, cat := p.c, p.st, p.c.Cat
	w, h := c.Size()
	l := &common.Layout{W: w, H: h, Center: true}

	var above, below, digits string
	var clock *components.TurnClock // the turn's, in a round
	switch {
	case st.OnBreak:
		above = cat.T(catalog.BreakTitle)
		digits = common.Clock(st.Break)
		if st.BreakPlanned > 0 && st.Break <= st.BreakPlanned {
			digits = common.Clock(st.BreakPlanned - st.Break.Truncate(time.Second))
		}
		below = common.PhaseTitle(cat, st.Phase)
	case st.Round:
		t := st.Turn
		above = p.seat(t.Seat) + " · " + p.kindText(t.Slot)
		clock = clockOf(st)
		below = common.PhaseTitle(cat, st.Phase)
		if clock.Over() || clock.Near {
			below = clock.OverText(c) + " · " + below
		}
	case st.Phase == session.PhaseSharing && st.Format == session.FormatOpen:
		above = cat.T(catalog.OpenNobody)
		if st.Floor > 0 {
			above = cat.F(catalog.OpenHas, p.seat(st.Floor), common.Clock(st.Tally[st.Floor-1]))
		}
		digits = common.Clock(max(0, st.FloorLeft))
		below = cat.T(catalog.OpenTitle)
	default:
		above = common.PhaseTitle(cat, st.Phase)
		digits = common.Clock(max(0, st.Left).Truncate(time.Minute))
		below = cat.F(catalog.MeetingClock, int(st.Elapsed/time.Minute), int(st.Left/time.Minute))
	}

	// The key line names enter, which goes on working here: the
	// facilitator ends a turn without leaving the big digits.
	next := common.WithHelp(c.Keys.Next, cat.T(catalog.HelpNext))
	if st.Round {
		next = common.WithHelp(c.Keys.Next, cat.T(catalog.HelpEndTurn))
	}
	var help []string
	if p.confirm != confirmNone {
		help = p.dialog(w, h-4, h-2)
	} else {
		keys := []key.Binding{next,
			common.WithHelp(c.Keys.Presenter, cat.T(catalog.HelpNormalView)),
			common.WithHelp(c.Keys.Quit, cat.T(catalog.HelpStop))}
		help = components.Footer(c, keys, keys)
	}
	// Who speaks and what they do wraps, never cut: a reaction's words
	// are longer than 40 columns.
	var tops []string
	for _, s := range common.Wrap(above, w, "") {
		tops = append(tops, common.Center(c.Styles.Title.Render(s), w))
	}
	room := h - len(help) - 3 - len(tops) // the lines above and below, with a gap each
	var big []string
	var fitted bool
	if clock != nil {
		big, fitted = clock.Big(c, w, room)
	} else {
		big, fitted = components.BigText(c, digits, c.Styles.Speaker, w, room)
	}
	l.Add(tops...)
	l.Add("")
	if fitted {
		l.AddFitted(big...)
	} else {
		// Too small for block digits: the time, large in spirit only.
		l.Add(big...)
	}
	// The planned end, small, where it fits.
	if ends := below + " · " + cat.F(catalog.RoomEnds, cat.TimeOfDay(st.Ends)); st.Phase < session.PhaseDone && ansi.StringWidth(ends) <= w {
		below = ends
	}
	l.Add("", common.Center(c.Styles.Muted.Render(below), w))
	l.Foot = help
	return l.String()
}
