// Command synth makes a realistic circle data file, for measuring the
// store at a municipal centre's scale:
//
//	go run ./.ci/synth -meetings 10000 -groups 20 -db /tmp/centre.db
//
// It plays every meeting through the session engine (see circle/store/synth)
// and saves it with the store's public API, as the app would have.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"circle/session"
	"circle/store"
	"circle/store/synth"
)

func main() {
	meetings := flag.Int("meetings", 1000, "how many meetings")
	groups := flag.Int("groups", 20, "how many groups share the file")
	db := flag.String("db", "", "the data file to make (must not exist)")
	seed := flag.Uint64("seed", 1, "the random seed; the same seed makes the same file")
	first := flag.String("from", "2016-01-04", "the day of the first meeting")
	flag.Parse()
	if err := run(*db, *meetings, *groups, *seed, *first); err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(1)
	}
}

func run(path string, meetings, groups int, seed uint64, from string) error {
	if path == "" || meetings < 0 || groups < 1 {
		return fmt.Errorf("usage: synth -meetings N -groups G -db FILE")
	}
	day, err := time.Parse(time.DateOnly, from)
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s exists; synth makes a new file", path)
	}
	st, err := store.Open(path)
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := Fill(st, meetings, groups, seed, day)
	if err != nil {
		return err
	}
	if err := st.Close(); err != nil {
		return err
	}
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	fmt.Printf("%s: %d meetings of %d groups, %d bytes (%.0f bytes a meeting)\n",
		path, n, groups, fi.Size(), float64(fi.Size())/float64(max(n, 1)))
	return nil
}

// Fill creates the groups and saves the meetings, a batch per transaction.
func Fill(st *store.Store, meetings, groups int, seed uint64, first time.Time) (int, error) {
	ids := make([]uint64, groups)
	for i, g := range synth.Groups(groups, first.AddDate(0, 0, -7)) {
		id, err := st.CreateGroup(store.Group{Name: g.Name, Rules: g.Rules, Created: g.Created})
		if err != nil {
			return 0, err
		}
		ids[i] = id
	}
	var batch []session.Log
	saved := 0
	flush := func() error {
		if err := st.SaveMeetings(batch); err != nil {
			return err
		}
		saved += len(batch)
		batch = batch[:0]
		return nil
	}
	err := synth.Meetings(meetings, groups, first, seed, func(m synth.Meeting) error {
		m.Log.Group = ids[m.Group]
		batch = append(batch, m.Log)
		if len(batch) == 500 {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	return saved, err
}
