//go:build linux

// Command firstframe measures how long a terminal program takes to show its
// first frame. It starts the command on a fresh pseudo-terminal (120x40 by
// default), notes the time just before starting it, reads the terminal's
// output until the raw bytes contain -marker, and takes the elapsed time.
// Then it kills the command and reaps it. It repeats this -runs times (after
// -warmup runs it does not count) and prints the minimum, median and maximum
// in milliseconds:
//
//	firstframe -marker 'Welcome to circle' -runs 20 -- ./circle --db /tmp/x.db
//
// prints
//
//	min=11.802 median=12.410 max=15.007 ms runs=20
//
// The terminal's output is read all the time, so the command never blocks
// on a full terminal. Like a real terminal, firstframe answers the queries a
// program may send before its first frame (cursor position, background and
// foreground colour, device attributes), so a program that asks does not
// wait for a time-out; -answer=false turns that off.
//
// It is a measuring tool, not part of circle: see ../run.sh. Linux only.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

func main() {
	marker := flag.String("marker", "", "the bytes that show the first frame is on the screen (required)")
	runs := flag.Int("runs", 20, "measured runs")
	warmup := flag.Int("warmup", 1, "runs before the measured ones, not counted")
	cols := flag.Int("cols", 120, "terminal width")
	rows := flag.Int("rows", 40, "terminal height")
	term := flag.String("term", "xterm-256color", "TERM for the command (empty: keep the environment's)")
	answer := flag.Bool("answer", true, "answer terminal queries the way a terminal does")
	timeout := flag.Duration("timeout", 10*time.Second, "give up on a run after this long")
	verbose := flag.Bool("v", false, "print every run's time")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: firstframe -marker TEXT [flags] [--] command [args...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *marker == "" || flag.NArg() == 0 || *runs < 1 || *warmup < 0 {
		flag.Usage()
		os.Exit(2)
	}
	cfg := config{
		argv:    flag.Args(),
		marker:  []byte(*marker),
		cols:    uint16(*cols),
		rows:    uint16(*rows),
		term:    *term,
		answer:  *answer,
		timeout: *timeout,
	}

	var times []time.Duration
	for i := 0; i < *warmup+*runs; i++ {
		d, err := once(cfg)
		if err != nil {
			fmt.Fprintf(os.Stderr, "firstframe: run %d: %v\n", i+1, err)
			os.Exit(1)
		}
		if i < *warmup {
			continue
		}
		if *verbose {
			fmt.Fprintf(os.Stderr, "run %d: %.3f ms\n", i+1-*warmup, ms(d))
		}
		times = append(times, d)
	}
	slices.Sort(times)
	fmt.Printf("min=%.3f median=%.3f max=%.3f ms runs=%d\n",
		ms(times[0]), ms(median(times)), ms(times[len(times)-1]), len(times))
}

type config struct {
	argv       []string
	marker     []byte
	cols, rows uint16
	term       string
	answer     bool
	timeout    time.Duration
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// median of sorted durations.
func median(s []time.Duration) time.Duration {
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// openPTY returns a new pseudo-terminal's master, non-blocking so that
// closing it ends a pending read, and the path of its slave.
func openPTY(cols, rows uint16) (*os.File, string, error) {
	fd, err := unix.Open("/dev/ptmx", unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, "", fmt.Errorf("open /dev/ptmx: %w", err)
	}
	fail := func(what string, err error) (*os.File, string, error) {
		unix.Close(fd)
		return nil, "", fmt.Errorf("%s: %w", what, err)
	}
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil { // unlockpt
		return fail("unlockpt", err)
	}
	n, err := unix.IoctlGetUint32(fd, unix.TIOCGPTN) // ptsname
	if err != nil {
		return fail("ptsname", err)
	}
	if err := unix.IoctlSetWinsize(fd, unix.TIOCSWINSZ, &unix.Winsize{Row: rows, Col: cols}); err != nil {
		return fail("set window size", err)
	}
	if err := unix.SetNonblock(fd, true); err != nil {
		return fail("set non-blocking", err)
	}
	return os.NewFile(uintptr(fd), "/dev/ptmx"), "/dev/pts/" + strconv.FormatUint(uint64(n), 10), nil
}

// queries a program may send before its first frame, and a terminal's
// answers (an xterm with a black background, the cursor at the top left).
var queries = []struct{ ask, reply string }{
	{"\x1b[6n", "\x1b[1;1R"},                          // cursor position
	{"\x1b]11;?", "\x1b]11;rgb:0000/0000/0000\x1b\\"}, // background colour
	{"\x1b]10;?", "\x1b]10;rgb:ffff/ffff/ffff\x1b\\"}, // foreground colour
	{"\x1b[c", "\x1b[?62;22c"},                        // primary device attributes
	{"\x1b[0c", "\x1b[?62;22c"},
}

// once runs the command once and returns the time from just before its
// start until its output contained the marker.
func once(cfg config) (time.Duration, error) {
	master, slavePath, err := openPTY(cfg.cols, cfg.rows)
	if err != nil {
		return 0, err
	}
	defer master.Close()
	slave, err := os.OpenFile(slavePath, os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return 0, fmt.Errorf("open %s: %w", slavePath, err)
	}

	cmd := exec.Command(cfg.argv[0], cfg.argv[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if cfg.term != "" {
		cmd.Env = append(os.Environ(), "TERM="+cfg.term)
	}

	found := make(chan time.Duration, 1)
	drained := make(chan error, 1)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		slave.Close()
		return 0, err
	}
	slave.Close() // the child holds its own copies

	// Read everything the command writes until the terminal closes, so it
	// never blocks on output; look for the marker and answer queries.
	var seen []byte // output so far, kept until the marker shows (for the error)
	go func() {
		longest := len(cfg.marker)
		for _, q := range queries {
			longest = max(longest, len(q.ask))
		}
		var tail []byte // the last longest-1 bytes already searched
		buf := make([]byte, 64<<10)
		marked := false
		for {
			n, err := master.Read(buf)
			if n > 0 {
				now := time.Since(start)
				win := append(tail, buf[:n]...)
				if !marked {
					seen = append(seen, buf[:n]...)
					if bytes.Contains(win, cfg.marker) {
						marked = true
						found <- now
					}
				}
				if cfg.answer {
					for _, q := range queries {
						for i := 0; ; {
							j := bytes.Index(win[i:], []byte(q.ask))
							if j < 0 {
								break
							}
							end := i + j + len(q.ask)
							if end > len(tail) { // not answered in an earlier read
								_, _ = master.Write([]byte(q.reply))
							}
							i = end
						}
					}
				}
				keep := min(len(win), longest-1)
				tail = append(tail[:0:0], win[len(win)-keep:]...)
			}
			if err != nil {
				drained <- err
				return
			}
		}
	}()

	var elapsed time.Duration
	var readErr error
	timedOut, closed := false, false
	select {
	case elapsed = <-found:
	case readErr = <-drained:
		closed = true
	case <-time.After(cfg.timeout):
		timedOut = true
	}

	_ = cmd.Process.Kill()
	werr := cmd.Wait()
	// With the child gone, reading the master ends (EIO); closing it ends
	// the read in any case.
	if !closed {
		select {
		case <-drained:
		case <-time.After(2 * time.Second):
			master.Close()
			<-drained
		}
	}
	// The reader is done: seen is safe to read.
	switch {
	case closed:
		return 0, fmt.Errorf("the terminal closed (%v) before %q showed; output: %q", readErr, cfg.marker, last(seen, 2000))
	case timedOut:
		return 0, fmt.Errorf("%q did not show within %v; output: %q", cfg.marker, cfg.timeout, last(seen, 2000))
	}
	var exit *exec.ExitError
	if werr != nil && !errors.As(werr, &exit) {
		return 0, werr
	}
	return elapsed, nil
}

func last(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}
