package common

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"circle/ui/catalog"
)

// Layout builds one screen: a header, a body, and a footer pinned to the
// bottom. Lines are cut to the width, so nothing ever wraps by accident.
type Layout struct {
	W, H   int
	Head   []string
	Body   []string
	Foot   []string
	Center bool // centre the body vertically
	// fits marks body lines known to fit the width, whose width need not
	// be measured again (the presenter's block digits: long lines, costly
	// to measure, whose width is known by construction).
	fits []bool
}

// Add appends lines to the body.
func (p *Layout) Add(lines ...string) { p.Body = append(p.Body, lines...) }

// AddFitted adds lines the caller knows are no wider than the page.
func (p *Layout) AddFitted(lines ...string) {
	for len(p.fits) < len(p.Body) {
		p.fits = append(p.fits, false)
	}
	p.Body = append(p.Body, lines...)
	for range lines {
		p.fits = append(p.fits, true)
	}
}

// Room is how many body lines fit between the header and the footer.
func (p *Layout) Room() int { return p.H - len(p.Head) - len(p.Foot) }

func (p *Layout) String() string {
	var b strings.Builder
	b.Grow(p.W * p.H * 2)
	n := 0
	write := func(s string, fits bool) {
		if n > 0 {
			b.WriteByte('\n')
		}
		// A line of no more bytes than cells cannot be too wide.
		if !fits && len(s) > p.W && ansi.StringWidth(s) > p.W {
			s = ansi.Truncate(s, p.W, "…")
		}
		b.WriteString(s)
		n++
	}
	put := func(s string) { write(s, false) }
	room := p.Room()
	body := p.Body
	if len(body) > room {
		body = body[:max(0, room)]
	}
	for _, s := range p.Head {
		if n < p.H {
			put(s)
		}
	}
	gap := room - len(body)
	top := 0
	if p.Center {
		top = gap / 2
	}
	for range top {
		put("")
	}
	for i, s := range body {
		write(s, i < len(p.fits) && p.fits[i])
	}
	for range gap - top {
		put("")
	}
	for _, s := range p.Foot {
		if n < p.H {
			put(s)
		}
	}
	return b.String()
}

// NewLayout starts a screen with circle's header: the app's name and the
// screen's title, over a rule.
func (c *Context) NewLayout(title string) *Layout {
	w, h := c.Size()
	p := &Layout{W: w, H: h}
	p.Head = []string{
		" " + c.Styles.Title.Render(c.Cat.T(catalog.AppName)) + c.Styles.Muted.Render(" · "+title),
		c.Styles.Rule.Render(strings.Repeat("─", w)),
	}
	return p
}

// Spread puts left and right on one line of width w; right goes when both
// do not fit.
func Spread(left, right string, w int) string {
	lw, rw := ansi.StringWidth(left), ansi.StringWidth(right)
	if lw+rw+1 > w {
		return left
	}
	return left + strings.Repeat(" ", w-lw-rw) + right
}

// Center pads s to stand in the middle of width w.
func Center(s string, w int) string {
	sw := ansi.StringWidth(s)
	if sw >= w {
		return s
	}
	return strings.Repeat(" ", (w-sw)/2) + s
}

// Wrap breaks text into lines of at most w cells, each indented by pad.
// It breaks at spaces, never at a hyphen (a word longer than the line is
// cut where it must be): "circle rules export --group" must not become
// "-- group", nor "self-help" a line ending in "self-".
func Wrap(text string, w int, pad string) []string {
	text = strings.ReplaceAll(text, "-", noBreakHyphen)
	wrapped := strings.ReplaceAll(ansi.Wrap(text, max(10, w-len(pad)), ""), noBreakHyphen, "-")
	lines := strings.Split(wrapped, "\n")
	for i := range lines {
		lines[i] = pad + lines[i]
	}
	return lines
}

// noBreakHyphen stands for a hyphen while text is wrapped: ansi.Wrap
// breaks at every hyphen.
const noBreakHyphen = "\u2011"

// PadRight pads s with spaces to w cells.
func PadRight(s string, w int) string {
	if n := ansi.StringWidth(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

// Labelled renders "Label  text" with the text wrapped under itself.
func (c *Context) Labelled(label, text string, w int) []string {
	const lw = 9
	lines := Wrap(text, w, strings.Repeat(" ", lw+1))
	lines[0] = " " + c.Styles.Label.Render(PadRight(label, lw)) + lines[0][lw+1:]
	return lines
}

// Clock formats a duration as m:ss, or h:mm:ss from an hour up. It is the
// one rounding rule of every time circle shows: whole seconds passed, never
// rounded up, so a plan, a turn and a question about it agree.
func Clock(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	s := int(d / time.Second)
	h, m := s/3600, s/60%60
	s %= 60
	buf := make([]byte, 0, 8)
	if h > 0 {
		buf = appendInt(buf, h)
		buf = append(buf, ':')
		buf = append(buf, byte('0'+m/10), byte('0'+m%10))
	} else {
		buf = appendInt(buf, m)
	}
	buf = append(buf, ':', byte('0'+s/10), byte('0'+s%10))
	return string(buf)
}

func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, byte('0'+n%10))
}

// MinutesText says a duration in whole minutes, at least one, rounded up:
// it says how much is missing, where a minute short is still a minute.
func MinutesText(cat *catalog.Catalog, d time.Duration) string {
	n := int((d + time.Minute - 1) / time.Minute)
	return cat.N(catalog.Minutes, max(1, n))
}

// AgoText says how long ago something happened in whole minutes passed,
// never rounded up; under a minute it is "moments".
func AgoText(cat *catalog.Catalog, d time.Duration) string {
	if d < time.Minute {
		return cat.T(catalog.ResumeMoments)
	}
	return cat.N(catalog.Minutes, int(d/time.Minute))
}

// Duration is a length of time as this mode gives it: m:ss on a screen
// (Clock), in words in the line mode (DurationWords), where a screen reader
// would read "9:40" as a time of day.
func (c *Context) Duration(d time.Duration) string {
	if c.LineMode {
		return DurationWords(c.Cat, d)
	}
	return Clock(d)
}

// DurationWords says a planned length in words, by the one rounding rule
// of the screen (whole seconds, never rounded up): seconds under a minute
// and a half, minutes and seconds under ten minutes, whole minutes from
// there, so "about 32:39" on screen is said "32 minutes", never 33.
func DurationWords(cat *catalog.Catalog, d time.Duration) string {
	d = d.Abs()
	secs := int(d / time.Second)
	m, s := secs/60, secs%60
	switch {
	case d < 90*time.Second && (s != 0 || m == 0):
		return cat.N(catalog.Seconds, secs)
	case m >= 10 || s == 0:
		return cat.N(catalog.Minutes, m)
	}
	return cat.F(catalog.DurationMinSec, cat.N(catalog.Minutes, m), cat.N(catalog.Seconds, s))
}
