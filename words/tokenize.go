package words

import (
	"unicode"
	"unicode/utf8"
)

// IsJoiner reports whether r is a zero-width joiner (U+200D, which binds
// the parts of an emoji sequence such as 👩‍💼) or non-joiner (U+200C,
// which Persian and the Indic scripts write inside words). Both are part
// of the text as given and are shown as they are; inside a run of
// letters or of symbols they continue the run, and comparison ignores
// them (Normalize drops every format character).
func IsJoiner(r rune) bool { return r == '\u200D' || r == '\u200C' }

// IsWordRune reports whether r belongs inside a word: letters, digits and
// combining marks (so "é" spelled as e + U+0301 stays one word). It is the
// one rule by which every tokenizer of this package, Normalize's callers
// and Shingles cut words, for callers that must cut words where they do.
func IsWordRune(r rune) bool {
	if r < 0x80 {
		return asciiWord(byte(r))
	}
	if 0x2000 <= r && r <= 0x206F {
		// General Punctuation (curly quotes, dashes, spaces, the
		// ellipsis), frequent in news: none is a letter, digit or mark,
		// and this saves three searches of Unicode tables.
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

// IsScriptio reports whether r belongs to a script written without spaces
// between words (Han, Hiragana, Katakana, Thai…): Tokenize makes each such
// rune a word of its own, so a diff can show a change inside a line of
// Chinese.
func IsScriptio(r rune) bool {
	if r < 0x0E00 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// A Kind classifies a Token.
type Kind uint8

const (
	Word  Kind = iota // letters, digits and marks, or one rune of a script written without spaces
	Space             // a run of white space
	Punct             // a run of anything else: punctuation, symbols, emoji
)

// A Token is a piece of a text: text[Start:End] of the string given to
// Tokenize.
type Token struct {
	Kind       Kind
	Start, End int
}

// Tokenize splits s into words, runs of space and runs of punctuation, in
// order; the tokens cover s exactly. A word is a maximal run of word runes
// (IsWordRune), except that each rune of a script written without spaces
// (IsScriptio) is a word of its own; a combining mark right after
// punctuation (a stray accent) or a zero-width joiner inside an emoji
// sequence stays in the punctuation run. Apostrophes, hyphens and the
// separators of numbers split words here: see Compounds for the words a
// reader sees.
//
// Cost: one pass over s; one Token (24 bytes) per piece.
func Tokenize(s string) []Token {
	// Room for a token in every two bytes: news prose has one in about
	// every 2.9 (a word, a space, some punctuation), so that one
	// allocation nearly always holds them all (room for one in three
	// bytes was too little for about half of the sentences, which then
	// allocated three times as much while growing).
	toks := AppendTokens(make([]Token, 0, len(s)/2+1), s)
	if len(toks) == 0 {
		return nil
	}
	return toks
}

// AppendTokens appends the tokens of s, as Tokenize splits it, to dst and
// returns the extended slice: a caller that tokenizes many texts one after
// the other and keeps no tokens of the last one reuses one buffer instead
// of allocating a slice per text.
func AppendTokens(dst []Token, s string) []Token {
	toks := dst
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		start := i
		i += n
		kind := runeKind(r)
		if kind == scriptio {
			toks = append(toks, Token{Word, start, i})
			continue
		}
		for i < len(s) {
			// An ASCII byte, most of a news text's, is read without
			// decoding: no mark or joiner is ASCII, so it continues the
			// run exactly when it is of the run's kind.
			if c := s[i]; c < utf8.RuneSelf {
				if asciiKind(c) != kind {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			k := runeKind(r)
			// A combining mark after punctuation (a stray accent) stays in
			// the run, and so does a joiner inside a word or an emoji
			// sequence.
			if k != kind && !(kind == Punct && k == Word && unicode.Is(unicode.M, r)) && !(IsJoiner(r) && kind != Space) {
				break
			}
			i += n
		}
		toks = append(toks, Token{kind, start, i})
	}
	return toks
}

// scriptio is the kind of a rune of a script written without spaces
// (IsScriptio): each such rune is a word of its own, never part of a run.
const scriptio Kind = 255

// asciiWord is IsWordRune for an ASCII byte: a letter or a digit. Small
// enough to be inlined in the tokenizers' loops.
func asciiWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// asciiKind is runeKind for an ASCII byte: what runeKindRule gives it,
// by comparisons alone. Small enough to be inlined.
func asciiKind(c byte) Kind {
	switch {
	case asciiWord(c):
		return Word
	case c == ' ' || '\t' <= c && c <= '\r':
		return Space
	}
	return Punct
}

// runeKind says which kind of token r belongs to.
func runeKind(r rune) Kind {
	if r < utf8.RuneSelf {
		return asciiKind(byte(r)) // ASCII, most of a news text
	}
	return runeKindRule(r)
}

// runeKindRule is runeKind for every rune.
func runeKindRule(r rune) Kind {
	switch {
	case IsScriptio(r):
		return scriptio
	case IsWordRune(r):
		return Word
	case foldRune(r) == ' ':
		return Space
	}
	return Punct
}

// NumberEnd returns the index of the last token of the number that starts
// at toks[k], toks being Tokenize(s): groups of ASCII digits joined by a
// single dot or comma ("102.5", "1,000", "1,000.5") read as one number,
// as stemming and weighing need. It returns k when toks[k] starts no such
// number. Compounds joins numbers by a looser rule (any digits, glued to
// letters or not); this one is kept for align's word weights.
//
// Cost: O(length of the number).
func NumberEnd(s string, toks []Token, k int) int {
	for k+2 < len(toks) && isDigits(s[toks[k].Start:toks[k].End]) && isDigits(s[toks[k+2].Start:toks[k+2].End]) &&
		toks[k+1].End-toks[k+1].Start == 1 && (s[toks[k+1].Start] == '.' || s[toks[k+1].Start] == ',') {
		k += 2
	}
	return k
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
