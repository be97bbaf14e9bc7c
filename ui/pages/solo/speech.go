package solo

import (
	"strconv"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"circle/rules"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// Speech says the moment of the practice, from the same fields as View.
// No running clock is in it: on the timer it says the thresholds passed
// (a minute left, time, each whole minute over), each once.
func (p *Page) Speech() []string {
	c := p.c
	cat := c.Cat
	if p.step == stepNotes {
		return p.notesSpeech()
	}
	var out []string
	switch p.step {
	case stepTheme:
		out = append(out, cat.T(catalog.SoloHeading)+". "+cat.T(catalog.SoloIntro))
		if s := p.monthLine(); s != "" {
			out = append(out, s+".")
		}
		out = append(out, cat.T(catalog.SoloSayThemes))
		for i, row := range p.themeRows() {
			out = append(out, cat.F(catalog.SoloSayTheme, i+1, row))
		}
	case stepPrompts:
		name := p.themeName(p.theme)
		if p.surprised {
			name = cat.F(catalog.SoloSurprised, name)
		}
		out = append(out, name+".")
		out = append(out, cat.F(catalog.SoloSayPrompt, p.at+1, len(p.seq), p.promptText(p.seq[p.at].ID)))
	case stepLength:
		out = append(out, cat.T(catalog.SoloSayLengths))
	case stepOwn:
		out = append(out, cat.T(catalog.SoloOwnAsk))
	case stepTimer:
		out = append(out, cat.F(catalog.SoloBegins, common.DurationWords(cat, p.planned)))
		out = append(out, cat.F(catalog.AccessiblePrompt, p.promptText(p.seq[p.at].ID)))
		a := p.alert(p.clock(c.Now()))
		if a != "" {
			out = append(out, a)
		}
		switch {
		case p.paused:
			out = append(out, cat.T(catalog.SoloPaused))
		case p.resumed && a == p.resumedAlert:
			// Said once, until the next threshold.
			out = append(out, cat.T(catalog.SoloGoOn))
		}
		if p.confirm {
			out = append(out, components.Confirm{Question: cat.F(catalog.SoloConfirmEnd, p.askedLeft)}.Speech(c)...)
		}
	case stepClosing:
		out = append(out, cat.T(catalog.SoloClosingTitle)+". "+cat.T(catalog.SoloClosingLine), p.doneText())
		if s := p.monthLine(); s != "" && p.notice == "" {
			out = append(out, s+".")
		}
	}
	for _, s := range []string{p.notice, p.problem} {
		if s != "" {
			out = append(out, s)
		}
	}
	if p.step != stepTimer {
		out = append(out, p.Typing())
	}
	return out
}

// alert is the last threshold the timer has passed.
func (p *Page) alert(t components.TurnClock) string {
	cat := p.c.Cat
	over := t.Elapsed - t.Planned
	switch {
	case over >= time.Minute:
		return cat.F(catalog.SoloOver, cat.N(catalog.Minutes, int(over/time.Minute)))
	case over > 0:
		return cat.T(catalog.SoloTimeUp)
	case t.Near:
		return cat.T(catalog.AccessibleMinuteLeft)
	}
	return ""
}

// Typing says what can be typed at this moment.
func (p *Page) Typing() string {
	cat := p.c.Cat
	switch {
	case p.confirm:
		return cat.T(catalog.AccessibleConfirm)
	case p.step == stepTheme:
		return cat.T(catalog.SoloTypeTheme)
	case p.step == stepPrompts:
		return cat.T(catalog.SoloTypePrompts)
	case p.step == stepLength, p.step == stepOwn:
		return cat.T(catalog.SoloTypeLength)
	case p.step == stepTimer:
		return cat.T(catalog.SoloTypeTimer)
	case p.step == stepNotes:
		return p.notesTyping()
	}
	return cat.T(catalog.SoloTypeClosing)
}

// line takes a line typed in the line mode.
func (p *Page) line(text string) tea.Cmd {
	word := strings.ToLower(strings.TrimSpace(text))
	if p.confirm {
		p.confirm = false
		if components.Yes(p.c, common.LineMsg(text)) {
			p.close()
		}
		return nil
	}
	refuse := func() { p.problem = p.c.Cat.F(catalog.SoloNotHere, strings.TrimSpace(text)) }
	switch p.step {
	case stepNotes:
		p.noteLine(text)
	case stepTheme:
		n, err := strconv.Atoi(word)
		switch {
		case word == "q":
			return common.Go(common.GoHome{})
		case word == "n":
			p.openNotes()
		case word == "":
			p.choose(len(rules.Themes()))
		case err == nil && n >= 1 && n <= len(rules.Themes())+1:
			p.choose(n - 1)
		default:
			refuse()
		}
	case stepPrompts:
		switch word {
		case "", "n":
			if p.at+1 < len(p.seq) {
				p.show(p.at + 1)
			} else {
				// After the last prompt, the timer.
				p.step = stepLength
			}
		case "p":
			p.show(p.at - 1)
		case "t":
			p.step = stepLength
		case "f":
			p.close()
		case "q":
			p.step = stepTheme
		default:
			refuse()
		}
	case stepLength, stepOwn:
		switch word {
		case "q":
			p.step = stepPrompts
		case "0":
			p.close()
		default:
			p.ownLength(word)
		}
	case stepTimer:
		switch word {
		case "p":
			p.pause()
		case "v":
			p.presenter = !p.presenter
		case "", "f", "q":
			p.finish()
		default:
			refuse()
		}
	case stepClosing:
		switch word {
		case "", "q":
			return common.Go(common.GoHome{})
		case "a":
			p.again()
		default:
			refuse()
		}
	}
	return nil
}
