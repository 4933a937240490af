package render

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/report"
)

// checksComparison is a comparison of two three-paragraph documents, one
// sentence a paragraph, each linked to its partner; checksReport holds one
// finding of each kind on it.
func checksComparison() *align.Comparison {
	base := doc("base.txt", "",
		para{article.Body, []string{"Conte urged the government to “set -our own limits”."}},
		para{article.Body, []string{"The letter warns of ICE agents in Italy later this month."}},
		para{article.Body, []string{"Two fatal shootings followed, transnational criminal organizations say."}},
	)
	other := doc("other.txt", "",
		para{article.Body, []string{"Conte urged the government to “set our own limits”."}},
		para{article.Body, []string{"The letter warns of ICE agents in Italer later this month, unneccesary."}},
		para{article.Body, []string{"Three fatal shootings followed, transnational criminal organisations say."}},
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

// termChecksOf renders comparison c with its checks f through Term (Quiet:
// the header and the checks) and returns what follows the header: the
// lines of the checks.
func termChecksOf(t *testing.T, c *align.Comparison, f *check.Report, opts TermOptions) string {
	t.Helper()
	opts.Quiet = true
	r := &report.Report{Documents: []*article.Document{c.Base, c.Other}, Comparisons: []*align.Comparison{c},
		Checks: []*check.Report{f}, Version: "test"}
	var b bytes.Buffer
	if err := Term(&b, r, opts); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(b.String(), "\n")
	for i, l := range lines {
		if strings.Contains(l, "checks") {
			return strings.Join(lines[i:], "")
		}
	}
	return ""
}

func TestTermChecks(t *testing.T) {
	c, r := checksComparison(), checksReport()
	got := termChecksOf(t, c, r, TermOptions{})
	want := `checks 2 quotations changed, 1 likely typo, 1 unknown word, 1 changed fact, 1 spelling variant
!quote altered, Conte, other ¶1: “set [--our-]{+our+} own limits”
!quote misattributed, Calenda (base: Sala), other ¶2: “This is a militia”
!typo  [-Italy-] → Italer, other ¶2
!spell unneccesary is not in the word list, other ¶2
!fact  number Two → Three, other ¶3
~spell organizations → organisations, a spelling variant, other ¶3
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("checks in Term (-want +got):\n%s", diff)
	}

	got = termChecksOf(t, c, r, TermOptions{Color: true})
	for i, l := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
		if last := strings.LastIndex(l, "\x1b["); last >= 0 && !strings.HasPrefix(l[last:], "\x1b[0m") {
			t.Errorf("colour line %d leaves a style open: %q", i+1, l)
		}
		if strings.Contains(l, "[-") || strings.Contains(l, "{+") {
			t.Errorf("colour line %d has plain markers: %q", i+1, l)
		}
	}
	if !strings.Contains(got, "\x1b[31;9m-our") || !strings.Contains(got, "\x1b[32;4mour") {
		t.Errorf("colour output does not strike -our and underline our:\n%q", got)
	}
}

func TestTermChecksWidth(t *testing.T) {
	got := termChecksOf(t, checksComparison(), checksReport(), TermOptions{Width: 40})
	if got == "" {
		t.Fatal("no checks written")
	}
	for _, l := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
		if w := textWidth(l); w > 40 {
			t.Errorf("line wider than 40 columns (%d): %q", w, l)
		}
	}
}

func TestTermChecksEmptyAndHostile(t *testing.T) {
	for _, r := range []*check.Report{nil, {}} {
		if got := termChecksOf(t, checksComparison(), r, TermOptions{}); got != "" {
			t.Errorf("checks %v wrote %q; want nothing", r, got)
		}
	}
	r := &check.Report{Quotes: []check.QuoteChange{{
		Change: check.QuoteParaphrased, Speaker: "\x1b]0;pwned\x07Sala", Base: "a\x1b[2Jb", Other: "line one\n\nline two\r",
		OtherSentences: []int{2}, SameSpeaker: true,
	}}}
	out := termChecksOf(t, checksComparison(), r, TermOptions{})
	if strings.ContainsAny(out, "\x1b\x07\r") {
		t.Errorf("article text reached the terminal raw: %q", out)
	}
	if strings.Count(out, "\n") != 2 {
		t.Errorf("want a summary line and one finding line, got %q", out)
	}
}

// checksReportOf is the report of checksComparison with its checks f.
func checksReportOf(f *check.Report) *report.Report {
	c := checksComparison()
	return &report.Report{Documents: []*article.Document{c.Base, c.Other}, Comparisons: []*align.Comparison{c},
		Checks: []*check.Report{f}, Version: "test"}
}

// comparisonJSON renders r as JSON and returns its first comparison,
// decoded generically.
func comparisonJSON(t *testing.T, r *report.Report) (map[string]any, []byte) {
	t.Helper()
	var b bytes.Buffer
	if err := JSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var v struct {
		Comparisons []map[string]any `json:"comparisons"`
	}
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	return v.Comparisons[0], b.Bytes()
}

func TestJSONChecks(t *testing.T) {
	s := compileSchema(t)
	for name, f := range map[string]*check.Report{"unchecked": nil, "empty": {}, "full": checksReport()} {
		cm, data := comparisonJSON(t, checksReportOf(f))
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(inst); err != nil {
			t.Errorf("%s: JSON does not match the schema: %v\n%s", name, err, data)
		}
		for _, k := range []string{"quotes", "typos", "facts"} {
			v, ok := cm[k]
			switch {
			case f == nil && ok:
				t.Errorf("%s: %q is present for a comparison that was not checked", name, k)
			case f != nil && !ok:
				t.Errorf("%s: %q is missing", name, k)
			case f != nil && len(f.Quotes) == 0:
				if l, isList := v.([]any); !isList || len(l) != 0 {
					t.Errorf("%s: %q = %v, want []", name, k, v)
				}
			}
		}
	}
	// Unchecked, the comparison is as it was before there were checks:
	// nothing between "summary" and "paragraphs".
	_, data := comparisonJSON(t, checksReportOf(nil))
	if !regexp.MustCompile(`"reused": [0-9.]+\n\s*},\n\s*"paragraphs"`).Match(data) {
		t.Errorf("unchecked comparison has fields between summary and paragraphs:\n%s", data)
	}

	got := newJSONChecks(checksReport())
	q := got.Quotes[0]
	if q.Change != "altered" || q.Speaker != "Conte" || q.Base != "set -our own limits" || len(q.Diff) != 4 || q.Diff[1] != (jsonChunk{"delete", "-our"}) {
		t.Errorf("first quote = %+v", q)
	}
	if got.Quotes[1].Diff == nil || got.Quotes[1].BaseSentences == nil {
		t.Error("nil lists in a quote: they would encode as null")
	}
	if ty := got.Typos[1]; ty.Kind != "misspelling" || ty.BaseSentence != -1 || ty.Start != 62 {
		t.Errorf("misspelling = %+v", ty)
	}
	if f := got.Facts[0]; f != (jsonFact{Kind: "number", Base: "Two", Other: "Three", BaseSentence: 2, OtherSentence: 2}) {
		t.Errorf("fact = %+v", f)
	}
}

// TestJSONChecksSchema checks that the schema holds the findings to their
// contract: all three lists or none, known kinds, no null.
func TestJSONChecksSchema(t *testing.T) {
	s := compileSchema(t)
	_, good := comparisonJSON(t, checksReportOf(checksReport()))
	for _, tc := range []struct{ name, from, to string }{
		{"typos without quotes", `"quotes": [`, `"quotes_": [`},
		{"null list", `"facts": [`, `"facts": null, "x": [`},
		{"unknown change", `"change": "altered"`, `"change": "edited"`},
		{"unknown typo kind", `"kind": "misspelling"`, `"kind": "error"`},
		{"unknown fact kind", `"kind": "number"`, `"kind": "count"`},
		{"base sentence below -1", `"base_sentence": -1`, `"base_sentence": -2`},
		{"negative sentence", `"other_sentences": [
            0`, `"other_sentences": [
            -1`},
	} {
		broken := strings.Replace(string(good), tc.from, tc.to, 1)
		if broken == string(good) {
			t.Fatalf("%s: %q not found in the output", tc.name, tc.from)
		}
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(broken))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if err := s.Validate(inst); err == nil {
			t.Errorf("%s: the schema accepts it", tc.name)
		}
	}
}

func executeChecks(t *testing.T, v checksView) string {
	t.Helper()
	var b bytes.Buffer
	if err := htmlPage.ExecuteTemplate(&b, "checks", v); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestChecksHTML(t *testing.T) {
	c, r := checksComparison(), checksReport()
	v := newChecksView(c, r, "c1")
	if len(v.Items) != 6 {
		t.Fatalf("got %d items, want 6", len(v.Items))
	}
	if v.Items[0].Href != "#c1-r0" || v.Items[2].Href != "#c1-r1" {
		t.Errorf("links: %q, %q; want the rows of records 0 and 1", v.Items[0].Href, v.Items[2].Href)
	}
	out := executeChecks(t, v)
	for _, want := range []string{
		`<section class="checks"`,
		`quotation altered`,
		`“set <del>-our</del> own limits”`,
		`“set <ins>our</ins> own limits”`,
		`<span class="sr">Base: </span><del>Italy</del></span>`,
		`Calenda (base: Sala)`,
		`<del>Italy</del>`, `<ins>Italer</ins>`,
		`unknown word`,
		`number changed`,
		`href="#c1-r0"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q:\n%s", want, out)
		}
	}
	if got := executeChecks(t, newChecksView(c, &check.Report{}, "c1")); strings.TrimSpace(got) != "" {
		t.Errorf("an empty report drew %q", got)
	}
	hostile := &check.Report{Typos: []check.Typo{{Other: `<script>alert(1)</script>`, Kind: check.TypoMisspelling, Sentence: 0, BaseSentence: -1}}}
	if got := executeChecks(t, newChecksView(c, hostile, "c1")); strings.Contains(got, "<script>") {
		t.Errorf("article text was not escaped: %s", got)
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
		r.Checks = append(r.Checks, check.Run(c))
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

func TestQuoteSpeakers(t *testing.T) {
	for _, tc := range []struct {
		base, other string
		same        bool
		want        string
	}{
		{"Giuseppe Conte", "Giuseppe Conte", true, "Giuseppe Conte"},
		{"Giuseppe Sala", "Sala", true, "Giuseppe Sala"},
		{"Sala", "Giuseppe Sala", true, "Giuseppe Sala"},
		{"", "Sala", true, "Sala"},
		{"Sala", "", true, "Sala"},
		{"", "", true, ""},
		{"Sala", "Calenda", false, "Calenda (base: Sala)"},
		{"Giuseppe Sala", "Sala", false, "Sala (base: Giuseppe Sala)"},
	} {
		q := check.QuoteChange{Speaker: tc.base, OtherSpeaker: tc.other, SameSpeaker: tc.same}
		if got := quoteSpeakers(q); got != tc.want {
			t.Errorf("speakers %q, %q (same %v): got %q, want %q", tc.base, tc.other, tc.same, got, tc.want)
		}
	}
}
