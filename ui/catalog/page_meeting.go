package catalog

// The words the meeting page added when ui/ became pages: its keys, then
// their English and Bokmål.
const (
// (none yet)
)

var enMeeting = map[Key]string{}

var nbMeeting = map[Key]string{}
