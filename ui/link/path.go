package link

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"path/filepath"
	"strings"
)

// Errors of finding the channel.
var (
	// ErrNoPrivateFolder: Windows gave no folder of the user's own
	// (%LocalAppData%) to put the channel in.
	ErrNoPrivateFolder = errors.New("link: no folder of your own (%LocalAppData%) for the display channel")
	// ErrPathTooLong: the channel's path would not fit in a Unix socket's
	// address (107 bytes and its NUL).
	ErrPathTooLong = errors.New("link: the display channel's path is longer than a socket's address can hold")
)

// maxPath is the longest socket path AF_UNIX takes, in bytes: sun_path
// is 108 bytes with its NUL, on Linux, macOS (104 there, but the
// data-file path is the user's own choice) and Windows alike.
const maxPath = 107

// Path is the display channel of the data file at dataPath: the one name
// the facilitator's circle listens on and `circle display` dials. On
// Linux and macOS it is next to the data file (unixPath); on Windows it
// is in a folder of the user's own (windowsPath), never next to a data
// file that may lie in a shared folder.
func Path(dataPath string) (string, error) { return path(dataPath) }

// unixPath is the socket next to the data file: its name and Suffix. Its
// folder is the data folder, 0700 when circle made it.
func unixPath(dataPath string) string { return filepath.Clean(dataPath) + Suffix }

// windowsPath is the socket of the data file at absData (absolute) on
// Windows: localAppData\circle\display\<hash>.sock, where hash is the
// first 8 bytes of the SHA-256 of the data file's path as Windows would
// name it (windowsKey), in hex. The folder is private to the user
// (link_windows.go makes it so); the hash keeps the path short and gives
// each data file its own channel. A pure function of its arguments, so
// that it is tested on any system.
func windowsPath(localAppData, absData string) (string, error) {
	if !windowsAbs(localAppData) || !windowsAbs(absData) {
		return "", ErrNoPrivateFolder
	}
	dir := strings.TrimRight(strings.ReplaceAll(localAppData, "/", `\`), `\`)
	sum := sha256.Sum256([]byte(windowsKey(absData)))
	p := dir + `\circle\display\` + hex.EncodeToString(sum[:8]) + ".sock"
	if len(p) > maxPath {
		return "", ErrPathTooLong
	}
	return p, nil
}

// windowsAbs reports whether p is an absolute Windows path: a drive and a
// backslash (C:\), or a UNC share (\\server\share).
func windowsAbs(p string) bool {
	p = strings.ReplaceAll(p, "/", `\`)
	if len(p) >= 3 && p[1] == ':' && p[2] == '\\' {
		c := p[0] | 0x20
		return c >= 'a' && c <= 'z'
	}
	return strings.HasPrefix(p, `\\`) && len(p) > 2 && p[2] != '\\'
}

// windowsKey is an absolute Windows path as one spelling of its file:
// forward slashes as backslashes, "." and ".." and doubled separators
// resolved, and folded to lower case, as Windows' file names are (its
// folding is by its own table; ToLower agrees with it on the names people
// type). It does not resolve links, junctions, 8.3 short names or the
// \\?\ prefix: the facilitator and the display name the file the same way
// in practice (the same --db or CIRCLE_DB).
func windowsKey(p string) string {
	p = strings.ReplaceAll(p, "/", `\`)
	prefix := ""
	switch {
	case strings.HasPrefix(p, `\\`):
		// \\server\share is the root of a UNC path.
		parts := strings.SplitN(p[2:], `\`, 3)
		prefix = `\\` + strings.Join(parts[:min(2, len(parts))], `\`)
		p = ""
		if len(parts) == 3 {
			p = parts[2]
		}
	case len(p) >= 2 && p[1] == ':':
		prefix, p = p[:2], p[2:]
	}
	var out []string
	for _, e := range strings.Split(p, `\`) {
		switch e {
		case "", ".":
		case "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		default:
			out = append(out, e)
		}
	}
	return strings.ToLower(prefix + `\` + strings.Join(out, `\`))
}
