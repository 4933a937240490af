// Command measure writes a generated archive (gencorpus.WriteArchive) and
// scores the pairs wirediff-archive found in it against what was planted.
//
//	go run ./internal/measure -root .. -n 10000 -gen archive.jsonl
//	wirediff-archive --input archive.jsonl --output out --wire wire-a,wire-b
//	go run ./internal/measure -root .. -n 10000 -eval out
//
// The archive is made again from the same options to score, so -n and
// -seed must be those it was written with. A planted pair is two
// documents of one story that both carry at least -min of the story (see
// ArchiveManifest.Shared); recall is the share of planted pairs found.
// Precision is the share of the pairs found that are of one story
// (strict), or that are of one story or start from a common real
// sentence, genuinely sharing text (lenient). Of the pairs of two
// stories that start from no common pool sentence, it counts those that
// start from near-duplicate ones (see nearDup).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/wirediff/wirediff/archive/reuse"
	"github.com/wirediff/wirediff/internal/gencorpus"
)

func main() {
	root := flag.String("root", "..", "root of the wirediff module, where testdata/ is")
	n := flag.Int("n", 1000, "documents")
	seed := flag.Uint64("seed", 1, "random seed")
	gen := flag.String("gen", "", "write the archive to this file")
	eval := flag.String("eval", "", "score the pairs.jsonl of this output folder")
	minShare := flag.Float64("min", 0.1, "share of the story both must carry for a planted pair")
	flag.Float64Var(&wantRecall, "want-recall", 0, "fail when recall is under this")
	flag.Float64Var(&wantPrecision, "want-precision", 0, "fail when the lenient precision is under this")
	flag.Parse()
	if err := run(*root, *n, *seed, *gen, *eval, *minShare); err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
}

func run(root string, n int, seed uint64, gen, eval string, minShare float64) error {
	src, err := gencorpus.LoadSources(root)
	if err != nil {
		return err
	}
	pool := gencorpus.PoolSentences(src, filepath.Join(root, gencorpus.MSRPPath))
	var w io.Writer = io.Discard
	var f *os.File
	if gen != "" {
		if f, err = os.Create(gen); err != nil {
			return err
		}
		w = f
	}
	m, err := gencorpus.WriteArchive(w, pool, gencorpus.ArchiveOptions{Docs: n, Seed: seed})
	if err != nil {
		return err
	}
	if f != nil {
		if err := f.Close(); err != nil {
			return err
		}
		fmt.Printf("%d documents, %d stories, %d pool sentences, %d bytes of text\n", len(m.Docs), len(m.Stories), len(pool), m.Bytes)
	}
	if eval == "" {
		return nil
	}
	return score(m, pool, eval, minShare)
}

var wantRecall, wantPrecision float64

type pair struct{ a, b int }

func score(m *gencorpus.ArchiveManifest, pool []string, dir string, minShare float64) error {
	index := map[string]int{}
	byStory := map[int][]int{}
	for i, d := range m.Docs {
		index[d.ID] = i
		if d.Story >= 0 {
			byStory[d.Story] = append(byStory[d.Story], i)
		}
	}
	planted := map[pair]string{}
	for _, docs := range byStory {
		for x, a := range docs {
			for _, b := range docs[x+1:] {
				if m.Shared(a, b) >= minShare {
					planted[pair{a, b}] = m.Docs[a].How + "/" + m.Docs[b].How
				}
			}
		}
	}
	f, err := os.Open(reuse.ShardName(dir, "pairs", 0, 1))
	if err != nil {
		return err
	}
	defer f.Close()
	found := map[pair]bool{}
	sameStory, genuine, reported, near := 0, 0, 0, 0
	var falses []string
	nd := nearDup{pool: pool, runs: map[int]map[string]bool{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var r reuse.Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("reading pairs: %w", err)
		}
		a, okA := index[r.Base]
		b, okB := index[r.Other]
		if !okA || !okB {
			return fmt.Errorf("pair %s %s: unknown ids", r.Base, r.Other)
		}
		if a > b {
			a, b = b, a
		}
		reported++
		found[pair{a, b}] = true
		switch {
		case m.Docs[a].Story == m.Docs[b].Story:
			sameStory++
			genuine++
		case m.SharePool(a, b):
			genuine++
		case nd.share(m.Docs[a].Pool, m.Docs[b].Pool):
			near++
			fallthrough
		default:
			falses = append(falses, fmt.Sprintf("%s %s %.3f/%.3f", r.Base, r.Other, r.Shares.Base.Linked(), r.Shares.Other.Linked()))
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	hit := 0
	missBy := map[string]int{}
	var misses []string
	for p, how := range planted {
		if found[p] {
			hit++
		} else {
			missBy[how]++
			misses = append(misses, fmt.Sprintf("%s %s %s shared %.2f", m.Docs[p.a].ID, m.Docs[p.b].ID, how, m.Shared(p.a, p.b)))
		}
	}
	slices.Sort(misses)
	fmt.Printf("planted pairs %d, found %d: recall %.4f\n", len(planted), hit, ratio(hit, len(planted)))
	fmt.Printf("reported %d: same story %d (precision %.4f), genuinely shared %d (precision %.4f)\n",
		reported, sameStory, ratio(sameStory, reported), genuine, ratio(genuine, reported))
	fmt.Printf("of two stories: %d start from a common pool sentence, %d from near-duplicate pool sentences (a run of %d words in common), %d from neither\n",
		genuine-sameStory, near, nearRun, reported-genuine-near)
	for _, s := range misses[:min(len(misses), 15)] {
		fmt.Println("  missed", s)
	}
	for _, s := range falses[:min(len(falses), 10)] {
		fmt.Println("  unplanted", s)
	}
	if r := ratio(hit, len(planted)); r < wantRecall {
		return fmt.Errorf("recall %.4f is under %.4f", r, wantRecall)
	}
	if p := ratio(genuine, reported); p < wantPrecision {
		return fmt.Errorf("precision %.4f is under %.4f", p, wantPrecision)
	}
	return nil
}

// nearRun is the length of the run of words two pool sentences must have
// in common to be near-duplicates.
const nearRun = 6

// nearDup finds near-duplicate pool sentences: distinct sentences of the
// pool with a run of nearRun words in common, such as the same licence
// sentence in two licences or a wire sentence repeated with another
// figure. Two stories that draw them share real text that the manifest
// does not record as shared.
type nearDup struct {
	pool []string
	runs map[int]map[string]bool
}

func (n *nearDup) runsOf(i int) map[string]bool {
	if r, ok := n.runs[i]; ok {
		return r
	}
	w := strings.Fields(strings.ToLower(n.pool[i]))
	r := map[string]bool{}
	for j := 0; j+nearRun <= len(w); j++ {
		r[strings.Join(w[j:j+nearRun], " ")] = true
	}
	n.runs[i] = r
	return r
}

// share reports whether a pool sentence of a and one of b are
// near-duplicates. Cost: the product of the two lists' lengths, for the
// few pairs it is asked about.
func (n *nearDup) share(a, b []int) bool {
	for _, i := range a {
		ra := n.runsOf(i)
		for _, j := range b {
			for r := range n.runsOf(j) {
				if ra[r] {
					return true
				}
			}
		}
	}
	return false
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
