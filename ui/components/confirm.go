// Package components holds each widget of circle's terminal program once:
// the confirmation, the labelled rows of a form with their text inputs and
// toggles, the window of a long list around its pointer, and the help
// footer. Each has a drawn form and, where it speaks, a plain spoken form
// built from the same words.
package components

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"circle/ui/catalog"
	"circle/ui/common"
)

// Confirm is a question that only y answers yes (j too in Bokmål, where
// "ja" begins with it). Any other key, enter included, is no, so a doubled
// key press can never cut a speaker off or delete a group.
type Confirm struct {
	Question string
}

// Yes reports whether msg answers yes: the y key, or in the line mode a
// line that is y (or j, ja, yes).
func Yes(c *common.Context, msg tea.Msg) bool {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if c.Cat.Lang() == catalog.Bokmal && (msg.String() == "j" || msg.String() == "J") {
			return true
		}
		return key.Matches(msg, c.Keys.Yes)
	case common.LineMsg:
		w := strings.ToLower(strings.TrimSpace(string(msg)))
		if w == "" {
			return false
		}
		if c.Cat.Lang() == catalog.Bokmal && w == "j" {
			return true
		}
		for _, k := range c.Keys.Yes.Keys() {
			if w == strings.ToLower(k) {
				return true
			}
		}
		return w == strings.ToLower(c.Cat.T(catalog.HelpYes))
	}
	return false
}

// Answer reports whether msg answers the question at all: a key or a
// typed line (a tick or a size is no answer).
func Answer(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.KeyMsg, common.LineMsg:
		return true
	}
	return false
}

// View draws the question in a box of at most w cells, wrapped, never cut.
func (q Confirm) View(c *common.Context, w int) []string {
	return Box(c, w, append(common.Wrap(q.Question, w-8, ""), common.Wrap(c.Cat.T(catalog.ConfirmKeys), w-8, "")...))
}

// Speech is the question said: its sentence, then how to answer.
func (q Confirm) Speech(c *common.Context) []string {
	return []string{q.Question, c.Cat.T(catalog.AccessibleConfirm)}
}

// Box draws lines in the dialog's frame, each at most w cells wide.
func Box(c *common.Context, w int, lines []string) []string {
	return strings.Split(c.Styles.Dialog.Render(strings.Join(lines, "\n")), "\n")
}
