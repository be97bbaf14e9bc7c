package catalog

// The words the summary page added when ui/ became pages: its keys, then
// their English and Bokmål.
const (
	// SummaryMinutesOf says the minutes spoken, with plural forms: minutes spoken
	// of minutes planned.
	SummaryMinutesOf Key = "summary.minutes_of"
	// SummaryMinutesOfExtended is SummaryMinutesOf for a meeting whose
	// plan was extended: minutes spoken, planned at the end, at first.
	SummaryMinutesOfExtended Key = "summary.minutes_of_extended"
	// The turns by kind, each with its plural, in SummaryTurnList.
	SummaryTurnList  Key = "summary.turn_list"
	SummaryCheckIns  Key = "summary.checkins"
	SummaryShares    Key = "summary.shares"
	SummaryReactions Key = "summary.reactions"
	SummaryCheckOuts Key = "summary.checkouts"
	// SummarySeatsSpoke says how many seats spoke on the open floor, with plural forms.
	SummarySeatsSpoke Key = "summary.seats_spoke"
	// SummaryElsewhereAt says where enter alone saves the log.
	SummaryElsewhereAt Key = "summary.elsewhere_at"
	// SummaryTyping says what can be typed on the summary, saved or not.
	SummaryTyping        Key = "summary.typing"
	SummaryTypingUnsaved Key = "summary.typing_unsaved"
)

var enSummary = map[Key]string{
	SummaryMinutesOf + "#one":           "%d minute of %d planned.",
	SummaryMinutesOf + "#other":         "%d minutes of %d planned.",
	SummaryMinutesOfExtended + "#one":   "%d minute of %d planned (extended from %d).",
	SummaryMinutesOfExtended + "#other": "%d minutes of %d planned (extended from %d).",
	SummaryTurnList:                     "Turns: %s, %s, %s, %s.",
	SummaryCheckIns + "#one":            "%d check-in",
	SummaryCheckIns + "#other":          "%d check-ins",
	SummaryShares + "#one":              "%d share",
	SummaryShares + "#other":            "%d shares",
	SummaryReactions + "#one":           "%d reaction",
	SummaryReactions + "#other":         "%d reactions",
	SummaryCheckOuts + "#one":           "%d check-out",
	SummaryCheckOuts + "#other":         "%d check-outs",
	SummarySeatsSpoke + "#one":          "Open floor: %[2]d of %[1]d seat spoke.",
	SummarySeatsSpoke + "#other":        "Open floor: %[2]d of %[1]d seats spoke.",
	SummaryElsewhereAt:                  "Enter alone saves it in %s.",
	SummaryTyping:                       "Enter: home. q: quit.",
	SummaryTypingUnsaved:                "Type the path of another file and enter to save the log there; enter alone saves it in %s. r: try the data file again. q: quit without the log saved (asks first).",
}

var nbSummary = map[Key]string{
	SummaryMinutesOf + "#one":           "%d minutt av %d planlagte.",
	SummaryMinutesOf + "#other":         "%d minutter av %d planlagte.",
	SummaryMinutesOfExtended + "#one":   "%d minutt av %d planlagte (forlenget fra %d).",
	SummaryMinutesOfExtended + "#other": "%d minutter av %d planlagte (forlenget fra %d).",
	SummaryTurnList:                     "Turer: %s, %s, %s, %s.",
	SummaryCheckIns + "#one":            "%d innsjekk",
	SummaryCheckIns + "#other":          "%d innsjekk",
	SummaryShares + "#one":              "%d deling",
	SummaryShares + "#other":            "%d delinger",
	SummaryReactions + "#one":           "%d respons",
	SummaryReactions + "#other":         "%d responser",
	SummaryCheckOuts + "#one":           "%d utsjekk",
	SummaryCheckOuts + "#other":         "%d utsjekk",
	SummarySeatsSpoke + "#one":          "Fritt ord: %[2]d av %[1]d plass sa noe.",
	SummarySeatsSpoke + "#other":        "Fritt ord: %[2]d av %[1]d plasser sa noe.",
	SummaryElsewhereAt:                  "Enter alene lagrer den i %s.",
	SummaryTyping:                       "Enter: til start. q: avslutt.",
	SummaryTypingUnsaved:                "Skriv banen til en annen fil og trykk enter for å lagre loggen der; enter alene lagrer den i %s. r: prøv datafilen igjen. q: avslutt uten at loggen er lagret (spør først).",
}
