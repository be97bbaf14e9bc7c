package main

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"circle/ui/catalog"
)

// circle help [COMMAND], circle --help and circle COMMAND --help: the
// usage, made from the command table in the catalog's words, on stdout.

// help prints the help of the command named by the arguments, or of all.
func help(c call) int {
	table := commands()
	if len(c.args) == 0 {
		fmt.Fprint(c.stdout, helpFor(c.cat, table, table[0]))
		return exitOK
	}
	if cmd, ok := findCommand(table, c.args); ok && len(strings.Fields(cmd.name)) == len(c.args) {
		fmt.Fprint(c.stdout, helpFor(c.cat, table, cmd))
		return exitOK
	}
	if subs := subcommands(table, c.args[0]); len(subs) > 0 && len(c.args) == 1 {
		fmt.Fprint(c.stdout, commandHelp(c.cat, subs))
		return exitOK
	}
	fmt.Fprintln(c.stderr, c.cat.F(catalog.CLIUnknownCommand, strings.Join(c.args, " ")))
	return exitUsage
}

// helpFor is the help of cmd: of the whole program for the app.
func helpFor(cat *catalog.Catalog, table []command, cmd command) string {
	if cmd.name != "" {
		return commandHelp(cat, []command{cmd})
	}
	var b strings.Builder
	b.WriteString(cat.T(catalog.CLIAbout) + "\n\n")
	b.WriteString(cat.T(catalog.CLIHelpUsage) + "\n")
	var rows [][2]string
	for _, c := range table {
		rows = append(rows, [2]string{synopsis(cat, c), cat.T(c.summary)})
	}
	rows = append(rows, [2]string{"circle --" + versionFlag.name, cat.T(versionFlag.help)})
	writeColumns(&b, rows)
	b.WriteString("\n" + cat.T(catalog.CLIHelpOptions) + "\n")
	writeFlags(&b, cat, append(append(sharedFlags[:len(sharedFlags):len(sharedFlags)], table[0].flags...), helpFlag))
	b.WriteString("\n" + cat.T(catalog.CLIHelpMore) + "\n")
	writeFooter(&b, cat)
	return b.String()
}

// commandHelp is the help of one command, or of a group of them.
func commandHelp(cat *catalog.Catalog, cmds []command) string {
	var b strings.Builder
	b.WriteString(cat.T(catalog.CLIHelpUsage) + "\n")
	var rows [][2]string
	var flags []flagDef
	seen := map[string]bool{}
	for _, c := range cmds {
		rows = append(rows, [2]string{synopsis(cat, c), cat.T(c.summary)})
		for _, f := range commandFlags(c) {
			if !seen[f.name] {
				seen[f.name] = true
				flags = append(flags, f)
			}
		}
	}
	writeColumns(&b, rows)
	b.WriteString("\n" + cat.T(catalog.CLIHelpOptions) + "\n")
	writeFlags(&b, cat, flags)
	writeFooter(&b, cat)
	return b.String()
}

func writeFooter(b *strings.Builder, cat *catalog.Catalog) {
	b.WriteString("\n" + strings.Join(wrap(cat.T(catalog.CLIHelpLanguage), helpWidth), "\n") + "\n")
	b.WriteString("\n" + strings.Join(wrap(cat.T(catalog.CLIHelpExit), helpWidth), "\n") + "\n")
}

// helpWidth is the width the help is wrapped to: it reads in any terminal.
const helpWidth = 80

// wrap breaks text into lines of at most width runes, between words.
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		switch {
		case line == "":
			line = w
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width:
			lines = append(lines, line)
			line = w
		default:
			line += " " + w
		}
	}
	return append(lines, line)
}

// synopsis is how a command is typed: circle history [--json] [--group NAME].
func synopsis(cat *catalog.Catalog, c command) string {
	parts := []string{"circle"}
	if c.name != "" {
		parts = append(parts, c.name)
	}
	for _, a := range c.args {
		s := argUsage(cat, a)
		if a.many {
			s += "..."
		}
		if a.optional {
			s = "[" + s + "]"
		}
		parts = append(parts, s)
	}
	for _, f := range c.flags {
		if f.required {
			parts = append(parts, flagUsage(cat, f))
		}
	}
	for _, f := range c.flags {
		if !f.required {
			parts = append(parts, "["+flagUsage(cat, f)+"]")
		}
	}
	return strings.Join(parts, " ")
}

// synopses joins the synopses of a group of commands: "A or B".
func synopses(cat *catalog.Catalog, cmds []command) string {
	var s []string
	for _, c := range cmds {
		s = append(s, synopsis(cat, c))
	}
	return strings.Join(s, " | ")
}

func argUsage(cat *catalog.Catalog, a argDef) string {
	if a.choices != nil && a.name == "" {
		return strings.Join(a.choices(), "|")
	}
	return cat.T(a.name)
}

// flagUsage is an option as it is typed: --lang en|nb, --db PATH, --bell.
func flagUsage(cat *catalog.Catalog, f flagDef) string {
	s := "--" + f.name
	switch {
	case f.choices != nil:
		s += " " + strings.Join(f.choices(), "|")
	case f.arg != "":
		s += " " + cat.T(f.arg)
	}
	return s
}

// flagHelp is what an option does, with its variable and its default.
func flagHelp(cat *catalog.Catalog, f flagDef) (text, def string) {
	text = cat.T(f.help)
	if f.env != "" {
		text += " " + cat.F(catalog.CLIFlagEnv, f.env)
	}
	if f.def != nil {
		def = cat.F(catalog.CLIFlagDefault, f.def())
	}
	return text, def
}

func writeFlags(b *strings.Builder, cat *catalog.Catalog, flags []flagDef) {
	var rows [][2]string
	for _, f := range flags {
		left := flagUsage(cat, f)
		if f.short != "" {
			left = "-" + f.short + ", " + left
		}
		text, def := flagHelp(cat, f)
		rows = append(rows, [2]string{left, text})
		if def != "" {
			rows = append(rows, [2]string{"", def})
		}
	}
	writeColumns(b, rows)
}

// maxLeft is the widest left column; a longer left side has its right
// side on the next line.
const maxLeft = 44

// writeColumns writes rows of two columns, the right ones lined up.
func writeColumns(b *strings.Builder, rows [][2]string) {
	width := 0
	for _, r := range rows {
		if n := utf8.RuneCountInString(r[0]); n <= maxLeft {
			width = max(width, n)
		}
	}
	indent := strings.Repeat(" ", 2+width+2)
	for _, r := range rows {
		n := utf8.RuneCountInString(r[0])
		right := wrap(r[1], max(helpWidth-len(indent), 20))
		if n > width {
			// A long synopsis goes on as many lines as it needs, broken
			// between its options, each line indented under the first.
			for i, l := range wrapSynopsis(r[0], helpWidth-2) {
				if i > 0 {
					l = "    " + l
				}
				fmt.Fprintf(b, "  %s\n", l)
			}
		} else {
			fmt.Fprintf(b, "  %s%s  ", r[0], strings.Repeat(" ", width-n))
		}
		for i, l := range right {
			if i > 0 || n > width {
				l = indent + l
			}
			b.WriteString(l + "\n")
		}
	}
}

// wrapSynopsis breaks a synopsis before a "[" (an option or an optional
// argument) so that each line is at most width runes where it can be.
func wrapSynopsis(s string, width int) []string {
	parts := strings.SplitAfter(s, "] ")
	var lines []string
	line := ""
	for _, p := range parts {
		switch {
		case line == "":
			line = p
		case utf8.RuneCountInString(line)+utf8.RuneCountInString(p) > width-4 && len(lines) > 0,
			utf8.RuneCountInString(line)+utf8.RuneCountInString(p) > width:
			lines = append(lines, strings.TrimRight(line, " "))
			line = p
		default:
			line += p
		}
	}
	return append(lines, strings.TrimRight(line, " "))
}
