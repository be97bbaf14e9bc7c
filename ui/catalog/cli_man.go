package catalog

// The words of circle man (the roff manual page) and circle completion;
// the rest of the page is the help's words from the command table.
const (
	CLISumMan        Key = "cli.sum.man"
	CLISumCompletion Key = "cli.sum.completion"

	CLIManName        Key = "cli.man.name"
	CLIManSynopsis    Key = "cli.man.synopsis"
	CLIManCommands    Key = "cli.man.commands"
	CLIManOptions     Key = "cli.man.options"
	CLIManEnvironment Key = "cli.man.environment"
	CLIManOtherEnv    Key = "cli.man.other.env"
	CLIManFiles       Key = "cli.man.files"
	CLIManFilesText   Key = "cli.man.files.text"
	CLIManExit        Key = "cli.man.exit"
	CLIManSection     Key = "cli.man.section"
)

var enMan = map[Key]string{
	CLISumMan:        "print the manual page (roff)",
	CLISumCompletion: "print a completion script for the shell",

	CLIManName:        "NAME",
	CLIManSynopsis:    "SYNOPSIS",
	CLIManCommands:    "COMMANDS",
	CLIManOptions:     "OPTIONS",
	CLIManEnvironment: "ENVIRONMENT",
	CLIManOtherEnv:    "NO_COLOR set to anything turns colour off; TERM=dumb turns the line mode on.",
	CLIManFiles:       "FILES",
	CLIManFilesText:   "The data file, created private to you: on Linux ~/.local/share/circle/circle.db, on macOS ~/Library/Application Support/circle/circle.db, on Windows %%LocalAppData%%\\circle\\circle.db; on any of them $XDG_DATA_HOME/circle/circle.db when XDG_DATA_HOME is set. --db or CIRCLE_DB chooses another.",
	CLIManExit:        "EXIT STATUS",
	CLIManSection:     "User Commands",
}

var nbMan = map[Key]string{
	CLISumMan:        "skriv ut manualsiden (roff)",
	CLISumCompletion: "skriv ut et skript som fullfører kommandoer i skallet",

	CLIManName:        "NAVN",
	CLIManSynopsis:    "OVERSIKT",
	CLIManCommands:    "KOMMANDOER",
	CLIManOptions:     "VALG",
	CLIManEnvironment: "MILJØVARIABLER",
	CLIManOtherEnv:    "NO_COLOR satt til hva som helst slår av fargene; TERM=dumb slår på linjemodus.",
	CLIManFiles:       "FILER",
	CLIManFilesText:   "Datafilen, laget privat for deg: på Linux ~/.local/share/circle/circle.db, på macOS ~/Library/Application Support/circle/circle.db, på Windows %%LocalAppData%%\\circle\\circle.db; på alle $XDG_DATA_HOME/circle/circle.db når XDG_DATA_HOME er satt. --db eller CIRCLE_DB velger en annen.",
	CLIManExit:        "AVSLUTNINGSKODER",
	CLIManSection:     "Brukerkommandoer",
}
