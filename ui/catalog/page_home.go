package catalog

// The words the home page added when ui/ became pages: its keys, then
// their English and Bokmål.
const (
// (none yet)
)

var enHome = map[Key]string{}

var nbHome = map[Key]string{}
