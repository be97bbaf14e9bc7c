package store_test

import (
	"path/filepath"
	"testing"

	"circle/store"
)

func TestDefaultPath(t *testing.T) {
	// An absolute path on the system the test runs on.
	abs, err := filepath.Abs(filepath.Join("data", "kari"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		goos    string
		env     map[string]string
		home    string
		want    string
		wantErr bool
	}{
		{
			name: "linux without XDG_DATA_HOME",
			goos: "linux",
			home: "/home/kari",
			want: filepath.Join("/home/kari", ".local", "share", "circle", "circle.db"),
		},
		{
			name: "linux with XDG_DATA_HOME",
			goos: "linux",
			env:  map[string]string{"XDG_DATA_HOME": "/data/kari"},
			home: "/home/kari",
			want: filepath.Join("/data/kari", "circle", "circle.db"),
		},
		{
			name: "linux ignores a relative XDG_DATA_HOME",
			goos: "linux",
			env:  map[string]string{"XDG_DATA_HOME": "data"},
			home: "/home/kari",
			want: filepath.Join("/home/kari", ".local", "share", "circle", "circle.db"),
		},
		{
			name: "freebsd as linux",
			goos: "freebsd",
			home: "/home/kari",
			want: filepath.Join("/home/kari", ".local", "share", "circle", "circle.db"),
		},
		{
			name: "darwin",
			goos: "darwin",
			home: "/Users/kari",
			want: filepath.Join("/Users/kari", "Library", "Application Support", "circle", "circle.db"),
		},
		{
			name: "darwin with XDG_DATA_HOME",
			goos: "darwin",
			env:  map[string]string{"XDG_DATA_HOME": abs},
			home: "/Users/kari",
			want: filepath.Join(abs, "circle", "circle.db"),
		},
		{
			name: "darwin ignores a relative XDG_DATA_HOME",
			goos: "darwin",
			env:  map[string]string{"XDG_DATA_HOME": "data"},
			home: "/Users/kari",
			want: filepath.Join("/Users/kari", "Library", "Application Support", "circle", "circle.db"),
		},
		{
			name: "windows with XDG_DATA_HOME",
			goos: "windows",
			env:  map[string]string{"XDG_DATA_HOME": abs, "LocalAppData": `C:\Users\kari\AppData\Local`},
			home: `C:\Users\kari`,
			want: filepath.Join(abs, "circle", "circle.db"),
		},
		{
			name: "windows without LocalAppData but with XDG_DATA_HOME",
			goos: "windows",
			env:  map[string]string{"XDG_DATA_HOME": abs},
			want: filepath.Join(abs, "circle", "circle.db"),
		},
		{
			name: "windows",
			goos: "windows",
			env:  map[string]string{"LocalAppData": `C:\Users\kari\AppData\Local`},
			home: `C:\Users\kari`,
			want: filepath.Join(`C:\Users\kari\AppData\Local`, "circle", "circle.db"),
		},
		{name: "windows without LocalAppData", goos: "windows", home: `C:\Users\kari`, wantErr: true},
		{name: "linux without home", goos: "linux", wantErr: true},
		{name: "darwin without home", goos: "darwin", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			getenv := func(k string) string { return tt.env[k] }
			got, err := store.DefaultPathFor(tt.goos, getenv, tt.home)
			if (err != nil) != tt.wantErr {
				t.Fatalf("defaultPath() error = %v, wantErr %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("defaultPath() = %q, want %q", got, tt.want)
			}
		})
	}
}
