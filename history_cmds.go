package main

import (
	"flag"
	"io"
	"os"

	"circle/ui/catalog"
)

// historyCommand runs the commands that own a group's history (export,
// report, purge, backup, restore), each in a file of its own; ok is false
// for another command.
func historyCommand(cat *catalog.Catalog, o options, rest []string, stdin *os.File, stdout, stderr io.Writer) (code int, ok bool) {
	args := rest[1:]
	switch rest[0] {
	case "export":
		return exportCommand(cat, o, args, stdout, stderr), true
	case "report":
		return reportCommand(cat, args, stdout, stderr), true
	case "purge":
		return purgeCommand(cat, o, args, stdin, stdout, stderr), true
	case "backup":
		return backupCommand(cat, o, args, stdout, stderr), true
	case "restore":
		return restoreCommand(cat, o, args, stdin, stdout, stderr), true
	}
	return 0, false
}

// parseMixed parses args with fs, taking the options wherever they stand
// among the arguments (circle restore FILE --yes), and returns the
// arguments.
func parseMixed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
