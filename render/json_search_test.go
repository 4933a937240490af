package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/wirediff/wirediff/corpus"
)

// The JSON of a search points into itself: each match at its document
// and comparison, whose base is the query.
func TestSearchJSONIndexes(t *testing.T) {
	var b bytes.Buffer
	res := searchResult()
	if err := SearchJSON(&b, res, "test"); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Search struct {
			Query   int
			Matches []struct {
				Path                 string
				Document, Comparison int
			}
			Skipped []struct{ Path, Problem string }
		}
		Documents   []struct{ Name string }
		Comparisons []struct{ Base, Other int }
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Search.Matches) != len(res.Matches) || len(out.Comparisons) != len(res.Matches) {
		t.Fatalf("%d matches and %d comparisons, want %d", len(out.Search.Matches), len(out.Comparisons), len(res.Matches))
	}
	for i, m := range out.Search.Matches {
		c := out.Comparisons[m.Comparison]
		if c.Base != out.Search.Query || c.Other != m.Document || out.Documents[m.Document].Name != res.Matches[i].Comparison.Other.Name {
			t.Errorf("match %d (%s) points at document %d, comparison %d (%d with %d)", i, m.Path, m.Document, m.Comparison, c.Base, c.Other)
		}
	}
	if out.Search.Skipped[0].Problem != "looks like a PNG image" || out.Search.Skipped[1].Problem != "permission denied" {
		t.Errorf("skipped: %+v", out.Search.Skipped)
	}
}

// The JSON of a search, of folders and of an index, matches the schema,
// and the schema holds the search section to its contract.
func TestSearchJSONSchema(t *testing.T) {
	s := compileSchema(t)
	res := searchResult()
	idx := searchResult()
	idx.Roots, idx.Index = nil, "archive.index"
	for _, r := range []*corpus.Result{res, idx} {
		var b bytes.Buffer
		if err := SearchJSON(&b, r, "test"); err != nil {
			t.Fatal(err)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(inst); err != nil {
			t.Errorf("search JSON does not match the schema: %v", err)
		}
		for _, tc := range []struct{ from, to string }{
			{`"found": 3`, `"found": -3`},
			{`"pairs": 3,`, `"pairs": "3",`},
			{`"max_compared": 4,`, ``},
		} {
			broken := strings.Replace(b.String(), tc.from, tc.to, 1)
			if broken == b.String() {
				t.Fatalf("%q not in the output", tc.from)
			}
			inst, err := jsonschema.UnmarshalJSON(strings.NewReader(broken))
			if err != nil {
				t.Fatal(err)
			}
			if s.Validate(inst) == nil {
				t.Errorf("the schema accepts %q for %q", tc.to, tc.from)
			}
		}
	}
}
