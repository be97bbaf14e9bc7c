package group

import (
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/components"
)

// line takes a line typed in the line mode. q leaves every step; the
// question of the moment takes the rest.
func (p *Page) line(text string) tea.Cmd {
	text = strings.Join(strings.Fields(text), " ")
	word := strings.ToLower(text)
	if p.mode == modeAsk {
		return p.answer(components.Yes(p.c, common.LineMsg(text)))
	}
	if word == "q" {
		return p.home()
	}
	switch p.mode {
	case modeName:
		if text == "" && !p.creating {
			return p.home()
		}
		p.input.SetValue(text)
		return p.name(text)
	case modeRules:
		return p.ruleLine(text)
	case modeSettings:
		return p.settingsLine(word)
	case modePrompts:
		if text == "" {
			p.mode = modeRules
			return nil
		}
	}
	return nil
}

// ruleLine takes a typed change of the rules list: "a words" adds a rule
// at the end, "e 3 words" changes rule 3, "d 3" asks to remove it, "x"
// asks to put back circle's defaults; enter alone agrees (a new group) or
// goes back.
func (p *Page) ruleLine(text string) tea.Cmd {
	p.problem = ""
	if text == "" {
		if p.creating {
			return p.agree()
		}
		return p.home()
	}
	verb, rest, _ := strings.Cut(text, " ")
	verb = strings.ToLower(verb)
	number := func() (int, string, bool) {
		ns, words, _ := strings.Cut(rest, " ")
		n, err := strconv.Atoi(ns)
		if err != nil || n < 1 || n > len(p.g.Rules) {
			p.problem = p.c.Cat.T(catalog.GroupSpeakNumber)
			return 0, "", false
		}
		return n - 1, words, true
	}
	switch verb {
	case "a":
		if rest != "" {
			p.cursor = len(p.g.Rules) - 1
			p.putRule(-1, rest)
		}
	case "e":
		if i, words, ok := number(); ok && words != "" {
			p.cursor = i
			p.putRule(i, words)
		}
	case "d":
		if i, _, ok := number(); ok {
			p.cursor = i
			p.question(askRemoveRule)
		}
	case "x":
		p.question(askReset)
	default:
		p.problem = p.c.Cat.T(catalog.GroupSpeakWhat)
	}
	return nil
}

// settingsLine takes "2 15" (field 2 is 15), "5" (the format turns to
// the next), or enter alone to save.
func (p *Page) settingsLine(word string) tea.Cmd {
	if word == "" {
		return p.saveSettings()
	}
	ns, value, _ := strings.Cut(word, " ")
	n, err := strconv.Atoi(ns)
	if err != nil || n < 1 || n > fieldCount || (p.settings.input(n-1) != nil) == (value == "") {
		p.problem = p.c.Cat.T(catalog.GroupErrDefaults)
		return nil
	}
	p.setField(n-1, value)
	return nil
}
