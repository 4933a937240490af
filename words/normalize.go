package words

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
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
// and everything in lower case. Two sentences are identical when their
// normalised forms are equal, or differ only in words that are spelling
// variants of each other (see SpellingVariant).
//
// Cost: one pass over s, one allocation of about len(s) bytes; ASCII
// (most of a news text) is folded byte by byte, without decoding.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// What foldRune and strings.ToLower do to ASCII; no ASCII
			// character is a format character (Cf).
			i++
			switch {
			case c == ' ' || c >= '\t' && c <= '\r':
				space = b.Len() > 0
				continue
			case c == '`':
				c = '\''
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
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

// Fold returns s with its typographic variants folded (quotes, dashes,
// spaces; an ellipsis character spelled "..."; joiners, other format
// characters and U+FFFD dropped, as Normalize drops them) and its case
// kept: the key
// by which a word diff compares two tokens, since a changed capital is an
// edit worth showing while a curly quote for a straight one is not.
//
// Cost: one pass over s, one allocation.
func Fold(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == unicode.ReplacementChar || unicode.Is(unicode.Cf, r) {
			return -1
		}
		return foldRune(r)
	}, s)
	if strings.ContainsRune(s, '…') {
		s = strings.ReplaceAll(s, "…", "...")
	}
	return s
}

// Unaccented returns s with the marks of its letters dropped ("Chrétien"
// → "Chretien", "Jiménez" → "Jimenez", "Schröder" → "Schroder"): the form
// in which a name meets its spelling in a text that writes no accents, as
// many wire services and outlets do. Only Latin, Greek and Cyrillic
// letters are read, and combining marks dropped; letters that are no base
// letter with a mark ("ø", "ß", "ł") and other scripts are kept as they
// are, and a byte that is no UTF-8 becomes U+FFFD (the result is a key
// for comparing, never shown).
//
// Cost: none for ASCII s; otherwise one pass and one allocation.
func Unaccented(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r < utf8.RuneSelf:
			b.WriteByte(s[i])
		case r == utf8.RuneError && n <= 1:
			b.WriteRune(utf8.RuneError) // a byte that is no UTF-8, as a rune
		case unicode.Is(unicode.Mn, r):
			// a combining mark: dropped
		case unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic):
			for _, d := range norm.NFD.String(string(r)) {
				if !unicode.Is(unicode.Mn, d) {
					b.WriteRune(d)
				}
			}
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
