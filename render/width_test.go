package render

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTextWidthFastPath checks that textWidth measures as runewidth does:
// every character its fast path takes, alone and between others (a
// letter, an accented letter, a curly quote; a carriage return, a
// combining accent, a zero-width joiner, a variation selector, a CJK
// character and an emoji, which leave the string to runewidth), and every
// line of the seed articles.
func TestTextWidthFastPath(t *testing.T) {
	var fast []rune
	for r := rune(0); r < 0x2100; r++ {
		if r < 0x300 || r >= 0x2010 && r <= 0x2027 || r >= 0x2030 && r <= 0x205e || r >= 0x20a0 && r <= 0x20c0 {
			fast = append(fast, r)
		}
	}
	contexts := []string{"", "a", "é", "“", "\r", "e\u0301", "\u200d", "\ufe0f", "世", "🇮🇹", "\xff"}
	for _, r := range fast {
		for _, c := range contexts {
			for _, s := range []string{string(r), c + string(r), string(r) + c, c + string(r) + string(r) + c} {
				if got, want := textWidth(s), widths.StringWidth(s); got != want {
					t.Fatalf("textWidth(%+q) = %d, runewidth says %d", s, got, want)
				}
			}
		}
	}
	seeds, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	for _, name := range seeds {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for l := range strings.Lines(string(data)) {
			for _, s := range []string{l, strings.TrimSuffix(l, "\n")} {
				if got, want := textWidth(s), widths.StringWidth(s); got != want {
					t.Fatalf("%s: textWidth(%q) = %d, runewidth says %d", name, s, got, want)
				}
			}
		}
	}
}

func BenchmarkTextWidth(b *testing.B) {
	s := "The former Italian Prime Minister Giuseppe Conte urged the country’s government to “set our own limits” — and “make clear decisions.”"
	for b.Loop() {
		textWidth(s)
	}
}

// BenchmarkTextWidthRunewidth is runewidth alone on the same text, for
// comparison (its table built).
func BenchmarkTextWidthRunewidth(b *testing.B) {
	s := "The former Italian Prime Minister Giuseppe Conte urged the country’s government to “set our own limits” — and “make clear decisions.”"
	for b.Loop() {
		widths.StringWidth(s)
	}
}
