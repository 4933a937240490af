package article

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// Sentence segmentation.
//
// The base is Punkt (Kiss & Strunk 2006) as implemented by
// github.com/neurosnap/sentences with its English model, which knows
// common abbreviations, initials and ordinals. News text trips it up in
// known ways, so its decisions are taken only at the white space between
// words and then corrected by the rules of boundaryAt, each pinned by a
// test:
//
//   - a title ("Mr.", "Gen.") never ends a sentence; a dotted acronym, a
//     company or place abbreviation or an initial ("U.S.", "Bros.", "J.")
//     ends one only before a word that typically starts sentences ("The",
//     "He"), not before a proper noun ("U.S. Ambassador"); a month before
//     a number does not ("Feb. 6");
//   - no sentence starts with a lower-case word ("“Why?” he asked.") or a
//     dash ("… over.” — Mayor Sala");
//   - a sentence ends where a full stop, question or exclamation mark
//     (with or without closing quotes) is followed by an opening quote or
//     bracket (`decisions.” “This is …`, `RTL 102.5. «Potremmo`);
//   - an ellipsis ends a sentence before a capitalised word, except inside
//     a quotation (an elided quote goes on);
//   - Chinese and Japanese end sentences at 。！？ (with or without a
//     following space), Arabic and Urdu at ؟ and ۔, Hindi at ।;
//   - a piece with no letter or digit (a stray closing quote) joins the
//     sentence before it.
//
// Cost: linear in the paragraph (Punkt is one pass over its words).

var punktModel struct {
	once sync.Once
	tok  *sentences.DefaultSentenceTokenizer
}

// punkt returns the shared English Punkt tokenizer (safe for concurrent
// use: it only reads its model), building the model on first use from
// the compiled-in copy (punkt.go: about a millisecond). It returns nil if
// the tokenizer cannot be made, and segmentation then uses the rules alone.
func punkt() *sentences.DefaultSentenceTokenizer {
	punktModel.once.Do(func() {
		tok, err := english.NewSentenceTokenizer(punktStorage())
		if err == nil {
			punktModel.tok = tok
		}
	})
	return punktModel.tok
}

// punktPositions returns the offsets of the ends of the words after which
// Punkt puts a sentence boundary, in order.
//
// The words are cut here, at white space, and handed to Punkt's
// annotators: its own word tokenizer rescans a run of white space once
// per space (quadratic on long runs) and drops a last word that ends in a
// multi-byte character. Cost: linear in p, one small allocation per word
// with a full stop, question or exclamation mark.
func punktPositions(p string) []int {
	tok := punkt()
	if tok == nil {
		return nil
	}
	// Only words with sentence punctuation, and the word after each, can
	// take part in a decision: the others are left out (as Punkt's own
	// "period context" mode does), which saves most of its regexps.
	var tokens []*sentences.Token
	prevPunct := false
	add := func(start, end int) {
		word := p[start:end]
		punct := strings.ContainsAny(word, ".!?")
		if punct || prevPunct {
			tokens = append(tokens, newPunktToken(word, end))
		}
		prevPunct = punct
	}
	start := -1
	for i, r := range p {
		if unicode.IsSpace(r) {
			if start >= 0 {
				add(start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		add(start, len(p))
	}
	tokens = tok.AnnotateTokens(tokens, tok.Annotations...)
	var out []int
	for _, t := range tokens {
		if t.SentBreak {
			out = append(out, t.Position)
		}
	}
	return out
}

func newPunktToken(word string, end int) *sentences.Token {
	t := sentences.NewToken(word)
	t.Position = end
	return t
}

// A span is a byte range [start, end) of a paragraph.
type span struct{ start, end int }

// splitSentences splits one paragraph into sentences. The spans are in
// order, do not overlap, have no leading or trailing white space, and
// together cover every non-space byte of p.
func splitSentences(p string) []span {
	if strings.TrimSpace(p) == "" {
		return nil
	}
	punktBreaks := punktPositions(p)

	var breaks []int
	pi := 0
	depth := 0 // depth of double quotation marks, for the ellipsis rule
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		if !unicode.IsSpace(r) {
			depth = trackQuotes(p, i, r, depth)
			if isCJKTerminal(r) {
				end := i + size
				for end < len(p) {
					c, n := utf8.DecodeRuneInString(p[end:])
					if !isCloser(c) && !isCJKTerminal(c) {
						break
					}
					end += n
				}
				if end < len(p) {
					breaks = append(breaks, end)
				}
				i = end
				continue
			}
			i += size
			continue
		}
		// A gap between words starts at i.
		gap := i
		for i < len(p) {
			r, size := utf8.DecodeRuneInString(p[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += size
		}
		if gap == 0 || i == len(p) {
			continue
		}
		for pi < len(punktBreaks) && punktBreaks[pi] < gap {
			pi++
		}
		punktSays := pi < len(punktBreaks) && punktBreaks[pi] == gap
		if boundaryAt(lastWord(p[:gap]), firstWord(p[i:]), punktSays, depth > 0) {
			breaks = append(breaks, gap)
		}
	}
	return spansFromBreaks(p, breaks)
}

// trackQuotes updates the depth of double quotation marks with the mark r
// at offset i of p. Curly quotes say which way they go; a straight quote
// opens at the start of a word and closes elsewhere.
func trackQuotes(p string, i int, r rune, depth int) int {
	switch r {
	case '“', '„', '«':
		return depth + 1
	case '”', '»':
		if depth > 0 {
			return depth - 1
		}
	case '"':
		prev, _ := utf8.DecodeLastRuneInString(p[:i])
		if i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–", prev) {
			return depth + 1
		}
		if depth > 0 {
			return depth - 1
		}
	}
	return depth
}

// boundaryAt decides whether a sentence ends between the words prev and
// next, given Punkt's opinion and whether a quotation is open.
func boundaryAt(prev, next string, punktSays, inQuote bool) bool {
	core := strings.TrimRightFunc(prev, isCloser)
	last, _ := utf8.DecodeLastRuneInString(core)
	first, _ := utf8.DecodeRuneInString(next)
	bare := strings.TrimLeftFunc(next, isOpener)
	firstLetter, _ := utf8.DecodeRuneInString(bare)

	switch last {
	case '؟', '۔', '।', '॥', '。', '！', '？':
		return true
	}
	if unicode.IsLower(firstLetter) || isDash(first) {
		return false
	}
	if strings.HasSuffix(core, "…") || strings.HasSuffix(core, "...") {
		return !inQuote && (unicode.IsUpper(firstLetter) || isOpener(first))
	}
	if last == '.' {
		word := strings.TrimLeftFunc(core, isOpener)
		switch abbreviationKind(word) {
		case abbrTitle:
			return false
		case abbrMonth:
			if unicode.IsDigit(firstLetter) {
				return false
			}
			return startsSentence(bare)
		case abbrConditional:
			return unicode.IsUpper(firstLetter) && startsSentence(bare) || isOpener(first) && punktSays
		}
	}
	if punktSays {
		return true
	}
	// Punkt misses `decisions.” “This` and `102.5. «Potremmo`: a
	// sentence end, then an opening quotation mark or bracket.
	return (last == '.' || last == '!' || last == '?') && isOpener(first)
}

// lastWord returns the last white-space-separated word of s.
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	return s[i+1:]
}

// firstWord returns the first white-space-separated word of s.
func firstWord(s string) string {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '“', '‘', '«', '‹', '„', '‚', '「', '『', '（', '【', '《':
		return true
	}
	return false
}

func isDash(r rune) bool {
	return r == '—' || r == '–' || r == '-' || r == '―'
}

func isCJKTerminal(r rune) bool {
	return r == '。' || r == '！' || r == '？' || r == '｡'
}

type abbrKind int

const (
	abbrNone        abbrKind = iota
	abbrTitle                // never ends a sentence: "Mr.", "Gen."
	abbrMonth                // not before a number: "Feb. 6"
	abbrConditional          // ends a sentence only before a typical sentence starter
)

var titleAbbrs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "mx": true, "dr": true, "prof": true, "gen": true,
	"lt": true, "col": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "cpl": true,
	"pvt": true, "adm": true, "cmdr": true, "brig": true, "sen": true, "rep": true, "reps": true,
	"sens": true, "gov": true, "amb": true, "pres": true, "supt": true, "det": true, "insp": true,
	"rev": true, "fr": true, "hon": true, "msgr": true, "messrs": true, "mmes": true, "mme": true,
	"mlle": true, "v": true, "vs": true, "gens": true,
}

var monthAbbrs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

var conditionalAbbrs = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "cos": true, "jr": true,
	"sr": true, "st": true, "mt": true, "ft": true, "ave": true, "blvd": true, "rd": true,
	"dept": true, "univ": true, "assn": true, "govt": true, "intl": true, "natl": true,
	"no": true, "nos": true, "fig": true, "vol": true, "ch": true, "pt": true, "sec": true,
	"art": true, "est": true, "approx": true, "etc": true, "plc": true, "llc": true,
}

// abbreviationKind classifies a word ending in a full stop.
func abbreviationKind(word string) abbrKind {
	stem := strings.ToLower(strings.TrimSuffix(word, "."))
	switch {
	case titleAbbrs[stem]:
		return abbrTitle
	case monthAbbrs[stem]:
		return abbrMonth
	case conditionalAbbrs[stem]:
		return abbrConditional
	}
	// An initial ("J.") or a dotted acronym ("U.S.", "a.m.").
	if isDottedAcronym(word) {
		return abbrConditional
	}
	return abbrNone
}

// isDottedAcronym reports "J.", "U.S.", "a.m.", "D.C.": single letters each
// followed by a full stop.
func isDottedAcronym(word string) bool {
	if word == "" {
		return false
	}
	expectLetter := true
	for _, r := range word {
		if expectLetter {
			if !unicode.IsLetter(r) {
				return false
			}
		} else if r != '.' {
			return false
		}
		expectLetter = !expectLetter
	}
	return expectLetter // ends with a full stop
}

// sentenceStarters are words that typically open a sentence and are not
// names: after "U.S." they mean a new sentence ("… in the U.S. The city …").
var sentenceStarters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an this that these those it its it's he she they we i
		you his her their our my your there here but and or so yet if when while although though
		however in on at for with as after before since because meanwhile still also then now
		today yesterday tomorrow last next some many most all not one two what why how who where
		which despite during according under over from to by of such other another each every
		both neither either further moreover instead later earlier more less no nor only even
		just first finally once`) {
		sentenceStarters[w] = true
	}
}

// startsSentence reports whether word is a typical sentence starter.
func startsSentence(word string) bool {
	w := strings.ToLower(strings.TrimRightFunc(word, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }))
	return sentenceStarters[strings.ReplaceAll(w, "’", "'")]
}

// spansFromBreaks cuts p at the given offsets (ascending) into trimmed
// spans, joining a piece with no letter or digit to its neighbour.
func spansFromBreaks(p string, breaks []int) []span {
	var out []span
	start := 0
	add := func(s, e int) {
		for s < e {
			r, n := utf8.DecodeRuneInString(p[s:])
			if !unicode.IsSpace(r) {
				break
			}
			s += n
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(p[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= n
		}
		if s == e {
			return
		}
		if len(out) > 0 && !hasWordChar(p[s:e]) {
			out[len(out)-1].end = e
			return
		}
		if len(out) > 0 && !hasWordChar(p[out[len(out)-1].start:out[len(out)-1].end]) {
			out[len(out)-1].end = e
			return
		}
		out = append(out, span{s, e})
	}
	for _, b := range breaks {
		if b <= start || b >= len(p) {
			continue
		}
		add(start, b)
		start = b
	}
	add(start, len(p))
	return out
}

func hasWordChar(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
