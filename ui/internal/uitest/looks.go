package uitest

import (
	"fmt"

	"github.com/muesli/termenv"

	"circle/ui/catalog"
)

// Theme is a way a page is drawn in its goldens, by the name the golden
// files carry. High contrast is drawn with ANSI colours, since its meaning
// is in bold and reverse video, which plain text cannot show.
type Theme struct {
	Name     string
	Contrast bool
}

var (
	Normal       = Theme{"normal", false}
	Contrast     = Theme{"contrast", true}
	HighContrast = Theme{"highcontrast", true}
)

// Profile is the colour profile the theme is drawn with.
func (th Theme) Profile() termenv.Profile {
	if th.Contrast {
		return termenv.ANSI
	}
	return termenv.Ascii
}

// Sizes are the smallest screen, a usual one and a large one.
var Sizes = [][2]int{{40, 12}, {80, 24}, {160, 48}}

// Look is one golden's screen: a language, a size and a theme.
type Look struct {
	Lang catalog.Lang
	W, H int
	Theme
}

// Size is the screen as the golden files name it, 80x24.
func (l Look) Size() string { return fmt.Sprintf("%dx%d", l.W, l.H) }

// Looks is every language, size and theme.
func Looks(themes ...Theme) []Look {
	var out []Look
	for _, lang := range []catalog.Lang{catalog.English, catalog.Bokmal} {
		for _, s := range Sizes {
			for _, th := range themes {
				out = append(out, Look{Lang: lang, W: s[0], H: s[1], Theme: th})
			}
		}
	}
	return out
}
