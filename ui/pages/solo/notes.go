package solo

import (
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// Private notes live on this page only: read and written here, never in
// a meeting. Their text is in memory only while the notes are open on
// screen; leaving them locks them and drops it, with the key.

// NotesStore is what private notes need of the data file.
type NotesStore interface {
	NotesOn() (on bool, n int, err error)
	TurnOnNotes(passphrase string) (*store.Notebook, error)
	UnlockNotes(passphrase string) (*store.Notebook, error)
	DeleteNote(id uint64) error
	DeleteAllNotes() error
}

// notesMode is where the notes are.
type notesMode int

const (
	notesOff    notesMode = iota // off: turn them on?
	notesChoose                  // choose a passphrase
	notesRepeat                  // type it again
	notesLocked                  // on, locked: the passphrase?
	notesOpen                    // open: the list
	notesWrite                   // writing a note
)

// noteAsk is the question about the notes on screen.
type noteAsk int

const (
	askNone noteAsk = iota
	askOne          // delete the note under the pointer?
	askAll          // delete every note?
)

// notes is the state of private notes on the page.
type notes struct {
	mode  notesMode
	count int // notes on file, known without the passphrase
	book  *store.Notebook
	list  []store.Note // decrypted: only while open
	at    int
	ask   noteAsk
	first string // the passphrase typed first, until typed again
	input textinput.Model
	said  string // what just happened, for a line
}

// openNotes shows the notes: off, or locked.
func (p *Page) openNotes() {
	p.step = stepNotes
	p.n = notes{}
	if p.nstore == nil {
		return
	}
	on, n, err := p.nstore.NotesOn()
	if err != nil {
		p.n.said = p.c.Cat.F(catalog.NotesFailed, common.FailureText(p.c.Cat, err))
	}
	p.n.count = n
	if on {
		p.notesInput(notesLocked)
	}
}

// notesInput moves to a mode that types into the field: masked for a
// passphrase.
func (p *Page) notesInput(m notesMode) {
	p.n.mode = m
	if m == notesWrite {
		p.n.input = components.NewInput("› ", 60, store.MaxNoteLength, "")
	} else {
		p.n.input = components.NewInput("› ", 30, 200, "")
		p.n.input.EchoMode = textinput.EchoPassword
		p.n.input.EchoCharacter = '•'
	}
	p.n.input.Focus()
}

// closeNotes locks the notes and drops their text, and goes back to the
// themes.
func (p *Page) closeNotes() {
	if p.n.book != nil {
		p.n.book.Lock()
	}
	p.n = notes{}
	p.step = stepTheme
}

// noteKey handles a key on the notes.
func (p *Page) noteKey(msg tea.KeyMsg) tea.Cmd {
	if msg.Type == tea.KeyCtrlC {
		p.closeNotes()
		return tea.Quit
	}
	if p.n.ask != askNone {
		// Only y deletes; any other key, enter included, keeps.
		ask := p.n.ask
		p.n.ask = askNone
		if components.Yes(p.c, msg) {
			p.deleteNotes(ask)
		}
		return nil
	}
	switch p.n.mode {
	case notesChoose, notesRepeat, notesLocked, notesWrite:
		switch msg.Type {
		case tea.KeyEsc:
			p.notesBack()
		case tea.KeyEnter:
			p.notesEntered(p.n.input.Value())
		default:
			if p.n.mode == notesLocked && msg.String() == "D" && p.n.input.Value() == "" {
				p.n.ask = askAll
				return nil
			}
			p.n.input, _ = components.TypeInto(p.n.input, msg)
		}
		return nil
	}
	k := p.c.Keys
	switch {
	case msg.Type == tea.KeyEsc, msg.String() == "q":
		p.closeNotes()
	case key.Matches(msg, k.Help):
		p.c.FullHelp = !p.c.FullHelp
	case p.n.mode == notesOff && msg.String() == "t" && p.nstore != nil:
		p.notesInput(notesChoose)
	case p.n.mode != notesOpen:
	case key.Matches(msg, k.Up):
		p.n.at = max(0, p.n.at-1)
	case key.Matches(msg, k.Down):
		p.n.at = min(max(0, len(p.n.list)-1), p.n.at+1)
	case msg.String() == "a":
		p.notesInput(notesWrite)
	case msg.String() == "d" && len(p.n.list) > 0:
		p.n.ask = askOne
	case msg.String() == "D":
		p.n.ask = askAll
	}
	return nil
}

// notesBack leaves the field: writing goes back to the list, the rest to
// where the notes began.
func (p *Page) notesBack() {
	switch p.n.mode {
	case notesWrite:
		p.n.mode = notesOpen
	case notesRepeat:
		p.n.first = ""
		p.notesInput(notesChoose)
	default:
		p.closeNotes()
	}
}

// notesEntered takes what was typed in the field.
func (p *Page) notesEntered(text string) {
	cat := p.c.Cat
	p.n.said = ""
	switch p.n.mode {
	case notesChoose:
		if utf8.RuneCountInString(text) < store.MinPassphrase {
			p.n.said = cat.T(catalog.NotesShort)
			p.notesInput(notesChoose)
			return
		}
		p.n.first = text
		p.notesInput(notesRepeat)
	case notesRepeat:
		first := p.n.first
		p.n.first = ""
		if text != first {
			p.n.said = cat.T(catalog.NotesMismatch)
			p.notesInput(notesChoose)
			return
		}
		book, err := p.nstore.TurnOnNotes(text)
		if err != nil {
			p.n.said = cat.F(catalog.NotesFailed, common.FailureText(cat, err))
			p.notesInput(notesChoose)
			return
		}
		p.n.book, p.n.mode, p.n.list = book, notesOpen, nil
	case notesLocked:
		book, err := p.nstore.UnlockNotes(text)
		switch {
		case errors.Is(err, store.ErrPassphrase):
			p.n.said = cat.T(catalog.NotesWrong)
			p.notesInput(notesLocked)
			return
		case errors.Is(err, store.ErrDamaged):
			p.n.said = cat.T(catalog.NotesKeyDamaged)
			p.notesInput(notesLocked)
			return
		case err != nil:
			p.n.said = cat.F(catalog.NotesFailed, common.FailureText(cat, err))
			p.notesInput(notesLocked)
			return
		}
		p.n.book, p.n.mode = book, notesOpen
		p.readNotes()
	case notesWrite:
		p.n.mode = notesOpen
		text = strings.TrimSpace(text)
		if text == "" {
			return
		}
		if _, err := p.n.book.Add(p.c.Now().Format(time.DateOnly), text); err != nil {
			p.n.said = cat.F(catalog.NotesFailed, common.FailureText(cat, err))
			return
		}
		p.readNotes()
		p.n.at = max(0, len(p.n.list)-1)
	}
}

// readNotes decrypts the notes for the screen.
func (p *Page) readNotes() {
	list, err := p.n.book.Notes()
	if err != nil {
		p.n.said = p.c.Cat.F(catalog.NotesFailed, common.FailureText(p.c.Cat, err))
		return
	}
	p.n.list, p.n.count = list, len(list)
	p.n.at = min(p.n.at, max(0, len(list)-1))
}

// deleteNotes deletes what was asked about, and says so.
func (p *Page) deleteNotes(ask noteAsk) {
	cat := p.c.Cat
	switch ask {
	case askOne:
		if p.n.at >= len(p.n.list) {
			return
		}
		if err := p.nstore.DeleteNote(p.n.list[p.n.at].ID); err != nil {
			p.n.said = cat.F(catalog.NotesFailed, common.FailureText(cat, err))
			return
		}
		p.readNotes()
		p.n.said = cat.T(catalog.NotesDeleted)
	case askAll:
		if err := p.nstore.DeleteAllNotes(); err != nil {
			p.n.said = cat.F(catalog.NotesFailed, common.FailureText(cat, err))
			return
		}
		if p.n.book != nil {
			p.n.book.Lock()
		}
		p.n = notes{said: cat.T(catalog.NotesAllDeleted)}
	}
}

// noteLine takes a line typed on the notes, in the line mode.
func (p *Page) noteLine(text string) {
	cat := p.c.Cat
	word := strings.TrimSpace(text)
	if p.n.ask != askNone {
		ask := p.n.ask
		p.n.ask = askNone
		if components.Yes(p.c, common.LineMsg(text)) {
			p.deleteNotes(ask)
		}
		return
	}
	switch p.n.mode {
	case notesChoose, notesRepeat, notesLocked:
		switch {
		case word == "q":
			p.notesBack()
		case word == "D" && p.n.mode == notesLocked:
			p.n.ask = askAll
		default:
			p.notesEntered(text)
		}
	case notesWrite:
		p.notesEntered(text)
	case notesOff:
		switch {
		case word == "t" && p.nstore != nil:
			p.notesInput(notesChoose)
		case word == "q" || word == "":
			p.closeNotes()
		default:
			p.problem = cat.F(catalog.SoloNotHere, word)
		}
	case notesOpen:
		switch {
		case word == "q":
			p.closeNotes()
		case word == "a":
			p.notesInput(notesWrite)
		case word == "D":
			p.n.ask = askAll
		case strings.HasPrefix(word, "d"):
			n, err := strconv.Atoi(strings.TrimSpace(word[1:]))
			if err != nil || n < 1 || n > len(p.n.list) {
				p.problem = cat.F(catalog.NotesNoSuchNote, strings.TrimSpace(word[1:]), len(p.n.list))
				return
			}
			p.n.at, p.n.ask = n-1, askOne
		case word == "":
		default:
			p.problem = cat.F(catalog.SoloNotHere, word)
		}
	}
}

// noteText is a note as shown: its day and its text, or that it cannot
// be read.
func (p *Page) noteText(n store.Note) (day, text string) {
	if n.Damaged {
		return "", p.c.Cat.T(catalog.NotesDamaged)
	}
	if t, err := time.Parse(time.DateOnly, n.Date); err == nil {
		day = p.c.Cat.Date(t)
	}
	return day, n.Text
}

// notesQuestion is the question being asked about the notes.
func (p *Page) notesQuestion() components.Confirm {
	if p.n.ask == askAll {
		return components.Confirm{Question: p.c.Cat.T(catalog.NotesAskAll)}
	}
	return components.Confirm{Question: p.c.Cat.T(catalog.NotesAskOne)}
}

// notesParts draw the notes.
func (p *Page) notesParts(l *common.Layout) []components.Part {
	c, w := p.c, l.W
	st, cat := c.Styles, c.Cat
	title := components.Part{Keep: 5, Lines: []string{common.Center(st.Title.Render(cat.T(catalog.NotesTitle)), w)}}
	var said components.Part
	for _, s := range []string{p.n.said, p.problem} {
		if s != "" {
			said.Lines = append(said.Lines, centred(s, 76, w, st.Warn.Render)...)
		}
	}
	said.Keep = 8
	field := func(ask catalog.Key) []components.Part {
		return []components.Part{
			{Keep: 7, Lines: centred(cat.T(ask), 70, w, plain)},
			{Keep: 9, Lines: []string{common.Center(p.fieldView(), w)}},
		}
	}
	if p.nstore == nil {
		return spaced(title, components.Part{Keep: 9, Lines: centred(cat.T(catalog.NotesNoFile), 70, w, plain)})
	}
	forgotten := components.Part{Keep: 6, Lines: centred(cat.T(catalog.NotesForgotten), 70, w, st.Warn.Render)}
	switch p.n.mode {
	case notesOff:
		return spaced(title, components.Part{Keep: 4, Lines: centred(cat.T(catalog.NotesOff), 70, w, plain)}, forgotten, said)
	case notesChoose:
		return spaced(append([]components.Part{title, forgotten}, append(field(catalog.NotesChoose), said)...)...)
	case notesRepeat:
		return spaced(append([]components.Part{title, forgotten}, append(field(catalog.NotesRepeat), said)...)...)
	case notesLocked:
		count := components.Part{Keep: 3, Lines: centred(cat.N(catalog.NotesCount, p.n.count)+" · "+cat.T(catalog.NotesLocked), 70, w, st.Muted.Render)}
		return spaced(append([]components.Part{title, count}, append(field(catalog.NotesAsk), said)...)...)
	case notesWrite:
		return spaced(append([]components.Part{title}, append(field(catalog.NotesWrite), said)...)...)
	}
	if len(p.n.list) == 0 {
		return spaced(title, components.Part{Keep: 7, Lines: centred(cat.T(catalog.NotesNone), 70, w, plain)}, forgotten, said)
	}
	room := l.Room() - len(said.Lines) - 3
	return spaced(title, components.Part{Keep: 9, Lines: p.noteLines(w, max(2, room))}, said)
}

// noteLines list the notes, the pointer on one, in a window around it.
func (p *Page) noteLines(w, room int) []string {
	st := p.c.Styles
	width := min(w-4, 72)
	pad := strings.Repeat(" ", max(1, (w-width-2)/2))
	var lines []string
	at := 0
	for i, n := range p.n.list {
		day, text := p.noteText(n)
		head := strconv.Itoa(i+1) + ". "
		if day != "" {
			head += day + ": "
		}
		wrapped := common.Wrap(head+strings.ReplaceAll(text, "\n", " "), width, "")
		if i == p.n.at {
			at = len(lines)
			for j, s := range wrapped {
				mark := "  "
				if j == 0 {
					mark = "› "
				}
				lines = append(lines, pad+st.Selected.Render(mark+s))
			}
			continue
		}
		for _, s := range wrapped {
			lines = append(lines, pad+"  "+s)
		}
	}
	from, to := components.Window(len(lines), at, room)
	return lines[from:to]
}

// fieldView draws the field, a passphrase as dots whatever the colours.
func (p *Page) fieldView() string {
	ti := p.n.input
	if ti.EchoMode == textinput.EchoPassword {
		return ti.Prompt + strings.Repeat("•", utf8.RuneCountInString(ti.Value())) + "▏"
	}
	return components.InputView(p.c.Profile, ti)
}

// notesBindings are the keys of the notes.
func (p *Page) notesBindings() []key.Binding {
	k, cat := p.c.Keys, p.c.Cat
	b := func(keys, label string, desc catalog.Key) key.Binding {
		return key.NewBinding(key.WithKeys(strings.Fields(keys)...), key.WithHelp(label, cat.T(desc)))
	}
	back := b("esc q", "esc", catalog.HelpBack)
	switch p.n.mode {
	case notesOff:
		if p.nstore == nil {
			return []key.Binding{back}
		}
		return []key.Binding{b("t", "t", catalog.HelpNotesOn), back}
	case notesChoose, notesRepeat:
		return []key.Binding{common.WithHelp(k.Next, cat.T(catalog.HelpNext)), b("esc", "esc", catalog.HelpBack)}
	case notesLocked:
		return []key.Binding{common.WithHelp(k.Next, cat.T(catalog.HelpNotesUnlock)), b("D", "D", catalog.HelpNotesAll), b("esc", "esc", catalog.HelpBack)}
	case notesWrite:
		return []key.Binding{common.WithHelp(k.Next, cat.T(catalog.HelpNotesSave)), b("esc", "esc", catalog.HelpBack)}
	}
	keys := []key.Binding{b("a", "a", catalog.HelpNotesWrite)}
	if len(p.n.list) > 0 {
		keys = append(keys, b("d", "d", catalog.HelpNotesDelete), k.Up, k.Down)
	}
	return append(keys, b("D", "D", catalog.HelpNotesAll), b("esc q", "esc", catalog.HelpNotesLock))
}

// notesSpeech says the notes, from the same fields as the screen.
func (p *Page) notesSpeech() []string {
	cat := p.c.Cat
	out := []string{cat.T(catalog.NotesTitle) + "."}
	switch {
	case p.nstore == nil:
		out = append(out, cat.T(catalog.NotesNoFile))
	case p.n.mode == notesOff:
		out = append(out, cat.T(catalog.NotesOff), cat.T(catalog.NotesForgotten))
	case p.n.mode == notesChoose:
		out = append(out, cat.T(catalog.NotesForgotten), cat.T(catalog.NotesChoose))
	case p.n.mode == notesRepeat:
		out = append(out, cat.T(catalog.NotesRepeat))
	case p.n.mode == notesLocked:
		out = append(out, cat.N(catalog.NotesCount, p.n.count)+". "+cat.T(catalog.NotesLocked))
	case p.n.mode == notesWrite:
		out = append(out, cat.T(catalog.NotesWrite))
	case len(p.n.list) == 0:
		out = append(out, cat.T(catalog.NotesNone), cat.T(catalog.NotesForgotten))
	default:
		for i, n := range p.n.list {
			day, text := p.noteText(n)
			out = append(out, cat.F(catalog.NotesSayNote, i+1, day, strings.ReplaceAll(text, "\n", " ")))
		}
	}
	for _, s := range []string{p.n.said, p.problem} {
		if s != "" {
			out = append(out, s)
		}
	}
	if p.n.ask != askNone {
		return append(out, p.notesQuestion().Speech(p.c)...)
	}
	return append(out, p.notesTyping())
}

// notesTyping says what can be typed on the notes.
func (p *Page) notesTyping() string {
	cat := p.c.Cat
	switch p.n.mode {
	case notesOff:
		return cat.T(catalog.NotesTypeOff)
	case notesChoose, notesRepeat:
		return cat.T(catalog.NotesTypePass)
	case notesLocked:
		return cat.T(catalog.NotesTypeLocked)
	case notesWrite:
		return cat.T(catalog.NotesTypeWrite)
	}
	return cat.T(catalog.NotesTypeOpen)
}
