package catalog

import "golang.org/x/sys/windows"

// System is the Windows user's display language, which Windows keeps
// outside the environment variables; a locale variable set by hand wins,
// as on other systems.
func System(getenv func(string) string) Lang {
	langs, err := windows.GetUserPreferredUILanguages(windows.MUI_LANGUAGE_NAME)
	if err != nil || len(langs) == 0 {
		return FromEnv(getenv)
	}
	if l := FromEnv(getenv); l != English {
		return l
	}
	return FromWindows(langs[0])
}
