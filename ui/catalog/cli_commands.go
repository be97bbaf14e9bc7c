package catalog

// The words of the command table (main.go): each command's summary, each
// option's help, the names of their values, and the frame of `circle help`
// and `circle man`. Usage lines are built from these by main, so a command
// added to the table is in the help, the man page and the completions.
const (
	CLIAbout        Key = "cli.about"
	CLIHelpUsage    Key = "cli.help.usage"
	CLIHelpOptions  Key = "cli.help.options"
	CLIHelpMore     Key = "cli.help.more"
	CLIHelpLanguage Key = "cli.help.language"
	CLIHelpExit     Key = "cli.help.exit"
	CLIFlagEnv      Key = "cli.flag.env"
	CLIFlagDefault  Key = "cli.flag.default"
	CLIUse          Key = "cli.use"
	CLIBadEnv       Key = "cli.bad.env"
	CLIBadChoice    Key = "cli.bad.choice"

	CLIArgPath    Key = "cli.arg.path"
	CLIArgName    Key = "cli.arg.name"
	CLIArgFile    Key = "cli.arg.file"
	CLIArgCommand Key = "cli.arg.command"

	CLISumApp         Key = "cli.sum.app"
	CLISumHistory     Key = "cli.sum.history"
	CLISumSolo        Key = "cli.sum.solo"
	CLIFlagSolo       Key = "cli.flag.solo"
	CLISumCheck       Key = "cli.sum.check"
	CLISumRulesExport Key = "cli.sum.rules.export"
	CLISumRulesImport Key = "cli.sum.rules.import"
	CLISumHelp        Key = "cli.sum.help"
	CLISumVersion     Key = "cli.sum.version"

	CLIFlagDB         Key = "cli.flag.db"
	CLIFlagLang       Key = "cli.flag.lang"
	CLIFlagAccessible Key = "cli.flag.accessible"
	CLIFlagContrast   Key = "cli.flag.contrast"
	CLIFlagBell       Key = "cli.flag.bell"
	CLIFlagJSON       Key = "cli.flag.json"
	CLIFlagGroup      Key = "cli.flag.group"
	CLIFlagHelp       Key = "cli.flag.help"
)

var enCommands = map[Key]string{
	CLIAbout:        "circle: a meeting companion for peer-led self-help groups.",
	CLIHelpUsage:    "Usage:",
	CLIHelpOptions:  "Options:",
	CLIHelpMore:     "Run circle help COMMAND to see a command's options.",
	CLIHelpLanguage: "Language: --lang, else CIRCLE_LANG, else the locale: LANGUAGE (a list such as nb:en), LC_ALL, LC_MESSAGES, LANG. On Windows a LANG or LC_* you set yourself comes first, then the Windows display language.",
	CLIHelpExit:     "Exit codes: 0 success, 1 failure, 2 wrong usage.",
	CLIFlagEnv:      "(or set %s)",
	CLIFlagDefault:  "default: %s",
	CLIUse:          "circle: use %s. Run circle help %s to see more.",
	CLIBadEnv:       "circle: %s is %q, and it takes 1 (on) or 0 (off). Set it to one of those, or unset it.",
	CLIBadChoice:    "circle: --%s takes %s, not %q. Run circle --help to see how to use it.",

	CLIArgPath:    "PATH",
	CLIArgName:    "NAME",
	CLIArgFile:    "FILE",
	CLIArgCommand: "COMMAND",

	CLISumApp:         "open the app",
	CLISumHistory:     "list the saved meetings",
	CLISumSolo:        "practise alone: a theme, its prompts and a speaking timer",
	CLIFlagSolo:       "the solo practice log instead of the meetings",
	CLISumCheck:       "check the data file for damage",
	CLISumRulesExport: "print a group's ground rules",
	CLISumRulesImport: "read a group's ground rules from a text file",
	CLISumHelp:        "show this help, or a command's",
	CLISumVersion:     "show the version",

	CLIFlagDB:         "the data file",
	CLIFlagLang:       "the language, en (English) or nb (Norwegian Bokmål)",
	CLIFlagAccessible: "line by line, for screen readers; on when TERM=dumb",
	CLIFlagContrast:   "reverse video and bold instead of colour",
	CLIFlagBell:       "a soft terminal bell when a turn reaches its time",
	CLIFlagJSON:       "print the meetings as a JSON array",
	CLIFlagGroup:      "the group, by its name",
	CLIFlagHelp:       "show this help",
}

var nbCommands = map[Key]string{
	CLIAbout:        "circle: en møtehjelper for selvhjelpsgrupper som deltakerne leder selv.",
	CLIHelpUsage:    "Bruk:",
	CLIHelpOptions:  "Valg:",
	CLIHelpMore:     "Kjør circle help KOMMANDO for å se valgene til en kommando.",
	CLIHelpLanguage: "Språk: --lang, ellers CIRCLE_LANG, ellers fra lokaliteten: LANGUAGE (en liste som nb:en), LC_ALL, LC_MESSAGES, LANG. På Windows kommer en LANG eller LC_* du har satt selv først, så visningsspråket i Windows.",
	CLIHelpExit:     "Avslutningskoder: 0 vellykket, 1 feil, 2 feil bruk.",
	CLIFlagEnv:      "(eller sett %s)",
	CLIFlagDefault:  "standard: %s",
	CLIUse:          "circle: bruk %s. Kjør circle help %s for å se mer.",
	CLIBadEnv:       "circle: %s er %q, og den tar 1 (på) eller 0 (av). Sett den til en av dem, eller fjern den.",
	CLIBadChoice:    "circle: --%s tar %s, ikke %q. Kjør circle --help for å se hvordan den brukes.",

	CLIArgPath:    "PATH",
	CLIArgName:    "NAVN",
	CLIArgFile:    "FIL",
	CLIArgCommand: "KOMMANDO",

	CLISumApp:         "åpne appen",
	CLISumHistory:     "vis de lagrede møtene",
	CLISumSolo:        "øv alene: et tema, spørsmålene til det og en taletimer",
	CLIFlagSolo:       "loggen over øving alene i stedet for møtene",
	CLISumCheck:       "sjekk om datafilen er skadet",
	CLISumRulesExport: "skriv ut gruppereglene til en gruppe",
	CLISumRulesImport: "les inn gruppereglene til en gruppe fra en tekstfil",
	CLISumHelp:        "vis denne hjelpen, eller hjelpen til en kommando",
	CLISumVersion:     "vis versjonen",

	CLIFlagDB:         "datafilen",
	CLIFlagLang:       "språket, en (engelsk) eller nb (bokmål)",
	CLIFlagAccessible: "linje for linje, for skjermlesere; på når TERM=dumb",
	CLIFlagContrast:   "invertert tekst og fet skrift i stedet for farger",
	CLIFlagBell:       "et lavt pip fra terminalen når en tur når tiden sin",
	CLIFlagJSON:       "skriv møtene som en JSON-liste (array)",
	CLIFlagGroup:      "gruppen, ved navnet sitt",
	CLIFlagHelp:       "vis denne hjelpen",
}
