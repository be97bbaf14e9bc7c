package ui

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"circle/session"
	"circle/ui/catalog"
)

// resumeScreen offers an unfinished meeting found at start-up: go on with
// it, or close it as interrupted.
type resumeScreen struct {
	c     *common
	m     *session.Meeting // rebuilt from the events kept
	kept  int              // events the meeting was rebuilt from
	lost  int              // events after those that could not be applied
	last  time.Time        // when the last kept event happened
	input textinput.Model  // names, typed again if the facilitator likes
	now   time.Time        // when the screen was last brought up to date
	ask   bool             // asked: close it as interrupted?

	interrupted bool
}

type resumeChoice int

const (
	resumeWait resumeChoice = iota
	resumeGo                // go on, or close: see interrupted
	resumeQuit
	resumeAside // the record cannot be read: set it aside
)

func newResumeScreen(c *common, events []session.Event) *resumeScreen {
	r := &resumeScreen{c: c, now: c.now()}
	// Rebuild from as many events as apply: a damaged tail must not cost
	// the meeting before it.
	m := new(session.Meeting)
	for _, e := range events {
		if m.Apply(e) != nil {
			break
		}
		r.kept++
		r.last = maxTime(r.last, e.At)
	}
	r.m, r.lost = m, len(events)-r.kept
	r.input = newInput("", 40, 400, c.cat.T(catalog.SetupNamesPlaceholder))
	r.input.Focus()
	return r
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// usable reports whether anything of the meeting could be rebuilt.
func (r *resumeScreen) usable() bool { return r.kept > 0 && r.m.Phase() != session.PhaseSetup }

func (r *resumeScreen) names() []string { return splitNames(r.input.Value()) }

func (r *resumeScreen) key(msg tea.KeyMsg) resumeChoice {
	r.now = r.c.now()
	k := r.c.keys
	if r.ask {
		r.ask = false
		switch {
		case !key.Matches(msg, k.Yes):
			return resumeWait
		case !r.usable():
			return resumeAside
		}
		r.interrupted = true
		return resumeGo
	}
	switch {
	case msg.Type == tea.KeyCtrlC:
		return resumeQuit
	case msg.Type == tea.KeyEnter && r.usable():
		return resumeGo
	case msg.Type == tea.KeyCtrlX:
		r.ask = true
		return resumeWait
	}
	r.input, _ = typeInto(r.input, msg)
	return resumeWait
}

func (m *Model) resumeView() string {
	c, r := m.c, m.resume
	cat := c.cat
	p := c.newPage(cat.T(catalog.ResumeTitle))
	p.center = true
	w := p.w
	lines := []string{c.st.title.Render(cat.T(catalog.ResumeHeading)), ""}
	if !r.usable() {
		lines = append(lines, cat.T(catalog.ResumeUnreadable))
	} else {
		st := r.m.Status(r.last)
		started := r.m.Started()
		lines = append(lines, cat.F(catalog.ResumeStarted, cat.Date(started.Local()), cat.TimeOfDay(started.Local()), r.m.Config().Seats))
		where := cat.T(phaseTitles[st.Phase])
		if st.Round {
			where = cat.F(catalog.ResumeTurn, where, cat.F(catalog.Seat, st.Turn.Seat))
		}
		lines = append(lines, cat.F(catalog.ResumeWhere, where))
		ago := cat.T(catalog.ResumeMoments)
		if d := r.now.Sub(r.last); d >= time.Minute {
			ago = minutesText(cat, d)
		}
		lines = append(lines, cat.F(catalog.ResumeAgo, ago))
		if r.lost > 0 {
			lines = append(lines, c.st.warn.Render(cat.N(catalog.ResumeLost, r.lost)))
		}
		lines = append(lines, "", cat.T(catalog.ResumeNames), r.input.View())
	}
	for _, l := range lines {
		for _, wl := range wrap(l, min(w, 76), "   ") {
			p.add(wl)
		}
	}
	if r.ask {
		q := cat.T(catalog.ResumeConfirmClose)
		if !r.usable() {
			q = cat.T(catalog.ResumeConfirmAside)
		}
		text := strings.Join(wrap(q, w-8, ""), "\n") + "\n" + cat.T(catalog.ConfirmKeys)
		p.foot = strings.Split(c.st.dialog.Render(text), "\n")
		return p.String()
	}
	closeHelp := catalog.HelpCloseInterrupted
	if !r.usable() {
		closeHelp = catalog.HelpSetAside
	}
	bindings := []key.Binding{
		key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T(catalog.HelpResumeMeeting))),
		key.NewBinding(key.WithKeys("ctrl+x"), key.WithHelp("ctrl+x", cat.T(closeHelp))),
		withHelp(c.keys.Quit, cat.T(catalog.HelpQuit)),
	}
	p.foot = append(p.foot, m.helpLine(bindings...))
	return p.String()
}
