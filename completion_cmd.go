package main

import (
	"fmt"
	"slices"
	"strings"

	"circle/ui/catalog"
)

// circle completion bash|zsh|fish|powershell: a completion script for the
// shell, made from the command table, so a command or option added to the
// table completes with no change here. Each script works out which command
// is being typed from the words before the cursor (skipping options and
// their values), then offers that command's next words and options, a
// file name where one is wanted, and the choices of --lang and the like.

func shells() []string { return []string{"bash", "zsh", "fish", "powershell"} }

func completion(c call) int {
	nodes := completionNodes(c.cat, commands())
	var script string
	switch c.args[0] {
	case "bash":
		script = bashCompletion(nodes)
	case "zsh":
		script = zshCompletion(nodes)
	case "fish":
		script = fishCompletion(c.cat, nodes)
	case "powershell":
		script = powershellCompletion(nodes)
	}
	fmt.Fprint(c.stdout, script)
	return exitOK
}

// compNode is what may follow the words of path: more words (commands
// or an argument's choices), options, and a file name.
type compNode struct {
	path  string // "" for circle itself, "rules", "rules import"
	words []compWord
	flags []flagDef
	files bool
}

type compWord struct{ word, desc string }

// completionNodes turns the table into the nodes the scripts walk.
func completionNodes(cat *catalog.Catalog, table []command) []compNode {
	byPath := map[string]*compNode{}
	var order []string
	node := func(path string) *compNode {
		if n, ok := byPath[path]; ok {
			return n
		}
		byPath[path] = &compNode{path: path}
		order = append(order, path)
		return byPath[path]
	}
	addWord := func(n *compNode, w compWord) {
		if !slices.ContainsFunc(n.words, func(x compWord) bool { return x.word == w.word }) {
			n.words = append(n.words, w)
		}
	}
	root := node("")
	root.flags = append(append(append([]flagDef{}, sharedFlags...), table[0].flags...), helpFlag, versionFlag)
	for _, c := range table {
		words := strings.Fields(c.name)
		if len(words) == 0 {
			continue
		}
		for i := range words {
			parent, desc := node(strings.Join(words[:i], " ")), cat.T(c.summary)
			if i < len(words)-1 {
				desc = "" // a group's: its commands, below
				n := node(strings.Join(words[:i+1], " "))
				n.flags = append(append([]flagDef{}, sharedFlags...), helpFlag)
			}
			addWord(parent, compWord{words[i], desc})
		}
		n := node(c.name)
		n.flags = commandFlags(c)
		for _, a := range c.args {
			n.files = n.files || a.file
			if a.choices != nil {
				for _, ch := range a.choices() {
					addWord(n, compWord{ch, ""})
				}
			}
		}
	}
	for _, n := range byPath {
		for i, w := range n.words {
			if sub, ok := byPath[strings.TrimSpace(n.path+" "+w.word)]; ok && w.desc == "" {
				n.words[i].desc = strings.Join(wordList(*sub), ", ")
			}
		}
	}
	nodes := make([]compNode, 0, len(order))
	for _, p := range order {
		nodes = append(nodes, *byPath[p])
	}
	return nodes
}

// valueFlags are the options that take a value, which the scripts skip
// with their value when they work out the command.
func valueFlags(nodes []compNode) []flagDef {
	var out []flagDef
	for _, n := range nodes {
		for _, f := range n.flags {
			if (f.arg != "" || f.choices != nil) && !slices.ContainsFunc(out, func(x flagDef) bool { return x.name == f.name }) {
				out = append(out, f)
			}
		}
	}
	return out
}

func flagNames(n compNode) []string {
	var s []string
	for _, f := range n.flags {
		s = append(s, "--"+f.name)
		if f.short != "" {
			s = append(s, "-"+f.short)
		}
	}
	return s
}

func wordList(n compNode) []string {
	var s []string
	for _, w := range n.words {
		s = append(s, w.word)
	}
	return s
}

func nodePaths(nodes []compNode) []string {
	var s []string
	for _, n := range nodes {
		if n.path != "" {
			s = append(s, n.path)
		}
	}
	return s
}

// fishQuote quotes s for fish in single quotes.
func fishQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, "'", `\'`).Replace(s) + "'"
}

// shellQuote quotes s for sh and zsh in single quotes.
func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func bashCompletion(nodes []compNode) string {
	var b strings.Builder
	b.WriteString("# bash completion for circle: source it, or put it in\n# ~/.local/share/bash-completion/completions/circle\n")
	b.WriteString("_circle() {\n")
	b.WriteString("  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\" path=\"\" i w\n")
	b.WriteString("  for ((i = 1; i < COMP_CWORD; i++)); do\n    w=\"${COMP_WORDS[i]}\"\n    case \"$w\" in\n")
	var skip []string
	for _, f := range valueFlags(nodes) {
		skip = append(skip, "--"+f.name, "-"+f.name)
	}
	fmt.Fprintf(&b, "      %s) ((i++)) ;;\n", strings.Join(skip, "|"))
	b.WriteString("      -*) ;;\n      *)\n        case \"${path:+$path }$w\" in\n")
	fmt.Fprintf(&b, "          %s) path=\"${path:+$path }$w\" ;;\n", strings.Join(quoteAll(nodePaths(nodes)), "|"))
	b.WriteString("        esac ;;\n    esac\n  done\n")
	b.WriteString("  case \"$prev\" in\n")
	for _, f := range valueFlags(nodes) {
		fmt.Fprintf(&b, "    --%s|-%s)\n", f.name, f.name)
		switch {
		case f.choices != nil:
			fmt.Fprintf(&b, "      COMPREPLY=($(compgen -W %s -- \"$cur\")); return ;;\n", shellQuote(strings.Join(f.choices(), " ")))
		case f.file:
			b.WriteString("      COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n")
		default:
			b.WriteString("      COMPREPLY=(); return ;;\n")
		}
	}
	b.WriteString("  esac\n  case \"$path\" in\n")
	for _, n := range nodes {
		fmt.Fprintf(&b, "    %s)\n", shellQuote(n.path))
		fmt.Fprintf(&b, "      if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W %s -- \"$cur\"))\n", shellQuote(strings.Join(flagNames(n), " ")))
		fmt.Fprintf(&b, "      else COMPREPLY=($(compgen -W %s -- \"$cur\"))", shellQuote(strings.Join(wordList(n), " ")))
		if n.files {
			b.WriteString("; COMPREPLY+=($(compgen -f -- \"$cur\"))")
		}
		b.WriteString("; fi ;;\n")
	}
	b.WriteString("  esac\n}\ncomplete -o filenames -F _circle circle\n")
	return b.String()
}

func quoteAll(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = shellQuote(x)
	}
	return out
}

func zshCompletion(nodes []compNode) string {
	var b strings.Builder
	b.WriteString("#compdef circle\n# zsh completion for circle: put it in a folder of $fpath as _circle\n")
	b.WriteString("_circle() {\n  local path_ i w prev=${words[CURRENT-1]}\n")
	b.WriteString("  for ((i = 2; i < CURRENT; i++)); do\n    w=${words[i]}\n    case $w in\n")
	var skip []string
	for _, f := range valueFlags(nodes) {
		skip = append(skip, "--"+f.name, "-"+f.name)
	}
	fmt.Fprintf(&b, "      (%s) ((i++)) ;;\n", strings.Join(skip, "|"))
	b.WriteString("      (-*) ;;\n      (*)\n        case ${path_:+$path_ }$w in\n")
	fmt.Fprintf(&b, "          (%s) path_=${path_:+$path_ }$w ;;\n", strings.Join(quoteAll(nodePaths(nodes)), "|"))
	b.WriteString("        esac ;;\n    esac\n  done\n")
	b.WriteString("  case $prev in\n")
	for _, f := range valueFlags(nodes) {
		fmt.Fprintf(&b, "    (--%s|-%s) ", f.name, f.name)
		switch {
		case f.choices != nil:
			fmt.Fprintf(&b, "compadd -- %s; return ;;\n", strings.Join(f.choices(), " "))
		case f.file:
			b.WriteString("_files; return ;;\n")
		default:
			b.WriteString("return ;;\n")
		}
	}
	b.WriteString("  esac\n  case $path_ in\n")
	for _, n := range nodes {
		fmt.Fprintf(&b, "    (%s)\n", shellQuote(n.path))
		b.WriteString("      if [[ $PREFIX == -* ]]; then\n")
		for _, f := range n.flags {
			fmt.Fprintf(&b, "        compadd -- --%s\n", f.name)
			if f.short != "" {
				fmt.Fprintf(&b, "        compadd -- -%s\n", f.short)
			}
		}
		b.WriteString("      else\n")
		if len(n.words) > 0 {
			var descs []string
			for _, w := range n.words {
				d := w.word
				if w.desc != "" {
					d += ":" + strings.ReplaceAll(w.desc, ":", `\:`)
				}
				descs = append(descs, shellQuote(d))
			}
			fmt.Fprintf(&b, "        local -a choices=(%s)\n        _describe command choices\n", strings.Join(descs, " "))
		}
		if n.files {
			b.WriteString("        _files\n")
		}
		b.WriteString("        :\n      fi ;;\n")
	}
	b.WriteString("  esac\n}\n_circle \"$@\"\n")
	return b.String()
}

func fishCompletion(cat *catalog.Catalog, nodes []compNode) string {
	var b strings.Builder
	b.WriteString("# fish completion for circle: put it in ~/.config/fish/completions/circle.fish\n")
	// __circle_path prints the command typed so far, as the other shells
	// work it out.
	b.WriteString("function __circle_path\n  set -l words (commandline -opc)\n  set -e words[1]\n  set -l path ''\n  set -l skip 0\n")
	b.WriteString("  for w in $words\n    if test $skip = 1\n      set skip 0\n      continue\n    end\n    switch $w\n")
	var skip []string
	for _, f := range valueFlags(nodes) {
		skip = append(skip, "--"+f.name, "-"+f.name)
	}
	fmt.Fprintf(&b, "      case %s\n        set skip 1\n      case '-*'\n", strings.Join(skip, " "))
	b.WriteString("      case '*'\n        set -l next (string trim -- \"$path $w\")\n")
	fmt.Fprintf(&b, "        if contains -- $next %s\n          set path $next\n        end\n", strings.Join(fishQuoteAll(nodePaths(nodes)), " "))
	// Never empty, so the test below always has its argument.
	b.WriteString("    end\n  end\n  echo (string trim -- \"circle $path\")\nend\n")
	b.WriteString("complete -c circle -f\n")
	for _, n := range nodes {
		cond := fmt.Sprintf("test (__circle_path) = %s", fishQuote(strings.TrimSpace("circle "+n.path)))
		for _, w := range n.words {
			fmt.Fprintf(&b, "complete -c circle -n %s -a %s", fishQuote(cond), fishQuote(w.word))
			if w.desc != "" {
				fmt.Fprintf(&b, " -d %s", fishQuote(w.desc))
			}
			b.WriteString("\n")
		}
		if n.files {
			fmt.Fprintf(&b, "complete -c circle -n %s -F\n", fishQuote(cond))
		}
		for _, f := range n.flags {
			fmt.Fprintf(&b, "complete -c circle -n %s -l %s", fishQuote(cond), f.name)
			if f.short != "" {
				fmt.Fprintf(&b, " -s %s", f.short)
			}
			switch {
			case f.choices != nil:
				fmt.Fprintf(&b, " -x -a %s", fishQuote(strings.Join(f.choices(), " ")))
			case f.file:
				b.WriteString(" -r -F")
			case f.arg != "":
				b.WriteString(" -x")
			}
			fmt.Fprintf(&b, " -d %s\n", fishQuote(cat.T(f.help)))
		}
	}
	return b.String()
}

func fishQuoteAll(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = fishQuote(x)
	}
	return out
}

// psQuote quotes s for PowerShell in single quotes.
func psQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func powershellCompletion(nodes []compNode) string {
	var b strings.Builder
	b.WriteString("# PowerShell completion for circle: add to your profile with\n# circle completion powershell | Out-String | Invoke-Expression\n")
	b.WriteString("Register-ArgumentCompleter -Native -CommandName circle,circle.exe -ScriptBlock {\n")
	b.WriteString("  param($wordToComplete, $commandAst, $cursorPosition)\n")
	var skip []string
	for _, f := range valueFlags(nodes) {
		skip = append(skip, psQuote("--"+f.name), psQuote("-"+f.name))
	}
	fmt.Fprintf(&b, "  $valueFlags = @(%s)\n", strings.Join(skip, ", "))
	var paths []string
	for _, p := range nodePaths(nodes) {
		paths = append(paths, psQuote(p))
	}
	fmt.Fprintf(&b, "  $paths = @(%s)\n", strings.Join(paths, ", "))
	b.WriteString("  $elements = @($commandAst.CommandElements | Select-Object -Skip 1 | ForEach-Object { $_.ToString() })\n")
	b.WriteString("  if ($wordToComplete -ne '' -and $elements.Count -gt 0) { $elements = @($elements | Select-Object -SkipLast 1) }\n")
	b.WriteString("  $path = ''; $prev = ''; $skip = $false\n")
	b.WriteString("  foreach ($w in $elements) {\n    $prev = $w\n    if ($skip) { $skip = $false; continue }\n")
	b.WriteString("    if ($valueFlags -contains $w) { $skip = $true; continue }\n    if ($w.StartsWith('-')) { continue }\n")
	b.WriteString("    $next = ($path + ' ' + $w).Trim()\n    if ($paths -contains $next) { $path = $next }\n  }\n")
	b.WriteString("  $candidates = @()\n  if ($skip) {\n    switch ($prev) {\n")
	for _, f := range valueFlags(nodes) {
		switch {
		case f.choices != nil:
			var ch []string
			for _, c := range f.choices() {
				ch = append(ch, psQuote(c))
			}
			fmt.Fprintf(&b, "      { $_ -in '--%s', '-%s' } { $candidates = @(%s) }\n", f.name, f.name, strings.Join(ch, ", "))
		case f.file:
			fmt.Fprintf(&b, "      { $_ -in '--%s', '-%s' } { return }\n", f.name, f.name)
		default:
			fmt.Fprintf(&b, "      { $_ -in '--%s', '-%s' } { return @() }\n", f.name, f.name)
		}
	}
	b.WriteString("    }\n  } else {\n    switch ($path) {\n")
	for _, n := range nodes {
		var all []string
		for _, w := range wordList(n) {
			all = append(all, psQuote(w))
		}
		for _, f := range flagNames(n) {
			all = append(all, psQuote(f))
		}
		fmt.Fprintf(&b, "      %s { $candidates = @(%s) }\n", psQuote(n.path), strings.Join(all, ", "))
	}
	b.WriteString("    }\n  }\n")
	b.WriteString("  $candidates | Where-Object { $_ -like \"$wordToComplete*\" } | ForEach-Object {\n")
	b.WriteString("    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)\n  }\n}\n")
	return b.String()
}
