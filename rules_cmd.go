package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"circle/rules"
	"circle/store"
	"circle/ui/catalog"
)

// rules export and rules import FILE: a group's ground rules as a text
// file a centre can print and a starter can prepare in a text editor.

// findGroup picks the group by name, or the only one there is.
func findGroup(cat *catalog.Catalog, groups []store.Group, name string) (*store.Group, string) {
	var names []string
	for i, g := range groups {
		if name != "" && strings.EqualFold(g.Name, name) {
			return &groups[i], ""
		}
		names = append(names, g.Name)
	}
	switch {
	case name != "":
		return nil, cat.F(catalog.CLIRulesNoGroup, name, strings.Join(names, ", "))
	case len(groups) == 1:
		return &groups[0], ""
	case len(groups) == 0:
		return nil, ""
	}
	return nil, cat.F(catalog.CLIRulesWhichGroup, strings.Join(names, ", "))
}

func rulesExport(c call) int {
	cat, o, stdout, stderr := c.cat, c.o, c.stdout, c.stderr
	name := o.str("group")
	var groups []store.Group
	st, path, code, done := readDataFile(cat, o, stderr)
	if done {
		return code
	}
	if st != nil {
		defer st.Close()
		var err error
		if groups, err = st.Groups(); err != nil {
			fmt.Fprintln(stderr, cat.F(catalog.CLIReadFailed, path, oneLineReason(err)))
			return exitFailure
		}
	}
	g, problem := findGroup(cat, groups, name)
	if problem != "" {
		fmt.Fprintln(stderr, problem)
		return exitUsage
	}
	list := rules.List{Group: cat.T(catalog.CLIRulesNewGroup)}
	if g != nil {
		list = rules.List{Group: g.Name, Rules: g.Rules}
	} else {
		// No group yet: circle's defaults, a start for a new group to edit.
		for _, r := range rules.Defaults() {
			list.Rules = append(list.Rules, cat.T(catalog.Rule(r.ID)))
		}
	}
	if err := rules.ExportWithHeader(stdout, list, cat.T(catalog.CLIRulesFileHeader)); err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLIReadFailed, path, oneLineReason(err)))
		return exitFailure
	}
	return exitOK
}

func rulesImport(c call) int {
	cat, stdout, stderr := c.cat, c.stdout, c.stderr
	name, file := c.o.str("group"), c.args[0]
	path, ok := dataPath(cat, c.o, stderr)
	if !ok {
		return exitFailure
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLIRulesRead, file, fileReason(err)))
		return exitFailure
	}
	// The whole file is checked before anything is changed.
	list, err := rules.Import(bytes.NewReader(raw), file)
	if err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLIRulesRefused, oneLineReason(err)))
		return exitFailure
	}
	if name == "" {
		name = list.Group
	}
	st, err := store.Open(path)
	if err != nil {
		fmt.Fprintln(stderr, openError(cat, path, err))
		return exitFailure
	}
	defer st.Close()
	groups, err := st.Groups()
	if err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLIReadFailed, path, oneLineReason(err)))
		return exitFailure
	}
	for _, g := range groups {
		if strings.EqualFold(g.Name, name) {
			g.Rules = list.Rules
			if err := st.UpdateGroup(g); err != nil {
				fmt.Fprintln(stderr, cat.F(catalog.CLIRulesRefused, oneLineReason(err)))
				return exitFailure
			}
			fmt.Fprintln(stdout, cat.N(catalog.CLIRulesImported, len(list.Rules), g.Name))
			return exitOK
		}
	}
	if _, err := st.CreateGroup(store.Group{Name: name, Rules: list.Rules}); err != nil {
		fmt.Fprintln(stderr, cat.F(catalog.CLIRulesRefused, oneLineReason(err)))
		return exitFailure
	}
	fmt.Fprintln(stdout, cat.N(catalog.CLIRulesCreated, len(list.Rules), name))
	return exitOK
}
