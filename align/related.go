package align

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
)

// relatedData is the table of related English words: groups of Snowball
// stems that WordNet 3.0 relates through the dominant senses of both words
// (synonyms, one level of hypernymy, similar adjectives, derivations), so
// that "civilians" and "citizens", "deadly" and "fatal", "gunfire" and
// "shooting" count as partly shared. The generator, the selection rules
// and the WordNet licence are in internal/gensyn.
//
//go:generate go run ./internal/gensyn -wordnet /usr/share/wordnet -freq freq.txt.gz -out related.txt.gz
//go:embed related.txt.gz
var relatedData []byte

// relatedTable maps a stem to the sorted numbers of the groups it belongs
// to. Loading it costs about 12 ms and 4 MB once per process.
var relatedTable = sync.OnceValue(func() map[string][]int32 {
	t, err := parseRelated(relatedData)
	if err != nil {
		// Embedded at build time: a broken table is a build defect that
		// the package tests catch, not a user error.
		panic(fmt.Sprintf("align: embedded table of related words: %v", err))
	}
	return t
})

func parseRelated(data []byte) (map[string][]int32, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	t := make(map[string][]int32, 20000)
	sc := bufio.NewScanner(zr)
	var group int32
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if strings.HasPrefix(text, "#") {
			continue
		}
		stems := strings.Fields(text)
		if len(stems) < 2 {
			return nil, fmt.Errorf("line %d: want two stems or more, got %q", line, text)
		}
		for _, s := range stems {
			t[s] = append(t[s], group) // groups are numbered in order: each list is sorted
		}
		group++
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if group == 0 {
		return nil, fmt.Errorf("no groups")
	}
	return t, nil
}

// relatedMaxWork bounds the stem pairs examined for relatedness per
// sentence pair (sentences of about 50 ordinary words each).
const relatedMaxWork = 2500

// relatedPairs pairs up stems of a and b (each sorted, disjoint) that the
// table relates, leaving out the stems in taken (already paired as
// misspellings), those not in the sorted sets ca and cb (the ordinary
// words of each side: a name or an acronym is not a synonym: "ICE" is not
// frozen water), and the hundred or so commonest stems (background
// informativeness below keyMinInfo: "come", "say", "get"), whose senses are
// too many for their first to say much, and which share a stem with words
// of other meanings ("coming" is also "upcoming"). Pairs are chosen greedily by weight, ties broken by stem
// text, so that the result does not depend on which side is which.
// Cost: O(len(a)·len(b)·g) for g groups per stem (a handful).
func (v *vocab) relatedPairs(a, b, ca, cb []int32, taken [][2]int32) [][2]int32 {
	keep := func(ids, content []int32) []int32 {
		var out []int32
		for _, id := range ids {
			if _, ok := slices.BinarySearch(content, id); !ok || v.info[id] < keyMinInfo || len(v.groups(id)) == 0 {
				continue
			}
			if slices.ContainsFunc(taken, func(p [2]int32) bool { return p[0] == id || p[1] == id }) {
				continue
			}
			out = append(out, id)
		}
		return out
	}
	a, b = keep(a, ca), keep(b, cb)
	if len(a) == 0 || len(b) == 0 || len(a)*len(b) > relatedMaxWork {
		return nil
	}
	var cs []stemPair
	for _, x := range a {
		for _, y := range b {
			if intersects(v.groups(x), v.groups(y)) {
				cs = append(cs, stemPair{x, y, float64(min(v.w[x], v.w[y]))})
			}
		}
	}
	return v.greedyPairs(cs)
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
			v.relGroups[id] = relatedTable()[v.stems[id]]
		}
	}
	return v.relGroups[id]
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
