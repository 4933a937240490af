package words

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  Plain   text \n", "plain text"},
		{"“set -our own limits”", `"set -our own limits"`},
		{"the agents’ presence", "the agents' presence"},
		{"Milan–Cortina — 2026", "milan-cortina - 2026"},
		{"wait…", "wait..."},
		{"non\u00a0breaking\u2009thin", "non breaking thin"},
		{"zero\u200bwidth", "zerowidth"},
		{"می\u200Cخواهد 👩\u200D💼", "میخواهد 👩💼"},
		{"ÉCOLE", "école"},
		{"«Ciao»", `"ciao"`},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// normalizeReference is Normalize rune by rune, without its ASCII fast
// path: FuzzNormalize holds the two equal.
func normalizeReference(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		r = foldRune(r)
		if r == ' ' {
			space = b.Len() > 0
			continue
		}
		if r == unicode.ReplacementChar || unicode.Is(unicode.Cf, r) {
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r == '…' {
			b.WriteString("...")
			continue
		}
		b.WriteString(strings.ToLower(string(r)))
	}
	return b.String()
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "  Plain\ttext \n", "`Quoted` \x7f\x1f\v\f\r", "ÉCOLE wait…", "zero\u200bwidth", "bad \xff\xfe utf-8", "\u0085\u00a0x", "İstanbul"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Normalize(s), normalizeReference(s); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"set -our own", []string{"set", " ", "-", "our", " ", "own"}},
		{"“We cannot,” he said.", []string{"“", "We", " ", "cannot", ",”", " ", "he", " ", "said", "."}},
		{"cafe\u0301 👍🏽!", []string{"cafe\u0301", " ", "👍🏽!"}},
		{"RTL 102.5", []string{"RTL", " ", "102", ".", "5"}},
		{"我爱 you", []string{"我", "爱", " ", "you"}},
		{"a 👩\u200D💼 b", []string{"a", " ", "👩\u200D💼", " ", "b"}},
		{"می\u200Cخواهد", []string{"می\u200Cخواهد"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.in) {
			got = append(got, tt.in[tok.Start:tok.End])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Tokenize(%q) (-want +got):\n%s", tt.in, diff)
		}
		if strings.Join(got, "") != tt.in {
			t.Errorf("tokens of %q do not cover it", tt.in)
		}
	}
}

// TestAppendTokens: appending to a buffer, reused or not, gives what
// Tokenize gives after what the buffer held.
func TestAppendTokens(t *testing.T) {
	texts := []string{"“We cannot,” he said.", "", "RTL 102.5", "我爱 you"}
	held := []Token{{Punct, 0, 1}}
	buf := held
	for _, s := range texts {
		got := AppendTokens(buf, s)
		want := append(append([]Token{}, held...), Tokenize(s)...)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("AppendTokens(%v, %q) (-want +got):\n%s", held, s, diff)
		}
		buf = got[:len(held)]
	}
}

func TestIsWordRune(t *testing.T) {
	for _, r := range "aZ09éßЖ中\u0301٣" {
		if !IsWordRune(r) {
			t.Errorf("IsWordRune(%q) = false, want true", r)
		}
	}
	for _, r := range " -'’.“—\u00a0😀_" {
		if IsWordRune(r) {
			t.Errorf("IsWordRune(%q) = true, want false", r)
		}
	}
}

func TestNumberEnd(t *testing.T) {
	tests := []struct {
		in   string
		k    int
		want string
	}{
		{"RTL 102.5 FM", 2, "102.5"},
		{"1,000.5 fans", 0, "1,000.5"},
		{"3.x", 0, "3"},
		{"a1.2", 0, "a1"},
		{"1..2", 0, "1"},
		{"Milan", 0, "Milan"},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		end := NumberEnd(tt.in, toks, tt.k)
		if got := tt.in[toks[tt.k].Start:toks[end].End]; got != tt.want {
			t.Errorf("NumberEnd(%q, %d) spans %q, want %q", tt.in, tt.k, got, tt.want)
		}
	}
}

// IsWordRune's shortcut for General Punctuation gives what the Unicode
// tables give, for every rune.
func TestIsWordRuneEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := r < 0x80 && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') ||
			r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r))
		if IsWordRune(r) != want {
			t.Fatalf("IsWordRune(%U) = %v, want %v", r, !want, want)
		}
	}
}

// runeKind's shortcut for ASCII gives what the rule for every rune gives.
func TestRuneKindASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		if got, want := runeKind(r), runeKindRule(r); got != want {
			t.Errorf("runeKind(%q) = %v, the rule gives %v", r, got, want)
		}
	}
}

func TestUnaccented(t *testing.T) {
	for in, want := range map[string]string{
		"Chrétien": "Chretien", "Jiménez": "Jimenez", "Schröder": "Schroder", "São Paulo": "Sao Paulo",
		"Łódź": "Łodz", "Straße": "Straße", "plain": "plain", "": "",
	} {
		if got := Unaccented(in); got != want {
			t.Errorf("Unaccented(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzUnaccented: dropping accents is idempotent, keeps valid text
// valid, and leaves ASCII as it is.
func FuzzUnaccented(f *testing.F) {
	for _, s := range []string{"Chrétien", "São Paulo", "Łódź", "plain", "e\u0301", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u := Unaccented(s)
		if Unaccented(u) != u {
			t.Errorf("Unaccented(%q) = %q, not idempotent: %q", s, u, Unaccented(u))
		}
		if utf8.ValidString(s) && !utf8.ValidString(u) {
			t.Errorf("Unaccented(%q) = %q, not valid UTF-8", s, u)
		}
		ascii := true
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				ascii = false
			}
		}
		if ascii && u != s {
			t.Errorf("Unaccented(%q) = %q, ASCII changed", s, u)
		}
	})
}
