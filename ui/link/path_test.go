package link

import (
	"errors"
	"strings"
	"testing"
)

// The Windows channel's path, computed here on any system: it is in the
// user's own folder, never next to the data file, one per data file
// however its path is spelt, and short enough for AF_UNIX.
func TestWindowsPath(t *testing.T) {
	const local = `C:\Users\ann\AppData\Local`
	base, err := windowsPath(local, `C:\Users\ann\circle.db`)
	if err != nil {
		t.Fatal(err)
	}
	const dir = `C:\Users\ann\AppData\Local\circle\display\`
	if !strings.HasPrefix(base, dir) || !strings.HasSuffix(base, ".sock") || len(base) != len(dir)+16+len(".sock") {
		t.Fatalf("the channel is %q", base)
	}
	for _, c := range []struct {
		local, data string
		same        bool
	}{
		{local, `C:\Users\ann\circle.db`, true},
		{local + `\`, `C:\Users\ann\circle.db`, true},
		{`C:/Users/ann/AppData/Local/`, `C:/Users/ann/circle.db`, true},
		{local, `c:\USERS\Ann\circle.DB`, true},
		{local, `C:\Users\ann\.\x\..\\circle.db`, true},
		{local, `C:\Users\ann\circle.db\`, true},
		{local, `C:\Users\ann\circle2.db`, false},
		{local, `D:\Users\ann\circle.db`, false},
		{local, `C:\Users\bo\circle.db`, false},
		{local, `\\nas\groups\Users\ann\circle.db`, false},
	} {
		got, err := windowsPath(c.local, c.data)
		if err != nil {
			t.Fatalf("%q: %v", c.data, err)
		}
		if !strings.HasPrefix(got, dir) {
			t.Fatalf("%q, %q: the channel %q is not in the user's folder", c.local, c.data, got)
		}
		if (got == base) != c.same {
			t.Fatalf("%q: %q, same as %q: %v, want %v", c.data, got, base, got == base, c.same)
		}
	}
	// A data file in a shared folder: its channel is still in the user's
	// own folder, nowhere near the share.
	shared, err := windowsPath(local, `\\nas\groups\circle.db`)
	if err != nil || !strings.HasPrefix(shared, dir) || strings.Contains(strings.ToLower(shared), "nas") {
		t.Fatalf("a shared data file's channel: %q, %v", shared, err)
	}
	// No folder of the user's own, or a relative one: no channel.
	for _, l := range []string{"", `AppData\Local`, `\Local`, `C:`, `\\`, `1:\x`} {
		if p, err := windowsPath(l, `C:\circle.db`); !errors.Is(err, ErrNoPrivateFolder) {
			t.Fatalf("LOCALAPPDATA %q: %q, %v", l, p, err)
		}
	}
	if p, err := windowsPath(local, `circle.db`); !errors.Is(err, ErrNoPrivateFolder) {
		t.Fatalf("a relative data path: %q, %v", p, err)
	}
	// 107 bytes fit; 108 do not.
	fits := `C:\` + strings.Repeat("a", maxPath-len(`C:\`)-len(`\circle\display\`)-16-len(".sock"))
	if p, err := windowsPath(fits, `C:\circle.db`); err != nil || len(p) != maxPath {
		t.Fatalf("a path of %d bytes: %v", len(p), err)
	}
	if p, err := windowsPath(fits+"a", `C:\circle.db`); !errors.Is(err, ErrPathTooLong) {
		t.Fatalf("a path of 108 bytes: %q, %v", p, err)
	}
}

func TestWindowsKey(t *testing.T) {
	for in, want := range map[string]string{
		`C:\Users\Ann\circle.db`:          `c:\users\ann\circle.db`,
		`C:/Users//Ann/./circle.db`:       `c:\users\ann\circle.db`,
		`C:\Users\Ann\..\..\..\circle.db`: `c:\circle.db`,
		`C:\`:                             `c:\`,
		`\\NAS\Groups\a\..\circle.db`:     `\\nas\groups\circle.db`,
		`\\nas\groups`:                    `\\nas\groups\`,
		`//nas/groups/circle.db`:          `\\nas\groups\circle.db`,
	} {
		if got := windowsKey(in); got != want {
			t.Errorf("windowsKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// On Linux and macOS the channel is next to the data file.
func TestUnixPath(t *testing.T) {
	if got := unixPath("/home/ann/.local/share/circle/./circle.db"); got != "/home/ann/.local/share/circle/circle.db.display" {
		t.Fatalf("unixPath: %q", got)
	}
}
