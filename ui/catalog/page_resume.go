package catalog

// The words the resume page added when ui/ became pages: its keys, then
// their English and Bokmål.
const (
// (none yet)
)

var enResume = map[Key]string{}

var nbResume = map[Key]string{}
