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
