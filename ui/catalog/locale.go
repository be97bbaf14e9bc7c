package catalog

import "strings"

// FromEnv chooses the language from the POSIX locale variables: LC_ALL,
// then LC_MESSAGES, then LANG; the first that is set and not empty decides,
// as it does for every other program. Norwegian (nb, no, nn, with or
// without a territory, codeset or modifier, as in nb_NO.UTF-8) gives
// Bokmål; anything else, "C" and "POSIX" included, gives English.
// getenv is os.Getenv in the program and a map in tests.
func FromEnv(getenv func(string) string) Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			return fromTag(v)
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
