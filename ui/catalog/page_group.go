package catalog

// The words the group page added when ui/ became pages: its keys, then
// their English and Bokmål.
const (
	GroupErrPrompts      Key = "group.err.prompts"
	GroupSettingsHeading Key = "group.settings.heading"
	GroupSpeakNew        Key = "group.speak.new"
	GroupSpeakRename     Key = "group.speak.rename"
	GroupSpeakAgree      Key = "group.speak.agree"
	GroupSpeakRules      Key = "group.speak.rules"
	GroupSpeakField      Key = "group.speak.field"
	GroupSpeakSettings   Key = "group.speak.settings"
	GroupSpeakPrompts    Key = "group.speak.prompts"
	GroupSpeakNumber     Key = "group.speak.number"
	GroupSpeakWhat       Key = "group.speak.what"
)

var enGroup = map[Key]string{
	GroupErrPrompts:      "A group can have at most 60 prompts of its own, each at most 300 characters.",
	GroupSettingsHeading: "Meeting defaults of %s",
	GroupSpeakNew:        "Type the name and enter, or q to go back without making the group.",
	GroupSpeakRename:     "It is called %s now. Type the new name and enter; enter alone keeps it; q goes back.",
	GroupSpeakAgree:      "Type enter when you all agree, and the group is made. To change the list: a and the words adds a rule, e, its number and the words changes one, d and its number removes one, x puts back circle's defaults. q goes back without making the group.",
	GroupSpeakRules:      "Enter or q goes back. To change the list: a and the words adds a rule, e, its number and the words changes one, d and its number removes one, x puts back circle's defaults.",
	GroupSpeakField:      "Field %[1]d, %[2]s: %[3]s.",
	GroupSpeakSettings:   "Type a field's number and a new value (1 90) to change it, or the number alone to change a choice. Enter saves; q goes back without saving.",
	GroupSpeakPrompts:    "The group's own prompts are edited on the full screen.",
	GroupSpeakNumber:     "There is no rule with that number.",
	GroupSpeakWhat:       "circle did not understand that line.",
}

var nbGroup = map[Key]string{
	GroupErrPrompts:      "En gruppe kan ha høyst 60 egne spørsmål, hvert på høyst 300 tegn.",
	GroupSettingsHeading: "Vanlige møteinnstillinger for %s",
	GroupSpeakNew:        "Skriv navnet og trykk Enter, eller q for å gå tilbake uten å lage gruppa.",
	GroupSpeakRename:     "Gruppa heter %s nå. Skriv det nye navnet og trykk Enter; Enter alene beholder navnet; q går tilbake.",
	GroupSpeakAgree:      "Trykk Enter når dere alle er enige, så blir gruppa laget. For å endre lista: a og ordene legger til en regel, e, nummeret og ordene endrer en, d og nummeret fjerner en, x setter tilbake standardreglene. q går tilbake uten å lage gruppa.",
	GroupSpeakRules:      "Enter eller q går tilbake. For å endre lista: a og ordene legger til en regel, e, nummeret og ordene endrer en, d og nummeret fjerner en, x setter tilbake standardreglene.",
	GroupSpeakField:      "Felt %[1]d, %[2]s: %[3]s.",
	GroupSpeakSettings:   "Skriv nummeret til et felt og en ny verdi (1 90) for å endre det, eller bare nummeret for å bytte et valg. Enter lagrer; q går tilbake uten å lagre.",
	GroupSpeakPrompts:    "Gruppas egne spørsmål endres i fullskjermvisningen.",
	GroupSpeakNumber:     "Det finnes ingen regel med det nummeret.",
	GroupSpeakWhat:       "circle forstod ikke den linjen.",
}
