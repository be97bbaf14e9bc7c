// Command circle is a terminal meeting companion for peer-led self-help
// groups. This file holds the flags, the wiring and the exit codes, nothing
// else.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/term"

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

// frameRate is the renderer's frames per second. Each frame is a wake-up
// of the whole process even when nothing changed, and the screen changes
// at most once a second while a turn runs; ten frames a second keep a key
// press visibly immediate while costing a third of the default sixty's
// idle CPU (measured: .ci/measure). The first frame is painted at once by
// ui's Init, so the lower rate does not delay start-up.
const frameRate = 10

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

// options are the flags shared by every command.
type options struct {
	db         string // --db PATH, or CIRCLE_DB
	lang       string // --lang en|nb; from the locale when empty
	json       bool   // history --json
	group      string // history --group NAME
	accessible bool   // --accessible, or TERM=dumb
	contrast   bool   // --high-contrast
	bell       bool   // --bell
}

func (o *options) register(fs *flag.FlagSet, getenv func(string) string) {
	fs.StringVar(&o.db, "db", getenv("CIRCLE_DB"), "the data file (env CIRCLE_DB)")
	fs.StringVar(&o.lang, "lang", "", "language: en or nb (env LC_ALL, LC_MESSAGES, LANG)")
	fs.BoolVar(&o.contrast, "high-contrast", false, "reverse video and bold instead of colour")
	fs.BoolVar(&o.bell, "bell", false, "a soft terminal bell when a turn reaches its time")
	fs.BoolVar(&o.accessible, "accessible", getenv("TERM") == "dumb", "line by line, for screen readers (on when TERM=dumb)")
}

func run(args []string, stdin *os.File, stdout, stderr *os.File) int {
	return runIn(realWorld(), args, stdin, stdout, stderr)
}

// runIn runs a command in the world given: the real one, or a test's.
func runIn(w world, args []string, stdin *os.File, stdout, stderr *os.File) int {
	var o options
	var help, showVersion bool
	fset := flag.NewFlagSet("circle", flag.ContinueOnError)
	fset.SetOutput(io.Discard)
	o.register(fset, w.getenv)
	fset.BoolVar(&help, "help", false, "show help")
	fset.BoolVar(&help, "h", false, "show help")
	fset.BoolVar(&showVersion, "version", false, "show the version")
	cat := catalog.New(catalog.English)
	if err := fset.Parse(args); err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLIBadUsage, err))
		return exitUsage
	}
	if o.lang == "" {
		o.lang = string(catalog.System(w.getenv))
	}
	if !slices.Contains(catalog.Languages(), catalog.Lang(o.lang)) {
		fmt.Fprintln(stderr, cat.F(catalog.CLIUnknownLang, o.lang))
		return exitUsage
	}
	cat = catalog.New(catalog.Lang(o.lang))
	switch {
	case help:
		def, err := store.DefaultPath()
		if err != nil {
			def = "?"
		}
		fmt.Fprintln(stdout, cat.F(catalog.CLIUsage, def))
		return exitOK
	case showVersion:
		fmt.Fprintln(stdout, cat.F(catalog.CLIVersion, appVersion()))
		return exitOK
	}

	// Every key and record holds a date as YYYY-MM-DD, which sorts as text
	// and parses only with a four-digit year: with any other, every save
	// would fail. Refused before anything is opened.
	if t := w.now(); t.Year() < 0 || t.Year() > 9999 {
		fmt.Fprintln(stderr, cat.F(catalog.CLIBadClock, t.Format(time.DateOnly)))
		return exitFailure
	}

	rest := fset.Args()
	if len(rest) == 0 {
		return runApp(cat, o, w, stdin, stdout, stderr)
	}
	if rest[0] == "rules" {
		return rulesCommand(cat, o, rest[1:], stdout, stderr)
	}
	if code, ok := historyCommand(cat, o, rest, stdin, stdout, stderr); ok {
		return code
	}
	commands := map[string]func(*catalog.Catalog, options, io.Writer, io.Writer) int{
		"history": history,
		"check":   check,
	}
	if cmd, ok := commands[rest[0]]; ok {
		sub := flag.NewFlagSet(rest[0], flag.ContinueOnError)
		sub.SetOutput(io.Discard)
		sub.StringVar(&o.db, "db", o.db, "the data file")
		if rest[0] == "history" {
			sub.BoolVar(&o.json, "json", false, "print JSON")
			sub.StringVar(&o.group, "group", "", "only the meetings of the group with this name")
		}
		if err := sub.Parse(rest[1:]); err != nil {
			fmt.Fprintln(stderr, cat.F(catalog.CLIBadUsage, err))
			return exitUsage
		}
		if sub.NArg() > 0 {
			fmt.Fprintln(stderr, cat.F(catalog.CLIUnexpected, sub.Arg(0)))
			return exitUsage
		}
		return cmd(cat, o, stdout, stderr)
	}
	fmt.Fprintln(stderr, cat.F(catalog.CLIUnknownCommand, rest[0]))
	return exitUsage
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

// dataPath is --db, CIRCLE_DB, or the default in the user's data folder.
func dataPath(cat *catalog.Catalog, o options, stderr io.Writer) (string, bool) {
	if o.db != "" {
		return o.db, true
	}
	p, err := store.DefaultPath()
	if err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLIDefaultPath, err))
		return "", false
	}
	return p, true
}

// openError is the one line that says why the data file could not be used.
func openError(cat *catalog.Catalog, path string, err error) string {
	switch {
	case errors.Is(err, store.ErrLocked):
		return cat.F(catalog.CLILocked, path)
	case errors.Is(err, store.ErrInUse):
		return cat.F(catalog.CLIInUse, path)
	case errors.Is(err, store.ErrEmpty):
		return cat.F(catalog.CLIEmpty, path)
	case errors.Is(err, store.ErrDamaged):
		return cat.F(catalog.CLIDamaged, path)
	case errors.Is(err, store.ErrNotCircle):
		return cat.F(catalog.CLINotCircle, path)
	case errors.Is(err, store.ErrNewer):
		return cat.F(catalog.CLINewer, path)
	}
	reason := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		reason = pe.Err.Error()
	}
	return cat.F(catalog.CLIOpenFailed, path, reason)
}

func runApp(cat *catalog.Catalog, o options, w world, stdin, stdout, stderr *os.File) int {
	// Checked before anything is opened, so nothing is written.
	if !term.IsTerminal(stdin.Fd()) || !term.IsTerminal(stdout.Fd()) {
		fmt.Fprintln(stderr, cat.T(catalog.CLINoTerminal))
		return exitFailure
	}
	path, ok := dataPath(cat, o, stderr)
	if !ok {
		return exitFailure
	}
	st, warning, err := openForMeeting(cat, path)
	if err != nil {
		fmt.Fprintln(stderr, openError(cat, path, err))
		return exitFailure
	}
	var uiStore ui.Store
	if st != nil {
		defer st.Close()
		uiStore = w.wrapStore(st)
	}

	if o.accessible {
		// Line by line: no alternate screen, no redrawing, no escapes.
		opts := ui.Options{Store: uiStore, Lang: cat.Lang(), DataPath: path, Warning: warning}
		if err := ui.RunAccessible(opts, stdin, stdout); err != nil {
			fmt.Fprintln(stderr, cat.T(catalog.CLIStopped))
			return exitFailure
		}
		return exitOK
	}

	width, height, _ := term.GetSize(stdout.Fd())
	out := &lockedOutput{File: stdout}
	opts := ui.Options{
		Store:    uiStore,
		Warning:  warning,
		Lang:     cat.Lang(),
		Width:    width,
		Height:   height,
		DataPath: path,
		Paint:    func(frame string) { ui.Paint(out, frame) },

		HighContrast: o.contrast,
	}
	opts.Ring = func() { _, _ = out.WriteString("\a") }
	opts.Bell = o.bell
	model := ui.New(opts)
	p := tea.NewProgram(model,
		tea.WithAltScreen(),
		tea.WithFPS(frameRate),
		// Pastes cut to ui.PasteCap: bubbletea v1 takes minutes over a megabyte.
		tea.WithInput(ui.NewInput(stdin)),
		tea.WithOutput(out),
	)
	// bubbletea turns SIGTERM into a quit but leaves SIGHUP (the terminal
	// window closed) to Go's default, which exits at once without restoring
	// anything. Every event is on disk as it happens, so all a hang-up needs
	// is the terminal put back.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		defer func() {
			if recover() != nil {
				p.Kill()
			}
		}()
		if _, ok := <-hup; ok {
			p.Kill()
		}
	}()

	_, err = p.Run()
	switch {
	case errors.Is(err, tea.ErrProgramPanic):
		fmt.Fprintln(stderr, cat.T(catalog.CLIPanicked))
		return exitFailure
	case err != nil:
		fmt.Fprintln(stderr, cat.T(catalog.CLIStopped))
		return exitFailure
	case model.InMeeting():
		// A quit that did not come from the keys: SIGTERM.
		fmt.Fprintln(stderr, cat.T(catalog.CLIStopped))
		return exitFailure
	}
	return exitOK
}

// openForMeeting opens the data file for a meeting. A file or folder that
// cannot be written does not stop the meeting: it runs in memory, the file
// is read for the history if it can be, and the warning says so. Every other
// refusal (damaged, locked, newer) is returned.
func openForMeeting(cat *catalog.Catalog, path string) (*store.Store, string, error) {
	st, err := store.Open(path)
	if err == nil {
		if t := st.Tightened(); len(t) > 0 {
			return st, cat.F(catalog.CLITightened, strings.Join(t, ", ")), nil
		}
		return st, "", nil
	}
	if !errors.Is(err, fs.ErrPermission) && !errors.Is(err, syscall.EROFS) {
		return nil, "", err
	}
	ro, rerr := store.OpenReadOnly(path)
	switch {
	case rerr == nil:
		return ro, cat.F(catalog.CLIReadOnly, path), nil
	case errors.Is(rerr, fs.ErrNotExist), errors.Is(rerr, fs.ErrPermission):
		return nil, cat.F(catalog.CLIReadOnly, path), nil
	}
	return nil, "", rerr
}

// lockedOutput is the terminal, with the renderer's writes and the first
// frame's serialised. It stays an *os.File underneath (Fd, Read, Close), so
// bubbletea still sees a terminal: it reads the window size from it and, on
// Windows, turns on its escape-sequence processing.
type lockedOutput struct {
	*os.File
	mu sync.Mutex
}

func (l *lockedOutput) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.File.Write(p)
}

func (l *lockedOutput) WriteString(s string) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.File.WriteString(s)
}

// readDataFile opens the data file for a command that only reads it:
// history, check, rules export. st is nil when there is no data file yet,
// and nothing is created then. When the command must end here, done is
// set with its exit code, and the one line that says why is written.
func readDataFile(cat *catalog.Catalog, o options, stderr io.Writer) (st *store.Store, path string, code int, done bool) {
	path, ok := dataPath(cat, o, stderr)
	if !ok {
		return nil, "", exitFailure, true
	}
	st, err := store.OpenReadOnly(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, path, exitOK, false
	case err != nil:
		fmt.Fprintln(stderr, openError(cat, path, err))
		return nil, path, exitFailure, true
	}
	return st, path, exitOK, false
}

// check verifies every page and record of the data file.
func check(cat *catalog.Catalog, o options, stdout, stderr io.Writer) int {
	st, path, code, done := readDataFile(cat, o, stderr)
	if done {
		return code
	}
	if st == nil {
		fmt.Fprintln(stdout, cat.F(catalog.CLICheckNone, path))
		return exitOK
	}
	defer st.Close()
	if err := st.Check(); err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLICheckDamaged, path, oneLineReason(err)))
		return exitFailure
	}
	fmt.Fprintln(stdout, cat.T(catalog.CLICheckOK))
	return exitOK
}

// oneLineReason keeps an error's text to one line.
func oneLineReason(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}
