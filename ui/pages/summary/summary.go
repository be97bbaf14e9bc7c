// Package summary is the screen after a meeting: what it looked like,
// counted from its log (session.Summarize), and its save. The save runs
// in a command, off the update loop; when the data file refuses it, the
// page offers another file and a retry, and quitting with the record saved
// nowhere asks first. It holds no name: the log names no one.
package summary

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"circle/session"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// The other file's field: its limit in runes, and its width on screen.
const (
	pathLimit = 1024
	pathLeast = 20
	pathMost  = 100
)

// savedMsg is the data file's answer to the finished meeting; suggest is
// where another file could go, for when it failed.
type savedMsg struct {
	err     error
	suggest string
}

// savedElsewhereMsg is another file's answer.
type savedElsewhereMsg struct {
	path     string
	err      error
	notEnded error // why the meeting could not be ended in the data file
}

// Page is the summary of a finished meeting.
type Page struct {
	c   *common.Context
	s   common.GoSummary
	sum session.Summary

	saving bool
	// failed is why the data file did not take the record; nil once it
	// did, or before it answered.
	failed    error
	savedTo   string // the other file that took it
	notEnded  error  // saved there, but still unfinished in the data file
	other     textinput.Model
	otherErr  error // why the other file did not take it
	suggested string
	quitAsk   bool
	scroll    components.Scroll // the facts, when they do not fit
}

// New is the summary of s.Log; its Init saves it.
func New(c *common.Context, s common.GoSummary) *Page {
	p := &Page{c: c, s: s, sum: session.Summarize(s.Log), saving: true}
	p.other = components.NewInput("› ", pathLeast, pathLimit, "")
	p.other.PlaceholderStyle = c.Styles.Muted
	p.other.Cursor.Style = c.Styles.Key
	p.fitPath()
	return p
}

// Init saves the record, off the update loop: it rewrites the data file.
func (p *Page) Init() tea.Cmd { return p.finish() }

func (p *Page) finish() tea.Cmd {
	j, l := p.s.Journal, p.s.Log
	return func() tea.Msg {
		err := common.ErrNoStore
		if j != nil {
			err = j.Finish(l)
		}
		msg := savedMsg{err: err}
		if err != nil {
			if home, herr := os.UserHomeDir(); herr == nil {
				msg.suggest = filepath.Join(home, "circle-"+l.Date+".db")
			}
		}
		return msg
	}
}

// saveElsewhere writes the record into another data file, made if need
// be. The other file does not know the group: there the meeting is of no
// group.
//
// Then the meeting is ended in the data file, so it is not offered for
// resuming there and never saved twice (see common.Journal.EndHere).
func saveElsewhere(path string, l session.Log, j *common.Journal) tea.Cmd {
	return func() tea.Msg {
		st, err := store.Open(path)
		if err != nil {
			return savedElsewhereMsg{path: path, err: err}
		}
		l.Group = 0
		err = st.SaveMeeting(l)
		if cerr := st.Close(); err == nil {
			err = cerr
		}
		if err != nil || j == nil {
			return savedElsewhereMsg{path: path, err: err}
		}
		return savedElsewhereMsg{path: path, notEnded: j.EndHere()}
	}
}

// InMeeting reports whether the record is saved nowhere: the data file
// refused it and no other file took it. It stays on disk as an unfinished
// meeting then, if that file can be read.
func (p *Page) InMeeting() bool { return p.failed != nil && p.savedTo == "" }

// unsaved reports whether the page asks where to save.
func (p *Page) unsaved() bool { return !p.saving && p.InMeeting() }

func (p *Page) fitPath() {
	w, _ := p.c.Size()
	p.other.Width = components.FieldWidth(w, 3, pathLeast, pathMost)
	p.other.SetCursor(p.other.Position())
}

func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		p.fitPath()
	case savedMsg:
		p.saving = false
		if msg.err == nil {
			p.failed = nil
			if p.s.Quit {
				return p, tea.Quit
			}
			return p, nil
		}
		p.failed = msg.err
		if p.other.Value() == "" && msg.suggest != "" {
			p.suggested = msg.suggest
			p.other.SetValue(msg.suggest)
		}
		p.other.Focus()
	case savedElsewhereMsg:
		p.saving = false
		if msg.err != nil {
			p.otherErr = msg.err
			return p, nil
		}
		p.savedTo, p.otherErr, p.notEnded = msg.path, nil, msg.notEnded
		if p.s.Quit {
			return p, tea.Quit
		}
	case tea.KeyMsg:
		return p, p.key(msg)
	case common.LineMsg:
		return p, p.line(string(msg))
	}
	return p, nil
}

func (p *Page) home() tea.Cmd { return common.Go(common.GoHome{Group: p.s.Log.Group}) }

func (p *Page) retry() tea.Cmd {
	p.saving = true
	return p.finish()
}

func (p *Page) saveThere(path string) tea.Cmd {
	path = strings.TrimSpace(path)
	if path == "" {
		return nil
	}
	p.saving = true
	return saveElsewhere(path, p.s.Log, p.s.Journal)
}

func (p *Page) key(msg tea.KeyMsg) tea.Cmd {
	k := p.c.Keys
	switch {
	case p.saving:
		return nil
	case p.quitAsk:
		p.quitAsk = false
		if components.Yes(p.c, msg) {
			return tea.Quit
		}
		return nil
	case p.scrolled(msg):
	case p.unsaved():
		switch msg.Type {
		case tea.KeyCtrlC:
			p.quitAsk = true
		case tea.KeyEnter:
			return p.saveThere(p.other.Value())
		case tea.KeyCtrlR:
			return p.retry()
		default:
			p.other, _ = components.TypeInto(p.other, msg)
		}
		return nil
	case key.Matches(msg, k.Help):
		p.c.FullHelp = !p.c.FullHelp
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Start):
		return p.home()
	}
	return nil
}

// scrolled moves the facts for a key that scrolls them, if they do not
// fit.
func (p *Page) scrolled(msg tea.KeyMsg) bool {
	_, facts, _, room := p.frame()
	return p.scroll.Move(msg, p.c.Keys, len(facts), room)
}

// line takes a typed line: on a saved record enter goes home and q
// quits; on an unsaved one a path saves it there (enter alone: in the
// suggested one), r tries the data file again, and q asks first.
func (p *Page) line(text string) tea.Cmd {
	word := strings.ToLower(strings.TrimSpace(text))
	switch {
	case p.saving:
		return nil
	case p.quitAsk:
		p.quitAsk = false
		if components.Yes(p.c, common.LineMsg(text)) {
			return tea.Quit
		}
		return nil
	case p.unsaved():
		switch word {
		case "q":
			p.quitAsk = true
			return nil
		case "r":
			return p.retry()
		case "":
			return p.saveThere(p.other.Value())
		}
		p.other.SetValue(strings.TrimSpace(text))
		return p.saveThere(text)
	case word == "q":
		return tea.Quit
	case word == "" || word == "n":
		return p.home()
	}
	return nil
}

// facts are the lines of what the meeting looked like, in the order
// they are shown and said.
func (p *Page) facts() []string {
	cat := p.c.Cat
	l, sum := p.s.Log, p.sum
	sec := p.c.Duration
	status := cat.T(catalog.SummaryCompleted)
	if !l.Completed {
		status = cat.T(catalog.SummaryStopped)
	}
	// The plan as it stood at the end, and what it was at first when the
	// facilitator extended it.
	minutes := cat.N(catalog.SummaryMinutesOf, l.ActualSeconds/60, int(sum.Planned/time.Minute))
	if sum.Extended > 0 {
		minutes = cat.N(catalog.SummaryMinutesOfExtended, l.ActualSeconds/60, int(sum.Planned/time.Minute), l.PlannedMinutes)
	}
	lines := []string{
		status,
		minutes,
		cat.F(catalog.SummaryPeople, l.Present, l.SentWord),
		cat.F(catalog.SummaryTurnList, cat.N(catalog.SummaryCheckIns, sum.CheckIns), cat.N(catalog.SummaryShares, sum.Shares),
			cat.N(catalog.SummaryReactions, sum.Reactions), cat.N(catalog.SummaryCheckOuts, sum.CheckOuts)),
		cat.N(catalog.SummaryPasses, sum.Passes),
		cat.N(catalog.SummaryOvertime, sum.Overruns),
	}
	if sum.Spoken > 0 {
		lines = append(lines, cat.F(catalog.SummaryFairness, sec(sum.ShareMin), sec(sum.ShareMax), sec(sum.SharePlanned)))
	}
	if len(l.Tally) > 0 {
		lines = append(lines, cat.N(catalog.SummarySeatsSpoke, len(l.Tally), sum.SeatsSpoke))
	}
	if l.JoinedLate > 0 || l.LeftEarly > 0 || l.Rounds > 0 {
		// Counts only: never who.
		lines = append(lines, cat.F(catalog.SummaryRoom, l.JoinedLate, l.LeftEarly, l.Rounds))
	}
	if l.Interruptions > 0 {
		lines = append(lines, cat.N(catalog.SummaryInterrupted, l.Interruptions, sec(time.Duration(l.InterruptedSeconds)*time.Second)))
	}
	if l.Breaks == 0 {
		lines = append(lines, cat.T(catalog.SummaryNoBreaks))
	} else {
		lines = append(lines, cat.N(catalog.SummaryBreaks, l.Breaks, sec(time.Duration(l.BreakSeconds)*time.Second)))
	}
	lines = append(lines, cat.F(catalog.SummaryRules, len(l.RulesReviewed), l.RulesTotal))
	if l.Completed {
		if l.Handover {
			lines = append(lines, cat.T(catalog.SummaryHandoverYes))
		} else {
			lines = append(lines, cat.T(catalog.SummaryHandoverNo))
		}
	}
	return lines
}

// A line of the save's state, and how it is drawn.
type saveLine struct {
	text  string
	style func(...string) string
	field bool // the other file's field goes here
}

// saveState is where the record is, or the question where to put it:
// what failed comes before the question.
func (p *Page) saveState() []saveLine {
	c, cat := p.c, p.c.Cat
	st := c.Styles
	switch {
	case p.saving:
		return []saveLine{{text: cat.T(catalog.SummarySaving), style: st.Muted.Render}}
	case p.savedTo != "":
		lines := []saveLine{{text: cat.F(catalog.SummarySavedTo, p.savedTo), style: st.Muted.Render}}
		if p.notEnded != nil {
			lines = append(lines, saveLine{text: cat.F(catalog.SummaryNotEnded, common.FailureText(cat, p.notEnded)), style: st.Err.Render})
		}
		return lines
	case p.failed == nil:
		lines := []saveLine{{text: cat.T(catalog.SummarySaved), style: st.Muted.Render}}
		if j := p.s.Journal; j != nil && j.Kept() != nil {
			// Saved, but the rewrite that removes the times of day failed.
			lines = append(lines, saveLine{text: cat.F(catalog.SummaryTimesKept, common.FailureText(cat, j.Kept())), style: st.Err.Render})
		}
		return lines
	}
	lines := []saveLine{{text: cat.F(catalog.SummarySaveFailed, common.FailureText(cat, p.failed)), style: st.Err.Render}}
	if p.otherErr != nil {
		lines = append(lines, saveLine{text: cat.F(catalog.SummaryElsewhereFailed, common.FailureText(cat, p.otherErr)), style: st.Err.Render})
	}
	return append(lines,
		saveLine{text: cat.T(catalog.SummaryElsewhere), style: st.Label.Render},
		saveLine{field: true})
}

// Bindings are the keys of the moment.
func (p *Page) Bindings() []key.Binding {
	k, cat := p.c.Keys, p.c.Cat
	switch {
	case p.saving, p.quitAsk:
		return nil
	case p.unsaved():
		return []key.Binding{
			key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T(catalog.HelpSaveThere))),
			key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", cat.T(catalog.HelpRetry))),
			k.Quit,
		}
	}
	return []key.Binding{common.WithHelp(k.Start, cat.T(catalog.HelpHome)), k.Quit}
}

func (p *Page) question() components.Confirm {
	return components.Confirm{Question: p.c.Cat.T(catalog.SummaryQuitUnsaved)}
}

// View draws the facts, centred, and the save under them. On a small
// screen the save's state keeps its place and the facts scroll above it.
func (p *Page) View() string {
	l, facts, save, room := p.frame()
	l.Center = true
	l.Add(p.scroll.View(facts, room)...)
	if len(save) > 0 && room+len(save) < l.Room() {
		l.Add("")
	}
	l.Add(save...)
	return l.String()
}

// frame lays out the screen but for the facts: the header, the footer
// and the save's lines, and the room left for the facts, which scroll in
// it when they do not fit. View and the keys that scroll share it.
func (p *Page) frame() (l *common.Layout, facts, save []string, room int) {
	c := p.c
	l = c.NewLayout(c.Cat.T(catalog.SummaryTitle))
	w := l.W
	for _, s := range p.saveState() {
		if s.field {
			save = append(save, "   "+components.InputView(c.Profile, p.other))
			continue
		}
		for _, ln := range common.Wrap(s.text, w, "   ") {
			save = append(save, s.style(ln))
		}
	}
	for i, f := range p.facts() {
		for _, ln := range common.Wrap(f, w, "   ") {
			if i == 0 {
				ln = c.Styles.Title.Render(ln)
			}
			facts = append(facts, ln)
		}
	}
	foot := func(more []key.Binding) []string {
		if p.quitAsk {
			return p.question().View(c, w)
		}
		b := p.Bindings()
		if p.unsaved() {
			// ? is typed into the field: its keys, and the arrows.
			return components.TypingFooter(c, append(b, more[:min(1, len(more))]...))
		}
		// What the screen is for first, then that there is more.
		short := append(append(b[:min(1, len(b)):min(1, len(b))], more[:min(1, len(more))]...), b[min(1, len(b)):]...)
		return components.Footer(c, short, append(append([]key.Binding(nil), b...), more[min(1, len(more)):]...))
	}
	// The room for the facts: a gap over the save when there is room
	// for it, and at least a line.
	roomFor := func() int {
		r := l.Room() - len(save)
		if len(facts)+1 <= r {
			return r - 1
		}
		return max(1, r)
	}
	l.Foot = foot(nil)
	room = roomFor()
	if more := p.scroll.Keys(c.Keys, len(facts), room); more != nil && !p.quitAsk {
		l.Foot = foot(more)
		room = roomFor()
	}
	return l, facts, save, room
}

// Speech says the facts, then the save; a failure before the question
// where to save, and the question to quit last.
func (p *Page) Speech() []string {
	lines := p.facts()
	for _, s := range p.saveState() {
		if s.field {
			if v := strings.TrimSpace(p.other.Value()); v != "" {
				lines = append(lines, p.c.Cat.F(catalog.SummaryElsewhereAt, v))
			}
			continue
		}
		lines = append(lines, s.text)
	}
	if p.quitAsk {
		lines = append(lines, p.question().Speech(p.c)...)
	}
	return lines
}

// Typing says what can be typed.
func (p *Page) Typing() string {
	switch {
	case p.quitAsk:
		return p.c.Cat.T(catalog.AccessibleConfirm)
	case p.unsaved():
		return p.c.Cat.F(catalog.SummaryTypingUnsaved, strings.TrimSpace(p.other.Value()))
	}
	return p.c.Cat.T(catalog.SummaryTyping)
}

var (
	_ common.Page    = (*Page)(nil)
	_ common.Meeting = (*Page)(nil)
)
