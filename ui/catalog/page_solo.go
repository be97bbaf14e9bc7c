package catalog

// The words of solo practice: one person alone, a theme, its prompts, the
// speaking timer and the closing line; then `circle solo` and
// `circle history --solo`. Its keys, then their English and Bokmål.
const (
	SoloTitle        Key = "solo.title"
	SoloHeading      Key = "solo.heading"
	SoloIntro        Key = "solo.intro"
	SoloSurprise     Key = "solo.surprise"
	SoloMonth        Key = "solo.month"
	SoloPromptOf     Key = "solo.prompt.of"
	SoloSurprised    Key = "solo.surprised"
	SoloReadAloud    Key = "solo.read.aloud"
	SoloOwnPrompt    Key = "solo.own.prompt"
	SoloChooseLength Key = "solo.choose.length"
	SoloOwnLength    Key = "solo.own.length"
	SoloNoTimer      Key = "solo.no.timer"
	SoloOwnAsk       Key = "solo.own.ask"
	SoloOwnBad       Key = "solo.own.bad"
	SoloSpeaking     Key = "solo.speaking"
	SoloPaused       Key = "solo.paused"
	SoloClosingTitle Key = "solo.closing.title"
	SoloClosingLine  Key = "solo.closing.line"
	SoloClosingSpoke Key = "solo.closing.spoke"
	SoloClosingRead  Key = "solo.closing.read"
	SoloNotSaved     Key = "solo.not.saved"
	SoloNoFile       Key = "solo.no.file"
	SoloConfirmEnd   Key = "solo.confirm.end"
	SoloNotHere      Key = "solo.not.here"
	SoloBegins       Key = "solo.begins"
	SoloTimeUp       Key = "solo.time.up"
	SoloOver         Key = "solo.over"
	SoloGoOn         Key = "solo.go.on"
	SoloSayThemes    Key = "solo.say.themes"
	SoloSayTheme     Key = "solo.say.theme"
	SoloSayPrompt    Key = "solo.say.prompt"
	SoloSayLengths   Key = "solo.say.lengths"
	SoloTypeTheme    Key = "solo.type.theme"
	SoloTypePrompts  Key = "solo.type.prompts"
	SoloTypeLength   Key = "solo.type.length"
	SoloTypeTimer    Key = "solo.type.timer"
	SoloTypeClosing  Key = "solo.type.closing"

	HelpSolo       Key = "help.solo"
	HelpSoloNext   Key = "help.solo.next"
	HelpSoloPrev   Key = "help.solo.prev"
	HelpSoloTimer  Key = "help.solo.timer"
	HelpSoloChoose Key = "help.solo.choose"
	HelpSoloPause  Key = "help.solo.pause"
	HelpSoloGoOn   Key = "help.solo.go.on"
	HelpSoloFinish Key = "help.solo.finish"
	HelpSoloAgain  Key = "help.solo.again"
	HelpSoloHome   Key = "help.solo.home"

	// The study's eight themes, as the prompts name them (see SoloTheme).
	SoloThemeSoundingBoard Key = "solo.theme.sounding-board"
	SoloThemeManaging      Key = "solo.theme.managing"
	SoloThemeFeedback      Key = "solo.theme.feedback"
	SoloThemeNormalising   Key = "solo.theme.normalising"
	SoloThemePersonalHelp  Key = "solo.theme.personal-help"
	SoloThemePositives     Key = "solo.theme.positives"
	SoloThemeValued        Key = "solo.theme.valued"
	SoloThemeLeadership    Key = "solo.theme.leadership"

	CLISoloNone   Key = "cli.solo.none"
	CLISoloHeader Key = "cli.solo.header"
	CLISoloGroup  Key = "cli.solo.group"
	CLISoloTotal  Key = "cli.solo.total"
	SoloPractices Key = "solo.practices"
)

// SoloTheme is the key of the name of the theme with id (rules.Theme).
func SoloTheme(id string) Key { return Key("solo.theme." + id) }

var enSolo = map[Key]string{
	SoloTitle:            "solo practice",
	SoloHeading:          "Practise on your own",
	SoloIntro:            "Choose a theme, read its prompts, and say out loud what comes to you. Nothing you say is kept: only the date, the minutes and the theme are noted.",
	SoloSurprise:         "Surprise me",
	SoloMonth + "#one":   "%d practice this month",
	SoloMonth + "#other": "%d practices this month",
	SoloPromptOf:         "Prompt %[1]d of %[2]d",
	SoloSurprised:        "Surprise: %s",
	SoloReadAloud:        "Read it, take a breath, and say out loud what comes.",
	SoloOwnPrompt:        "Your group's own prompt",
	SoloChooseLength:     "How long do you want to speak?",
	SoloOwnLength:        "A length of my own",
	SoloNoTimer:          "No timer: finish here",
	SoloOwnAsk:           "Minutes, 1 to 60 (enter starts, esc goes back):",
	SoloOwnBad:           "“%s” is not a length: type a number of minutes from 1 to 60.",
	SoloSpeaking:         "Speaking practice",
	SoloPaused:           "Paused. The timer waits for you.",
	SoloClosingTitle:     "Well done",
	SoloClosingLine:      "Thank you for taking this time for yourself. What you practised here is yours to keep, and you can bring it to the group when you are ready.",
	SoloClosingSpoke:     "You spoke for %[1]s on “%[2]s”.",
	SoloClosingRead:      "You read the prompts of “%s”.",
	SoloNotSaved:         "This practice could not be noted in the solo log (%s). Nothing else changed.",
	SoloNoFile:           "There is no data file to write to: this practice is not noted.",
	SoloConfirmEnd:       "End the practice with %s left?",
	SoloNotHere:          "“%s” cannot be typed here.",
	SoloBegins:           "The timer runs: %s. Say it out loud, at your own pace.",
	SoloTimeUp:           "Time. No hurry: finish your thought.",
	SoloOver:             "%s over.",
	SoloGoOn:             "The timer runs again.",
	SoloSayThemes:        "The themes, by number:",
	SoloSayTheme:         "%[1]d. %[2]s.",
	SoloSayPrompt:        "Prompt %[1]d of %[2]d: %[3]s",
	SoloSayLengths:       "How long do you want to speak? 3, 5 or 10 minutes, or a length of your own.",
	SoloTypeTheme:        "Type a theme's number and enter, or enter alone to be surprised. n opens your private notes, q goes back, ? says this again.",
	SoloTypePrompts:      "Type enter or n for the next prompt, p for the previous one, t for the timer, f to finish without it, q for the themes.",
	SoloTypeLength:       "Type 3, 5 or 10 and enter, or your own number of minutes from 1 to 60. 0 finishes without the timer, q goes back.",
	SoloTypeTimer:        "Type enter to end the practice, p to pause or go on, v for big digits. The timer says one minute left, time, and each minute over.",
	SoloTypeClosing:      "Type enter to go home, or a to practise again.",

	HelpSolo:       "solo practice",
	HelpSoloNext:   "next prompt",
	HelpSoloPrev:   "previous",
	HelpSoloTimer:  "timer",
	HelpSoloChoose: "choose",
	HelpSoloPause:  "pause",
	HelpSoloGoOn:   "go on",
	HelpSoloFinish: "finish",
	HelpSoloAgain:  "again",
	HelpSoloHome:   "home",

	SoloThemeSoundingBoard: "A sounding board for emotions",
	SoloThemeManaging:      "Learning to manage my own circumstances",
	SoloThemeFeedback:      "Being open to feedback",
	SoloThemeNormalising:   "Normalising experiences",
	SoloThemePersonalHelp:  "Personalised help",
	SoloThemePositives:     "Connections that focus on positives",
	SoloThemeValued:        "Participation that makes me feel valued",
	SoloThemeLeadership:    "Leadership from within",

	CLISoloNone:              "No solo practice yet.",
	CLISoloHeader:            "date        minutes  theme                                    prompts",
	CLISoloGroup:             "--solo lists solo practice, which belongs to no group: use --group without --solo.",
	CLISoloTotal:             "%[1]s, %[2]s spoken.",
	SoloPractices + "#one":   "%d practice",
	SoloPractices + "#other": "%d practices",
}

var nbSolo = map[Key]string{
	SoloTitle:            "øving alene",
	SoloHeading:          "Øv på egen hånd",
	SoloIntro:            "Velg et tema, les spørsmålene, og si høyt det som kommer til deg. Ingenting av det du sier blir lagret: bare datoen, minuttene og temaet blir notert.",
	SoloSurprise:         "Overrask meg",
	SoloMonth + "#one":   "%d øvelse denne måneden",
	SoloMonth + "#other": "%d øvelser denne måneden",
	SoloPromptOf:         "Spørsmål %[1]d av %[2]d",
	SoloSurprised:        "Overraskelse: %s",
	SoloReadAloud:        "Les det, pust rolig, og si høyt det som kommer.",
	SoloOwnPrompt:        "Gruppas eget spørsmål",
	SoloChooseLength:     "Hvor lenge vil du snakke?",
	SoloOwnLength:        "Egen lengde",
	SoloNoTimer:          "Uten tidtaker: avslutt her",
	SoloOwnAsk:           "Minutter, 1 til 60 (enter starter, esc går tilbake):",
	SoloOwnBad:           "«%s» er ingen lengde: skriv et antall minutter fra 1 til 60.",
	SoloSpeaking:         "Snakkeøving",
	SoloPaused:           "Pause. Tidtakeren venter på deg.",
	SoloClosingTitle:     "Godt gjort",
	SoloClosingLine:      "Takk for at du tok deg denne tiden. Det du har øvd på her, er ditt, og du kan ta det med til gruppa når du er klar.",
	SoloClosingSpoke:     "Du snakket i %[1]s om «%[2]s».",
	SoloClosingRead:      "Du leste spørsmålene om «%s».",
	SoloNotSaved:         "Denne øvelsen kunne ikke noteres i loggen for øving alene (%s). Ingenting annet ble endret.",
	SoloNoFile:           "Det er ingen datafil å skrive til: denne øvelsen blir ikke notert.",
	SoloConfirmEnd:       "Avslutte øvelsen med %s igjen?",
	SoloNotHere:          "«%s» kan ikke skrives her.",
	SoloBegins:           "Tidtakeren går: %s. Si det høyt, i ditt eget tempo.",
	SoloTimeUp:           "Tiden er ute. Ingen hast: snakk deg ferdig.",
	SoloOver:             "%s over tiden.",
	SoloGoOn:             "Tidtakeren går igjen.",
	SoloSayThemes:        "Temaene, med nummer:",
	SoloSayTheme:         "%[1]d. %[2]s.",
	SoloSayPrompt:        "Spørsmål %[1]d av %[2]d: %[3]s",
	SoloSayLengths:       "Hvor lenge vil du snakke? 3, 5 eller 10 minutter, eller en egen lengde.",
	SoloTypeTheme:        "Skriv nummeret på et tema og trykk enter, eller bare enter for å bli overrasket. n åpner de private notatene, q går tilbake, ? sier dette igjen.",
	SoloTypePrompts:      "Trykk enter eller n for neste spørsmål, p for forrige, t for tidtakeren, f for å avslutte uten den, q for temaene.",
	SoloTypeLength:       "Skriv 3, 5 eller 10 og trykk enter, eller ditt eget antall minutter fra 1 til 60. 0 avslutter uten tidtaker, q går tilbake.",
	SoloTypeTimer:        "Trykk enter for å avslutte øvelsen, p for pause eller fortsett, v for store tall. Tidtakeren sier fra ett minutt før, når tiden er ute, og for hvert minutt over.",
	SoloTypeClosing:      "Trykk enter for å gå hjem, eller a for å øve en gang til.",

	HelpSolo:       "øve alene",
	HelpSoloNext:   "neste spørsmål",
	HelpSoloPrev:   "forrige",
	HelpSoloTimer:  "tidtaker",
	HelpSoloChoose: "velg",
	HelpSoloPause:  "ta pause",
	HelpSoloGoOn:   "fortsett",
	HelpSoloFinish: "avslutt",
	HelpSoloAgain:  "en gang til",
	HelpSoloHome:   "hjem",

	SoloThemeSoundingBoard: "Et sted å kjenne på følelser",
	SoloThemeManaging:      "Å lære å mestre egen situasjon",
	SoloThemeFeedback:      "Å være åpen for tilbakemeldinger",
	SoloThemeNormalising:   "Å oppleve at det er normalt",
	SoloThemePersonalHelp:  "Hjelp som passer for meg",
	SoloThemePositives:     "Fellesskap som ser det gode",
	SoloThemeValued:        "Å bety noe for de andre",
	SoloThemeLeadership:    "Å lede seg selv",

	CLISoloNone:              "Ingen øving alene ennå.",
	CLISoloHeader:            "dato        minutter tema                                     spørsmål",
	CLISoloGroup:             "--solo viser øving alene, som ikke hører til noen gruppe: bruk --group uten --solo.",
	CLISoloTotal:             "%[1]s, %[2]s snakket.",
	SoloPractices + "#one":   "%d øvelse",
	SoloPractices + "#other": "%d øvelser",
}
