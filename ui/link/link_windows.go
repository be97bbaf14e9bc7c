package link

// The display channel on Windows: an AF_UNIX socket (Windows 10 1803 and
// later; Go's net package speaks it) in %LocalAppData%\circle\display, a
// folder made with a protected DACL that grants the user alone full
// control, and whose owner is the user. The socket file inherits that
// DACL, and Windows checks it when a process connects, so another user
// of the laptop cannot attach even when the data file is in a shared
// folder. Before dialing, the display checks that the folder is owned by
// its own user.
//
// What is tested: the path (windowsPath, windowsKey) by table tests on
// Linux, and that this file and its tests compile and vet for
// windows/amd64. Nothing here has run on Windows: the DACL, the owner
// check and AF_UNIX itself are untested (link_windows_test.go and
// link_test.go are written to test them on a Windows machine), and the
// other end's user is not checked (Windows has no SO_PEERCRED; the
// folder's DACL is what keeps others out).

import (
	"errors"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"syscall"
	"unsafe"

	"golang.org/x/sys/windows"
)

func path(dataPath string) (string, error) {
	abs, err := filepath.Abs(dataPath)
	if err != nil {
		return "", err
	}
	dir, err := os.UserCacheDir() // %LocalAppData%
	if err != nil {
		return "", ErrNoPrivateFolder
	}
	return windowsPath(dir, abs)
}

// me is the user this process runs as.
func me() (*windows.SID, error) {
	u, err := windows.GetCurrentProcessToken().GetTokenUser()
	if err != nil {
		return nil, err
	}
	return u.User.Sid.Copy()
}

// privateDir makes dir, or takes it as it is, owned by the user with a
// protected DACL granting the user alone full control (inherited by what
// is made in it): no ACE of the folders above it reaches in.
func privateDir(dir string) error {
	sid, err := me()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o700); err != nil {
		return err
	}
	sd, err := windows.SecurityDescriptorFromString("O:" + sid.String() + "D:P(A;OICI;FA;;;" + sid.String() + ")")
	if err != nil {
		return err
	}
	name, err := windows.UTF16PtrFromString(dir)
	if err != nil {
		return err
	}
	sa := &windows.SecurityAttributes{SecurityDescriptor: sd}
	sa.Length = uint32(unsafe.Sizeof(*sa))
	err = windows.CreateDirectory(name, sa)
	if err == nil || !errors.Is(err, windows.ERROR_ALREADY_EXISTS) {
		return err
	}
	// Made before (by a circle of this user): its owner and DACL set again.
	dacl, _, err := sd.DACL()
	if err != nil {
		return err
	}
	return windows.SetNamedSecurityInfo(dir, windows.SE_FILE_OBJECT,
		windows.OWNER_SECURITY_INFORMATION|windows.DACL_SECURITY_INFORMATION|windows.PROTECTED_DACL_SECURITY_INFORMATION,
		sid, nil, dacl, nil)
}

// listen makes the socket's folder private, then opens the socket in it.
func listen(path string) (net.Listener, error) {
	if err := privateDir(filepath.Dir(path)); err != nil {
		return nil, err
	}
	ln, err := net.Listen("unix", path)
	if err != nil {
		return nil, err
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	return ln, nil
}

// ownedByMe refuses a channel whose folder another user owns.
func ownedByMe(path string) error {
	if _, err := os.Stat(path); err != nil {
		return err
	}
	sd, err := windows.GetNamedSecurityInfo(filepath.Dir(path), windows.SE_FILE_OBJECT, windows.OWNER_SECURITY_INFORMATION)
	if err != nil {
		return err
	}
	owner, _, err := sd.Owner()
	if err != nil {
		return err
	}
	sid, err := me()
	if err != nil {
		return err
	}
	if !owner.Equals(sid) {
		return ErrNotYours
	}
	return nil
}

// samePeer: Windows has no SO_PEERCRED; the folder's DACL keeps others
// from connecting.
func samePeer(net.Conn) bool { return true }

// absent reports whether err says no circle listens: no socket, or one
// left by a circle that was killed.
func absent(err error) bool {
	return errors.Is(err, fs.ErrNotExist) || errors.Is(err, windows.WSAECONNREFUSED) ||
		errors.Is(err, syscall.ERROR_FILE_NOT_FOUND) || errors.Is(err, syscall.ERROR_PATH_NOT_FOUND)
}

// denied reports whether err says the channel is closed to this user.
func denied(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, windows.WSAEACCES) || errors.Is(err, windows.ERROR_ACCESS_DENIED)
}
