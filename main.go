// Command circle is a terminal meeting companion for peer-led self-help
// groups. This file holds the command table, the flags, the dispatch and
// the exit codes, nothing else; each command is in a file of its own.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"circle/store"
	"circle/ui"
	"circle/ui/catalog"
)

// version is set at build time with -ldflags "-X main.version=v1.0.0";
// otherwise it comes from the module's build information.
var version = ""

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// world is what a run takes from outside the program: the environment,
// the clock, and the data file as the app uses it. main passes the real
// ones; a test passes its own, so no test changes a package variable.
type world struct {
	getenv func(string) string
	now    func() time.Time
	// wrapStore is the store the app uses; tests wrap it to provoke faults
	// inside a real run.
	wrapStore func(*store.Store) ui.Store
}

func realWorld() world {
	return world{getenv: os.Getenv, now: time.Now, wrapStore: func(st *store.Store) ui.Store { return st }}
}

// command is one entry of the table: what is typed to run it, the words
// that explain it, the options and arguments it takes, and what it does.
// The help, the man page and the shell completions are made from the
// table, so a command added here is in all three.
type command struct {
	name    string      // the words after circle: "history", "rules export"; "" is the app
	summary catalog.Key // what it does, in a few words
	flags   []flagDef   // its own options; every command also takes the shared ones
	args    []argDef    // the arguments after the options, in order
	run     func(call) int
}

// argDef is an argument a command takes.
type argDef struct {
	name     catalog.Key     // its name in the usage: FILE, COMMAND
	choices  func() []string // the values it takes, shown as a|b|c; nil for any
	optional bool
	many     bool // it may be given more than once
	file     bool // a file name, for the completions
}

// flagDef is an option, with the environment variable that sets it when
// the option is not given: the option always wins over its variable.
type flagDef struct {
	name    string          // without the dashes
	short   string          // a one-letter alias, or ""
	arg     catalog.Key     // the name of its value (PATH, NAME); "" for an on/off option
	choices func() []string // the values it takes, shown as en|nb
	env     string          // the variable that sets it, or ""
	help    catalog.Key
	def     func() string // the default named in the help, or nil
	file    bool          // its value is a file name, for the completions
	// required: the command cannot run without it; shown without brackets.
	required bool
}

// The options every command takes.
var sharedFlags = []flagDef{
	{name: "db", arg: catalog.CLIArgPath, env: "CIRCLE_DB", help: catalog.CLIFlagDB, def: defaultDataPath, file: true},
	{name: "lang", choices: languageNames, env: "CIRCLE_LANG", help: catalog.CLIFlagLang},
}

// helpFlag is in every command's options.
var helpFlag = flagDef{name: "help", short: "h", help: catalog.CLIFlagHelp}

// versionFlag is taken before any command.
var versionFlag = flagDef{name: "version", help: catalog.CLISumVersion}

// appFlags are the options of the app itself, and of circle solo.
var appFlags = []flagDef{
	{name: "accessible", env: "CIRCLE_ACCESSIBLE", help: catalog.CLIFlagAccessible},
	{name: "high-contrast", env: "CIRCLE_HIGH_CONTRAST", help: catalog.CLIFlagContrast},
	{name: "bell", env: "CIRCLE_BELL", help: catalog.CLIFlagBell},
}

var groupFlag = flagDef{name: "group", arg: catalog.CLIArgName, help: catalog.CLIFlagGroup}

// yesFlag lets a command that asks first go ahead without asking.
var yesFlag = flagDef{name: "yes", help: catalog.CLIFlagYes}

// commands is the command table, in the order the help lists them. A
// command is added with an entry here and its func in a file of its own.
func commands() []command {
	return []command{
		{name: "", summary: catalog.CLISumApp, run: runApp, flags: appFlags},
		{name: "solo", summary: catalog.CLISumSolo, run: soloCommand, flags: appFlags},
		{name: "history", summary: catalog.CLISumHistory, run: history, flags: []flagDef{
			{name: "json", help: catalog.CLIFlagJSON},
			groupFlag,
			{name: "solo", help: catalog.CLIFlagSolo},
		}},
		{name: "check", summary: catalog.CLISumCheck, run: check},
		{name: "export", summary: catalog.CLISumExport, run: exportCommand, flags: []flagDef{
			groupFlag,
			{name: "format", choices: exportFormats, help: catalog.CLIFlagFormat, def: func() string { return "csv" }},
			{name: "from", arg: catalog.CLIArgDay, help: catalog.CLIFlagFrom},
			{name: "to", arg: catalog.CLIArgDay, help: catalog.CLIFlagTo},
			{name: "out", arg: catalog.CLIArgFile, help: catalog.CLIFlagOut, file: true},
			{name: "turns", help: catalog.CLIFlagTurns},
		}},
		{name: "report", summary: catalog.CLISumReport, run: reportCommand,
			args: []argDef{{name: catalog.CLIArgFile, many: true, file: true}}},
		{name: "purge", summary: catalog.CLISumPurge, run: purgeCommand, flags: []flagDef{
			{name: "before", arg: catalog.CLIArgDay, help: catalog.CLIFlagBefore, required: true},
			groupFlag,
			yesFlag,
		}},
		{name: "backup", summary: catalog.CLISumBackup, run: backupCommand,
			flags: []flagDef{{name: "for-centre", help: catalog.CLIFlagForCentre}},
			args:  []argDef{{name: catalog.CLIArgFile, file: true}}},
		{name: "restore", summary: catalog.CLISumRestore, run: restoreCommand, flags: []flagDef{yesFlag},
			args: []argDef{{name: catalog.CLIArgFile, file: true}}},
		{name: "display", summary: catalog.CLISumDisplay, run: displayCommand, flags: displayFlags},
		{name: "rules export", summary: catalog.CLISumRulesExport, run: rulesExport, flags: []flagDef{groupFlag}},
		{name: "rules import", summary: catalog.CLISumRulesImport, run: rulesImport, flags: []flagDef{groupFlag},
			args: []argDef{{name: catalog.CLIArgFile, file: true}}},
		{name: "help", summary: catalog.CLISumHelp, run: help,
			args: []argDef{{name: catalog.CLIArgCommand, choices: commandWords, optional: true, many: true}}},
		{name: "man", summary: catalog.CLISumMan, run: manPage},
		{name: "completion", summary: catalog.CLISumCompletion, run: completion,
			args: []argDef{{choices: shells}}},
	}
}

// options are the values of the options, each from its flag, else its
// environment variable, else its default.
type options struct {
	db         string // --db PATH, or CIRCLE_DB
	lang       string // --lang en|nb, or CIRCLE_LANG; from the locale when empty
	accessible bool   // --accessible, CIRCLE_ACCESSIBLE, or TERM=dumb
	contrast   bool   // --high-contrast, or CIRCLE_HIGH_CONTRAST
	bell       bool   // --bell, or CIRCLE_BELL
	solo       bool   // the app opened on solo practice (circle solo)
	// values holds every option by name, the shared ones too, so a
	// command's own options need nothing here: o.str("group").
	values map[string]string
}

// str is the value of the option name, "" when it is not set.
func (o options) str(name string) string { return o.values[name] }

// on reports whether the on/off option name is on.
func (o options) on(name string) bool { return o.values[name] == "true" }

// call is one run of a command.
type call struct {
	cat    *catalog.Catalog
	o      options
	args   []string // the arguments after the options
	w      world
	cmd    command
	stdin  *os.File
	stdout *os.File
	stderr *os.File
}

func run(args []string, stdin *os.File, stdout, stderr *os.File) int {
	return runIn(realWorld(), args, stdin, stdout, stderr)
}

// runIn runs a command in the world given: the real one, or a test's.
func runIn(w world, args []string, stdin *os.File, stdout, stderr *os.File) int {
	table := commands()
	app := table[0]
	cat := catalog.New(catalog.English)
	values := map[string]string{}
	// The options before the command: the shared ones and the app's.
	top := append(append(slices.Clone(sharedFlags), app.flags...), helpFlag, versionFlag)
	rest, err := parseFlags(top, values, args, w.getenv, true)
	if err != nil {
		return usageError(cat, values, w, stderr, err)
	}
	cmd, found := app, len(rest) == 0
	if !found {
		cmd, found = findCommand(table, rest)
	}
	if !found {
		if subs := subcommands(table, rest[0]); len(subs) > 0 {
			// A group of commands, such as rules, without one of them.
			cat = chooseLanguage(values, w)
			if h := rest[1:]; len(h) == 1 && (h[0] == "--help" || h[0] == "-h") {
				fmt.Fprint(stdout, commandHelp(cat, subs))
				return exitOK
			}
			fmt.Fprintln(stderr, cat.F(catalog.CLIUse, synopses(cat, subs), rest[0]))
			return exitUsage
		}
		return usageError(cat, values, w, stderr, unknownCommand(rest[0]))
	}
	var positional []string
	if cmd.name != "" {
		positional, err = parseFlags(commandFlags(cmd), values, rest[len(strings.Fields(cmd.name)):], w.getenv, false)
		if err != nil {
			return usageError(cat, values, w, stderr, err)
		}
	}
	cat = chooseLanguage(values, w)
	if lang := values["lang"]; lang != "" && !slices.Contains(languageNames(), lang) {
		fmt.Fprintln(stderr, cat.F(catalog.CLIUnknownLang, lang))
		return exitUsage
	}
	switch {
	case values["help"] == "true":
		fmt.Fprint(stdout, helpFor(cat, table, cmd))
		return exitOK
	case values["version"] == "true":
		fmt.Fprintln(stdout, cat.F(catalog.CLIVersion, appVersion()))
		return exitOK
	}
	if problem := checkArgs(cat, cmd, positional); problem != "" {
		fmt.Fprintln(stderr, problem)
		return exitUsage
	}

	// Every key and record holds a date as YYYY-MM-DD, which sorts as text
	// and parses only with a four-digit year: with any other, every save
	// would fail. Refused before anything is opened.
	if t := w.now(); t.Year() < 0 || t.Year() > 9999 {
		fmt.Fprintln(stderr, cat.F(catalog.CLIBadClock, t.Format(time.DateOnly)))
		return exitFailure
	}
	o := options{
		db:         values["db"],
		lang:       string(cat.Lang()),
		accessible: values["accessible"] == "true",
		contrast:   values["high-contrast"] == "true",
		bell:       values["bell"] == "true",
		values:     values,
	}
	return cmd.run(call{cat: cat, o: o, args: positional, w: w, cmd: cmd, stdin: stdin, stdout: stdout, stderr: stderr})
}

// commandFlags are the options a command takes after its name.
func commandFlags(cmd command) []flagDef {
	return append(append(slices.Clone(sharedFlags), cmd.flags...), helpFlag)
}

// findCommand is the command whose name the arguments start with.
func findCommand(table []command, args []string) (command, bool) {
	for _, c := range table {
		words := strings.Fields(c.name)
		if len(words) > 0 && len(args) >= len(words) && slices.Equal(args[:len(words)], words) {
			return c, true
		}
	}
	return command{}, false
}

// subcommands are the commands whose name starts with the word group:
// rules export and rules import for "rules".
func subcommands(table []command, group string) []command {
	var subs []command
	for _, c := range table {
		if words := strings.Fields(c.name); len(words) > 1 && words[0] == group {
			subs = append(subs, c)
		}
	}
	return subs
}

// commandWords are the names a user can ask help for.
func commandWords() []string {
	var words []string
	for _, c := range commands() {
		if w := strings.Fields(c.name); len(w) > 0 && !slices.Contains(words, w[0]) {
			words = append(words, w[0])
		}
	}
	return words
}

func languageNames() []string {
	var names []string
	for _, l := range catalog.Languages() {
		names = append(names, string(l))
	}
	return names
}

func defaultDataPath() string {
	p, err := store.DefaultPath()
	if err != nil {
		return "?"
	}
	return p
}

// chooseLanguage is --lang, CIRCLE_LANG, or the system's language. A
// language circle does not speak gives English here, and is refused by
// runIn once the words of the refusal are chosen.
func chooseLanguage(values map[string]string, w world) *catalog.Catalog {
	if l := values["lang"]; l != "" {
		return catalog.New(catalog.Lang(l))
	}
	return catalog.New(catalog.System(w.getenv))
}

// usageErr is a wrong use, said in the words of its catalog key.
type usageErr struct {
	key  catalog.Key
	args []any
}

func (e usageErr) Error() string { return fmt.Sprint(e.args...) }

func unknownCommand(name string) error {
	return usageErr{key: catalog.CLIUnknownCommand, args: []any{name}}
}

// usageError says what was wrong with the command line, in the language
// asked for if it was read before the mistake.
func usageError(cat *catalog.Catalog, values map[string]string, w world, stderr io.Writer, err error) int {
	if l := values["lang"]; slices.Contains(languageNames(), l) || l == "" {
		cat = chooseLanguage(values, w)
	}
	if ue, ok := err.(usageErr); ok {
		fmt.Fprintln(stderr, cat.F(ue.key, ue.args...))
	} else {
		fmt.Fprintln(stderr, cat.F(catalog.CLIBadUsage, err))
	}
	return exitUsage
}

// parseFlags reads the options defs from args into values, and returns the
// other arguments. An option already in values (given before the command)
// keeps its value unless given again; one not given takes its variable's.
// With stopAtArg the first argument that is not an option ends the options
// (it names the command); otherwise options and arguments may mix, as in
// circle rules import FILE --group NAME.
func parseFlags(defs []flagDef, values map[string]string, args []string, getenv func(string) string, stopAtArg bool) ([]string, error) {
	fs := flag.NewFlagSet("circle", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	for _, d := range defs {
		if _, set := values[d.name]; !set {
			if err := fromEnv(d, values, getenv); err != nil {
				return nil, err
			}
		}
		var v flag.Value = stringValue{values, d}
		if d.arg == "" && d.choices == nil {
			v = boolValue{values, d}
		}
		fs.Var(v, d.name, "")
		if d.short != "" {
			fs.Var(v, d.short, "")
		}
	}
	var rest []string
	for {
		// -help and -h are in every command's options, so the flag
		// package never answers them with flag.ErrHelp.
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 || stopAtArg {
			return append(rest, fs.Args()...), nil
		}
		rest, args = append(rest, fs.Arg(0)), fs.Args()[1:]
	}
}

// fromEnv sets the option d from its environment variable, if that is set.
func fromEnv(d flagDef, values map[string]string, getenv func(string) string) error {
	if d.name == "accessible" && getenv("TERM") == "dumb" {
		values[d.name] = "true"
	}
	if d.env == "" {
		return nil
	}
	v := getenv(d.env)
	if v == "" {
		return nil
	}
	if d.arg == "" && d.choices == nil {
		on, err := strconv.ParseBool(v)
		if err != nil {
			return usageErr{key: catalog.CLIBadEnv, args: []any{d.env, v}}
		}
		values[d.name] = strconv.FormatBool(on)
		return nil
	}
	values[d.name] = v
	return nil
}

type stringValue struct {
	values map[string]string
	d      flagDef
}

func (s stringValue) String() string { return "" }

func (s stringValue) Set(v string) error {
	if s.d.choices != nil && !slices.Contains(s.d.choices(), v) && s.d.name != "lang" {
		return usageErr{key: catalog.CLIBadChoice, args: []any{s.d.name, strings.Join(s.d.choices(), "|"), v}}
	}
	s.values[s.d.name] = v
	return nil
}

type boolValue struct {
	values map[string]string
	d      flagDef
}

func (b boolValue) String() string   { return "" }
func (b boolValue) IsBoolFlag() bool { return true }

func (b boolValue) Set(v string) error {
	on, err := strconv.ParseBool(v)
	if err != nil {
		return err
	}
	b.values[b.d.name] = strconv.FormatBool(on)
	return nil
}

// checkArgs says what is wrong with a command's arguments, or "".
func checkArgs(cat *catalog.Catalog, cmd command, args []string) string {
	need, most := 0, 0
	for _, a := range cmd.args {
		if !a.optional {
			need++
		}
		most++
		if a.many {
			most = -1
			break
		}
	}
	if len(args) > most && most >= 0 {
		if len(cmd.args) == 0 {
			return cat.F(catalog.CLIUnexpected, args[most])
		}
		return cat.F(catalog.CLIUse, synopsis(cat, cmd), cmd.name)
	}
	if len(args) < need {
		return cat.F(catalog.CLIUse, synopsis(cat, cmd), cmd.name)
	}
	for i, a := range cmd.args {
		if i < len(args) && a.choices != nil && !slices.Contains(a.choices(), args[i]) {
			if a.name == catalog.CLIArgCommand {
				return cat.F(catalog.CLIUnknownCommand, args[i])
			}
			return cat.F(catalog.CLIUse, synopsis(cat, cmd), cmd.name)
		}
	}
	return ""
}

func appVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}
