//go:build !windows

package main

import "circle/ui/catalog"

// systemLang is the language of the environment's locale: LC_ALL,
// LC_MESSAGES, then LANG.
func systemLang() catalog.Lang { return catalog.FromEnv(getenv) }
