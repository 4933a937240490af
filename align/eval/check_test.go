package eval

import (
	"strings"
	"testing"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
)

// validComparison is a hand-made comparison of testBase and testOther
// that keeps every invariant.
func validComparison() *align.Comparison {
	return &align.Comparison{
		Base: testBase, Other: testOther,
		Summary: align.Summary{Identical: 1, Edited: 1, Paraphrased: 1, Added: 1, Dropped: 1, Moved: 1, Reused: 0.8},
		Sentences: []align.SentenceLink{
			{Kind: align.Dropped, Base: []int{0, 5}},
			{Kind: align.Paraphrased, Base: []int{1}, Other: []int{0}, Score: 0.5},
			{Kind: align.Edited, Base: []int{2}, Other: []int{1}, Score: 0.8, Moved: true, Diff: []align.Chunk{
				{Op: align.Equal, Text: "“They don’t do immigration enforcement,” "},
				{Op: align.Delete, Text: "the spokesperson added."},
				{Op: align.Insert, Text: "she said."},
			}},
			{Kind: align.Identical, Base: []int{3}, Other: []int{2}, Score: 1, Diff: []align.Chunk{{Op: align.Equal, Text: "Sala said no."}}},
			// Base 4 is in no record: each test decides.
			{Kind: align.Added, Other: []int{3}},
		},
	}
}

func TestCheckValid(t *testing.T) {
	c := validComparison()
	c.Sentences = append(c.Sentences, align.SentenceLink{Kind: align.Dropped, Base: []int{4}})
	c.Summary.Dropped = 2
	if err := Check(c, align.Options{}); err != nil {
		t.Errorf("Check(valid) = %v", err)
	}
}

func TestCheckViolations(t *testing.T) {
	tests := []struct {
		name    string
		opts    align.Options
		break_  func(c *align.Comparison)
		wantErr string
	}{
		{"sentence in no record", align.Options{}, func(c *align.Comparison) {}, `BASE sentence 4 is in no record: "Sala said yes."`},
		{"boilerplate may be left out, body may not", align.Options{IgnoreBoilerplate: true}, func(c *align.Comparison) {}, `BASE sentence 4 is in no record`},
		{"sentence twice", align.Options{}, func(c *align.Comparison) {
			c.Sentences = append(c.Sentences, align.SentenceLink{Kind: align.Dropped, Base: []int{4, 1}})
		}, `BASE sentence 1 is in 2 records`},
		{"index out of range", align.Options{}, func(c *align.Comparison) {
			c.Sentences[4].Other = []int{3, 9}
		}, `record 4: sentence index 9 out of range`},
		{"added with base", align.Options{}, func(c *align.Comparison) {
			c.Sentences[4].Base = []int{4}
		}, `record 4: added with 1 BASE and 1 OTHER sentences`},
		{"link without other", align.Options{}, func(c *align.Comparison) {
			c.Sentences[1].Other = nil
		}, `record 1: paraphrased with 1 BASE and 0 OTHER sentences`},
		{"invalid kind", align.Options{}, func(c *align.Comparison) {
			c.Sentences[1].Kind = 9
		}, `record 1: invalid kind 9`},
		{"score out of range", align.Options{}, func(c *align.Comparison) {
			c.Sentences[1].Score = 1.5
		}, `record 1: score 1.5 outside [0,1]`},
		{"scored drop", align.Options{}, func(c *align.Comparison) {
			c.Sentences[0].Score = 0.2
		}, `record 0: dropped with score 0.2`},
		{"paraphrase with diff", align.Options{}, func(c *align.Comparison) {
			c.Sentences[1].Diff = []align.Chunk{{Op: align.Equal, Text: "x"}}
		}, `record 1: paraphrased with a diff`},
		{"identical with insert", align.Options{}, func(c *align.Comparison) {
			c.Sentences[3].Diff = append(c.Sentences[3].Diff, align.Chunk{Op: align.Insert, Text: "!"})
		}, `record 3: identical with a change that is not a spelling variant: "!"`},
		{"identical with a change of word", align.Options{}, func(c *align.Comparison) {
			c.Sentences[3].Diff = []align.Chunk{{Op: align.Equal, Text: "Sala said "}, {Op: align.Delete, Text: "no."}, {Op: align.Insert, Text: "yes."}}
		}, `record 3: identical with a change that is not a spelling variant: "no."`},
		{"diff loses a word", align.Options{}, func(c *align.Comparison) {
			c.Sentences[2].Diff = c.Sentences[2].Diff[1:]
		}, `record 2: diff's BASE side "thespokespersonadded." differs`},
		{"summary off", align.Options{}, func(c *align.Comparison) {
			c.Summary.Edited = 3
		}, `summary {Identical:1 Edited:3`},
		{"reused off", align.Options{}, func(c *align.Comparison) {
			c.Summary.Reused = -0.1
		}, `Reused -0.1 outside [0,1]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validComparison()
			tt.break_(c)
			err := Check(c, tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Check = %v, want an error containing %q", err, tt.wantErr)
			}
		})
	}
}

// TestCheckIgnoreBoilerplate: with IgnoreBoilerplate, sentences of
// non-body paragraphs may be in no record.
func TestCheckIgnoreBoilerplate(t *testing.T) {
	base := *testBase
	base.Paragraphs = append([]article.Paragraph(nil), testBase.Paragraphs...)
	base.Paragraphs[2].Role = article.Boilerplate // "Sala said no." … "The end came."
	c := validComparison()
	c.Base = &base
	c.Sentences[0].Base = []int{0} // leave out base 5, in the boilerplate paragraph
	c.Sentences[3] = align.SentenceLink{Kind: align.Added, Other: []int{2}}
	c.Summary.Identical, c.Summary.Added = 0, 2
	if err := Check(c, align.Options{IgnoreBoilerplate: true}); err != nil {
		t.Errorf("Check = %v", err)
	}
	if err := Check(c, align.Options{}); err == nil || !strings.Contains(err.Error(), "BASE sentence 3 is in no record") {
		t.Errorf("without IgnoreBoilerplate: Check = %v, want base 3 in no record", err)
	}
}

// TestCheckSpellingVariant: an identical record may show words respelt
// the British or the American way, and nothing else.
func TestCheckSpellingVariant(t *testing.T) {
	base := doc("base", []string{"The colour of the centre is grey."})
	other := doc("other", []string{"The color of the center is gray."})
	c := &align.Comparison{
		Base: base, Other: other,
		Summary: align.Summary{Identical: 1, Reused: 1},
		Sentences: []align.SentenceLink{{Kind: align.Identical, Base: []int{0}, Other: []int{0}, Score: 1, Diff: []align.Chunk{
			{Op: align.Equal, Text: "The "},
			{Op: align.Delete, Text: "colour of the centre"},
			{Op: align.Insert, Text: "color of the center"},
			{Op: align.Equal, Text: " is "},
			{Op: align.Delete, Text: "grey."},
			{Op: align.Insert, Text: "gray."},
		}}},
	}
	if err := Check(c, align.Options{}); err != nil {
		t.Errorf("Check = %v", err)
	}
}
