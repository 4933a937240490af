// Command genpara builds align/paraphrase.txt, a lexicon of paraphrase
// pairs learnt from news: pairs of words that one outlet writes where
// another writes the other ("told" and "said", "stock" and "shares",
// "attorney" and "lawyer"), found where WordNet's dominant senses do not
// relate them (see gensyn), so that a heavy paraphrase of a wire sentence
// still shares something with it.
//
// Source: the sentence pairs judged paraphrases in the tuning part (70%,
// see eval.HeldOut) of the training part of the Microsoft Research
// Paraphrase Corpus (Dolan & Brockett 2005), kept beside the repository.
// The held-out part is not read: the aligner is measured on it. Regenerate
// from the module root with:
//
//	go run ./align/internal/genpara -freq align/freq.txt -out align/paraphrase.txt
//
// How pairs are found. Each sentence is reduced to its ordinary words
// (lower case as written, or the first word of the sentence; no digits)
// as Snowball stems, leaving out the commonest stems (background
// informativeness under minInfo, as the align package leaves them out of
// related words). In every positive pair, the stems of one side that the
// other lacks are candidate partners of the stems the other side lacks.
// A word is aligned to at most one partner per pair, by competitive
// linking (Melamed 2000): candidate pairs are ranked by their association
// over the whole corpus (the Dice coefficient of the pairs of sentences
// in which each is left unmatched), and in every sentence pair the best
// ranked pair of free words is linked first. A pair of stems is kept
// when it is linked in at least minLinks sentence pairs and in at least
// minShare of the sentence pairs where both are left unmatched, and when
// it is linked minRatio times as often as it is when each first sentence
// is set against the second sentence of another pair (chance: words of
// the beat, not of the paraphrase).
//
// Output: plain text, a comment line naming the source, then one line per
// stem in byte order: the stem and its partners, each with the number of
// sentence pairs that link them ("told said:28"). Both directions are
// listed. The align package searches it in place (package internal/lines).
//
// The same corpus gives align/beat.txt, the vocabulary of the news beat:
// the stems of words (ordinary words and names alike, no figures) found
// in at least beatMinSentences of the tuning part's sentences, with that
// number, after a header line "# sentences N". "percent", "shares",
// "index", "Nasdaq", "spokeswoman", "comment" are there: two sentences
// that share them share a kind of story, not yet one report.
//
//	go run ./align/internal/genpara -freq align/freq.txt -out align/paraphrase.txt -beat align/beat.txt
package main

import (
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/kljensen/snowball/english"
	"github.com/wirediff/wirediff/align/eval"
	"github.com/wirediff/wirediff/words"
)

const (
	// minInfo: stems under this background informativeness are left out
	// (the align package's keyMinInfo: "the", "you", "get", "come").
	minInfo = 3.0
	// minLinks: a pair linked in fewer sentence pairs is not told apart
	// from chance on a corpus of this size.
	minLinks = 2
	// minShare: of the sentence pairs in which both stems are left
	// unmatched on opposite sides, at least this share links them.
	minShare = 0.5
	// minRatio: a pair is linked at least this many times as often among
	// the paraphrases as among the same number of chance pairings.
	minRatio = 3.0
	// minDice: the pair is linked in at least this share of the sentence
	// pairs that leave either word unmatched (2·links/(a+b)): "said" is
	// left unmatched in hundreds of pairs, and a word linked to it a few
	// times ("third") is chance, not its paraphrase.
	minDice = 0.1
	// beatMinSentences: stems in fewer tuning sentences are left out of
	// the beat table (the align package draws its own line higher up).
	beatMinSentences = 10
)

func main() {
	freq := flag.String("freq", "align/freq.txt", "background frequency table (stem count lines)")
	out := flag.String("out", "align/paraphrase.txt", "output file")
	beat := flag.String("beat", "align/beat.txt", "output file of the beat vocabulary")
	root := flag.String("root", ".", "a directory inside the module (the corpus lies beside its root)")
	flag.Parse()
	info, err := readInfo(*freq)
	if err != nil {
		log.Fatalf("genpara: %v", err)
	}
	mod, err := eval.ModuleRoot(*root)
	if err != nil {
		log.Fatalf("genpara: %v", err)
	}
	pairs, err := eval.ReadMSRP(eval.MSRPPath(mod))
	if err != nil {
		log.Fatalf("genpara: %v", err)
	}
	if err := writeBeat(*beat, pairs); err != nil {
		log.Fatalf("genpara: %v", err)
	}
	var s1, s2 [][]string
	for _, p := range pairs {
		if p.Positive && !p.HeldOut {
			s1 = append(s1, stems(p.S1, info))
			s2 = append(s2, stems(p.S2, info))
		}
	}
	links := learn(s1, s2)
	// Chance: each first sentence against the second of the pair after it.
	shifted := append(slices.Clone(s2[1:]), s2[0])
	chance := learn(s1, shifted)
	var kept []link
	for k, l := range links {
		if l.n < minLinks || float64(l.n) < minShare*float64(l.both) {
			continue
		}
		if float64(l.n) < minRatio*float64(max(chance[k].n, 1)) {
			continue
		}
		if 2*float64(l.n) < minDice*float64(l.a+l.b) {
			continue
		}
		kept = append(kept, link{k[0], k[1], l.n})
	}
	if err := write(*out, kept); err != nil {
		log.Fatalf("genpara: %v", err)
	}
}

// readInfo returns the background informativeness of each stem of the
// frequency table, as the align package computes it: ln(1 + max/(c+1)).
func readInfo(path string) (func(string) float64, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	counts := map[string]int64{}
	var maxCount int64
	for _, line := range strings.Split(string(data), "\n") {
		stem, n, ok := strings.Cut(line, " ")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		c, err := strconv.ParseInt(n, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %q: %v", path, line, err)
		}
		counts[stem] = c
		maxCount = max(maxCount, c)
	}
	if maxCount == 0 {
		return nil, fmt.Errorf("%s: no stems", path)
	}
	return func(stem string) float64 {
		return math.Log1p(float64(maxCount) / float64(counts[stem]+1))
	}, nil
}

// stems returns the sorted distinct stems of the ordinary words of s that
// are informative enough.
func stems(s string, info func(string) float64) []string {
	var out []string
	first := true
	for _, t := range words.Tokenize(s) {
		if t.Kind != words.Word {
			continue
		}
		w := s[t.Start:t.End]
		isFirst := first
		first = false
		if words.HasDigit(w) || words.IsAcronym(w) || (!isFirst && words.IsCapitalised(w)) {
			continue
		}
		st := english.Stem(strings.ToLower(w), true)
		if info(st) >= minInfo {
			out = append(out, st)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

type key [2]string // the two stems, in byte order

// count holds, for a pair of stems, the sentence pairs that link them
// (n), that leave both unmatched on opposite sides (both), and that leave
// each unmatched at all (a, b).
type count struct{ n, both, a, b int }

type link struct {
	a, b string
	n    int
}

// learn aligns the unmatched stems of each pair (s1[i], s2[i]) by
// competitive linking and returns, per pair of stems, how many sentence
// pairs link them and how many leave both unmatched on opposite sides.
func learn(s1, s2 [][]string) map[key]count {
	only := func(a, b []string) []string {
		var out []string
		for _, x := range a {
			if _, in := slices.BinarySearch(b, x); !in {
				out = append(out, x)
			}
		}
		return out
	}
	mk := func(x, y string) key {
		if y < x {
			x, y = y, x
		}
		return key{x, y}
	}
	unmatched := map[string]int{}
	co := map[key]count{}
	as := make([][]string, len(s1))
	bs := make([][]string, len(s1))
	for i := range s1 {
		as[i], bs[i] = only(s1[i], s2[i]), only(s2[i], s1[i])
		for _, x := range as[i] {
			unmatched[x]++
		}
		for _, y := range bs[i] {
			unmatched[y]++
		}
		for _, x := range as[i] {
			for _, y := range bs[i] {
				k := mk(x, y)
				c := co[k]
				c.both++
				co[k] = c
			}
		}
	}
	for k, c := range co {
		c.a, c.b = unmatched[k[0]], unmatched[k[1]]
		co[k] = c
	}
	assoc := func(k key) float64 {
		return 2 * float64(co[k].both) / float64(unmatched[k[0]]+unmatched[k[1]])
	}
	type cand struct {
		x, y string
		k    key
		a    float64
	}
	for i := range as {
		var cs []cand
		for _, x := range as[i] {
			for _, y := range bs[i] {
				k := mk(x, y)
				cs = append(cs, cand{x, y, k, assoc(k)})
			}
		}
		slices.SortFunc(cs, func(p, q cand) int {
			if c := cmp.Compare(q.a, p.a); c != 0 {
				return c
			}
			if c := strings.Compare(p.k[0], q.k[0]); c != 0 {
				return c
			}
			return strings.Compare(p.k[1], q.k[1])
		})
		usedA, usedB := map[string]bool{}, map[string]bool{}
		for _, c := range cs {
			if usedA[c.x] || usedB[c.y] {
				continue
			}
			usedA[c.x], usedB[c.y] = true, true
			v := co[c.k]
			v.n++
			co[c.k] = v
		}
	}
	return co
}

func write(path string, ls []link) error {
	partners := map[string][]string{}
	for _, l := range ls {
		partners[l.a] = append(partners[l.a], l.b+":"+strconv.Itoa(l.n))
		partners[l.b] = append(partners[l.b], l.a+":"+strconv.Itoa(l.n))
	}
	stems := make([]string, 0, len(partners))
	for s := range partners {
		stems = append(stems, s)
	}
	slices.Sort(stems)
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# paraphrase pairs learnt from the MSRP tuning positives (competitive linking; at least %d links, %.0f%% of co-occurrences, %.0fx chance); each stem with its partners and their links\n", minLinks, 100*minShare, minRatio)
	for _, s := range stems {
		ps := partners[s]
		slices.Sort(ps)
		buf.WriteString(s + " " + strings.Join(ps, " ") + "\n")
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// writeBeat writes the beat table of the tuning part's sentences (each
// sentence counted once, though the corpus pairs some sentences twice).
func writeBeat(path string, pairs []eval.MSRPPair) error {
	seen := map[string]bool{}
	df := map[string]int{}
	n := 0
	add := func(id, s string) {
		if seen[id] {
			return
		}
		seen[id] = true
		n++
		var set []string
		for _, t := range words.Tokenize(s) {
			if w := s[t.Start:t.End]; t.Kind == words.Word && !words.HasDigit(w) {
				set = append(set, english.Stem(strings.ToLower(w), true))
			}
		}
		slices.Sort(set)
		for _, st := range slices.Compact(set) {
			df[st]++
		}
	}
	for _, p := range pairs {
		if !p.HeldOut {
			add(p.ID1, p.S1)
			add(p.ID2, p.S2)
		}
	}
	var stems []string
	for st, c := range df {
		if c >= beatMinSentences {
			stems = append(stems, st)
		}
	}
	slices.Sort(stems)
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# sentences %d\n", n)
	for _, st := range stems {
		fmt.Fprintf(&buf, "%s %d\n", st, df[st])
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
