package store

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
)

// DefaultPath returns where the data file lives when no --db is given: in
// the user's data directory, which is not synced or roamed by default on
// any of the three systems.
func DefaultPath() (string, error) {
	home, _ := os.UserHomeDir() // only an error if home is needed and missing
	return defaultPath(runtime.GOOS, os.Getenv, home)
}

func defaultPath(goos string, getenv func(string) string, home string) (string, error) {
	var dir string
	switch {
	// XDG_DATA_HOME, when set, is the user's choice on every system: on
	// macOS and Windows too, where only someone who wants it sets it. The
	// XDG spec says to ignore a relative one.
	case filepath.IsAbs(getenv("XDG_DATA_HOME")):
		dir = getenv("XDG_DATA_HOME")
	case goos == "windows":
		dir = getenv("LocalAppData")
	case goos == "darwin":
		if home != "" {
			dir = filepath.Join(home, "Library", "Application Support")
		}
	case home != "":
		dir = filepath.Join(home, ".local", "share")
	}
	if dir == "" {
		return "", errors.New("store: no data directory: set --db or CIRCLE_DB")
	}
	return filepath.Join(dir, "circle", "circle.db"), nil
}
