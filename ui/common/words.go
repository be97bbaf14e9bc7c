package common

import (
	"strings"

	"circle/session"
	"circle/ui/catalog"
)

// phaseTitles name each phase of a meeting on screen.
var phaseTitles = [...]catalog.Key{
	session.PhaseSetup:    catalog.PhaseSetup,
	session.PhaseOpening:  catalog.PhaseOpening,
	session.PhaseRules:    catalog.PhaseRules,
	session.PhaseSharing:  catalog.PhaseSharing,
	session.PhaseClosing:  catalog.PhaseClosing,
	session.PhaseHandover: catalog.PhaseHandover,
	session.PhaseDone:     catalog.PhaseDone,
}

// PhaseTitle names a phase of a meeting, in lower case ("sharing").
func PhaseTitle(cat *catalog.Catalog, p session.Phase) string {
	if int(p) < 0 || int(p) >= len(phaseTitles) {
		return cat.T(catalog.PhaseSetup)
	}
	return cat.T(phaseTitles[p])
}

// SplitNames reads the names typed for the screen: comma-separated, in
// circle order from seat 1. An empty name keeps its seat's number; empty
// names at the end are dropped.
func SplitNames(v string) []string {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	parts := strings.Split(v, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	for len(parts) > 0 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	return parts
}
