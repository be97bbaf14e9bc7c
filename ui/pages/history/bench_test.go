package history

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/muesli/termenv"

	"circle/session"
	"circle/store"
	"circle/store/synth"
	"circle/ui/catalog"
	"circle/ui/internal/uitest"
)

// centre is a data file of a municipal centre: 10,000 meetings of 20
// groups, ten years of weekly meetings, made once per test process.
var centre struct {
	sync.Once
	path string
	err  error
}

func centreStore(b *testing.B) (*store.Store, store.Group) {
	b.Helper()
	centre.Do(func() {
		dir, err := mkdirTemp()
		if err != nil {
			centre.err = err
			return
		}
		centre.path = filepath.Join(dir, "centre.db")
		st, err := store.Open(centre.path)
		if err != nil {
			centre.err = err
			return
		}
		defer st.Close()
		centre.err = synth.Fill(10_000, 20, time.Date(2016, 1, 4, 0, 0, 0, 0, time.UTC), 1,
			func(g synth.Group) (uint64, error) {
				return st.CreateGroup(store.Group{Name: g.Name, Rules: g.Rules, Created: g.Created})
			},
			func(logs []session.Log) error { return st.SaveMeetings(logs) })
	})
	if centre.err != nil {
		b.Fatal(centre.err)
	}
	st, err := store.OpenReadOnly(centre.path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	gs, err := st.Groups()
	if err != nil || len(gs) != 20 {
		b.Fatalf("%d groups, %v", len(gs), err)
	}
	return st, gs[0]
}

func centrePage(b *testing.B, w, h int) (*Page, func() *Page) {
	st, g := centreStore(b)
	c := uitest.Context(catalog.English, false, termenv.Ascii, w, h, uitest.At(today))
	c.Store = st
	return New(c, g), func() *Page { return New(c, g) }
}

// BenchmarkCentreFirstPaint is opening a group's history in a centre's
// file: its 500 meetings read, the list drawn.
func BenchmarkCentreFirstPaint(b *testing.B) {
	_, open := centrePage(b, 80, 24)
	for b.Loop() {
		p := open()
		if len(p.logs) != 500 {
			b.Fatalf("%d meetings", len(p.logs))
		}
		_ = p.View()
	}
}

// BenchmarkCentreScroll is a page down through the list, drawn.
func BenchmarkCentreScroll(b *testing.B) {
	p, _ := centrePage(b, 80, 24)
	for b.Loop() {
		if p.at >= len(p.logs)-30 {
			p.at = 0
		}
		p.Update(uitest.Key("pgdown"))
		_ = p.View()
	}
}

// BenchmarkCentreTrends is the trends of the last 52 meetings, computed
// and drawn on a large screen.
func BenchmarkCentreTrends(b *testing.B) {
	p, _ := centrePage(b, 160, 48)
	press(p, "t", "tab")
	for b.Loop() {
		_ = p.View()
	}
}

// BenchmarkCentreDetail is a meeting's detail drawn.
func BenchmarkCentreDetail(b *testing.B) {
	p, _ := centrePage(b, 160, 48)
	press(p, "enter")
	for b.Loop() {
		_ = p.View()
	}
}

func mkdirTemp() (string, error) { return os.MkdirTemp("", "circle-history-bench") }
