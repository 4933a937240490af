package align

import (
	"strings"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
	"github.com/wirediff/wirediff/words"
)

// maxDiffCells bounds the work of one WordDiff: above this product of the
// two token counts, the diff falls back to a coarse one (common prefix and
// suffix kept, the middle replaced whole). Sentences never come near it
// (two 2,000-word sentences are 1.6e7 tokens²); it only keeps a pathological
// input (a megabyte with no full stop) from taking minutes.
const maxDiffCells = 1 << 26

// WordDiff returns a word-level diff of a (BASE) and b (OTHER) that reads
// like an editor's redline.
//
// Contract: the chunks are in order; the Equal and Delete chunks spell a
// exactly, and the Equal and Insert chunks spell b exactly: each side
// keeps its own characters. No chunk starts or ends inside a word (a run
// of characters between spaces); a Delete is never followed by another
// Delete nor an Insert by an Insert, and in a change the Delete comes
// before the Insert. Comparison is case-sensitive but blind to
// typographic variants: “set” and "set" are the same word, “set -our” and
// "set our" differ in the word -our. A word kept but written with other
// quote marks, dashes, spaces or joiners is a Delete and an Insert marked
// Typographic (unless it touches a real change, which then takes it in),
// so that a renderer can show either side as it was written and decide,
// as the house style asks, whether such a pair is an edit.
//
// Idea: each distinct word, run of space and run of punctuation becomes
// one rune of a private alphabet (U+E000 upwards, so never a surrogate),
// sergi/go-diff's Myers diff runs on the two rune strings, and the result
// is mapped back. A word only partly kept (its punctuation changed) is then
// changed whole, and a single short word or a bare space kept between two
// changes joins them, so "the" does not float alone in a rewritten clause.
//
// Cost: O((n+m)·d) time for n and m tokens and d changed tokens, O(n+m)
// memory; see maxDiffCells for the bound on huge inputs.
func WordDiff(a, b string) []Chunk {
	var d differ
	return d.diff(a, b)
}

// A differ is WordDiff's working memory: the tokens of the two texts,
// their runes in the private alphabet, the alphabet itself, the matches
// and the written-word numbers. A caller that diffs many pairs one after
// the other (the records of a comparison) keeps one differ and calls
// diff, so that these are allocated once and grown to the longest pair
// rather than made again for every pair: on a 1 MB pair about 15 MB
// fewer bytes allocated. The chunks diff returns share none of it. A
// differ is for one goroutine at a time; its zero value is ready.
type differ struct {
	ta, tb         []words.Token
	ra, rb         []rune
	alphabet       map[string]rune
	matchA, matchB []int
	ga, gb         []int
	regs           []region
	dmp            *diffmatchpatch.DiffMatchPatch
}

// differAlphabetMax is the most entries a differ's alphabet keeps from one
// diff to the next: clearing a map costs in proportion to its size, so the
// map of a huge pair is dropped rather than cleared for every sentence
// that follows.
const differAlphabetMax = 4096

// diff is WordDiff using d's memory.
func (d *differ) diff(a, b string) []Chunk {
	d.ta = appendTokens(d.ta[:0], a)
	d.tb = appendTokens(d.tb[:0], b)
	ta, tb := d.ta, d.tb
	if !d.matchTokens(a, b, ta, tb) {
		return d.coarseDiff(a, b, ta, tb)
	}
	d.wholeWords(a, b, ta, tb)
	return d.buildChunks(a, b, ta, tb)
}

// appendTokens is words.AppendTokens into dst, first given room for a
// token in every two bytes of s when it has less (see words.Tokenize).
func appendTokens(dst []words.Token, s string) []words.Token {
	if need := len(s)/2 + 1; cap(dst) < need {
		dst = make([]words.Token, 0, need)
	}
	return words.AppendTokens(dst, s)
}

// diffKey is the text a token is compared by.
func diffKey(s string, t words.Token) string {
	if t.Kind == words.Space {
		return " "
	}
	return words.Fold(s[t.Start:t.End])
}

// matchTokens diffs the token sequences and sets d.matchA and d.matchB,
// for each token, to the index of the token it is kept as on the other
// side, or -1. The matching is monotone. It returns false when the input
// is too large or the private alphabet runs out.
func (d *differ) matchTokens(a, b string, ta, tb []words.Token) bool {
	if len(ta)*len(tb) > maxDiffCells && len(ta) > 0 && len(tb) > 0 {
		return false
	}
	if d.alphabet == nil || len(d.alphabet) > differAlphabetMax {
		d.alphabet = map[string]rune{}
	} else {
		clear(d.alphabet)
	}
	alphabet := d.alphabet
	next := rune(0xE000)
	encode := func(rs []rune, s string, toks []words.Token) ([]rune, bool) {
		rs = rs[:0]
		for _, t := range toks {
			k := diffKey(s, t)
			r, seen := alphabet[k]
			if !seen {
				if next > utf8.MaxRune {
					return rs, false
				}
				r = next
				next++
				alphabet[k] = r
			}
			rs = append(rs, r)
		}
		return rs, true
	}
	var okA, okB bool
	d.ra, okA = encode(d.ra, a, ta)
	d.rb, okB = encode(d.rb, b, tb)
	if !okA || !okB {
		return false
	}
	if d.dmp == nil {
		d.dmp = diffmatchpatch.New()
		d.dmp.DiffTimeout = 0 // no deadline: the same inputs must give the same diff
	}
	d.matchA, d.matchB = fill(d.matchA, len(ta), -1), fill(d.matchB, len(tb), -1)
	matchA, matchB := d.matchA, d.matchB
	i, j := 0, 0
	for _, df := range d.dmp.DiffMainRunes(d.ra, d.rb, false) {
		n := utf8.RuneCountInString(df.Text)
		switch df.Type {
		case diffmatchpatch.DiffEqual:
			for k := 0; k < n; k++ {
				matchA[i+k], matchB[j+k] = j+k, i+k
			}
			i += n
			j += n
		case diffmatchpatch.DiffDelete:
			i += n
		case diffmatchpatch.DiffInsert:
			j += n
		}
	}
	return true
}

// fill returns s resized to n elements, each x, reusing s's memory when it
// has room.
func fill(s []int, n, x int) []int {
	if cap(s) < n {
		s = make([]int, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = x
	}
	return s
}

// groups numbers the tokens of s by "written word": a maximal run of
// word and punctuation tokens with no space inside. Each space token, and
// each word of a script written without spaces, is a group of its own.
// The numbers go into g, resized (its memory reused when it has room).
func groups(g []int, s string, toks []words.Token) []int {
	if cap(g) < len(toks) {
		g = make([]int, len(toks))
	}
	g = g[:len(toks)]
	id := 0
	for i, t := range toks {
		if i > 0 {
			prev := toks[i-1]
			if t.Kind == words.Space || prev.Kind == words.Space || startsScriptio(s, t) || startsScriptio(s, prev) {
				id++
			}
		}
		g[i] = id
	}
	return g
}

func startsScriptio(s string, t words.Token) bool {
	r, _ := utf8.DecodeRuneInString(s[t.Start:])
	return words.IsScriptio(r)
}

// wholeWords unkeeps every written word that is not kept whole as one
// written word of the other side (a word with a token changed, or one
// kept as part of a longer word: "00!0" against "00! 0"), together with
// the partners of its tokens (d.matchA and d.matchB), until no such word
// is left. Each pass only unkeeps, so it ends after at most n+m passes; in
// practice two or three. It sets d.ga and d.gb to the written words of
// the two sides (groups).
func (d *differ) wholeWords(a, b string, ta, tb []words.Token) {
	d.ga, d.gb = groups(d.ga, a, ta), groups(d.gb, b, tb)
	ga, gb, matchA, matchB := d.ga, d.gb, d.matchA, d.matchB
	for changed := true; changed; {
		changed = false
		changed = unkeepPartial(ga, gb, matchA, matchB) || changed
		changed = unkeepPartial(gb, ga, matchB, matchA) || changed
	}
}

func unkeepPartial(g, pg, match, partner []int) bool {
	changed := false
	start := 0
	for start < len(g) {
		end := start
		for end < len(g) && g[end] == g[start] {
			end++
		}
		whole := true
		for k := start; k < end && whole; k++ {
			m := match[k]
			whole = m >= 0 && pg[m] == pg[match[start]]
		}
		if whole {
			// The partner word must not extend beyond this one.
			first, last := match[start], match[end-1]
			whole = (first == 0 || pg[first-1] != pg[first]) && (last == len(pg)-1 || pg[last+1] != pg[last])
		}
		if !whole {
			for k := start; k < end; k++ {
				if m := match[k]; m >= 0 {
					partner[m] = -1
					match[k] = -1
					changed = true
				}
			}
		}
		start = end
	}
	return changed
}

// A region is a run of kept tokens (equal) or of changed ones: tokens
// a[i0:i1] and b[j0:j1].
type region struct {
	equal          bool
	typo           bool // a changed region that only changes typography
	i0, i1, j0, j1 int
}

// buildChunks makes the chunks of the matches d.matchA and d.matchB, kept
// whole (wholeWords, which also sets d.ga).
func (d *differ) buildChunks(a, b string, ta, tb []words.Token) []Chunk {
	matchA, matchB := d.matchA, d.matchB
	regs := d.regs[:0]
	i, j := 0, 0
	for i < len(ta) || j < len(tb) {
		if i < len(ta) && j < len(tb) && matchA[i] == j {
			r := region{equal: true, i0: i, j0: j}
			for i < len(ta) && j < len(tb) && matchA[i] == j {
				i++
				j++
			}
			r.i1, r.j1 = i, j
			regs = append(regs, r)
			continue
		}
		r := region{i0: i, j0: j}
		for i < len(ta) && matchA[i] < 0 {
			i++
		}
		for j < len(tb) && matchB[j] < 0 {
			j++
		}
		r.i1, r.j1 = i, j
		regs = append(regs, r)
	}
	d.regs = regs
	regs = mergeIslands(a, ta, regs)
	regs = typographic(a, b, ta, tb, d.ga, regs)

	var chunks []Chunk
	add := func(op Op, text string, typo bool) {
		if text == "" {
			return
		}
		if n := len(chunks); n > 0 && chunks[n-1].Op == op && chunks[n-1].Typographic == typo {
			chunks[n-1].Text += text
			return
		}
		chunks = append(chunks, Chunk{Op: op, Text: text, Typographic: typo})
	}
	for _, r := range regs {
		if r.equal {
			add(Equal, span(a, ta, r.i0, r.i1), false)
			continue
		}
		add(Delete, span(a, ta, r.i0, r.i1), r.typo)
		add(Insert, span(b, tb, r.j0, r.j1), r.typo)
	}
	return chunks
}

// unspaced returns s folded (words.Fold) without white space.
func unspaced(s string) string {
	return strings.Join(strings.Fields(words.Fold(s)), "")
}

// typographic splits each equal region into runs of written words spelt
// alike on both sides (still equal) and single written words whose
// characters differ though their keys are equal (typo: a changed quote
// mark, dash, space or joiner); a changed region whose two sides differ
// only in such characters, or in invisible ones, is typo as well (one of
// its sides may then be empty). Changed regions that touch are merged, so
// that a Delete never follows a Delete nor an Insert. Words kept are kept
// whole (wholeWords), so the tokens of an equal region pair one to one
// and its written words start and end on both sides together.
//
// ga are the written words of a (groups).
//
// Cost: linear in the tokens of the equal regions.
func typographic(a, b string, ta, tb []words.Token, ga []int, regs []region) []region {
	var out []region
	for _, r := range regs {
		if !r.equal {
			// A change of nothing but invisible characters (format
			// characters, broken bytes) is typography too.
			r.typo = unspaced(span(a, ta, r.i0, r.i1)) == unspaced(span(b, tb, r.j0, r.j1))
			out = append(out, r)
			continue
		}
		if a[ta[r.i0].Start:ta[r.i1-1].End] == b[tb[r.j0].Start:tb[r.j1-1].End] {
			out = append(out, r)
			continue
		}
		run := region{equal: true, i0: r.i0, j0: r.j0}
		for i := r.i0; i < r.i1; {
			end := i + 1
			for end < r.i1 && ga[end] == ga[i] {
				end++
			}
			j, jend := r.j0+(i-r.i0), r.j0+(end-r.i0)
			if a[ta[i].Start:ta[end-1].End] != b[tb[j].Start:tb[jend-1].End] {
				if run.i0 < i {
					run.i1, run.j1 = i, j
					out = append(out, run)
				}
				out = append(out, region{typo: true, i0: i, i1: end, j0: j, j1: jend})
				run = region{equal: true, i0: end, j0: jend}
			}
			i = end
		}
		if run.i0 < r.i1 {
			run.i1, run.j1 = r.i1, r.j1
			out = append(out, run)
		}
	}
	// Changed regions next to each other become one: a typographic word
	// next to a change joins it, and typographic words next to each other
	// (a word and a changed space) make one typographic pair.
	merged := out[:0:0]
	for _, r := range out {
		n := len(merged)
		if n > 0 && !r.equal && !merged[n-1].equal {
			prev := &merged[n-1]
			prev.i1, prev.j1 = r.i1, r.j1
			prev.typo = prev.typo && r.typo
			continue
		}
		merged = append(merged, r)
	}
	return merged
}

// islandWordLen is the longest word (in runes) that mergeIslands folds
// into the changes around it: articles, prepositions, conjunctions.
const islandWordLen = 4

// mergeIslands folds an equal region that holds at most one short word
// (and otherwise spaces and punctuation) and lies between two changes into
// one change with them.
func mergeIslands(a string, ta []words.Token, regs []region) []region {
	out := regs[:0:0]
	for k := 0; k < len(regs); k++ {
		r := regs[k]
		n := len(out)
		if r.equal || n < 2 || !out[n-1].equal || out[n-2].equal {
			out = append(out, r)
			continue
		}
		island := out[n-1]
		if !isIsland(a, ta, island) {
			out = append(out, r)
			continue
		}
		c := out[n-2]
		c.i1, c.j1 = r.i1, r.j1
		out = append(out[:n-2], c)
	}
	return out
}

func isIsland(a string, ta []words.Token, r region) bool {
	n := 0
	for _, t := range ta[r.i0:r.i1] {
		if t.Kind != words.Word {
			continue
		}
		n++
		if n > 1 || utf8.RuneCountInString(a[t.Start:t.End]) > islandWordLen {
			return false
		}
	}
	return true
}

func span(s string, toks []words.Token, i0, i1 int) string {
	if i0 >= i1 {
		return ""
	}
	return s[toks[i0].Start:toks[i1-1].End]
}

// coarseDiff keeps the longest common prefix and suffix of whole written
// words and replaces the middle.
func (d *differ) coarseDiff(a, b string, ta, tb []words.Token) []Chunk {
	p := 0
	for p < len(ta) && p < len(tb) && diffKey(a, ta[p]) == diffKey(b, tb[p]) {
		p++
	}
	q := 0
	for q < len(ta)-p && q < len(tb)-p && diffKey(a, ta[len(ta)-1-q]) == diffKey(b, tb[len(tb)-1-q]) {
		q++
	}
	d.matchA, d.matchB = fill(d.matchA, len(ta), -1), fill(d.matchB, len(tb), -1)
	matchA, matchB := d.matchA, d.matchB
	for k := 0; k < p; k++ {
		matchA[k], matchB[k] = k, k
	}
	for k := 0; k < q; k++ {
		matchA[len(ta)-1-k], matchB[len(tb)-1-k] = len(tb)-1-k, len(ta)-1-k
	}
	d.wholeWords(a, b, ta, tb)
	return d.buildChunks(a, b, ta, tb)
}
