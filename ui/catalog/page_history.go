package catalog

// The words of the history page (issue 11): a group's meetings, one
// meeting's detail, the trends, the delete before a meeting and the
// report written from the page.
const (
	HistoryTitle       Key = "history.title"
	HistoryTrendsTitle Key = "history.trends_title"
	HistoryNone        Key = "history.none"
	HistoryError       Key = "history.error"
	// HistoryCount says how many meetings, with plural forms.
	HistoryCount Key = "history.count"
	// Column titles of the list.
	HistoryColDate    Key = "history.col.date"
	HistoryColLength  Key = "history.col.length"
	HistoryColPresent Key = "history.col.present"
	HistoryColSent    Key = "history.col.sent"
	HistoryColFormat  Key = "history.col.format"
	HistoryColEnded   Key = "history.col.ended"
	HistoryColPasses  Key = "history.col.passes"
	HistoryColOver    Key = "history.col.over"
	// How a meeting ended.
	HistoryCompleted   Key = "history.completed"
	HistoryStopped     Key = "history.stopped"
	HistoryInterrupted Key = "history.interrupted"
	// Short format names for the list.
	HistoryFmtCircle Key = "history.fmt.circle"
	HistoryFmtPlain  Key = "history.fmt.plain"
	HistoryFmtOpen   Key = "history.fmt.open"
	// The detail of one meeting.
	HistoryLength       Key = "history.length"
	HistoryPresent      Key = "history.present"
	HistorySentWord     Key = "history.sent_word"
	HistorySpread       Key = "history.spread"
	HistorySpreadNone   Key = "history.spread_none"
	HistoryEvenVery     Key = "history.even_very"
	HistoryEvenFair     Key = "history.even_fair"
	HistoryEvenUneven   Key = "history.even_uneven"
	HistoryPasses       Key = "history.passes"
	HistoryOvers        Key = "history.overs"
	HistoryRulesRead    Key = "history.rules_read"
	HistoryReminded     Key = "history.reminded"
	HistoryTimeline     Key = "history.timeline"
	HistoryKindCheckIn  Key = "history.kind.checkin"
	HistoryKindShare    Key = "history.kind.share"
	HistoryKindReaction Key = "history.kind.reaction"
	HistoryKindCheckOut Key = "history.kind.checkout"
	HistoryKindBreak    Key = "history.kind.break"
	HistoryKindStop     Key = "history.kind.stop"
	HistoryPassed       Key = "history.passed"
	HistoryKindFloor    Key = "history.kind.floor"
	HelpScrollTurns     Key = "help.scroll_turns"
	// The group's retention, in its settings.
	SettingsKeep       Key = "settings.keep"
	SettingsKeepHint   Key = "settings.keep.hint"
	CLIMonths          Key = "cli.months"
	CLIRetentionFailed Key = "cli.retention_failed"
	HistorySeat        Key = "history.seat"
	// The trends.
	HistoryTrendsOf      Key = "history.trends_of"
	HistoryTrendsSaid    Key = "history.trends_said"
	HistoryAttendance    Key = "history.attendance"
	HistoryOnTime        Key = "history.on_time"
	HistoryOverPlan      Key = "history.over_plan"
	HistoryPassShare     Key = "history.pass_share"
	HistorySeatsNote     Key = "history.seats_note"
	HistorySayAttendance Key = "history.say_attendance"
	HistorySayOnTime     Key = "history.say_on_time"
	HistorySayOverPlan   Key = "history.say_over_plan"
	HistorySayPassShare  Key = "history.say_pass_share"
	HistoryMinutesUnder  Key = "history.minutes_under"
	HistoryMinutesOver   Key = "history.minutes_over"
	HistoryOnPlan        Key = "history.on_plan"
	HistoryFewTrends     Key = "history.few_trends"
	HistoryOnTimeCount   Key = "history.on_time_count"
	// The delete before a meeting, and the report.
	HistoryAskPurge     Key = "history.ask_purge"
	HistoryPurgeNone    Key = "history.purge_none"
	HistoryPurged       Key = "history.purged"
	HistoryPurgeKept    Key = "history.purge_kept"
	HistoryPurgeFailed  Key = "history.purge_failed"
	HistoryNotDeleted   Key = "history.not_deleted"
	HistoryReportDone   Key = "history.report_done"
	HistoryReportFailed Key = "history.report_failed"
	// Help and what can be typed.
	HelpOpenMeeting     Key = "help.open_meeting"
	HelpTrends          Key = "help.trends"
	HelpPurgeBefore     Key = "help.purge_before"
	HelpWriteReport     Key = "help.write_report"
	HelpOtherMeeting    Key = "help.other_meeting"
	HelpSpan            Key = "help.span"
	HelpHistory         Key = "help.history"
	HistorySayMeeting   Key = "history.say_meeting"
	HistorySayMore      Key = "history.say_more"
	HistoryTyping       Key = "history.typing"
	HistoryTypingDetail Key = "history.typing_detail"
	HistoryTypingTrends Key = "history.typing_trends"
	HistorySayTurns     Key = "history.say_turns"
	HistorySayBreaks    Key = "history.say_breaks"
	HistorySayStops     Key = "history.say_stops"
)

var enHistory = map[Key]string{
	HistoryTitle:                   "History of %s",
	HistoryTrendsTitle:             "Trends of %s",
	HistoryNone:                    "No meetings of this group are saved yet. After its first meeting, it is here.",
	HistoryError:                   "The meetings of this group could not be read from the data file.",
	HistoryCount + "#one":          "%d meeting, newest first",
	HistoryCount + "#other":        "%d meetings, newest first",
	HistoryColDate:                 "date",
	HistoryColLength:               "minutes",
	HistoryColPresent:              "present",
	HistoryColSent:                 "sent word",
	HistoryColFormat:               "format",
	HistoryColEnded:                "ended",
	HistoryColPasses:               "passes",
	HistoryColOver:                 "over time",
	HistoryCompleted:               "completed",
	HistoryStopped:                 "stopped early",
	HistoryInterrupted:             "interrupted",
	HistoryFmtCircle:               "circle",
	HistoryFmtPlain:                "plain",
	HistoryFmtOpen:                 "open",
	HistoryLength + "#one":         "%[2]d of %[1]d minute planned",
	HistoryLength + "#other":       "%[2]d of %[1]d minutes planned",
	HistoryPresent:                 "%d present",
	HistorySentWord:                "%d sent word",
	HistorySpread:                  "Sharing: shortest %s, longest %s; evenness %d of 100 (%s).",
	HistorySpreadNone:              "Sharing: too few spoke to compare.",
	HistoryEvenVery:                "very even",
	HistoryEvenFair:                "fairly even",
	HistoryEvenUneven:              "uneven",
	HistoryPasses + "#one":         "%d turn passed",
	HistoryPasses + "#other":       "%d turns passed",
	HistoryOvers + "#one":          "%d turn over time",
	HistoryOvers + "#other":        "%d turns over time",
	HistoryRulesRead:               "rules read: %d of %d",
	HistoryReminded + "#one":       "%d reminder",
	HistoryReminded + "#other":     "%d reminders",
	HistoryTimeline:                "Turns in order (▒ is time over the plan):",
	HistoryKindCheckIn:             "check-in",
	HistoryKindShare:               "share",
	HistoryKindReaction:            "reaction",
	HistoryKindCheckOut:            "check-out",
	HistoryKindBreak:               "breaks",
	HistoryKindFloor:               "open floor",
	SettingsKeep:                   "Keep meetings, months",
	SettingsKeepHint:               "Meetings older than this many months are deleted when circle starts; 0 keeps them all.",
	CLIMonths + "#one":             "%d month",
	CLIMonths + "#other":           "%d months",
	CLIRetentionFailed:             "The meetings older than a group keeps could not be deleted (%s); circle tries again at the next start.",
	HelpScrollTurns:                "turns",
	HistoryKindStop:                "stops",
	HistoryPassed:                  "passed",
	HistorySeat:                    "seat %d",
	HistoryTrendsOf + "#one":       "The last %d meeting",
	HistoryTrendsOf + "#other":     "The last %d meetings",
	HistoryTrendsSaid + "#one":     "the last %d meeting",
	HistoryTrendsSaid + "#other":   "the last %d meetings",
	HistoryAttendance:              "Attendance",
	HistoryOnTime:                  "Ended on time",
	HistoryOverPlan:                "Length vs plan",
	HistoryPassShare:               "Passes",
	HistorySeatsNote:               "Seats are not people from one meeting to the next, so nothing here follows a seat.",
	HistorySayAttendance:           "Attendance over %s: from %d to %d, usually %d.",
	HistorySayOnTime:               "Ended on time: %d of %s.",
	HistorySayOverPlan:             "Length against plan over %s: from %s to %s, usually %s.",
	HistorySayPassShare:            "Passes over %s: from %d %% to %d %% of turns, usually %d %%.",
	HistoryMinutesUnder + "#one":   "%d minute under",
	HistoryMinutesUnder + "#other": "%d minutes under",
	HistoryMinutesOver + "#one":    "%d minute over",
	HistoryMinutesOver + "#other":  "%d minutes over",
	HistoryOnPlan:                  "on plan",
	HistoryFewTrends:               "Trends need meetings; there are none yet.",
	HistoryOnTimeCount:             "%d of %d",
	HistoryAskPurge + "#one":       "Delete %d meeting of %s before %s, the one under the pointer? It cannot be undone; that meeting and the newer ones stay.",
	HistoryAskPurge + "#other":     "Delete %d meetings of %s before %s, the one under the pointer? It cannot be undone; that meeting and the newer ones stay.",
	HistoryPurgeNone:               "There are no meetings before %s to delete.",
	HistoryPurged + "#one":         "Deleted %d meeting before %s.",
	HistoryPurged + "#other":       "Deleted %d meetings before %s.",
	HistoryPurgeKept:               "The meetings are deleted, but their old bytes could not be wiped from the data file; the next finished meeting tries again.",
	HistoryPurgeFailed:             "Nothing was deleted: the data file could not be changed.",
	HistoryNotDeleted:              "Nothing was deleted.",
	HistoryReportDone:              "The report is written to %s.",
	HistoryReportFailed:            "The report could not be written (%s).",
	HelpOpenMeeting:                "open",
	HelpTrends:                     "trends",
	HelpPurgeBefore:                "delete older",
	HelpWriteReport:                "write report",
	HelpOtherMeeting:               "older/newer",
	HelpSpan:                       "12/52",
	HelpHistory:                    "history",
	HistorySayMeeting:              "%d. %s: %s, %s, %s, %s, %s, %s, %s.",
	HistorySayMore:                 "Type more for older meetings.",
	HistoryTyping:                  "Type a meeting's number to open it, t for the trends, x and a number to delete the meetings before that one, w to write the report, or enter alone to go home.",
	HistoryTypingDetail:            "Type enter to go back to the list, < for the older meeting, > for the newer one.",
	HistoryTypingTrends:            "Type 12 or 52 for the last 12 or 52 meetings, or enter to go back to the list.",
	HistorySayTurns + "#one":       "%[2]s: %[1]d, from %[3]s to %[4]s, %[5]d of them passed.",
	HistorySayTurns + "#other":     "%[2]s: %[1]d, from %[3]s to %[4]s, %[5]d of them passed.",
	HistorySayBreaks:               "Breaks: %d, %s in all.",
	HistorySayStops + "#one":       "circle stopped %d time and went on after, %s in all.",
	HistorySayStops + "#other":     "circle stopped %d times and went on after, %s in all.",
}

var nbHistory = map[Key]string{
	HistoryTitle:                   "Historikken til %s",
	HistoryTrendsTitle:             "Utviklingen i %s",
	HistoryNone:                    "Ingen møter i denne gruppen er lagret ennå. Etter det første møtet ligger det her.",
	HistoryError:                   "Møtene i denne gruppen kunne ikke leses fra datafilen.",
	HistoryCount + "#one":          "%d møte, nyeste først",
	HistoryCount + "#other":        "%d møter, nyeste først",
	HistoryColDate:                 "dato",
	HistoryColLength:               "minutter",
	HistoryColPresent:              "til stede",
	HistoryColSent:                 "meldte fra",
	HistoryColFormat:               "form",
	HistoryColEnded:                "slutt",
	HistoryColPasses:               "pass",
	HistoryColOver:                 "over tiden",
	HistoryCompleted:               "fullført",
	HistoryStopped:                 "stoppet før tiden",
	HistoryInterrupted:             "avbrutt",
	HistoryFmtCircle:               "sirkel",
	HistoryFmtPlain:                "runde",
	HistoryFmtOpen:                 "åpen",
	HistoryLength + "#one":         "%[2]d av %[1]d planlagt minutt",
	HistoryLength + "#other":       "%[2]d av %[1]d planlagte minutter",
	HistoryPresent:                 "%d til stede",
	HistorySentWord:                "%d meldte fra",
	HistorySpread:                  "Deling: kortest %s, lengst %s; jevnhet %d av 100 (%s).",
	HistorySpreadNone:              "Deling: for få delte til å sammenligne.",
	HistoryEvenVery:                "svært jevnt",
	HistoryEvenFair:                "ganske jevnt",
	HistoryEvenUneven:              "ujevnt",
	HistoryPasses + "#one":         "%d pass",
	HistoryPasses + "#other":       "%d pass",
	HistoryOvers + "#one":          "%d tur over tiden",
	HistoryOvers + "#other":        "%d turer over tiden",
	HistoryRulesRead:               "regler lest: %d av %d",
	HistoryReminded + "#one":       "%d påminnelse",
	HistoryReminded + "#other":     "%d påminnelser",
	HistoryTimeline:                "Turene i rekkefølge (▒ er tid over planen):",
	HistoryKindCheckIn:             "innsjekk",
	HistoryKindShare:               "deling",
	HistoryKindReaction:            "respons",
	HistoryKindCheckOut:            "utsjekk",
	HistoryKindBreak:               "pauser",
	HistoryKindFloor:               "fritt ord",
	SettingsKeep:                   "Behold møter, måneder",
	SettingsKeepHint:               "Møter eldre enn så mange måneder slettes når circle starter; 0 beholder alle.",
	CLIMonths + "#one":             "%d måned",
	CLIMonths + "#other":           "%d måneder",
	CLIRetentionFailed:             "Møtene eldre enn det en gruppe beholder kunne ikke slettes (%s); circle prøver igjen ved neste start.",
	HelpScrollTurns:                "turer",
	HistoryKindStop:                "stopp",
	HistoryPassed:                  "pass",
	HistorySeat:                    "plass %d",
	HistoryTrendsOf + "#one":       "Det siste %d møtet",
	HistoryTrendsOf + "#other":     "De siste %d møtene",
	HistoryTrendsSaid + "#one":     "det siste %d møtet",
	HistoryTrendsSaid + "#other":   "de siste %d møtene",
	HistoryAttendance:              "Oppmøte",
	HistoryOnTime:                  "Sluttet i tide",
	HistoryOverPlan:                "Lengde mot plan",
	HistoryPassShare:               "Pass",
	HistorySeatsNote:               "En plass er ikke den samme personen fra møte til møte, så ingenting her følger en plass.",
	HistorySayAttendance:           "Oppmøte for %s: fra %d til %d, vanligvis %d.",
	HistorySayOnTime:               "Sluttet i tide: %d av %s.",
	HistorySayOverPlan:             "Lengde mot plan for %s: fra %s til %s, vanligvis %s.",
	HistorySayPassShare:            "Pass for %s: fra %d %% til %d %% av turene, vanligvis %d %%.",
	HistoryMinutesUnder + "#one":   "%d minutt under",
	HistoryMinutesUnder + "#other": "%d minutter under",
	HistoryMinutesOver + "#one":    "%d minutt over",
	HistoryMinutesOver + "#other":  "%d minutter over",
	HistoryOnPlan:                  "på planen",
	HistoryFewTrends:               "Utviklingen trenger møter; det finnes ingen ennå.",
	HistoryOnTimeCount:             "%d av %d",
	HistoryAskPurge + "#one":       "Slette %d møte i %s før %s, det under pekeren? Det kan ikke angres; det møtet og de nyere blir.",
	HistoryAskPurge + "#other":     "Slette %d møter i %s før %s, det under pekeren? Det kan ikke angres; det møtet og de nyere blir.",
	HistoryPurgeNone:               "Det finnes ingen møter før %s å slette.",
	HistoryPurged + "#one":         "Slettet %d møte før %s.",
	HistoryPurged + "#other":       "Slettet %d møter før %s.",
	HistoryPurgeKept:               "Møtene er slettet, men de gamle bytene kunne ikke viskes ut av datafilen; neste avsluttede møte prøver igjen.",
	HistoryPurgeFailed:             "Ingenting ble slettet: datafilen kunne ikke endres.",
	HistoryNotDeleted:              "Ingenting ble slettet.",
	HistoryReportDone:              "Rapporten er skrevet til %s.",
	HistoryReportFailed:            "Rapporten kunne ikke skrives (%s).",
	HelpOpenMeeting:                "åpne",
	HelpTrends:                     "utvikling",
	HelpPurgeBefore:                "slett eldre",
	HelpWriteReport:                "skriv rapport",
	HelpOtherMeeting:               "eldre/nyere",
	HelpSpan:                       "12/52",
	HelpHistory:                    "historikk",
	HistorySayMeeting:              "%d. %s: %s, %s, %s, %s, %s, %s, %s.",
	HistorySayMore:                 "Skriv mer for eldre møter.",
	HistoryTyping:                  "Skriv nummeret til et møte for å åpne det, t for utviklingen, x og et nummer for å slette møtene før det, w for å skrive rapporten, eller bare enter for å gå hjem.",
	HistoryTypingDetail:            "Skriv enter for å gå tilbake til listen, < for det eldre møtet, > for det nyere.",
	HistoryTypingTrends:            "Skriv 12 eller 52 for de siste 12 eller 52 møtene, eller enter for å gå tilbake til listen.",
	HistorySayTurns + "#one":       "%[2]s: %[1]d, fra %[3]s til %[4]s, %[5]d av dem pass.",
	HistorySayTurns + "#other":     "%[2]s: %[1]d, fra %[3]s til %[4]s, %[5]d av dem pass.",
	HistorySayBreaks:               "Pauser: %d, %s i alt.",
	HistorySayStops + "#one":       "circle stoppet %d gang og fortsatte etterpå, %s i alt.",
	HistorySayStops + "#other":     "circle stoppet %d ganger og fortsatte etterpå, %s i alt.",
}
