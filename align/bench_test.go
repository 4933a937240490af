package align_test

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/align/eval"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/gendoc"
)

// Run with
//
//	go test ./align -run XXX -bench . -benchmem -count 6 -cpu 1 | tee new.txt
//	benchstat new.txt
//
// Targets on one core: seed pair < 5 ms, GPL pair < 100 ms, 1 MB pair
// < 2 s and < 300 MB of memory. Parsing and generating are set-up, not
// timed: the benchmarks measure align.Compare alone.

func benchmarkFiles(b *testing.B, base, other string) {
	root, err := eval.ModuleRoot(".")
	if err != nil {
		b.Fatal(err)
	}
	bd, err := eval.ReadDocument(root, base)
	if err != nil {
		b.Fatal(err)
	}
	od, err := eval.ReadDocument(root, other)
	if err != nil {
		b.Fatal(err)
	}
	benchmarkCompare(b, bd, od)
}

func benchmarkCompare(b *testing.B, base, other *article.Document) {
	b.ReportAllocs()
	b.SetBytes(int64(len(base.Text) + len(other.Text)))
	cpu0, cpuOK := cpuTime()
	for b.Loop() {
		align.Compare(base, other, align.Options{})
	}
	if cpu1, ok := cpuTime(); cpuOK && ok && b.N > 0 {
		b.ReportMetric(float64(cpu1-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
	}
}

// BenchmarkCompareSeeds compares the CNN wire story with its rewrite
// (about 3 KB and 4 KB).
func BenchmarkCompareSeeds(b *testing.B) {
	benchmarkFiles(b, "testdata/seeds/000_c64f40ef166d9df3.txt", "testdata/seeds/001_e4d2f7d4ad65d4f5.txt")
}

// BenchmarkCompareGPL compares GPL 2 with GPL 3 (18 KB and 35 KB, mostly
// rewritten).
func BenchmarkCompareGPL(b *testing.B) {
	benchmarkFiles(b, "testdata/licenses/GPL-2", "testdata/licenses/GPL-3")
}

// BenchmarkCompareMSRPDocs compares the MSRP sentence pairs set as two
// documents of about 0.5 MB (eval.MSRPDocuments): text that does not
// repeat itself, every sentence reworded.
func BenchmarkCompareMSRPDocs(b *testing.B) {
	root, err := eval.ModuleRoot(".")
	if err != nil {
		b.Fatal(err)
	}
	pairs, err := eval.ReadMSRP(eval.MSRPPath(root))
	if err != nil {
		b.Skipf("no MSRP corpus: %v", err)
	}
	bt, ot := eval.MSRPDocuments(pairs, eval.MSRPParagraph)
	base, err := article.Parse("base", []byte(bt))
	if err != nil {
		b.Fatal(err)
	}
	other, err := article.Parse("other", []byte(ot))
	if err != nil {
		b.Fatal(err)
	}
	benchmarkCompare(b, base, other)
}

// BenchmarkCompare1MB compares two generated documents of about 1 MB each
// (internal/gendoc, seed 1). It also reports the peak heap of one
// comparison (peak-heap-MB, sampled; see peakHeapMB); /usr/bin/time -v on
// the test binary gives the process's maximum resident size.
func BenchmarkCompare1MB(b *testing.B) {
	root, err := eval.ModuleRoot(".")
	if err != nil {
		b.Fatal(err)
	}
	src, err := gendoc.LoadSources(root)
	if err != nil {
		b.Fatal(err)
	}
	p, err := gendoc.Generate(src, gendoc.Options{Size: 1 << 20, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	base, err := article.Parse("base", []byte(p.Base))
	if err != nil {
		b.Fatal(err)
	}
	other, err := article.Parse("other", []byte(p.Other))
	if err != nil {
		b.Fatal(err)
	}
	peak := peakHeapMB(func() { align.Compare(base, other, align.Options{}) })
	benchmarkCompare(b, base, other)
	b.ReportMetric(peak, "peak-heap-MB") // after the loop, which resets metrics
}

// peakHeapMB runs f once and returns the largest heap it was seen to
// occupy, in MiB above the heap before it started: live and not yet
// collected objects, sampled every millisecond with runtime/metrics
// (which does not stop the world). It can miss a peak shorter than the
// sampling interval, so it is a lower bound.
func peakHeapMB(f func()) float64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	runtime.GC()
	base := read()
	peak := base
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				peak = max(peak, read())
			}
		}
	}()
	f()
	close(done)
	wg.Wait()
	peak = max(peak, read())
	return float64(peak-base) / (1 << 20)
}
