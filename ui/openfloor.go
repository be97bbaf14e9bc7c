package ui

import (
	"strings"
	"time"

	"circle/ui/catalog"
)

// openBody is the open floor: who has the floor, the time left for it, and
// a quiet tally of talk time per seat, so the facilitator can invite those
// not heard yet. Only the per-seat totals are ever logged.
func (s *meetingScreen) openBody(p *page) {
	c, st, w := s.c, s.st, p.w
	cat := c.cat
	p.add(center(c.st.speaker.Render(cat.T(catalog.OpenTitle)), w))
	if st.Floor > 0 && st.Floor <= len(st.Tally) {
		p.add(center(cat.F(catalog.OpenHas, s.seat(st.Floor), clock(st.Tally[st.Floor-1])), w))
	} else {
		p.add(center(c.st.muted.Render(cat.T(catalog.OpenNobody)), w))
	}
	p.add(center(c.st.digits.Render(cat.F(catalog.OpenLeft, clock(max(0, st.FloorLeft)))), w), "")

	var most time.Duration
	nameW := 0
	for i, d := range st.Tally {
		most = max(most, d)
		nameW = max(nameW, min(24, len([]rune(s.seat(i+1)))))
	}
	barW := max(4, min(30, w-nameW-20))
	pad := strings.Repeat(" ", max(0, (w-(5+nameW+2+barW+2+8))/2))
	for i, d := range st.Tally {
		keyLabel := padRight(floorKeyLabel(i+1), 3)
		name := padRight(s.seat(i+1), nameW)
		n := 0
		if most > 0 {
			n = int(int64(barW) * int64(d) / int64(most))
		}
		value := clock(d)
		if d == 0 {
			value = cat.T(catalog.OpenNotYet)
		}
		line := pad + c.st.key.Render(keyLabel) + name + "  " + c.st.muted.Render(strings.Repeat("▇", n)+strings.Repeat(" ", barW-n)) + "  " + value
		if i+1 == st.Floor {
			line = pad + c.st.key.Render(keyLabel) + c.st.selected.Render(name) + "  " + c.st.muted.Render(strings.Repeat("▇", n)+strings.Repeat(" ", barW-n)) + "  " + value
		}
		p.add(line)
	}
}
