// Package setup is the form a facilitator fills in before a meeting: its
// length, who is present, the names for the screen, the facilitator's
// seat, who sent word, and the format, with the group's defaults filled
// in. On the full screen it is a form; in the line mode it asks one
// question at a time, refusing a wrong answer at once. It never starts a
// meeting itself: a valid form asks the root for one (common.GoMeeting).
package setup

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"circle/session"
	"circle/store"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// The fields of the form, in their order on screen and in the line mode.
const (
	FieldLength = iota
	FieldPresent
	FieldNames
	FieldFacilitator
	FieldSentWord
	FieldFormat // a toggle, not a text input
	fieldCount
)

var labels = [fieldCount]catalog.Key{
	catalog.SetupLength, catalog.SetupPresent, catalog.SetupNames,
	catalog.SetupFacilitator, catalog.SetupSentWord, catalog.SetupFormat,
}

var hints = [fieldCount]catalog.Key{
	catalog.SetupLengthHint, catalog.SetupPresentHint, catalog.SetupNamesHint,
	catalog.SetupFacilitatorHint, catalog.SetupSentWordHint, catalog.SetupFormatHint,
}

// limits are the text fields' lengths in runes.
var limits = [FieldFormat]int{3, 2, 400, 2, 2}

// formats are the toggle's values, in its order.
var formats = [...]session.Format{session.FormatCircle, session.FormatPlain, session.FormatOpen}

var formatNames = map[session.Format]catalog.Key{
	session.FormatCircle: catalog.FormatCircle,
	session.FormatPlain:  catalog.FormatPlain,
	session.FormatOpen:   catalog.FormatOpen,
}

// Width of the short text fields; the names field grows with the screen
// between namesLeast and namesMost cells.
const (
	numberWidth = 8
	// refusedMost is how much of a refused answer is said back.
	refusedMost = 40
	namesLeast  = 6
	namesMost   = 120
)

// Page is the setup form.
type Page struct {
	c      *common.Context
	inputs [FieldFormat]textinput.Model
	format session.Format
	focus  int
	// problem is what is wrong with the form, said on it (and before the
	// question in the line mode); it is about the focused field.
	problem string
	// refused is the answer the line mode refused, said with problem so
	// that each refusal of another answer is heard.
	refused string
	group   *store.Group // whose meeting it is; nil for none
	held    int          // meetings the group held before, for the rotation
}

// New is the form for a meeting of g (nil for none), with g's defaults.
func New(c *common.Context, g *store.Group) *Page {
	p := &Page{c: c, group: g}
	defaults := [FieldFormat]string{"120", "6", "", "1", "0"}
	if g != nil {
		if g.Defaults.LengthMinutes > 0 {
			defaults[FieldLength] = strconv.Itoa(g.Defaults.LengthMinutes)
		}
		p.format = session.FormatNamed(g.Defaults.Format)
		if c.Store != nil {
			p.held, _ = c.Store.GroupMeetings(g.ID)
		}
	}
	for i := range p.inputs {
		placeholder := ""
		if i == FieldNames {
			placeholder = c.Cat.T(catalog.SetupNamesPlaceholder)
		}
		ti := components.NewInput("", numberWidth, limits[i], placeholder)
		ti.PlaceholderStyle = c.Styles.Muted
		ti.Cursor.Style = c.Styles.Key
		ti.SetValue(defaults[i])
		p.inputs[i] = ti
	}
	p.fitNames()
	p.setFocus(FieldLength)
	return p
}

// Focused is the field with the focus.
func (p *Page) Focused() int { return p.focus }

// Value is what a field holds: its text, or for the format its stored
// name (circle, plain, open).
func (p *Page) Value(field int) string {
	if field == FieldFormat {
		return p.format.String()
	}
	if field < 0 || field >= FieldFormat {
		return ""
	}
	return p.inputs[field].Value()
}

func (p *Page) Init() tea.Cmd { return nil }

func (p *Page) setFocus(to int) {
	p.focus = (to + fieldCount) % fieldCount
	for i := range p.inputs {
		if i == p.focus {
			p.inputs[i].Focus()
		} else {
			p.inputs[i].Blur()
		}
	}
}

// labelWidth is the width of the longest label.
func (p *Page) labelWidth() int {
	w := 0
	for _, k := range labels {
		w = max(w, ansi.StringWidth(p.c.Cat.T(k)))
	}
	return w
}

// fitNames sizes the names field to the screen.
func (p *Page) fitNames() {
	w, _ := p.c.Size()
	ti := &p.inputs[FieldNames]
	ti.Width = components.FieldWidth(w, p.labelWidth(), namesLeast, namesMost)
	ti.SetCursor(ti.Position()) // scrolls the text to the new width
}

func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		p.fitNames()
	case tea.KeyMsg:
		return p, p.key(msg)
	case common.LineMsg:
		return p, p.line(string(msg))
	}
	return p, nil
}

func (p *Page) home() tea.Cmd {
	var id uint64
	if p.group != nil {
		id = p.group.ID
	}
	return common.Go(common.GoHome{Group: id})
}

// submit starts the meeting the form describes, or says what is wrong
// and puts the focus on it.
func (p *Page) submit() tea.Cmd {
	start, problem, at := p.validate()
	if start == nil {
		p.problem = problem
		p.setFocus(at)
		return nil
	}
	return common.Go(common.GoMeeting{Start: *start})
}

func (p *Page) key(msg tea.KeyMsg) tea.Cmd {
	k := p.c.Keys
	if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && p.focus != FieldFormat {
		// Text typed fast or pasted goes in whole, before any key is
		// matched: matching names the message by all its text.
		return p.typeText(msg)
	}
	switch {
	case msg.Type == tea.KeyCtrlC:
		return tea.Quit
	case key.Matches(msg, k.Back):
		return p.home()
	case msg.Type == tea.KeyEnter:
		return p.submit()
	case key.Matches(msg, k.NextField):
		p.setFocus(p.focus + 1)
		return nil
	case key.Matches(msg, k.PrevField):
		p.setFocus(p.focus - 1)
		return nil
	}
	if msg.Type == tea.KeyRunes && !msg.Paste && len(msg.Runes) == 1 && msg.Runes[0] == '?' {
		// No field of the form takes a ?: numbers, and names. It shows
		// the keys, as the key bar says.
		p.c.FullHelp = !p.c.FullHelp
		return nil
	}
	if p.focus != FieldFormat {
		return p.typeText(msg)
	}
	if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 {
		// Keys pressed fast: each is a key press of its own.
		for _, r := range msg.Runes {
			p.toggle(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
		}
		return nil
	}
	p.toggle(msg)
	return nil
}

// typeText hands a key to the focused text field.
func (p *Page) typeText(msg tea.KeyMsg) tea.Cmd {
	var cmd tea.Cmd
	p.inputs[p.focus], cmd = components.TypeInto(p.inputs[p.focus], msg)
	p.problem = ""
	return cmd
}

// toggle handles a key on the format.
func (p *Page) toggle(msg tea.KeyMsg) {
	switch {
	case msg.Type == tea.KeyLeft:
		p.format = (p.format + 2) % 3
	case key.Matches(msg, p.c.Keys.Toggle), msg.Type == tea.KeySpace, msg.String() == " ":
		p.format = (p.format + 1) % 3
	case key.Matches(msg, p.c.Keys.Help):
		p.c.FullHelp = !p.c.FullHelp
	}
}

// line takes a typed answer to the question of the focused field: a
// wrong one is refused at once and asked again; an empty one keeps what
// is there; q leaves the setup.
func (p *Page) line(text string) tea.Cmd {
	text = strings.TrimSpace(text)
	word := strings.ToLower(text)
	p.refused = text
	if r := []rune(text); len(r) > refusedMost {
		p.refused = string(r[:refusedMost]) + "…"
	}
	if word == "q" {
		return p.home()
	}
	if p.focus == FieldFormat {
		switch {
		case word == "":
		case strings.HasPrefix(word, "c"):
			p.format = session.FormatCircle
		case strings.HasPrefix(word, "p"):
			p.format = session.FormatPlain
		case strings.HasPrefix(word, "o"):
			p.format = session.FormatOpen
		default:
			p.problem = p.c.Cat.T(catalog.SetupErrFormat)
			return nil
		}
		return p.submit()
	}
	if text != "" {
		if problem := p.check(p.focus, text); problem != "" {
			p.problem = problem
			return nil
		}
		p.inputs[p.focus].SetValue(text)
	} else if problem := p.check(p.focus, p.inputs[p.focus].Value()); problem != "" {
		// What is there no longer holds (fewer people than names).
		p.problem = problem
		return nil
	}
	p.problem = ""
	p.setFocus(p.focus + 1)
	return nil
}

func number(v string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	return n, err == nil
}

// check says what is wrong with v as the value of field f, given the
// other fields as they stand; "" when nothing is.
func (p *Page) check(f int, v string) string {
	cat := p.c.Cat
	present, presentOK := number(p.inputs[FieldPresent].Value())
	switch f {
	case FieldLength:
		n, ok := number(v)
		if !ok || n < int(session.MinLength/time.Minute) || n > int(session.MaxLength/time.Minute) {
			return cat.T(catalog.SetupErrLength)
		}
	case FieldPresent:
		n, ok := number(v)
		if !ok || n < session.MinSeats || n > session.MaxSeats {
			return cat.T(catalog.SetupErrPresent)
		}
	case FieldNames:
		if utf8.RuneCountInString(v) > limits[FieldNames] {
			v = string([]rune(v)[:limits[FieldNames]])
		}
		if n := len(common.SplitNames(v)); presentOK && n > present {
			return cat.N(catalog.SetupErrNamesN, n, present)
		}
	case FieldFacilitator:
		n, ok := number(v)
		if !ok || n < 1 || (presentOK && n > present) {
			return cat.F(catalog.SetupErrFacilitator, max(present, 1))
		}
	case FieldSentWord:
		n, ok := number(v)
		if !ok || n < 0 || n > session.MaxSentWord {
			return cat.F(catalog.SetupErrSentWord, session.MaxSentWord)
		}
	}
	return ""
}

// validate checks the form in its order. It returns the meeting to
// start, or what is wrong and the field to fix.
func (p *Page) validate() (*common.MeetingStart, string, int) {
	for f := range FieldFormat {
		if problem := p.check(f, p.inputs[f].Value()); problem != "" {
			return nil, problem, f
		}
	}
	length, _ := number(p.inputs[FieldLength].Value())
	cfg := p.config(time.Duration(length) * time.Minute)
	if err := cfg.Validate(); err != nil {
		// The checks above mirror the engine's; this is a guard.
		return nil, p.c.Cat.T(catalog.SetupErrLength), FieldLength
	}
	return &common.MeetingStart{Cfg: cfg, Names: common.SplitNames(p.inputs[FieldNames].Value()), Group: p.group}, "", 0
}

// config is the engine's configuration of the form at a length, with
// the group's own defaults where it set them. The fields must be valid.
func (p *Page) config(length time.Duration) session.Config {
	present, _ := number(p.inputs[FieldPresent].Value())
	fac, _ := number(p.inputs[FieldFacilitator].Value())
	sent, _ := number(p.inputs[FieldSentWord].Value())
	cfg := session.NewConfig(length, present)
	cfg.Facilitator, cfg.SentWord, cfg.Format = fac, sent, p.format
	cfg.Warn = session.DefaultWarn
	if g := p.group; g != nil {
		d := g.Defaults
		if d.NoWarning {
			cfg.Warn = 0
		}
		cfg.NoCheckIn = d.NoCheckIn
		if d.BreakMinutes > 0 || d.LengthMinutes > 0 {
			cfg.Break = time.Duration(d.BreakMinutes) * time.Minute
		}
		if d.CheckInSeconds > 0 {
			cfg.CheckIn = time.Duration(d.CheckInSeconds) * time.Second
		}
		if d.ReactionSeconds > 0 {
			cfg.Reaction = time.Duration(d.ReactionSeconds) * time.Second
		}
		if d.RotateStart && p.format == session.FormatPlain {
			cfg.Start, cfg.Reverse = session.Rotation(p.held, present)
		}
	}
	return cfg
}

// planText is the plan the form would start, in sentences: the plan,
// then, when it does not fit, by how much and what would make it fit.
// ok is false while the form is not valid.
func (p *Page) planText() (plan string, short []string, ok bool) {
	start, _, _ := p.validate()
	if start == nil {
		return "", nil, false
	}
	st, err := session.Plan(start.Cfg)
	if err != nil {
		return "", nil, false
	}
	cat, dur := p.c.Cat, p.c.Duration
	switch st.Format {
	case session.FormatOpen:
		plan = cat.F(catalog.SetupPlanOpen, dur(st.FloorLeft))
	case session.FormatCircle:
		plan = cat.F(catalog.SetupPlan, dur(st.ShareEach)) + " " + cat.F(catalog.SetupPlanReactions, dur(st.Reaction))
	default:
		plan = cat.F(catalog.SetupPlan, dur(st.ShareEach))
	}
	if st.Fits() {
		return plan, nil, true
	}
	a := session.Advise(start.Cfg, p.config)
	short = []string{cat.F(catalog.SetupShortBy, common.MinutesText(cat, st.Short))}
	more := cat.N(catalog.SetupMore, int(a.More/time.Minute))
	switch {
	case a.More > 0 && a.Plain:
		short = append(short, cat.F(catalog.SetupFitBoth, more))
	case a.More > 0:
		short = append(short, cat.F(catalog.SetupFitLonger, more))
	case a.Plain:
		short = append(short, cat.T(catalog.SetupFitPlain))
	default:
		short = append(short, cat.T(catalog.SetupFitNone))
	}
	return plan, short, true
}

func (p *Page) formatName() string { return p.c.Cat.T(formatNames[p.format]) }

// Bindings are the form's keys.
func (p *Page) Bindings() []key.Binding {
	k := p.c.Keys
	b := []key.Binding{common.WithHelp(k.Next, p.c.Cat.T(catalog.HelpBegin)), k.NextField, k.Back}
	if p.focus == FieldFormat {
		b = append(b, k.Toggle)
	}
	return b
}

// View draws the form, and under it what is wrong or the plan.
func (p *Page) View() string {
	c := p.c
	l := c.NewLayout(c.Cat.T(catalog.SetupTitle))
	w := l.W
	rows := make([]components.Row, fieldCount)
	inputs := p.inputs // copies: the view changes nothing
	for i := range rows {
		rows[i] = components.Row{Label: c.Cat.T(labels[i]), Hint: c.Cat.T(hints[i])}
		if i == FieldFormat {
			rows[i].Value = p.formatName()
		} else {
			rows[i].Input = &inputs[i]
		}
	}
	var msg []string
	if p.problem != "" {
		for _, s := range common.Wrap(p.problem, w, "   ") {
			msg = append(msg, c.Styles.Err.Render(s))
		}
	} else if plan, short, ok := p.planText(); ok {
		msg = append(msg, common.Wrap(plan, w, "   ")...)
		for _, text := range short {
			for _, s := range common.Wrap(text, w, "   ") {
				msg = append(msg, c.Styles.Warn.Render(s))
			}
		}
	}
	l.Foot = components.Footer(c, p.Bindings(), p.Bindings())
	room := l.Room()
	form := components.Form(c, rows, p.focus, w)
	if len(form)+1+len(msg) > room {
		// A small screen: what is wrong, or the plan, matters more
		// than the hint, and the rows make way for it around the focus.
		rows[p.focus].Hint = ""
		form = components.Form(c, rows, p.focus, w)
		from, to := components.Window(len(form), p.focus, max(1, room-len(msg)))
		form = form[from:to]
	}
	if len(form)+2+len(msg) <= room {
		l.Add("")
	}
	l.Add(form...)
	if len(msg) > 0 {
		if len(form)+1+len(msg) <= room {
			l.Add("")
		}
		l.Add(msg...)
	}
	return l.String()
}

// Speech asks the question of the focused field, after the title and,
// at the last question, the plan; what is wrong comes just before the
// question.
func (p *Page) Speech() []string {
	c := p.c
	lines := []string{capitalize(c.Cat.T(catalog.SetupTitle)) + "."}
	if p.focus == FieldFormat {
		if plan, short, ok := p.planText(); ok {
			lines = append(lines, plan)
			lines = append(lines, short...)
		}
	}
	switch {
	case p.problem != "" && p.refused != "":
		lines = append(lines, c.Cat.F(catalog.SetupRefused, p.refused, p.problem))
	case p.problem != "":
		lines = append(lines, p.problem)
	}
	return append(lines, p.question())
}

func (p *Page) question() string {
	cat := p.c.Cat
	q := cat.T(labels[p.focus])
	if p.focus == FieldFormat {
		return cat.F(catalog.SetupAskFormat, q, strings.ToLower(p.formatName()))
	}
	if v := p.inputs[p.focus].Value(); v != "" {
		return cat.F(catalog.AccessibleAskDefault, q, cat.T(hints[p.focus]), v)
	}
	return cat.F(catalog.AccessibleAsk, q, cat.T(hints[p.focus]))
}

// Typing says what can be typed at the question: the field's hint, then
// how to answer, keep or leave.
func (p *Page) Typing() string {
	cat := p.c.Cat
	switch p.focus {
	case FieldFormat:
		return cat.F(catalog.SetupTypingFormat, strings.ToLower(p.formatName()))
	case FieldNames:
		return cat.T(hints[FieldNames]) + " " + cat.T(catalog.SetupTypingNames)
	}
	return cat.T(hints[p.focus]) + " " + cat.F(catalog.SetupTypingNumber, p.inputs[p.focus].Value())
}

// capitalize makes a screen title the start of a spoken sentence.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

var _ common.Page = (*Page)(nil)
