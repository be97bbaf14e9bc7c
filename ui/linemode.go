package ui

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"circle/ui/common"
)

// The accessible mode runs the same program line by line, for screen
// readers and braille displays: no alternate screen, no redrawing. It is a
// small loop that knows no screen: it hands each typed line to the page on
// screen and says what the page says (its Speech) from the first line that
// changed since it last spoke; ? says what can be typed there. Once a
// second the clock moves the page on.

// lineMode is a running accessible session.
type lineMode struct {
	m        *Model
	out      io.Writer
	page     common.Page // the page that last spoke
	said     []string    // what it said
	finished bool
}

// RunAccessible runs circle in accessible mode until the facilitator quits
// or in ends.
func RunAccessible(o Options, in io.Reader, out io.Writer) error {
	l := newLineMode(o, out)
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for !l.finished {
		select {
		case line, ok := <-lines:
			if !ok {
				return nil
			}
			l.input(line)
		case <-tick.C:
			l.send(common.ClockMsg{})
			l.speak()
		case <-o.Continued:
			l.resumed()
		}
	}
	return nil
}

func newLineMode(o Options, out io.Writer) *lineMode {
	if o.Profile == nil {
		// What is said is plain text whatever the terminal can show.
		ascii := termenv.Ascii
		o.Profile = &ascii
	}
	m := New(o)
	m.c.LineMode = true
	l := &lineMode{m: m, out: out}
	l.run(m.Init())
	l.speak()
	return l
}

// resumed answers fg after ctrl+z: the terminal is the shell's own cooked
// one, which is what the line mode reads, so all it needs is to catch up
// with the time that passed and say where it is, so the facilitator
// does not have to remember.
func (l *lineMode) resumed() {
	l.send(common.ClockMsg{})
	if !l.speak() && !l.finished && len(l.said) > 0 {
		l.say(l.said[len(l.said)-1])
	}
}

// input takes one typed line.
func (l *lineMode) input(line string) {
	if strings.TrimSpace(line) == "?" {
		l.say(l.m.page.Typing())
		return
	}
	l.send(common.LineMsg(line))
	if !l.speak() && !l.finished && len(l.said) > 0 {
		// Nothing changed: say where we are again, so a line typed is
		// never met with silence.
		l.say(l.said[len(l.said)-1])
	}
}

// send hands a message to the program and runs at once what it asks to
// run (saving the record, moving to another page).
func (l *lineMode) send(msg tea.Msg) {
	_, cmd := l.m.Update(msg)
	l.run(cmd)
}

func (l *lineMode) run(cmd tea.Cmd) {
	if cmd == nil || l.finished {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.QuitMsg:
		// What the page came to say before it quit is said first: the
		// summary of a stopped meeting, its save.
		l.speak()
		l.finished = true
	case tea.BatchMsg:
		for _, c := range msg {
			l.run(c)
		}
	default:
		l.send(msg)
	}
}

// speak says the page's lines from the first that changed; a new page is
// said whole. It reports whether it said anything.
func (l *lineMode) speak() bool {
	if l.finished {
		return false
	}
	now := l.m.page.Speech()
	from := 0
	if l.m.page == l.page {
		for from < len(now) && from < len(l.said) && now[from] == l.said[from] {
			from++
		}
	}
	for _, s := range now[from:] {
		l.say(s)
	}
	l.page, l.said = l.m.page, now
	return from < len(now)
}

// say writes one line. Pages speak plain text; what is written is
// stripped of escapes all the same, so no screen reader ever reads one.
func (l *lineMode) say(s string) {
	s = strings.TrimSpace(ansi.Strip(s))
	if s != "" {
		fmt.Fprintln(l.out, s)
	}
}
