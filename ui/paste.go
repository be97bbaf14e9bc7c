package ui

import (
	"os"
	"unicode/utf8"
)

// PasteCap is the most bytes of one bracketed paste that reach the
// program: more than any field of circle takes (the longest is a file's
// path, 1024 characters), far less than a megabyte pasted by mistake.
const PasteCap = 8 << 10

// The markers a terminal puts around pasted text (bracketed paste).
var (
	pasteStart = []byte("\x1b[200~")
	pasteEnd   = []byte("\x1b[201~")
)

// Input is the terminal's input with every paste cut to PasteCap bytes, at
// a character's boundary. bubbletea v1 gathers a paste by reading the
// input anew from the paste's start on every 256 bytes it reads, so a
// megabyte pasted takes it minutes (measured: 105 s), with every key
// pressed meanwhile lost; no field would keep more than a kilobyte of it.
// It stays an *os.File underneath (Fd, Write, Close), so bubbletea still
// puts the terminal in raw mode and waits on it as before.
type Input struct {
	*os.File
	pasting  bool
	dropping bool // past the cap: the paste's bytes are dropped
	match    int  // bytes of the marker looked for that came so far
	kept     int  // bytes of the current paste passed on
	// ready is what was read and is to be passed on: it can be more than
	// a read held, when a marker held back comes whole.
	ready []byte
	raw   []byte
}

// NewInput wraps the terminal's input.
func NewInput(f *os.File) *Input { return &Input{File: f} }

// Read reads from the terminal and passes on what is not cut. It never
// returns 0 bytes without an error: what was read and cut whole is
// followed by another read.
func (in *Input) Read(p []byte) (int, error) {
	for len(in.ready) == 0 {
		if cap(in.raw) < len(p) {
			in.raw = make([]byte, len(p))
		}
		n, err := in.File.Read(in.raw[:len(p)])
		in.filter(in.raw[:n])
		if len(in.ready) == 0 && err != nil {
			return 0, err
		}
	}
	n := copy(p, in.ready)
	in.ready = in.ready[n:]
	return n, nil
}

// filter adds what is not cut of b to what is ready.
func (in *Input) filter(b []byte) {
	out := in.ready
	for _, c := range b {
		if !in.pasting {
			out = append(out, c)
			in.match = step(pasteStart, in.match, c)
			if in.match == len(pasteStart) {
				in.pasting, in.dropping, in.match, in.kept = true, false, 0, 0
			}
			continue
		}
		m := step(pasteEnd, in.match, c)
		if m == len(pasteEnd) {
			if in.dropping {
				out = append(out, pasteEnd...) // its first bytes were held back
			} else {
				out = append(out, c)
			}
			in.pasting, in.match = false, 0
			continue
		}
		// Cut only between characters, and never inside a marker.
		if !in.dropping && in.match == 0 && in.kept >= PasteCap && utf8.RuneStart(c) {
			in.dropping = true
		}
		in.match = m
		if !in.dropping {
			out = append(out, c)
			in.kept++
		}
	}
	in.ready = out
}

// step moves a match of marker on by one byte.
func step(marker []byte, match int, c byte) int {
	switch {
	case c == marker[match]:
		return match + 1
	case c == marker[0]:
		return 1
	}
	return 0
}
