package catalog

// The words of the commands that export, report, purge, back up and
// restore a group's history (issue 11), and of the Markdown report.
const (
	CLISumExport     Key = "cli.sum.export"
	CLISumReport     Key = "cli.sum.report"
	CLISumPurge      Key = "cli.sum.purge"
	CLISumBackup     Key = "cli.sum.backup"
	CLISumRestore    Key = "cli.sum.restore"
	CLIFlagFormat    Key = "cli.flag.format"
	CLIFlagFrom      Key = "cli.flag.from"
	CLIFlagTo        Key = "cli.flag.to"
	CLIFlagOut       Key = "cli.flag.out"
	CLIFlagTurns     Key = "cli.flag.turns"
	CLIFlagForCentre Key = "cli.flag.for.centre"
	CLIFlagBefore    Key = "cli.flag.before"
	CLIFlagYes       Key = "cli.flag.yes"
	CLIArgDay        Key = "cli.arg.day"

	CLIBadDay         Key = "cli.bad_day"
	CLIExportWrite    Key = "cli.export.write"
	CLIExportWritten  Key = "cli.export.written"
	CLIReportNone     Key = "cli.report.none"
	CLIReportRead     Key = "cli.report.read"
	CLIReportFiles    Key = "cli.report.files"
	CLIPurgeNeedsDay  Key = "cli.purge.needs_day"
	CLIPurgeNone      Key = "cli.purge.none"
	CLIPurgeAsk       Key = "cli.purge.ask"
	CLIPurgeAskGroup  Key = "cli.purge.ask_group"
	CLIPurgeDone      Key = "cli.purge.done"
	CLIPurgeKept      Key = "cli.purge.kept"
	CLINoAnswer       Key = "cli.no_answer"
	CLINotDone        Key = "cli.not_done"
	CLIWriteFailed    Key = "cli.write_failed"
	CLIBackupExists   Key = "cli.backup.exists"
	CLIBackupWrite    Key = "cli.backup.write"
	CLIBackupNone     Key = "cli.backup.none"
	CLIBackupBusy     Key = "cli.backup.busy"
	CLIBackupDone     Key = "cli.backup.done"
	CLIRestoreBadCopy Key = "cli.restore.bad_copy"
	CLIRestoreSame    Key = "cli.restore.same"
	CLIRestoreAsk     Key = "cli.restore.ask"
	CLIRestoreAskNew  Key = "cli.restore.ask_new"
	CLIRestoreDone    Key = "cli.restore.done"
	CLIRestoreDoneNew Key = "cli.restore.done_new"
	CLIRetention      Key = "cli.retention"
	// Why a copy cannot be restored, in CLIRestoreBadCopy.
	CLIRestoreDamaged   Key = "cli.restore.damaged"
	CLIRestoreNotCircle Key = "cli.restore.not_circle"
	CLIRestoreNewer     Key = "cli.restore.newer"
	CLIRestoreInUse     Key = "cli.restore.in_use"

	// The Markdown report.
	ReportTitle      Key = "report.title"
	ReportPeriod     Key = "report.period"
	ReportSmallRule  Key = "report.small_rule"
	ReportHeader     Key = "report.header"
	ReportAll        Key = "report.all"
	ReportFewer      Key = "report.fewer"
	ReportOf         Key = "report.of"
	ReportOfPercent  Key = "report.of_percent"
	ReportNoMeetings Key = "report.no_meetings"
	ReportNoGroup    Key = "report.no_group"
)

var enCLIHistory = map[Key]string{
	CLISumExport:                "export a group's meetings (or all) as CSV, JSON or a Markdown report",
	CLISumReport:                "merge JSON exports of several laptops into one Markdown report",
	CLISumPurge:                 "delete the meetings before a day, of one group or all (asks first)",
	CLISumBackup:                "write a consistent copy of the data file, private to you",
	CLISumRestore:               "put a backup in place of the data file, keeping the current one (asks first)",
	CLIFlagFormat:               "csv (a row per meeting), json (as history --json) or md (a report)",
	CLIFlagFrom:                 "only meetings on or after this day",
	CLIFlagTo:                   "only meetings on or before this day",
	CLIFlagOut:                  "write to this file instead of the output",
	CLIFlagTurns:                "csv with a row per turn",
	CLIFlagForCentre:            "a copy to give a centre: the groups and their meetings, without solo practice or private notes",
	CLIFlagBefore:               "delete the meetings before this day",
	CLIFlagYes:                  "go ahead without asking",
	CLIArgDay:                   "YYYY-MM-DD",
	CLIBadDay:                   "circle: %q is not a day; write it as YYYY-MM-DD, for example 2026-01-31. Nothing was changed.",
	CLIExportWrite:              "circle: cannot write %s: %s. Choose another file with --out FILE.",
	CLIExportWritten:            "Wrote %s.",
	CLIReportNone:               "circle: name the exported files to report on: circle report FILE... (each made by circle export --format json).",
	CLIReportRead:               "circle: %s is not a circle export (%s). Make one with circle export --format json.",
	CLIReportFiles + "#one":     "%d meeting read, %d of them in more than one file and counted once.",
	CLIReportFiles + "#other":   "%d meetings read, %d of them in more than one file and counted once.",
	CLIPurgeNeedsDay:            "circle: say which meetings to delete with --before YYYY-MM-DD.",
	CLIPurgeNone:                "There are no meetings before %s to delete.",
	CLIPurgeAsk + "#one":        "Delete %d meeting of every group before %s? It cannot be undone. Type y and enter to delete, anything else to keep it:",
	CLIPurgeAsk + "#other":      "Delete %d meetings of every group before %s? It cannot be undone. Type y and enter to delete, anything else to keep them:",
	CLIPurgeAskGroup + "#one":   "Delete %d meeting of %s before %s? It cannot be undone. Type y and enter to delete, anything else to keep it:",
	CLIPurgeAskGroup + "#other": "Delete %d meetings of %s before %s? It cannot be undone. Type y and enter to delete, anything else to keep them:",
	CLIPurgeDone + "#one":       "Deleted %d meeting before %s.",
	CLIPurgeDone + "#other":     "Deleted %d meetings before %s.",
	CLIPurgeKept:                "circle: the meetings are deleted, but their old bytes could not be wiped from the data file (%s); the next finished meeting tries again.",
	CLINoAnswer:                 "circle: this asks before it changes anything, and there is no terminal to ask on. Add --yes to go ahead without asking.",
	CLINotDone:                  "Nothing was changed.",
	CLIWriteFailed:              "circle: cannot change the data file %s: %s. Nothing was changed.",
	CLIBackupExists:             "circle: %s already exists, and circle never writes over a file. Choose another name, or remove that file first.",
	CLIBackupWrite:              "circle: cannot write the copy %s: %s. Choose another place for it; the data file was not changed.",
	CLIBackupNone:               "circle: there is no data file at %s to back up.",
	CLIBackupBusy:               "circle: the data file %s changed on every try to copy it. Try again in a minute.",
	CLIBackupDone + "#one":      "Copied %d meeting and %d groups to %s (private to you).",
	CLIBackupDone + "#other":    "Copied %d meetings and %d groups to %s (private to you).",
	CLIRestoreBadCopy:           "circle: %s cannot be restored: %s. The data file was not changed.",
	CLIRestoreSame:              "circle: %s is the data file itself; name a backup made with circle backup FILE.",
	CLIRestoreAsk:               "Replace the data file %s with the copy %s (%s, the newest of %s)? The current file is kept as a .bak next to it. Type y and enter to replace it, anything else to keep it:",
	CLIRestoreAskNew:            "Put the copy %s (%s) in place as the data file %s? Type y and enter to go ahead, anything else to stop:",
	CLIRestoreDone:              "Restored %s from %s; the file it replaced is kept as %s.",
	CLIRestoreDoneNew:           "Restored %s from %s.",
	CLIRetention + "#one":       "%[2]s keeps its meetings for %[3]s: %[1]d meeting before %[4]s was deleted.",
	CLIRetention + "#other":     "%[2]s keeps its meetings for %[3]s: %[1]d meetings before %[4]s were deleted.",
	CLIRestoreDamaged:           "it is damaged or cut short",
	CLIRestoreNotCircle:         "it is not a circle data file",
	CLIRestoreNewer:             "it was written by a newer circle",
	CLIRestoreInUse:             "another program has it open",
	ReportTitle:                 "Meetings report",
	ReportPeriod:                "Meetings from %s to %s.",
	ReportSmallRule:             "A count below 3 is shown as \"fewer than 3\", so that no one can be singled out. The report holds no name, no text and no time of day.",
	ReportHeader:                "| Group | Meetings | Average present | Ended on time | Turns passed |\n| --- | ---: | ---: | ---: | ---: |",
	ReportAll:                   "All groups",
	ReportFewer:                 "fewer than 3",
	ReportOf:                    "%s of %s",
	ReportOfPercent:             "%s of %s (%d %%)",
	ReportNoMeetings:            "No meetings in this period.",
	ReportNoGroup:               "(no group)",
}

var nbCLIHistory = map[Key]string{
	CLISumExport:                "eksporter møtene til en gruppe (eller alle) som CSV, JSON eller en Markdown-rapport",
	CLISumReport:                "slå sammen JSON-eksporter fra flere maskiner til én Markdown-rapport",
	CLISumPurge:                 "slett møtene før en dag, i én gruppe eller alle (spør først)",
	CLISumBackup:                "skriv en hel kopi av datafilen, bare for deg",
	CLISumRestore:               "sett en kopi på plass som datafilen, og behold den nåværende (spør først)",
	CLIFlagFormat:               "csv (en rad per møte), json (som history --json) eller md (en rapport)",
	CLIFlagFrom:                 "bare møter på eller etter denne dagen",
	CLIFlagTo:                   "bare møter på eller før denne dagen",
	CLIFlagOut:                  "skriv til denne filen i stedet for til utdata",
	CLIFlagTurns:                "csv med en rad per tur",
	CLIFlagForCentre:            "en kopi å gi et senter: gruppene og møtene deres, uten øving alene eller private notater",
	CLIFlagBefore:               "slett møtene før denne dagen",
	CLIFlagYes:                  "gå videre uten å spørre",
	CLIArgDay:                   "ÅÅÅÅ-MM-DD",
	CLIBadDay:                   "circle: %q er ikke en dag; skriv den som ÅÅÅÅ-MM-DD, for eksempel 2026-01-31. Ingenting ble endret.",
	CLIExportWrite:              "circle: kan ikke skrive %s: %s. Velg en annen fil med --out FIL.",
	CLIExportWritten:            "Skrev %s.",
	CLIReportNone:               "circle: oppgi de eksporterte filene det skal lages rapport av: circle report FIL... (hver laget med circle export --format json).",
	CLIReportRead:               "circle: %s er ikke en eksport fra circle (%s). Lag en med circle export --format json.",
	CLIReportFiles + "#one":     "%d møte lest, %d av dem i mer enn én fil og telt én gang.",
	CLIReportFiles + "#other":   "%d møter lest, %d av dem i mer enn én fil og telt én gang.",
	CLIPurgeNeedsDay:            "circle: si hvilke møter som skal slettes med --before ÅÅÅÅ-MM-DD.",
	CLIPurgeNone:                "Det finnes ingen møter før %s å slette.",
	CLIPurgeAsk + "#one":        "Slette %d møte i alle grupper før %s? Det kan ikke angres. Skriv j og enter for å slette, noe annet for å beholde det:",
	CLIPurgeAsk + "#other":      "Slette %d møter i alle grupper før %s? Det kan ikke angres. Skriv j og enter for å slette, noe annet for å beholde dem:",
	CLIPurgeAskGroup + "#one":   "Slette %d møte i %s før %s? Det kan ikke angres. Skriv j og enter for å slette, noe annet for å beholde det:",
	CLIPurgeAskGroup + "#other": "Slette %d møter i %s før %s? Det kan ikke angres. Skriv j og enter for å slette, noe annet for å beholde dem:",
	CLIPurgeDone + "#one":       "Slettet %d møte før %s.",
	CLIPurgeDone + "#other":     "Slettet %d møter før %s.",
	CLIPurgeKept:                "circle: møtene er slettet, men de gamle bytene deres kunne ikke viskes ut av datafilen (%s); neste avsluttede møte prøver igjen.",
	CLINoAnswer:                 "circle: dette spør før noe endres, og det finnes ingen terminal å spørre i. Legg til --yes for å gå videre uten å spørre.",
	CLINotDone:                  "Ingenting ble endret.",
	CLIWriteFailed:              "circle: kan ikke endre datafilen %s: %s. Ingenting ble endret.",
	CLIBackupExists:             "circle: %s finnes allerede, og circle skriver aldri over en fil. Velg et annet navn, eller fjern den filen først.",
	CLIBackupWrite:              "circle: kan ikke skrive kopien %s: %s. Velg et annet sted for den; datafilen ble ikke endret.",
	CLIBackupNone:               "circle: det finnes ingen datafil i %s å ta kopi av.",
	CLIBackupBusy:               "circle: datafilen %s endret seg hver gang den skulle kopieres. Prøv igjen om et minutt.",
	CLIBackupDone + "#one":      "Kopierte %d møte og %d grupper til %s (bare for deg).",
	CLIBackupDone + "#other":    "Kopierte %d møter og %d grupper til %s (bare for deg).",
	CLIRestoreBadCopy:           "circle: %s kan ikke gjenopprettes: %s. Datafilen ble ikke endret.",
	CLIRestoreSame:              "circle: %s er selve datafilen; oppgi en kopi laget med circle backup FIL.",
	CLIRestoreAsk:               "Erstatte datafilen %s med kopien %s (%s, det nyeste fra %s)? Den nåværende filen beholdes som en .bak ved siden av. Skriv j og enter for å erstatte den, noe annet for å beholde den:",
	CLIRestoreAskNew:            "Sette kopien %s (%s) på plass som datafilen %s? Skriv j og enter for å gå videre, noe annet for å stoppe:",
	CLIRestoreDone:              "Gjenopprettet %s fra %s; filen den erstattet er beholdt som %s.",
	CLIRestoreDoneNew:           "Gjenopprettet %s fra %s.",
	CLIRetention + "#one":       "%[2]s beholder møtene sine i %[3]s: %[1]d møte før %[4]s ble slettet.",
	CLIRetention + "#other":     "%[2]s beholder møtene sine i %[3]s: %[1]d møter før %[4]s ble slettet.",
	CLIRestoreDamaged:           "den er skadet eller avkortet",
	CLIRestoreNotCircle:         "den er ikke en datafil fra circle",
	CLIRestoreNewer:             "den er skrevet av en nyere circle",
	CLIRestoreInUse:             "et annet program har den åpen",
	ReportTitle:                 "Møterapport",
	ReportPeriod:                "Møter fra %s til %s.",
	ReportSmallRule:             "Et tall under 3 vises som «færre enn 3», så ingen kan pekes ut. Rapporten har ingen navn, ingen tekst og ikke noe klokkeslett.",
	ReportHeader:                "| Gruppe | Møter | Til stede i snitt | Sluttet i tide | Turer med pass |\n| --- | ---: | ---: | ---: | ---: |",
	ReportAll:                   "Alle grupper",
	ReportFewer:                 "færre enn 3",
	ReportOf:                    "%s av %s",
	ReportOfPercent:             "%s av %s (%d %%)",
	ReportNoMeetings:            "Ingen møter i denne perioden.",
	ReportNoGroup:               "(ingen gruppe)",
}
