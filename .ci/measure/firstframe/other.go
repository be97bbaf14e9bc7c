//go:build !linux

// Command firstframe measures a terminal program's first frame; it needs
// Linux (see main.go).
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "firstframe: Linux only")
	os.Exit(2)
}
