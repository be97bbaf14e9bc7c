package main

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"circle/session"
	"circle/store"
	"circle/store/synth"
)

// centre is a data file of 10,000 meetings of 20 groups, made once.
var centre struct {
	sync.Once
	path string
	err  error
}

func centreFile(b *testing.B) string {
	b.Helper()
	centre.Do(func() {
		dir, err := os.MkdirTemp("", "circle-export-bench")
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
	return centre.path
}

// BenchmarkExportAll10000 is circle export of every meeting of a
// centre's decade, in each format, to a file.
func BenchmarkExportAll10000(b *testing.B) {
	db := centreFile(b)
	for _, format := range [][]string{{"csv"}, {"csv", "--turns"}, {"json"}, {"md"}} {
		b.Run(format[0]+map[bool]string{true: "-turns"}[len(format) > 1], func(b *testing.B) {
			out := filepath.Join(b.TempDir(), "export")
			null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
			if err != nil {
				b.Fatal(err)
			}
			defer null.Close()
			args := append([]string{"export", "--db", db, "--out", out, "--format"}, format...)
			for b.Loop() {
				os.Remove(out)
				if code := run(args, null, null, null); code != exitOK {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}
