package main

import (
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"

	"circle/ui/catalog"
)

// TestCompletionsHaveEveryCommandAndOption walks the real table: each
// shell's script names every command word and every option of every
// command, and the choices of each option and argument.
func TestCompletionsHaveEveryCommandAndOption(t *testing.T) {
	table := commands()
	for _, shell := range shells() {
		r := runCircleEnv(t, nil, "completion", shell)
		if r.code != exitOK || r.stderr != "" || len(r.stdout) < 500 {
			t.Fatalf("%s: exit %d, stderr %q, %d bytes", shell, r.code, r.stderr, len(r.stdout))
		}
		for _, c := range table {
			for _, w := range strings.Fields(c.name) {
				if !regexp.MustCompile(`(^|[^a-z-])` + w + `([^a-z-]|$)`).MatchString(r.stdout) {
					t.Errorf("%s: the script lacks the command word %q", shell, w)
				}
			}
			for _, f := range commandFlags(c) {
				if !strings.Contains(r.stdout, "--"+f.name) && !strings.Contains(r.stdout, "-l "+f.name) {
					t.Errorf("%s: the script lacks --%s of %q", shell, f.name, c.name)
				}
				if f.choices != nil {
					for _, ch := range f.choices() {
						if !strings.Contains(r.stdout, ch) {
							t.Errorf("%s: the script lacks %s of --%s", shell, ch, f.name)
						}
					}
				}
			}
			for _, a := range c.args {
				if a.choices != nil {
					for _, ch := range a.choices() {
						if !strings.Contains(r.stdout, ch) {
							t.Errorf("%s: the script lacks %q after %q", shell, ch, c.name)
						}
					}
				}
			}
		}
	}
	if r := runCircleEnv(t, nil, "completion", "tcsh"); r.code != exitUsage || !strings.Contains(r.stderr, "circle completion bash|zsh|fish|powershell") {
		t.Errorf("an unknown shell: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestBashCompletesFromTheTable runs the bash script: after each command
// of the table it offers that command's next words and options, and the
// choices after an option that has them.
func TestBashCompletesFromTheTable(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash here")
	}
	script := runCircleEnv(t, nil, "completion", "bash").stdout
	complete := func(words ...string) []string {
		t.Helper()
		prog := script + `COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); _circle; printf '%s\n' "${COMPREPLY[@]}"`
		out, err := exec.Command(bash, append([]string{"-c", prog, "bash"}, words...)...).Output()
		if err != nil {
			t.Fatalf("bash: %v", err)
		}
		return strings.Fields(string(out))
	}
	same := func(got, want []string) bool { return strings.Join(got, " ") == strings.Join(want, " ") }
	for _, n := range completionNodes(catalog.New(catalog.English), commands()) {
		words := append([]string{"circle", "--db", "/tmp/x.db"}, strings.Fields(n.path)...)
		if got := complete(append(words, "--")...); !same(got, filterPrefix(flagNames(n), "--")) {
			t.Errorf("circle %s --<tab> offers %q, want %q", n.path, got, filterPrefix(flagNames(n), "--"))
		}
		if n.files {
			continue // files as well as words
		}
		if got := complete(append(words, "")...); !same(got, wordList(n)) {
			t.Errorf("circle %s <tab> offers %q, want %q", n.path, got, wordList(n))
		}
	}
	if got := complete("circle", "history", "--lang", ""); !same(got, languageNames()) {
		t.Errorf("--lang <tab> offers %q", got)
	}
	if got := complete("circle", "--lang", "nb", "rules", "im"); !same(got, []string{"import"}) {
		t.Errorf("rules im<tab> offers %q", got)
	}
}

func filterPrefix(s []string, prefix string) []string {
	var out []string
	for _, x := range s {
		if strings.HasPrefix(x, prefix) {
			out = append(out, x)
		}
	}
	return out
}

// TestManPageHasEveryCommandAndOption: circle man, in each language, is
// made from the same words as the help: every command's usage line and
// summary, every option with its variable; groff reads it without a
// warning where groff is installed.
func TestManPageHasEveryCommandAndOption(t *testing.T) {
	for _, lang := range catalog.Languages() {
		cat := catalog.New(lang)
		r := runCircleEnv(t, nil, "--lang", string(lang), "man")
		if r.code != exitOK || r.stderr != "" {
			t.Fatalf("%s: exit %d, stderr %q", lang, r.code, r.stderr)
		}
		page := r.stdout
		if !strings.HasPrefix(page, ".TH CIRCLE 1 ") {
			t.Fatalf("%s: not a man page: %.80q", lang, page)
		}
		want := []string{roff(cat.T(catalog.CLIHelpLanguage)), roff(cat.T(catalog.CLIHelpExit)), ".SH " + roff(cat.T(catalog.CLIManOptions))}
		for _, c := range commands() {
			want = append(want, roff(synopsis(cat, c)), roff(cat.T(c.summary)))
			for _, f := range commandFlags(c) {
				want = append(want, roff(flagUsage(cat, f)), roff(cat.T(f.help)))
				if f.env != "" {
					want = append(want, `\fB`+roff(f.env)+`\fR`)
				}
			}
		}
		for _, w := range want {
			if !strings.Contains(page, w) {
				t.Errorf("%s: the man page lacks %q", lang, w)
			}
		}
		if strings.Contains(page, "[cli.") || strings.Contains(page, "%!") || strings.Contains(page, defaultDataPath()) {
			t.Errorf("%s: a word is missing, or the page names this machine's data file", lang)
		}
		for _, line := range strings.Split(page, "\n") {
			if strings.ContainsFunc(line, func(r rune) bool { return r > 0x7e }) {
				t.Errorf("%s: a line is not plain ASCII: %q", lang, line)
			}
		}
		groff, err := exec.LookPath("groff")
		if err != nil {
			continue
		}
		cmd := exec.Command(groff, "-man", "-Tutf8", "-ww", "-z")
		cmd.Stdin = strings.NewReader(page)
		if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
			t.Errorf("%s: groff: %v %s", lang, err, out)
		}
	}
}

// TestZshAndFishCompleteFromTheTable runs the zsh and fish scripts, where
// those shells are installed, on every node of the table as the bash test
// does. zsh is run with its completion builtins stood in for by functions
// that print what they are given (compadd itself filters by the prefix).
func TestZshAndFishCompleteFromTheTable(t *testing.T) {
	nodes := completionNodes(catalog.New(catalog.English), commands())
	shells := map[string]func(t *testing.T, script string, words []string) []string{
		"zsh": func(t *testing.T, script string, words []string) []string {
			prog := `compadd() { [[ $1 == -- ]] && shift; print -l -- "$@"; }
_describe() { local -a arr; arr=("${(@P)2}"); print -l -- "${arr[@]%%:*}"; }
_files() { print -- "<files>"; }
words=("$@"); CURRENT=$#words; PREFIX=${words[CURRENT]}
` + script
			out, err := exec.Command("zsh", append([]string{"-c", prog, "zsh"}, words...)...).Output()
			if err != nil {
				t.Fatalf("zsh: %v", err)
			}
			return filterPrefix(strings.Fields(string(out)), words[len(words)-1])
		},
		"fish": func(t *testing.T, script string, words []string) []string {
			line := strings.Join(words, " ")
			out, err := exec.Command("fish", "--no-config", "-c", script+"\ncomplete -C "+fishQuote(line)).Output()
			if err != nil {
				t.Fatalf("fish: %v", err)
			}
			var got []string
			for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
				if w, _, _ := strings.Cut(l, "\t"); w != "" {
					got = append(got, w)
				}
			}
			return got
		},
	}
	for shell, complete := range shells {
		t.Run(shell, func(t *testing.T) {
			if _, err := exec.LookPath(shell); err != nil {
				t.Skipf("no %s here", shell)
			}
			script := runCircleEnv(t, nil, "completion", shell).stdout
			sorted := func(s []string) string { s = slices.Clone(s); slices.Sort(s); return strings.Join(s, " ") }
			for _, n := range nodes {
				words := append([]string{"circle", "--db", "/tmp/x.db"}, strings.Fields(n.path)...)
				if got, want := complete(t, script, append(words, "--")), filterPrefix(flagNames(n), "--"); sorted(got) != sorted(want) {
					t.Errorf("circle %s --<tab> offers %q, want %q", n.path, got, want)
				}
				if n.files {
					continue
				}
				if got := complete(t, script, append(words, "")); sorted(got) != sorted(wordList(n)) {
					t.Errorf("circle %s <tab> offers %q, want %q", n.path, got, wordList(n))
				}
			}
			if got := complete(t, script, []string{"circle", "history", "--lang", ""}); sorted(got) != sorted(languageNames()) {
				t.Errorf("--lang <tab> offers %q", got)
			}
		})
	}
}
