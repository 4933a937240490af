package words

import (
	"unicode"
	"unicode/utf8"
)

// A Compound is one word of a text as a reader counts it:
// Text == text[Start-base:End-base] of the string given to Compounds.
//
// A compound is a run of word tokens (see Tokenize), adjacent ones joined
// whatever their script, extended across
//   - an apostrophe or hyphen between two word runes ("don’t",
//     "out-of-control"),
//   - a dot or comma between two digits ("102.5", "1,000"),
//   - the dots of an initialism ("U.S.", "U.K."),
//
// and it may start with a hyphen stuck to its front after a space ("-our",
// how seed 000 spells one word of a quotation). Everything else (spaces,
// other punctuation, quote marks, dashes) separates compounds.
type Compound struct {
	Text       string
	Start, End int
	// Initial is true for the first word of a sentence: the first of the
	// text when Compounds is told so, or one after a full stop, question
	// or exclamation mark, colon, semicolon, ellipsis or opening quote
	// mark; not after the dot of an initial or an abbreviated title
	// ("Ronald L. Kuby", "Gen. Richard Myers").
	Initial bool
}

// isApostrophe reports whether r joins the two parts of a compound as an
// apostrophe does.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isHyphen reports whether r joins the two parts of a compound as a
// hyphen does (a dash does not).
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// Compounds returns the compounds of s in order, with offsets plus base,
// so that a piece cut out of a longer text keeps that text's offsets.
// initial says whether s starts a sentence (its first word is Initial); a
// piece that may start inside a sentence passes false.
//
// Cost: one pass over s; the Texts share s's memory. The result is
// allocated once, for a word in every five bytes, rather than grown by
// doubling: news prose runs about one in six, but a quarter of its
// sentences have more words than one in six bytes (and would then
// allocate three times as much), hardly any more than one in five.
func Compounds(s string, base int, initial bool) []Compound {
	toks := AppendCompounds(make([]Compound, 0, len(s)/5+1), s, base, initial)
	if len(toks) == 0 {
		return nil
	}
	return toks
}

// AppendCompounds appends the compounds of s (see Compounds) to toks and
// returns the extended slice: a caller that gathers the words of many
// pieces grows one slice instead of allocating one per piece.
func AppendCompounds(toks []Compound, s string, base int, initial bool) []Compound {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		startsWord := IsWordRune(r)
		if !startsWord && isHyphen(r) && (i == 0 || spaceBefore(s, i)) {
			// A hyphen stuck to the front of a word: "-our".
			if next, _ := utf8.DecodeRuneInString(s[i+n:]); unicode.IsLetter(next) {
				startsWord = true
			}
		}
		if !startsWord {
			switch {
			case r == '.' && len(toks) > 0 && toks[len(toks)-1].End == base+i && IsNameAbbreviation(toks[len(toks)-1].Text):
				// "Gen. Richard Myers", "Ronald L. Kuby": the dot of a
				// title or an initial, inside a name.
			case r == '.' || r == '?' || r == '!' || r == ':' || r == ';' || r == '…':
				initial = true
			case r == '“' || r == '«' || r == '„':
				initial = true
			case r == '"' && (i == 0 || spaceBefore(s, i) || openBefore(s, i)):
				initial = true
			}
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
			// A letter or digit of ASCII, most of a news text's, is
			// read without decoding.
			if c := s[i]; c < utf8.RuneSelf && asciiWord(c) {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if IsWordRune(r) {
				i += n
				continue
			}
			prev, _ := utf8.DecodeLastRuneInString(s[start:i])
			next, nn := utf8.DecodeRuneInString(s[i+n:])
			if IsJoiner(r) && IsWordRune(next) {
				i += n // می‌خواهد: a non-joiner inside a word
				continue
			}
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
			if inner && IsWordRune(prev) && IsWordRune(next) {
				i += n
				continue
			}
			break
		}
		toks = append(toks, Compound{Text: s[start:i], Start: base + start, End: base + i, Initial: initial})
		initial = false
	}
	return toks
}

// IsNameAbbreviation reports whether w, followed by a dot, is an initial
// (one capital letter) or a title abbreviated before a name ("Gen",
// "Sen", "Dr"): the dot after it does not end a sentence.
func IsNameAbbreviation(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	return titleAbbreviations[w]
}

// titleAbbreviations are the titles news abbreviates before a name.
var titleAbbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Gen": true, "Sen": true, "Rep": true, "Gov": true,
	"Lt": true, "Col": true, "Sgt": true, "Capt": true, "Maj": true, "Adm": true, "Cpl": true,
	"Pvt": true, "Prof": true, "Rev": true, "Hon": true, "Gens": true, "Sens": true, "Reps": true,
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

// spaceBefore reports whether the rune before s[i] is white space.
func spaceBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r)
}

// openBefore reports whether the rune before s[i] opens a phrase: a
// bracket or a dash, after which a straight quote mark opens a quotation.
func openBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r == '(' || r == '[' || r == '—' || r == '–'
}
