package render

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/internal/testdoc"
	"github.com/wirediff/wirediff/report"
)

// bigReport builds a comparison of two documents of n paragraphs of three
// sentences each (about 100 bytes a sentence), with every kind of record:
// a stand-in for a long feature article and its rewrite.
func bigReport(n int) *report.Report {
	var bp, op []testdoc.Para
	for i := range n {
		s := func(j int, w string) string {
			return fmt.Sprintf("Sentence %d.%d of the story says that the council %s the budget on Tuesday after a long debate.", i, j, w)
		}
		bp = append(bp, testdoc.Body(s(0, "approved"), s(1, "approved"), s(2, "approved")))
		op = append(op, testdoc.Body(s(0, "approved"), s(1, "passed"), "Something else entirely was added here, with a quote “like this one” in it."))
	}
	base, other := testdoc.New("base.txt", bp...), testdoc.New("other.txt", op...)
	base.Title, other.Title = "Base", "Other"
	c := &align.Comparison{Base: base, Other: other}
	for i := range n {
		b, o := 3*i, 3*i
		c.Sentences = append(c.Sentences,
			align.SentenceLink{Kind: align.Identical, Base: []int{b}, Other: []int{o}, Score: 1, Diff: []align.Chunk{eq(base.Sentences[b].Text)}},
			align.SentenceLink{Kind: align.Edited, Base: []int{b + 1}, Other: []int{o + 1}, Score: 0.9, Moved: i%10 == 5, Diff: []align.Chunk{
				eq(fmt.Sprintf("Sentence %d.1 of the story says that the council ", i)), del("approved"), ins("passed"),
				eq(" the budget on Tuesday after a long debate.")}},
			align.SentenceLink{Kind: align.Dropped, Base: []int{b + 2}},
			align.SentenceLink{Kind: align.Added, Other: []int{o + 2}},
		)
		c.Summary.Identical++
		c.Summary.Edited++
		c.Summary.Added++
		c.Summary.Dropped++
	}
	c.Summary.Reused = 0.66
	return &report.Report{Documents: []*article.Document{base, other}, Comparisons: []*align.Comparison{c}, Version: "bench"}
}

// withFindings adds to r (a bigReport) checks with two findings per
// paragraph: an altered quotation and a typo in its edited sentence.
func withFindings(r *report.Report) *report.Report {
	c := r.Comparisons[0]
	f := &check.Report{}
	for ri, l := range c.Sentences {
		if l.Kind != align.Edited {
			continue
		}
		s := c.Other.Sentences[l.Other[0]]
		at := s.Start + strings.Index(s.Text, "passed")
		f.Quotes = append(f.Quotes, check.QuoteChange{Speaker: "the council", OtherSpeaker: "the council",
			Base: "approved the budget", Other: "passed the budget", Change: check.QuoteAltered,
			SameSpeaker: true, BaseSentences: l.Base, OtherSentences: l.Other, Records: []int{ri},
			Diff: []align.Chunk{del("approved"), ins("passed"), eq(" the budget")}})
		f.Typos = append(f.Typos, check.Typo{Base: "approved", Other: "passed", Kind: check.TypoNearMiss,
			Sentence: l.Other[0], BaseSentence: l.Base[0], Start: at, End: at + len("passed")})
	}
	r.Checks = []*check.Report{f}
	return r
}

func benchRender(b *testing.B, r *report.Report, render func(io.Writer, *report.Report) error) {
	b.ReportAllocs()
	for b.Loop() {
		if err := render(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}

func termBench(o TermOptions) func(io.Writer, *report.Report) error {
	return func(w io.Writer, r *report.Report) error { return Term(w, r, o) }
}

// 1000 paragraphs: 3000 sentences, about 300 KB of text per document.
func BenchmarkTerm(b *testing.B) { benchRender(b, bigReport(1000), termBench(TermOptions{Width: 100})) }

func BenchmarkTermColor(b *testing.B) {
	benchRender(b, bigReport(1000), termBench(TermOptions{Width: 100, Color: true}))
}

func BenchmarkTermSideBySide(b *testing.B) {
	benchRender(b, bigReport(1000), termBench(TermOptions{Width: 160, SideBySide: true}))
}

func BenchmarkHTML(b *testing.B) { benchRender(b, bigReport(1000), HTML) }

func BenchmarkJSON(b *testing.B) { benchRender(b, bigReport(1000), JSON) }

// The same with 2000 findings of the checks (two per paragraph).
func BenchmarkTermChecks(b *testing.B) {
	benchRender(b, withFindings(bigReport(1000)), termBench(TermOptions{Width: 100}))
}

func BenchmarkHTMLChecks(b *testing.B) { benchRender(b, withFindings(bigReport(1000)), HTML) }

func BenchmarkJSONChecks(b *testing.B) { benchRender(b, withFindings(bigReport(1000)), JSON) }

// The seed report: four real comparisons.
func BenchmarkSeedsTerm(b *testing.B) {
	benchRender(b, seedReport(b), termBench(TermOptions{Width: 100}))
}

func BenchmarkSeedsHTML(b *testing.B) { benchRender(b, seedReport(b), HTML) }
