package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/inorder"
	"github.com/wirediff/wirediff/words"
)

// A Quote is one direct quotation in a Document.
type Quote struct {
	// Text is what is quoted, without the quote marks; the parts of a
	// quotation that runs over several paragraphs are joined by a space.
	Text string
	// Speaker is who said it, as the text names them: a name with any
	// title before it left out ("Giuseppe Sala" for "Milan Mayor Giuseppe
	// Sala"), or a description ("a DHS spokesperson", "the post"); "" when
	// the text does not say. A pronoun ("he added") is resolved to the
	// name last given as a speaker.
	Speaker string
	// SpeakerConfidence is how sure the attribution is, from 0 to 1: 1
	// when the text names the speaker at the quotation; less for "he",
	// "she" or "the minister" resolved to a person named before (0.9 when
	// no one else fits, 0.75 for the subject just before when others were
	// named further back, 0.5 when another who fits is named in
	// between); 0 for a description ("a DHS spokesperson") or no speaker.
	SpeakerConfidence float64
	// Start and End are byte offsets in Document.Text: from the opening
	// quote mark to just after the closing one, or to the end of the
	// paragraph where a quotation is left open.
	Start, End int
	// Sentences are the indexes of the sentences the quotation overlaps.
	Sentences []int
}

// Quotes returns the direct quotations of d in order: text between double
// quote marks, straight (") or typographic (“ ” „ « »), with any single
// quotes nested inside kept as text. A quotation left open at the end of a
// paragraph continues into the next one when that one opens with a quote
// mark (the convention for quotations of several paragraphs), and ends
// with its paragraph otherwise. Single quotes are quotations only in a
// text that quotes with them alone (British style: ‘We will not allow
// this,’ Conte said), a text with no double quote mark at all (see
// singleQuoted); elsewhere they cannot be told from apostrophes.
//
// Each quotation is attributed (see Quote.Speaker) from the words around
// it: after it ("Sala told RTL", "added Sala", "he said", "— Milan Mayor
// Giuseppe Sala"), or before it in its sentence ("Conte urged the
// government to", "The statement said:"); a quotation broken by "he said"
// is two quotations with one speaker.
//
// Cost: linear in the size of d.Text (every attribution looks at a window
// of a few dozen words), plus the first use of the word list (see
// isKnownWord).
func Quotes(d *article.Document) []Quote {
	qs := findQuotes(newDocWords(d))
	out := make([]Quote, len(qs))
	for i := range qs {
		out[i] = qs[i].Quote
	}
	return out
}

// quote is a Quote with what matching needs.
type quote struct {
	Quote
	parts      [][2]int // the quoted text in Document.Text, one range per paragraph
	firstPara  int
	lastPara   int
	group      int  // index of the first quote of its group (see groupQuotes)
	proper     bool // Speaker is a name, not a description
	speakerKey string
	words      []qword // the words quoted, as compared
	// speakerWords are the bare words of Speaker (see sameSpeaker).
	speakerWords []string
}

// findQuotes finds, groups and attributes the quotations of the document
// of w.
func findQuotes(w *docWords) []quote {
	qs := unattributedQuotes(w)
	attributeQuotes(w, qs)
	return qs
}

// unattributedQuotes finds and groups the quotations of the document of w
// and reads their words, without speakers: attributeQuotes adds those.
// Cost: one pass over the text and the words quoted; on a large document
// spread over the processors (each quotation's words are its own).
func unattributedQuotes(w *docWords) []quote {
	qs := scanQuotes(w.d)
	groupQuotes(w, qs)
	rs := inorder.Ranges(len(qs), len(w.d.Text), quotesChunkBytes)
	inorder.Run(len(rs), func(c int) {
		for i := rs[c][0]; i < rs[c][1]; i++ {
			qs[i].words = quoteWords(w, qs[i].parts)
		}
	})
	return qs
}

// attributeQuotes gives each of qs, the quotations of the document of w
// from unattributedQuotes, its speaker. Cost: that of attribute, an
// analysis of the people of the whole document.
func attributeQuotes(w *docWords, qs []quote) {
	if len(qs) == 0 {
		return
	}
	attribute(w, qs)
	for i := range qs {
		qs[i].speakerWords = bareWords(qs[i].Speaker)
	}
}

// bareWords returns the bare forms (words.Bare) of the words of s.
func bareWords(s string) []string {
	var out []string
	for _, t := range words.Compounds(s, 0, true) {
		out = append(out, words.Bare(t.Text))
	}
	return out
}

// scanQuotes finds the quotation marks of d, paragraph by paragraph. A
// large document is read in chunks of paragraphs on all processors (see
// quotesChunkBytes): a chunk is read as if no quotation were open at its
// start, and read again, after the chunk before it, in the rare case
// that one was (a quotation left open at the end of that chunk's last
// paragraph, which the next may continue), so the quotations are those
// of one pass. Cost: one pass over the text, spread over the
// processors, plus a chunk again for each chunk that ends inside a
// quotation.
func scanQuotes(d *article.Document) []quote {
	single := singleQuoted(d.Text)
	rs := inorder.Ranges(len(d.Paragraphs), len(d.Text), quotesChunkBytes)
	parts := make([]quoteScan, len(rs))
	inorder.Run(len(rs), func(c int) {
		parts[c] = scanParagraphs(d, rs[c][0], rs[c][1], nil, 0, single)
	})
	n := 0
	for c := range parts {
		if c > 0 && parts[c-1].open != nil {
			parts[c] = scanParagraphs(d, rs[c][0], rs[c][1], parts[c-1].open, parts[c-1].contentStart, single)
		}
		n += len(parts[c].qs)
	}
	qs := make([]quote, 0, n+1)
	for c := range parts {
		qs = append(qs, parts[c].qs...)
	}
	if last := parts[len(parts)-1]; last.open != nil {
		if q, ok := finishQuote(d, last.open); ok {
			qs = append(qs, q)
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return qs
}

// quotesChunkBytes is the least text a chunk of paragraphs holds when
// scanQuotes reads a large document in parallel (see inorder.Ranges); a
// news article is one chunk. A variable so that tests can cut small
// texts into many chunks.
var quotesChunkBytes = 256 << 10

// A quoteScan is what scanParagraphs read: the quotations closed in its
// paragraphs, and the one still open at the end of the last (nil when
// none), with the offset its quoted text resumes at.
type quoteScan struct {
	qs           []quote
	open         *quote
	contentStart int
}

// finishQuote completes q, a quotation whose end is known: its text and
// sentences. It reports false for a quotation of no words, which is
// dropped.
func finishQuote(d *article.Document, cur *quote) (quote, bool) {
	if !keepQuote(d.Text, cur) {
		return quote{}, false
	}
	q := *cur
	var text []string
	for _, p := range q.parts {
		text = append(text, strings.TrimSpace(d.Text[p[0]:p[1]]))
	}
	q.Text = strings.Join(text, " ")
	q.Sentences = sentencesIn(d, q.Start, q.End)
	return q, true
}

// scanParagraphs reads the quotation marks of paragraphs [from, to) of
// d, with cur the quotation open before them (nil for none) and
// contentStart where its quoted text resumes. It only reads d (and cur),
// so chunks may be read at once.
func scanParagraphs(d *article.Document, from, to int, cur *quote, contentStart int, single bool) quoteScan {
	var qs []quote
	finish := func() {
		if cur != nil {
			if q, ok := finishQuote(d, cur); ok {
				qs = append(qs, q)
			}
		}
		cur = nil
	}
	for pi := from; pi < to; pi++ {
		p := d.Paragraphs[pi]
		if p.Start < 0 || p.End > len(d.Text) || p.Start > p.End {
			continue
		}
		text := d.Text[p.Start:p.End]
		i := 0
		if cur != nil {
			// A quotation left open continues when this paragraph
			// opens with a quote mark.
			j := len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
			if n := openingMark(text, j, single); n > 0 {
				contentStart = p.Start + j + n
				cur.lastPara = pi
				i = j + n
			} else {
				finish()
			}
		}
		for i < len(text) {
			_, n := utf8.DecodeRuneInString(text[i:])
			if cur == nil {
				if m := openingMark(text, i, single); m > 0 {
					cur = &quote{Quote: Quote{Start: p.Start + i}, firstPara: pi, lastPara: pi}
					contentStart = p.Start + i + m
					i += m
					continue
				}
			} else if m := closingMark(text, i, single); m > 0 {
				cur.parts = append(cur.parts, [2]int{contentStart, p.Start + i})
				cur.End = p.Start + i + m
				finish()
				i += m
				continue
			} else if m := openingMark(text, i, single); m > 0 && isSpaceBefore(text, i) {
				// A new quotation opens while one is open: the
				// first was never closed; it ends here.
				cur.parts = append(cur.parts, [2]int{contentStart, p.Start + i})
				cur.End = p.Start + i
				finish()
				continue
			}
			i += n
		}
		if cur != nil {
			cur.parts = append(cur.parts, [2]int{contentStart, p.End})
			cur.End = p.End
		}
	}
	return quoteScan{qs: qs, open: cur, contentStart: contentStart}
}

// keepQuote reports whether q quotes at least one word.
func keepQuote(text string, q *quote) bool {
	for _, p := range q.parts {
		if strings.IndexFunc(text[p[0]:p[1]], words.IsWordRune) >= 0 {
			return true
		}
	}
	return false
}

// singleQuoted reports whether text quotes with single quotes (‘…’):
// it has no double quote mark of any kind and a ‘ that opens a word. A
// text that has both keeps its single quotes as text (nested quotations,
// or apostrophes typed the wrong way round). Cost: one pass over text.
func singleQuoted(text string) bool {
	if strings.ContainsAny(text, "“”„«»\"") || strings.Contains(text, "``") {
		return false
	}
	for i := 0; ; {
		j := strings.Index(text[i:], "‘")
		if j < 0 {
			return false
		}
		i += j
		if openingSingle(text, i) > 0 {
			return true
		}
		i += len("‘")
	}
}

// openingSingle returns the length of a ‘ that opens a quotation at byte
// i of s (at the start, after a space, bracket or dash, before a word),
// or 0.
func openingSingle(s string, i int) int {
	if !strings.HasPrefix(s[i:], "‘") {
		return 0
	}
	n := len("‘")
	next, _ := utf8.DecodeRuneInString(s[i+n:])
	if (i == 0 || isSpaceBefore(s, i) || isOpenBefore(s, i)) && i+n < len(s) && (words.IsWordRune(next) || next == '…') {
		return n
	}
	return 0
}

// openingMark returns the length of the quote mark that opens a quotation
// at byte i of s, or 0. “, „, « and two backquotes always open; a
// straight " opens after a space, a bracket or a dash and before a
// non-space; a ” used the wrong way round opens when a word follows it
// directly after a space. In a text that quotes with single quotes
// (single), a ‘ opens as a straight " does.
//
// scanQuotes asks at every character of the text, so the characters that
// cannot open one are turned away first: an ASCII byte other than " and
// ` without decoding, any other rune but the marks above before the text
// around it is read.
func openingMark(s string, i int, single bool) int {
	if i >= len(s) {
		return 0
	}
	if c := s[i]; c < utf8.RuneSelf && c != '"' && c != '`' {
		return 0
	}
	if single {
		if n := openingSingle(s, i); n > 0 {
			return n
		}
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '“', '„', '«', '`', '"', '”':
	default:
		return 0
	}
	next, _ := utf8.DecodeRuneInString(s[i+n:])
	switch {
	case r == '“' || r == '„' || r == '«':
		if i+n < len(s) && !unicode.IsSpace(next) {
			return n
		}
	case r == '`' && next == '`':
		return 2
	case r == '"' || r == '”':
		atStart := i == 0 || isSpaceBefore(s, i) || isOpenBefore(s, i)
		if atStart && i+n < len(s) && (words.IsWordRune(next) || next == '‘' || next == '\'' || next == '…' || next == '.') {
			return n
		}
	}
	return 0
}

// closingMark returns the length of the quote mark that closes an open
// quotation at byte i of s, or 0: ”, », " and the doubled single quotes
// (’ or a straight single quote, then a straight single quote) that some
// publishers type for a closing double quote. In a text that quotes with
// single quotes (single), a ’ closes after a non-space and before
// anything but a letter or digit: “don’t” and “Italy’s” go on, but a
// plural possessive (“the agents’ role”) ends a quotation early, which
// the two sides of a comparison then share.
func closingMark(s string, i int, single bool) int {
	r, n := utf8.DecodeRuneInString(s[i:])
	next, nn := utf8.DecodeRuneInString(s[i+n:])
	if single && r == '’' && i > 0 && !isSpaceBefore(s, i) && !unicode.IsLetter(next) && !unicode.IsDigit(next) {
		return n
	}
	switch {
	case r == '”' || r == '»':
		return n
	case r == '"':
		// A straight quote after a space and before a word opens a
		// new quotation rather than closing this one.
		if isSpaceBefore(s, i) && i+n < len(s) && words.IsWordRune(next) {
			return 0
		}
		return n
	case (r == '’' || r == '\'') && next == '\'':
		return n + nn
	case r == '“' && i > 0 && !isSpaceBefore(s, i):
		// “ used the wrong way round, at the end of a word.
		return n
	}
	return 0
}

// sentencesIn returns the indexes of the sentences of d that overlap the
// byte range [start, end).
// Cost: O(log n + k) for n sentences, k of them in the range.
func sentencesIn(d *article.Document, start, end int) []int {
	var out []int
	// The first sentence that ends after start.
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for i := lo; i < len(d.Sentences) && d.Sentences[i].Start < end; i++ {
		if d.Sentences[i].End > start {
			out = append(out, i)
		}
	}
	return out
}

// sentenceAt returns the index of the sentence of d holding byte i, or -1.
func sentenceAt(d *article.Document, i int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= i {
		return lo
	}
	return -1
}

// groupQuotes marks runs of quotations that are pieces of one utterance:
// in one paragraph, with nothing between them but an attribution ("he
// added.", "the statement continued.") or nothing at all. An OTHER that
// quotes two pieces of a group as one quotation has not spliced them.
//
// A group holds at most maxGroup quotations, which keeps matching linear
// on a paragraph of a thousand quotations.
func groupQuotes(w *docWords, qs []quote) {
	size := 0
	for i := range qs {
		qs[i].group = i
		if i == 0 || qs[i].firstPara != qs[i-1].lastPara || size >= maxGroup {
			size = 1
			continue
		}
		size++
		between := w.span(qs[i-1].End, qs[i].Start)
		if len(between) == 0 || len(between) <= 15 && hasSpeechVerb(between) {
			qs[i].group = qs[i-1].group
		} else {
			size = 1
		}
	}
}

// maxGroup is the most quotations one utterance is taken to be broken
// into.
const maxGroup = 8

func hasSpeechVerb(toks []words.Compound) bool {
	for _, t := range toks {
		if speechVerbs[words.Key(t.Text)] {
			return true
		}
	}
	return false
}

// isSpaceBefore reports whether the rune before s[i] is white space.
func isSpaceBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r)
}

// isOpenBefore reports whether the rune before s[i] opens a phrase (a
// bracket or a dash), after which a straight quote mark opens a quotation.
func isOpenBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r == '(' || r == '[' || r == '—' || r == '–'
}
