package catalog

// The words the meeting page added when ui/ became pages: its keys, then
// their English and Bokmål.
const (
	// A seat named inside a sentence: Bokmål writes "plass 2" there.
	MeetingSeatMid      Key = "meeting.seat.mid"
	MeetingSeatNamedMid Key = "meeting.seat.named.mid"
	MeetingToday        Key = "meeting.today"
	MeetingPeople       Key = "meeting.people"
	MeetingCardLength   Key = "meeting.card.length"
	// An open floor is no "a …" in English.
	MeetingCardLengthOpen Key = "meeting.card.length.open"
	// The plan that never fitted, from the meeting's start.
	MeetingPlanTight   Key = "meeting.plan.tight"
	MeetingChooseShort Key = "meeting.choose.short"
	// The Now cue during a turn with a prompt on screen, and on the
	// facilitator's own turn.
	MeetingNowPrompt        Key = "meeting.now.prompt"
	MeetingNowReaction      Key = "meeting.now.reaction"
	MeetingNowOwn           Key = "meeting.now.own"
	MeetingNowOwnPrompt     Key = "meeting.now.own.prompt"
	MeetingNowOwnOvertime   Key = "meeting.now.own.overtime"
	MeetingOpenHasSpoken    Key = "meeting.open.has.spoken"
	MeetingOpenNotHeard     Key = "meeting.open.not.heard"
	MeetingRulesUnticked    Key = "meeting.rules.unticked"
	MeetingLineOpen         Key = "meeting.line.open"
	MeetingLineHelp         Key = "meeting.line.help"
	MeetingLineHelpOpen     Key = "meeting.line.help.open"
	MeetingLineHelpBreak    Key = "meeting.line.help.break"
	MeetingLineHelpHandover Key = "meeting.line.help.handover"
	MeetingLineChoose       Key = "meeting.line.choose"
	MeetingLineRemind       Key = "meeting.line.remind"
	MeetingLineNotHere      Key = "meeting.line.not.here"
	MeetingLineNoRule       Key = "meeting.line.no.rule"
	// The turn's time in the header, when the body cannot show it.
	MeetingHeadLeft Key = "meeting.head.left"
	MeetingHeadOver Key = "meeting.head.over"
	// The handover card's rules line, for a group: the command names it.
	MeetingCardRulesGroup Key = "meeting.card.rules.group"
	// r over the ground rules shown during the meeting.
	HelpHideRules Key = "help.hide.rules"
	// The line mode: what enter does during a round, and the Now cues
	// that name the prompt (the screen's point at it, above them).
	MeetingLineRound        Key = "meeting.line.round"
	MeetingLineNowPrompt    Key = "meeting.line.now.prompt"
	MeetingLineNowReaction  Key = "meeting.line.now.reaction"
	MeetingLineNowOwnPrompt Key = "meeting.line.now.own.prompt"
	// A question answered no.
	MeetingAnsweredNo Key = "meeting.answered.no"
)

var enMeeting = map[Key]string{
	HelpHideRules:            "hide rules",
	MeetingAnsweredNo:        "No: nothing changed.",
	MeetingLineRound:         "A round is under way: in each turn, press enter when the one speaking is done, or p if they pass.",
	MeetingLineNowPrompt:     "Read them the prompt: %s A few words are enough. Press enter when they are done, or p if they pass.",
	MeetingLineNowReaction:   "Read them the prompt: %s No advice, no consoling. Press enter when they are done, or p if they pass.",
	MeetingLineNowOwnPrompt:  "This is your own turn. This prompt may help: %s Press enter when you are done, or p to pass.",
	MeetingHeadLeft:          "%s left",
	MeetingCardRulesGroup:    "The ground rules are in circle: press r in a meeting to show them, or print them with: circle rules export --group %s",
	MeetingHeadOver:          "TIME · %s over",
	MeetingSeatMid:           "Seat %d",
	MeetingSeatNamedMid:      "Seat %d · %s",
	MeetingToday:             "Today: %s, %s in the circle.",
	MeetingPeople + "#one":   "%d person",
	MeetingPeople + "#other": "%d people",
	MeetingCardLength:        "Meetings last %s, as a %s.",
	MeetingCardLengthOpen:    "Meetings last %s, with an open floor.",
	MeetingPlanTight:         "The plan is too tight: it is %s short of the time every sharing turn needs.",
	MeetingChooseShort:       "Change the plan: press its number.",
	MeetingNowPrompt:         "Read them the prompt above; a few words are enough. Press enter when they are done, or p if they pass.",
	MeetingNowReaction:       "Read them the prompt above. No advice, no consoling. Press enter when they are done, or p if they pass.",
	MeetingNowOwn:            "This is your own turn: take the time you need. Press enter when you are done, or p to pass.",
	MeetingNowOwnPrompt:      "This is your own turn: the prompt above may help. Press enter when you are done, or p to pass.",
	MeetingNowOwnOvertime:    "Your time is up, and no one cuts you off. Finish in your own time and press enter.",
	MeetingOpenHasSpoken:     "%s has the floor.",
	MeetingOpenNotHeard:      "Not heard yet: %s.",
	MeetingRulesUnticked:     "Not ticked yet: %s.",
	MeetingLineOpen:          "Now the floor is open: whoever wants to speak about where the shoe pinches now. Type a seat's number and enter to give it the floor, - when no one has it, and enter alone to close the floor. Invite those not heard yet.",
	MeetingLineHelp:          "Enter: the next step (ending a turn before its time asks first). p: pass. b: break. r: hear the rules. m: show one rule to the circle. c: change the plan when it no longer fits. q: stop the meeting.",
	MeetingLineHelpOpen:      "A seat's number: give it the floor. -: no one has it. Enter: close the floor. b: break. r: hear the rules. m: show one rule to the circle. c: change the plan when it no longer fits. q: stop the meeting.",
	MeetingLineHelpBreak:     "b: end the break. r: hear the rules. q: stop the meeting.",
	MeetingLineHelpHandover:  "y: the next facilitator is chosen. n: not yet. r: hear the rules. q: stop the meeting.",
	MeetingLineChoose:        "Change the plan: type the number of a change and enter; anything else is no change.",
	MeetingLineRemind:        "Show one rule to the whole circle: type its number and enter; anything else shows none. The clock keeps running.",
	MeetingLineNotHere:       "“%s” cannot be typed here. Type ? to hear what can.",
	MeetingLineNoRule:        "There is no rule %s: type t and a number from 1 to %d, or t alone for all.",
}

var nbMeeting = map[Key]string{
	HelpHideRules:            "skjul regler",
	MeetingAnsweredNo:        "Nei: ingenting er endret.",
	MeetingLineRound:         "En runde er i gang: trykk enter når den som snakker, er ferdig med turen sin, eller p hvis personen står over.",
	MeetingLineNowPrompt:     "Les spørsmålet høyt: %s Noen få ord er nok. Trykk enter når personen er ferdig, eller p hvis personen står over.",
	MeetingLineNowReaction:   "Les spørsmålet høyt: %s Ingen råd, ingen trøst. Trykk enter når personen er ferdig, eller p hvis personen står over.",
	MeetingLineNowOwnPrompt:  "Nå er det din egen tur. Dette spørsmålet kan hjelpe deg i gang: %s Trykk enter når du er ferdig, eller p hvis du står over.",
	MeetingHeadLeft:          "%s igjen",
	MeetingCardRulesGroup:    "Gruppereglene ligger i circle: trykk r i et møte for å vise dem, eller skriv dem ut med: circle rules export --group %s",
	MeetingHeadOver:          "TIDEN ER UTE · %s over",
	MeetingSeatMid:           "plass %d",
	MeetingSeatNamedMid:      "plass %d · %s",
	MeetingToday:             "I dag: %s, %s i gruppa.",
	MeetingPeople + "#one":   "%d deltaker",
	MeetingPeople + "#other": "%d deltakere",
	MeetingCardLength:        "Møtene varer %s, som %s.",
	MeetingCardLengthOpen:    "Møtene varer %s, med fritt ord.",
	MeetingPlanTight:         "Planen er for stram: det mangler %s for at alle som skal dele, får tiden sin.",
	MeetingChooseShort:       "Endre planen: trykk tallet.",
	MeetingNowPrompt:         "Les spørsmålet høyt; noen få ord er nok. Trykk enter når personen er ferdig, eller p hvis personen står over.",
	MeetingNowReaction:       "Les spørsmålet høyt. Ingen råd, ingen trøst. Trykk enter når personen er ferdig, eller p hvis personen står over.",
	MeetingNowOwn:            "Nå er det din egen tur: ta den tiden du trenger. Trykk enter når du er ferdig, eller p hvis du står over.",
	MeetingNowOwnPrompt:      "Nå er det din egen tur: spørsmålet over kan hjelpe deg i gang. Trykk enter når du er ferdig, eller p hvis du står over.",
	MeetingNowOwnOvertime:    "Tiden din er ute, men ingen avbryter deg. Avslutt i ditt eget tempo, og trykk enter.",
	MeetingOpenHasSpoken:     "%s har ordet.",
	MeetingOpenNotHeard:      "Ikke hørt ennå: %s.",
	MeetingRulesUnticked:     "Ikke krysset av ennå: %s.",
	MeetingLineOpen:          "Nå er ordet fritt: den som vil, forteller hvor skoen trykker nå. Skriv plassnummeret og trykk enter for å gi ordet, - når ingen har det, og bare enter for å avslutte den frie praten. Inviter dem som ikke er hørt ennå.",
	MeetingLineHelp:          "Enter: neste steg (å avslutte en tur før tiden spør først). p: stå over. b: pause. r: hør reglene. m: vis én regel for gruppa. c: endre planen når den ikke går opp. q: stopp møtet.",
	MeetingLineHelpOpen:      "Et plassnummer: gi ordet til den plassen. -: ingen har ordet. Enter: avslutt den frie praten. b: pause. r: hør reglene. m: vis én regel for gruppa. c: endre planen når den ikke går opp. q: stopp møtet.",
	MeetingLineHelpBreak:     "b: avslutt pausen. r: hør reglene. q: stopp møtet.",
	MeetingLineHelpHandover:  "j eller y: neste ordstyrer er valgt. n: ikke ennå. r: hør reglene. q: stopp møtet.",
	MeetingLineChoose:        "Endre planen: skriv tallet for en endring og trykk enter; alt annet er ingen endring.",
	MeetingLineRemind:        "Vis én regel for hele gruppa: skriv nummeret og trykk enter; alt annet viser ingen. Klokka går videre.",
	MeetingLineNotHere:       "«%s» kan ikke skrives her. Skriv ? for å høre hva du kan skrive.",
	MeetingLineNoRule:        "Det finnes ingen regel %s: skriv t og et tall fra 1 til %d, eller bare t for alle.",
}
