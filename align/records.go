package align

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// records turns the matcher's links into the comparison's records, in
// BASE order with Added sentences after the record of the OTHER sentence
// before them. bi and oi map included sentences to document indexes.
// recordsMinPart is the fewest links whose records are made on a
// goroutine of their own (see spread): a news article's are made on the
// calling goroutine. A variable so that tests can take the concurrent
// path on small inputs.
var recordsMinPart = 1024

func (m *matcher) records(base, other *article.Document, bi, oi []int) []SentenceLink {
	links := m.linked(m.scratch)
	// From here the links are read in links: the matcher's own list and
	// its links by sentence go (on a large pair, a 152-byte bead a link).
	m.scratch, m.links, m.linkB, m.linkO = nil, nil, nil, nil
	moved := movedLinks(links, m.size)

	// The link at each sentence of either side.
	recOfLink := make([]int, len(links))
	linkAtB := filled(len(m.base), -1)
	linkAtO := filled(len(m.other), -1)
	for k, l := range links {
		for i := l.b0; i < l.b1; i++ {
			linkAtB[i] = k
		}
		for j := l.o0; j < l.o1; j++ {
			linkAtO[j] = k
		}
	}
	// The records of the links (word diffs and evidence, most of the
	// cost) are made in ranges of links on up to GOMAXPROCS goroutines
	// (see spread), each into its own slot; only evidence's scratch is
	// per range (and the word diffs' differ), the rest is read.
	for _, l := range links { // before any range reads them
		m.ready(l.o0, l.o1)
	}
	linkRecs := make([]SentenceLink, len(links))
	parts := partsFor(len(links), recordsMinPart)
	ms := []*matcher{m}
	for len(ms) < parts {
		c := *m // before any range writes to m
		c.ev, c.diff = evidenceScratch{}, differ{}
		ms = append(ms, &c)
	}
	spread(len(links), parts, func(part, lo, hi int) {
		mp := ms[part]
		// The 1–1 links of repeated texts made so far in this range, by
		// the first of each side's repeats (see repeats): a link of the
		// same texts and kind has the same diff and evidence.
		made := map[[2]int32]int{}
		for k := lo; k < hi; k++ {
			l := links[k]
			if key, ok := mp.repeatedLink(l); ok {
				if at, ok := made[key]; ok && links[at].kind == l.kind {
					linkRecs[k] = again(linkRecs[at], l, bi, oi, moved[k])
					continue
				}
				made[key] = k
			}
			linkRecs[k] = mp.record(l, base, other, bi, oi, moved[k])
		}
	})
	// The records in BASE order (a dropped sentence, or a link at its
	// first BASE sentence) are counted and placed first, and written
	// once, with the added sentences among them.
	nrecs := 0
	for i := range m.base {
		if k := linkAtB[i]; k < 0 || i == links[k].b0 {
			if k >= 0 {
				recOfLink[k] = nrecs
			}
			nrecs++
		}
	}

	// Added sentences, each after the record of the OTHER sentence before it.
	after := make([][]int, nrecs+1) // after[r+1]: added after record r; after[0]: before all
	cur := -1
	added := 0
	for j := range m.other {
		if k := linkAtO[j]; k >= 0 {
			cur = recOfLink[k]
			continue
		}
		after[cur+1] = append(after[cur+1], oi[j])
		added++
	}
	out := make([]SentenceLink, 0, nrecs+added)
	addAll := func(js []int) {
		for _, j := range js {
			out = append(out, SentenceLink{Kind: Added, Other: []int{j}})
		}
	}
	addAll(after[0])
	r := 0
	for i := range m.base {
		switch k := linkAtB[i]; {
		case k < 0:
			out = append(out, SentenceLink{Kind: Dropped, Base: []int{bi[i]}})
		case i == links[k].b0:
			out = append(out, linkRecs[k])
		default:
			continue
		}
		addAll(after[r+1])
		r++
	}
	return out
}

func (m *matcher) record(l bead, base, other *article.Document, bi, oi []int, moved bool) SentenceLink {
	rec := SentenceLink{Kind: l.kind, Moved: moved}
	var bt, ot []string
	for i := l.b0; i < l.b1; i++ {
		rec.Base = append(rec.Base, bi[i])
		bt = append(bt, base.Sentences[bi[i]].Text)
	}
	for j := l.o0; j < l.o1; j++ {
		rec.Other = append(rec.Other, oi[j])
		ot = append(ot, other.Sentences[oi[j]].Text)
	}
	a, b := strings.Join(bt, " "), strings.Join(ot, " ")
	rec.Evidence = m.evidence(l, a)
	switch l.kind {
	case Identical:
		rec.Score = 1
		rec.Diff = []Chunk{{Op: Equal, Text: a}}
		if a != b {
			// Spelling variants or typography: identical, but the diff
			// shows each side as written.
			rec.Diff = m.diff.diff(a, b)
		}
	case Edited:
		rec.Diff = m.diff.diff(a, b)
		fallthrough
	default:
		rec.Score = roundScore(l.strength)
	}
	return rec
}

// repeatedLink returns the key of repeatedPair for a 1–1 link; ok is false
// for a group, or a pair of sentences that are not repeated.
func (m *matcher) repeatedLink(l bead) (key [2]int32, ok bool) {
	if l.b1-l.b0 != 1 || l.o1-l.o0 != 1 {
		return key, false
	}
	return m.repeatedPair(pairIdx{l.b0, l.o0})
}

// again returns the record of 1–1 link l whose texts and kind are those
// of the record rec: rec's diff and evidence (their slices shared), l's
// sentences, score, support and place.
func again(rec SentenceLink, l bead, bi, oi []int, moved bool) SentenceLink {
	out := SentenceLink{Kind: l.kind, Base: []int{bi[l.b0]}, Other: []int{oi[l.o0]}, Moved: moved, Diff: rec.Diff}
	ev := *rec.Evidence
	ev.Support = l.via
	out.Evidence = &ev
	out.Score = 1
	if l.kind != Identical {
		out.Score = roundScore(l.strength)
	}
	return out
}

// roundScore keeps three decimals: enough to rank, and stable to print.
func roundScore(x float64) float64 { return math.Round(x*1000) / 1000 }

// linked returns the links that hold BASE sentences, sorted by BASE
// position: the sequence whose order movedLinks judges. They are laid
// out in dst[:0], grown once to fit when it is too small: a bead is
// large and a big pair has tens of thousands of links, which backbone
// lists on every pass.
func (m *matcher) linked(dst []bead) []bead {
	n := 0
	for _, l := range m.links {
		if l.b1 > l.b0 {
			n++
		}
	}
	ls := dst[:0]
	if cap(ls) < n {
		ls = make([]bead, 0, n)
	}
	for _, l := range m.links {
		if l.b1 > l.b0 {
			ls = append(ls, l)
		}
	}
	slices.SortFunc(ls, func(a, b bead) int { return a.b0 - b.b0 })
	return ls
}

// movedLinks marks the links (sorted by BASE position) that are not in a
// heaviest subsequence increasing in OTHER position, weighing each link by
// weight: when two blocks swap places, the smaller one is the one that
// moved. Cost: O(L log L) with a Fenwick tree of prefix maxima.
func movedLinks(links []bead, weight func(bead) int) []bool {
	moved := make([]bool, len(links))
	if len(links) == 0 {
		return moved
	}
	maxO := 0
	for _, l := range links {
		maxO = max(maxO, l.o0)
	}
	type best struct{ sum, at int } // heaviest chain ending at link `at`
	tree := make([]best, maxO+2)
	for i := range tree {
		tree[i] = best{0, -1}
	}
	better := func(a, b best) bool {
		return a.sum > b.sum || (a.sum == b.sum && a.at >= 0 && (b.at < 0 || a.at < b.at))
	}
	query := func(pos int) best { // best chain over OTHER positions < pos
		r := best{0, -1}
		for p := pos; p > 0; p -= p & -p {
			if better(tree[p], r) {
				r = tree[p]
			}
		}
		return r
	}
	update := func(pos int, b best) {
		for p := pos + 1; p < len(tree); p += p & -p {
			if better(b, tree[p]) {
				tree[p] = b
			}
		}
	}
	prev := make([]int, len(links))
	sums := make([]int, len(links))
	for k, l := range links {
		q := query(l.o0)
		prev[k] = q.at
		sums[k] = q.sum + weight(l)
		update(l.o0, best{sums[k], k})
	}
	end := 0
	for k := range links {
		if sums[k] > sums[end] {
			end = k
		}
	}
	for k := range moved {
		moved[k] = true
	}
	for k := end; k >= 0; k = prev[k] {
		moved[k] = false
	}
	return moved
}

// paragraphLinks groups paragraphs joined by sentence links (connected
// components) and scores each group: the byte-weighted mean score of its
// links over all the compared text of its paragraphs.
func paragraphLinks(base, other *article.Document, recs []SentenceLink) []ParagraphLink {
	nb := len(base.Paragraphs)
	parent := make([]int, nb+len(other.Paragraphs))
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra < rb {
			parent[rb] = ra
		} else if rb < ra {
			parent[ra] = rb
		}
	}
	bpar := func(i int) int { return clampPar(base.Sentences[i].Paragraph, nb) }
	opar := func(j int) int { return nb + clampPar(other.Sentences[j].Paragraph, len(other.Paragraphs)) }
	if nb == 0 || len(other.Paragraphs) == 0 {
		return nil
	}
	linkedBytes := map[int]float64{}
	for _, r := range recs {
		if len(r.Base) == 0 || len(r.Other) == 0 {
			continue
		}
		for _, i := range r.Base {
			union(bpar(r.Base[0]), bpar(i))
		}
		for _, j := range r.Other {
			union(bpar(r.Base[0]), opar(j))
		}
	}
	totalBytes := map[int]int{}
	for _, r := range recs {
		n := 0
		for _, i := range r.Base {
			n += len(base.Sentences[i].Text)
		}
		for _, j := range r.Other {
			n += len(other.Sentences[j].Text)
		}
		var root int
		if len(r.Base) > 0 {
			root = find(bpar(r.Base[0]))
		} else {
			root = find(opar(r.Other[0]))
		}
		totalBytes[root] += n
		if len(r.Base) > 0 && len(r.Other) > 0 {
			linkedBytes[root] += r.Score * float64(n)
		}
	}
	groups := map[int]*ParagraphLink{}
	var roots []int
	for p := range parent {
		root := find(p)
		if _, linked := linkedBytes[root]; !linked {
			continue
		}
		g := groups[root]
		if g == nil {
			g = &ParagraphLink{}
			groups[root] = g
			roots = append(roots, root)
		}
		if p < nb {
			g.Base = append(g.Base, p)
		} else {
			g.Other = append(g.Other, p-nb)
		}
	}
	out := make([]ParagraphLink, 0, len(roots))
	for _, root := range roots {
		g := groups[root]
		if t := totalBytes[root]; t > 0 {
			g.Score = roundScore(linkedBytes[root] / float64(t))
		}
		out = append(out, *g)
	}
	slices.SortFunc(out, func(a, b ParagraphLink) int {
		if a.Base[0] != b.Base[0] {
			return a.Base[0] - b.Base[0]
		}
		return a.Other[0] - b.Other[0]
	})
	return out
}

func clampPar(p, n int) int { return min(max(p, 0), n-1) }

// summarize counts the records and measures how much of OTHER's body text
// was reused: the bytes Shares counts as linked, over all its body bytes.
func summarize(other *article.Document, recs []SentenceLink) Summary {
	var s Summary
	for _, r := range recs {
		switch r.Kind {
		case Identical:
			s.Identical++
		case Edited:
			s.Edited++
		case Paraphrased:
			s.Paraphrased++
		case Added:
			s.Added++
		case Dropped:
			s.Dropped++
		}
		if r.Moved {
			s.Moved++
		}
	}
	b := countBody(recs, other, recordOf(recs, len(other.Sentences), otherSents))
	s.Reused = roundScore(b.linkedShare())
	return s
}

// evidenceScratch is evidence's memory, reused from link to link: the
// link's BASE tokens, and by the place of a stem in the link's BASE set,
// how BASE writes it (surface, when written), and whether it is a name
// there.
type evidenceScratch struct {
	toks    []words.Token
	surface []string
	written []bool
	name    []bool
}

// evidenceMaxItems caps each list of an Evidence: enough to say why, short
// enough to read.
const evidenceMaxItems = 8

// evidence lists what link l shares, in the words of baseText (the BASE
// side's text), and its support. Cost: O(n log n) for the n words of the
// link.
func (m *matcher) evidence(l bead, baseText string) *Evidence {
	a, b := m.joined(m.base, l.b0, l.b1), m.joinedO(l.o0, l.o1)
	// The first way BASE writes each stem, and whether it is a name
	// there (as the stem's last word in the link says), by the stem's
	// place in a.set, which holds every stem of a.words, sorted.
	ev := &m.ev
	n := len(a.set)
	ev.surface = slices.Grow(ev.surface[:0], n)[:n]
	ev.written = slices.Grow(ev.written[:0], n)[:n]
	ev.name = slices.Grow(ev.name[:0], n)[:n]
	clear(ev.surface)
	clear(ev.written)
	at := func(id int32) int {
		p, _ := slices.BinarySearch(a.set, id)
		return p
	}
	for k, id := range a.words {
		ev.name[at(id)] = !a.ordinary[k] && !m.v.num[id]
	}
	ev.toks = words.AppendTokens(ev.toks[:0], baseText)
	toks := ev.toks
	for k := 0; k < len(toks); k++ {
		if toks[k].Kind != words.Word {
			continue
		}
		// "U.S." is matched as "US" and shown as written (see matchWord).
		var key, w string
		key, w, k = matchWord(baseText, toks, k)
		if id, ok := m.v.known(strings.ToLower(key)); ok {
			if p, in := slices.BinarySearch(a.set, id); in && !ev.written[p] {
				ev.surface[p], ev.written[p] = w, true
			}
		}
	}
	// The stems both sides have that BASE writes, by place in a.set.
	var shared []int
	for i, j := 0, 0; i < len(a.set) && j < len(b.set); {
		switch {
		case a.set[i] < b.set[j]:
			i++
		case b.set[j] < a.set[i]:
			j++
		default:
			if ev.written[i] {
				shared = append(shared, i)
			}
			i++
			j++
		}
	}
	slices.SortFunc(shared, func(x, y int) int {
		if wx, wy := m.v.w[a.set[x]], m.v.w[a.set[y]]; wx != wy {
			return cmp.Compare(wy, wx)
		}
		return strings.Compare(ev.surface[x], ev.surface[y])
	})
	e := &Evidence{Names: []string{}, Numbers: []string{}, Words: []string{}, Support: l.via}
	for _, p := range shared {
		id := a.set[p]
		list := &e.Words
		switch {
		case m.v.num[id] && !sameUnit(a.unitOf(id), b.unitOf(id)):
			continue // "$5" and "5 percent": not one figure (see sameUnit)
		case m.v.num[id]:
			list = &e.Numbers
		case ev.name[p]:
			list = &e.Names
		case m.v.info[id] < keyMinInfo:
			continue // "the", "of": no evidence of anything
		}
		if len(*list) < evidenceMaxItems {
			*list = append(*list, ev.surface[p])
		}
	}
	return e
}
