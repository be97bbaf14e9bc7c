package catalog

// The words of private notes, on the solo page: off by default, turned on
// with a passphrase that is never stored. Its keys, then their English
// and Bokmål.
const (
	NotesTitle      Key = "notes.title"
	NotesOff        Key = "notes.off"
	NotesForgotten  Key = "notes.forgotten"
	NotesChoose     Key = "notes.choose"
	NotesRepeat     Key = "notes.repeat"
	NotesMismatch   Key = "notes.mismatch"
	NotesShort      Key = "notes.short"
	NotesLocked     Key = "notes.locked"
	NotesAsk        Key = "notes.ask"
	NotesWrong      Key = "notes.wrong"
	NotesKeyDamaged Key = "notes.key.damaged"
	NotesNone       Key = "notes.none"
	NotesDamaged    Key = "notes.damaged"
	NotesWrite      Key = "notes.write"
	NotesFailed     Key = "notes.failed"
	NotesNoFile     Key = "notes.no.file"
	NotesAskOne     Key = "notes.ask.one"
	NotesAskAll     Key = "notes.ask.all"
	NotesDeleted    Key = "notes.deleted"
	NotesAllDeleted Key = "notes.all.deleted"
	NotesSayNote    Key = "notes.say.note"
	NotesTypeOff    Key = "notes.type.off"
	NotesTypePass   Key = "notes.type.pass"
	NotesTypeLocked Key = "notes.type.locked"
	NotesTypeOpen   Key = "notes.type.open"
	NotesTypeWrite  Key = "notes.type.write"
	NotesNoSuchNote Key = "notes.no.such.note"
	NotesCount      Key = "notes.count"

	HelpNotes       Key = "help.notes"
	HelpNotesOn     Key = "help.notes.on"
	HelpNotesUnlock Key = "help.notes.unlock"
	HelpNotesWrite  Key = "help.notes.write"
	HelpNotesSave   Key = "help.notes.save"
	HelpNotesDelete Key = "help.notes.delete"
	HelpNotesAll    Key = "help.notes.all"
	HelpNotesLock   Key = "help.notes.lock"
)

var enNotes = map[Key]string{
	NotesTitle:            "Private notes",
	NotesOff:              "Private notes are off. Turned on, each note you write here is encrypted with a passphrase you choose, which circle never stores. Notes stay on this page: never in a meeting, an export or a backup for a centre.",
	NotesForgotten:        "If you forget the passphrase, your notes can only be deleted, never read.",
	NotesChoose:           "Choose a passphrase, at least 8 characters (enter goes on, esc goes back):",
	NotesRepeat:           "Type the passphrase again:",
	NotesMismatch:         "The two passphrases are not the same: nothing was turned on. Choose one again.",
	NotesShort:            "A passphrase has at least 8 characters: choose a longer one.",
	NotesLocked:           "Your notes are locked. Type your passphrase to read them.",
	NotesAsk:              "Passphrase (enter opens, esc goes back):",
	NotesWrong:            "That passphrase does not open your notes. Nothing changed: try again, or press D to delete them all.",
	NotesKeyDamaged:       "Your notes' key is damaged in the data file: they cannot be read, only deleted (D).",
	NotesNone:             "No notes yet. Press a to write one.",
	NotesDamaged:          "This note cannot be read: its record is damaged. You can delete it.",
	NotesWrite:            "Your note (enter keeps it, esc leaves it):",
	NotesFailed:           "That could not be saved (%s). Nothing changed.",
	NotesNoFile:           "Private notes need a data file to keep them in, and there is none.",
	NotesAskOne:           "Delete this note? It cannot be undone.",
	NotesAskAll:           "Delete all your notes and turn notes off? They cannot be recovered.",
	NotesDeleted:          "The note is deleted.",
	NotesAllDeleted:       "All notes are deleted, and notes are off.",
	NotesSayNote:          "Note %[1]d, %[2]s: %[3]s",
	NotesTypeOff:          "Type t and enter to turn private notes on, or q to go back.",
	NotesTypePass:         "Type the passphrase and enter. The line mode shows what you type: make sure no one reads along. q goes back.",
	NotesTypeLocked:       "Type your passphrase and enter to read your notes, D to delete them all, or q to go back.",
	NotesTypeOpen:         "Type a and enter to write a note, d and a number to delete that note, D to delete all, q to lock them and go back.",
	NotesTypeWrite:        "Type your note and enter; an empty line leaves it.",
	NotesNoSuchNote:       "There is no note %[1]s: type d and a number from 1 to %[2]d.",
	NotesCount + "#one":   "%d note",
	NotesCount + "#other": "%d notes",

	HelpNotes:       "private notes",
	HelpNotesOn:     "turn on",
	HelpNotesUnlock: "open",
	HelpNotesWrite:  "write",
	HelpNotesSave:   "keep",
	HelpNotesDelete: "delete",
	HelpNotesAll:    "delete all",
	HelpNotesLock:   "lock",
}

var nbNotes = map[Key]string{
	NotesTitle:            "Private notater",
	NotesOff:              "Private notater er slått av. Slått på blir hvert notat du skriver her kryptert med et passord du velger, og som circle aldri lagrer. Notatene blir på denne siden: aldri i et møte, en eksport eller en sikkerhetskopi for et senter.",
	NotesForgotten:        "Glemmer du passordet, kan notatene bare slettes, aldri leses.",
	NotesChoose:           "Velg et passord på minst 8 tegn (enter går videre, esc går tilbake):",
	NotesRepeat:           "Skriv passordet en gang til:",
	NotesMismatch:         "De to passordene er ikke like: ingenting ble slått på. Velg et på nytt.",
	NotesShort:            "Et passord har minst 8 tegn: velg et lengre.",
	NotesLocked:           "Notatene dine er låst. Skriv passordet for å lese dem.",
	NotesAsk:              "Passord (enter åpner, esc går tilbake):",
	NotesWrong:            "Det passordet åpner ikke notatene dine. Ingenting ble endret: prøv igjen, eller trykk D for å slette alle.",
	NotesKeyDamaged:       "Nøkkelen til notatene er skadet i datafilen: de kan ikke leses, bare slettes (D).",
	NotesNone:             "Ingen notater ennå. Trykk a for å skrive et.",
	NotesDamaged:          "Dette notatet kan ikke leses: posten er skadet. Du kan slette det.",
	NotesWrite:            "Notatet ditt (enter tar vare på det, esc forlater det):",
	NotesFailed:           "Det kunne ikke lagres (%s). Ingenting ble endret.",
	NotesNoFile:           "Private notater trenger en datafil å ligge i, og det er ingen.",
	NotesAskOne:           "Slette dette notatet? Det kan ikke angres.",
	NotesAskAll:           "Slette alle notatene og slå av notater? De kan ikke hentes tilbake.",
	NotesDeleted:          "Notatet er slettet.",
	NotesAllDeleted:       "Alle notatene er slettet, og notater er slått av.",
	NotesSayNote:          "Notat %[1]d, %[2]s: %[3]s",
	NotesTypeOff:          "Skriv t og trykk enter for å slå på private notater, eller q for å gå tilbake.",
	NotesTypePass:         "Skriv passordet og trykk enter. Linjemodus viser det du skriver: pass på at ingen leser med. q går tilbake.",
	NotesTypeLocked:       "Skriv passordet og trykk enter for å lese notatene, D for å slette alle, eller q for å gå tilbake.",
	NotesTypeOpen:         "Skriv a og trykk enter for å skrive et notat, d og et nummer for å slette det notatet, D for å slette alle, q for å låse og gå tilbake.",
	NotesTypeWrite:        "Skriv notatet og trykk enter; en tom linje forlater det.",
	NotesNoSuchNote:       "Det finnes ikke noe notat %[1]s: skriv d og et tall fra 1 til %[2]d.",
	NotesCount + "#one":   "%d notat",
	NotesCount + "#other": "%d notater",

	HelpNotes:       "private notater",
	HelpNotesOn:     "slå på",
	HelpNotesUnlock: "åpne",
	HelpNotesWrite:  "skriv",
	HelpNotesSave:   "ta vare på",
	HelpNotesDelete: "slett",
	HelpNotesAll:    "slett alle",
	HelpNotesLock:   "lås",
}
