package article

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cleanTextRuneByRune is cleanText as it was before runs of printable
// ASCII were copied whole: every character through the switch.
func cleanTextRuneByRune(s string) string {
	if isPlainASCII(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			b.WriteByte('\n')
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == '\u0085' || r == '\u2028':
			b.WriteByte('\n')
		case r == '\u2029' || r == '\f' || r == '\v':
			b.WriteString("\n\n")
		case isInvisible(r) || unicode.IsControl(r):
		case r == ' ' || unicode.Is(unicode.Zs, r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	out := b.String()
	if !isPlainASCII(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// fastPathInputs returns the seed and fixture texts, and random mixes of
// their pieces with the characters cleanText and countFields treat
// specially (spaces, line ends, controls, invisibles, invalid bytes).
func fastPathInputs(t testing.TB) []string {
	var in []string
	for _, pattern := range []string{"../testdata/seeds/*.txt", "../testdata/article/*.html"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			in = append(in, string(data))
		}
	}
	if len(in) == 0 {
		t.Fatal("no seed texts")
	}
	pieces := []string{"a", "Z", " ", "  ", "\t", "\n", "\r", "\r\n", "\v", "\f", "\x00", "\x1f", "\x7f", "~",
		"\u0085", "\u00a0", "\u2028", "\u2029", "\u200b", "\u00ad", "\ufeff", "\u3000", "\u2009", "é", "e\u0301",
		"“", "—", "\xff", "\xe2\x80", "字", "👩\u200d💼"}
	texts := in
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rng.Intn(40); k >= 0; k-- {
			if rng.Intn(4) == 0 {
				src := texts[rng.Intn(len(texts))]
				from := rng.Intn(len(src))
				b.WriteString(src[from : from+rng.Intn(min(30, len(src)-from)+1)])
			} else {
				b.WriteString(pieces[rng.Intn(len(pieces))])
			}
		}
		in = append(in, b.String())
	}
	return in
}

// TestCleanTextASCIIRuns compares cleanText with the character-by-
// character version on many texts.
func TestCleanTextASCIIRuns(t *testing.T) {
	for _, s := range fastPathInputs(t) {
		if got, want := cleanText(s), cleanTextRuneByRune(s); got != want {
			t.Fatalf("cleanText(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCountFieldsMatchesFields compares countFields with strings.Fields.
func TestCountFieldsMatchesFields(t *testing.T) {
	for _, s := range fastPathInputs(t) {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Fatalf("countFields(%q) = %d, want %d", s, got, want)
		}
	}
}

// FuzzCleanText checks cleanText against the character-by-character
// version, and countFields against strings.Fields, on arbitrary text.
func FuzzCleanText(f *testing.F) {
	f.Add("plain text\r\n\tindented\u00a0and\u200bmore\x01")
	f.Add("cafe\u0301 \xff“quoted”\u2029next")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cleanText(s), cleanTextRuneByRune(s); got != want {
			t.Fatalf("cleanText(%q) = %q, want %q", s, got, want)
		}
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Fatalf("countFields(%q) = %d, want %d", s, got, want)
		}
	})
}

// TestLazyPunktSameSentences checks that asking Punkt only where a rule
// needs it splits as asking it for every paragraph did.
func TestLazyPunktSameSentences(t *testing.T) {
	var paras []string
	for _, s := range fastPathInputs(t) {
		paras = append(paras, strings.Split(s, "\n")...)
	}
	paras = append(paras, "Acme Inc. (ACME.N) fell. Shares 1801. The end.", "He said . . . Then “No.” “Yes.”",
		"Mr. J. Smith of the U.S. said so. The U.S. Ambassador agreed.", "Feb. 6. Acme Corp. Chairman. Inc. IBM.N said.")
	for _, p := range paras {
		eager := &lazyPunkt{p: p, done: true, breaks: punktPositions(p, nil)}
		got, want := splitSentences(p, nil), splitSentencesPunkt(p, eager)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: %v, want %v", p, got, want)
		}
	}
}

// TestLazyPunktNotAsked checks that a paragraph whose gaps the rules
// decide alone never goes through Punkt, and one with a full stop before
// a capital does.
func TestLazyPunktNotAsked(t *testing.T) {
	for _, tt := range []struct {
		p     string
		asked bool
	}{
		{"One sentence only, with no full stop inside it.", false},
		{"Mr. Smith said it was over.", false},
		{"It rained. Then it stopped.", true},
	} {
		pk := &lazyPunkt{p: tt.p}
		splitSentencesPunkt(tt.p, pk)
		if pk.asked != tt.asked {
			t.Errorf("%q: Punkt asked %v, want %v", tt.p, pk.done, tt.asked)
		}
	}
}

// TestCleanTextAlreadyClean compares cleanText with the character-by-
// character version on texts it has nothing to change in but the normal
// form (see isClean), which it does not copy, and checks that isClean
// refuses each character the pass would change.
func TestCleanTextAlreadyClean(t *testing.T) {
	clean := []string{"a", "Z", " ", "  ", "\t", "\n", "~", "é", "e\u0301", "“", "—", "字", "👩\u200d💼", "\u200c", "Ω"}
	rng := rand.New(rand.NewSource(2))
	for n := 0; n < 2000; n++ {
		var b strings.Builder
		for k := rng.Intn(40); k >= 0; k-- {
			b.WriteString(clean[rng.Intn(len(clean))])
		}
		s := b.String()
		if !isClean(s) {
			t.Fatalf("isClean(%q) = false", s)
		}
		if got, want := cleanText(s), cleanTextRuneByRune(s); got != want {
			t.Fatalf("cleanText(%q) = %q, want %q", s, got, want)
		}
	}
	for _, c := range []string{"\r", "\r\n", "\v", "\f", "\x00", "\x1f", "\x7f", "\u0085", "\u00a0", "\u2028", "\u2029",
		"\u200b", "\u00ad", "\ufeff", "\u3000", "\u2009", "\xff", "\xe2\x80"} {
		if s := "é" + c + "a"; isClean(s) {
			t.Errorf("isClean(%q) = true", s)
		}
	}
}
