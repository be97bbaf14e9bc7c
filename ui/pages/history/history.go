// Package history is a group's history page: its meetings newest first,
// one meeting's detail (its turns as bars, how evenly the sharing time
// was spread), the trends over the last 12 or 52 meetings, the delete of
// the meetings before one, and the report written from the page. It
// reads the group's meetings once, when it is built; it writes only when
// the facilitator confirms a delete, or asks for the report (a file of
// its own, never the data file).
package history

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"circle/session"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// mode is what the page shows.
type mode int

const (
	list   mode = iota // the meetings, newest first
	detail             // one meeting
	trends             // the last 12 or 52 meetings
	asking             // the delete's question, over the list
)

// Page is the history page of one group.
type Page struct {
	c    *common.Context
	g    store.Group
	logs []session.Log // oldest first
	err  error
	mode mode
	at   int // the meeting under the pointer, 0 the newest
	// scroll is the first line of the detail's turns on screen.
	scroll int
	span   int // the trends' meetings: 12 or 52
	notice string
	// purge is the delete asked about: the meetings before day.
	purge struct {
		n   int
		day string
	}
	// heard is how many meetings the line mode has said.
	heard   int
	problem string
}

// spans are the trends' choices of meetings.
var spans = [2]int{12, 52}

// sayPage is how many meetings the line mode says at a time.
const sayPage = 10

// New builds the history page of the group g.
func New(c *common.Context, g store.Group) *Page {
	p := &Page{c: c, g: g, span: spans[0], heard: sayPage}
	p.load()
	return p
}

func (p *Page) load() {
	if p.c.Store == nil {
		p.logs = nil
		return
	}
	p.logs, p.err = p.c.Store.GroupLogs(p.g.ID)
	p.at = min(p.at, max(0, len(p.logs)-1))
}

// Init does nothing: the page has no clock.
func (p *Page) Init() tea.Cmd { return nil }

// meeting is the i-th newest meeting.
func (p *Page) meeting(i int) session.Log { return p.logs[len(p.logs)-1-i] }

// reportMsg is the report written, or why not.
type reportMsg struct {
	path string
	err  error
}

// Update takes keys, typed lines and the report's outcome.
func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case reportMsg:
		if msg.err != nil {
			p.notice = p.c.Cat.F(catalog.HistoryReportFailed, reason(msg.err))
		} else {
			p.notice = p.c.Cat.F(catalog.HistoryReportDone, msg.path)
		}
		return p, nil
	case tea.KeyMsg:
		return p, p.key(msg)
	case common.LineMsg:
		return p, p.line(string(msg))
	}
	return p, nil
}

func reason(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// key takes one key press.
func (p *Page) key(msg tea.KeyMsg) tea.Cmd {
	c := p.c
	k := c.Keys
	if p.mode == asking {
		// Only yes deletes; every other key, enter too, keeps them.
		if components.Yes(c, msg) {
			p.doPurge()
		} else {
			p.notice = c.Cat.T(catalog.HistoryNotDeleted)
		}
		p.mode = list
		return nil
	}
	switch {
	case msg.Type == tea.KeyCtrlC, msg.String() == "q":
		return tea.Quit
	case key.Matches(msg, k.Help):
		c.FullHelp = !c.FullHelp
		return nil
	}
	p.notice = ""
	switch p.mode {
	case detail:
		return p.detailKey(msg)
	case trends:
		switch msg.String() {
		case "tab":
			p.toggleSpan()
		case "esc", "enter", "t":
			p.mode = list
		}
		return nil
	}
	n := len(p.logs)
	page := max(1, p.listRoom()-1)
	switch msg.String() {
	case "esc":
		return common.Go(common.GoHome{Group: p.g.ID})
	case "up", "k":
		p.at = max(0, p.at-1)
	case "down", "j":
		p.at = min(max(0, n-1), p.at+1)
	case "pgup":
		p.at = max(0, p.at-page)
	case "pgdown", " ":
		p.at = min(max(0, n-1), p.at+page)
	case "home":
		p.at = 0
	case "end":
		p.at = max(0, n-1)
	case "enter":
		if n > 0 {
			p.mode, p.scroll = detail, 0
		}
	case "t":
		p.mode = trends
	case "x":
		if n > 0 {
			p.askPurge(p.meeting(p.at).Date)
		}
	case "w":
		return p.writeReport()
	}
	return nil
}

func (p *Page) detailKey(msg tea.KeyMsg) tea.Cmd {
	switch msg.String() {
	case "esc", "enter":
		p.mode = list
	case "left", "<", "h":
		if p.at < len(p.logs)-1 {
			p.at, p.scroll = p.at+1, 0
		}
	case "right", ">", "l":
		if p.at > 0 {
			p.at, p.scroll = p.at-1, 0
		}
	case "up", "k":
		p.scroll--
	case "down", "j":
		p.scroll++
	case "pgup":
		p.scroll -= p.detailRows()
	case "pgdown", " ":
		p.scroll += p.detailRows()
	}
	// Never past the last screenful, so up moves at once.
	p.scroll = max(0, min(p.scroll, len(p.timeline())-p.detailRows()))
	return nil
}

func (p *Page) toggleSpan() {
	if p.span == spans[0] {
		p.span = spans[1]
	} else {
		p.span = spans[0]
	}
}

// askPurge asks whether to delete the meetings before day.
func (p *Page) askPurge(day string) {
	if p.c.Store == nil {
		return
	}
	n, err := p.c.Store.CountBefore(day, store.Scope{Group: p.g.ID})
	switch {
	case err != nil:
		p.notice = p.c.Cat.T(catalog.HistoryPurgeFailed)
	case n == 0:
		p.notice = p.c.Cat.F(catalog.HistoryPurgeNone, day)
	default:
		p.purge.n, p.purge.day = n, day
		p.mode = asking
	}
}

// doPurge deletes what was asked about, and reads the meetings again.
func (p *Page) doPurge() {
	cat := p.c.Cat
	n, err := p.c.Store.PurgeBefore(p.purge.day, store.Scope{Group: p.g.ID})
	switch {
	case errors.Is(err, store.ErrScrub):
		p.notice = cat.N(catalog.HistoryPurged, n, p.purge.day) + " " + cat.T(catalog.HistoryPurgeKept)
	case err != nil:
		p.notice = cat.T(catalog.HistoryPurgeFailed)
		return
	default:
		p.notice = cat.N(catalog.HistoryPurged, n, p.purge.day)
	}
	p.load()
}

// question is the delete's question.
func (p *Page) question() components.Confirm {
	return components.Confirm{Question: p.c.Cat.N(catalog.HistoryAskPurge, p.purge.n, p.g.Name, p.purge.day)}
}

// writeReport writes the group's Markdown report to a new file in the
// user's home folder (the data file's, when there is none), private to
// the user, and never over another file.
func (p *Page) writeReport() tea.Cmd {
	var t session.Tally
	for _, l := range p.logs {
		t.Add(l)
	}
	text := common.Report(p.c.Cat, []common.ReportGroup{{Name: p.g.Name, Tally: t}})
	dir, err := os.UserHomeDir()
	if err != nil || dir == "" {
		dir = filepath.Dir(p.c.DataPath)
	}
	base := "circle-" + fileName(p.g.Name) + "-" + p.c.Now().Format(time.DateOnly)
	return func() tea.Msg {
		path, err := writeNew(dir, base, ".md", []byte(text))
		return reportMsg{path, err}
	}
}

// fileName keeps the letters and digits of a group's name, the rest as
// dashes, so it makes a file name on every system.
func fileName(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range name {
		if r > ' ' && !strings.ContainsRune(`/\:*?"<>|.`, r) && r != 0x7f {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// writeNew writes b to dir/base.ext, or base-2.ext and so on: a new file
// of the user's alone, never one that was there.
func writeNew(dir, base, ext string, b []byte) (string, error) {
	for n := 1; n < 100; n++ {
		name := base
		if n > 1 {
			name += "-" + strconv.Itoa(n)
		}
		path := filepath.Join(dir, name+ext)
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		_, err = f.Write(b)
		if serr := f.Sync(); err == nil {
			err = serr
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(path)
			return "", err
		}
		return path, nil
	}
	return "", fmt.Errorf("%s: %w", filepath.Join(dir, base+ext), os.ErrExist)
}

// Bindings are the keys of the moment.
func (p *Page) Bindings() []key.Binding {
	c := p.c
	k, cat := c.Keys, c.Cat
	b := func(keys, help string, desc catalog.Key) key.Binding {
		return key.NewBinding(key.WithKeys(keys), key.WithHelp(help, cat.T(desc)))
	}
	back := b("esc", "esc", catalog.HelpBack)
	switch p.mode {
	case asking:
		return []key.Binding{k.Yes, b("n", "n", catalog.HelpNo)}
	case detail:
		return []key.Binding{b("left", "←/→", catalog.HelpOtherMeeting), b("down", "↑/↓", catalog.HelpScrollTurns), back, k.Quit}
	case trends:
		return []key.Binding{b("tab", "tab", catalog.HelpSpan), back, k.Quit}
	}
	if len(p.logs) == 0 {
		return []key.Binding{b("esc", "esc", catalog.HelpBack), k.Quit}
	}
	return []key.Binding{
		b("enter", "enter", catalog.HelpOpenMeeting), b("t", "t", catalog.HelpTrends),
		b("x", "x", catalog.HelpPurgeBefore), b("w", "w", catalog.HelpWriteReport),
		k.Up, k.Down, back, k.Quit,
	}
}
