package render

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTextWidthFastPath checks that textWidth measures as runewidth does:
// every character its fast path takes (below U+0300 and every one of
// oneColumnRanges), alone and between others (a
// letter, an accented letter, a curly quote; a carriage return, a
// combining accent, a zero-width joiner, a variation selector, a CJK
// character and an emoji, which leave the string to runewidth), and every
// line of the seed articles.
func TestTextWidthFastPath(t *testing.T) {
	var fast []rune
	for r := rune(0); r < 0x300; r++ {
		fast = append(fast, r)
	}
	for i, g := range oneColumnRanges {
		if g.lo < 0x300 || g.lo > g.hi || i > 0 && g.lo <= oneColumnRanges[i-1].hi {
			t.Fatalf("oneColumnRanges[%d] = %U–%U: not above U+0300, or out of order", i, g.lo, g.hi)
		}
		for r := g.lo; r <= g.hi; r++ {
			fast = append(fast, r)
		}
	}
	// Just outside the ranges: runewidth decides, and the result must still
	// agree.
	fast = append(fast, 0x0483, 0x202a, 0x231a, 0x25fd, 0x2600)
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
