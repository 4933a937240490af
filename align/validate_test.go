package align

import (
	"slices"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/testdoc"
)

// validComparison is a hand-made comparison of testBase and testOther
// that keeps every invariant.
func validComparison() *Comparison {
	testBase := testdoc.New("base",
		testdoc.Body("By A Reporter"),
		testdoc.Body("(CNN) — Outrage is growing in Italy.", "“They don’t do immigration enforcement,” the spokesperson added."),
		testdoc.Body("Sala said no.", "Sala said yes.", "The end came."))
	testOther := testdoc.New("other",
		testdoc.Body("Anger grows in Italy.", `"They don't do immigration enforcement," she said.`),
		testdoc.Body("Sala said no.", "Something new."))
	return &Comparison{
		Base: testBase, Other: testOther,
		Summary: Summary{Identical: 1, Edited: 1, Paraphrased: 1, Added: 1, Dropped: 2, Moved: 1, Reused: 0.8},
		Sentences: []SentenceLink{
			{Kind: Dropped, Base: []int{0}},
			{Kind: Paraphrased, Base: []int{1}, Other: []int{0}, Score: 0.5},
			{Kind: Edited, Base: []int{2}, Other: []int{1}, Score: 0.8, Moved: true, Diff: []Chunk{
				{Op: Equal, Text: "“They don’t do immigration enforcement,” "},
				{Op: Delete, Text: "the spokesperson added."},
				{Op: Insert, Text: "she said."},
			}},
			{Kind: Identical, Base: []int{3}, Other: []int{2}, Score: 1, Diff: []Chunk{{Op: Equal, Text: "Sala said no."}}},
			{Kind: Added, Other: []int{3}},
			// Base 4 is in no record: each test decides.
			{Kind: Dropped, Base: []int{5}},
		},
	}
}

func TestValidateValid(t *testing.T) {
	c := validComparison()
	c.Sentences = slices.Insert(c.Sentences, 5, SentenceLink{Kind: Dropped, Base: []int{4}})
	c.Summary.Dropped = 3
	if err := validate(c, Options{}); err != nil {
		t.Errorf("Validate(valid) = %v", err)
	}
}

func TestValidateViolations(t *testing.T) {
	tests := []struct {
		name    string
		opts    Options
		break_  func(c *Comparison)
		wantErr string
	}{
		{"sentence in no record", Options{}, func(c *Comparison) {}, `BASE sentence 4 is in no record: "Sala said yes."`},
		{"boilerplate may be left out, body may not", Options{IgnoreBoilerplate: true}, func(c *Comparison) {}, `BASE sentence 4 is in no record`},
		{"sentence twice", Options{}, func(c *Comparison) {
			c.Sentences = append(c.Sentences, SentenceLink{Kind: Dropped, Base: []int{1}})
		}, `BASE sentence 1 is in 2 records`},
		{"index out of range", Options{}, func(c *Comparison) {
			c.Sentences[1].Other = []int{9}
		}, `sentence record 1: other sentence 9 out of range`},
		{"added with base", Options{}, func(c *Comparison) {
			c.Sentences[4].Base = []int{4}
		}, `record 4: added with 1 BASE and 1 OTHER sentences`},
		{"link without other", Options{}, func(c *Comparison) {
			c.Sentences[1].Other = nil
		}, `record 1: paraphrased with 1 BASE and 0 OTHER sentences`},
		{"invalid kind", Options{}, func(c *Comparison) {
			c.Sentences[1].Kind = 9
		}, `sentence record 1: unknown kind 9`},
		{"score out of range", Options{}, func(c *Comparison) {
			c.Sentences[1].Score = 1.5
		}, `record 1: score 1.5 outside [0,1]`},
		{"scored drop", Options{}, func(c *Comparison) {
			c.Sentences[0].Score = 0.2
		}, `record 0: dropped with score 0.2`},
		{"paraphrase with diff", Options{}, func(c *Comparison) {
			c.Sentences[1].Diff = []Chunk{{Op: Equal, Text: "x"}}
		}, `record 1: paraphrased with a diff`},
		{"identical with insert", Options{}, func(c *Comparison) {
			c.Sentences[3].Diff = append(c.Sentences[3].Diff, Chunk{Op: Insert, Text: "!"})
		}, `record 3: identical with a change that is not a spelling variant: "!"`},
		{"identical with a change of word", Options{}, func(c *Comparison) {
			c.Sentences[3].Diff = []Chunk{{Op: Equal, Text: "Sala said "}, {Op: Delete, Text: "no."}, {Op: Insert, Text: "yes."}}
		}, `record 3: identical with a change that is not a spelling variant: "no."`},
		{"diff loses a word", Options{}, func(c *Comparison) {
			c.Sentences[2].Diff = c.Sentences[2].Diff[1:]
		}, `record 2: diff's BASE side "thespokespersonadded." differs`},
		{"summary off", Options{}, func(c *Comparison) {
			c.Summary.Edited = 3
		}, `summary {Identical:1 Edited:3`},
		{"reused off", Options{}, func(c *Comparison) {
			c.Summary.Reused = -0.1
		}, `Reused -0.1 outside [0,1]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validComparison()
			tt.break_(c)
			err := validate(c, tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Validate = %v, want an error containing %q", err, tt.wantErr)
			}
		})
	}
}

// TestCheckIgnoreBoilerplate: with IgnoreBoilerplate, sentences of
// non-body paragraphs may be in no record.
func TestValidateIgnoreBoilerplate(t *testing.T) {
	c := validComparison()
	c.Base.Paragraphs[2].Role = article.Boilerplate // "Sala said no." … "The end came."
	c.Sentences = c.Sentences[:len(c.Sentences)-1]  // leave out base 5, in the boilerplate paragraph
	c.Summary.Dropped = 1
	c.Sentences[3] = SentenceLink{Kind: Added, Other: []int{2}}
	c.Summary.Identical, c.Summary.Added = 0, 2
	if err := validate(c, Options{IgnoreBoilerplate: true}); err != nil {
		t.Errorf("Validate = %v", err)
	}
	if err := validate(c, Options{}); err == nil || !strings.Contains(err.Error(), "BASE sentence 3 is in no record") {
		t.Errorf("without IgnoreBoilerplate: Validate = %v, want base 3 in no record", err)
	}
}

// TestCheckSpellingVariant: an identical record may show words respelt
// the British or the American way, and nothing else.
func TestValidateSpellingVariant(t *testing.T) {
	base := testdoc.New("base", testdoc.Body("The colour of the centre is grey."))
	other := testdoc.New("other", testdoc.Body("The color of the center is gray."))
	c := &Comparison{
		Base: base, Other: other,
		Summary: Summary{Identical: 1, Reused: 1},
		Sentences: []SentenceLink{{Kind: Identical, Base: []int{0}, Other: []int{0}, Score: 1, Diff: []Chunk{
			{Op: Equal, Text: "The "},
			{Op: Delete, Text: "colour of the centre"},
			{Op: Insert, Text: "color of the center"},
			{Op: Equal, Text: " is "},
			{Op: Delete, Text: "grey."},
			{Op: Insert, Text: "gray."},
		}}},
	}
	if err := validate(c, Options{}); err != nil {
		t.Errorf("Validate = %v", err)
	}
}

// validate checks c as made with opts.
func validate(c *Comparison, opts Options) error {
	c.Options = opts
	return c.Validate()
}
