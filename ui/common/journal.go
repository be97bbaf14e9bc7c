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
	err     error           // why pending is not empty
	retryAt time.Time
	// kept is why the finished meeting's times of day are still in the
	// data file (store.ErrScrub): the record is saved, but the user must
	// be told.
	kept error
}

// ErrNoStore is the failure of a meeting run without a usable data file.
var ErrNoStore = errors.New("ui: no writable data file")

// Record keeps e: on disk at once if the file takes it.
func (j *Journal) Record(e session.Event, now time.Time) {
	j.pending = append(j.pending, e)
	j.Flush(now, true)
}

// Flush writes the pending events, in order, stopping at the first
// failure. Unless forced it waits for the retry time after a failure.
func (j *Journal) Flush(now time.Time, force bool) {
	if len(j.pending) == 0 || (!force && now.Before(j.retryAt)) {
		return
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
	if len(j.pending) == 0 {
		return nil
	}
	return j.err
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
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, store.ErrFull):
		return "full"
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS), errors.Is(err, store.ErrReadOnly):
		return "readonly"
	}
	return "other"
}

// Pending is how many accepted events wait to be written.
func (j *Journal) Pending() int { return len(j.pending) }

// FailureText says in words why the data file failed.
func FailureText(cat *catalog.Catalog, err error) string {
	switch FailureKind(err) {
	case "none":
		return cat.T(catalog.FailNoFile)
	case "full":
		return cat.T(catalog.FailFull)
	case "readonly":
		return cat.T(catalog.FailReadOnly)
	case "locked":
		return cat.T(catalog.FailLocked)
	}
	return cat.T(catalog.FailOther)
}

// Kept is why the finished meeting's times of day are still in the data
// file, if they are.
func (j *Journal) Kept() error { return j.kept }
