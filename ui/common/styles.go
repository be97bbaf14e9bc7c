package common

import "github.com/charmbracelet/lipgloss"

// The palette uses the terminal's own sixteen ANSI colours. The terminal's
// theme already maps them to something readable on its background, light or
// dark, so circle never has to ask the terminal for its background colour (a
// query that would race the input reader and delay the first frame). Every
// colour is paired with a word or a mark: nothing is said by colour alone.
const (
	ColAccent = lipgloss.Color("6") // cyan: the speaker, the running bar
	ColCalm   = lipgloss.Color("3") // yellow: over time, the plan no longer fits
	ColError  = lipgloss.Color("1") // red: something failed
	ColMuted  = lipgloss.Color("8") // grey: secondary text
	// ColNear is the second calm colour: a turn near its time (the calm
	// warning), before it reaches it. Never red.
	ColNear = lipgloss.Color("4") // blue
)

// Styles are the named styles of every screen, built once, and the colours
// of the widgets that take a colour rather than a style (the bar). Every
// style of the program comes from here, so the high-contrast theme reaches
// the help line and the bar too.
type Styles struct {
	Title    lipgloss.Style
	Muted    lipgloss.Style
	Speaker  lipgloss.Style
	Digits   lipgloss.Style
	Over     lipgloss.Style
	Near     lipgloss.Style // a turn near its time: the calm warning
	Warn     lipgloss.Style
	Err      lipgloss.Style
	Label    lipgloss.Style
	Selected lipgloss.Style
	Key      lipgloss.Style
	Rule     lipgloss.Style
	Dialog   lipgloss.Style

	// The bar's colours: running, over its time, and the part still to go.
	// Empty is the terminal's own colour.
	BarFull, BarOver, BarEmpty lipgloss.Color
	// BarNear is the bar's colour in the calm warning.
	BarNear lipgloss.Color
}

// NewStyles builds the styles; highContrast trades colour for reverse video
// and bold, and drops the grey of secondary text, for low vision and for a
// projector in a bright room.
func NewStyles(r *lipgloss.Renderer, highContrast bool) *Styles {
	if highContrast {
		plain := r.NewStyle()
		strong := plain.Bold(true)
		return &Styles{
			Title:    strong,
			Muted:    plain,
			Speaker:  strong.Reverse(true).Padding(0, 1),
			Digits:   strong,
			Over:     strong.Reverse(true).Underline(true),
			Near:     strong.Underline(true),
			Warn:     strong,
			Err:      strong.Reverse(true),
			Label:    strong,
			Selected: strong.Reverse(true),
			Key:      strong,
			Rule:     plain,
			Dialog:   plain.Border(lipgloss.ThickBorder()).Padding(0, 2),
		}
	}
	return &Styles{
		Title:    r.NewStyle().Bold(true),
		Muted:    r.NewStyle().Foreground(ColMuted),
		Speaker:  r.NewStyle().Bold(true).Foreground(ColAccent),
		Digits:   r.NewStyle().Bold(true),
		Over:     r.NewStyle().Bold(true).Foreground(ColCalm),
		Near:     r.NewStyle().Bold(true).Foreground(ColNear),
		Warn:     r.NewStyle().Foreground(ColCalm),
		Err:      r.NewStyle().Bold(true).Foreground(ColError),
		Label:    r.NewStyle().Bold(true),
		Selected: r.NewStyle().Bold(true).Foreground(ColAccent),
		Key:      r.NewStyle().Bold(true),
		Rule:     r.NewStyle().Foreground(ColMuted),
		Dialog:   r.NewStyle().Border(lipgloss.NormalBorder()).BorderForeground(ColCalm).Padding(0, 2),
		BarFull:  ColAccent,
		BarOver:  ColCalm,
		BarNear:  ColNear,
		BarEmpty: ColMuted,
	}
}
