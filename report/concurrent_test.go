package report_test

import (
	"bytes"
	"runtime"
	"testing"

	"github.com/wirediff/wirediff/align/eval"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/gendoc"
	"github.com/wirediff/wirediff/render"
	"github.com/wirediff/wirediff/report"
)

// TestConcurrentSameAsSequential runs the pipeline on one generated pair
// and on three documents, once on the concurrent path of large inputs
// (forced by lowering its threshold) and once on the sequential one, and
// checks that the JSON reports are byte-identical: the work spread over
// goroutines must not change the result, whatever the scheduling. Run it
// with -race too.
func TestConcurrentSameAsSequential(t *testing.T) {
	r, err := eval.ModuleRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	src, err := gendoc.LoadSources(r)
	if err != nil {
		t.Fatal(err)
	}
	p, err := gendoc.Generate(src, gendoc.Options{Size: 48 << 10, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	q, err := gendoc.Generate(src, gendoc.Options{Size: 48 << 10, Seed: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4)) // the concurrent path needs two or more
	parse := func(texts ...string) []*article.Document {
		var docs []*article.Document
		for i, s := range texts {
			d, err := article.Parse(string(rune('a'+i)), []byte(s))
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, d)
		}
		return docs
	}
	run := func(texts []string, minBytes int) []byte {
		old := *report.ConcurrentMinBytes
		defer func() { *report.ConcurrentMinBytes = old }()
		*report.ConcurrentMinBytes = minBytes
		var b bytes.Buffer
		if err := render.JSON(&b, report.Run(parse(texts...), report.Options{Version: "test"})); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	for _, texts := range [][]string{{p.Base, p.Other}, {p.Base, p.Other, q.Other + "\n\nA last paragraph of its own."}} {
		seq := run(texts, 1<<62)
		for range 3 {
			if par := run(texts, 0); !bytes.Equal(par, seq) {
				t.Fatalf("%d documents: the concurrent run's JSON (%d bytes) differs from the sequential one's (%d bytes)", len(texts), len(par), len(seq))
			}
		}
	}
}
