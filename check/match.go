package check

import (
	"slices"
	"sort"
	"strings"

	"github.com/kljensen/snowball/english"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// A qword is one word of a quotation as compared: its key and where it is
// in Document.Text.
type qword struct {
	key        string
	start, end int
	// cut is true when an ellipsis comes before this word: the writer
	// marks words left out there.
	cut bool
}

// quoteWords returns the words of the quoted ranges of text, as compared:
// folded to lower case; contractions spelled out ("don’t" is "do not",
// "it’s" is "it is"); compounds split at their hyphens ("out-of-control"
// is "out of control", but "-our" stays "-our"); abbreviation dots
// dropped ("U.S." is "us"). Words in brackets are left out: they are the
// writer's, not the speaker's ("(operations)", "[HSI]"). Punctuation and
// quote marks never count, so a quotation that only changed its marks or
// its commas is unchanged.
func quoteWords(w *docWords, parts [][2]int) []qword {
	var out []qword
	text := w.d.Text
	for _, p := range parts {
		depth := 0
		prev := p[0]
		cut := false
		for _, t := range w.span(p[0], p[1]) {
			gap := text[prev:t.Start]
			prev = t.End
			depth += strings.Count(gap, "(") + strings.Count(gap, "[") - strings.Count(gap, ")") - strings.Count(gap, "]")
			depth = max(depth, 0)
			if strings.Contains(gap, "…") || strings.Contains(gap, "...") || strings.Contains(gap, ". . .") {
				cut = true
			}
			if depth > 0 {
				continue
			}
			for _, k := range wordKeys(t.Text) {
				out = append(out, qword{key: k, start: t.Start, end: t.End, cut: cut})
				cut = false
			}
		}
		if strings.Contains(text[prev:p[1]], "…") || strings.Contains(text[prev:p[1]], "...") {
			// An ellipsis at the end: marked by a final empty word.
			out = append(out, qword{start: p[1], end: p[1], cut: true})
		}
	}
	return out
}

// contractions spells out the clitics of folded words.
var contractions = []struct{ suffix, word string }{
	{"n't", "not"}, {"'re", "are"}, {"'ve", "have"}, {"'ll", "will"}, {"'m", "am"}, {"'d", "would"},
}

// isSubjects are the words whose 's is "is" rather than a possessive.
var isSubjects = wordSet(`it that there here he she what who where how`)

func wordKeys(w string) []string {
	f := words.Key(w)
	if !strings.HasPrefix(f, "-") {
		f = strings.TrimPrefix(words.Bare(w), "-")
		if strings.HasSuffix(words.Key(w), "'s") && isSubjects[f] {
			return []string{f, "is"}
		}
		if words.Key(w) == "let's" {
			return []string{"let", "us"}
		}
	}
	for _, c := range contractions {
		if base, ok := strings.CutSuffix(f, c.suffix); ok && base != "" {
			switch base + c.suffix {
			case "can't":
				base = "can"
			case "won't":
				base = "will"
			case "shan't":
				base = "shall"
			}
			return []string{base, c.word}
		}
	}
	if strings.HasPrefix(f, "-") {
		return []string{f}
	}
	var keys []string
	for _, k := range strings.Split(f, "-") {
		if k != "" {
			keys = append(keys, k)
		}
	}
	return keys
}

// A quoteMatch is a stretch of an OTHER quotation found in a group of BASE
// quotations: words o[oFrom..oTo] against the group's words b[bFrom..bTo].
type quoteMatch struct {
	group      int
	oFrom, oTo int
	bFrom, bTo int
	matched    int // words kept
	content    int // words kept that are not stop words
	edits      int // words substituted, inserted or deleted inside the stretch
	subs, ins  int // of edits: words substituted, OTHER words added
	// skipped are the BASE words (indexes into the group's words) the
	// stretch leaves out.
	skipped []int
}

// A quoteIndex holds the BASE quotations, grouped, for matching.
type quoteIndex struct {
	doc    *article.Document
	base   []quote
	groups []int     // group ids, in order
	words  [][]qword // words of each group, in order
	owner  [][]int   // index into base of each word's quotation
	posts  map[string][]int
	same   map[[2]string]bool
	exact  map[string]int // wordsKey of a quotation -> its first index in base
	// linked are the groups (indexes into groups) of the BASE sentences
	// linked to those of the OTHER quotation being compared.
	linked []int
	// groupOf maps a quotation's group id to its index in groups.
	groupOf map[int]int
}

// wordsKey spells a quotation's words and ellipses as one string.
func wordsKey(ws []qword) string {
	var b strings.Builder
	for _, w := range ws {
		if w.cut {
			b.WriteString("… ")
		}
		b.WriteString(w.key)
		b.WriteByte(' ')
	}
	return b.String()
}

// forRun returns a copy of x for one run: the same BASE quotations, with
// its own cache of spelling variants and list of linked groups, so that
// runs on one Base may go on at once.
func (x *quoteIndex) forRun() *quoteIndex {
	y := *x
	y.same = map[[2]string]bool{}
	y.linked = nil
	return &y
}

func newQuoteIndex(d *article.Document, base []quote) *quoteIndex {
	x := &quoteIndex{doc: d, base: base, posts: map[string][]int{}, same: map[[2]string]bool{},
		exact: map[string]int{}, groupOf: map[int]int{}}
	for i, q := range base {
		if _, dup := x.exact[wordsKey(q.words)]; !dup {
			x.exact[wordsKey(q.words)] = i
		}
		if len(x.groups) == 0 || x.groups[len(x.groups)-1] != q.group {
			x.groupOf[q.group] = len(x.groups)
			x.groups = append(x.groups, q.group)
			x.words = append(x.words, nil)
			x.owner = append(x.owner, nil)
		}
		g := len(x.groups) - 1
		for _, w := range q.words {
			if w.key == "" {
				continue
			}
			x.words[g] = append(x.words[g], w)
			x.owner[g] = append(x.owner[g], i)
		}
	}
	for g, ws := range x.words {
		seen := map[string]bool{}
		for _, w := range ws {
			if !seen[w.key] {
				seen[w.key] = true
				x.posts[w.key] = append(x.posts[w.key], g)
			}
		}
	}
	return x
}

// eq reports whether two quotation words are the same word: equal, or a
// British and an American spelling of it.
func (x *quoteIndex) eq(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 4 || len(b) < 4 || a[0] != b[0] {
		return false
	}
	k := [2]string{a, b}
	v, ok := x.same[k]
	if !ok {
		v = words.SpellingVariant(a, b)
		x.same[k] = v
	}
	return v
}

// maxAlignCells bounds one local alignment (words × words); longer pairs
// are not compared. Quotations are a few dozen words; the bound only keeps
// a pathological input (a book in quote marks) from taking minutes.
const maxAlignCells = 1 << 22

// postingCap is the most groups a word may be in and still propose
// candidates: a word quoted everywhere ("security" in a long report) says
// nothing about where one quotation comes from, and skipping it keeps the
// search linear.
const postingCap = 64

// proposes reports whether quoted word key proposes BASE groups as
// candidates: a word that is no stop word and is found in 1 to
// postingCap groups.
func (x *quoteIndex) proposes(key string) bool {
	n := len(x.posts[key])
	return key != "" && n > 0 && n <= postingCap && !english.IsStopWord(key)
}

// candidates returns the groups that share most distinct words with ws
// (stop words and words over postingCap left out), with the groups in
// x.linked, at most 8, best first (ties in text order). Cost:
// O(len(ws)·postingCap) plus the size of the linked groups.
func (x *quoteIndex) candidates(ws []qword) []int {
	count := map[int]int{}
	seen := map[string]bool{}
	for _, w := range ws {
		if w.key == "" || seen[w.key] || english.IsStopWord(w.key) {
			continue
		}
		seen[w.key] = true
		if !x.proposes(w.key) {
			continue
		}
		for _, g := range x.posts[w.key] {
			count[g]++
		}
	}
	// The groups in sentences linked to the quotation's own are
	// candidates whatever their words: the comparison already found
	// them related (and a word over postingCap proposes nothing).
	for _, g := range x.linked {
		if _, ok := count[g]; ok {
			continue
		}
		shared := map[string]bool{}
		for _, w := range x.words[g] {
			if seen[w.key] && !english.IsStopWord(w.key) {
				shared[w.key] = true
			}
		}
		count[g] = len(shared)
	}
	gs := make([]int, 0, len(count))
	for g := range count {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool {
		if count[gs[i]] != count[gs[j]] {
			return count[gs[i]] > count[gs[j]]
		}
		return gs[i] < gs[j]
	})
	return gs[:min(len(gs), 8)]
}

// align finds the best local alignment (Smith–Waterman: +2 a word kept,
// −1 a word changed, added or left out) of o against group g. Cost:
// O(len(o)·len(group)) time and memory.
func (x *quoteIndex) align(o []qword, g int) (quoteMatch, bool) {
	b := x.words[g]
	m, n := len(o), len(b)
	if m == 0 || n == 0 || m*n > maxAlignCells {
		return quoteMatch{}, false
	}
	score := make([]int32, (m+1)*(n+1))
	at := func(i, j int) int { return i*(n+1) + j }
	best, bi, bj := int32(0), 0, 0
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			diag := score[at(i-1, j-1)] - 1
			if x.eq(o[i-1].key, b[j-1].key) {
				diag += 3
			}
			s := max(0, diag, score[at(i-1, j)]-1, score[at(i, j-1)]-1)
			score[at(i, j)] = s
			if s > best {
				best, bi, bj = s, i, j
			}
		}
	}
	if best == 0 {
		return quoteMatch{}, false
	}
	// Trace back.
	mt := quoteMatch{group: g, oTo: bi - 1, bTo: bj - 1}
	i, j := bi, bj
	for i > 0 && j > 0 && score[at(i, j)] > 0 {
		s := score[at(i, j)]
		same := x.eq(o[i-1].key, b[j-1].key)
		switch {
		case same && s == score[at(i-1, j-1)]+2:
			mt.matched++
			if !english.IsStopWord(o[i-1].key) {
				mt.content++
			}
			i, j = i-1, j-1
		case !same && s == score[at(i-1, j-1)]-1:
			mt.edits++
			mt.subs++
			i, j = i-1, j-1
		case s == score[at(i-1, j)]-1:
			mt.edits++
			mt.ins++
			i--
		default:
			mt.edits++
			mt.skipped = append(mt.skipped, j-1)
			j--
		}
	}
	mt.oFrom, mt.bFrom = i, j
	return mt, true
}

// cover finds where the words o[from:to] of an OTHER quotation come from:
// the best acceptable stretch in any group (see acceptable), then
// (recursively) the best stretches of what is left on either side, which
// must keep three words or more.
func (x *quoteIndex) cover(o []qword, from, to, minKept int, out *[]quoteMatch) {
	if to-from < minKept || to <= from {
		return
	}
	seg := o[from:to]
	var best quoteMatch
	found := false
	for _, g := range x.candidates(seg) {
		mt, ok := x.align(seg, g)
		if ok && x.acceptable(mt, len(seg), minKept) && (!found || mt.matched > best.matched) {
			best, found = mt, true
		}
	}
	if !found {
		return
	}
	best.oFrom += from
	best.oTo += from
	x.cover(o, from, best.oFrom, 3, out)
	*out = append(*out, best)
	x.cover(o, best.oTo+1, to, 3, out)
}

// acceptable reports whether stretch mt of a run of n OTHER words shows
// that they come from a BASE quotation: it keeps at least minKept words,
// not all of them stop words unless it keeps two more ("we can not … this"); at least half the words of the stretch on
// each side; and two thirds of the OTHER words or of the words of the
// BASE quotation. Two quotations that merely share a phrase ("in
// foreign countries", "a militia that") are not one.
func (x *quoteIndex) acceptable(mt quoteMatch, n, minKept int) bool {
	if mt.matched < minKept || mt.content < max(1, minKept-1) && mt.matched < minKept+2 ||
		2*mt.matched < mt.oTo-mt.oFrom+1 || 2*mt.matched < mt.bTo-mt.bFrom+1 {
		return false
	}
	owner := countQuoteWords(x.base[x.mainOwner(mt)].words)
	return 3*mt.matched >= 2*n || 3*mt.matched >= 2*owner
}

// The outcomes of comparing one OTHER quotation.
const (
	quoteUnmatched = iota // no BASE quotation has its words
	quoteUnchanged
	quoteChanged
)

// compareQuote reports how OTHER quotation oq changed from the BASE
// quotations it comes from. Its words are matched piece by piece (the
// pieces between ellipses) with cover; then the stretches found say what
// changed: stretches from more than one group of BASE quotations, or out
// of order, are a splice; BASE words left out at an ellipsis a truncation;
// words changed inside a stretch or OTHER words found in no stretch an
// alteration; and a speaker that cannot be the BASE's a misattribution.
func (x *quoteIndex) compareQuote(oq *quote) (QuoteChange, int, []quoteMatch) {
	o := oq.words
	if bq, ok := x.exact[wordsKey(o)]; ok {
		// The same words, ellipses and all.
		if sameSpeaker(&x.base[bq], oq) {
			return QuoteChange{}, quoteUnchanged, nil
		}
		return QuoteChange{
			Speaker: x.base[bq].Speaker, OtherSpeaker: oq.Speaker,
			SpeakerConfidence: x.base[bq].SpeakerConfidence, OtherSpeakerConfidence: oq.SpeakerConfidence,
			Base: x.base[bq].Text, Other: oq.Text, Change: QuoteMisattributed,
			BaseSentences:  slices.Clone(x.base[bq].Sentences),
			OtherSentences: slices.Clone(oq.Sentences),
			Diff:           align.WordDiff(x.base[bq].Text, oq.Text),
		}, quoteChanged, nil
	}
	var ms []quoteMatch
	// Pieces between ellipses are matched on their own.
	start := 0
	for i := 0; i <= len(o); i++ {
		if i == len(o) || i > start && o[i].cut {
			piece := o[start:i]
			for len(piece) > 0 && piece[len(piece)-1].key == "" {
				piece = piece[:len(piece)-1]
			}
			n := len(piece)
			x.cover(o, start, start+n, min(n, 2), &ms)
			start = i
		}
	}
	if len(ms) == 0 {
		return QuoteChange{}, quoteUnmatched, nil
	}
	kept := 0
	primary := 0
	groups := map[int]bool{}
	for k, mt := range ms {
		kept += mt.oTo - mt.oFrom + 1
		groups[mt.group] = true
		if mt.matched > ms[primary].matched {
			primary = k
		}
	}
	var change QuoteKind
	var removed []string
	switch {
	case len(groups) > 1 || !inOrder(ms):
		change = QuoteSpliced
	case x.omits(o, ms):
		change = QuoteTruncated
	case kept == countQuoteWords(o) && onlySkips(ms) && x.trimmable(ms):
		change = QuoteTrimmed
		removed = x.skippedText(ms)
	case kept < countQuoteWords(o) && !anyEdits(ms) && !x.replacesEnd(o, ms):
		change = QuoteExtended
	case kept < countQuoteWords(o) || anyEdits(ms):
		change = QuoteAltered
	}
	// Who said it: the BASE quotation with most of the primary stretch.
	// A change of speaker that is not certain (a pronoun that another
	// person would fit) does not hide a change of words.
	bq := &x.base[x.mainOwner(ms[primary])]
	if !sameSpeaker(bq, oq) && (change == "" || surelyOther(bq, oq)) {
		change = QuoteMisattributed
	}
	if change == "" {
		return QuoteChange{}, quoteUnchanged, ms
	}
	qc := QuoteChange{
		Speaker:                bq.Speaker,
		OtherSpeaker:           oq.Speaker,
		SpeakerConfidence:      bq.SpeakerConfidence,
		OtherSpeakerConfidence: oq.SpeakerConfidence,
		Other:                  oq.Text,
		Change:                 change,
		OtherSentences:         slices.Clone(oq.Sentences),
		Removed:                removed,
	}
	if change == QuoteSpliced {
		qc.Pieces = x.pieces(ms)
	}
	if change == QuoteTruncated {
		// One stretch from the first word kept to the last, so that
		// the words left out show.
		whole := ms[0]
		whole.oTo, whole.bTo = ms[len(ms)-1].oTo, ms[len(ms)-1].bTo
		ms = []quoteMatch{whole}
	}
	var texts []string
	for _, mt := range ms {
		text, sents := x.baseText(o, mt)
		texts = append(texts, text)
		qc.BaseSentences = append(qc.BaseSentences, sents...)
	}
	qc.Base = strings.Join(texts, " … ")
	slices.Sort(qc.BaseSentences)
	qc.BaseSentences = slices.Compact(qc.BaseSentences)
	qc.Diff = align.WordDiff(qc.Base, qc.Other)
	qc.OtherStart, qc.OtherEnd = oq.Start, oq.End
	qc.BaseStart, qc.BaseEnd = -1, -1
	for _, mt := range ms {
		q := &x.base[x.mainOwner(mt)]
		if qc.BaseStart < 0 || q.Start < qc.BaseStart {
			qc.BaseStart = q.Start
		}
		qc.BaseEnd = max(qc.BaseEnd, q.End)
	}
	return qc, quoteChanged, ms
}

// surelyOther reports whether two attributions that name different
// speakers are both certain: names, each resolved with confidentSpeaker
// or more.
func surelyOther(a, b *quote) bool {
	return a.proper && b.proper && a.SpeakerConfidence >= confidentSpeaker && b.SpeakerConfidence >= confidentSpeaker
}

// countQuoteWords counts the words of a quotation that are compared (a
// qword with a key), leaving out what matching ignores.
func countQuoteWords(o []qword) int {
	n := 0
	for _, w := range o {
		if w.key != "" {
			n++
		}
	}
	return n
}

// onlySkips reports whether the stretches leave out BASE words and change
// and add none: a quotation trimmed without an ellipsis.
func onlySkips(ms []quoteMatch) bool {
	n := 0
	for _, mt := range ms {
		if mt.subs > 0 || mt.ins > 0 {
			return false
		}
		n += len(mt.skipped)
	}
	for k := 1; k < len(ms); k++ {
		n += ms[k].bFrom - ms[k-1].bTo - 1
	}
	return n > 0
}

// trimmable reports whether the BASE words the stretches leave out make a
// trim rather than an alteration: two words or more, and no negation
// ("we don’t want" quoted as "we do want" is altered, not trimmed).
func (x *quoteIndex) trimmable(ms []quoteMatch) bool {
	n := 0
	for k, mt := range ms {
		idx := slices.Clone(mt.skipped)
		if k > 0 {
			for j := ms[k-1].bTo + 1; j < mt.bFrom; j++ {
				idx = append(idx, j)
			}
		}
		for _, j := range idx {
			if negations[x.words[mt.group][j].key] {
				return false
			}
		}
		n += len(idx)
	}
	return n >= 2
}

var negations = wordSet(`not no never nor none nothing nobody neither without`)

// skippedText returns the BASE words the stretches leave out, as written,
// one string per run of words left out.
func (x *quoteIndex) skippedText(ms []quoteMatch) []string {
	var idx []int
	for k, mt := range ms {
		if k > 0 {
			for j := ms[k-1].bTo + 1; j < mt.bFrom; j++ {
				idx = append(idx, j)
			}
		}
		idx = append(idx, mt.skipped...)
	}
	slices.Sort(idx)
	idx = slices.Compact(idx)
	if len(ms) == 0 {
		return nil
	}
	ws := x.words[ms[0].group]
	var out []string
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && idx[j+1] == idx[j]+1 {
			j++
		}
		out = append(out, x.doc.Text[ws[idx[i]].start:ws[idx[j]].end])
		i = j + 1
	}
	return out
}

// pieces returns the BASE quotations a splice draws on, in the order the
// OTHER quotes them, each in full with the BASE text between it and the
// next when the next follows it.
func (x *quoteIndex) pieces(ms []quoteMatch) []QuotePiece {
	var out []QuotePiece
	var owners []int
	for _, mt := range ms {
		q := x.mainOwner(mt)
		if len(owners) > 0 && owners[len(owners)-1] == q {
			continue
		}
		owners = append(owners, q)
	}
	for k, q := range owners {
		bq := &x.base[q]
		p := QuotePiece{Text: bq.Text, Start: bq.Start, End: bq.End, Sentence: firstOr(bq.Sentences, 0)}
		if k+1 < len(owners) {
			next := &x.base[owners[k+1]]
			if next.Start >= bq.End {
				p.Cut = strings.TrimSpace(x.doc.Text[bq.End:next.Start])
			}
		}
		out = append(out, p)
	}
	return out
}

func firstOr(s []int, d int) int {
	if len(s) == 0 {
		return d
	}
	return s[0]
}

func anyEdits(ms []quoteMatch) bool {
	for _, mt := range ms {
		if mt.edits > 0 {
			return true
		}
	}
	return false
}

// inOrder reports whether the stretches follow each other in the BASE as
// they do in the OTHER.
func inOrder(ms []quoteMatch) bool {
	for k := 1; k < len(ms); k++ {
		if ms[k].group != ms[k-1].group || ms[k].bFrom <= ms[k-1].bTo {
			return false
		}
	}
	return true
}

// omits reports whether an ellipsis of the OTHER stands for BASE words
// left out: between two stretches of one group, or at either end of the
// quotation where the BASE quotation goes on.
func (x *quoteIndex) omits(o []qword, ms []quoteMatch) bool {
	for k := 1; k < len(ms); k++ {
		if ms[k].bFrom > ms[k-1].bTo+1 {
			return true
		}
	}
	first, last := ms[0], ms[len(ms)-1]
	if first.oFrom == 0 && o[0].cut && first.bFrom > 0 {
		return true
	}
	trailing := o[len(o)-1].key == "" && o[len(o)-1].cut
	return trailing && last.oTo >= countQuoteWords(o)-1 && last.bTo < len(x.words[last.group])-1
}

// mainOwner returns the BASE quotation that holds most words of stretch mt.
func (x *quoteIndex) mainOwner(mt quoteMatch) int {
	count := map[int]int{}
	best := x.owner[mt.group][mt.bFrom]
	for j := mt.bFrom; j <= mt.bTo; j++ {
		q := x.owner[mt.group][j]
		count[q]++
		if count[q] > count[best] {
			best = q
		}
	}
	return best
}

// replacesEnd reports whether the OTHER words the stretches leave out at
// either end of the quotation stand where the BASE quotation has words the
// stretches leave out too: "a militia that kills" quoted as "a militia
// that harms" replaces its last word, which is an alteration, not words
// added. It reads the ends as baseText widens them.
func (x *quoteIndex) replacesEnd(o []qword, ms []quoteMatch) bool {
	first, last := ms[0], ms[len(ms)-1]
	owner := x.owner[first.group]
	if k := first.oFrom - 1; k >= 0 && o[k].key != "" && !o[k+1].cut && first.bFrom > 0 && owner[first.bFrom-1] == owner[first.bFrom] {
		return true
	}
	owner = x.owner[last.group]
	k := last.oTo + 1
	return k < len(o) && o[k].key != "" && !o[k].cut && last.bTo+1 < len(owner) && owner[last.bTo+1] == owner[last.bTo]
}

// baseText returns the BASE text of stretch mt, widened by as many words
// as the OTHER has unmatched at either end (so a changed first or last
// word shows as changed, not as added), and the BASE sentences it covers.
// The pieces of different quotations are joined by a space.
func (x *quoteIndex) baseText(o []qword, mt quoteMatch) (string, []int) {
	ws, owner := x.words[mt.group], x.owner[mt.group]
	from, to := mt.bFrom, mt.bTo
	for k := mt.oFrom - 1; k >= 0 && o[k].key != "" && !o[k+1].cut && from > 0 && owner[from-1] == owner[from]; k-- {
		from--
	}
	for k := mt.oTo + 1; k < len(o) && o[k].key != "" && !o[k].cut && to+1 < len(ws) && owner[to+1] == owner[to]; k++ {
		to++
	}
	var pieces []string
	var sents []int
	for j := from; j <= to; {
		q := owner[j]
		k := j
		for k+1 <= to && owner[k+1] == q {
			k++
		}
		start, end := ws[j].start, ws[k].end
		// From the start or to the end of the quotation, punctuation
		// included.
		if j == 0 || owner[j-1] != q {
			start = x.base[q].parts[0][0]
		}
		if k == len(ws)-1 || owner[k+1] != q {
			end = x.base[q].parts[len(x.base[q].parts)-1][1]
		}
		pieces = append(pieces, sliceParts(x.doc.Text, x.base[q].parts, start, end))
		sents = append(sents, sentencesIn(x.doc, start, end)...)
		j = k + 1
	}
	return strings.Join(pieces, " "), sents
}

// sliceParts returns text[start:end] restricted to the ranges in parts,
// the pieces joined by a space.
func sliceParts(text string, parts [][2]int, start, end int) string {
	var out []string
	for _, p := range parts {
		s, e := max(p[0], start), min(p[1], end)
		if s < e {
			out = append(out, strings.TrimSpace(text[s:e]))
		}
	}
	return strings.Join(out, " ")
}
