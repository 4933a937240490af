package words

import (
	"strings"
	"testing"
	"unicode"
)

// keyReference is Key as one rule for every word: typographic
// apostrophes and hyphens made plain, format characters dropped, then
// lower case.
func keyReference(w string) string {
	return strings.ToLower(strings.Map(func(r rune) rune {
		switch {
		case isApostrophe(r):
			return '\''
		case isHyphen(r):
			return '-'
		case unicode.Is(unicode.Cf, r):
			return -1
		}
		return r
	}, w))
}

func TestKey(t *testing.T) {
	for _, tt := range []struct{ w, want string }{
		{"", ""}, {"said", "said"}, {"Meloni", "meloni"}, {"U.S.", "u.s."}, {"DON'T", "don't"},
		{"Don’t", "don't"}, {"out‐of‑control", "out-of-control"}, {"Ärzte", "ärzte"}, {"ICEʼs", "ice's"},
		{"caf\xc3", "caf\uFFFD"}, {"A\xffB", "a\uFFFDb"},
		{"i\u200dn", "in"}, {"Mil\u200can", "milan"}, {"\u200fSala", "sala"},
	} {
		if got := Key(tt.w); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.w, got, tt.want)
		}
		if got := Key(tt.w); got != keyReference(tt.w) {
			t.Errorf("Key(%q) = %q, the one rule gives %q", tt.w, got, keyReference(tt.w))
		}
	}
}

func FuzzKey(f *testing.F) {
	for _, w := range []string{"said", "Meloni", "Don’t", "A\xffB", "İstanbul", "ΣΑΣ"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := Key(w), keyReference(w); got != want {
			t.Errorf("Key(%q) = %q, want %q", w, got, want)
		}
	})
}
