package words

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Key returns word w as looked up in word tables and compared between
// texts: lower case, typographic apostrophes and hyphens made plain
// ("Don’t" → "don't"), format characters (zero-width joiners, direction
// marks) dropped as Normalize drops them ("i\u200dn" → "in": the text
// keeps them, a comparison and a word list do not see them). Unlike
// Normalize it leaves every other rune alone, so it suits single words,
// not sentences. Cost: one pass over an ASCII
// word and no allocation when it has no capital (most words of a text);
// otherwise one allocation.
func Key(w string) string {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return keyUnicode(w)
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	// ASCII: no typographic apostrophe or hyphen to make plain.
	if !upper {
		return w
	}
	return strings.ToLower(w)
}

// keyUnicode is Key for a word with a rune outside ASCII.
func keyUnicode(w string) string {
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

// Bare returns Key(w) without a possessive ending, a leading hyphen and
// the dots of an abbreviation ("ICE’s" → "ice", "U.S." → "us", "-our" →
// "our"): the form in which two spellings of one name meet. Cost: a few
// small allocations.
func Bare(w string) string {
	w = Key(w)
	w = strings.TrimPrefix(w, "-")
	if s, ok := strings.CutSuffix(w, "'s"); ok && s != "" {
		w = s
	}
	w = strings.TrimSuffix(w, "'")
	if strings.Contains(w, ".") && !strings.ContainsAny(w, "0123456789") {
		w = strings.ReplaceAll(w, ".", "")
	}
	return w
}

// IsCapitalised reports whether w starts with an upper-case letter, a
// leading hyphen ("-Our") skipped.
func IsCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "-"))
	return unicode.IsUpper(r)
}

// IsAcronym reports whether w has two or more letters, all upper case
// (ICE, DHS, RTL), possibly with dots (U.S.) or a possessive (ICE’s): a
// word as the text writes it, a compound as well as a bare word token.
func IsAcronym(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2
}

// HasDigit reports whether w holds a digit of any script: such a word is
// read as a number, not stemmed nor spell-checked.
func HasDigit(w string) bool {
	return strings.IndexFunc(w, unicode.IsDigit) >= 0
}
