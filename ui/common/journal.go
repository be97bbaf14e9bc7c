package common

import (
	"errors"
	"io/fs"
	"syscall"
	"time"

	"circle/session"
	"circle/store"
	"circle/ui/catalog"
)

// RetryEvery is how often writing to a failing data file is tried again.
const RetryEvery = 5 * time.Second

// Journal keeps a meeting's events on disk as they happen: an event the
// engine accepted is written before the screen shows its effect. When the
// data file fails (read-only, disk full), the meeting goes on in memory;
// the events wait in order and are written as soon as the file takes them.
type Journal struct {
	Store   Store
	Written int             // events on disk; the first is the meeting's begin
	pending []session.Event // accepted by the engine, not yet on disk
	// ticks are the numbers (from 1) of the rule ticks since the last
	// event of another kind, by rule: a tick of the same rule again
	// replaces its event, so ticking to and fro cannot fill the file
	// (each tick only sets its rule, so the meeting replays the same).
	ticks   map[int]int
	replace []replacement // written events to be stored again, changed
	err     error         // why pending is not empty
	retryAt time.Time
	// kept is why the finished meeting's times of day are still in the
	// data file (store.ErrScrub): the record is saved, but the user must
	// be told.
	kept error
}

// ErrNoStore is the failure of a meeting run without a usable data file.
var ErrNoStore = errors.New("ui: no writable data file")

// replacement is event number n, to be stored again as e.
type replacement struct {
	n int
	e session.Event
}

// Record keeps e: on disk at once if the file takes it.
func (j *Journal) Record(e session.Event, now time.Time) {
	if e.Kind != session.EvTick {
		j.ticks = nil
	} else if n, ok := j.ticks[e.Rule]; ok {
		if i := n - j.Written - 1; i >= 0 {
			j.pending[i] = e
		} else {
			j.replace = append(j.replace, replacement{n, e})
		}
		j.Flush(now, true)
		return
	}
	j.pending = append(j.pending, e)
	if e.Kind == session.EvTick {
		if j.ticks == nil {
			j.ticks = map[int]int{}
		}
		j.ticks[e.Rule] = j.Written + len(j.pending)
	}
	j.Flush(now, true)
}

// Flush writes the pending events, in order, stopping at the first
// failure. Unless forced it waits for the retry time after a failure.
func (j *Journal) Flush(now time.Time, force bool) {
	if len(j.pending)+len(j.replace) == 0 || (!force && now.Before(j.retryAt)) {
		return
	}
	for len(j.replace) > 0 {
		var err error = ErrNoStore
		if j.Store != nil {
			err = j.Store.PutEvent(j.replace[0].n, j.replace[0].e)
		}
		if err != nil {
			j.err, j.retryAt = err, now.Add(RetryEvery)
			return
		}
		j.replace = j.replace[1:]
	}
	for len(j.pending) > 0 {
		var err error
		switch {
		case j.Store == nil:
			err = ErrNoStore
		case j.Written == 0:
			err = j.Store.StartMeeting(j.pending[0])
		default:
			err = j.Store.PutEvent(j.Written+1, j.pending[0])
		}
		if err != nil {
			j.err, j.retryAt = err, now.Add(RetryEvery)
			return
		}
		j.Written++
		j.pending = j.pending[1:]
	}
	j.err = nil
}

// Failing reports why the meeting is not being saved, if it is not.
func (j *Journal) Failing() error {
	if len(j.pending)+len(j.replace) == 0 {
		return nil
	}
	return j.err
}

// EndHere ends the meeting in the data file once its log is saved in
// another: so it is not offered again, and never saved twice.
func (j *Journal) EndHere() error {
	if j.Store == nil || j.Written == 0 {
		return nil // nothing of it is in the data file
	}
	err := j.Store.EndActive()
	if errors.Is(err, store.ErrNoActive) || errors.Is(err, store.ErrScrub) {
		// Already ended; or ended, with only the wiping of old pages
		// failed, which the next finished meeting does again.
		return nil
	}
	return err
}

// Finish turns the meeting into a history record.
func (j *Journal) Finish(l session.Log) error {
	if j.Store == nil {
		return ErrNoStore
	}
	err := j.Store.FinishMeeting(l)
	if errors.Is(err, store.ErrScrub) {
		// The record is saved; only the cleaning of old pages failed.
		j.kept = err
		return nil
	}
	return err
}

// FailureKind sorts a write failure into what the screen can say of it.
func FailureKind(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrNoStore):
		return "none"
	case errors.Is(err, store.ErrLocked):
		return "locked"
	case errors.Is(err, store.ErrFull):
		return "cap"
	case errors.Is(err, store.ErrTooManyEvents):
		return "events"
	case errors.Is(err, syscall.ENOSPC):
		return "full"
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS), errors.Is(err, store.ErrReadOnly):
		return "readonly"
	}
	return "other"
}

// Pending is how many accepted events wait to be written.
func (j *Journal) Pending() int { return len(j.pending) }

// Kept is why the finished meeting's times of day are still in the data
// file, if they are.
func (j *Journal) Kept() error { return j.kept }

// FailureText says in words why the data file failed.
func FailureText(cat *catalog.Catalog, err error) string {
	switch FailureKind(err) {
	case "none":
		return cat.T(catalog.FailNoFile)
	case "full":
		return cat.T(catalog.FailFull)
	case "cap":
		return cat.T(catalog.FailCap)
	case "events":
		return cat.T(catalog.FailEvents)
	case "readonly":
		return cat.T(catalog.FailReadOnly)
	case "locked":
		return cat.T(catalog.FailLocked)
	}
	return cat.T(catalog.FailOther)
}
