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
	switch goos {
	case "windows":
		dir = getenv("LocalAppData")
	case "darwin":
		if home != "" {
			dir = filepath.Join(home, "Library", "Application Support")
		}
	default:
		// The XDG spec says to ignore a relative XDG_DATA_HOME.
		if d := getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
			dir = d
		} else if home != "" {
			dir = filepath.Join(home, ".local", "share")
		}
	}
	if dir == "" {
		return "", errors.New("store: no data directory: set --db or CIRCLE_DB")
	}
	return filepath.Join(dir, "circle", "circle.db"), nil
}
