package catalog

// The words the setup page added when ui/ became pages: its keys, then
// their English and Bokmål.
const (
// (none yet)
)

var enSetup = map[Key]string{}

var nbSetup = map[Key]string{}
