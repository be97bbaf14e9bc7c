package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

var epoch = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

// root is the module's folder, two up from .ci/release.
func root(t *testing.T) string {
	t.Helper()
	r, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// copySource copies the module's files (what git tracks, and new files it
// does not ignore) to another folder, as a second machine would have them.
func copySource(t *testing.T, from string) string {
	t.Helper()
	out, err := exec.Command("git", "-C", from, "ls-files", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Skipf("no git to list the source: %v", err)
	}
	to := filepath.Join(t.TempDir(), "elsewhere", "circle")
	for _, name := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		data, err := os.ReadFile(filepath.Join(from, name))
		if os.IsNotExist(err) {
			continue // deleted, not yet committed
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(to, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return to
}

// TestReleaseIsReproducible builds the linux/amd64 release twice, the
// second time from a copy of the source at another path, and wants the
// same bytes; then looks inside the archive and checks the sums.
func TestReleaseIsReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("builds circle twice")
	}
	const version = "v9.8.7"
	src := root(t)
	platform := []string{"linux/amd64"}
	a, b := t.TempDir(), t.TempDir()
	namesA, err := Release(Config{Version: version, Src: src, Out: a, Epoch: epoch, Platforms: platform})
	if err != nil {
		t.Fatal(err)
	}
	namesB, err := Release(Config{Version: version, Src: copySource(t, src), Out: b, Epoch: epoch, Platforms: platform})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"circle-v9.8.7-linux-amd64.tar.gz", "SHA256SUMS"}
	if !slices.Equal(namesA, want) || !slices.Equal(namesB, want) {
		t.Fatalf("wrote %v and %v, want %v", namesA, namesB, want)
	}
	for _, n := range want {
		x, _ := os.ReadFile(filepath.Join(a, n))
		y, _ := os.ReadFile(filepath.Join(b, n))
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two builds of the same source (%d and %d bytes)", n, len(x), len(y))
		}
	}

	archive, _ := os.ReadFile(filepath.Join(a, want[0]))
	sums, _ := os.ReadFile(filepath.Join(a, "SHA256SUMS"))
	sum := sha256.Sum256(archive)
	if string(sums) != hex.EncodeToString(sum[:])+"  "+want[0]+"\n" {
		t.Errorf("SHA256SUMS is %q", sums)
	}

	entries := readTarGz(t, archive)
	base := "circle-v9.8.7-linux-amd64/"
	wantNames := []string{"CHANGELOG.md", "LICENSE", "README.md", "circle", "completions/", "completions/_circle",
		"completions/circle.bash", "completions/circle.fish", "completions/circle.ps1",
		"man/", "man/man1/", "man/man1/circle.1", "man/nb/", "man/nb/man1/", "man/nb/man1/circle.1"}
	var got []string
	for _, e := range entries {
		got = append(got, strings.TrimPrefix(e.h.Name, base))
		if !strings.HasPrefix(e.h.Name, base) || !e.h.ModTime.Equal(epoch) || e.h.Uid != 0 || e.h.Gid != 0 || e.h.Uname != "" {
			t.Errorf("%s: time %v, owner %d/%d %q", e.h.Name, e.h.ModTime, e.h.Uid, e.h.Gid, e.h.Uname)
		}
	}
	if !slices.Equal(got, wantNames) {
		t.Fatalf("the archive holds %q,\nwant %q", got, wantNames)
	}
	byName := map[string]tarEntry{}
	for _, e := range entries {
		byName[strings.TrimPrefix(e.h.Name, base)] = e
	}
	if m := byName["circle"].h.Mode; m != 0o755 {
		t.Errorf("the binary's mode is %o", m)
	}
	license, _ := os.ReadFile(filepath.Join(src, "LICENSE"))
	if !bytes.Equal(byName["LICENSE"].data, license) || !bytes.HasPrefix(license, []byte("MIT License")) {
		t.Error("the archive's LICENSE is not the MIT licence of the source")
	}
	if !bytes.HasPrefix(byName["man/man1/circle.1"].data, []byte(".TH CIRCLE 1 \"\" \"circle v9.8.7\"")) ||
		!bytes.Contains(byName["man/nb/man1/circle.1"].data, []byte(".SH NAVN")) {
		t.Error("the man pages are not the English and Bokmål pages of this version")
	}
	for name, marker := range map[string]string{"completions/circle.bash": "complete -o filenames -F _circle circle",
		"completions/_circle": "#compdef circle", "completions/circle.fish": "complete -c circle",
		"completions/circle.ps1": "Register-ArgumentCompleter"} {
		if !bytes.Contains(byName[name].data, []byte(marker)) {
			t.Errorf("%s lacks %q", name, marker)
		}
	}
	if runtime.GOOS+"/"+runtime.GOARCH == "linux/amd64" {
		bin := filepath.Join(t.TempDir(), "circle")
		if err := os.WriteFile(bin, byName["circle"].data, 0o755); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(bin, "--version").Output()
		if err != nil || string(out) != "circle v9.8.7\n" {
			t.Errorf("the archive's circle --version: %q, %v", out, err)
		}
	}
}

type tarEntry struct {
	h    *tar.Header
	data []byte
}

func readTarGz(t *testing.T, b []byte) []tarEntry {
	t.Helper()
	gz, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if gz.Name != "" || !gz.ModTime.IsZero() {
		t.Errorf("the gzip header carries a name %q or a time %v", gz.Name, gz.ModTime)
	}
	tr := tar.NewReader(gz)
	var out []tarEntry
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, tarEntry{h, data})
	}
}

// TestZipIsReproducible: the Windows archive, packed twice from the same
// files, is the same bytes, in name order, every entry at the epoch.
func TestZipIsReproducible(t *testing.T) {
	files := map[string]file{}
	for i, name := range []string{"man/man1/circle.1", "circle.exe", "LICENSE", "completions/circle.ps1", "README.md"} {
		mode := int64(0o644)
		if name == "circle.exe" {
			mode = 0o755
		}
		files[name] = file{data: []byte(strings.Repeat(fmt.Sprint(i), 1000+i)), mode: mode}
	}
	first, err := packZip("circle-v1-windows-amd64", files, epoch)
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		again, err := packZip("circle-v1-windows-amd64", files, epoch)
		if err != nil || !bytes.Equal(first, again) {
			t.Fatalf("a second zip differs (%v)", err)
		}
	}
	zr, err := zip.NewReader(bytes.NewReader(first), int64(len(first)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, strings.TrimPrefix(f.Name, "circle-v1-windows-amd64/"))
		if !f.Modified.Equal(epoch) {
			t.Errorf("%s: time %v", f.Name, f.Modified)
		}
		r, _ := f.Open()
		data, _ := io.ReadAll(r)
		name := strings.TrimPrefix(f.Name, "circle-v1-windows-amd64/")
		if !bytes.Equal(data, files[name].data) || int64(f.Mode().Perm()) != files[name].mode {
			t.Errorf("%s: %d bytes, mode %v", f.Name, len(data), f.Mode())
		}
	}
	if want := []string{"LICENSE", "README.md", "circle.exe", "completions/circle.ps1", "man/man1/circle.1"}; !slices.Equal(names, want) {
		t.Errorf("the zip holds %q, want %q", names, want)
	}
}
