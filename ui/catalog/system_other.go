//go:build !windows

package catalog

// System is the language of the environment's locale: LANGUAGE (unless
// the locale is C or POSIX), LC_ALL, LC_MESSAGES, then LANG; see FromEnv.
// getenv is os.Getenv in the program.
func System(getenv func(string) string) Lang { return FromEnv(getenv) }
