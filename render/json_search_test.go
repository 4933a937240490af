package render

import (
	"bytes"
	"encoding/json"
	"testing"
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
