package align

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/wirediff/wirediff/words"
)

// A vocab numbers the stems of one comparison and weighs them.
//
// The weight of a stem is the product of two factors:
//   - informativeness against the background table (freqTable), so that
//     "the" counts for little and "Calenda" or "102.5" for much;
//   - rarity inside the comparison, ln(1+S/df)/ln(1+S/2) for a stem found
//     in df > 2 of the S sentences compared (1 for df ≤ 2: a word found only
//     in a sentence and its counterpart keeps its full weight), so that the
//     words of the story itself (ICE, Milan, Olympics: in half the sentences
//     of both articles, factor about 0.3) count less than what a sentence
//     alone says. With full weight for pair-specific words, thresholds
//     measured on isolated sentence pairs (similarity) carry over.
//
// Weights are integers (thousandths) so that every sum is exact and the
// same in any order: scores do not depend on which document is BASE.
type vocab struct {
	bg *freqTable
	// parent, when not nil, is the read-only vocab this one extends (a
	// prepared BASE's, see Base): its stems keep their ids, shared by every
	// comparison with that BASE, and ids and byWord here hold only what
	// it lacks.
	parent *vocab
	// stemmed caches, in a vocab that others extend, the stems of words
	// met by those others (word -> stemmed): in an N-way run each word is
	// stemmed and looked up in the background table once, not once per
	// OTHER. Safe for concurrent use; it grows with the distinct words
	// of the OTHERs compared with one BASE.
	stemmed sync.Map
	ids     map[string]int32 // stem -> id
	byWord  map[string]int32 // lower-cased word -> stem id (stemming is the costly part)
	stems   []string
	num     []bool    // the stem is a number
	beat    []bool    // the stem is vocabulary of the news beat (see isBeat)
	info    []float64 // background informativeness
	df      []int32   // sentences containing the stem
	w       []int64   // final weight, thousandths
	// figs holds what each number among the stems is worth, read once
	// by finish (see figureOf); only read after, so forks share it.
	figs map[int32]figure

	trigrams   [][]uint64 // per stem, for fuzzy matching (see grams)
	gramsDone  []bool
	relGroups  [][]int32 // per stem, its groups of related words (see groups)
	relDone    []bool
	lexPart    [][]string // per stem, its partners in the paraphrase table
	lexDone    []bool
	row        []int64    // scratch of the LCS: its row,
	lcsHead    []int32    // the first position of each stem in the second sequence,
	lcsNext    []int32    // the next position of the same stem,
	lcsMatches []lcsMatch // and the matches of a word
	// toks is analyse's scratch: the tokens of the sentence at hand,
	// reused from one sentence to the next.
	toks []words.Token
	// lists is analyse's scratch for the stem lists of the sentence at
	// hand, before they are copied into one exact allocation (see pack).
	lists idLists
	// seen and stamp are distinct's scratch: seen[id] == stamp marks a
	// stem met in the sentence at hand.
	seen  []uint32
	stamp uint32
	// score's scratch, reused from one pair of sentences to the next (a
	// pair is scored in microseconds, and these were most of its
	// allocations): the stems each side has alone, the stems of each side
	// in the running for a fuzzy or related partner, the candidate
	// pairings, and the pairs chosen.
	only    [2][]int32
	running [2][]int32
	cands   []stemPair
	chosen  [][2]int32
}

func newVocab() *vocab {
	return &vocab{bg: background(), ids: map[string]int32{}, byWord: map[string]int32{}}
}

// known returns the stem id of a lower-cased word already seen, in v or
// in the vocab it extends, without adding it.
func (v *vocab) known(word string) (int32, bool) {
	if v.parent != nil {
		if id, ok := v.parent.byWord[word]; ok {
			return id, true
		}
	}
	id, ok := v.byWord[word]
	return id, ok
}

// wordID returns the stem id of a lower-cased word.
func (v *vocab) wordID(word string) int32 {
	if v.parent != nil {
		if id, ok := v.parent.byWord[word]; ok {
			return id
		}
	}
	if id, ok := v.byWord[word]; ok {
		return id
	}
	num := words.HasDigit(word)
	var known stemmed
	cached := false
	if v.parent != nil {
		if e, ok := v.parent.stemmed.Load(word); ok {
			known, cached = e.(stemmed), true
		}
	}
	stem := known.stem
	if !cached {
		stem = word
		if !num {
			stem = english.Stem(word, true)
		}
	}
	id, ok := v.ids[stem]
	if !ok && v.parent != nil {
		id, ok = v.parent.ids[stem]
	}
	if !ok {
		info := known.info
		if !cached {
			info = v.bg.informativeness(stem)
		}
		id = int32(len(v.stems))
		v.ids[stem] = id
		v.stems = append(v.stems, stem)
		v.num = append(v.num, num)
		v.beat = append(v.beat, !num && isBeat(stem))
		v.info = append(v.info, info)
		v.df = append(v.df, 0)
	}
	if !cached && v.parent != nil {
		v.parent.stemmed.Store(word, stemmed{stem, v.info[id]})
	}
	v.byWord[word] = id
	return id
}

// stemmed is what a comparison learns of a word that its BASE lacks: its
// stem and the stem's background informativeness, kept in the BASE's
// vocab for the next comparison.
type stemmed struct {
	stem string
	info float64
}

// extend returns a vocab that starts as a copy of v (a vocab without a
// parent) and leaves v untouched: its numbering goes on from v's, and its
// lookups fall back on v's maps instead of copying them.
//
// Cost: a copy of v's per-stem slices, O(stems).
func (v *vocab) extend() *vocab {
	return &vocab{
		bg: v.bg, parent: v,
		ids: map[string]int32{}, byWord: map[string]int32{},
		stems: slices.Clip(v.stems), num: slices.Clip(v.num), beat: slices.Clip(v.beat), info: slices.Clip(v.info),
		df: slices.Clone(v.df),
	}
}

// fork returns a vocab to score pairs with (score, join, the fuzzy and
// related-word matches) on another goroutine while v does the same: it
// shares v's stems and weights, which scoring only reads, and has its own
// scratch (the LCS's) and its own copy of the per-stem caches that
// scoring fills as it goes (trigrams, related groups, paraphrase
// partners), which are functions of the stem, so that what it computes
// is what v would. It must not analyse sentences (no new stems). Cost:
// copying the caches' slice headers, O(stems).
func (v *vocab) fork() *vocab {
	return &vocab{
		bg: v.bg, parent: v.parent, ids: v.ids, byWord: v.byWord,
		stems: v.stems, num: v.num, beat: v.beat, info: v.info, df: v.df, w: v.w, figs: v.figs,
		trigrams: slices.Clone(v.trigrams), gramsDone: slices.Clone(v.gramsDone),
		relGroups: slices.Clone(v.relGroups), relDone: slices.Clone(v.relDone),
		lexPart: slices.Clone(v.lexPart), lexDone: slices.Clone(v.lexDone),
	}
}

// finish computes the weights once every sentence has been added; total
// is the number of sentences compared.
func (v *vocab) finish(total int) {
	s := float64(max(total, 2))
	den := math.Log1p(s / 2)
	v.w = make([]int64, len(v.stems))
	for id := range v.stems {
		local := 1.0
		if df := float64(v.df[id]); df > 2 {
			local = math.Log1p(s/df) / den
		}
		v.w[id] = max(1, int64(math.Round(1000*v.info[id]*local)))
	}
	v.readFigures()
}

// readFigures reads the value of every number among the stems into figs
// (see figureOf): scoring compares the figures of each candidate pair,
// and a stem's value is the same in every one.
func (v *vocab) readFigures() {
	v.figs = map[int32]figure{}
	for id, s := range v.stems {
		if v.num[id] {
			v.figs[int32(id)] = readFigure(s)
		}
	}
}

// finishBackground weighs stems by the background table alone (no
// comparison context), as similarity and Classify do.
func (v *vocab) finishBackground() {
	v.w = make([]int64, len(v.stems))
	for id := range v.stems {
		v.w[id] = max(1, int64(math.Round(1000*v.info[id])))
	}
}

// A sentence is the comparison view of one sentence (or of a group of
// consecutive sentences when a merge is scored).
type sentence struct {
	norm  string  // words.Normalize(text): equal norms mean Identical
	words []int32 // stem ids in order
	// ordinary tells, for each word, whether it is an ordinary word: not
	// a number, a name or an acronym (see content).
	ordinary []bool
	set      []int32 // sorted distinct stem ids
	seqW     int64   // sum of word weights (with repeats)
	setW     int64   // sum of distinct stem weights
	nums     []int32 // sorted distinct number stems
	// content is the sorted distinct stems of ordinary words: not numbers,
	// not names (capitalised after the first word of the sentence or of a
	// quotation, or in capitals).
	content []int32
	// acronyms are the stems of words in capitals; initials those of the
	// initials of runs of capitalised words (see addInitials).
	acronyms, initials []int32
	// contentWords is the sequence of ordinary words, contentW its weight.
	contentWords []int32
	contentW     int64
	// units are the numbers of nums written with a unit (see words.Unit),
	// sorted by stem; a number without one, or written with two units in
	// the sentence, is not listed.
	units []numUnit
}

// analyse splits text into words (runs of letters, digits and marks;
// apostrophes and hyphens split, as in the background table) and stems
// them. Weights are filled in later by weigh.
func (v *vocab) analyse(text string) sentence { return v.read(text, false) }

// analyseLight is the part of analyse that every sentence of a comparison
// needs, whether or not it can be linked: its normalised text, its stems
// in order (words) and its distinct stems (set, in no particular order),
// which give the document frequencies and the candidate keys. It asks v
// for the stem ids of the same words, in the same order, as analyse
// (initials included), so that the numbering of stems, and with it
// everything that follows, is the same; analyse on the same text later
// adds no stem. The rest (names, content words, units, numbers, weights)
// is left empty: such a sentence is only counted (count) and searched
// for candidates (candidates) until analyse replaces it (see
// matcher.oth).
func (v *vocab) analyseLight(text string) sentence { return v.read(text, true) }

// read is analyse, or analyseLight when light.
func (v *vocab) read(text string, light bool) sentence {
	s := sentence{norm: words.Normalize(text)}
	var initials []rune // of the run of capitalised words so far
	var units []numUnit // every number met, with its unit
	v.toks = words.AppendTokens(v.toks[:0], text)
	toks := v.toks
	// A sentence set in capitals ("THERE IS NO WARRANTY FOR THE PROGRAM")
	// says nothing about names by its case: it is read as if in lower case.
	shouting := inCapitals(text, toks)
	// At most one word a word token (a number or dotted initials take
	// several): the sequences are allocated once.
	n := 0
	for _, t := range toks {
		if t.Kind == words.Word {
			n++
		}
	}
	if light {
		s.words = make([]int32, 0, n)
	} else {
		s.ordinary = make([]bool, 0, n)
		s.words, s.contentWords = v.lists.words[:0], v.lists.contentWords[:0]
		s.acronyms, s.initials = v.lists.acronyms[:0], v.lists.initials[:0]
	}
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.Kind != words.Word {
			continue
		}
		first := k
		var word string
		word, _, k = matchWord(text, toks, k)
		if shouting {
			word = strings.ToLower(word)
		}
		id := v.wordID(strings.ToLower(word))
		s.words = append(s.words, id)
		if !light {
			if v.num[id] {
				units = append(units, numUnit{id, figureUnitAt(text, toks, first, k)})
			}
			// The first word of a quotation is capitalised by rule, like the
			// first of the sentence: “Obviously, …”, say ‘No’.
			opening := k > 0 && toks[k-1].Kind == words.Punct &&
				opensQuote(text[toks[k-1].Start:toks[k-1].End], k == 1 || toks[k-2].Kind == words.Space)
			ordinary := !v.num[id] && !(len(s.words) > 1 && !opening && words.IsCapitalised(word)) && !words.IsAcronym(word)
			s.ordinary = append(s.ordinary, ordinary)
			if ordinary {
				s.contentWords = append(s.contentWords, id)
			}
		}
		switch {
		case words.IsAcronym(word) && utf8.RuneCountInString(word) <= maxInitials:
			if !light {
				s.acronyms = append(s.acronyms, id)
			}
			initials = nil
		case words.IsCapitalised(word):
			r, _ := utf8.DecodeRuneInString(word)
			initials = append(initials, unicode.ToLower(r))
			v.addInitials(&s, initials, light)
		case !connectors[strings.ToLower(word)]:
			initials = nil
		}
	}
	if light {
		s.set = v.distinct(s.words)
		return s
	}
	s.acronyms = sortedSet(s.acronyms)
	s.initials = sortedSet(s.initials)
	s.content = append(v.lists.content[:0], s.contentWords...)
	slices.Sort(s.content)
	s.content = slices.Compact(s.content)
	s.set = append(v.lists.set[:0], s.words...)
	slices.Sort(s.set)
	s.set = slices.Compact(s.set)
	s.nums = v.lists.nums[:0]
	for _, id := range s.set {
		if v.num[id] {
			s.nums = append(s.nums, id)
		}
	}
	s.units = unitsOf(units)
	v.lists = idLists{words: s.words, set: s.set, content: s.content, contentWords: s.contentWords,
		nums: s.nums, acronyms: s.acronyms, initials: s.initials} // their room, for the next sentence
	pack(&s)
	return s
}

// idLists are the stem lists of a sentence (see sentence).
type idLists struct {
	words, set, content, contentWords, nums, acronyms, initials []int32
}

// pack copies the stem lists of s, read into analyse's scratch, into one
// allocation of their exact size, each list capped at its length: a
// sentence's lists are read together, and held for the whole comparison
// (tens of thousands of sentences in a large document). A list left
// empty is nil, as when it was appended to from nothing, but for words
// and set, made empty (see joined).
func pack(s *sentence) {
	lists := [...]*[]int32{&s.words, &s.set, &s.content, &s.contentWords, &s.nums, &s.acronyms, &s.initials}
	n := 0
	for _, l := range lists {
		n += len(*l)
	}
	buf := make([]int32, n)
	for k, l := range lists {
		m := copy(buf, *l)
		switch {
		case m > 0 || k < 2:
			*l = buf[:m:m]
		default:
			*l = nil
		}
		buf = buf[m:]
	}
}

// matchWord reads the word that starts at toks[k] of text as the matcher
// counts words: a number keeps its decimal point or thousands separator
// (102.5 and 1,000 are one word each; see numberEnd), and a run of dotted
// single capitals ("U.S.", "U.N.") is one acronym ("US", as news writes
// it either way; see dottedInitials). It returns the word as matched
// (before lower-casing), the text it covers as written (an acronym's last
// dot included), and the index of its last token.
func matchWord(text string, toks []words.Token, k int) (word, written string, last int) {
	start := toks[k].Start
	if last = numberEnd(text, toks, k); last == k {
		if dotted, end := dottedInitials(text, toks, k); dotted != "" {
			stop := toks[end].End
			if end+1 < len(toks) && toks[end+1].Kind == words.Punct && text[toks[end+1].Start] == '.' {
				stop++ // the dot after the last initial
			}
			return dotted, text[start:stop], end
		}
	}
	written = text[start:toks[last].End]
	return written, written, last
}

// dottedInitials reads a run of at least two single capital letters each
// followed by a dot, written without a space ("U.S.", "U.N.", "U.K."),
// starting at toks[k]: it returns the letters joined ("US") and the index
// of the last letter's token, or "" and k when no such run starts there.
// A lone initial ("George W. Bush") is no run.
func dottedInitials(text string, toks []words.Token, k int) (string, int) {
	single := func(i int) bool {
		if i >= len(toks) || toks[i].Kind != words.Word {
			return false
		}
		r, n := utf8.DecodeRuneInString(text[toks[i].Start:])
		return n == toks[i].End-toks[i].Start && unicode.IsUpper(r)
	}
	dot := func(i int) bool {
		return i < len(toks) && toks[i].Kind == words.Punct && text[toks[i].Start] == '.'
	}
	if !single(k) {
		return "", k
	}
	last := k
	for dot(last+1) && toks[last+1].End-toks[last+1].Start == 1 && single(last+2) {
		last += 2
	}
	if last == k {
		return "", k
	}
	var b strings.Builder
	for i := k; i <= last; i += 2 {
		b.WriteString(text[toks[i].Start:toks[i].End])
	}
	return b.String(), last
}

// opensQuote reports whether a run of punctuation ends with an opening
// quotation mark: a curly or angle one, or a straight one (which opens and
// closes alike) when the run follows a space or starts the text.
func opensQuote(punct string, afterSpace bool) bool {
	r, _ := utf8.DecodeLastRuneInString(punct)
	switch r {
	case '“', '‘', '«', '‹', '„', '‚':
		return true
	case '"', '\'':
		return afterSpace || len(punct) > 1
	}
	return false
}

// inCapitals reports whether a sentence is set in capitals: at least
// shoutMinWords words of two letters or more in capitals, and more such
// words in capitals than not. Headings such as "TERMS AND CONDITIONS" and
// whole clauses of licences are, and stay so when an editor inserts a word
// in lower case; "ICE agents", "US DHS said" and "GNU LESSER General
// Public License" are not.
func inCapitals(text string, toks []words.Token) bool {
	upper, lower := 0, 0
	for _, t := range toks {
		if t.Kind != words.Word {
			continue
		}
		letters, small := 0, false
		for _, r := range text[t.Start:t.End] {
			if unicode.IsLetter(r) {
				letters++
			}
			small = small || unicode.IsLower(r)
		}
		switch {
		case small:
			lower++
		case letters >= 2:
			upper++
		}
	}
	return upper >= shoutMinWords && upper > lower
}

// shoutMinWords is the least number of words in capitals that makes a
// sentence set in capitals rather than a run of acronyms ("US DHS").
const shoutMinWords = 3

// Initialisms. News writes "Immigration and Customs Enforcement" in one
// sentence and "ICE" in the next, "Department of Homeland Security" and
// "DHS". Every run of capitalised words (small connectors allowed inside)
// yields the initials of its sub-runs, and an acronym on one side matches
// them on the other (see score).
const maxInitials = 6

var connectors = map[string]bool{"of": true, "and": true, "for": true, "the": true, "on": true, "de": true, "del": true, "di": true}

// addInitials records the initials of every run of at least two
// capitalised words ending at the last one; when light, it only numbers
// them (see analyseLight).
func (v *vocab) addInitials(s *sentence, initials []rune, light bool) {
	for n := 2; n <= min(len(initials), maxInitials); n++ {
		id := v.wordID(string(initials[len(initials)-n:]))
		if !light {
			s.initials = append(s.initials, id)
		}
	}
}

// distinct returns the distinct ids of ids, in the order of their first
// occurrence, marking each in v.seen. Cost: O(len(ids)), v.seen growing
// with the stems.
func (v *vocab) distinct(ids []int32) []int32 {
	if n := len(v.stems); len(v.seen) < n {
		v.seen = append(v.seen, make([]uint32, n-len(v.seen))...)
	}
	v.stamp++
	if v.stamp == 0 { // wrapped: no mark may look current
		clear(v.seen)
		v.stamp = 1
	}
	out := make([]int32, 0, len(ids))
	for _, id := range ids {
		if v.seen[id] != v.stamp {
			v.seen[id] = v.stamp
			out = append(out, id)
		}
	}
	return out
}

func sortedSet(ids []int32) []int32 {
	slices.Sort(ids)
	return slices.Compact(ids)
}

// count adds the sentence's stems to the document frequencies.
func (v *vocab) count(s *sentence) {
	for _, id := range s.set {
		v.df[id]++
	}
}

// weigh fills in the weight sums once the vocab is finished.
func (v *vocab) weigh(s *sentence) {
	s.seqW, s.setW = 0, 0
	for _, id := range s.words {
		s.seqW += v.w[id]
	}
	for _, id := range s.set {
		s.setW += v.w[id]
	}
	s.contentW = 0
	for _, id := range s.contentWords {
		s.contentW += v.w[id]
	}
}

// join returns the view of sentences a and b read one after the other.
func (v *vocab) join(a, b *sentence) sentence {
	s := sentence{norm: a.norm + " " + b.norm}
	s.words = append(slices.Clone(a.words), b.words...)
	s.ordinary = append(slices.Clone(a.ordinary), b.ordinary...)
	s.set = append(slices.Clone(a.set), b.set...)
	slices.Sort(s.set)
	s.set = slices.Compact(s.set)
	s.contentWords = append(slices.Clone(a.contentWords), b.contentWords...)
	s.content = append(slices.Clone(a.content), b.content...)
	slices.Sort(s.content)
	s.content = slices.Compact(s.content)
	s.acronyms = sortedSet(append(slices.Clone(a.acronyms), b.acronyms...))
	s.initials = sortedSet(append(slices.Clone(a.initials), b.initials...))
	s.nums = append(slices.Clone(a.nums), b.nums...)
	slices.Sort(s.nums)
	s.nums = slices.Compact(s.nums)
	s.units = joinUnits(a, b)
	v.weigh(&s)
	return s
}
