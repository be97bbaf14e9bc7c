//go:build !windows

package link

import (
	"errors"
	"strings"
	"testing"
)

func TestPathHere(t *testing.T) {
	if got, err := Path("/srv/x/../circle.db"); err != nil || got != "/srv/circle.db.display" {
		t.Fatalf("Path: %q, %v", got, err)
	}
	long := "/" + strings.Repeat("a", maxPath-len("/.display"))
	if got, err := Path(long); err != nil || len(got) != maxPath {
		t.Fatalf("Path of %d bytes: %v", len(got), err)
	}
	if got, err := Path(long + "a"); !errors.Is(err, ErrPathTooLong) {
		t.Fatalf("Path of 108 bytes: %q, %v", got, err)
	}
}
