package catalog

// The words the home page added when ui/ became pages: its keys, then
// their English and Bokmål.
const (
	HomeSayGroups   Key = "home.say.groups"
	HomeSayGroup    Key = "home.say.group"
	HomeSayOne      Key = "home.say.one"
	HomeSayMany     Key = "home.say.many"
	HomeSayNoGroup  Key = "home.say.no.group"
	HomeNoSuchGroup Key = "home.no.such.group"
	HomeNotHere     Key = "home.not.here"
)

var enHome = map[Key]string{
	HomeSayGroups:   "Your groups, by number:",
	HomeSayGroup:    "%[1]d. %[2]s, %[3]s.",
	HomeSayOne:      "Type enter to start a meeting of %s, h and enter for its history, g and enter for a new group, o to practise alone, q to quit, or ? for help.",
	HomeSayMany:     "Type enter to start a meeting of %s, or a group's number or name and enter to start that group's meeting; h and a group's number, then enter, opens its history. g and enter makes a new group, o practises alone, q quits, ? says this again.",
	HomeSayNoGroup:  "No group yet. Type enter to make your group: a name you choose together, then the ground rules you agree on. o practises alone, q quits, ? says this again.",
	HomeNoSuchGroup: "“%[1]s” is not one of the groups: type a number from 1 to %[2]d, or a group's name.",
	HomeNotHere:     "“%s” cannot be typed here.",
}

var nbHome = map[Key]string{
	HomeSayGroups:   "Gruppene deres, med nummer:",
	HomeSayGroup:    "%[1]d. %[2]s – %[3]s.",
	HomeSayOne:      "Trykk enter for å starte et møte i %s, h og enter for historikken, g og enter for en ny gruppe, o for å øve alene, q for å avslutte, eller ? for hjelp.",
	HomeSayMany:     "Trykk enter for å starte et møte i %s, eller skriv nummeret eller navnet på en gruppe og trykk enter for å starte et møte i den; h og nummeret til en gruppe, så enter, åpner historikken. g og enter lager en ny gruppe, o øver alene, q avslutter, ? sier dette igjen.",
	HomeSayNoGroup:  "Ingen gruppe ennå. Trykk enter for å lage gruppa deres: et navn dere velger sammen, og så gruppereglene dere blir enige om. o øver alene, q avslutter, ? sier dette igjen.",
	HomeNoSuchGroup: "«%[1]s» er ikke en av gruppene: skriv et tall fra 1 til %[2]d, eller navnet på en gruppe.",
	HomeNotHere:     "«%s» kan ikke skrives her.",
}
