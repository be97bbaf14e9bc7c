//go:build unix

package store_test

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"circle/store"
)

// cpuTime is the process's CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkUnlockNotesCPU is BenchmarkUnlockNotes with the CPU time of an
// unlock reported too: on a machine shared with other work the wall time
// waits for the CPU, and the CPU time is what an unlock costs a laptop
// of its own.
func BenchmarkUnlockNotesCPU(b *testing.B) {
	s, err := store.Open(filepath.Join(b.TempDir(), "circle.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	nb, err := s.TurnOnNotes(canaryPass)
	if err != nil {
		b.Fatal(err)
	}
	for range 50 {
		if _, err := nb.Add("2026-12-01", canaryText); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	start := cpuTime()
	n := 0
	for b.Loop() {
		if _, err := s.UnlockNotes(canaryPass); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64((cpuTime()-start)/time.Millisecond)/float64(n), "cpu-ms/op")
}
