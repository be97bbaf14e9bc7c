package meeting

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"circle/ui/catalog"
	"circle/ui/common"
)

// openBody is the open floor: who has the floor, the time left for it, and
// a quiet tally of talk time per seat, so the facilitator can invite those
// not heard yet. Only the per-seat totals are ever logged.
func (p *Page) openBody(l *common.Layout) {
	c, st, w := p.c, p.st, l.W
	cat := c.Cat
	l.Add(common.Center(c.Styles.Speaker.Render(cat.T(catalog.OpenTitle)), w))
	if st.Floor > 0 && st.Floor <= len(st.Tally) {
		l.Add(common.Center(cat.F(catalog.OpenHas, p.seat(st.Floor), common.Clock(st.Tally[st.Floor-1])), w))
	} else {
		l.Add(common.Center(c.Styles.Muted.Render(cat.T(catalog.OpenNobody)), w))
	}
	l.Add(common.Center(c.Styles.Digits.Render(cat.F(catalog.OpenLeft, common.Clock(max(0, st.FloorLeft)))), w), "")

	var most time.Duration
	nameW := 0
	for i, d := range st.Tally {
		most = max(most, d)
		nameW = max(nameW, min(24, ansi.StringWidth(p.seat(i+1))))
	}
	barW := max(4, min(30, w-nameW-20))
	pad := strings.Repeat(" ", max(0, (w-(5+nameW+2+barW+2+8))/2))
	for i, d := range st.Tally {
		keyLabel := common.PadRight(floorKeyLabel(i+1), 3)
		name := common.PadRight(ansi.Truncate(p.seat(i+1), nameW, "…"), nameW)
		n := 0
		if most > 0 {
			n = int(int64(barW) * int64(d) / int64(most))
		}
		value := common.Clock(d)
		if d == 0 {
			value = cat.T(catalog.OpenNotYet)
		}
		if i+1 == st.Floor {
			name = c.Styles.Selected.Render(name)
		}
		l.Add(pad + c.Styles.Key.Render(keyLabel) + name + "  " + c.Styles.Muted.Render(strings.Repeat("▇", n)+strings.Repeat(" ", barW-n)) + "  " + value)
	}
}
