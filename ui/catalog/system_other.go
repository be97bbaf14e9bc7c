//go:build !windows

package catalog

// System is the language of the environment's locale: LC_ALL,
// LC_MESSAGES, then LANG. getenv is os.Getenv in the program.
func System(getenv func(string) string) Lang { return FromEnv(getenv) }
