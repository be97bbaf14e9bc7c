package catalog

import "testing"

func TestFromEnv(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  map[string]string
		want Lang
	}{
		{"nothing set", nil, English},
		{"Bokmål", map[string]string{"LANG": "nb_NO.UTF-8"}, Bokmal},
		{"Bokmål bare", map[string]string{"LANG": "nb"}, Bokmal},
		{"Bokmål territory", map[string]string{"LANG": "nb_NO"}, Bokmal},
		{"Bokmål Latin-1", map[string]string{"LANG": "nb_NO.ISO-8859-1"}, Bokmal},
		{"Bokmål modifier", map[string]string{"LANG": "nb_NO@euro"}, Bokmal},
		{"Bokmål any case", map[string]string{"LANG": "NB_no.utf8"}, Bokmal},
		{"old Norwegian", map[string]string{"LANG": "no_NO"}, Bokmal},
		{"old Norwegian bare", map[string]string{"LANG": "no"}, Bokmal},
		{"Nynorsk reads Bokmål", map[string]string{"LANG": "nn_NO.UTF-8"}, Bokmal},
		{"glibc alias", map[string]string{"LANG": "norwegian"}, Bokmal},
		{"English", map[string]string{"LANG": "en_GB.UTF-8"}, English},
		{"C", map[string]string{"LANG": "C"}, English},
		{"C.UTF-8", map[string]string{"LANG": "C.UTF-8"}, English},
		{"POSIX", map[string]string{"LANG": "POSIX"}, English},
		{"Swedish", map[string]string{"LANG": "sv_SE.UTF-8"}, English},
		{"Dutch is not Nynorsk", map[string]string{"LANG": "nl_NL.UTF-8"}, English},
		{"LC_ALL wins", map[string]string{"LC_ALL": "C", "LC_MESSAGES": "nb_NO.UTF-8", "LANG": "nb_NO.UTF-8"}, English},
		{"LC_ALL Bokmål", map[string]string{"LC_ALL": "nb_NO.UTF-8", "LANG": "en_US.UTF-8"}, Bokmal},
		{"LC_MESSAGES before LANG", map[string]string{"LC_MESSAGES": "nb_NO.UTF-8", "LANG": "en_US.UTF-8"}, Bokmal},
		{"LC_MESSAGES English", map[string]string{"LC_MESSAGES": "en_US.UTF-8", "LANG": "nb_NO.UTF-8"}, English},
		{"empty LC_ALL is unset", map[string]string{"LC_ALL": "", "LANG": "nb_NO.UTF-8"}, Bokmal},
		{"other categories do not count", map[string]string{"LC_TIME": "nb_NO.UTF-8", "LC_CTYPE": "nb_NO.UTF-8", "LANG": "en_US.UTF-8"}, English},
		{"LANGUAGE is ignored under C", map[string]string{"LANGUAGE": "nb", "LANG": "C"}, English},
		{"LANGUAGE is ignored under C.UTF-8", map[string]string{"LANGUAGE": "nb", "LANG": "C.UTF-8"}, English},
		{"LANGUAGE is ignored under POSIX", map[string]string{"LANGUAGE": "nb:en", "LC_ALL": "POSIX", "LANG": "en_US.UTF-8"}, English},
		{"LANGUAGE is ignored with no locale", map[string]string{"LANGUAGE": "nb"}, English},
		{"LANGUAGE before LANG", map[string]string{"LANGUAGE": "nb:en", "LANG": "en_US.UTF-8"}, Bokmal},
		{"LANGUAGE before LC_ALL", map[string]string{"LANGUAGE": "nb_NO", "LC_ALL": "en_GB.UTF-8"}, Bokmal},
		{"LANGUAGE's first wins", map[string]string{"LANGUAGE": "en:nb", "LANG": "nb_NO.UTF-8"}, English},
		{"LANGUAGE skips what circle does not speak", map[string]string{"LANGUAGE": "sv:de:nb:en", "LANG": "en_US.UTF-8"}, Bokmal},
		{"LANGUAGE skips to English", map[string]string{"LANGUAGE": "sv:en_GB:nb", "LANG": "nb_NO.UTF-8"}, English},
		{"LANGUAGE of none spoken leaves the locale", map[string]string{"LANGUAGE": "sv:de", "LANG": "nb_NO.UTF-8"}, Bokmal},
		{"empty LANGUAGE", map[string]string{"LANGUAGE": "", "LANG": "nb_NO.UTF-8"}, Bokmal},
		{"LANGUAGE with empty entries", map[string]string{"LANGUAGE": "::nb", "LANG": "en_US.UTF-8"}, Bokmal},
		{"LANGUAGE nn", map[string]string{"LANGUAGE": "nn", "LANG": "en_US.UTF-8"}, Bokmal},
	} {
		t.Run(tc.name, func(t *testing.T) {
			getenv := func(k string) string { return tc.env[k] }
			if got := FromEnv(getenv); got != tc.want {
				t.Errorf("FromEnv(%v) = %s, want %s", tc.env, got, tc.want)
			}
		})
	}
}

func TestFromWindows(t *testing.T) {
	for _, tc := range []struct {
		name string
		want Lang
	}{
		{"nb-NO", Bokmal},
		{"nn-NO", Bokmal},
		{"nb", Bokmal},
		{"no", Bokmal},
		{"NB-no", Bokmal},
		{"nb-SJ", Bokmal},
		{"en-US", English},
		{"en-GB", English},
		{"sv-SE", English},
		{"da-DK", English},
		{"se-NO", English},
		{"", English},
	} {
		if got := FromWindows(tc.name); got != tc.want {
			t.Errorf("FromWindows(%q) = %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestWindowsLanguage(t *testing.T) {
	for _, tc := range []struct {
		name    string
		env     map[string]string
		display []string
		want    Lang
	}{
		{"display Bokmål", nil, []string{"nb-NO", "en-US"}, Bokmal},
		{"display English", nil, []string{"en-GB"}, English},
		{"display none", nil, nil, English},
		{"the first display language circle speaks", nil, []string{"sv-SE", "nb-NO"}, Bokmal},
		{"the first spoken is English", nil, []string{"sv-SE", "en-US", "nb-NO"}, English},
		{"LANG set by hand wins, English", map[string]string{"LANG": "en_US.UTF-8"}, []string{"nb-NO"}, English},
		{"LANG set by hand wins, Bokmål", map[string]string{"LANG": "nb_NO.UTF-8"}, []string{"en-US"}, Bokmal},
		{"LC_ALL set by hand wins", map[string]string{"LC_ALL": "C"}, []string{"nb-NO"}, English},
		{"LC_MESSAGES set by hand wins", map[string]string{"LC_MESSAGES": "nb_NO"}, []string{"en-US"}, Bokmal},
		{"LANGUAGE with a locale", map[string]string{"LANGUAGE": "nb", "LANG": "en_US"}, []string{"en-US"}, Bokmal},
		{"LANGUAGE alone is not a locale", map[string]string{"LANGUAGE": "en"}, []string{"nb-NO"}, Bokmal},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fromWindows(func(k string) string { return tc.env[k] }, tc.display); got != tc.want {
				t.Errorf("fromWindows(%v, %v) = %s, want %s", tc.env, tc.display, got, tc.want)
			}
		})
	}
}
