package render

import (
	"bytes"
	"encoding/json"
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
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
	c := &align.Comparison{Base: base, Other: other}
	for i := range 3 {
		c.Sentences = append(c.Sentences, align.SentenceLink{Kind: align.Edited, Base: []int{i}, Other: []int{i}, Score: 0.9})
	}
	return c
}

func checksReport() *check.Report {
	return &check.Report{
		Quotes: []check.QuoteChange{
			{Speaker: "Conte", OtherSpeaker: "Conte", Base: "set -our own limits", Other: "set our own limits",
				Change: "altered", BaseSentences: []int{0}, OtherSentences: []int{0},
				Diff: []align.Chunk{eq("set "), del("-our"), ins("our"), eq(" own limits")}},
			{Speaker: "Sala", OtherSpeaker: "Calenda", Base: "This is a militia", Other: "This is a militia",
				Change: "misattributed", BaseSentences: []int{1}, OtherSentences: []int{1}},
		},
		Typos: []check.Typo{
			{Base: "Italy", Other: "Italer", Kind: "typo", Sentence: 1, BaseSentence: 1, Start: 37, End: 43},
			{Other: "unneccesary", Kind: "misspelling", Sentence: 1, BaseSentence: -1, Start: 62, End: 73},
			{Base: "organizations", Other: "organisations", Kind: "variant", Sentence: 2, BaseSentence: 2, Start: 54, End: 67},
		},
		Facts: []check.Fact{{Base: "Two", Other: "Three", Kind: "number", BaseSentence: 2, OtherSentence: 2}},
	}
}

func TestTermChecks(t *testing.T) {
	c, r := checksComparison(), checksReport()
	var b bytes.Buffer
	if err := termChecks(&b, c, r, TermOptions{}); err != nil {
		t.Fatal(err)
	}
	want := `checks 2 quotations changed, 1 likely typo, 1 unknown word, 1 changed fact, 1 spelling variant
!quote altered, Conte, other ¶1: “set [--our-]{+our+} own limits”
!quote misattributed, Calenda (base: Sala), other ¶2: “This is a militia”
!typo  [-Italy-] → Italer, other ¶2
!spell unneccesary is no English word, other ¶2
!fact  number Two → Three, other ¶3
~spell organizations → organisations, a spelling variant, other ¶3
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("termChecks (-want +got):\n%s", diff)
	}

	b.Reset()
	if err := termChecks(&b, c, r, TermOptions{Color: true}); err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
		if last := strings.LastIndex(l, "\x1b["); last >= 0 && !strings.HasPrefix(l[last:], "\x1b[0m") {
			t.Errorf("colour line %d leaves a style open: %q", i+1, l)
		}
		if strings.Contains(l, "[-") || strings.Contains(l, "{+") {
			t.Errorf("colour line %d has plain markers: %q", i+1, l)
		}
	}
	if !strings.Contains(b.String(), "\x1b[31;9m-our") || !strings.Contains(b.String(), "\x1b[32;4mour") {
		t.Errorf("colour output does not strike -our and underline our:\n%q", b.String())
	}
}

func TestTermChecksWidth(t *testing.T) {
	var b bytes.Buffer
	if err := termChecks(&b, checksComparison(), checksReport(), TermOptions{Width: 40}); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
		if w := textWidth(l); w > 40 {
			t.Errorf("line wider than 40 columns (%d): %q", w, l)
		}
	}
}

func TestTermChecksEmptyAndHostile(t *testing.T) {
	var b bytes.Buffer
	for _, r := range []*check.Report{nil, {}} {
		if err := termChecks(&b, checksComparison(), r, TermOptions{}); err != nil || b.Len() != 0 {
			t.Errorf("termChecks(%v) wrote %q, %v; want nothing", r, b.String(), err)
		}
	}
	r := &check.Report{Quotes: []check.QuoteChange{{
		Change: "paraphrased", Speaker: "\x1b]0;pwned\x07Sala", Base: "a\x1b[2Jb", Other: "line one\n\nline two\r",
		OtherSentences: []int{99},
	}}}
	if err := termChecks(&b, checksComparison(), r, TermOptions{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.ContainsAny(out, "\x1b\x07\r") {
		t.Errorf("article text reached the terminal raw: %q", out)
	}
	if strings.Count(out, "\n") != 2 {
		t.Errorf("want a summary line and one finding line, got %q", out)
	}
}

// compileChecksSchema compiles checksSchemaV1 as the schema of an object
// with the three lists of a comparison.
func compileChecksSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	var frag struct {
		Defs  map[string]any `json:"$defs"`
		Props map[string]any `json:"comparisonProperties"`
	}
	if err := json.Unmarshal([]byte(checksSchemaV1), &frag); err != nil {
		t.Fatalf("checksSchemaV1 is not JSON: %v", err)
	}
	schema := map[string]any{
		"$schema":  "https://json-schema.org/draft/2020-12/schema",
		"type":     "object",
		"required": []string{"quotes", "typos", "facts"},
		"$defs":    frag.Defs, "properties": frag.Props,
		"additionalProperties": false,
	}
	data, _ := json.Marshal(schema)
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource("checks.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("checks.json")
	if err != nil {
		t.Fatalf("compiling checksSchemaV1: %v", err)
	}
	return s
}

func TestJSONChecks(t *testing.T) {
	s := compileChecksSchema(t)
	for name, r := range map[string]*check.Report{"nil": nil, "empty": {}, "full": checksReport()} {
		data, err := json.Marshal(newJSONChecks(r))
		if err != nil {
			t.Fatal(err)
		}
		if r == nil || len(r.Quotes) == 0 {
			if want := `{"quotes":[],"typos":[],"facts":[]}`; string(data) != want {
				t.Errorf("%s report: got %s, want %s", name, data, want)
			}
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(inst); err != nil {
			t.Errorf("%s report: JSON does not match checksSchemaV1: %v\n%s", name, err, data)
		}
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

func executeChecks(t *testing.T, v checksView) string {
	t.Helper()
	tmpl := template.Must(template.New("page").Parse(checksTemplate + `{{template "checks" .}}`))
	var b bytes.Buffer
	if err := tmpl.Execute(&b, v); err != nil {
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
		`set <del>-our</del> own limits`,
		`set <ins>our</ins> own limits`,
		`Calenda (base: Sala)`,
		`<del>Italy</del>`, `<ins>Italer</ins>`,
		`not an English word`,
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
	hostile := &check.Report{Typos: []check.Typo{{Other: `<script>alert(1)</script>`, Kind: "misspelling", Sentence: 0, BaseSentence: -1}}}
	if got := executeChecks(t, newChecksView(c, hostile, "c1")); strings.Contains(got, "<script>") {
		t.Errorf("article text was not escaped: %s", got)
	}
}

// TestChecksOnSeeds draws the checks of the seed comparisons in every form,
// as a smoke test of real reports: the altered Conte quotation of seed 001
// must show in each.
func TestChecksOnSeeds(t *testing.T) {
	var docs []*article.Document
	for _, name := range []string{seedNames[0], seedNames[1]} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		d, err := article.Parse(name, data)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	c := align.Compare(docs[0], docs[1], align.Options{})
	r := check.Run(c)
	var b bytes.Buffer
	if err := termChecks(&b, c, r, TermOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "“set [--our-]{+our+} own limits”") {
		t.Errorf("terminal checks lack the altered Conte quotation:\n%s", b.String())
	}
	data, _ := json.Marshal(newJSONChecks(r))
	if !strings.Contains(string(data), `"other":"set our own limits"`) {
		t.Errorf("JSON checks lack the altered Conte quotation:\n%s", data)
	}
	if out := executeChecks(t, newChecksView(c, r, "c1")); !strings.Contains(out, "<del>-our</del>") {
		t.Errorf("HTML checks lack the altered Conte quotation:\n%s", out)
	}
}
