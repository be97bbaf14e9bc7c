package store

import bolt "go.etcd.io/bbolt"

// What the tests, in package store_test, may see of the store's inside:
// the tests use the store as its callers do, and these only where they
// check what no caller can see.

const (
	RecordV1       = recordV1
	FlagRoom       = flagRoom
	RenameOverOpen = renameOverOpen
	ScrubSuffix    = scrubSuffix
)

var (
	Active         = active
	AppendQuoted   = appendQuoted
	BackupSchema   = backup
	CheckGroup     = checkGroup
	DecodeEvent    = decodeEvent
	DecodeGroup    = decodeGroup
	DecodeLog      = decodeLog
	DecodeRecord   = decodeRecord
	DecodeSummary  = decodeSummary
	DefaultPathFor = defaultPath
	EachMeetingOf  = eachMeetingOf
	EncodeRecord   = encodeRecord
	EventKey       = eventKey
	GroupKey       = groupKey
	MeetingKey     = meetingKey
	NewestTx       = newestTx
	Snapshot       = snapshot
	WriteErr       = writeErr

	CountsBucket    = countsBucket
	GroupsBucket    = groupsBucket
	ItemsBucket     = itemsBucket
	MeetingsBucket  = meetingsBucket
	MetaBucket      = metaBucket
	NotesBucket     = notesBucket
	NotesKey        = notesKey
	PracticesBucket = practicesBucket
	SeenKey         = seenKey
	SoloBucket      = soloBucket
	Migrations      = migrations
)

// Buckets is the table of top-level buckets, with the schema each
// arrived in.
var Buckets = func() []struct {
	Name  []byte
	Since int
} {
	var bs []struct {
		Name  []byte
		Since int
	}
	for _, b := range buckets {
		bs = append(bs, struct {
			Name  []byte
			Since int
		}{b.name, b.since})
	}
	return bs
}()

// LogHead is what eachMeetingOf decodes of a meeting.
type LogHead = logHead

// Reader takes a record apart (record.go).
type Reader = reader

func NewReader(b []byte) *Reader { return &reader{b: b} }
func (r *reader) Rest() []byte   { return r.b }
func (r *reader) Int() int       { return r.int() }
func (r *reader) Uvarint() uint64 {
	return r.uvarint()
}

func (s *Store) View(f func(tx *bolt.Tx) error) error   { return s.view(f) }
func (s *Store) Update(f func(tx *bolt.Tx) error) error { return s.update(f) }

func (o Options) WithDefaults() Options            { return o.withDefaults() }
func (o Options) Bolt(readOnly bool) *bolt.Options { return o.bolt(readOnly) }

// Unlocked reports whether the notebook holds its key.
func (nb *Notebook) Unlocked() bool { return nb.id != nil }

// OpenReadOnlyWith, BackupWith and RestoreWith are OpenReadOnly, Backup
// and Restore with options of their own, as OpenWith is Open.
func OpenReadOnlyWith(path string, opt Options) (*Store, error) { return openReadOnly(path, opt) }
func BackupWith(src, dst string, opt Options) (CopyInfo, error) { return backupWith(src, dst, opt) }
func RestoreWith(path, from string, opt Options) (string, CopyInfo, error) {
	return restoreWith(path, from, opt)
}
