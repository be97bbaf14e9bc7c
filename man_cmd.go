package main

import (
	"fmt"
	"strings"

	"circle/ui/catalog"
)

// circle man: the manual page, in roff, made from the command table and
// the help's own words, in the language chosen (--lang nb for Bokmål).
// It names no path of the machine it runs on, so a release build makes
// the same page everywhere.

func manPage(c call) int {
	fmt.Fprint(c.stdout, man(c.cat, commands()))
	return exitOK
}

// roff escapes text for a roff line: backslashes, dashes (so options
// print as minus signs and can be searched), a leading dot or quote that
// roff would take for a request, and letters beyond ASCII.
func roff(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	s = strings.ReplaceAll(s, "-", `\-`)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	// Letters beyond ASCII (å, ø) as roff's own names for them, which every
	// formatter reads whatever its input encoding.
	var b strings.Builder
	for _, r := range s {
		if r > 0x7e {
			fmt.Fprintf(&b, `\[u%04X]`, r)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func man(cat *catalog.Catalog, table []command) string {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	about := strings.TrimPrefix(cat.T(catalog.CLIAbout), "circle: ")
	line(`.TH CIRCLE 1 "" "circle %s" "%s"`, roff(appVersion()), roff(cat.T(catalog.CLIManSection)))
	line(".SH %s", roff(cat.T(catalog.CLIManName)))
	line(`circle \- %s`, roff(strings.TrimSuffix(about, ".")))

	line(".SH %s", roff(cat.T(catalog.CLIManSynopsis)))
	for i, c := range table {
		if i > 0 {
			line(".br")
		}
		line(`\fB%s\fR`, roff(synopsis(cat, c)))
	}

	line(".SH %s", roff(cat.T(catalog.CLIManCommands)))
	for _, c := range table {
		line(".TP")
		line(`\fB%s\fR`, roff(synopsis(cat, c)))
		line("%s", roff(cat.T(c.summary)))
		if len(c.flags) > 0 && c.name != "" {
			line(".RS")
			for _, f := range c.flags {
				manFlag(&b, cat, f)
			}
			line(".RE")
		}
	}

	line(".SH %s", roff(cat.T(catalog.CLIManOptions)))
	for _, f := range append(append(append([]flagDef{}, sharedFlags...), table[0].flags...), helpFlag, versionFlag) {
		manFlag(&b, cat, f)
	}

	line(".SH %s", roff(cat.T(catalog.CLIManEnvironment)))
	for _, f := range allFlags(table) {
		if f.env != "" {
			line(".TP")
			line(`\fB%s\fR`, roff(f.env))
			line("%s", roff(flagUsage(cat, f)+": "+cat.T(f.help)))
		}
	}
	line(".PP")
	line("%s", roff(cat.T(catalog.CLIHelpLanguage)))
	line(".PP")
	line("%s", roff(cat.T(catalog.CLIManOtherEnv)))

	line(".SH %s", roff(cat.T(catalog.CLIManFiles)))
	line("%s", roff(cat.F(catalog.CLIManFilesText)))
	line(".SH %s", roff(cat.T(catalog.CLIManExit)))
	line("%s", roff(cat.T(catalog.CLIHelpExit)))
	return b.String()
}

func manFlag(b *strings.Builder, cat *catalog.Catalog, f flagDef) {
	left := flagUsage(cat, f)
	if f.short != "" {
		left = "-" + f.short + ", " + left
	}
	text := cat.T(f.help)
	if f.env != "" {
		text += " " + cat.F(catalog.CLIFlagEnv, f.env)
	}
	fmt.Fprintf(b, ".TP\n\\fB%s\\fR\n%s\n", roff(left), roff(text))
}

// allFlags is every option of the table once, in the order met.
func allFlags(table []command) []flagDef {
	var all []flagDef
	seen := map[string]bool{}
	for _, c := range table {
		for _, f := range commandFlags(c) {
			if !seen[f.name] {
				seen[f.name] = true
				all = append(all, f)
			}
		}
	}
	return all
}
