package ui

import (
	"errors"
	"io/fs"
	"syscall"
	"time"

	"circle/session"
	"circle/store"
)

// retryEvery is how often writing to a failing data file is tried again.
const retryEvery = 5 * time.Second

// journal keeps a meeting's events on disk as they happen: an event the
// engine accepted is written before the screen shows its effect. When the
// data file fails (read-only, disk full), the meeting goes on in memory;
// the events wait in order and are written as soon as the file takes them.
type journal struct {
	store   Store
	written int             // events on disk; the first is the meeting's begin
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

// errNoStore is the failure of a meeting run without a usable data file.
var errNoStore = errors.New("ui: no writable data file")

// replacement is event number n, to be stored again as e.
type replacement struct {
	n int
	e session.Event
}

// record keeps e: on disk at once if the file takes it.
func (j *journal) record(e session.Event, now time.Time) {
	if e.Kind != session.EvTick {
		j.ticks = nil
	} else if n, ok := j.ticks[e.Rule]; ok {
		if i := n - j.written - 1; i >= 0 {
			j.pending[i] = e
		} else {
			j.replace = append(j.replace, replacement{n, e})
		}
		j.flush(now, true)
		return
	}
	j.pending = append(j.pending, e)
	if e.Kind == session.EvTick {
		if j.ticks == nil {
			j.ticks = map[int]int{}
		}
		j.ticks[e.Rule] = j.written + len(j.pending)
	}
	j.flush(now, true)
}

// flush writes the pending events, in order, stopping at the first
// failure. Unless forced it waits for the retry time after a failure.
func (j *journal) flush(now time.Time, force bool) {
	if len(j.pending)+len(j.replace) == 0 || (!force && now.Before(j.retryAt)) {
		return
	}
	for len(j.replace) > 0 {
		var err error = errNoStore
		if j.store != nil {
			err = j.store.PutEvent(j.replace[0].n, j.replace[0].e)
		}
		if err != nil {
			j.err, j.retryAt = err, now.Add(retryEvery)
			return
		}
		j.replace = j.replace[1:]
	}
	for len(j.pending) > 0 {
		var err error
		switch {
		case j.store == nil:
			err = errNoStore
		case j.written == 0:
			err = j.store.StartMeeting(j.pending[0])
		default:
			err = j.store.PutEvent(j.written+1, j.pending[0])
		}
		if err != nil {
			j.err, j.retryAt = err, now.Add(retryEvery)
			return
		}
		j.written++
		j.pending = j.pending[1:]
	}
	j.err = nil
}

// failing reports why the meeting is not being saved, if it is not.
func (j *journal) failing() error {
	if len(j.pending)+len(j.replace) == 0 {
		return nil
	}
	return j.err
}

// endHere ends the meeting in the data file once its log is saved in
// another: so it is not offered again, and never saved twice.
func (j *journal) endHere() error {
	if j.store == nil || j.written == 0 {
		return nil // nothing of it is in the data file
	}
	err := j.store.EndActive()
	if errors.Is(err, store.ErrNoActive) || errors.Is(err, store.ErrScrub) {
		// Already ended; or ended, with only the wiping of old pages
		// failed, which the next finished meeting does again.
		return nil
	}
	return err
}

// finish turns the meeting into a history record.
func (j *journal) finish(l session.Log) error {
	if j.store == nil {
		return errNoStore
	}
	err := j.store.FinishMeeting(l)
	if errors.Is(err, store.ErrScrub) {
		// The record is saved; only the cleaning of old pages failed.
		j.kept = err
		return nil
	}
	return err
}

// failureKind sorts a write failure into what the screen can say of it.
func failureKind(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, errNoStore):
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
