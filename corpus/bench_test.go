package corpus

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/wirediff/wirediff/internal/gencorpus"
)

// Benchmarks of Search over generated collections (see gencorpus) of
// 1,000, 10,000 and 100,000 files of about 5 KB, a fifth of them HTML;
// the query is the seed wire story, planted in 1 file in 500. Besides
// time, each reports its throughput (MB/s), the processor time it used
// (cpu-s/op: on a shared machine, wall time also counts other loads) and
// the peak of the heap while it ran (peak-heap-MB).
//
// The 100,000-file benchmark writes about 500 MB to a temporary folder
// and runs only when -bench names it:
//
//	go test -run XXX -bench Search100k ./corpus

var (
	collMu sync.Mutex
	colls  = map[int]benchColl{}
)

type benchColl struct {
	dir string
	man *gencorpus.Manifest
}

// collection builds (once per test binary) a collection of n files in a
// temporary folder removed by TestMain.
func collection(b *testing.B, n int) benchColl {
	b.Helper()
	collMu.Lock()
	defer collMu.Unlock()
	if c, ok := colls[n]; ok {
		return c
	}
	src, err := gencorpus.LoadSources("..")
	if err != nil {
		b.Fatal(err)
	}
	dir, err := os.MkdirTemp("", fmt.Sprintf("corpus-bench-%d-", n))
	if err != nil {
		b.Fatal(err)
	}
	tempDirs = append(tempDirs, dir)
	man, err := gencorpus.Write(dir, src, gencorpus.Options{Docs: n, Seed: 1, Query: wireName})
	if err != nil {
		b.Fatal(err)
	}
	colls[n] = benchColl{dir, man}
	return colls[n]
}

func benchSearch(b *testing.B, n int) {
	c := collection(b, n)
	q := wire(b)
	runtime.GC()
	b.SetBytes(c.man.Bytes)
	b.ReportAllocs()
	stop := samplePeakHeap()
	cpu0, cpuOK := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		res, err := Search(context.Background(), q, []string{c.dir}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Matches) == 0 || res.Matches[0].Reused < 0.999 || len(res.Problems) != len(c.man.Bad) {
			b.Fatalf("search went wrong: %d matches, %d problems for %d bad files", len(res.Matches), len(res.Problems), len(c.man.Bad))
		}
	}
	b.StopTimer()
	if cpu1, ok := cpuTime(); ok && cpuOK {
		b.ReportMetric((cpu1-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	}
	b.ReportMetric(float64(stop())/1e6, "peak-heap-MB")
}

func BenchmarkSearch(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) { benchSearch(b, n) })
	}
}

func BenchmarkSearch100k(b *testing.B) {
	if f := flag.Lookup("test.bench"); f == nil || !strings.Contains(f.Value.String(), "100k") {
		b.Skip("writes 500 MB: run with -bench Search100k")
	}
	benchSearch(b, 100000)
}

// samplePeakHeap samples the bytes of heap objects (live and not yet
// collected) every millisecond until the returned function is called,
// which returns the largest value seen.
func samplePeakHeap() func() uint64 {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak.Load()
	}
}

// BenchmarkIndexBuild builds an index of the 10,000-file collection
// (BenchmarkIndexBuild100k: 100,000 files, only when -bench names it) and
// reports the size of the index as a share of the text (index-%).
func BenchmarkIndexBuild(b *testing.B) { benchIndexBuild(b, 10000) }

func BenchmarkIndexBuild100k(b *testing.B) {
	if f := flag.Lookup("test.bench"); f == nil || !strings.Contains(f.Value.String(), "100k") {
		b.Skip("writes 500 MB: run with -bench IndexBuild100k")
	}
	benchIndexBuild(b, 100000)
}

func benchIndexBuild(b *testing.B, n int) {
	c := collection(b, n)
	path := filepath.Join(b.TempDir(), "bench.index")
	b.SetBytes(c.man.Bytes)
	cpu0, cpuOK := cpuTime()
	for b.Loop() {
		if _, err := Build(context.Background(), path, []string{c.dir}, true, BuildOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	if cpu1, ok := cpuTime(); ok && cpuOK {
		b.ReportMetric((cpu1-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	}
	if info, err := os.Stat(path); err == nil {
		b.ReportMetric(100*float64(info.Size())/float64(c.man.Bytes), "index-%")
	}
}

// BenchmarkIndexSearch answers the wire from an index of the
// 10,000-file collection, comparisons included.
func BenchmarkIndexSearch(b *testing.B) {
	c := collection(b, 10000)
	path := filepath.Join(b.TempDir(), "bench.index")
	if _, err := Build(context.Background(), path, []string{c.dir}, false, BuildOptions{}); err != nil {
		b.Fatal(err)
	}
	ix, err := OpenIndex(path)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	q := wire(b)
	for b.Loop() {
		res, err := ix.Search(context.Background(), q, Options{})
		if err != nil || len(res.Matches) == 0 {
			b.Fatalf("search went wrong: %v", err)
		}
	}
}

// BenchmarkEvidence counts the wire's evidence in the texts of the
// 1,000-file collection, held in memory: the work of a scan per byte
// of text, without reading the files.
func BenchmarkEvidence(b *testing.B) {
	c := collection(b, 1000)
	var texts []string
	var size int64
	filepath.WalkDir(c.dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return nil
		}
		var s scanner
		data, _, err := s.read(path, 0)
		if err != nil {
			return nil
		}
		if text, err := s.text(path, data); err == nil {
			texts = append(texts, strings.Clone(text))
			size += int64(len(text))
		}
		return nil
	})
	benchEvidence(b, texts, size)
}

// BenchmarkEvidenceSeeds counts the wire's evidence in the seed
// articles: news, with curly quotes, apostrophes and dashes, which the
// generated collection (ASCII) lacks, and many of the wire's words.
func BenchmarkEvidenceSeeds(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	var texts []string
	var size int64
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += int64(len(data))
	}
	benchEvidence(b, texts, size)
}

// benchEvidence times the wire's evidence in texts, of size bytes in all,
// and reports the processor time per pass beside the wall time.
func benchEvidence(b *testing.B, texts []string, size int64) {
	q := newQuery(wire(b))
	var s scanner
	b.SetBytes(size)
	cpu0, cpuOK := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		for _, text := range texts {
			s.evidence(q, text)
		}
	}
	if cpu1, ok := cpuTime(); ok && cpuOK {
		b.ReportMetric((cpu1-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	}
}
