// Command measure writes a generated archive (gencorpus.WriteArchive) and
// scores the pairs wirediff-archive found in it against what was planted.
//
//	go run ./internal/measure -root .. -n 10000 -gen /tmp/a.jsonl
//	wirediff-archive --input /tmp/a.jsonl --output /tmp/out --wire wire-a,wire-b
//	go run ./internal/measure -root .. -n 10000 -eval /tmp/out
//
// The archive is made again from the same options to score, so -n and
// -seed must be those it was written with. A planted pair is two
// documents of one story that both carry at least -min of the story (see
// ArchiveManifest.Shared); recall is the share of planted pairs found.
// Precision is the share of the pairs found that are of one story
// (strict), or that are of one story or start from a common real
// sentence, genuinely sharing text (lenient).
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
	return score(m, eval, minShare)
}

var wantRecall, wantPrecision float64

type pair struct{ a, b int }

func score(m *gencorpus.ArchiveManifest, dir string, minShare float64) error {
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
	sameStory, genuine, reported := 0, 0, 0
	var falses []string
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

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
