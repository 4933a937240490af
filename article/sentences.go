package article

import (
	"slices"
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
//   - a company suffix ("Inc.", "Corp.", "Co.", "Ltd.") ends a sentence
//     before a capitalised word or a quote, except a title ("Corp.
//     Chairman"), another suffix ("Co. Ltd."), "No.", a weekday or a
//     ticker ("Inc. IBM.N"); a U.S. state ("Calif.", "D-S.D.") ends one
//     before a capitalised word or a quote; "a.m." and "p.m." end one
//     before a capitalised word that is not a time zone, weekday, month
//     or place before "time";
//   - a number, amount, year or percentage ("1801.", "$14.10.", "4.5%."),
//     a web or mail address, or a full stop after a bracket ("(D-N.Y.).")
//     ends a sentence before a capitalised word or an opening quote or
//     bracket, which Punkt misses (it takes "1801." for a list number and
//     words with inner full stops for abbreviations); not a list or
//     section number opening its sentence ("1.", "1.0.1."), nor a day
//     before a month name ("3. Oktober"), nor anything before a digit;
//   - a word ending in a letter or digit ("Corp.'s") ends no sentence;
//   - no sentence starts with a lower-case word ("“Why?” he asked.") or a
//     dash ("… over.” — Mayor Sala");
//   - a sentence ends where a full stop, question or exclamation mark
//     (with or without closing quotes) is followed by an opening quote or
//     bracket (`decisions.” “This is …`, `RTL 102.5. «Potremmo`);
//   - an ellipsis ("…", "...", ". . .") ends a sentence before a
//     capitalised word, except inside a quotation (an elided quote goes
//     on);
//   - Chinese and Japanese end sentences at 。！？ (with or without a
//     following space), Arabic and Urdu at ؟ and ۔, Hindi at ।;
//   - a piece with no letter or digit (a stray closing quote) joins the
//     sentence before it.
//
// The rules are scored on real news sentences by TestBoundaryBenchmark.
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
// Punkt puts a sentence boundary, in order, asking the tokenizer of src
// (nil: the shared one). Cost: linear in p, one small allocation per word
// with a full stop, question or exclamation mark.
func punktPositions(p string, src *punktSource) []int {
	tokens := punktTokens(p)
	if len(tokens) == 0 {
		return nil
	}
	return punktBreaks(src.tokenizer(tokens), tokens)
}

// punktBreaks annotates tokens with tok and returns the positions of the
// tokens after which it puts a boundary (none if tok is nil).
func punktBreaks(tok *sentences.DefaultSentenceTokenizer, tokens []*sentences.Token) []int {
	if tok == nil {
		return nil
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

// punktTokens returns the words of p that take part in Punkt's decisions,
// each with the offset of its end as its position.
//
// The words are cut here, at white space, and handed to Punkt's
// annotators: its own word tokenizer rescans a run of white space once
// per space (quadratic on long runs) and drops a last word that ends in a
// multi-byte character. Only words with sentence punctuation, and the
// word after each, can take part in a decision: the others are left out
// (as Punkt's own "period context" mode does), which saves most of its
// regexps. The tokens are made in blocks of 4, 8, ... 256 (an allocation
// a block, not a token; none copied as a growing array would) and handed
// to Punkt by pointer.
func punktTokens(p string) []*sentences.Token {
	var tokens []*sentences.Token
	var block []sentences.Token
	prevPunct := false
	add := func(start, end int) {
		word := p[start:end]
		punct := strings.ContainsAny(word, ".!?")
		if punct || prevPunct {
			if len(block) == cap(block) {
				block = make([]sentences.Token, 0, min(max(4, 2*cap(block)), 256))
			}
			block = append(block, newPunktToken(word, end))
			tokens = append(tokens, &block[len(block)-1])
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
	return tokens
}

func newPunktToken(word string, end int) sentences.Token {
	t := *sentences.NewToken(word)
	t.Position = end
	return t
}

// A span is a byte range [start, end) of a paragraph.
type span struct{ start, end int }

// splitSentences splits one paragraph into sentences. The spans are in
// order, do not overlap, have no leading or trailing white space, and
// together cover every non-space byte of p. Punkt's tokenizer comes from
// src (nil: the shared one).
func splitSentences(p string, src *punktSource) []span {
	return splitSentencesPunkt(p, &lazyPunkt{p: p, src: src})
}

// lazyPunkt answers for paragraph p whether Punkt puts a boundary at a
// gap, asked only where a rule needs it: most gaps are decided without
// it (a word that ends in a letter, a title, a lower-case word after).
// Each question reads only the words around its gap (see punktSaysAt),
// unless breaks were given for the whole paragraph (done: the tests'
// reference).
type lazyPunkt struct {
	p      string
	src    *punktSource // Punkt's tokenizer (nil: the shared one)
	asked  bool         // Punkt was asked about a gap
	done   bool         // breaks holds punktPositions(p)
	breaks []int        // Punkt's boundaries, in order
	i      int          // breaks[:i] are before the last gap asked about
}

// says reports whether Punkt puts a boundary at gap; gaps are asked about
// in increasing order.
func (l *lazyPunkt) says(gap int) bool {
	l.asked = true
	if !l.done {
		return punktSaysAt(l.p, gap, l.src)
	}
	for l.i < len(l.breaks) && l.breaks[l.i] < gap {
		l.i++
	}
	return l.i < len(l.breaks) && l.breaks[l.i] == gap
}

// punktSaysAt reports whether Punkt, given all of p, puts a boundary at
// gap, the end of a word, reading only that word, the word before it and
// the word after it.
//
// Why that is enough: Punkt decides a word by its own type and by the
// token after it (its annotators read each token, then each pair of
// neighbouring tokens); the one pair that changes its second token is a
// lone "." after a lone ".". The tokens are the words with sentence
// punctuation and the word after each (see punktTokens), so the token
// after a word with punctuation is the next word, and the token before
// it can change it only as a lone ".", which has punctuation and so is
// a token in the window as in the whole paragraph. FuzzSentences and
// TestLazyPunktSameSentences compare both on every gap.
//
// Cost: the three words, not the paragraph: a long paragraph with one
// gap in doubt no longer runs Punkt over all its sentences.
func punktSaysAt(p string, gap int, src *punktSource) bool {
	start := backOver(p, gap, false) // of the word that ends at gap
	if start == gap {
		return false
	}
	from := backOver(p, backOver(p, start, true), false)   // of the word before
	to := forwardOver(p, forwardOver(p, gap, true), false) // the end of the word after
	// The answer depends on the three words alone, and only on whether
	// the first is a lone ".": a source remembers the answers it gave.
	key := punktKey{p[start:gap], p[gap:to], strings.TrimRightFunc(p[from:start], unicode.IsSpace) == "."}
	if src != nil {
		if says, ok := src.said[key]; ok {
			return says
		}
	}
	says := slices.Contains(punktPositions(p[from:to], src), gap-from)
	if src != nil && len(src.said) < maxPunktSaid {
		if src.said == nil {
			src.said = map[punktKey]bool{}
		}
		src.said[key] = says
	}
	return says
}

// backOver returns where the run of white space (space) or of other
// characters (!space) that ends at byte i of p starts.
func backOver(p string, i int, space bool) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(p[:i])
		if unicode.IsSpace(r) != space {
			break
		}
		i -= n
	}
	return i
}

// forwardOver returns where the run of white space (space) or of other
// characters (!space) that starts at byte i of p ends.
func forwardOver(p string, i int, space bool) int {
	for i < len(p) {
		r, n := utf8.DecodeRuneInString(p[i:])
		if unicode.IsSpace(r) != space {
			break
		}
		i += n
	}
	return i
}

// A punktKey is what Punkt's answer at a gap depends on (see
// punktSaysAt): the word that ends there, the space and word after it,
// and whether the word before is a lone ".".
type punktKey struct {
	word, next string
	afterDot   bool
}

// maxPunktSaid bounds the answers a punktSource remembers: a large
// document's chunk meets the same abbreviations before the same words
// again and again, and at about 64 bytes an answer, 65,536 of them are
// 4 MB at most.
const maxPunktSaid = 1 << 16

// splitSentencesPunkt is splitSentences with Punkt's boundaries from pk.
func splitSentencesPunkt(p string, pk *lazyPunkt) []span {
	if strings.TrimSpace(p) == "" {
		return nil
	}

	var breaks []int
	depth := 0      // depth of double quotation marks, for the ellipsis rule
	sentStart := -1 // offset of the first word of the current sentence
	for i := 0; i < len(p); {
		if c := p[i]; c > ' ' && c < 0x7f && c != '"' {
			// A printable ASCII character other than a quotation mark
			// (most of any text): neither space nor quote nor CJK
			// terminal, so all it can do is start a sentence.
			if sentStart < 0 {
				sentStart = i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		if !unicode.IsSpace(r) {
			if sentStart < 0 {
				sentStart = i
			}
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
					sentStart = -1
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
		// A word that ends in a letter or digit ends no sentence (see
		// boundaryAt, which would say so): most gaps are done here, before
		// the words around them are cut out.
		if last, _ := utf8.DecodeLastRuneInString(p[:gap]); unicode.IsLetter(last) || unicode.IsDigit(last) {
			continue
		}
		prev, next := lastWord(p[:gap]), firstWord(p[i:])
		w := words{
			prev:  prev,
			next:  next,
			after: firstWord(strings.TrimLeftFunc(p[i+len(next):], unicode.IsSpace)),
			opens: gap-len(prev) == sentStart,
			// the last dot of a spaced ". . ."
			ellipsis: prev == "." && strings.HasSuffix(strings.TrimRightFunc(p[:gap-1], unicode.IsSpace), "."),
		}
		if boundaryAt(w, func() bool { return pk.says(gap) }, depth > 0) {
			breaks = append(breaks, gap)
			sentStart = -1
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

// words are the words around a gap between words: prev before it, next
// after it and after the one after next; opens says prev is the first
// word of its sentence, ellipsis that prev ends a spaced ". . .".
type words struct {
	prev, next, after string
	opens, ellipsis   bool
}

// boundaryAt decides whether a sentence ends in the gap between the words
// w, given Punkt's opinion (asked only where it counts) and whether a
// quotation is open.
func boundaryAt(w words, punktSays func() bool, inQuote bool) bool {
	prev, next := w.prev, w.next
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
	// A word that ends in a letter or digit ("Corp.'s") ends no
	// sentence, whatever Punkt makes of its inner full stop.
	if unicode.IsLetter(last) || unicode.IsDigit(last) {
		return false
	}
	if strings.HasSuffix(core, "…") || strings.HasSuffix(core, "...") || w.ellipsis {
		return !inQuote && (unicode.IsUpper(firstLetter) || isOpener(first))
	}
	upper := unicode.IsUpper(firstLetter)
	capital := unicode.IsUpper(first) // no opening quote or bracket
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
		case abbrCompany:
			// "Acme Inc. Shares fell" ends; "Acme Inc. Chairman …",
			// "Samsung Co. Ltd.", "Earnhardt Inc. No. 1 Chevrolet" and
			// "Acme Corp. (ACME.N)" go on.
			if first == '(' || first == '[' {
				return punktSays()
			}
			if isQuote(first) {
				return true
			}
			nextWord := strings.TrimRight(bare, ",;:")
			return capital && !companyContinuations[strings.ToLower(strings.TrimRight(nextWord, "."))] &&
				abbreviationKind(nextWord) != abbrCompany && !isTicker(nextWord)
		case abbrPlace:
			// "in Mountain View, Calif. EMC intends" ends; a ZIP code or
			// a bracket goes on.
			return capital || isQuote(first)
		case abbrTime:
			// "at 3 p.m. Shares fell" ends; "3 p.m. EDT", "2 p.m.
			// Tuesday", "1 p.m. Sept. 7", "3 p.m. Arizona time" and
			// "6 p.m. (2200 GMT)" go on.
			if isQuote(first) {
				return true
			}
			return capital && !timeContinues(bare, w.after)
		case abbrConditional:
			return upper && startsSentence(bare) || isOpener(first) && punktSays()
		}
		if punktBlindSpot(word) {
			// Punkt takes "1801." for a list number and "$14.10.",
			// "4.5%." or "www.example.com." for abbreviations: decide
			// here. A number opening its sentence is an enumerator
			// ("1. Preheat the oven"); one before a month name is an
			// ordinal date ("am 3. Oktober"); no sentence is taken to
			// start with a digit ("1. 2. 3.", "pp. 12. 13").
			// (No quotation mark or bracket comes between a day and
			// its month: `August 8. "September …` ends a sentence.)
			if isEnumerator(word) && (w.opens || !isOpener(first) && monthNames[strings.ToLower(bare)]) {
				return false
			}
			return upper || isOpener(first)
		}
	}
	if punktSays() {
		return true
	}
	// Punkt misses `decisions.” “This` and `102.5. «Potremmo`: a
	// sentence end, then an opening quotation mark or bracket.
	return (last == '.' || last == '!' || last == '?') && isOpener(first)
}

// punktBlindSpot reports a word ending in a full stop that Punkt does not
// end a sentence with although it is no abbreviation: a number, amount,
// year or percentage ("1801.", "58,000.", "$14.10.", "4.5%.", "1990s."),
// a web or mail address, a dotted name (see isDottedName), or a word
// whose full stop follows a closing bracket or quote ("(D-N.Y.).",
// "“militia”.").
func punktBlindSpot(word string) bool {
	stem := strings.TrimSuffix(word, ".")
	if stem == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(stem)
	if isCloser(last) {
		return true
	}
	if strings.Contains(stem, "@") || strings.HasPrefix(strings.ToLower(stem), "www.") || strings.Contains(stem, "://") {
		return true
	}
	return isNumeric(stem) || isDottedName(stem)
}

// isDottedName reports a domain, product or file name with an inner full
// stop ("Amazon.com", "Visual Studio.Net", ".NET", "ASP.NET", "Node.js"),
// which Punkt takes for an abbreviation, so that the full stop after it
// never ends a sentence ("… bought it from Amazon.com. Once home, …"). The
// abbreviations written with inner full stops have parts of one or two
// letters ("U.S.", "Ph.D.", "a.m.", "e.g."), so a dotted name is told by
// a part of three or more letters, its last part of two or more, and a
// last part that is no abbreviation of its own ("Lt.Gen."). Cost: one
// pass over stem.
func isDottedName(stem string) bool {
	dot := strings.LastIndexByte(stem, '.')
	if dot < 0 {
		return false
	}
	long := false
	for _, part := range strings.Split(stem, ".") {
		letters := 0
		for _, r := range part {
			switch {
			case unicode.IsLetter(r):
				letters++
			case unicode.IsDigit(r) || r == '-' || r == '_':
			default:
				return false
			}
		}
		long = long || letters >= 3
	}
	last := stem[dot+1:]
	return long && utf8.RuneCountInString(last) >= 2 && abbreviationKind(last+".") == abbrNone
}

// isNumeric reports a number as news writes it: digits with separators,
// an optional currency sign or sign before and a percent sign, a
// fraction or a short lower-case unit or suffix after ("1990s", "10th",
// "5bn").
func isNumeric(stem string) bool {
	stem = strings.TrimLeft(trimCurrencyCode(stem), "$€£¥+-−~")
	digits := false
	for i, r := range stem {
		switch {
		case unicode.IsDigit(r):
			digits = true
		case r == ',' || r == '.' || r == '/' || r == ':' || r == '-':
			if !digits {
				return false
			}
		case r == '%' || r == '½' || r == '¼' || r == '¾':
			if !digits {
				return false
			}
		case unicode.IsLower(r):
			// a suffix: only lower-case letters up to the end
			if !digits || len(stem)-i > 3 {
				return false
			}
			for _, c := range stem[i:] {
				if !unicode.IsLower(c) {
					return false
				}
			}
			return true
		default:
			return false
		}
	}
	return digits
}

// trimCurrencyCode removes the country letters that wire copy writes
// before a currency sign ("A$4.57", "US$1.2", "HK$30"): one to three
// capital letters, then the sign, which stays.
func trimCurrencyCode(s string) string {
	for i := 0; i < len(s) && i <= 3; i++ {
		c := s[i]
		if c == '$' || strings.HasPrefix(s[i:], "€") || strings.HasPrefix(s[i:], "£") || strings.HasPrefix(s[i:], "¥") {
			if i > 0 {
				return s[i:]
			}
			return s
		}
		if c < 'A' || c > 'Z' {
			return s
		}
	}
	return s
}

// isEnumerator reports a list or section number: groups of one to three
// digits joined by full stops, and a full stop ("1.", "12.", "1.0.1.").
func isEnumerator(word string) bool {
	stem := strings.TrimSuffix(word, ".")
	if stem == "" {
		return false
	}
	for _, g := range strings.Split(stem, ".") {
		if g == "" || len(g) > 3 || strings.IndexFunc(g, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
			return false
		}
	}
	return true
}

// timeContinues reports whether the words next and after carry on a time
// of day ("p.m. EDT", "p.m. Tuesday", "p.m. Sept. 7", "p.m. Arizona time").
func timeContinues(next, after string) bool {
	n := strings.TrimRight(next, ".,;:")
	l := strings.ToLower(n)
	if timeFollowers[l] || monthNames[l] || monthAbbrs[l] {
		return true
	}
	// A time zone: "ET", "EDT", "GMT", "CEST".
	if len(n) >= 2 && len(n) <= 4 && strings.ToUpper(n) == n && strings.IndexFunc(n, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0 {
		return true
	}
	a := strings.ToLower(strings.TrimRight(after, ".,;:"))
	return a == "time"
}

// isTicker reports a Reuters instrument code after a company name:
// upper-case letters or digits, a full stop and one to two upper-case
// letters for the exchange ("IBM.N", "SUNW.O", "WCOEQ.PK").
func isTicker(word string) bool {
	sym, exch, ok := strings.Cut(word, ".")
	if !ok || sym == "" || len(exch) == 0 || len(exch) > 2 {
		return false
	}
	isCode := func(s string) bool {
		return strings.IndexFunc(s, func(r rune) bool { return !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') }) < 0
	}
	return isCode(sym) && isCode(exch)
}

func isQuote(r rune) bool {
	return isOpener(r) && r != '(' && r != '[' && r != '（' && r != '【'
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
	abbrCompany              // ends one before a capital, save a title: "Inc.", "Corp."
	abbrPlace                // ends one before a capital: "Calif.", "D-S.D."
	abbrTime                 // ends one before a capital, save a day or zone: "p.m."
	abbrConditional          // ends a sentence only before a typical sentence starter
)

var titleAbbrs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "mx": true, "dr": true, "prof": true, "gen": true,
	"lt": true, "col": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "cpl": true,
	"pvt": true, "adm": true, "cmdr": true, "brig": true, "sen": true, "rep": true, "reps": true,
	"sens": true, "gov": true, "amb": true, "pres": true, "supt": true, "det": true, "insp": true,
	"rev": true, "fr": true, "hon": true, "msgr": true, "messrs": true, "mmes": true, "mme": true,
	"mlle": true, "v": true, "vs": true, "gens": true, "pfc": true, "spc": true, "lieut": true,
	"atty": true,
}

var monthAbbrs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// companyAbbrs are company suffixes. "Bros." is not one of them: it is
// mostly inside a name ("Warner Bros. Discovery").
var companyAbbrs = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "cos": true, "plc": true, "llc": true,
}

// companyContinuations are capitalised words that carry on a sentence
// after a company name: "Acme Inc. Chief Executive Jane Roe said".
var companyContinuations = map[string]bool{}

// placeAbbrs are the AP abbreviations of U.S. states (the dotted ones,
// "N.Y.", are acronyms and stay conditional unless party-tagged, "D-N.Y.").
var placeAbbrs = map[string]bool{}

// timeFollowers are words that carry on a time of day after "a.m." or
// "p.m.".
var timeFollowers = map[string]bool{}

// monthNames are full month names in English, German, French, Italian
// and Spanish: a number before one is a day ("3. Oktober").
var monthNames = map[string]bool{}

var conditionalAbbrs = map[string]bool{
	"bros": true, "jr": true,
	"sr": true, "st": true, "mt": true, "ft": true, "ave": true, "blvd": true, "rd": true,
	"dept": true, "univ": true, "assn": true, "govt": true, "intl": true, "natl": true,
	"no": true, "nos": true, "fig": true, "vol": true, "ch": true, "pt": true, "sec": true,
	"art": true, "est": true, "approx": true, "etc": true,
}

// abbreviationKind classifies a word ending in a full stop.
func abbreviationKind(word string) abbrKind {
	stem := strings.ToLower(strings.TrimSuffix(word, "."))
	switch {
	case titleAbbrs[stem]:
		return abbrTitle
	case monthAbbrs[stem]:
		return abbrMonth
	case companyAbbrs[stem]:
		return abbrCompany
	case placeAbbrs[stem]:
		return abbrPlace
	case stem == "a.m" || stem == "p.m":
		return abbrTime
	case conditionalAbbrs[stem]:
		return abbrConditional
	}
	// A party and state tag: "D-Calif.", "R-N.Y.".
	if len(stem) > 2 && stem[1] == '-' && strings.ContainsRune("dri", rune(stem[0])) && placeAbbrs[strings.ReplaceAll(stem[2:], ".", "")] {
		return abbrPlace
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
	for _, w := range strings.Fields(`chairman chairwoman chief ceo cfo coo president vice executive
		director spokesman spokeswoman senior managing founder co-founder general no nos
		monday tuesday wednesday thursday friday saturday sunday`) {
		companyContinuations[w] = true
	}
	for _, w := range strings.Fields(`ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md
		mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo nh nj nm ny nc nd
		sc sd ri wva`) {
		placeAbbrs[w] = true
	}
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday today
		tomorrow yesterday tonight eastern central mountain pacific atlantic local`) {
		timeFollowers[w] = true
	}
	for _, w := range strings.Fields(`january february march april may june july august september
		october november december januar februar märz juni juli oktober dezember janvier février
		mars avril mai juin juillet août septembre octobre novembre décembre gennaio febbraio marzo
		aprile maggio giugno luglio agosto settembre ottobre dicembre enero febrero abril mayo junio
		julio septiembre setiembre octubre noviembre diciembre`) {
		monthNames[w] = true
	}
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
