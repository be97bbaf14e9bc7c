package catalog

import "strings"

// FromEnv chooses the language from the POSIX locale variables as GNU
// gettext does: the locale is the first of LC_ALL, LC_MESSAGES and LANG
// that is set and not empty; unless that locale is C or POSIX (or none is
// set, which is C), LANGUAGE comes first, a priority list such as nb:en
// whose first language circle speaks wins. Norwegian (nb, no, nn, with or
// without a territory, codeset or modifier, as in nb_NO.UTF-8) gives
// Bokmål; anything else, "C" and "POSIX" included, gives English.
// getenv is os.Getenv in the program and a map in tests.
func FromEnv(getenv func(string) string) Lang {
	l, _ := fromEnv(getenv)
	return l
}

// fromEnv is FromEnv, and whether a locale variable is set at all.
func fromEnv(getenv func(string) string) (Lang, bool) {
	locale := ""
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if locale = getenv(name); locale != "" {
			break
		}
	}
	if locale == "" {
		return English, false
	}
	if !isCLocale(locale) {
		for _, tag := range strings.Split(getenv("LANGUAGE"), ":") {
			if l, ok := speaks(tag); ok {
				return l, true
			}
		}
	}
	return fromTag(locale), true
}

// isCLocale reports whether a locale is C or POSIX, in which programs
// speak untranslated and LANGUAGE is not read. C.UTF-8 is C too.
func isCLocale(locale string) bool {
	name, _, _ := strings.Cut(locale, ".")
	return name == "C" || name == "POSIX"
}

// speaks is the language of tag if circle speaks it: English for en,
// en_GB and the like, Bokmål for the Norwegian tags; false for any other.
func speaks(tag string) (Lang, bool) {
	if l := fromTag(tag); l == Bokmal {
		return l, true
	}
	base := strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(base, "_-.@"); i >= 0 {
		base = base[:i]
	}
	return English, base == "en"
}

// fromWindows is the language on Windows: a locale variable set by hand
// wins, as on other systems; else the first of the user's display
// languages (GetUserPreferredUILanguages) circle speaks, else English.
func fromWindows(getenv func(string) string, display []string) Lang {
	if l, set := fromEnv(getenv); set {
		return l
	}
	for _, name := range display {
		if l, ok := speaks(name); ok {
			return l
		}
	}
	return English
}

// FromWindows maps a Windows locale name, as GetUserDefaultLocaleName
// returns it ("nb-NO", "nn-NO", "en-GB"), to a language.
func FromWindows(name string) Lang { return fromTag(name) }

// fromTag reads the language of a POSIX locale (language_TERRITORY.codeset@modifier)
// or a BCP 47 / Windows locale name (language-Region).
func fromTag(tag string) Lang {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, ".@"); i >= 0 {
		tag = tag[:i]
	}
	if i := strings.IndexAny(tag, "_-"); i >= 0 {
		tag = tag[:i]
	}
	switch tag {
	// nb is Bokmål and no the older code for Norwegian. nn is Nynorsk,
	// which circle does not speak: Nynorsk readers read Bokmål every day
	// (most of what they read is in it), so Bokmål serves them better than
	// English. The names are glibc's aliases (locale.alias).
	case "nb", "no", "nn", "norwegian", "bokmal", "bokmål", "nynorsk":
		return Bokmal
	}
	return English
}
