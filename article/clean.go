package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cleanText makes decoded text ready for splitting into paragraphs:
//
//   - line ends (CRLF, CR, NEL, U+2028) become "\n"; a paragraph separator
//     (U+2029), form feed or vertical tab becomes a blank line;
//   - non-breaking and other fixed-width spaces become plain spaces;
//   - invisible characters (zero-width spaces and joiners, word joiner,
//     byte-order marks, soft hyphens) and control characters other than
//     "\n" and "\t" are removed;
//   - the result is NFC-normalised (after the removals, so that no removed
//     character can keep two composable characters apart).
//
// Runs of spaces are left alone: paragraph splitting reads indentation,
// and collapse squeezes them afterwards. Typographic quotes and dashes are
// kept. Cost: one pass and one copy, plus NFC's own pass when the text is
// not ASCII; runs of printable ASCII are copied whole, and text with
// nothing to change (see isClean) is not copied.
func cleanText(s string) string {
	if isPlainASCII(s) {
		return s
	}
	if isClean(s) {
		// Nothing to change but the normal form: no copy (a large
		// document's is tens of megabytes).
		return norm.NFC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		// A run of printable ASCII (most of any text) is copied as it
		// is: no case below changes such a byte.
		if j := i; s[j] >= ' ' && s[j] < 0x7f {
			for j < len(s) && s[j] >= ' ' && s[j] < 0x7f {
				j++
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
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
			// dropped
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

// isPlainASCII reports whether s is ASCII with no control characters but
// "\n" and "\t", so that cleanText has nothing to do.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c < ' ' && c != '\n' && c != '\t') || c == 0x7f {
			return false
		}
	}
	return true
}

// isClean reports whether cleanText's pass would copy s as it is: valid
// UTF-8 with no line end but "\n", no paragraph separator, form feed or
// vertical tab, no fixed-width space but " ", no invisible character and
// no control character but "\n" and "\t". Most text that is not ASCII
// (typographic quotes and dashes, accented letters) is. Cost: one pass,
// no allocation.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= ' ' && c < 0x7f || c == '\n' || c == '\t' {
				i++
				continue
			}
			return false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u0085' || r == '\u2028' || r == '\u2029' ||
			isInvisible(r) || unicode.IsControl(r) || unicode.Is(unicode.Zs, r) {
			return false
		}
		i += size
	}
	return true
}

// isInvisible reports characters that have no width and no meaning for a
// reader: zero-width space, word joiner and the invisible operators,
// byte-order mark, soft hyphen, Mongolian vowel separator. The zero-width
// joiner and non-joiner are not among them: they change what a reader
// sees (👩‍💼 is one emoji, 👩💼 two; Persian می‌خواهد is written with a
// non-joiner), so they stay in the text, and only comparison ignores them.
func isInvisible(r rune) bool {
	switch r {
	case '\u200B', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064',
		'\uFEFF', '\u00AD', '\u180E':
		return true
	}
	return false
}

// collapse trims s and replaces every run of white space in it by one
// space. Cost: linear; no allocation when s is already collapsed.
func collapse(s string) string {
	clean := true
	prevSpace := true // leading space is not clean
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (prevSpace || r != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	if clean && s == "" {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
