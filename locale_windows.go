package main

import (
	"golang.org/x/sys/windows"

	"circle/ui/catalog"
)

// systemLang is the Windows user's display language, which Windows keeps
// outside the environment variables.
func systemLang() catalog.Lang {
	langs, err := windows.GetUserPreferredUILanguages(windows.MUI_LANGUAGE_NAME)
	if err != nil || len(langs) == 0 {
		return catalog.FromEnv(getenv)
	}
	if l := catalog.FromEnv(getenv); l != catalog.English {
		return l // LANG set by hand wins, as on other systems
	}
	return catalog.FromWindows(langs[0])
}
