package render

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/report"
)

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
	if q.Change != "altered" || q.Speaker != "Conte" || q.Base != "set -our own limits" || len(q.Diff) != 4 || q.Diff[1] != (jsonChunk{Op: "delete", Text: "-our"}) {
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
