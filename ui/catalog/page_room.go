package catalog

// The words of what happens in real rooms (issue 13): the calm warning,
// the planned end, late arrivals, someone leaving, a turn that ended
// earlier, undo, another round, and the group settings for them.
const (
	SettingsWarn         Key = "settings.warn"
	SettingsWarnHint     Key = "settings.warn.hint"
	SettingsCheckInRound Key = "settings.checkin.round"
	SettingsAgain        Key = "settings.again"

	RoomTurnNear  Key = "room.turn.near"
	RoomEnds      Key = "room.ends"
	RoomEndsMoved Key = "room.ends.moved"

	HelpJoin    Key = "help.join"
	HelpLeave   Key = "help.leave"
	HelpEarlier Key = "help.earlier"
	HelpUndo    Key = "help.undo"
	HelpAgain   Key = "help.again"

	RoomJoinAsk         Key = "room.join.ask"
	RoomJoinNameAsk     Key = "room.join.name.ask"
	RoomJoinConfirm     Key = "room.join.confirm"
	RoomJoinConfirmLate Key = "room.join.confirm.late"
	RoomJoinConfirmAny  Key = "room.join.confirm.any"
	RoomJoined          Key = "room.joined"
	RoomNoSuchSeat      Key = "room.no.such.seat"
	RoomFull            Key = "room.full"

	RoomLeaveAsk      Key = "room.leave.ask"
	RoomLeaveConfirm  Key = "room.leave.confirm"
	RoomLeaveTurns    Key = "room.leave.turns"
	RoomLeaveNone     Key = "room.leave.none"
	RoomLeft          Key = "room.left"
	RoomLeaveSpeaking Key = "room.leave.speaking"
	RoomLeaveStays    Key = "room.leave.stays"

	RoomEarlierAsk     Key = "room.earlier.ask"
	RoomEarlierConfirm Key = "room.earlier.confirm"
	RoomCorrected      Key = "room.corrected"
	RoomEarlierRange   Key = "room.earlier.range"

	RoomUndoEnd    Key = "room.undo.end"
	RoomUndoPass   Key = "room.undo.pass"
	RoomUndone     Key = "room.undone"
	RoomUndoTooOld Key = "room.undo.too.old"

	RoomAgainOffer     Key = "room.again.offer"
	RoomAgainOfferLine Key = "room.again.offer.line"
	RoomAgainConfirm   Key = "room.again.confirm"
	RoomAgainTitle     Key = "room.again.title"
	RoomAgainStarted   Key = "room.again.started"

	SummaryRoom Key = "summary.room"

	RoomLineHelp Key = "room.line.help"
	RoomTyped    Key = "room.typed"
)

var enRoom = map[Key]string{
	SettingsWarn:         "Calm warning at 1 minute left",
	SettingsWarnHint:     "A minute before a turn's time the bar and its words change to a second calm colour: never red, never flashing.",
	SettingsCheckInRound: "Check-in round",
	SettingsAgain:        "Offer one more round",

	RoomTurnNear:  "1 minute left · %s",
	RoomEnds:      "ends %s",
	RoomEndsMoved: "The meeting now ends at %s.",

	HelpJoin:    "late arrival",
	HelpLeave:   "someone leaves",
	HelpEarlier: "it ended earlier",
	HelpUndo:    "undo the last end",
	HelpAgain:   "one more round",

	RoomJoinAsk:         "A late arrival: type the number of the seat they sit after, then enter. Any other key: no one joins.",
	RoomJoinNameAsk:     "A name or initials for %s on the screen, if they like: type it, then enter; enter alone: none. It is kept in memory only, never saved. Esc: no one joins.",
	RoomJoinConfirm:     "%[1]s joins the circle after %[2]s and has their turn at their place in this round. Join them?",
	RoomJoinConfirmLate: "%[1]s joins the circle after %[2]s. Their place in this round has passed: they get a turn at the end of the round. Join them?",
	RoomJoinConfirmAny:  "%[1]s joins the circle after %[2]s. Join them?",
	RoomJoined:          "%s joined the circle; the plan is made again.",
	RoomNoSuchSeat:      "There is no seat %s in the circle: type the number of a seat in it.",
	RoomFull:            "The circle has no seat left for a late arrival: 20 at most.",

	RoomLeaveAsk:              "Someone leaves: type their seat's number, then enter. Any other key: no one leaves.",
	RoomLeaveConfirm:          "%[1]s leaves the circle: %[2]s. Let them go?",
	RoomLeaveTurns + "#one":   "their %d turn still to come is taken out",
	RoomLeaveTurns + "#other": "their %d turns still to come are taken out",
	RoomLeaveNone:             "%s leaves the circle; they have no turns still to come. Let them go?",
	RoomLeft:                  "%s left the circle; their turns still to come are taken out.",
	RoomLeaveSpeaking:         "%s is speaking: end their turn first, then let them go.",
	RoomLeaveStays:            "The facilitator, and the last two in the circle, stay to the end.",

	RoomEarlierAsk:     "That turn ended earlier: type how many seconds ago, from %d to %d, then enter. Any other key: no change.",
	RoomEarlierConfirm: "The last turn ended %s ago, not when the key was pressed: the next turn's clock starts from then. Correct it?",
	RoomCorrected:      "The last turn now ends when it really did; the plan is made again.",
	RoomEarlierRange:   "Type a number of seconds from %d to %d.",

	RoomUndoEnd:    "Take back the end of %s's turn? It goes on as if it had not been ended, its clock counting the time since.",
	RoomUndoPass:   "Take back the pass of %s? Their turn goes on, its clock counting the time since.",
	RoomUndone:     "Taken back: %s speaks again.",
	RoomUndoTooOld: "Only the last end or pass can be taken back, within a minute of it.",

	RoomAgainOffer:     "There is time for one more sharing round before the check-out: press o.",
	RoomAgainOfferLine: "There is time for one more sharing round before the check-out: type o.",
	RoomAgainConfirm:   "One more sharing round before the check-out, with a new prompt? The check-out keeps its time.",
	RoomAgainTitle:     "One more round",
	RoomAgainStarted:   "One more round. Its prompt: %s",

	SummaryRoom: "Joined late: %d. Left early: %d. Extra rounds: %d.",

	RoomLineHelp: "a: a late arrival. l: someone leaves. e: the last turn ended earlier. u: take back the last end or pass. o: one more round, when offered.",
	RoomTyped:    "Typed: %s",
}

var nbRoom = map[Key]string{
	SettingsWarn:         "Rolig varsel ved 1 minutt igjen",
	SettingsWarnHint:     "Ett minutt før en tur er ute får linjen og ordene en ny rolig farge: aldri rødt, aldri blinking.",
	SettingsCheckInRound: "Innsjekkingsrunde",
	SettingsAgain:        "Foreslå én runde til",

	RoomTurnNear:  "1 minutt igjen · %s",
	RoomEnds:      "slutt %s",
	RoomEndsMoved: "Møtet slutter nå kl. %s.",

	HelpJoin:    "kom sent",
	HelpLeave:   "noen går",
	HelpEarlier: "den sluttet før",
	HelpUndo:    "angre siste slutt",
	HelpAgain:   "én runde til",

	RoomJoinAsk:         "Noen kom sent: skriv nummeret på plassen de sitter etter, og trykk enter. En annen tast: ingen blir med.",
	RoomJoinNameAsk:     "Et navn eller initialer for %s på skjermen, om de vil: skriv det, og trykk enter; bare enter: ingen. Det holdes bare i minnet, lagres aldri. Esc: ingen blir med.",
	RoomJoinConfirm:     "%[1]s blir med i sirkelen etter %[2]s og får sin tur på sin plass i denne runden. Ta dem med?",
	RoomJoinConfirmLate: "%[1]s blir med i sirkelen etter %[2]s. Plassen deres i denne runden er passert: de får en tur på slutten av runden. Ta dem med?",
	RoomJoinConfirmAny:  "%[1]s blir med i sirkelen etter %[2]s. Ta dem med?",
	RoomJoined:          "%s ble med i sirkelen; planen er lagt på nytt.",
	RoomNoSuchSeat:      "Det er ingen plass %s i sirkelen: skriv nummeret på en plass i den.",
	RoomFull:            "Sirkelen har ingen plass igjen til en som kommer sent: høyst 20.",

	RoomLeaveAsk:              "Noen går: skriv nummeret på plassen deres, og trykk enter. En annen tast: ingen går.",
	RoomLeaveConfirm:          "%[1]s går fra sirkelen: %[2]s. La dem gå?",
	RoomLeaveTurns + "#one":   "den %d turen deres som gjenstår, tas ut",
	RoomLeaveTurns + "#other": "de %d turene deres som gjenstår, tas ut",
	RoomLeaveNone:             "%s går fra sirkelen; de har ingen turer igjen. La dem gå?",
	RoomLeft:                  "%s gikk fra sirkelen; turene deres som gjensto er tatt ut.",
	RoomLeaveSpeaking:         "%s snakker: avslutt turen først, og la dem så gå.",
	RoomLeaveStays:            "Den som leder, og de to siste i sirkelen, blir til slutten.",

	RoomEarlierAsk:     "Den turen sluttet før: skriv hvor mange sekunder siden, fra %d til %d, og trykk enter. En annen tast: ingen endring.",
	RoomEarlierConfirm: "Forrige tur sluttet for %s siden, ikke da tasten ble trykket: neste turs klokke starter derfra. Rette det?",
	RoomCorrected:      "Forrige tur slutter nå da den egentlig gjorde det; planen er lagt på nytt.",
	RoomEarlierRange:   "Skriv et antall sekunder fra %d til %d.",

	RoomUndoEnd:    "Ta tilbake slutten på turen til %s? Den fortsetter som om den ikke var avsluttet, og klokken teller tiden siden.",
	RoomUndoPass:   "Ta tilbake passet til %s? Turen fortsetter, og klokken teller tiden siden.",
	RoomUndone:     "Tatt tilbake: %s snakker igjen.",
	RoomUndoTooOld: "Bare siste slutt eller pass kan tas tilbake, innen ett minutt.",

	RoomAgainOffer:     "Det er tid til én delingsrunde til før utsjekkingen: trykk o.",
	RoomAgainOfferLine: "Det er tid til én delingsrunde til før utsjekkingen: skriv o.",
	RoomAgainConfirm:   "Én delingsrunde til før utsjekkingen, med et nytt spørsmål? Utsjekkingen beholder tiden sin.",
	RoomAgainTitle:     "Én runde til",
	RoomAgainStarted:   "Én runde til. Spørsmålet: %s",

	SummaryRoom: "Kom sent: %d. Gikk tidlig: %d. Ekstra runder: %d.",

	RoomLineHelp: "a: noen kom sent. l: noen går. e: forrige tur sluttet før. u: ta tilbake siste slutt eller pass. o: én runde til, når det foreslås.",
	RoomTyped:    "Skrevet: %s",
}
