package catalog

// The words of circle display: the circle's own screen, following the
// meeting the facilitator's circle runs.
const (
	CLISumDisplay     Key = "cli.sum.display"
	DisplayTitle      Key = "display.title"
	DisplayWaiting    Key = "display.waiting"
	DisplayEnded      Key = "display.ended"
	DisplayLost       Key = "display.lost"
	DisplayNotYours   Key = "display.not.yours"
	DisplayCannot     Key = "display.cannot"
	DisplayNoPath     Key = "display.no.path"
	DisplayBreak      Key = "display.break"
	DisplayBreakOf    Key = "display.break.of"
	DisplayNoTerminal Key = "display.no.terminal"
	DisplayBetween    Key = "display.between"
)

var enDisplay = map[Key]string{
	CLISumDisplay:     "follow the running meeting on a second screen, for the circle to read",
	DisplayTitle:      "circle · the circle's screen",
	DisplayWaiting:    "No meeting is running. This screen waits for one to begin.",
	DisplayEnded:      "The meeting has ended. This screen waits for the next one.",
	DisplayLost:       "The facilitator's circle has stopped. This screen waits for it to come back.",
	DisplayNotYours:   "circle display cannot attach: the meeting's channel in %s belongs to another user.",
	DisplayCannot:     "circle display cannot attach to the meeting's channel %s: %s",
	DisplayNoPath:     "circle display has no private place for the meeting's channel (%s): choose a shorter --db path, or on Windows set LOCALAPPDATA to a short folder of your own.",
	DisplayBreak:      "Break",
	DisplayBreakOf:    "%s of %s",
	DisplayNoTerminal: "circle display needs a terminal to draw on: run it in a terminal window.",
	DisplayBetween:    "Between turns",
}

var nbDisplay = map[Key]string{
	CLISumDisplay:     "følg møtet som pågår på en skjerm nummer to, som gruppa kan lese",
	DisplayTitle:      "circle · gruppas skjerm",
	DisplayWaiting:    "Ingen møter pågår. Denne skjermen venter på at et skal begynne.",
	DisplayEnded:      "Møtet er slutt. Denne skjermen venter på det neste.",
	DisplayLost:       "circle hos den som leder, har stoppet. Denne skjermen venter på at det kommer tilbake.",
	DisplayNotYours:   "circle display kan ikke koble seg til: møtets kanal i %s tilhører en annen bruker.",
	DisplayCannot:     "circle display kan ikke koble seg til møtets kanal %s: %s",
	DisplayNoPath:     "circle display har ikke noe privat sted for møtets kanal (%s): velg en kortere --db-sti, eller sett LOCALAPPDATA til en kort mappe som er din, på Windows.",
	DisplayBreak:      "Pause",
	DisplayBreakOf:    "%s av %s",
	DisplayNoTerminal: "circle display trenger en terminal å tegne i: kjør det i et terminalvindu.",
	DisplayBetween:    "Mellom turene",
}
