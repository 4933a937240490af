package align

import (
	_ "embed"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/wirediff/wirediff/internal/lines"
)

// relatedText is the table of related English words: groups of Snowball
// stems that WordNet 3.0 relates through the dominant senses of both words
// (synonyms, one level of hypernymy, similar adjectives, derivations), so
// that "civilians" and "citizens", "deadly" and "fatal", "gunfire" and
// "shooting" count as partly shared. The generator, the selection rules
// and the WordNet licence are in internal/gensyn. It is plain text, a
// comment line and then one line per stem, sorted by stem, with the
// numbers of the stem's groups in increasing order ("citizen 3120 3121");
// it is searched where the binary holds it (see package internal/lines),
// so that nothing is loaded at start-up.
//
// The second go:generate line learns the lone-pair model (see lone.go).
// It is here, the last of the package's generators (go generate takes its
// files in the order of their names), as it learns on every table.
//
//go:generate go run ./internal/gensyn -wordnet /usr/share/wordnet -freq freq.txt -out related.txt
//go:generate go test -run ^TestLoneModel$ -args -learn-lone-model
//go:embed related.txt
var relatedText string

// relatedLines returns the stem lines of relatedText, without its comment
// line. Cost: a scan of the first line.
func relatedLines() string {
	_, rest, _ := strings.Cut(relatedText, "\n")
	return rest
}

// relatedGroups returns the sorted numbers of the groups of related words
// that stem belongs to (none when the table does not hold it). Cost: a
// binary search of the table and one small allocation.
func relatedGroups(stem string) []int32 {
	data, ok := lines.Find(relatedLines(), stem)
	if !ok {
		return nil
	}
	groups := make([]int32, 0, strings.Count(data, " ")+1)
	for f := range strings.FieldsSeq(data) {
		g, err := strconv.ParseInt(f, 10, 32)
		if err != nil {
			// Embedded at build time: a broken table is a build defect
			// that the package tests catch, not a user error.
			panic(fmt.Sprintf("align: embedded table of related words: stem %q: %v", stem, err))
		}
		groups = append(groups, int32(g))
	}
	return groups
}

// relatedMaxWork bounds the stem pairs examined for relatedness per
// sentence pair (sentences of about 50 ordinary words each).
const relatedMaxWork = 2500

// relatedPairs pairs up stems of a and b (each sorted, disjoint) that the
// table relates, or that the paraphrase table learnt from news pairs (see
// news.go), and appends the pairs to dst. It leaves out the stems already
// paired in dst (as misspellings), those not in the sorted sets ca and cb
// (the ordinary words of each side: a name or an acronym is not a
// synonym: "ICE" is not frozen water), and, for WordNet's relations, the
// hundred or so commonest stems (background informativeness below
// keyMinInfo: "come", "say", "get"; the learnt table may still pair them:
// "said" and "told"), whose senses are too many for their first to say
// much, and which share a stem with words of other meanings ("coming" is
// also "upcoming"). Pairs are chosen greedily by weight, ties broken by
// stem text, so that the result does not depend on which side is which.
// Cost: O(len(a)·len(b)·g) for g groups per stem (a handful).
func (v *vocab) relatedPairs(dst [][2]int32, a, b, ca, cb []int32) [][2]int32 {
	keep := func(out, ids, content []int32) []int32 {
		for _, id := range ids {
			if _, ok := slices.BinarySearch(content, id); !ok {
				continue
			}
			// The paraphrase table was learnt on news and holds common
			// words ("said") that WordNet's dominant senses say too little
			// of.
			if (v.info[id] < keyMinInfo || len(v.groups(id)) == 0) && len(v.lexicon(id)) == 0 {
				continue
			}
			if slices.ContainsFunc(dst, func(p [2]int32) bool { return p[0] == id || p[1] == id }) {
				continue
			}
			out = append(out, id)
		}
		return out
	}
	v.running[0], v.running[1] = keep(v.running[0][:0], a, ca), keep(v.running[1][:0], b, cb)
	a, b = v.running[0], v.running[1]
	if len(a) == 0 || len(b) == 0 || len(a)*len(b) > relatedMaxWork {
		return dst
	}
	cs := v.cands[:0]
	for _, x := range a {
		for _, y := range b {
			// The weights first: they are read, where the groups are
			// searched.
			if v.info[x] >= keyMinInfo && v.info[y] >= keyMinInfo && intersects(v.groups(x), v.groups(y)) ||
				slices.Contains(v.lexicon(x), v.stems[y]) {
				cs = append(cs, stemPair{x, y, float64(min(v.w[x], v.w[y]))})
			}
		}
	}
	v.cands = cs
	return v.greedyPairs(dst, cs)
}

// groups returns the related-word groups of a stem (none for a number).
// Looked up once per stem.
func (v *vocab) groups(id int32) []int32 {
	for int(id) >= len(v.relGroups) {
		v.relGroups = append(v.relGroups, nil)
		v.relDone = append(v.relDone, false)
	}
	if !v.relDone[id] {
		v.relDone[id] = true
		if !v.num[id] {
			v.relGroups[id] = relatedGroups(v.stems[id])
		}
	}
	return v.relGroups[id]
}

// lexicon returns the partners of a stem in the paraphrase table (see
// paraphrasePartners), looked up once per stem.
func (v *vocab) lexicon(id int32) []string {
	for int(id) >= len(v.lexPart) {
		v.lexPart = append(v.lexPart, nil)
		v.lexDone = append(v.lexDone, false)
	}
	if !v.lexDone[id] {
		v.lexDone[id] = true
		if !v.num[id] {
			v.lexPart[id] = paraphrasePartners(v.stems[id])
		}
	}
	return v.lexPart[id]
}

// intersects reports whether two sorted lists share an element.
func intersects(a, b []int32) bool {
	for range common(a, b) {
		return true
	}
	return false
}

// common yields the elements of two sorted lists of distinct elements
// that are in both, in order. Cost: O(a+b).
func common(a, b []int32) iter.Seq[int32] {
	return func(yield func(int32) bool) {
		i, j := 0, 0
		for i < len(a) && j < len(b) {
			switch {
			case a[i] < b[j]:
				i++
			case b[j] < a[i]:
				j++
			default:
				if !yield(a[i]) {
					return
				}
				i++
				j++
			}
		}
	}
}
