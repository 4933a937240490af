package align

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldRune maps the typographic variants that publishers use for one and
// the same character to a single plain form: curly and angled quotes to
// straight ones, every dash and the minus sign to a hyphen, every kind of
// space to a plain space. It returns r itself for every other rune.
func foldRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′', '`', '´', 'ʼ', '＇':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»', '＂':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−', '﹘', '﹣', '－':
		return '-'
	}
	if unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' {
		return ' '
	}
	return r
}

// Normalize returns s as compared for identity: quotes, dashes and spaces
// folded (see the package documentation), runs of space collapsed to one,
// leading and trailing space removed, an ellipsis character spelled "...",
// and everything in lower case. Two sentences are Identical when their
// normalised forms are equal, or differ only in words that are spelling
// variants of each other (see SpellingVariant).
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		r = foldRune(r)
		if r == ' ' {
			space = b.Len() > 0
			continue
		}
		if r == unicode.ReplacementChar || unicode.Is(unicode.Cf, r) {
			continue // zero-width and format characters are invisible
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

// IsWordRune reports whether r belongs inside a word: letters, digits and
// combining marks (so "é" spelled as e + U+0301 stays one word). It is the
// rule of Normalize, Shingles and WordDiff, for callers that must cut
// words where this package does.
func IsWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

// isScriptio reports whether r is written without spaces between words
// (Han, Hiragana, Katakana, Thai…): each such rune counts as a word of
// its own, so a diff can show a change inside a line of Chinese.
func isScriptio(r rune) bool {
	if r < 0x0E00 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// tokenKind classifies a token of a sentence.
type tokenKind uint8

const (
	wordToken  tokenKind = iota // letters, digits and marks
	spaceToken                  // a run of white space
	punctToken                  // a run of anything else: punctuation, symbols, emoji
)

// A token is a piece of a sentence: Text[start:end] of the input.
type token struct {
	kind       tokenKind
	start, end int
}

// tokenize splits s into words, runs of space and runs of punctuation,
// in order; the tokens cover s exactly. Cost: one pass over s.
func tokenize(s string) []token {
	var toks []token
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		start := i
		i += n
		kind := runeKind(r)
		if kind == scriptioToken {
			toks = append(toks, token{wordToken, start, i})
			continue
		}
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			k := runeKind(r)
			// A combining mark after punctuation (a stray accent) or a
			// zero-width joiner inside an emoji sequence stays in the run.
			if k != kind && !(kind == punctToken && k == wordToken && unicode.Is(unicode.M, r)) {
				break
			}
			i += n
		}
		toks = append(toks, token{kind, start, i})
	}
	return toks
}

// scriptioToken is the kind of a rune of a script written without spaces
// (isScriptio): each such rune is a word of its own, never part of a run.
const scriptioToken tokenKind = 255

// runeKind says which kind of token r belongs to.
func runeKind(r rune) tokenKind {
	switch {
	case isScriptio(r):
		return scriptioToken
	case IsWordRune(r):
		return wordToken
	case foldRune(r) == ' ':
		return spaceToken
	}
	return punctToken
}

// foldToken returns the comparison key of a word or punctuation run in a
// word diff: typographic variants folded (foldRune), case kept, since a
// changed capital is an edit worth showing.
func foldToken(s string) string {
	s = strings.Map(foldRune, s)
	if strings.ContainsRune(s, '…') {
		s = strings.ReplaceAll(s, "…", "...")
	}
	return s
}
