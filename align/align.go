package align

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// Decision thresholds. Where they come from: the training part of the
// Microsoft Research Paraphrase Corpus (4,076 pairs of news sentences by
// different outlets; 2,753 judged paraphrases), scored with similarity's
// background weights, and the same number of unrelated pairs made by
// pairing each first sentence with the second sentence of another pair.
// Weighted Dice there: paraphrases p01 0.35, p02 0.40, p05 0.46, median
// 0.75; unrelated pairs p98 0.13, p99 0.16. Kept-in-order share: paraphrases
// median 0.77, unrelated p99 0.16.
const (
	// paraphraseMinDice links a pair on its own as a paraphrase: 98% of
	// the MSRP paraphrases reach it, 0.3% of unrelated pairs do.
	paraphraseMinDice = 0.40
	// contextMinDice links a pair whose neighbours are already linked to
	// each other (the sentence before with the sentence before, or after
	// with after, or the two paragraphs by another pair): 99% of MSRP
	// paraphrases, under 1% of unrelated pairs; the order of the article
	// supplies the rest of the evidence.
	contextMinDice = 0.30
	// editMinKept: a pair is an edit of one sentence when most (more than
	// half) of the shorter side's word weight survives in order in the
	// other, both over all its words and over its ordinary words (names
	// and numbers left out): then a word diff reads as a correction rather
	// than a rewrite. Unrelated MSRP pairs keep at most 0.34, p99 0.15.
	editMinKept = 0.5
	// editMinWeight is the least kept weight (thousandths) that links an
	// edit on its own: two words of middling rarity (such as "government",
	// informativeness 6) or one rare name, so that "he said" inside a long
	// sentence does not make an edit.
	editMinWeight = 12000
	// rareMinWeight: a paraphrase must share at least one stem this
	// informative after weighting (a name, a number, a rare word, and not
	// a word of the story found all over both articles). Over 99% of MSRP
	// paraphrases share one (p01 6.5).
	rareMinWeight = 5000
	// commonMinDice is the overlap of nine paraphrases in ten (MSRP p10
	// 0.52); unrelated MSRP pairs never come near it (p99 0.16). A
	// paraphrase this close is linked wherever it lies (see confident), and
	// stands alone even without a rare shared stem: in a text where every
	// sentence speaks of "software" and "licence", their weight falls below
	// rareMinWeight, and the overlap must speak for itself.
	commonMinDice = 0.5
	// contentMinWeight: every link but an identical one must share an
	// ordinary word (not a name or number) at least this informative,
	// about that of "agency" or "welcome": two sentences that only share
	// who, where and which radio station are not one sentence. 99% of
	// MSRP paraphrases share one (p01 3.5, p02 5.0).
	contentMinWeight = 3000
	// linkMinWeight is the least shared weight (thousandths) of any link
	// but an identical one: the information of two words of middling
	// rarity, so that a two-word tag line does not pass for a sentence
	// that happens to contain both words.
	linkMinWeight = 12000
	// conflictMinDice: a pair in which each side has a number the other
	// lacks (a changed figure, or two different facts) is suspect; as a
	// paraphrase it needs the similarity that nine MSRP paraphrases in
	// ten reach (p10 0.52). As an edit it needs nothing more: the diff
	// shows the changed number.
	conflictMinDice = 0.5
	// factsMinKept: a pair whose figures all differ (factsDiffer) says
	// something else about the same kind of thing (an index on another
	// day, a toll in another place) unless it is one sentence with its
	// figures changed: then most of it survives in order. It is never a
	// paraphrase, and an edit only when this share is kept. On the MSRP
	// tuning part no look-alike (see eval.LookAlikes) whose figures all
	// differ keeps 0.65; 45 of the 97 positives with a changed figure do.
	// Rounded figures are no change (see figureTolerance).
	factsMinKept = 0.65
	// figureEditMinWords: a pair in which one figure was replaced by
	// another counting the same thing (see pairScore.figureOnly) is one
	// sentence with a figure changed, an edit wherever its clauses went,
	// when its other words are this much the same (wordDice): the
	// planted changes of the editorial benchmark keep them all. On the
	// MSRP tuning part no look-alike with one figure changed keeps more
	// than 0.74 of its other words (the Dow "down 18.42 ... at 8,569.94"
	// against "closed down 18.06 ... at 9266.51"; held-out 0.40); 9 of
	// the 25 positives with one figure changed keep this much.
	figureEditMinWords = 0.8
	// lengthMinRatio: a paraphrase has at least a third of the words of
	// its counterpart. (All MSRP paraphrases are above 0.52, but that
	// corpus was selected by length; news summaries shorten more.) An
	// edit may be shorter still: a trimmed quote.
	lengthMinRatio = 1.0 / 3
	// fragmentMaxRatio: a pair in which one side has less than half the
	// words of the other links a fragment (a pull quote, a heading, a
	// trimmed quote) to a sentence. It is linked only after the pairs of
	// comparable length, so that a pull quote repeating half a sentence
	// does not take the place of the sentence that reports all of it.
	fragmentMaxRatio = 0.5
	// mutualMinDice links a pair whose sentences are each other's best
	// free candidate (see mutual), wherever they lie: 1 unrelated MSRP pair
	// in 1,400 reaches it, and all but one of the 2,753 paraphrases.
	mutualMinDice = 0.25
	// mutualMargin: the best candidate must beat the runner-up on both
	// sides by a fifth; a sentence between two near-equal candidates shares
	// the vocabulary of the story with both rather than content with one.
	mutualMargin = 1.2
	// unrivalledMinDistinct: a best match with no rival candidate on
	// either side (see mutual) needs this many shared participants of its
	// own (see distinct): "Forty residents of the mountain village were
	// evacuated by helicopter on Monday" and "On Monday, helicopters flew
	// forty villagers out of the mountain hamlet" share forty, mountain,
	// village and helicopter ("Monday" is beat vocabulary). Chosen on the
	// MSRP tuning part as one-sentence documents (where every pair is
	// unrivalled; those are now decided by the lone-pair model, see
	// lone.go, which weighs this rule's verdict among its signals):
	// linking such pairs added 2 positives in 1,968 (1 of the 197
	// hardest) and 7 look-alikes in 2,881; with five participants 4
	// look-alikes and the same positives, with three many more look-alikes
	// (the same people in another sentence of their story: "Ozzy
	// Osbourne", "quad bike"). Four is the fewest that keeps a sentence
	// left without rivals inside articles to the evidence of a specific
	// report rather than of a story.
	unrivalledMinDistinct = 4
	// rivalMinDice: a candidate that overlaps a sentence less than this is
	// no rival of its best match (see mutual): 99% of unrelated MSRP
	// pairs stay below it, so it shares what any two news sentences
	// share. A best match without such a rival on either side has won no
	// contest, and is linked only on evidence of its own: the score the
	// order of the articles asks of a pair (see contextLogOdds), or
	// unrivalledMinDistinct participants in common. In the seed articles,
	// where every sentence shares the vocabulary of one story, each gold
	// link made as a best match had a rival of 0.17 or more on one side;
	// of the look-alikes that the MSRP article benchmark puts in place of
	// a dropped partner and that step 4 linked, none had one above 0.09
	// (tuning part: 19 of them; 18 unlinked, the partners linked as best
	// matches all kept). At 0.13 (p98) the same look-alikes go and no seed
	// link moves.
	rivalMinDice = 0.16
	// maxContextPasses bounds the passes of linking in context; real
	// articles settle in two or three.
	maxContextPasses = 8
	// maxMerge is the most sentences on one side of a link: an OTHER
	// sentence may condense up to four BASE sentences (001's one-sentence
	// summary of Sala's radio interview), or the reverse.
	maxMerge = 4
	// mergeMinNew: a sentence joins a merge when it shares with the other
	// side stems that the merge did not share yet, of at least this weight
	// (see merge): the least a link shares (linkMinWeight).
	mergeMinNew = linkMinWeight
	// mergeSeedDice is the least similarity of a pair worth extending
	// into a merge.
	mergeSeedDice = 0.15
)

// Compare aligns the sentences and paragraphs of base and other and labels
// every sentence.
//
// Contract: every sentence of both documents is in exactly one record
// (except, with opts.IgnoreBoilerplate, the sentences of paragraphs whose
// role is not Body, which are in none). A record links one BASE sentence
// to one OTHER sentence, or a run of up to maxMerge adjacent sentences on
// one side to a single sentence on the other (1–1, N–1, 1–N), or holds one
// Added or Dropped sentence. Records are in BASE order; an Added sentence
// comes right after the record of the OTHER sentence before it. A link's
// Score is 1 when Identical, otherwise the mean of the weighted stem
// overlap (similarity, in context) and the share of the shorter side kept
// in order. Identical means equal after words.Normalize, or differing only
// in words spelt the British and the American way
// (words.SpellingVariant); the Diff of such a record shows those words.
// Links that break the order of the others are Moved: the links outside a
// heaviest increasing subsequence of the links (by BASE position, weighed
// in bytes), so when two blocks swap places the smaller one moved.
// Paragraph links group the paragraphs that
// sentence links join (connected components); their Score is the
// byte-weighted mean Score of their sentences, unlinked ones counting 0.
// The result depends on the documents alone: swapping them swaps BASE and
// OTHER (and Added with Dropped) and changes nothing else.
//
// Idea: an inverted index of informative stems and stem pairs proposes a
// few candidate counterparts for each sentence; only those pairs are
// scored, with exact stems, misspellings and related words (synonyms,
// hypernyms, derivations from WordNet; see related.go). Linking then runs
// from the surest evidence to the weakest, each step free to use only the
// sentences left by the ones before:
//  1. pairs that stand wherever they lie: identical, edited, or a
//     paraphrase of high overlap (commonMinDice);
//  2. weaker paraphrases where the order of the articles supports them:
//     their neighbours or paragraphs are linked to each other, or they lie
//     in order between two links, the way an editor reads two versions
//     side by side;
//  3. merges: a link grows into an N–1 or 1–N group while each added
//     sentence contributes something of its own (see merge);
//  4. pairs that are each other's clear best candidate (competitive
//     linking, see mutual), whatever their place, and the merges they
//     allow;
//  5. inside paragraphs that the order of the articles pairs (a rewrite
//     that pads each paragraph with sentences of its own keeps the
//     paragraphs in order), weaker 1–1, 2–1 and 1–2 links that share a
//     name or rare word no other sentence has (see paragraphGaps).
//
// Throughout, a pair in which one side is a fragment of the other (a pull
// quote, a heading, a trimmed quote) waits for the pairs of comparable
// length, so that a pull quote does not take the place of the sentence
// that carries all of what it repeats.
//
// Cost: O(N) to analyse the texts (N bytes); the candidate search is
// bounded by postingCap; each scored pair of sentences of s words costs
// O(s²) at most (the LCS, skipped when it cannot matter); merging scores a
// few concatenations per link and pass (at most maxMerge passes); ordering
// L links costs O(L log L); pairing paragraphs costs, per gap between
// links, a set intersection per pair of paragraphs (gaps of at most
// maxGapCells pairs); memory is O(N). BenchmarkCompareSeeds (a pair of
// news articles), BenchmarkCompareGPL and BenchmarkCompare1MB (two 1 MB
// documents, with their peak heap) measure it; the README's Speed section
// keeps their figures. The first call in a process also loads the
// embedded tables.
func Compare(base, other *article.Document, opts Options) *Comparison {
	return Prepare(base, opts).compare(other, true)
}

// prepare analyses and weighs the included sentences bi of base and oi of
// other and returns a matcher with nothing linked yet.
func prepare(base, other *article.Document, bi, oi []int) *matcher {
	return newBase(base, Options{}, bi).matcher(other, oi)
}

// included returns the indexes of the sentences taking part.
func included(d *article.Document, opts Options) []int {
	var out []int
	for i, s := range d.Sentences {
		if opts.IgnoreBoilerplate && d.Role(s.Paragraph) != article.Body {
			continue
		}
		out = append(out, i)
	}
	return out
}

func paragraphsOf(d *article.Document, idx []int) []int {
	out := make([]int, len(idx))
	for k, i := range idx {
		out[k] = d.Sentences[i].Paragraph
	}
	return out
}

func lengthsOf(d *article.Document, idx []int) []int {
	out := make([]int, len(idx))
	for k, i := range idx {
		out[k] = len(d.Sentences[i].Text)
	}
	return out
}

func rolesOf(d *article.Document, idx []int) []article.Role {
	out := make([]article.Role, len(idx))
	for k, i := range idx {
		out[k] = d.Role(d.Sentences[i].Paragraph)
	}
	return out
}

// A bead is one link being built (the name is Gale and Church's): base[b0:b1]
// matched with other[o0:o1], indexes into the included sentences.
type bead struct {
	b0, b1, o0, o1 int
	ps             pairScore
	kind           Kind
	strength       float64
	via            Support // what besides the pair's own words supported it
	merged         bool    // grown into a group by merge
}

// Support says what, besides the words a linked pair shares, led to the
// link: the steps of Compare that accept links.
type Support uint8

const (
	// Alone: the pair stands wherever it lies (identical, an edit, or a
	// close paraphrase).
	Alone Support = iota
	// Neighbours: the sentences before or after are linked to each other,
	// or the two paragraphs are.
	Neighbours
	// InOrder: the pair lies in order between two links.
	InOrder
	// BestMatch: each sentence is the other's clear best candidate.
	BestMatch
	// ParagraphPair: the two sentences lie in two paragraphs that the
	// order of the articles pairs.
	ParagraphPair
)

var supportNames = [...]string{"alone", "neighbours", "in order", "best match", "paragraph pair"}

func (s Support) String() string {
	if int(s) < len(supportNames) {
		return supportNames[s]
	}
	return "Support(" + strconv.Itoa(int(s)) + ")"
}

// strength ranks links: the mean of the symmetric overlap (dice) and the
// share kept in order (kept), so that a short sentence found whole inside
// a long one ranks as high as a looser paraphrase of equal length.
func strength(ps pairScore, same bool) float64 {
	if same {
		return 1
	}
	return (ps.dice + ps.kept) / 2
}

// kindOf labels a linked pair. A pair whose figures contradict (each side
// has a figure the other lacks, see numConflict) is at most an edit, with
// the change shown in its word diff, never a paraphrase: a paraphrase
// says the same thing, and "fell 3.59 points to 1,649.35" is not what
// "was down 3.6 points at 1,651.44" says.
func kindOf(ps pairScore, same bool) Kind {
	switch {
	case same:
		return Identical
	case editLike(ps), ps.numConflict:
		return Edited
	}
	return Paraphrased
}

// editLike reports whether a pair reads as one sentence edited: most of
// the shorter side survives in order, ordinary words included, and, when
// the shorter side is a fragment of the longer, it survives in runs of
// words rather than scattered (a trimmed quote, not a short sentence whose
// words all occur somewhere in a long one: "These requirements apply to
// the modified work as a whole" is not an edit of "But this requirement
// does not apply if … install modified object code … the work …").
func editLike(ps pairScore) bool {
	if figureEdit(ps) {
		return true
	}
	if ps.kept < editMinKept || ps.keptContent < editMinKept {
		return false
	}
	if ps.factsDiffer && ps.kept < factsMinKept {
		return false
	}
	return ps.lengthRatio >= fragmentMaxRatio || ps.keptRuns >= editMinKept
}

// figureEdit reports whether a pair is one sentence with one figure
// changed (see figureEditMinWords), in whatever order its clauses come:
// most of the rest is the same words, and the figure replaced counts the
// same thing. A pair whose figures contradict is at most an edit, with the
// change shown; another day's market report changes several figures and
// the words around them ("rose" and "was off").
func figureEdit(ps pairScore) bool {
	return ps.figureOnly && ps.wordDice >= figureEditMinWords
}

// standsAlone reports whether a pair is linked without support from its
// surroundings.
func standsAlone(ps pairScore, same bool) bool {
	if same {
		return true
	}
	if ps.contentMax < contentMinWeight || ps.inter < linkMinWeight || !corroborated(ps) {
		return false
	}
	if editLike(ps) && ps.keptW >= editMinWeight {
		return true
	}
	return ps.dice >= paraphraseMinDice && plausible(ps) && (ps.sharedMax >= rareMinWeight || ps.dice >= commonMinDice)
}

// confident reports whether a pair is linked wherever it lies: identical,
// an edit, or a paraphrase of high overlap. A weaker paraphrase that stands
// alone waits for the order of the articles (or for competitive linking)
// to confirm it: two licence sentences that share "the GNU General Public
// License" and "software" are not one sentence moved across the text.
func confident(ps pairScore, same bool) bool {
	if same || editLike(ps) && ps.keptW >= editMinWeight && ps.contentMax >= contentMinWeight && ps.inter >= linkMinWeight && corroborated(ps) {
		return true
	}
	return standsAlone(ps, same) && ps.dice >= commonMinDice
}

// plausible holds the checks every paraphrase must pass besides
// similarity: an ordinary word in common, comparable lengths, and, when a
// number was replaced, the similarity of a typical paraphrase.
func plausible(ps pairScore) bool {
	return !ps.factsDiffer && corroborated(ps) && (!ps.numConflict || ps.dice >= conflictMinDice) && ps.contentMax >= contentMinWeight && ps.lengthRatio >= lengthMinRatio
}

// corroborated reports whether a pair in which a figure changed (see
// numConflict) shares, besides the figures and the words of the beat, a
// participant of its own (see distinct): the same company, place or thing
// with another figure is a report updated or restated; the same index,
// bond or poll with other figures is another day's report ("The broader
// Standard & Poor's 500 Index .SPX eased 7.57 points, or 0.76 percent, at
// 990.94" and "... declined 10.65 points, or 1.07 percent, to 987.86").
// One sentence with a figure corrected needs no more: most of it survives
// in order (factsMinKept), as when "more than 50 countries" becomes "more
// than 15 countries" or "1.23 percent" is rounded to "1.2 percent". The
// index reports of other days keep at most 0.62 of each other.
func corroborated(ps pairScore) bool {
	return !ps.numConflict || ps.distinctWords >= 1 || ps.kept >= factsMinKept || figureEdit(ps)
}

type matcher struct {
	v            *vocab
	base, other  []*sentence // repeats share one (see repeats)
	bpar, opar   []int       // paragraph of each included sentence
	brole, orole []article.Role
	blen, olen   []int // sentence lengths in bytes
	linkB, linkO []int // link index of each sentence, or -1
	links        []bead
	keys         *keyIndex       // of base (see candidates)
	paraLinked   map[[2]int]bool // paragraph pairs joined by a link
	spine        []bead          // links in order (see backbone)
	via          Support         // the step accepting links now
	bestB, bestO []float64       // strongest candidate of each sentence
	ev           evidenceScratch // evidence's, reused link to link
	diff         differ          // record's word diffs', reused link to link
	// bsame and osame are repeats of each side, when known (nil
	// otherwise): run scores a pair of repeated texts once.
	bsame, osame []int32
	// olight, when not nil, tells which OTHER sentences are analysed
	// light so far (see analyseLight), and otext gives the text of an
	// OTHER sentence to analyse in full: only the candidate search reads
	// other[j] directly; everything else reads it through oth or ready.
	olight []bool
	otext  func(j int) string
	// scratch is backbone's list of the links (see linked), reused pass
	// to pass and by records.
	scratch []bead
	// scores are the scores of run's candidate pairs (see pair).
	scores []pairScore
}

// oth returns OTHER sentence j analysed in full, analysing it first if
// it was analysed light. That writes to m.other and m.v's scratch: on
// one goroutine only, and before any read from another (see ready).
func (m *matcher) oth(j int) *sentence {
	if m.olight != nil && m.olight[j] {
		s := m.v.analyse(m.otext(j))
		m.v.weigh(&s)
		m.other[j] = &s
		m.olight[j] = false
	}
	return m.other[j]
}

// ready analyses in full the OTHER sentences j0 to j1-1 (see oth).
func (m *matcher) ready(j0, j1 int) {
	if m.olight == nil {
		return
	}
	for j := j0; j < j1; j++ {
		m.oth(j)
	}
}

// joinedO is joined on OTHER, its sentences analysed in full first.
func (m *matcher) joinedO(j0, j1 int) sentence {
	m.ready(j0, j1)
	return m.joined(m.other, j0, j1)
}

func newMatcher(v *vocab, base, other []*sentence, bpar, opar []int) *matcher {
	m := &matcher{v: v, base: base, other: other, bpar: bpar, opar: opar,
		paraLinked: map[[2]int]bool{}}
	// A link takes a sentence of each side at least; merges add a few.
	m.links = make([]bead, 0, min(len(base), len(other)))
	m.linkB = filled(len(base), -1)
	m.linkO = filled(len(other), -1)
	return m
}

// filled returns a slice of n copies of x.
func filled(n, x int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = x
	}
	return s
}

// same reports whether base[i] and other[j] are identical (see identical).
func (m *matcher) same(i, j int) bool { return identical(m.base[i], m.oth(j)) }

// identical reports whether two sentences (or groups) count as identical:
// their normalised texts are equal, or differ only in words spelt the
// British and the American way ("organisations", "organizations"; see
// words.SpellingVariant), a house style rather than an edit.
func identical(a, b *sentence) bool {
	if a.norm == b.norm {
		return true
	}
	// Respelt words change a few letters each: the texts have as many
	// words and nearly the same length.
	if len(a.words) != len(b.words) || a.setW == 0 || abs(len(a.norm)-len(b.norm)) > 2*len(a.words) {
		return false
	}
	return spellingOnly(a.norm, b.norm)
}

// spellingOnly reports whether two normalised texts (single spaces) have
// the same words but for words that are spelling variants of each other,
// with the same punctuation around them. Cost: O(len(x)+len(y)), no
// allocation.
func spellingOnly(x, y string) bool {
	for x != "" || y != "" {
		var a, b string
		a, x, _ = strings.Cut(x, " ")
		b, y, _ = strings.Cut(y, " ")
		if a == b {
			continue
		}
		pa, wa, sa := splitPunct(a)
		pb, wb, sb := splitPunct(b)
		if pa != pb || sa != sb || !words.SpellingVariant(wa, wb) {
			return false
		}
	}
	return true
}

// splitPunct splits a space-free chunk of text into the punctuation before
// its first letter or digit, the word, and the punctuation after its last.
func splitPunct(s string) (pre, word, post string) {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	i := strings.IndexFunc(s, isWord)
	if i < 0 {
		return s, "", ""
	}
	j := strings.LastIndexFunc(s, isWord)
	_, n := utf8.DecodeRuneInString(s[j:])
	return s[:i], s[i : j+n], s[j+n:]
}

// cand is a scored candidate pair or group.
type cand struct {
	b0, b1, o0, o1 int
	ps             pairScore
	same           bool
	strength       float64
}

// A pair is a scored 1–1 candidate as the matcher holds it, 12 bytes
// instead of a cand's 144 (on two 1 MB documents, 61,600 of them at
// once): base sentence i, other sentence j, whether the two are
// identical in the top bit of jSame, and its score by its place s in the
// matcher's scores, which a pair of repeated texts shares with the
// first pair of the same texts (see repeats). Its strength follows from
// the score (see strength).
type pair struct {
	s     int32
	i     int32
	jSame uint32
}

const pairSame = 1 << 31

func newPair(i, j int, s int32, same bool) pair {
	p := pair{s: s, i: int32(i), jSame: uint32(j)}
	if same {
		p.jSame |= pairSame
	}
	return p
}

func (p *pair) b() int     { return int(p.i) }
func (p *pair) o() int     { return int(p.jSame &^ pairSame) }
func (p *pair) same() bool { return p.jSame&pairSame != 0 }

// ps returns the score of p.
func (m *matcher) ps(p *pair) *pairScore { return &m.scores[p.s] }

// strengthOf returns the strength of p (see strength).
func (m *matcher) strengthOf(p *pair) float64 { return strength(m.scores[p.s], p.same()) }

// cand returns p as a cand.
func (m *matcher) cand(p *pair) cand {
	i, j, same := p.b(), p.o(), p.same()
	ps := m.scores[p.s]
	return cand{i, i + 1, j, j + 1, ps, same, strength(ps, same)}
}

// repeatedPair returns, for a candidate pair of which one sentence or
// both are repeated on their side, the pair of their first repeats (a
// sentence said once stands for itself); ok is false when neither is
// repeated, or repeats are not known.
func (m *matcher) repeatedPair(p pairIdx) (key [2]int32, ok bool) {
	if m.bsame == nil || m.osame == nil {
		return key, false
	}
	b, o := m.bsame[p.i], m.osame[p.j]
	if b < 0 && o < 0 {
		return key, false
	}
	if b < 0 {
		b = int32(p.i)
	}
	if o < 0 {
		o = int32(p.j)
	}
	return [2]int32{b, o}, true
}

// less orders candidates: stronger first; among equals the pair nearer the
// diagonal (relative position), then the earlier one. Every key is
// symmetric in the two documents.
func (m *matcher) less(a, b cand) int {
	if a.strength != b.strength {
		if a.strength > b.strength {
			return -1
		}
		return 1
	}
	n, o := len(m.base), len(m.other)
	da := abs(a.b0*o - a.o0*n)
	db := abs(b.b0*o - b.o0*n)
	if da != db {
		return da - db
	}
	if sa, sb := a.b0+a.o0, b.b0+b.o0; sa != sb {
		return sa - sb
	}
	if a.b0 != b.b0 {
		return a.b0 - b.b0
	}
	if a.b1 != b.b1 {
		return a.b1 - b.b1
	}
	return a.o1 - b.o1
}

// lessPair is less on two pairs: for 1–1 pairs the ends follow the
// starts, so two pairs that tie up to the BASE start are one pair.
func (m *matcher) lessPair(a, b *pair) int {
	if sa, sb := m.strengthOf(a), m.strengthOf(b); sa != sb {
		if sa > sb {
			return -1
		}
		return 1
	}
	n, o := len(m.base), len(m.other)
	ab, ao, bb, bo := a.b(), a.o(), b.b(), b.o()
	da := abs(ab*o - ao*n)
	db := abs(bb*o - bo*n)
	if da != db {
		return da - db
	}
	if sa, sb := ab+ao, bb+bo; sa != sb {
		return sa - sb
	}
	return ab - bb
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// scoreMinPart is the fewest pairs of texts scored on a goroutine of
// their own (see spread): a news article has a few hundred, scored on the
// calling goroutine. A pair takes about 8 µs, so 512 are some 4 ms of
// work, far more than a goroutine and a fork of the vocab cost. The
// generated 1 MB pair has about 60,000 candidates but, its paragraphs
// repeated, only about 6,000 pairs of distinct texts: at 4,096 a part
// they were scored on one processor (57 instead of 70 ms of wall time,
// medians of 10 runs). A variable so that tests can take the concurrent
// path on small inputs.
var scoreMinPart = 512

// scoreChunk is how many pairs of texts a scoring goroutine takes at a
// time (see share): a few hundred microseconds of work, so that both
// processors end within that of each other. A pair's cost varies tenfold
// with its sentences' lengths and what they share: in fixed halves, one
// processor stood idle for the last 40 ms of the MSRP documents'
// scoring.
const scoreChunk = 64

// scoreAll scores the candidate pairs and returns them in their order,
// their scores in m.scores: each pair of texts once (a pair with a
// repeated sentence shares the score of the first pair of the same
// texts, see repeats), in ranges on up to GOMAXPROCS goroutines (each
// range with a fork of the vocab), every score into its own slot: a score
// reads only its two sentences, so the result is the one of scoring in
// turn.
func (m *matcher) scoreAll(cands []pairIdx) []pair {
	for _, p := range cands { // before any range reads them
		m.oth(p.j)
	}
	all := make([]pair, len(cands))
	// The first candidate of each pair of texts, whose score the others
	// share; scored: the score of each pair of texts with a repeat, by
	// the first of each side's repeats.
	var firsts []int32
	scored := map[[2]int32]int32{}
	for k, p := range cands {
		s := int32(len(firsts))
		if key, ok := m.repeatedPair(p); ok {
			if at, ok := scored[key]; ok {
				s = at
			} else {
				scored[key] = s
			}
		}
		if s == int32(len(firsts)) {
			firsts = append(firsts, int32(k))
		}
		all[k] = newPair(p.i, p.j, s, false)
	}
	scored = nil
	m.scores = make([]pairScore, len(firsts))
	same := make([]bool, len(firsts))
	parts := partsFor(len(firsts), scoreMinPart)
	vs := []*vocab{m.v}
	for len(vs) < parts {
		vs = append(vs, m.v.fork()) // before any range writes to m.v
	}
	share(len(firsts), parts, scoreChunk, func(worker, lo, hi int) {
		v := vs[worker]
		for s := lo; s < hi; s++ {
			p := cands[firsts[s]]
			m.scores[s] = v.score(m.base[p.i], m.other[p.j])
			same[s] = m.same(p.i, p.j)
		}
	})
	for k := range all {
		if same[all[k].s] {
			all[k].jSame |= pairSame
		}
	}
	return all
}

func (m *matcher) run() {
	cands := candidates(m.v, m.keys, m.base, m.other)
	m.keys = nil // the BASE's to keep, or to let go (see Base.compare)
	all := m.scoreAll(cands)
	cands = nil // all holds the pairs from here on
	// Strongest first, but a pair in which one side is a fragment of the
	// other after all the rest (see fragmentMaxRatio), in every step.
	// lessPair orders every two pairs, as sortFunc needs.
	sortFunc(all, func(a, b pair) int {
		if fa, fb := m.ps(&a).lengthRatio < fragmentMaxRatio, m.ps(&b).lengthRatio < fragmentMaxRatio; fa != fb {
			if fa {
				return 1
			}
			return -1
		}
		return m.lessPair(&a, &b)
	})

	// 0. Two one-sentence documents: the lone pair is decided by its
	// own evidence, weighed by the learnt model (see lone.go).
	if len(m.base) == 1 && len(m.other) == 1 {
		if len(all) == 1 && m.v.loneLinks(m.base[0], m.oth(0), *m.ps(&all[0]), all[0].same()) {
			m.via = BestMatch
			if confident(*m.ps(&all[0]), all[0].same()) {
				m.via = Alone
			}
			m.accept(m.cand(&all[0]))
		}
		return
	}

	// 1. Pairs that stand on their own whatever their place: the
	// assignment of most total strength among those of comparable length
	// (see assign), then the fragments, strongest first.
	m.via = Alone
	// Held by their index in all: on a big pair most are sure.
	var sure []int32
	for k := range all {
		if ps := m.ps(&all[k]); confident(*ps, all[k].same()) && ps.lengthRatio >= fragmentMaxRatio {
			sure = append(sure, int32(k))
		}
	}
	for _, k := range m.assign(all, sure) {
		m.accept(m.cand(&all[k]))
	}
	sure = nil
	for k := range all {
		if c := m.cand(&all[k]); confident(c.ps, c.same) && m.free(c) {
			m.accept(c)
		}
	}
	// Every later step reads only the free pairs, and a linked sentence
	// stays linked (a merge replaces a link by a group holding it): the
	// pairs left are kept, the rest (on a large pair most of them) let go.
	all = m.stillFree(all)
	// 2. Paraphrases supported by their surroundings, until nothing
	// changes. A link accepted here at once offers its neighbours (a run
	// of supported pairs is linked in one pass whichever way it runs);
	// what a new link supports otherwise waits for the next pass, and
	// passes are bounded so that a pathological input stays linear.
	// The candidates of each BASE sentence, in the order of all: those
	// of sentence i are byBase[at[i]:at[i+1]] (one flat list, counted
	// first, instead of a list per sentence).
	at := make([]int32, len(m.base)+1)
	for k := range all {
		at[all[k].b()+1]++
	}
	for i := range m.base {
		at[i+1] += at[i]
	}
	byBase := make([]int32, len(all))
	next := slices.Clone(at[:len(m.base)])
	for k := range all {
		b := all[k].b()
		byBase[next[b]] = int32(k)
		next[b]++
	}
	next = nil
	var stack []int
	try := func(k int, inGapOK bool) bool {
		c := m.cand(&all[k])
		if !m.free(c) || !contextual(c.ps) {
			return false
		}
		// A neighbour link is strong support; a gap in the order of the
		// article is weaker, and asks for the evidence a paraphrase needs
		// on its own besides similarity: to stand alone, or to be the
		// best candidate of both sentences and share a rare stem.
		inGap := inGapOK && m.inGap(c) && (standsAlone(c.ps, c.same) ||
			m.best(c) && c.ps.inter >= linkMinWeight && c.ps.sharedMax >= rareMinWeight)
		nb := m.neighboured(c)
		if !nb && !inGap || !m.evidenced(c) {
			return false
		}
		m.via = InOrder
		if nb {
			m.via = Neighbours
		}
		m.accept(c)
		m.addToSpine(c)
		stack = append(stack, k)
		for len(stack) > 0 {
			l := m.cand(&all[stack[len(stack)-1]])
			stack = stack[:len(stack)-1]
			for _, nb := range [][2]int{{l.b0 - 1, l.o0 - 1}, {l.b1, l.o1}} {
				if nb[0] < 0 || nb[0] >= len(m.base) {
					continue
				}
				for _, q := range byBase[at[nb[0]]:at[nb[0]+1]] {
					if c := m.cand(&all[q]); c.o0 == nb[1] && m.free(c) && contextual(c.ps) && m.neighboured(c) && m.evidenced(c) {
						m.via = Neighbours
						m.accept(c)
						stack = append(stack, int(q))
					}
				}
			}
		}
		return true
	}
	for pass, changed := 0, true; changed && pass < maxContextPasses; pass++ {
		changed = false
		m.backbone()
		m.bests(all)
		for k := range all {
			if try(k, true) {
				changed = true
			}
		}
	}
	// 3. Merges and splits.
	m.merge(all)
	// 4. Pairs that are each other's clear best candidate among what is
	// left, and the merges these allow.
	m.via = BestMatch
	if m.mutual(all) {
		m.merge(all)
	}
	// 5. Weak paraphrases inside paragraphs that the order of the
	// articles pairs (see paragraphGaps), and the merges these allow.
	m.via = ParagraphPair
	if m.paragraphGaps() {
		m.merge(all)
	}
}

// maxAssignEdges bounds the candidate pairs of one connected group that
// assign searches exhaustively (branch and bound, at most 2^n partial
// assignments, far fewer with the bound): news articles give groups of a
// few pairs; a larger group (a licence repeating one clause) is assigned
// greedily, strongest first.
const maxAssignEdges = 18

// assign chooses, among the 1–1 candidate pairs all[k] for k in cs, cs in
// the order of all (strongest first, see less), the set of pairs with no
// sentence twice and the greatest total strength: the best overall
// assignment, not the first confident pair ("Police said no one had been
// injured … close to the Downing Street residence" goes with "No one was
// injured in the incident, police said", though it shares more with "The
// man was arrested … from the Downing Street residence", when another
// sentence wants the latter). Of equal totals, the one the greedy order
// reaches first wins, so the result is symmetric in the documents. Pairs
// are split into connected groups (sharing a sentence, transitively),
// each solved on its own. Cost: O(C log C) for C pairs, plus the search
// of each group (bounded by maxAssignEdges). It returns the indexes in
// all of the chosen pairs, sorted by less, and reorders cs, group by
// group: pairs are held by their index, 4 bytes, not copied (a cand is
// 144 bytes, and on a large pair most candidates come here).
func (m *matcher) assign(all []pair, cs []int32) []int32 {
	// Union-find over sentences: base i is node i, other j is nb+j; the
	// root of a group is its least node.
	nb := len(m.base)
	parent := make([]int32, nb+len(m.other))
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(x int) int32 {
		r := int32(x)
		for parent[r] != r {
			r = parent[r]
		}
		for y := int32(x); parent[y] != r; { // path compression
			y, parent[y] = parent[y], r
		}
		return r
	}
	for _, k := range cs {
		c := &all[k]
		a, b := find(c.b()), find(nb+c.o())
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	// The groups in the order of their first pair, each pair in the
	// order of cs, laid out one after another in cs itself (a counting
	// sort, then the permutation applied in place): a document that
	// repeats its paragraphs makes a few groups of many pairs.
	groupOf := make([]int32, len(parent)) // by root, 1 + the group's number
	dest := make([]int32, len(cs))        // the group of each pair, then its place
	var ends []int                        // the end of each group in cs
	for k, c := range cs {
		r := find(all[c].b())
		if groupOf[r] == 0 {
			ends = append(ends, 0)
			groupOf[r] = int32(len(ends))
		}
		dest[k] = groupOf[r] - 1
		ends[dest[k]]++
	}
	next := make([]int, len(ends)) // where the next pair of each group goes
	for g := 1; g < len(ends); g++ {
		ends[g] += ends[g-1]
		next[g] = ends[g-1]
	}
	for k := range cs {
		g := dest[k]
		dest[k] = int32(next[g])
		next[g]++
	}
	for k := range cs {
		for int(dest[k]) != k {
			d := dest[k]
			cs[k], cs[d] = cs[d], cs[k]
			dest[k], dest[d] = dest[d], d
		}
	}
	out := make([]int32, 0, len(ends)) // each group gives one or more
	from := 0
	for _, to := range ends {
		out = append(out, m.assignGroup(all, cs[from:to:to])...)
		from = to
	}
	slices.SortFunc(out, func(a, b int32) int { return m.lessPair(&all[a], &all[b]) })
	return out
}

// assignGroup solves one connected group of assign, pairs all[k] for k
// in cs, and returns the indexes in all of those it chooses.
func (m *matcher) assignGroup(all []pair, cs []int32) []int32 {
	greedy := func() []int32 {
		usedB, usedO := map[int]bool{}, map[int]bool{}
		var out []int32
		for _, k := range cs {
			if c := &all[k]; !usedB[c.b()] && !usedO[c.o()] {
				usedB[c.b()], usedO[c.o()] = true, true
				out = append(out, k)
			}
		}
		return out
	}
	if len(cs) == 1 || len(cs) > maxAssignEdges {
		return greedy()
	}
	// rest[k]: the strength of cs[k:] together, a bound on what they add.
	rest := make([]float64, len(cs)+1)
	for k := len(cs) - 1; k >= 0; k-- {
		rest[k] = rest[k+1] + m.strengthOf(&all[cs[k]])
	}
	const eps = 1e-9 // a better total must be better by more than rounding
	usedB, usedO := map[int]bool{}, map[int]bool{}
	var cur, best []int
	bestW := -1.0
	var search func(k int, w float64)
	search = func(k int, w float64) {
		if w+rest[k] <= bestW+eps {
			return
		}
		if k == len(cs) {
			bestW, best = w, slices.Clone(cur)
			return
		}
		c := m.cand(&all[cs[k]])
		if !usedB[c.b0] && !usedO[c.o0] {
			usedB[c.b0], usedO[c.o0] = true, true
			cur = append(cur, k)
			search(k+1, w+c.strength)
			cur = cur[:len(cur)-1]
			usedB[c.b0], usedO[c.o0] = false, false
		}
		search(k+1, w)
	}
	search(0, 0)
	out := make([]int32, len(best))
	for i, k := range best {
		out[i] = cs[k]
	}
	return out
}

// mutual links the free pairs whose sentences are each other's strongest
// free candidate by a margin (competitive linking, as in Melamed's word
// alignment): where nothing else on either side competes, weaker
// similarity is enough, order or no order. It reports whether it linked
// any. Cost: O(C) for C candidates.
func (m *matcher) mutual(all []pair) bool {
	linked := false
	bestB := make([]float64, len(m.base))
	bestO := make([]float64, len(m.other))
	nextB := make([]float64, len(m.base))
	nextO := make([]float64, len(m.other))
	note := func(best, next []float64, i int, x float64) {
		if x > best[i] {
			next[i], best[i] = best[i], x
		} else if x > next[i] {
			next[i] = x
		}
	}
	for k := range all {
		if c := m.cand(&all[k]); m.free(c) {
			note(bestB, nextB, c.b0, c.ps.dice)
			note(bestO, nextO, c.o0, c.ps.dice)
		}
	}
	for k := range all {
		c := m.cand(&all[k])
		d := c.ps.dice
		if d < mutualMinDice || !plausible(c.ps) || c.ps.inter < linkMinWeight || c.ps.sharedMax < rareMinWeight || !m.free(c) {
			continue
		}
		if d < bestB[c.b0] || d < bestO[c.o0] || d < mutualMargin*nextB[c.b0] || d < mutualMargin*nextO[c.o0] {
			continue
		}
		// Being the best says something only where there was a choice:
		// a sentence with no rival candidate on either side (two
		// one-sentence documents) is linked on its own evidence: what a
		// paraphrase needs to stand alone, and the same participants.
		if nextB[c.b0] == 0 && nextO[c.o0] == 0 && !(standsAlone(c.ps, c.same) && c.ps.distinct >= unrivalledMinDistinct) {
			continue
		}
		// Nor where every rival overlaps as little as unrelated
		// sentences do (see rivalMinDice): a sentence of another story
		// put where a dropped one stood wins against nothing, and needs
		// evidence of its own, what order asks of a pair (see evidenced)
		// or the participants of one report (unrivalledMinDistinct).
		if max(nextB[c.b0], nextO[c.o0]) < rivalMinDice && !m.evidenced(c) && c.ps.distinct < unrivalledMinDistinct {
			continue
		}
		m.accept(c)
		linked = true
	}
	return linked
}

// stillFree returns, in a new slice of their number and in their order,
// the pairs of all whose sentences are all free.
func (m *matcher) stillFree(all []pair) []pair {
	n := 0
	for k := range all {
		if m.free(m.cand(&all[k])) {
			n++
		}
	}
	out := make([]pair, 0, n)
	for k := range all {
		if m.free(m.cand(&all[k])) {
			out = append(out, all[k])
		}
	}
	return out
}

func (m *matcher) free(c cand) bool {
	for i := c.b0; i < c.b1; i++ {
		if m.linkB[i] >= 0 {
			return false
		}
	}
	for j := c.o0; j < c.o1; j++ {
		if m.linkO[j] >= 0 {
			return false
		}
	}
	return true
}

// release lets go of what only run reads, before records: the backbone
// (a copy of most links on a large pair), the strongest candidates, the
// paragraph pairs (records lists the links in backbone's scratch).
func (m *matcher) release() {
	m.spine = nil
	m.bestB, m.bestO = nil, nil
	m.paraLinked = nil
	m.scores = nil
}

func (m *matcher) accept(c cand) {
	k := len(m.links)
	m.links = append(m.links, bead{c.b0, c.b1, c.o0, c.o1, c.ps, kindOf(c.ps, c.same), c.strength, m.via, false})
	for i := c.b0; i < c.b1; i++ {
		m.linkB[i] = k
	}
	for j := c.o0; j < c.o1; j++ {
		m.linkO[j] = k
	}
	m.paraLinked[[2]int{m.bpar[c.b0], m.opar[c.o0]}] = true
}

// unlink removes link k (replaced by a merge containing it).
func (m *matcher) unlink(k int) {
	l := &m.links[k]
	for i := l.b0; i < l.b1; i++ {
		m.linkB[i] = -1
	}
	for j := l.o0; j < l.o1; j++ {
		m.linkO[j] = -1
	}
	l.b1, l.o1 = l.b0, l.o0 // empty: dropped when records are built
}

// neighboured reports whether the pair's neighbourhood is already linked:
// the previous sentences to each other, the next ones to each other, or
// the two paragraphs by another link.
func (m *matcher) neighboured(c cand) bool {
	if c.b0 > 0 && c.o0 > 0 {
		if k := m.linkB[c.b0-1]; k >= 0 && k == m.linkO[c.o0-1] {
			return true
		}
	}
	if c.b1 < len(m.base) && c.o1 < len(m.other) {
		if k := m.linkB[c.b1]; k >= 0 && k == m.linkO[c.o1] {
			return true
		}
	}
	return m.paraLinked[[2]int{m.bpar[c.b0], m.opar[c.o0]}]
}

// contextual reports whether a pair may be linked with support from its
// surroundings.
func contextual(ps pairScore) bool {
	return ps.dice >= contextMinDice && plausible(ps)
}

// contextLogOdds is how much the order of the articles lowers the
// evidence a pair needs: a pair linked for its neighbours, for lying in
// order between two links, or inside two paragraphs that the order pairs
// must still score within this many log-odds of the lone-pair model's
// operating point (see loneScore), as if its surroundings made a link
// e³ ≈ 20 times likelier than between two one-sentence documents. The
// order of an article offers a slot; only the pair's own words say that
// what fills it is the same sentence. A sentence of another story put
// where a dropped one stood, sharing one name or a phrase of the beat
// ("ordered held without bail"), scores far below (MSRP sentences in
// articles: tuning look-alikes in place linked 77 → 53 of 590, recall
// unchanged). A smaller factor (e²) unlinks a few more look-alikes and
// costs the seed pairs and licences links that only their surroundings
// vouch for; so does asking the same of every best match of step 4,
// which is therefore asked only of a best match that had no rival (see
// rivalMinDice).
const contextLogOdds = 3

// evidenced reports whether a pair that its surroundings support has
// evidence of the same content of its own (see contextLogOdds): always
// for an identical pair, and for a pair of more than one sentence a side
// (a merge, weighed by merge).
func (m *matcher) evidenced(c cand) bool {
	if c.same || c.b1-c.b0 != 1 || c.o1-c.o0 != 1 {
		return true
	}
	return loneScore(m.v.loneSignals(m.base[c.b0], m.oth(c.o0), c.ps, c.same)) > loneModel.threshold-contextLogOdds
}

// bests records the strongest candidate of each sentence among the pairs
// that could still be linked in context.
func (m *matcher) bests(all []pair) {
	if m.bestB == nil {
		m.bestB = make([]float64, len(m.base))
		m.bestO = make([]float64, len(m.other))
	} else {
		clear(m.bestB)
		clear(m.bestO)
	}
	for k := range all {
		if c := m.cand(&all[k]); m.free(c) && contextual(c.ps) {
			m.bestB[c.b0] = max(m.bestB[c.b0], c.strength)
			m.bestO[c.o0] = max(m.bestO[c.o0], c.strength)
		}
	}
}

// best reports whether each sentence of the pair is the other's strongest
// candidate.
func (m *matcher) best(c cand) bool {
	return c.strength >= m.bestB[c.b0] && c.strength >= m.bestO[c.o0]
}

// addToSpine inserts a link accepted in a gap of the backbone, which keeps
// the backbone in order; a link accepted for its neighbours may not, and
// waits for the next backbone.
func (m *matcher) addToSpine(c cand) {
	p, _ := slices.BinarySearchFunc(m.spine, c.b0, func(l bead, i int) int { return l.b0 - i })
	if !m.inGap(c) {
		return
	}
	m.spine = slices.Insert(m.spine, p, m.links[m.linkB[c.b0]])
}

// size is a bead's weight in movedLinks: its text length on both sides
// (bytes), which seldom ties, so that the backbone does not depend on
// which document is BASE.
func (m *matcher) size(l bead) int {
	n := 0
	for i := l.b0; i < l.b1; i++ {
		n += m.blen[i]
	}
	for j := l.o0; j < l.o1; j++ {
		n += m.olen[j]
	}
	return n
}

// backbone records the links that keep the order of the others (the
// increasing subsequence of movedLinks), sorted by BASE position.
func (m *matcher) backbone() {
	ls := m.linked(m.scratch)
	m.scratch = ls
	moved := movedLinks(ls, m.size)
	m.spine = m.spine[:0]
	for k, l := range ls {
		if !moved[k] {
			m.spine = append(m.spine, l)
		}
	}
}

// inGap reports whether the pair lies in order between two consecutive
// links of the backbone (or between one and the start or end of the
// documents): where the order of the article says its counterpart should
// be. Cost: O(log L).
func (m *matcher) inGap(c cand) bool {
	if len(m.spine) == 0 {
		return false
	}
	p, _ := slices.BinarySearchFunc(m.spine, c.b0, func(l bead, i int) int { return l.b0 - i })
	if p > 0 {
		prev := m.spine[p-1]
		if prev.b1 > c.b0 || prev.o1 > c.o0 {
			return false
		}
	}
	if p < len(m.spine) {
		next := m.spine[p]
		if next.b0 < c.b1 || next.o0 < c.o1 {
			return false
		}
	}
	return true
}

// merge grows links, and pairs not linked on their own, into groups of up
// to maxMerge consecutive sentences on one side (N–1 and 1–N), scoring each
// group by comparing the concatenation of its sentences with the sentence
// on the other side, as Vecalign does with sentence embeddings. A group
// grows by one sentence at a time, strongest growth first, and only while
//   - the added sentence shares with the other side informative stems
//     (mergeMinNew) that the group did not already share: it contributes
//     something of its own, not only words the merge has already counted;
//     a sentence that contributes nothing may join only as a bridge to
//     one beyond it that does (the short "Could we ever say 'No' to
//     Trump?" between two sentences that an OTHER sentence condenses);
//   - the overlap of the two sides (dice) does not drop, and is at least
//     that of the added sentence alone with the other side: the sentence
//     says more of what the other side says, rather than diluting it, and
//     the group is better than linking either part alone; and the group
//     would link as a whole.
//
// Of two growths, the one that adds more shared weight goes first: a pull
// quote repeating half of one BASE sentence explains less of it than the
// BASE sentences that an OTHER sentence condenses explain of that one.
// Headings and captions do not merge with body text. Cost: at most
// maxMerge passes over the links, each scoring up to eight extensions of
// each (a set intersection first, the full score only for an extension
// that contributes).
func (m *matcher) merge(all []pair) {
	type growth struct {
		c    cand
		gain int64  // shared weight added
		from int    // link grown, or -1 for a free pair
		was  [4]int // its extent when the growth was proposed
	}
	for pass := 0; pass < maxMerge; pass++ {
		var gs []growth
		for k, l := range m.links {
			if l.b1 > l.b0 {
				for _, c := range m.extensions(l.b0, l.b1, l.o0, l.o1, l.ps, true) {
					gs = append(gs, growth{c, c.ps.inter - l.ps.inter, k, [4]int{l.b0, l.b1, l.o0, l.o1}})
				}
			}
		}
		if pass == 0 {
			for k := range all {
				if c := m.cand(&all[k]); c.ps.dice >= mergeSeedDice && m.free(c) {
					for _, g := range m.extensions(c.b0, c.b1, c.o0, c.o1, c.ps, false) {
						gs = append(gs, growth{g, g.ps.inter - c.ps.inter, -1, [4]int{}})
					}
				}
			}
		}
		slices.SortFunc(gs, func(a, b growth) int {
			if a.gain != b.gain {
				return cmp.Compare(b.gain, a.gain)
			}
			return m.less(a.c, b.c)
		})
		changed := false
		for _, g := range gs {
			if g.from >= 0 {
				l := m.links[g.from]
				if [4]int{l.b0, l.b1, l.o0, l.o1} != g.was {
					continue // grown or replaced in this pass already
				}
			}
			if !m.freeBut(g.c, g.from) {
				continue
			}
			via := m.via
			m.via = Alone // a free group links only if it stands alone
			if g.from >= 0 {
				m.via = m.links[g.from].via
				m.unlink(g.from)
			}
			m.accept(g.c)
			m.links[len(m.links)-1].merged = true
			m.via = via
			changed = true
		}
		if !changed {
			break
		}
	}
}

// freeBut reports whether every sentence of c is free or in link k.
func (m *matcher) freeBut(c cand, k int) bool {
	for i := c.b0; i < c.b1; i++ {
		if l := m.linkB[i]; l >= 0 && l != k {
			return false
		}
	}
	for j := c.o0; j < c.o1; j++ {
		if l := m.linkO[j]; l >= 0 && l != k {
			return false
		}
	}
	return true
}

// extensions returns the groups that grow base[b0:b1] × other[o0:o1]
// (one side a single sentence) by one sentence on its larger side (either
// side for a 1–1 pair), or by two when the nearer only bridges to the
// farther, and that merge may accept. was is the group's score now; linked
// tells whether it is a link (which may grow on weaker evidence than a
// free pair needs to link at all).
func (m *matcher) extensions(b0, b1, o0, o1 int, was pairScore, linked bool) []cand {
	var out []cand
	bj, oj := m.joined(m.base, b0, b1), m.joinedO(o0, o1)
	try := func(g [4]int, far int, onBase bool) {
		if g[0] < 0 || g[1] > len(m.base) || g[2] < 0 || g[3] > len(m.other) {
			return
		}
		if g[1]-g[0] > maxMerge || g[3]-g[2] > maxMerge {
			return
		}
		// The added sentences are free and of the same role as the group.
		for i := g[0]; i < g[1]; i++ {
			if (i < b0 || i >= b1) && (m.linkB[i] >= 0 || m.brole[i] != m.brole[b0]) {
				return
			}
		}
		for j := g[2]; j < g[3]; j++ {
			if (j < o0 || j >= o1) && (m.linkO[j] >= 0 || m.orole[j] != m.orole[o0]) {
				return
			}
		}
		// The farthest added sentence contributes an informative stem of
		// its own to what the group shares with the other side.
		var grown, whole, added *sentence
		if onBase {
			grown, whole, added = &bj, &oj, m.base[far]
		} else {
			grown, whole, added = &oj, &bj, m.oth(far)
		}
		if m.newShared(added, grown, whole) < mergeMinNew {
			return
		}
		a, b := m.joined(m.base, g[0], g[1]), m.joinedO(g[2], g[3])
		ps := m.v.score(&a, &b)
		same := identical(&a, &b)
		c := cand{g[0], g[1], g[2], g[3], ps, same, strength(ps, same)}
		if ps.dice < was.dice || ps.dice < m.v.score(added, whole).dice {
			return
		}
		if !standsAlone(ps, same) && !(linked && contextual(ps) && ps.inter >= linkMinWeight) {
			return
		}
		out = append(out, c)
	}
	if o1-o0 == 1 {
		for n := 1; n <= 2; n++ {
			try([4]int{b0 - n, b1, o0, o1}, b0-n, true)
			try([4]int{b0, b1 + n, o0, o1}, b1+n-1, true)
		}
	}
	if b1-b0 == 1 {
		for n := 1; n <= 2; n++ {
			try([4]int{b0, b1, o0 - n, o1}, o0-n, false)
			try([4]int{b0, b1, o0, o1 + n}, o1+n-1, false)
		}
	}
	return out
}

// joined returns the view of the sentences ss[i0:i1] read one after the
// other.
func (m *matcher) joined(ss []*sentence, i0, i1 int) sentence {
	if i1-i0 == 1 {
		return *ss[i0]
	}
	s := m.v.join(ss[i0], ss[i0+1])
	for i := i0 + 2; i < i1; i++ {
		s = m.v.join(&s, ss[i])
	}
	return s
}

// newShared returns the weight of the stems that added shares with whole
// and group does not.
func (m *matcher) newShared(added, group, whole *sentence) int64 {
	var sum int64
	for _, id := range added.set {
		if _, in := slices.BinarySearch(whole.set, id); !in {
			continue
		}
		if _, in := slices.BinarySearch(group.set, id); in {
			continue
		}
		sum += m.v.w[id]
	}
	return sum
}
