// Command release builds circle's release archives, the same bytes from the
// same commit on any machine: per platform a .tar.gz (a .zip for Windows)
// holding the binary, LICENSE, README.md, CHANGELOG.md, the man page in
// English and Bokmål and the shell completions, and a SHA256SUMS file.
//
//	go run ./.ci/release -version v1.0.0 -out dist
//	go run ./.ci/release -version v1.0.0 -out dist -platforms linux/amd64
//
// Reproducible: the binaries are built with -trimpath, -buildvcs=false and
// an empty build id, and no cgo; every archive entry has the commit's time
// (or SOURCE_DATE_EPOCH), owner 0 and a fixed mode, in sorted order; gzip
// carries no name or time. `make release` runs it.
package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Platforms are the release's targets.
var Platforms = []string{"linux/amd64", "linux/arm64", "windows/amd64", "windows/arm64", "darwin/amd64", "darwin/arm64"}

func main() {
	version := flag.String("version", "", "the version stamped into the binaries (required)")
	out := flag.String("out", "dist", "the folder the archives and SHA256SUMS are written to")
	src := flag.String("src", ".", "the module's folder")
	platforms := flag.String("platforms", strings.Join(Platforms, ","), "the targets, comma-separated")
	flag.Parse()
	if *version == "" {
		fmt.Fprintln(os.Stderr, "release: -version is required")
		os.Exit(2)
	}
	epoch, err := sourceEpoch(*src)
	if err != nil {
		fmt.Fprintln(os.Stderr, "release:", err)
		os.Exit(1)
	}
	names, err := Release(Config{Version: *version, Src: *src, Out: *out, Epoch: epoch, Platforms: strings.Split(*platforms, ",")})
	if err != nil {
		fmt.Fprintln(os.Stderr, "release:", err)
		os.Exit(1)
	}
	for _, n := range names {
		fmt.Println(filepath.Join(*out, n))
	}
}

// sourceEpoch is SOURCE_DATE_EPOCH, else the time of the commit checked out.
func sourceEpoch(src string) (time.Time, error) {
	s := os.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		out, err := exec.Command("git", "-C", src, "log", "-1", "--format=%ct").Output()
		if err != nil {
			return time.Time{}, fmt.Errorf("no SOURCE_DATE_EPOCH and no commit time from git: %w", err)
		}
		s = strings.TrimSpace(string(out))
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH %q is not a number of seconds", s)
	}
	return time.Unix(n, 0).UTC(), nil
}

// Config is one release.
type Config struct {
	Version   string
	Src       string    // the module's folder
	Out       string    // where the archives go
	Epoch     time.Time // every file's time in the archives
	Platforms []string  // os/arch
}

// Release builds and packs every platform, writes SHA256SUMS, and returns
// the names of the files written in Out.
func Release(c Config) ([]string, error) {
	if err := os.MkdirAll(c.Out, 0o755); err != nil {
		return nil, err
	}
	work, err := os.MkdirTemp("", "circle-release-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(work)

	binaries := map[string]string{}
	for _, p := range c.Platforms {
		bin, err := build(c, p, filepath.Join(work, strings.ReplaceAll(p, "/", "-")))
		if err != nil {
			return nil, err
		}
		binaries[p] = bin
	}
	// The man pages and completions come from a binary of this machine's
	// own platform, built the same way; they are the same on every system.
	host := runtime.GOOS + "/" + runtime.GOARCH
	hostBin, ok := binaries[host]
	if !ok {
		if hostBin, err = build(c, host, filepath.Join(work, "host")); err != nil {
			return nil, err
		}
	}
	docs, err := documents(c, hostBin)
	if err != nil {
		return nil, err
	}

	var names []string
	for _, p := range c.Platforms {
		goos, arch, _ := strings.Cut(p, "/")
		files := map[string]file{}
		for name, f := range docs {
			files[name] = f
		}
		bin, err := os.ReadFile(binaries[p])
		if err != nil {
			return nil, err
		}
		exe := "circle"
		if goos == "windows" {
			exe += ".exe"
		}
		files[exe] = file{data: bin, mode: 0o755}
		base := fmt.Sprintf("circle-%s-%s-%s", c.Version, goos, arch)
		var archive []byte
		name := base + ".tar.gz"
		if goos == "windows" {
			name = base + ".zip"
			archive, err = packZip(base, files, c.Epoch)
		} else {
			archive, err = packTarGz(base, files, c.Epoch)
		}
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(c.Out, name), archive, 0o644); err != nil {
			return nil, err
		}
		names = append(names, name)
	}
	if err := writeSums(c.Out, names); err != nil {
		return nil, err
	}
	return append(names, "SHA256SUMS"), nil
}

// build compiles circle for platform p into dir.
func build(c Config, p, dir string) (string, error) {
	goos, arch, ok := strings.Cut(p, "/")
	if !ok {
		return "", fmt.Errorf("platform %q is not os/arch", p)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "circle")
	if goos == "windows" {
		bin += ".exe"
	}
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false",
		"-ldflags", "-s -w -buildid= -X main.version="+c.Version, "-o", bin, ".")
	cmd.Dir = c.Src
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+goos, "GOARCH="+arch, "GOFLAGS=")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build for %s: %v\n%s", p, err, out)
	}
	return bin, nil
}

// file is an archive entry's content and mode.
type file struct {
	data []byte
	mode int64
}

// documents are the files every archive holds besides the binary.
func documents(c Config, bin string) (map[string]file, error) {
	files := map[string]file{}
	for _, name := range []string{"LICENSE", "README.md", "CHANGELOG.md"} {
		b, err := os.ReadFile(filepath.Join(c.Src, name))
		if err != nil {
			return nil, err
		}
		files[name] = file{data: b, mode: 0o644}
	}
	outputs := map[string][]string{
		"man/man1/circle.1":       {"--lang", "en", "man"},
		"man/nb/man1/circle.1":    {"--lang", "nb", "man"},
		"completions/circle.bash": {"--lang", "en", "completion", "bash"},
		"completions/_circle":     {"--lang", "en", "completion", "zsh"},
		"completions/circle.fish": {"--lang", "en", "completion", "fish"},
		"completions/circle.ps1":  {"--lang", "en", "completion", "powershell"},
	}
	for name, args := range outputs {
		cmd := exec.Command(bin, args...)
		// Nothing of whoever runs the release reaches the pages.
		cmd.Env = []string{"HOME=" + os.TempDir(), "PATH=" + os.Getenv("PATH")}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("circle %s: %v: %s", strings.Join(args, " "), err, stderr.String())
		}
		files[name] = file{data: out, mode: 0o644}
	}
	return files, nil
}

func sortedNames(files map[string]file) []string {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// packTarGz writes files under the folder base, in name order, with the
// same time, owner and modes whoever builds it.
func packTarGz(base string, files map[string]file, epoch time.Time) ([]byte, error) {
	var buf bytes.Buffer
	gz, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	gz.ModTime = time.Time{} // no time in the gzip header
	tw := tar.NewWriter(gz)
	dirs := map[string]bool{}
	for _, name := range sortedNames(files) {
		// Each folder before what is in it, once.
		parts := strings.Split(name, "/")
		for i := range parts[:len(parts)-1] {
			d := base + "/" + strings.Join(parts[:i+1], "/") + "/"
			if !dirs[d] {
				dirs[d] = true
				if err := tw.WriteHeader(header(d, tar.TypeDir, 0o755, 0, epoch)); err != nil {
					return nil, err
				}
			}
		}
		f := files[name]
		if err := tw.WriteHeader(header(base+"/"+name, tar.TypeReg, f.mode, int64(len(f.data)), epoch)); err != nil {
			return nil, err
		}
		if _, err := tw.Write(f.data); err != nil {
			return nil, err
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	if err := gz.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func header(name string, typ byte, mode, size int64, epoch time.Time) *tar.Header {
	return &tar.Header{Typeflag: typ, Name: name, Mode: mode, Size: size, ModTime: epoch, Format: tar.FormatUSTAR}
}

// packZip is packTarGz for Windows, which opens a .zip by itself.
func packZip(base string, files map[string]file, epoch time.Time) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestCompression)
	})
	for _, name := range sortedNames(files) {
		f := files[name]
		h := &zip.FileHeader{Name: base + "/" + name, Method: zip.Deflate, Modified: epoch}
		h.SetMode(os.FileMode(f.mode))
		w, err := zw.CreateHeader(h)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(f.data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writeSums writes SHA256SUMS for the archives, in the format sha256sum -c
// reads.
func writeSums(dir string, names []string) error {
	names = slices.Sorted(slices.Values(names))
	var b strings.Builder
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		fmt.Fprintf(&b, "%s  %s\n", hex.EncodeToString(sum[:]), n)
	}
	if len(names) == 0 {
		return errors.New("no archives to sum")
	}
	return os.WriteFile(filepath.Join(dir, "SHA256SUMS"), []byte(b.String()), 0o644)
}
