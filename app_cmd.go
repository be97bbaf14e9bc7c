package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/term"

	"circle/store"
	"circle/ui"
	"circle/ui/catalog"
	"circle/ui/common"
	"circle/ui/link"
)

// frameRate is the renderer's frames per second. Each frame is a wake-up
// of the whole process even when nothing changed, and the screen changes
// at most once a second while a turn runs; ten frames a second keep a key
// press visibly immediate while costing a third of the default sixty's
// idle CPU (measured: .ci/measure). The first frame is painted at once by
// ui's Init, so the lower rate does not delay start-up.
const frameRate = 10

// runApp is circle with no command: the app, full screen or line by line.
func runApp(c call) int {
	cat, o, w, stdin, stdout, stderr := c.cat, c.o, c.w, c.stdin, c.stdout, c.stderr
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
		if note := retention(cat, st, w.now()); note != "" {
			warning = strings.TrimSpace(warning + " " + note)
		}
		uiStore = w.wrapStore(st)
	}
	// The circle's own screen (circle display) may follow the meeting;
	// without the channel the meeting runs the same, unseen.
	var show func(common.Shown)
	if sock, err := link.Path(path); err == nil {
		if srv, err := link.Listen(sock); err == nil {
			defer srv.Close()
			show = srv.Publish
		}
	}

	if o.accessible {
		// Line by line: no alternate screen, no redrawing, no escapes.
		continued, stop := continuedSignal()
		defer stop()
		opts := ui.Options{Store: uiStore, Lang: cat.Lang(), DataPath: path, Warning: warning, Continued: continued, Solo: o.solo, Show: show}
		if err := ui.RunAccessible(opts, stdin, stdout); err != nil {
			fmt.Fprintln(stderr, cat.T(catalog.CLIStopped))
			return exitFailure
		}
		return exitOK
	}

	width, height, _ := term.GetSize(stdout.Fd())
	out := ui.NewOutput(stdout)
	opts := ui.Options{
		Store:    uiStore,
		Warning:  warning,
		Lang:     cat.Lang(),
		Width:    width,
		Height:   height,
		DataPath: path,
		Output:   out,

		HighContrast: o.contrast,
		Solo:         o.solo,
		Show:         show,
	}
	opts.Ring = func() { _, _ = out.WriteString("\a") }
	opts.Bell = o.bell
	model := ui.New(opts)
	susp := newSuspender()
	p := tea.NewProgram(model,
		tea.WithAltScreen(),
		tea.WithFPS(frameRate),
		// Pastes cut to ui.PasteCap: bubbletea v1 takes minutes over a megabyte.
		tea.WithInput(ui.NewInput(stdin)),
		tea.WithOutput(out),
		tea.WithFilter(susp.filter),
	)
	defer susp.start(p)()
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
	// What is said of the meeting is said only when one was under way.
	meeting := model.InMeeting()
	switch {
	case errors.Is(err, tea.ErrProgramPanic) && meeting:
		fmt.Fprintln(stderr, cat.T(catalog.CLIPanicked))
	case errors.Is(err, tea.ErrProgramPanic):
		fmt.Fprintln(stderr, cat.T(catalog.CLIPanickedIdle))
	case meeting:
		// SIGINT, SIGHUP, or SIGTERM (a quit that did not come from the
		// keys, which end a meeting before they quit).
		fmt.Fprintln(stderr, cat.T(catalog.CLIStopped))
	case err != nil:
		// SIGINT or SIGHUP with no meeting under way.
		fmt.Fprintln(stderr, cat.T(catalog.CLIStoppedIdle))
	default:
		// The keys, or SIGTERM with no meeting under way.
		return exitOK
	}
	return exitFailure
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

// retention deletes, at start, the meetings older than each group keeps
// (store.Group.KeepMonths), and says what went, a sentence per group: ""
// when nothing did. A file open for reading only keeps them, unsaid: the
// warning already says it cannot be written.
func retention(cat *catalog.Catalog, st *store.Store, now time.Time) string {
	removed, err := st.ApplyRetention(now)
	var said []string
	for _, r := range removed {
		said = append(said, cat.N(catalog.CLIRetention, r.Meetings, r.Group.Name, cat.N(catalog.CLIMonths, r.Group.KeepMonths), r.Before))
	}
	if err != nil && !errors.Is(err, store.ErrReadOnly) && !errors.Is(err, store.ErrScrub) {
		said = append(said, cat.F(catalog.CLIRetentionFailed, oneLineReason(err)))
	}
	return strings.Join(said, " ")
}
