package link

import (
	"path/filepath"
	"testing"
	"unsafe"

	"golang.org/x/sys/windows"
)

// On Windows (not run here: nothing runs Windows in this project's
// checks; it is compiled and vetted for windows/amd64): the channel's
// folder is owned by the user, its DACL protected from what the folders
// above it grant, with one ACE, the user's, and made so again when it was
// there before with a looser one.
func TestThePrivateFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "circle", "display")
	sid, err := me()
	if err != nil {
		t.Fatal(err)
	}
	check := func() {
		t.Helper()
		sd, err := windows.GetNamedSecurityInfo(dir, windows.SE_FILE_OBJECT,
			windows.OWNER_SECURITY_INFORMATION|windows.DACL_SECURITY_INFORMATION)
		if err != nil {
			t.Fatal(err)
		}
		owner, _, err := sd.Owner()
		if err != nil || !owner.Equals(sid) {
			t.Fatalf("owner %v, %v", owner, err)
		}
		control, _, err := sd.Control()
		if err != nil || control&windows.SE_DACL_PROTECTED == 0 {
			t.Fatalf("the DACL is not protected: %v, %v", control, err)
		}
		dacl, _, err := sd.DACL()
		if err != nil || dacl == nil || dacl.AceCount != 1 {
			t.Fatalf("DACL %v, %v", dacl, err)
		}
		var ace *windows.ACCESS_ALLOWED_ACE
		if err := windows.GetAce(dacl, 0, &ace); err != nil {
			t.Fatal(err)
		}
		if !(*windows.SID)(unsafe.Pointer(&ace.SidStart)).Equals(sid) {
			t.Fatal("the ACE is not the user's")
		}
	}
	if err := privateDir(dir); err != nil {
		t.Fatal(err)
	}
	check()
	// Loosened (Everyone may read), then taken again.
	sd, err := windows.SecurityDescriptorFromString("D:(A;OICI;FA;;;" + sid.String() + ")(A;OICI;FR;;;WD)")
	if err != nil {
		t.Fatal(err)
	}
	dacl, _, _ := sd.DACL()
	if err := windows.SetNamedSecurityInfo(dir, windows.SE_FILE_OBJECT, windows.DACL_SECURITY_INFORMATION, nil, nil, dacl, nil); err != nil {
		t.Fatal(err)
	}
	if err := privateDir(dir); err != nil {
		t.Fatal(err)
	}
	check()
	if err := ownedByMe(filepath.Join(dir, "none.sock")); err == nil {
		t.Fatal("a channel that is not there passed")
	}
}
