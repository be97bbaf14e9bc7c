package catalog

import "golang.org/x/sys/windows"

// System is the language of a LANG or LC_* set by hand, else of the
// Windows user's display languages, which Windows keeps outside the
// environment variables (see fromWindows).
func System(getenv func(string) string) Lang {
	langs, err := windows.GetUserPreferredUILanguages(windows.MUI_LANGUAGE_NAME)
	if err != nil {
		langs = nil
	}
	return fromWindows(getenv, langs)
}
