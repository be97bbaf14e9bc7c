package catalog

// The words the summary page added when ui/ became pages: its keys, then
// their English and Bokmål.
const (
// (none yet)
)

var enSummary = map[Key]string{}

var nbSummary = map[Key]string{}
