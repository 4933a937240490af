package check

import (
	"github.com/wirediff/wirediff/internal/inorder"
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/words"
)

// A Typo is a word of the OTHER that looks wrongly spelt, or spelt the
// other side of the Atlantic.
type Typo struct {
	// Base is the BASE word that Other replaced; "" for a misspelling.
	Base  string
	Other string
	// Kind is "typo" (a near miss of the BASE word it replaced: "Italy"
	// became "Italer"; or, anywhere in the OTHER, a capitalised word that
	// is a near miss of a name of the BASE, see nearName), "variant" (the
	// same word in British or American spelling: "organizations" became
	// "organisations"; not an error) or "misspelling" (a word found
	// neither in the BASE nor in the word list).
	Kind TypoKind
	// Sentence is the OTHER sentence holding the word; BaseSentence the
	// BASE sentence it was linked to (for a near miss of a name or a
	// fused word, the one
	// where the BASE first writes the name), or -1 for a misspelling.
	Sentence, BaseSentence int
	// Start and End are the byte offsets of the word in the OTHER's
	// Document.Text.
	Start, End int
	// BaseStart and BaseEnd are the byte offsets of the BASE word in the
	// BASE's Document.Text; -1 when there is none (a misspelling).
	BaseStart, BaseEnd int
	// Confidence and Reason: see QuoteChange.
	Confidence float64
	Reason     string
}

// typos finds the typos and variants among the words replaced in edited
// sentences (and in identical ones, whose diff may still hold spelling
// variants: align counts a respelling alone as no change), then the misspellings among the words of the OTHER that the
// BASE does not have. Cost: linear in the size of the documents and
// diffs, with a word-list lookup (O(log n)) and a stem per word.
func (r *checkRun) typos() []Typo {
	c := r.c
	var out []Typo
	flagged := map[int]bool{} // start offsets of words already reported
	for li, l := range c.Sentences {
		if (l.Kind != align.Edited && l.Kind != align.Identical) || len(l.Diff) == 0 || len(l.Base) == 0 || len(l.Other) == 0 {
			continue
		}
		for _, rp := range r.replacements(li, l) {
			kind, reason, conf := replacementKind(rp.base, rp.other), "", 0.0
			if kind == "" && rp.alone && words.Confused(rp.base, rp.other) {
				kind, reason = TypoNearMiss, confusedReason
			}
			if kind == "" || rp.start < 0 {
				continue
			}
			if kind == TypoNearMiss && reason == "" && isKnownWord(words.Bare(rp.other)) && r.otherHas(l, words.Bare(rp.base)) {
				// "Three warships …" → "There are three warships": the
				// word is still there, moved, and the word paired with it
				// is another word, no swap of two letters.
				continue
			}
			if kind == TypoNearMiss && reason == "" && romanised(rp.base, rp.other) {
				conf, reason = 0.4, romanisedReason
			}
			out = append(out, Typo{
				Base: rp.base, Other: rp.other, Kind: kind,
				Sentence: sentenceAt(c.Other, rp.start), BaseSentence: l.Base[0],
				Start: rp.start, End: rp.end, Reason: reason, Confidence: conf,
			})
			flagged[rp.start] = true
		}
	}
	return append(out, r.misspellings(flagged)...)
}

// otherHas reports whether the OTHER sentences of record l hold a word
// whose bare form is bare. Cost: one pass over their words.
func (r *checkRun) otherHas(l align.SentenceLink, bare string) bool {
	w := r.other
	for _, s := range l.Other {
		if s < 0 || s >= len(w.d.Sentences) {
			continue
		}
		for i := w.first[s]; i < w.first[s+1]; i++ {
			if w.bareAt(i) == bare {
				return true
			}
		}
	}
	return false
}

// A replacement is a BASE word replaced by an OTHER word in a diff; start
// and end locate the OTHER word in its document (-1 when it could not be
// found, which only a diff that does not spell the OTHER's sentences can
// cause: such a word is not reported). alone tells that the change holds
// just these two words: the rest of the sentence around them is kept.
type replacement struct {
	base, other string
	start, end  int
	alone       bool
}

// initialUnknownReason is the reason of a misspelling held back: a word
// the word list lacks, capitalised at the start of a sentence, where a
// name cannot be told from a word.
const initialUnknownReason = "in neither the BASE nor the word list, but capitalised at the start of a sentence: perhaps a name"

// confusedReason is the reason of a typo that is another English word
// often written for the BASE word (see words.Confused).
const confusedReason = "a word often written by mistake for the BASE word"

// replacements pairs the deleted and inserted words of each change in the
// diff of record l: word for word when a change deletes as many words as
// it inserts, otherwise by least spelling distance (pairWords).
func (r *checkRun) replacements(li int, l align.SentenceLink) []replacement {
	// The OTHER words of the record, to locate inserted words by
	// counting: the k-th "Italer" of the diff is the k-th in the text.
	// They are read, bare as the OTHER's words keep them, only for a
	// change that pairs words.
	w := r.other
	locate := func(bw string, k int) (int, int) {
		for _, s := range l.Other {
			if s < 0 || s >= len(w.d.Sentences) {
				continue
			}
			for i := w.first[s]; i < w.first[s+1]; i++ {
				if w.bareAt(i) == bw {
					if k == 0 {
						return int(w.at[i].start), int(w.at[i].end)
					}
					k--
				}
			}
		}
		return -1, -1
	}
	ld := r.diff(li)
	var out []replacement
	for _, ch := range ld.changes {
		del := overlapping(ld.btoks, ch.del[0], ch.del[1])
		ins := overlapping(ld.otoks, ch.ins[0], ch.ins[1])
		for _, p := range pairWords(del, ins) {
			b, o := del[p[0]], ins[p[1]]
			// How many times the OTHER side of the diff has the word
			// before this one.
			k := 0
			bo := words.Bare(o.Text)
			for _, t := range ld.otoks {
				if t.Start >= o.Start {
					break
				}
				if words.Bare(t.Text) == bo {
					k++
				}
			}
			start, end := locate(bo, k)
			out = append(out, replacement{base: b.Text, other: o.Text, start: start, end: end, alone: len(del) == 1 && len(ins) == 1})
		}
	}
	return out
}

// pairWords pairs the words of a change: in order when both sides have as
// many, otherwise by a small alignment that pairs each inserted word with
// at most one deleted word, in order, preferring close spellings. Pairs
// more than half different are left out. Cost: O(len(del)·len(ins)), and
// changes of more than 40 words on a side are not paired.
func pairWords(del, ins []words.Compound) [][2]int {
	var out [][2]int
	if len(del) == len(ins) {
		for i := range del {
			out = append(out, [2]int{i, i})
		}
		return out
	}
	m, n := len(del), len(ins)
	if m == 0 || n == 0 || m > 40 || n > 40 {
		return nil
	}
	cost := func(i, j int) float64 {
		a, b := words.Bare(del[i].Text), words.Bare(ins[j].Text)
		return float64(distance(a, b, 64)) / float64(max(utf8.RuneCountInString(a), utf8.RuneCountInString(b), 1))
	}
	const skip = 0.5
	dp := make([][]float64, m+1)
	for i := range dp {
		dp[i] = make([]float64, n+1)
		for j := range dp[i] {
			switch {
			case i == 0:
				dp[i][j] = float64(j) * skip
			case j == 0:
				dp[i][j] = float64(i) * skip
			default:
				dp[i][j] = min(dp[i-1][j-1]+cost(i-1, j-1), dp[i-1][j]+skip, dp[i][j-1]+skip)
			}
		}
	}
	for i, j := m, n; i > 0 && j > 0; {
		switch c := cost(i-1, j-1); {
		case dp[i][j] == dp[i-1][j-1]+c:
			if c < skip {
				out = append(out, [2]int{i - 1, j - 1})
			}
			i, j = i-1, j-1
		case dp[i][j] == dp[i-1][j]+skip:
			i--
		default:
			j--
		}
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// replacementKind says what replacing BASE word b by OTHER word o is: a
// "variant" (British/American spelling), a "typo" (a near miss: one or two
// edits apart, Damerau–Levenshtein, one for words of four letters or
// fewer; not the same Snowball stem, so "deploy"/"deployed" is an
// inflection; and not another English word, unless two letters of a word
// in the same case were swapped: "form"/"from"), or "" for an ordinary
// edit.
func replacementKind(b, o string) TypoKind {
	bb, ob := words.Bare(b), words.Bare(o)
	if bb == ob || bb == "" || ob == "" || words.HasDigit(bb) || words.HasDigit(ob) {
		return ""
	}
	if words.SpellingVariant(bb, ob) {
		return TypoVariant
	}
	if strings.ReplaceAll(bb, "-", "") == strings.ReplaceAll(ob, "-", "") {
		return "" // "pre-dawn" and "predawn": a house style, no typo
	}
	if builtOn(b, o) || builtOn(o, b) {
		return "" // "vCJD" for "CJD", "AtStake" for "Stake": another name
	}
	if words.Unaccented(bb) == words.Unaccented(ob) {
		return "" // "Chrétien" and "Chretien": a house style that writes no accents
	}
	if isFactWord(bb) && isFactWord(ob) {
		return "" // two → three is a changed fact, not a typo
	}
	if english.Stem(bb, false) == english.Stem(ob, false) {
		return ""
	}
	short := min(utf8.RuneCountInString(bb), utf8.RuneCountInString(ob))
	if short < 3 {
		return ""
	}
	limit := 2
	if short <= 4 {
		limit = 1
	}
	d := distance(bb, ob, limit)
	if d > limit {
		return ""
	}
	if isKnownWord(ob) && !(d == 1 && isTransposition(bb, ob) && words.IsCapitalised(b) == words.IsCapitalised(o)) && !nameTurnedWord(b, o, bb) {
		return ""
	}
	return TypoNearMiss
}

// builtOn reports whether long is short with letters glued before or
// after it, the join marked by a capital inside long: "vCJD" and "CJD",
// "AtStake" and "Stake", "InternationalCo" and "International", a name
// made from another (a product, a brand, a disease), not a slip of the
// keyboard, which adds no capital inside a word ("Iitaly" is a typo).
func builtOn(long, short string) bool {
	ll, ls := strings.ToLower(long), strings.ToLower(short)
	if len(long) <= len(short) || short == "" || len(ll) != len(long) || len(ls) != len(short) {
		return false
	}
	if strings.HasSuffix(ll, ls) {
		r, _ := utf8.DecodeRuneInString(long[len(long)-len(short):])
		return unicode.IsUpper(r)
	}
	if strings.HasPrefix(ll, ls) {
		r, _ := utf8.DecodeRuneInString(long[len(short):])
		return unicode.IsUpper(r)
	}
	return false
}

// nameTurnedWord reports whether a name of the BASE (capitalised, not in
// the word list, no acronym) is replaced by a listed word still written
// with a capital: "Calenda" as "Calendar", "Sala" as "Salt", what a spelling
// corrector does to a name it does not know. A writer who meant another
// word would not keep the name's capital; one who meant another name
// would rarely pick one a letter or two from the first.
func nameTurnedWord(b, o, bb string) bool {
	return words.IsCapitalised(b) && words.IsCapitalised(o) && !words.IsAcronym(b) && !words.IsAcronym(o) && !isKnownWord(bb)
}

// distance returns the Damerau–Levenshtein distance (optimal string
// alignment: insertions, deletions, substitutions and swaps of two
// neighbouring letters) between a and b, in runes, or limit+1 when it is
// more than limit. Only the cells within limit of the diagonal are
// computed: a cell further off holds a distance over the limit, so it is
// read as limit+1, which leaves every result up to the limit exact. Two
// long words (a URL of 100,000 letters on each side) thus cost time in
// proportion to their length, not to its square.
// Cost: O((len(a)+len(b))·limit) time, O(len(b)) memory.
func distance(a, b string, limit int) int {
	if a == b {
		return 0
	}
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	over := limit + 1
	// Three rows; those of a word or a short name fit on the stack.
	var rows [3 * 33]int
	n := len(rb) + 1
	var prev2, prev, cur []int
	if n <= len(rows)/3 {
		prev2, prev, cur = rows[:n], rows[n:2*n], rows[2*n:3*n]
	} else {
		prev2, prev, cur = make([]int, n), make([]int, n), make([]int, n)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		lo, hi := max(1, i-limit), min(len(rb), i+limit)
		// The cells just outside the band, which the next cells read.
		if lo == 1 {
			cur[0] = i
		} else {
			cur[lo-1] = over
		}
		if hi < len(rb) {
			cur[hi+1] = over
		}
		rowMin := cur[lo-1]
		for j := lo; j <= hi; j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return over
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(rb)], over)
}

// isTransposition reports whether b is a with two neighbouring letters
// swapped.
func isTransposition(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	for i := 0; i+1 < len(ra); i++ {
		if ra[i] != rb[i] {
			return ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
		}
	}
	return false
}

// misspellings returns the words of the OTHER's compared sentences that
// are neither in the BASE nor English, each word once (at its first
// place). Names are never misspellings: a capitalised word other than at
// the start of a sentence, or one capitalised anywhere else in either
// article, an acronym or a word with a capital inside (McLaughlin); nor are
// numbers, abbreviations (words with dots) and words under three letters.
// A capitalised word that is a near miss of a name of the BASE (see
// nearName) is returned as a typo of that name instead. Words already
// reported (flagged, by start offset) are left out.
func (r *checkRun) misspellings(flagged map[int]bool) []Typo {
	c := r.c
	known, baseNames := r.base.known, r.base.nameList
	// names are the capitalised words not at a sentence start, in either
	// article.
	names := r.names
	if names == nil {
		names = misspellingNames(r.base, r.other)
	}
	var out []Typo
	reported := map[string]bool{}
	// lowerBase is the BASE's text folded, made at its first use.
	lowerBase, lowered := "", false
	// clean holds the forms, as written, that gave no finding and were
	// not left out for their context, by whether they start a sentence:
	// every test below but the context's reads only the form, whether it
	// is Initial and the run's fixed sets, so a form met again gives no
	// finding again. A large document repeats its words: one map look-up
	// per word instead of the tests (most of this function's time).
	var clean [2]map[string]bool
	clean[0], clean[1] = map[string]bool{}, map[string]bool{}
	var toks []words.Compound // the words of sentence s; one slice for all
	var first int
	for _, l := range c.Sentences {
		if l.Kind == align.Identical || l.Kind == align.Dropped {
			continue
		}
		for _, s := range l.Other {
			if s < 0 || s >= len(c.Other.Sentences) || r.quiet != nil && r.quiet[s] {
				continue
			}
			st := c.Other.Sentences[s]
			toks, first = r.other.appendSentence(toks[:0], s), r.other.first[s]
			links := linkSpans(c.Other.Text[st.Start:st.End], st.Start)
			for k, t := range toks {
				initial := 0
				if t.Initial {
					initial = 1
				}
				if clean[initial][t.Text] {
					continue
				}
				b := r.other.bareAt(first + k)
				if flagged[t.Start] || reported[b] || inSpans(links, t.Start) {
					continue
				}
				if fb, conf, ok := fusedWord(t.Text, known, names, c.Base.Text); ok {
					reported[b] = true
					bs, be := -1, -1
					if i := strings.Index(c.Base.Text, fb); i >= 0 && fb != "" {
						bs, be = i, i+len(fb)
					}
					out = append(out, Typo{
						Base: fb, Other: t.Text, Kind: TypoFused,
						Sentence: s, BaseSentence: sentenceAt(c.Base, max(bs, 0)),
						Start: t.Start, End: t.End, BaseStart: bs, BaseEnd: be,
						Confidence: conf, Reason: "two words run together: the space between them is missing",
					})
					continue
				}
				if n, ok := nearName(t, b, known, baseNames); ok {
					reported[b] = true
					ty := Typo{
						Base: n.text, Other: t.Text, Kind: TypoNearMiss,
						Sentence: s, BaseSentence: n.sentence,
						Start: t.Start, End: t.End,
					}
					if romanised(n.text, t.Text) {
						ty.Confidence, ty.Reason = 0.4, romanisedReason
					}
					out = append(out, ty)
					continue
				}
				if !mayBeMisspelt(t, b, names) {
					clean[initial][t.Text] = true
					continue
				}
				if t.Initial && words.IsCapitalised(t.Text) && k+1 < len(toks) && words.IsCapitalised(toks[k+1].Text) &&
					strings.TrimSpace(c.Other.Text[t.End:toks[k+1].Start]) == "" {
					continue // the first name of "Alessandro Zan, …"
				}
				n := len(out)
				for _, part := range strings.Split(b, "-") {
					if utf8.RuneCountInString(part) >= 3 && !known[part] && !isKnownWord(part) {
						if l, r, ok := splitCompound(part, known); ok {
							if !lowered {
								lowerBase, lowered = strings.ToLower(c.Base.Text), true
							}
							if spaced := l + " " + r; strings.Contains(lowerBase, spaced) {
								reported[b] = true
								out = append(out, Typo{
									Base: spaced, Other: t.Text, Kind: TypoFused,
									Sentence: s, BaseSentence: -1, Start: t.Start, End: t.End,
									BaseStart: -1, BaseEnd: -1, Confidence: 0.85,
									Reason: "two words of the BASE run together: the space between them is missing",
								})
								break
							}
							if closedCompound(part, known) {
								break // a closed compound ("lockdown", "livestream"): a word
							}
						}
						reported[b] = true
						ty := Typo{
							Other: t.Text, Kind: TypoMisspelling,
							Sentence: s, BaseSentence: -1,
							Start: t.Start, End: t.End,
						}
						if t.Initial && words.IsCapitalised(t.Text) {
							// "Copps, one of two Democrats, …": news starts
							// sentences with surnames the word list lacks far
							// more often than with a misspelt word.
							ty.Confidence, ty.Reason = 0.45, initialUnknownReason
						}
						out = append(out, ty)
						break
					}
				}
				if len(out) == n {
					clean[initial][t.Text] = true
				}
			}
		}
	}
	return out
}

// misspellingNames returns the names the spelling checks know: the
// capitalised words not at a sentence start, bare, of the BASE b and of
// the OTHER w. Cost: a copy of the two sets.
func misspellingNames(b *Base, w *docWords) map[string]bool {
	names := maps.Clone(b.names)
	maps.Copy(names, w.names)
	return names
}

// quietMinBytes is the size of OTHER from which PrepareOther reads which
// of its sentences the spelling checks cannot find anything in (see
// quietSentences); on a smaller one misspellings reads every sentence
// it checks, as fast.
var quietMinBytes = 256 << 10

// quietSentences reports, for each sentence of w (the OTHER of a run
// against b, names as misspellingNames gives them), whether misspellings
// cannot find anything in it: each of its words, read alone, is no fused
// word, no near miss of a BASE name, and either cannot be misspelt or is
// made of known words (see quietWord). What misspellings finds in any
// other sentence does not depend on these, which it then passes over:
// its findings are the same. This reads the whole OTHER before the
// comparison is known, on all processors and beside it (see
// report.compare), so that misspellings, which waits for the
// comparison, reads only the few sentences where a typo may be: most of
// a large OTHER that repeats its words is quiet.
//
// Cost: one pass over the words of w, spread over the processors, with
// the tests of misspellings once per written form and chunk.
func quietSentences(b *Base, w *docWords, names map[string]bool) []bool {
	quiet := make([]bool, len(w.d.Sentences))
	rs := inorder.Ranges(len(w.d.Sentences), len(w.d.Text), wordsChunkBytes)
	inorder.Run(len(rs), func(c int) {
		var toks []words.Compound
		// known[initial][text] is quietWord of the form, read once.
		var known [2]map[string]bool
		known[0], known[1] = map[string]bool{}, map[string]bool{}
		for s := rs[c][0]; s < rs[c][1]; s++ {
			first := w.first[s]
			toks = w.appendSentence(toks[:0], s)
			quiet[s] = true
			for k, t := range toks {
				initial := 0
				if t.Initial {
					initial = 1
				}
				q, ok := known[initial][t.Text]
				if !ok {
					q = quietWord(b, t, w.bareAt(first+k), names)
					known[initial][t.Text] = q
				}
				if !q {
					quiet[s] = false
					break
				}
			}
		}
	})
	return quiet
}

// quietWord reports whether misspellings can find nothing in word t of
// the OTHER (b its bare form) wherever it stands: it is no fused word
// and no near miss of a BASE name, and either cannot be misspelt or each
// of its parts is a BASE word, a known word or shorter than three
// letters. Those tests read only the word and the run's fixed sets.
func quietWord(b *Base, t words.Compound, bare string, names map[string]bool) bool {
	// Whether a word is fused does not depend on the BASE's text, which
	// only sets the finding's confidence: none is searched here (a search
	// of a large BASE per form cost more than the pass saves).
	if _, _, ok := fusedWord(t.Text, b.known, names, ""); ok {
		return false
	}
	if _, ok := nearName(t, bare, b.known, b.nameList); ok {
		return false
	}
	if !mayBeMisspelt(t, bare, names) {
		return true
	}
	for _, part := range strings.Split(bare, "-") {
		if utf8.RuneCountInString(part) >= 3 && !b.known[part] && !isKnownWord(part) {
			return false
		}
	}
	return true
}

// fusedWord reports whether word w of the OTHER is two words run
// together where a digit meets a letter ("80aftershocks") or a lower-case
// letter a capital ("administratorHasan"): each part a number, a word of
// the BASE, a name of either article or an English word, the word part
// four letters or more (so "5km", "10am", "1990s" and "2nd" pass), and no
// capitalised first part ("PlayStation", "COVID19" are names). It
// returns the two words as the BASE writes them, when it does (then the
// confidence is high), else joined by a space.
func fusedWord(w string, known, names map[string]bool, baseText string) (string, float64, bool) {
	rs := []rune(w)
	cut := -1
	for i := 1; i < len(rs); i++ {
		a, b := rs[i-1], rs[i]
		digitLetter := unicode.IsDigit(a) && unicode.IsLetter(b) || unicode.IsLetter(a) && unicode.IsDigit(b)
		if digitLetter || unicode.IsLower(a) && unicode.IsUpper(b) {
			if cut >= 0 {
				return "", 0, false // more than one seam: a code, not a slip
			}
			cut = i
		}
	}
	if cut < 0 {
		return "", 0, false
	}
	left, right := string(rs[:cut]), string(rs[cut:])
	if unicode.IsUpper(rs[0]) {
		return "", 0, false // a name or a code: "PlayStation", "COVID19"
	}
	ok := func(p string) bool {
		if isAllDigits(strings.ReplaceAll(strings.ReplaceAll(p, ",", ""), ".", "")) {
			return true
		}
		k := strings.ToLower(p)
		if utf8.RuneCountInString(k) < 3 {
			return false
		}
		return known[k] || names[k] || isKnownWord(k)
	}
	if !ok(left) || !ok(right) {
		return "", 0, false
	}
	for _, p := range []string{left, right} {
		if !words.HasDigit(p) && utf8.RuneCountInString(p) < 4 {
			return "", 0, false
		}
	}
	spaced := left + " " + right
	if strings.Contains(baseText, spaced) {
		return spaced, 0.9, true
	}
	return spaced, 0.6, true
}

// splitCompound splits folded word w into two words, each of three
// letters or more, known to the BASE or the word list, the longest first
// part first. Cost: one word-list lookup per split point.
func splitCompound(w string, known map[string]bool) (string, string, bool) {
	isWord := func(p string) bool { return known[p] || isKnownWord(p) }
	for i := len(w) - 3; i >= 3; i-- {
		if !utf8.RuneStart(w[i]) {
			continue
		}
		if isWord(w[:i]) && isWord(w[i:]) {
			return w[:i], w[i:], true
		}
	}
	return "", "", false
}

// closedCompound reports whether folded word w splits anywhere into two
// known words of four letters or more ("lockdown", "closedown", whose
// longest first part, "closed" + "own", is too short a second): a
// compound news coins, not a misspelling. Shorter parts are how two
// words run together look ("canonly", "willon"). Cost: one word-list
// lookup per split point.
func closedCompound(w string, known map[string]bool) bool {
	isWord := func(p string) bool { return known[p] || isKnownWord(p) }
	for i := 4; i <= len(w)-4; i++ {
		if utf8.RuneStart(w[i]) && utf8.RuneCountInString(w[:i]) >= 4 && utf8.RuneCountInString(w[i:]) >= 4 && isWord(w[:i]) && isWord(w[i:]) {
			return true
		}
	}
	return false
}

// A baseName is a capitalised word of the BASE that does not start a
// sentence and is neither an acronym nor a title: key is its bare form,
// text as written, sentence where it first appears.
type baseName struct {
	key, text string
	sentence  int
}

// nearName reports whether token t of the OTHER (b its bare form) may be a
// misspelt name of the BASE, and which: t is capitalised, at least four
// letters, all Latin, no acronym and no capital inside; neither a BASE
// word (known) nor an English word; and one edit (Damerau–Levenshtein)
// from a name of four letters, two from a longer one, starting with the
// same letter, neither the start of the other ("Milano" is Milan's own
// name, not a slip) and not of the same Snowball stem. Titles ("Mayor")
// are no names here: "Maher" is not "Mayor" misspelt. "Italer" is "Italy"
// misspelt; "Piantedosi" or "Livigno", found in no BASE, are near no name
// and pass. The closest name wins, the first in BASE order on a tie.
//
// Cost: one bounded edit distance per BASE name (O(n·m) for words of n
// and m letters), for the few capitalised words the word list lacks.
func nearName(t words.Compound, b string, known map[string]bool, names []baseName) (baseName, bool) {
	if !words.IsCapitalised(t.Text) || words.IsAcronym(t.Text) || known[b] ||
		utf8.RuneCountInString(b) < 4 || words.HasDigit(b) || strings.ContainsAny(b, ".-") {
		return baseName{}, false
	}
	for i, r := range strings.TrimLeft(t.Text, "-") {
		if i > 0 && unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return baseName{}, false
		}
	}
	if isKnownWord(b) {
		return baseName{}, false
	}
	first, _ := utf8.DecodeRuneInString(b)
	best, bestD := -1, 3
	plain := words.Unaccented(b)
	for i, n := range names {
		if plain != b && plain == words.Unaccented(n.key) {
			return baseName{}, false // the name without its accents
		}
		if r, _ := utf8.DecodeRuneInString(n.key); r != first {
			continue
		}
		short := min(utf8.RuneCountInString(b), utf8.RuneCountInString(n.key))
		if short < 4 {
			continue
		}
		limit := 2
		if short == 4 {
			limit = 1
		}
		if strings.HasPrefix(b, n.key) || strings.HasPrefix(n.key, b) {
			continue // another form of the name: "Milano" for "Milan"
		}
		if d := distance(b, n.key, limit); d <= limit && d < bestD && english.Stem(b, false) != english.Stem(n.key, false) {
			best, bestD = i, d
		}
	}
	if best < 0 {
		return baseName{}, false
	}
	return names[best], true
}

// linkSpans returns the byte ranges (plus base) of the web and e-mail
// addresses in s, whose words are no English: from "http://", "https://"
// or "www." to the next space, and the space-free runs holding an "@".
func linkSpans(s string, base int) [][2]int {
	// Most sentences hold no address: no "@", and no "http" or "www."
	// in any case (lower-casing makes neither of other letters).
	if strings.IndexByte(s, '@') < 0 && !containsFoldASCII(s, "http") && !containsFoldASCII(s, "www.") {
		return nil
	}
	var out [][2]int
	for i := 0; i < len(s); {
		j := strings.IndexFunc(s[i:], unicode.IsSpace)
		if j < 0 {
			j = len(s) - i
		}
		w := strings.ToLower(s[i : i+j])
		if k := strings.Index(w, "http://"); k >= 0 {
			out = append(out, [2]int{base + i + k, base + i + j})
		} else if k := strings.Index(w, "https://"); k >= 0 {
			out = append(out, [2]int{base + i + k, base + i + j})
		} else if k := strings.Index(w, "www."); k >= 0 {
			out = append(out, [2]int{base + i + k, base + i + j})
		} else if strings.Contains(w, "@") {
			out = append(out, [2]int{base + i, base + i + j})
		}
		i += j
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
	}
	return out
}

// containsFoldASCII reports whether s holds lower, ASCII lower-case
// letters and punctuation, in any mix of cases.
func containsFoldASCII(s, lower string) bool {
	for i := 0; i+len(lower) <= len(s); i++ {
		j := 0
		for j < len(lower) && (s[i+j] == lower[j] || s[i+j]|0x20 == lower[j] && lower[j] >= 'a' && lower[j] <= 'z') {
			j++
		}
		if j == len(lower) {
			return true
		}
	}
	return false
}

func inSpans(spans [][2]int, at int) bool {
	for _, sp := range spans {
		if at >= sp[0] && at < sp[1] {
			return true
		}
	}
	return false
}

// mayBeMisspelt reports whether token t (b folded) is a word the word list
// should know: not a name, number, abbreviation or short word.
func mayBeMisspelt(t words.Compound, b string, names map[string]bool) bool {
	if utf8.RuneCountInString(b) < 3 || words.HasDigit(b) || strings.Contains(b, ".") || strings.Contains(words.Key(t.Text), ".") {
		return false
	}
	if words.IsCapitalised(t.Text) && (!t.Initial || names[b]) || words.IsAcronym(t.Text) {
		return false
	}
	for _, r := range b {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false // the word list is English: it cannot judge 冬季 or Олимпиада
		}
	}
	first := true
	for _, r := range strings.TrimLeft(t.Text, "-") {
		if !first && unicode.IsUpper(r) {
			return false // McLaughlin, iPhone
		}
		first = false
	}
	return true
}
