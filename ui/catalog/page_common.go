package catalog

// The words every page shares, added when ui/ became pages: their keys,
// then their English and Bokmål.
const (
	AccessibleConfirm Key = "accessible.confirm"
	KeySpace          Key = "key.space"
	// A length said in minutes and seconds: "1 minute and 32 seconds".
	DurationMinSec Key = "duration.min.sec"
	// ctrl+z: circle steps aside for the shell until fg.
	HelpSuspend Key = "help.suspend"
	// The keys of the full help and of a text longer than its room.
	HelpLess   Key = "help.less"
	HelpScroll Key = "help.scroll"
	HelpPage   Key = "help.page"
)

var enCommon = map[Key]string{
	AccessibleConfirm: "Type y and enter for yes; anything else is no.",
	KeySpace:          "space",
	DurationMinSec:    "%s and %s",
	HelpSuspend:       "suspend (fg brings circle back)",
	HelpLess:          "fewer keys",
	HelpScroll:        "scroll",
	HelpPage:          "a page",
}

var nbCommon = map[Key]string{
	AccessibleConfirm: "Skriv j eller y og trykk Enter for ja; alt annet er nei.",
	KeySpace:          "mellomrom",
	DurationMinSec:    "%s og %s",
	HelpSuspend:       "sett på pause (fg henter circle tilbake)",
	HelpLess:          "færre taster",
	HelpScroll:        "bla",
	HelpPage:          "en side",
}
