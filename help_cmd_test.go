package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"circle/ui/catalog"
)

// runCircleEnv is runCircle with only the environment variables env.
func runCircleEnv(t *testing.T, env map[string]string, args ...string) result {
	t.Helper()
	dir := t.TempDir()
	open := func(name string) *os.File {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	in, out, errf := open("in"), open("out"), open("err")
	w := realWorld()
	w.getenv = func(k string) string { return env[k] }
	code := runIn(w, args, in, out, errf)
	read := func(f *os.File) string {
		b, err := os.ReadFile(f.Name())
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	return result{code: code, stdout: read(out), stderr: read(errf)}
}

// helpWays are the ways to ask for a command's help.
func helpWays(c command) [][]string {
	words := strings.Fields(c.name)
	return [][]string{
		append(append([]string{}, words...), "--help"),
		append(append([]string{}, words...), "-h"),
		append([]string{"help"}, words...),
	}
}

// TestEveryCommandHasItsHelp walks the command table: every command's help,
// asked for in each of three ways and in each language, goes to stdout with
// exit 0 and names the command, what it does, and each of its options with
// the choices it takes and its environment variable.
func TestEveryCommandHasItsHelp(t *testing.T) {
	table := commands()
	if len(table) < 6 {
		t.Fatalf("the table has %d commands", len(table))
	}
	for _, lang := range catalog.Languages() {
		cat := catalog.New(lang)
		for _, c := range table {
			flags := commandFlags(c)
			if c.name == "" {
				flags = append(append(sharedFlags, c.flags...), helpFlag)
			}
			for _, args := range helpWays(c) {
				t.Run(string(lang)+" "+strings.Join(args, " "), func(t *testing.T) {
					r := runCircleEnv(t, map[string]string{"CIRCLE_LANG": string(lang)}, args...)
					if r.code != exitOK || r.stderr != "" {
						t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
					}
					want := []string{synopsis(cat, c), cat.T(catalog.CLIHelpLanguage)[:20], cat.T(catalog.CLIHelpExit)}
					for _, f := range flags {
						want = append(want, flagUsage(cat, f), strings.Fields(cat.T(f.help))[0])
						if f.env != "" {
							want = append(want, f.env)
						}
					}
					// A long synopsis is wrapped: read it with its line
					// breaks as spaces.
					flat := strings.Join(strings.Fields(r.stdout), " ")
					for _, w := range want {
						if !strings.Contains(r.stdout, w) && !strings.Contains(flat, w) {
							t.Errorf("the help lacks %q:\n%s", w, r.stdout)
						}
					}
					summary := strings.Fields(cat.T(c.summary))
					if !strings.Contains(r.stdout, strings.Join(summary[:min(3, len(summary))], " ")) {
						t.Errorf("the help lacks what %q does:\n%s", c.name, r.stdout)
					}
					if strings.Contains(r.stdout, "[cli.") || strings.Contains(r.stdout, "%!") {
						t.Errorf("a word is missing:\n%s", r.stdout)
					}
					for _, line := range strings.Split(r.stdout, "\n") {
						if len([]rune(line)) > helpWidth && !strings.Contains(line, string(os.PathSeparator)) {
							t.Errorf("a line is wider than %d: %q", helpWidth, line)
						}
					}
				})
			}
		}
	}
}

func TestTheHelpNamesTheChoices(t *testing.T) {
	r := runCircleEnv(t, nil, "--help")
	for _, want := range []string{"--lang en|nb", "--db PATH", "circle rules import FILE [--group NAME]", "circle history [--json] [--group NAME]"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("--help lacks %q:\n%s", want, r.stdout)
		}
	}
	// An option the command cannot do without is shown without brackets.
	r = runCircleEnv(t, nil, "help", "purge")
	if !strings.Contains(r.stdout, "circle purge --before YYYY-MM-DD [--group NAME] [--yes]") {
		t.Errorf("purge's usage shows --before as optional:\n%s", r.stdout)
	}
	r = runCircleEnv(t, nil, "--lang", "nb", "help", "rules", "import")
	if !strings.Contains(r.stdout, "circle rules import FIL [--group NAVN]") {
		t.Errorf("the Bokmål help lacks its usage line:\n%s", r.stdout)
	}
}

// TestEveryVariableSetsItsOptionAndTheFlagWins walks every option of the
// table that has an environment variable.
func TestEveryVariableSetsItsOptionAndTheFlagWins(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range commands() {
		defs := commandFlags(c)
		for _, d := range defs {
			if d.env == "" || seen[d.name] {
				continue
			}
			seen[d.name] = true
			fromEnvValue, flagValue, want := "nb", "--"+d.name+"=en", "en"
			if d.arg == "" && d.choices == nil {
				fromEnvValue, flagValue, want = "1", "--"+d.name+"=false", "false"
			} else if d.choices == nil {
				fromEnvValue, flagValue, want = "from-env", "--"+d.name+"=from-flag", "from-flag"
			}
			getenv := func(k string) string {
				if k == d.env {
					return fromEnvValue
				}
				return ""
			}
			values := map[string]string{}
			if _, err := parseFlags(defs, values, nil, getenv, false); err != nil {
				t.Fatal(err)
			}
			if got := values[d.name]; got == "" || got == "false" {
				t.Errorf("%s=%s leaves --%s at %q", d.env, fromEnvValue, d.name, got)
			}
			values = map[string]string{}
			if _, err := parseFlags(defs, values, []string{flagValue}, getenv, false); err != nil {
				t.Fatal(err)
			}
			if got := values[d.name]; got != want {
				t.Errorf("%s with %s=%s gives %q, want %q", flagValue, d.env, fromEnvValue, got, want)
			}
		}
	}
	for _, env := range []string{"CIRCLE_DB", "CIRCLE_LANG", "CIRCLE_ACCESSIBLE", "CIRCLE_HIGH_CONTRAST", "CIRCLE_BELL"} {
		found := false
		for _, c := range commands() {
			for _, d := range commandFlags(c) {
				found = found || d.env == env
			}
		}
		if !found {
			t.Errorf("no option is set by %s", env)
		}
	}
}

func TestVariablesThroughARealRun(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	cases := []struct {
		env    map[string]string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{map[string]string{"CIRCLE_LANG": "nb"}, []string{"history", "--db", db}, exitOK, "Ingen møter", ""},
		{map[string]string{"CIRCLE_LANG": "nb", "LANG": "en_GB.UTF-8"}, []string{"history", "--db", db}, exitOK, "Ingen møter", ""},
		{map[string]string{"CIRCLE_LANG": "nb"}, []string{"--lang", "en", "history", "--db", db}, exitOK, "No meetings", ""},
		{map[string]string{"LANGUAGE": "nb:en", "LANG": "en_US.UTF-8"}, []string{"history", "--db", db}, exitOK, "Ingen møter", ""},
		{map[string]string{"LANGUAGE": "nb:en", "LANG": "C.UTF-8"}, []string{"history", "--db", db}, exitOK, "No meetings", ""},
		{map[string]string{"LANGUAGE": "nb", "LANG": "en_US.UTF-8", "CIRCLE_LANG": "en"}, []string{"history", "--db", db}, exitOK, "No meetings", ""},
		{map[string]string{"CIRCLE_LANG": "nb"}, []string{"history", "--db", db, "--lang", "en"}, exitOK, "No meetings", ""},
		{map[string]string{"CIRCLE_DB": db}, []string{"check"}, exitOK, db, ""},
		{map[string]string{"CIRCLE_LANG": "xx"}, []string{"check"}, exitUsage, "", `circle does not speak "xx"`},
		{map[string]string{"CIRCLE_BELL": "maybe"}, []string{"check", "--db", db}, exitUsage, "", `CIRCLE_BELL is "maybe"`},
		{map[string]string{"CIRCLE_ACCESSIBLE": "yes please"}, nil, exitUsage, "", `CIRCLE_ACCESSIBLE is "yes please"`},
		{nil, []string{"rules"}, exitUsage, "", "circle rules export [--group NAME] | circle rules import FILE [--group NAME]"},
		{nil, []string{"rules", "import"}, exitUsage, "", "use circle rules import FILE [--group NAME]"},
		{nil, []string{"rules", "import", "a", "b"}, exitUsage, "", "use circle rules import FILE [--group NAME]"},
		{nil, []string{"rules", "export", "a"}, exitUsage, "", `"a" is not expected here`},
		{nil, []string{"rules", "--help"}, exitOK, "circle rules import FILE", ""},
		{nil, []string{"help", "nope"}, exitUsage, "", `there is no command "nope"`},
		{nil, []string{"help", "rules", "nope"}, exitUsage, "", `there is no command "rules nope"`},
		{nil, []string{"check", "--group", "x"}, exitUsage, "", "flag provided but not defined: -group"},
		{nil, []string{"--lang", "nb", "dance"}, exitUsage, "", `kommandoen "dance" finnes ikke`},
	}
	for _, tc := range cases {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runCircleEnv(t, tc.env, tc.args...)
			if r.code != tc.code {
				t.Fatalf("exit %d, want %d (stdout %q, stderr %q)", r.code, tc.code, r.stdout, r.stderr)
			}
			if !strings.Contains(r.stdout, tc.stdout) {
				t.Errorf("stdout %q lacks %q", r.stdout, tc.stdout)
			}
			if tc.stderr == "" {
				if r.stderr != "" {
					t.Errorf("stderr %q", r.stderr)
				}
				return
			}
			oneLine(t, r.stderr)
			if !strings.Contains(r.stderr, tc.stderr) {
				t.Errorf("stderr %q lacks %q", r.stderr, tc.stderr)
			}
		})
	}
}

// TestSystemReasonsReadAsPartOfTheSentence: a system's error text that
// ends in a full stop (as Windows' do) gets no second one, and a file the
// sentence names is not named again by the system's words.
func TestSystemReasonsReadAsPartOfTheSentence(t *testing.T) {
	cat := catalog.New(catalog.English)
	windows := &os.PathError{Op: "open", Path: `C:\x\circle.db`, Err: errors.New("The system cannot find the file specified.")}
	got := openError(cat, `C:\x\circle.db`, windows)
	if strings.Contains(got, "..") || strings.Count(got, `C:\x\circle.db`) != 1 || !strings.Contains(got, "The system cannot find the file specified. Choose another file") {
		t.Errorf("openError says %q", got)
	}
	if got := oneLineReason(errors.New("disk\nfull.")); got != "disk full" {
		t.Errorf("oneLineReason = %q", got)
	}

	missing := filepath.Join(t.TempDir(), "rules.txt")
	r := runCircleEnv(t, nil, "rules", "import", missing, "--db", filepath.Join(t.TempDir(), "c.db"))
	if r.code != exitFailure {
		t.Fatalf("exit %d", r.code)
	}
	oneLine(t, r.stderr)
	if strings.Count(r.stderr, missing) != 1 || strings.Contains(r.stderr, "open ") || strings.Contains(r.stderr, "..") {
		t.Errorf("rules import says %q", r.stderr)
	}
}
