package render

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/internal/testdoc"
	"github.com/wirediff/wirediff/report"
)

// checksComparison is a comparison of two three-paragraph documents, one
// sentence a paragraph, each linked to its partner; checksReport holds one
// finding of each kind on it.
func checksComparison() *align.Comparison {
	base := testdoc.New("base.txt",
		testdoc.Body("Conte urged the government to “set -our own limits”."),
		testdoc.Body("The letter warns of ICE agents in Italy later this month."),
		testdoc.Body("Two fatal shootings followed, transnational criminal organizations say."),
	)
	other := testdoc.New("other.txt",
		testdoc.Body("Conte urged the government to “set our own limits”."),
		testdoc.Body("The letter warns of ICE agents in Italer later this month, unneccesary."),
		testdoc.Body("Three fatal shootings followed, transnational criminal organisations say."),
	)
	c := &align.Comparison{Base: base, Other: other, Summary: align.Summary{Edited: 3, Reused: 1}}
	for i := range 3 {
		c.Sentences = append(c.Sentences, align.SentenceLink{Kind: align.Edited, Base: []int{i}, Other: []int{i}, Score: 0.9,
			Diff: []align.Chunk{del(base.Sentences[i].Text), ins(other.Sentences[i].Text)}})
	}
	return c
}

func checksReport() *check.Report {
	return &check.Report{
		Quotes: []check.QuoteChange{
			{Speaker: "Conte", OtherSpeaker: "Conte", Base: "set -our own limits", Other: "set our own limits",
				Change: check.QuoteAltered, SameSpeaker: true, BaseSentences: []int{0}, OtherSentences: []int{0}, Records: []int{0},
				Diff: []align.Chunk{eq("set "), del("-our"), ins("our"), eq(" own limits")}},
			{Speaker: "Sala", OtherSpeaker: "Calenda", Base: "This is a militia", Other: "This is a militia",
				Change: check.QuoteMisattributed, BaseSentences: []int{1}, OtherSentences: []int{1}},
		},
		Typos: []check.Typo{
			{Base: "Italy", Other: "Italer", Kind: check.TypoNearMiss, Sentence: 1, BaseSentence: 1, Start: 37, End: 43},
			{Other: "unneccesary", Kind: check.TypoMisspelling, Sentence: 1, BaseSentence: -1, Start: 62, End: 73},
			{Base: "organizations", Other: "organisations", Kind: check.TypoVariant, Sentence: 2, BaseSentence: 2, Start: 54, End: 67},
		},
		Facts: []check.Fact{{Base: "Two", Other: "Three", Kind: check.FactNumber, BaseSentence: 2, OtherSentence: 2}},
	}
}

// checkedReport reads articles from testdata (paths relative to the
// repository), compares each with the first and checks the comparisons.
func checkedReport(tb testing.TB, paths ...string) *report.Report {
	tb.Helper()
	r := &report.Report{Version: "test"}
	for _, p := range paths {
		data, err := os.ReadFile(filepath.Join("..", p))
		if err != nil {
			tb.Fatal(err)
		}
		d, err := article.Parse(filepath.Base(p), data)
		if err != nil {
			tb.Fatal(err)
		}
		r.Documents = append(r.Documents, d)
	}
	for _, o := range r.Documents[1:] {
		c := align.Compare(r.Documents[0], o, align.Options{})
		r.Comparisons = append(r.Comparisons, c)
		r.Checks = append(r.Checks, check.Run(c, nil))
	}
	return r
}

// TestChecksOnSeeds draws the checks of real comparisons in every format:
// the altered Conte quotation of seed 001 comes first in its comparison,
// and the typo "Italer" of seed 002 shows against the corrected copy.
func TestChecksOnSeeds(t *testing.T) {
	r := seedReport(t)
	out := term(t, r, TermOptions{Quiet: true})
	first := lineWith(t, out, "!")
	if !strings.HasPrefix(first, "!quote altered, Giuseppe Conte, other ¶") || !strings.Contains(first, ": “set [--our-]{+our+} own limits”") {
		t.Errorf("first finding of the seeds = %q, want the altered Conte quotation", first)
	}
	cm, _ := comparisonJSON(t, r)
	q := cm["quotes"].([]any)[0].(map[string]any)
	if q["change"] != "altered" || q["speaker"] != "Giuseppe Conte" || q["base"] != "set -our own limits" || q["other"] != "set our own limits" {
		t.Errorf("first quotation in JSON = %v", q)
	}
	page, _ := renderHTML(t, r)
	if i, j := strings.Index(page, `<section class="checks"`), strings.Index(page, `set <del>-our</del> own limits`); i < 0 || j < i ||
		j > strings.Index(page, `<table class="cmp">`) {
		t.Errorf("the HTML checks section does not open with the altered Conte quotation")
	}

	italer := checkedReport(t, "testdata/checks/002-fixed.txt", "testdata/seeds/"+seedNames[2])
	out = term(t, italer, TermOptions{Quiet: true})
	if l := lineWith(t, out, "!typo"); !strings.HasPrefix(l, "!typo  [-Italy-] → Italer, other ¶") {
		t.Errorf("Italer line = %q", l)
	}
	cm, data := comparisonJSON(t, italer)
	typos := cm["typos"].([]any)
	if len(typos) != 1 || typos[0].(map[string]any)["kind"] != "typo" || typos[0].(map[string]any)["other"] != "Italer" {
		t.Errorf("typos of 002-fixed against 002 = %v", typos)
	}
	// The contract holds for real findings too (offsets giving the word).
	var v map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	checkContract(t, v, italer)
}
