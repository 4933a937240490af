package render

import (
	"strings"
	"unicode"

	"github.com/clipperhouse/uax29/v2/graphemes"

	"github.com/wirediff/wirediff/align"
)

// Limits of wordEdit: a word pair is shown character by character only
// when both are words of at least minCharWord characters (grapheme
// clusters), at most maxCharWord, with at most maxCharChange characters
// changed on either side and at least half of the longer word kept. That
// takes in typos, a letter case, a hyphen or a quote mark ("-our" for
// "our", "Italy" for "Italer", “make for make) and leaves real
// rewrites ("Tuesday" for "Wednesday", "is" for "as") to the word level,
// where they read better.
const (
	minCharWord   = 4
	maxCharWord   = 64
	maxCharChange = 2
)

// wordEdit refines a change of one word into another, a Delete chunk
// (del) directly followed by an Insert (ins) of align.WordDiff, into the
// characters that changed, as dwdiff -P or git diff --word-diff-regex=.
// do: "Italy" to "Italer" gives Equal "Ital", Delete "y", Insert "er". ok
// is false when the two are not near-identical words (see the limits
// above), when either holds a space or a digit (a changed number reads
// better whole: 2025 to 2026, not 202[-5-]{+6+}), and the change is then
// best shown whole.
//
// The chunks returned split a word, unlike those of align.WordDiff whose
// contract is kept: this is a view for the eye, used by the terminal and
// meant for the HTML report; the JSON stays at the word level. In each
// change the Delete comes before the Insert; Equal and Delete chunks spell
// del, Equal and Insert chunks spell ins.
//
// Cost: O(n·m) time and memory in the characters of the two words, at
// most maxCharWord² cells.
func wordEdit(del, ins string) (chunks []align.Chunk, ok bool) {
	if strings.ContainsFunc(del+ins, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsDigit(r) }) {
		return nil, false
	}
	a, b := clusters(del), clusters(ins)
	la, lb := len(a), len(b)
	if max(la, lb) < minCharWord || la > maxCharWord || lb > maxCharWord || la == 0 || lb == 0 {
		return nil, false
	}
	// lcs[i][j] is the length of the longest common subsequence of a[i:]
	// and b[j:].
	lcs := make([][]int, la+1)
	for i := range lcs {
		lcs[i] = make([]int, lb+1)
	}
	for i := la - 1; i >= 0; i-- {
		for j := lb - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	k := lcs[0][0]
	if la-k > maxCharChange || lb-k > maxCharChange || 2*k < max(la, lb) {
		return nil, false
	}
	var eq, de, in strings.Builder
	flush := func() {
		for _, p := range []struct {
			op align.Op
			b  *strings.Builder
		}{{align.Delete, &de}, {align.Insert, &in}} {
			if p.b.Len() > 0 {
				chunks = append(chunks, align.Chunk{Op: p.op, Text: p.b.String()})
				p.b.Reset()
			}
		}
	}
	i, j := 0, 0
	for i < la || j < lb {
		switch {
		case i < la && j < lb && a[i] == b[j]:
			if de.Len()+in.Len() > 0 {
				flush()
			}
			eq.WriteString(a[i])
			i++
			j++
			continue
		case j == lb || (i < la && lcs[i+1][j] >= lcs[i][j+1]):
			de.WriteString(a[i])
			i++
		default:
			in.WriteString(b[j])
			j++
		}
		if eq.Len() > 0 {
			chunks = append(chunks, align.Chunk{Op: align.Equal, Text: eq.String()})
			eq.Reset()
		}
	}
	if eq.Len() > 0 {
		chunks = append(chunks, align.Chunk{Op: align.Equal, Text: eq.String()})
	}
	flush()
	return chunks, true
}

// clusters splits s into its grapheme clusters, so that no accent is cut
// from its letter.
func clusters(s string) []string {
	var out []string
	g := graphemes.FromString(s)
	for g.Next() {
		out = append(out, g.Value())
	}
	return out
}
