package report_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/wirediff/wirediff/align/eval"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/gencorpus"
	"github.com/wirediff/wirediff/internal/gendoc"
	"github.com/wirediff/wirediff/render"
	"github.com/wirediff/wirediff/report"
)

// Whole-pipeline benchmarks: parsing, report.Run (comparison and checks)
// and JSON rendering, as one run of the command does them, start-up and
// reading files aside. Run with
//
//	go test ./report -run XXX -bench . -benchmem -count 6 | tee new.txt
//	benchstat old.txt new.txt

func root(b *testing.B) string {
	r, err := eval.ModuleRoot(".")
	if err != nil {
		b.Fatal(err)
	}
	return r
}

// benchPipeline parses texts (the first is BASE), runs the pipeline and
// writes the JSON report, once per iteration.
func benchPipeline(b *testing.B, texts [][]byte) {
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	cpu0, cpuOK := cpuTime()
	for b.Loop() {
		docs := make([]*article.Document, len(texts))
		for i, t := range texts {
			d, err := article.Parse("doc", t)
			if err != nil {
				b.Fatal(err)
			}
			docs[i] = d
		}
		rep := report.Run(docs, report.Options{})
		if err := render.JSON(io.Discard, rep); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu0, cpuOK)
}

// reportCPU reports the processor time per iteration since cpu0 (user and
// system, all threads, so the collector's work too), which on a shared
// machine varies less than the wall time.
func reportCPU(b *testing.B, cpu0 time.Duration, ok bool) {
	if cpu1, ok1 := cpuTime(); ok && ok1 && b.N > 0 {
		b.ReportMetric(float64(cpu1-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
	}
}

func generated(b *testing.B, size int) [][]byte {
	src, err := gendoc.LoadSources(root(b))
	if err != nil {
		b.Fatal(err)
	}
	p, err := gendoc.Generate(src, gendoc.Options{Size: size, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	return [][]byte{[]byte(p.Base), []byte(p.Other)}
}

// BenchmarkPipelineSeeds: the seed pair 000–001.
func BenchmarkPipelineSeeds(b *testing.B) {
	var texts [][]byte
	for _, n := range []string{"000_c64f40ef166d9df3.txt", "001_e4d2f7d4ad65d4f5.txt"} {
		t, err := os.ReadFile(filepath.Join(root(b), "testdata", "seeds", n))
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, t)
	}
	benchPipeline(b, texts)
}

// BenchmarkPipelineMSRPDocs: the MSRP sentence pairs set as two
// documents of about 0.5 MB (eval.MSRPDocuments, eval.MSRPParagraph sentences
// to a paragraph): a large pair whose text does not repeat itself and whose
// every sentence is reworded, where the generated pairs repeat their
// paragraphs and leave half of their sentences identical.
func BenchmarkPipelineMSRPDocs(b *testing.B) {
	pairs, err := eval.ReadMSRP(eval.MSRPPath(root(b)))
	if err != nil {
		b.Skipf("no MSRP corpus: %v", err)
	}
	base, other := eval.MSRPDocuments(pairs, eval.MSRPParagraph)
	benchPipeline(b, [][]byte{[]byte(base), []byte(other)})
}

// BenchmarkPipeline1MB: two generated documents of about 1 MB
// (internal/gendoc, seed 1).
func BenchmarkPipeline1MB(b *testing.B) { benchPipeline(b, generated(b, 1<<20)) }

// BenchmarkPipelineNWay200: seed 000 as BASE against 200 articles of a
// generated collection (internal/gencorpus, seed 1: a few derived from
// the BASE, the rest unrelated), a run with the coverage table.
func BenchmarkPipelineNWay200(b *testing.B) {
	r := root(b)
	src, err := gencorpus.LoadSources(r)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if _, err := gencorpus.Write(dir, src, gencorpus.Options{Docs: 200, Seed: 1, Bad: -1, HTML: -1}); err != nil {
		b.Fatal(err)
	}
	baseText, err := os.ReadFile(filepath.Join(r, "testdata", "seeds", "000_c64f40ef166d9df3.txt"))
	if err != nil {
		b.Fatal(err)
	}
	texts := [][]byte{baseText}
	var paths []string
	err = filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	sort.Strings(paths)
	for _, p := range paths {
		d, err := article.Load(context.Background(), p, article.LoadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, []byte(d.Text))
	}
	benchPipeline(b, texts)
}

// BenchmarkPipelineSeedVs8MB: seed 000 as BASE against a generated
// document of about 8 MB, the shape of a news article looked for in a
// large file: everything but the BASE is the OTHER's own work.
func BenchmarkPipelineSeedVs8MB(b *testing.B) {
	base, err := os.ReadFile(filepath.Join(root(b), "testdata", "seeds", "000_c64f40ef166d9df3.txt"))
	if err != nil {
		b.Fatal(err)
	}
	benchPipeline(b, [][]byte{base, generated(b, 8<<20)[1]})
}
