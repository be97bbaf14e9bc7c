package components

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"circle/ui/catalog"
	"circle/ui/common"
)

// On a narrow screen keys give way and ? stays, even when the key that
// does not fit leaves no room for an ellipsis either.
func TestFooterKeepsQuestionMarkOnANarrowScreen(t *testing.T) {
	c := common.NewContext(catalog.English, false, termenv.Ascii)
	c.Width, c.Height = 40, 12
	b := func(k, desc string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, desc)) }
	short := []key.Binding{b("enter", "start the meeting"), b("tab", "next field"), b("esc", "back")}
	lines := Footer(c, short, short)
	if len(lines) != 1 || ansi.StringWidth(lines[0]) > 40 || !strings.HasSuffix(lines[0], "? more keys") ||
		!strings.Contains(lines[0], "enter start the meeting") {
		t.Fatalf("the footer at 40 columns is %q", lines)
	}
}
