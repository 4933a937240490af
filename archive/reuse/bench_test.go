//go:build unix

package reuse

import (
	"bufio"
	"bytes"
	"encoding/json"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/corpus"
	"github.com/wirediff/wirediff/internal/gencorpus"
)

// benchArchive returns the documents of a generated archive of n.
func benchArchive(b *testing.B, n int) ([]Doc, *gencorpus.ArchiveManifest) {
	b.Helper()
	src, err := gencorpus.LoadSources(root)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	m, err := gencorpus.WriteArchive(&buf, gencorpus.PoolSentences(src, filepath.Join(root, gencorpus.MSRPPath)), gencorpus.ArchiveOptions{Docs: n, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	var docs []Doc
	sc := bufio.NewScanner(&buf)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d Doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs, m
}

// cpuTime returns the processor time the process has used, user and
// system: on a machine shared with other jobs it tells the cost of the
// work better than the wall time does.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the processor time per operation since start.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// BenchmarkSign is the per-document cost of the sign stage: parsing and
// hashing one archive document (about 1.7 KB of text).
func BenchmarkSign(b *testing.B) {
	docs, _ := benchArchive(b, 500)
	b.ResetTimer()
	defer reportCPU(b, cpuTime())
	sigs := 0
	for i := range b.N {
		d := docs[i%len(docs)]
		doc, err := parse(d)
		if err != nil {
			continue
		}
		sigs += len(corpus.Signatures(doc))
	}
	b.ReportMetric(float64(sigs)/float64(b.N), "signatures/doc")
}

// BenchmarkComparePair is the per-pair cost of the compare stage: two
// parses, report.Compare and the record, on pairs of one story.
func BenchmarkComparePair(b *testing.B) {
	docs, m := benchArchive(b, 500)
	var pairs [][2]int
	for i := range docs {
		for j := i + 1; j < len(docs) && j < i+8; j++ {
			if m.Shared(i, j) >= 0.1 {
				pairs = append(pairs, [2]int{i, j})
			}
		}
	}
	b.ResetTimer()
	defer reportCPU(b, cpuTime())
	for i := range b.N {
		p := pairs[i%len(pairs)]
		if _, _, err := comparePair(docs[p[0]], docs[p[1]], Evidence{Verbatim: 1}, nil, align.Options{}, 0.1); err != nil {
			b.Fatal(err)
		}
	}
}
