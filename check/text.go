package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wirediff/wirediff/align"
)

// A token is one word of a text: Text[start:end] of the string it came
// from (offsets are shifted by the base given to tokenize).
//
// A word is a run of letters, digits and combining marks, with the
// apostrophes and hyphens between its letters ("don’t", "out-of-control"),
// the dots and commas between its digits ("102.5", "1,000"), the dots of an
// abbreviation ("U.S.") and a hyphen stuck to its front ("-our", which is
// how seed 000 spells one word of a quotation). Everything else (spaces,
// punctuation, quote marks, dashes) separates words.
type token struct {
	text       string
	start, end int
	// initial is true for the first word of a sentence: the first of the
	// text, or one after a full stop, question or exclamation mark,
	// colon or opening quote mark.
	initial bool
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// tokenize returns the words of s in order, with offsets plus base; the
// first word counts as the start of a sentence. Cost: one pass over s.
func tokenize(s string, base int) []token { return tokenizeFrom(s, base, true) }

// tokenizeFrom is tokenize for a piece of text that may start inside a
// sentence: initial says whether its first word starts one.
func tokenizeFrom(s string, base int, initial bool) []token {
	var toks []token
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		startsWord := align.IsWordRune(r)
		if !startsWord && isHyphen(r) && (i == 0 || isSpaceBefore(s, i)) {
			// A hyphen stuck to the front of a word: "-our".
			if next, _ := utf8.DecodeRuneInString(s[i+n:]); unicode.IsLetter(next) {
				startsWord = true
			}
		}
		if !startsWord {
			switch {
			case r == '.' || r == '?' || r == '!' || r == ':' || r == ';' || r == '…':
				initial = true
			case r == '“' || r == '«' || r == '„':
				initial = true
			case r == '"' && (i == 0 || isSpaceBefore(s, i) || isOpenBefore(s, i)):
				initial = true
			}
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if align.IsWordRune(r) {
				i += n
				continue
			}
			prev, _ := utf8.DecodeLastRuneInString(s[start:i])
			next, nn := utf8.DecodeRuneInString(s[i+n:])
			inner := isApostrophe(r) || isHyphen(r)
			if (r == '.' || r == ',') && unicode.IsDigit(prev) && unicode.IsDigit(next) {
				inner = true
			}
			if r == '.' && unicode.IsLetter(prev) && unicode.IsLetter(next) && isInitialism(s[start:i]) {
				// U.S., U.K.: a single letter, a dot, a single letter.
				if after, _ := utf8.DecodeRuneInString(s[i+n+nn:]); after == '.' {
					i += n + nn + 1
					continue
				}
			}
			if inner && align.IsWordRune(prev) && align.IsWordRune(next) {
				i += n
				continue
			}
			break
		}
		toks = append(toks, token{text: s[start:i], start: base + start, end: base + i, initial: initial})
		initial = false
	}
	return toks
}

// isInitialism reports whether w is a single letter or a run of single
// letters each followed by a dot ("U", "U.S"), the front of an
// abbreviation such as U.S.
func isInitialism(w string) bool {
	n := 0
	for i, r := range w {
		if i%2 == 0 && !unicode.IsLetter(r) || i%2 == 1 && r != '.' {
			return false
		}
		n++
	}
	return n%2 == 1
}

func isSpaceBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r)
}

func isOpenBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r == '(' || r == '[' || r == '—' || r == '–'
}

// fold returns w as looked up and compared: lower case, typographic
// apostrophes and hyphens made plain.
func fold(w string) string {
	return strings.ToLower(strings.Map(func(r rune) rune {
		switch {
		case isApostrophe(r):
			return '\''
		case isHyphen(r):
			return '-'
		}
		return r
	}, w))
}

// bare returns folded word w without a possessive ending, a leading hyphen
// and the dots of an abbreviation: "ICE’s" → "ice", "U.S." → "us".
func bare(w string) string {
	w = fold(w)
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

// isCapitalised reports whether w starts with an upper-case letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "-"))
	return unicode.IsUpper(r)
}

// isAcronymAsWritten reports whether w has two or more letters, all upper
// case (ICE, DHS, RTL), possibly with dots (U.S.) or a possessive (ICE’s):
// a word as the text writes it, unlike align's acronym test, which takes
// bare letters only.
func isAcronymAsWritten(w string) bool {
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

// hasDigit reports whether w holds a digit.
func hasDigit(w string) bool {
	return strings.IndexFunc(w, unicode.IsDigit) >= 0
}
