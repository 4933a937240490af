package align

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/testdoc"
)

// textDoc builds a Document from plain text without the article package,
// for tests that need exact control of the sentences (and fuzzing that
// should exercise align alone): one paragraph per
// non-blank line (a line with no end punctuation is a Heading), sentences
// split after ". ", "? " and "! " unless the word before the full stop is
// an abbreviation (U.S., Mr.).
func textDoc(name, text string) *article.Document {
	d := &article.Document{Name: name, Format: "text", Text: text}
	pos := 0
	for _, block := range strings.SplitAfter(text, "\n") {
		start, end := pos, pos+len(block)
		pos = end
		for start < end && isSpaceByte(text[start]) {
			start++
		}
		for end > start && isSpaceByte(text[end-1]) {
			end--
		}
		if start == end {
			continue
		}
		role := article.Body
		p := text[start:end]
		if !strings.Contains(p, "\n") && !strings.ContainsAny(p[len(p)-1:], ".?!\"”’)") {
			role = article.Heading
		}
		d.Paragraphs = append(d.Paragraphs, article.Paragraph{Role: role, Start: start, End: end})
		pi := len(d.Paragraphs) - 1
		s := start
		for k := start; k <= end; k++ {
			cut := k == end
			if !cut && k+1 < end && strings.ContainsRune(".?!", rune(text[k])) && text[k+1] == ' ' && !abbreviation(text[s:k]) {
				k++
				cut = true
			}
			if !cut {
				continue
			}
			a, b := s, k
			for a < b && isSpaceByte(text[a]) {
				a++
			}
			for b > a && isSpaceByte(text[b-1]) {
				b--
			}
			if a < b {
				d.Sentences = append(d.Sentences, article.Sentence{Paragraph: pi, Start: a, End: b, Text: text[a:b]})
			}
			s = k
		}
	}
	return d
}

// abbreviation reports whether the text before a full stop ends in an
// abbreviation: a word with a full stop inside (U.S) or a short
// capitalised word (Mr, Dr, St).
func abbreviation(before string) bool {
	w := before[strings.LastIndexAny(before, " \n")+1:]
	if strings.Contains(w, ".") {
		return true
	}
	return len(w) >= 1 && len(w) <= 2 && w[0] >= 'A' && w[0] <= 'Z'
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// seed loads testdata/seeds/NNN_*.txt.
func seed(t testing.TB, n string) *article.Document {
	t.Helper()
	m, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", n+"_*.txt"))
	if err != nil || len(m) != 1 {
		t.Fatalf("seed %s: found %v (%v)", n, m, err)
	}
	return testdoc.Load(t, m[0])
}
