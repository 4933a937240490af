package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/wirediff/wirediff/report"
)

// TestCoverageSchema: a report with a coverage section, with and without
// an automatic base choice, is valid against the schema, and the schema
// holds the section to its shape.
func TestCoverageSchema(t *testing.T) {
	schema := compileSchema(t)
	for _, choice := range []*report.BaseChoice{nil, {Figures: []float64{0.5, 0.25, 0.5, 0.125}}} {
		r := coverageReport()
		r.Coverage = coverageOf(r)
		r.BaseChoice = choice
		var b bytes.Buffer
		if err := JSON(&b, r); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if !strings.Contains(out, `"coverage": {`) {
			t.Fatalf("no coverage section in the JSON output")
		}
		if choice != nil && !strings.Contains(out, `"base_choice"`) {
			t.Errorf("no base_choice in the JSON output")
		}
		validate := func(s string) error {
			inst, err := jsonschema.UnmarshalJSON(strings.NewReader(s))
			if err != nil {
				t.Fatal(err)
			}
			return schema.Validate(inst)
		}
		if err := validate(out); err != nil {
			t.Errorf("coverage report breaks the schema: %v", err)
		}
		for _, broken := range []struct{ from, to string }{
			{`"kind": "identical"`, `"kind": "copied"`},
			{`"cells": [`, `"cellz": [`},
			{`"own": `, `"own": -1, "x": `},
		} {
			if !strings.Contains(out, broken.from) {
				t.Fatalf("fixture output lacks %q", broken.from)
			}
			if validate(strings.Replace(out, broken.from, broken.to, 1)) == nil {
				t.Errorf("schema accepts coverage with %q made %q", broken.from, broken.to)
			}
		}
	}
}

// The JSON section points into the report: documents, comparisons, and
// records that hold a sentence of the row.
func TestCoverageJSONIndexes(t *testing.T) {
	for name, r := range map[string]*report.Report{"story": coverageReport(), "seeds": seedReport(t)} {
		tab := coverageOf(r)
		jc, err := newJSONCoverage(r, tab, nil)
		if err != nil {
			t.Fatal(err)
		}
		if jc.BaseChoice != nil || jc.Base != 0 {
			t.Errorf("%s: base %d, base_choice %v", name, jc.Base, jc.BaseChoice)
		}
		for k := range tab.Others {
			c := r.Comparisons[jc.Comparisons[k]]
			if r.Documents[jc.Others[k]] != c.Other || jc.Outlets[k].Document != jc.Others[k] {
				t.Errorf("%s: column %d points at the wrong document or comparison", name, k)
			}
			for _, row := range jc.Sentences {
				cell := row.Cells[k]
				if cell.Kind == "skipped" {
					if cell.Record != -1 {
						t.Errorf("%s: skipped cell with record %d", name, cell.Record)
					}
					continue
				}
				l := c.Sentences[cell.Record]
				if l.Kind.String() != cell.Kind || !containsInt(l.Base, row.Index) {
					t.Errorf("%s: sentence %d of column %d: record %d (%s %v) does not hold it as %s", name, row.Index, k, cell.Record, l.Kind, l.Base, cell.Kind)
				}
			}
		}
	}
	// A table of documents the report lacks is refused.
	r := coverageReport()
	tab := coverageOf(r)
	r.Documents = r.Documents[:2]
	if _, err := newJSONCoverage(r, tab, nil); err == nil {
		t.Errorf("a table of documents not in the report: no error")
	}
}

func containsInt(x []int, v int) bool {
	for _, y := range x {
		if y == v {
			return true
		}
	}
	return false
}
