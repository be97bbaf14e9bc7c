package catalog

// The words the group page added when ui/ became pages: its keys, then
// their English and Bokmål.
const (
// (none yet)
)

var enGroup = map[Key]string{}

var nbGroup = map[Key]string{}
