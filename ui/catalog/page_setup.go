package catalog

// The words the setup page added when ui/ became pages: its keys, then
// their English and Bokmål.
const (
	// SetupShortBy opens the warning of a plan that does not fit.
	SetupShortBy Key = "setup.short_by"
	// SetupMore is the minutes a longer meeting would need (plural).
	SetupMore Key = "setup.more"
	// What would make the plan fit.
	SetupFitBoth   Key = "setup.fit_both"
	SetupFitLonger Key = "setup.fit_longer"
	SetupFitPlain  Key = "setup.fit_plain"
	SetupFitNone   Key = "setup.fit_none"
	// SetupErrNamesN says there are more names than people, with plural forms.
	SetupErrNamesN Key = "setup.err_names_n"
	// The line mode's format question, with all three formats, and what
	// can be typed at each question (for ?).
	SetupAskFormat Key = "setup.ask_format"
	SetupErrFormat Key = "setup.err_format"
	// SetupRefused is a refused answer of the line mode: what was typed,
	// then what is wrong with it.
	SetupRefused      Key = "setup.refused"
	SetupTypingNumber Key = "setup.typing_number"
	SetupTypingNames  Key = "setup.typing_names"
	SetupTypingFormat Key = "setup.typing_format"
)

var enSetup = map[Key]string{
	SetupShortBy:              "This plan does not fit: it is %s short.",
	SetupMore + "#one":        "%d more minute",
	SetupMore + "#other":      "%d more minutes",
	SetupFitBoth:              "It fits with %s, or as a plain round.",
	SetupFitLonger:            "It fits with %s.",
	SetupFitPlain:             "It fits as a plain round.",
	SetupFitNone:              "It fits with fewer people per circle; during the meeting you can also shorten the reactions.",
	SetupErrNamesN + "#one":   "There is %d name for %d people. Remove a name, or count the people again.",
	SetupErrNamesN + "#other": "There are %d names for %d people. Remove a name, or count the people again.",
	SetupAskFormat:            "%[1]s: type c for a circle of sharing, p for a plain round or o for an open floor, then enter. Enter keeps %[2]s and starts the meeting.",
	SetupErrFormat:            "Type c, p or o.",
	SetupRefused:              "You typed %[1]s. %[2]s",
	SetupTypingNumber:         "Type a number and enter. Enter alone keeps %s. q leaves the setup.",
	SetupTypingNames:          "Type the names, separated by commas, and enter. Enter alone keeps what is there. q leaves the setup.",
	SetupTypingFormat:         "c: a circle of sharing; p: a plain round; o: an open floor; then enter, which starts the meeting. Enter alone keeps %s. q leaves the setup.",
}

var nbSetup = map[Key]string{
	SetupShortBy:              "Denne planen går ikke opp: det mangler %s.",
	SetupMore + "#one":        "%d minutt til",
	SetupMore + "#other":      "%d minutter til",
	SetupFitBoth:              "Den går opp med %s, eller som enkel runde.",
	SetupFitLonger:            "Den går opp med %s.",
	SetupFitPlain:             "Den går opp som enkel runde.",
	SetupFitNone:              "Den går opp med færre personer i hver runde. Underveis i møtet kan dere også gjøre responsen kortere.",
	SetupErrNamesN + "#one":   "Det er %d navn til %d personer. Fjern et navn, eller tell opp på nytt.",
	SetupErrNamesN + "#other": "Det er %d navn til %d personer. Fjern et navn, eller tell opp på nytt.",
	SetupAskFormat:            "%[1]s: skriv c for deling med respons, p for enkel runde eller o for fritt ord, og trykk enter. Enter beholder %[2]s og starter møtet.",
	SetupErrFormat:            "Skriv c, p eller o.",
	SetupRefused:              "Du skrev %[1]s. %[2]s",
	SetupTypingNumber:         "Skriv et tall og trykk enter. Enter alene beholder %s. q går ut av oppsettet.",
	SetupTypingNames:          "Skriv navnene med komma mellom og trykk enter. Enter alene beholder det som står der. q går ut av oppsettet.",
	SetupTypingFormat:         "c: deling med respons; p: enkel runde; o: fritt ord; trykk så enter, som starter møtet. Enter alene beholder %s. q går ut av oppsettet.",
}
