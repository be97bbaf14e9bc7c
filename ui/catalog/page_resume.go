package catalog

// The words the resume page added when ui/ became pages: its keys, then
// their English and Bokmål.
const (
	ResumeSayUnreadable Key = "resume.say.unreadable"
	ResumeSayAside      Key = "resume.say.aside"
	ResumeCannotGoOn    Key = "resume.cannot.go.on"
	ResumeKept          Key = "resume.kept"
	ResumeSettingAside  Key = "resume.setting.aside"
	ResumeAsideFailed   Key = "resume.aside.failed"
)

var enResume = map[Key]string{
	ResumeSayUnreadable: "Its record cannot be read, so it cannot go on.",
	ResumeSayAside:      "Type x and enter to set it aside (a copy of the data file is kept), or q to quit and run circle check.",
	ResumeCannotGoOn:    "It cannot go on; it can only be set aside.",
	ResumeKept:          "Nothing was changed: the meeting is still there.",
	ResumeSettingAside:  "Setting it aside…",
	ResumeAsideFailed:   "The unfinished meeting could not be set aside: %s",
}

var nbResume = map[Key]string{
	ResumeSayUnreadable: "Det som er lagret om møtet, kan ikke leses, så møtet kan ikke fortsette.",
	ResumeSayAside:      "Skriv x og trykk enter for å legge det bort (en kopi av datafilen blir tatt vare på), eller q for å gå ut og kjøre circle check.",
	ResumeCannotGoOn:    "Møtet kan ikke fortsette; det kan bare legges bort.",
	ResumeKept:          "Ingenting er endret: møtet ligger der fortsatt.",
	ResumeSettingAside:  "Legger det bort …",
	ResumeAsideFailed:   "Det uferdige møtet kunne ikke legges bort: %s",
}
