package ui

import "github.com/charmbracelet/lipgloss"

// The palette uses the terminal's own sixteen ANSI colours. The terminal's
// theme already maps them to something readable on its background, light or
// dark, so circle never has to ask the terminal for its background colour (a
// query that would race the input reader and delay the first frame). Every
// colour is paired with a word or a mark: nothing is said by colour alone.
const (
	colAccent = lipgloss.Color("6") // cyan: the speaker, the running bar
	colCalm   = lipgloss.Color("3") // yellow: over time, the plan no longer fits
	colError  = lipgloss.Color("1") // red: something failed
	colMuted  = lipgloss.Color("8") // grey: secondary text
)

// styles are the named styles of every screen, built once.
type styles struct {
	title    lipgloss.Style
	muted    lipgloss.Style
	speaker  lipgloss.Style
	digits   lipgloss.Style
	over     lipgloss.Style
	warn     lipgloss.Style
	err      lipgloss.Style
	label    lipgloss.Style
	selected lipgloss.Style
	key      lipgloss.Style
	rule     lipgloss.Style
	dialog   lipgloss.Style
}

// newStyles builds the styles; highContrast trades colour for reverse video
// and bold, and drops the grey of secondary text, for low vision and for a
// projector in a bright room.
func newStyles(highContrast bool) *styles {
	if highContrast {
		plain := lipgloss.NewStyle()
		strong := plain.Bold(true)
		return &styles{
			title:    strong,
			muted:    plain,
			speaker:  strong.Reverse(true).Padding(0, 1),
			digits:   strong,
			over:     strong.Reverse(true).Underline(true),
			warn:     strong,
			err:      strong.Reverse(true),
			label:    strong,
			selected: strong.Reverse(true),
			key:      strong,
			rule:     plain,
			dialog:   plain.Border(lipgloss.ThickBorder()).Padding(0, 2),
		}
	}
	return &styles{
		title:    lipgloss.NewStyle().Bold(true),
		muted:    lipgloss.NewStyle().Foreground(colMuted),
		speaker:  lipgloss.NewStyle().Bold(true).Foreground(colAccent),
		digits:   lipgloss.NewStyle().Bold(true),
		over:     lipgloss.NewStyle().Bold(true).Foreground(colCalm),
		warn:     lipgloss.NewStyle().Foreground(colCalm),
		err:      lipgloss.NewStyle().Bold(true).Foreground(colError),
		label:    lipgloss.NewStyle().Bold(true),
		selected: lipgloss.NewStyle().Bold(true).Foreground(colAccent),
		key:      lipgloss.NewStyle().Bold(true),
		rule:     lipgloss.NewStyle().Foreground(colMuted),
		dialog:   lipgloss.NewStyle().Border(lipgloss.NormalBorder()).BorderForeground(colCalm).Padding(0, 2),
	}
}
