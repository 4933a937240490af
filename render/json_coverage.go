package render

// The overview of an N-way comparison, an align.CoverageTable, in the
// JSON output: its top-level "coverage" section.

import (
	"fmt"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/report"
)

// jsonCoverage is the top-level "coverage" section of the JSON report:
//
//	"coverage": {"base": 0, "others": [1, 2], "comparisons": [0, 1],
//	  "paragraphs": [{"index": 0, "cells": [{"kind", "record", "moved", "carried"}]}],
//	  "sentences":  [same, per sentence],
//	  "outlets": [{"document", "carried", "own",
//	               "base": {"identical", "edited", "paraphrased", "unlinked"},
//	               "text": {same}}],
//	  "base_choice": {"shared": [0.17, 0.16]}}
//
// Cells are in the order of "others"; "record" indexes the sentence
// records of that column's comparison (-1 when the row was not compared,
// whose kind is then "skipped"); "carried" is the share of the row's text
// in linked records. "carried" of an outlet is the share of the base it
// carries, "own" the share of its own text not from the base.
// "base_choice" is there only when the base was chosen automatically.
type jsonCoverage struct {
	Base        int               `json:"base"`
	Others      []int             `json:"others"`
	Comparisons []int             `json:"comparisons"`
	Paragraphs  []jsonCoverageRow `json:"paragraphs"`
	Sentences   []jsonCoverageRow `json:"sentences"`
	Outlets     []jsonOutlet      `json:"outlets"`
	BaseChoice  *jsonBaseChoice   `json:"base_choice,omitempty"`
}

type jsonCoverageRow struct {
	Index int                `json:"index"`
	Cells []jsonCoverageCell `json:"cells"`
}

type jsonCoverageCell struct {
	Kind    string  `json:"kind"`
	Record  int     `json:"record"`
	Moved   bool    `json:"moved"`
	Carried float64 `json:"carried"`
}

type jsonOutlet struct {
	Document int       `json:"document"`
	Carried  float64   `json:"carried"`
	Own      float64   `json:"own"`
	Base     jsonShare `json:"base"`
	Text     jsonShare `json:"text"`
}

type jsonShare struct {
	Identical   float64 `json:"identical"`
	Edited      float64 `json:"edited"`
	Paraphrased float64 `json:"paraphrased"`
	Unlinked    float64 `json:"unlinked"`
}

type jsonBaseChoice struct {
	Shared []float64 `json:"shared"`
}

// newJSONCoverage builds the "coverage" section for t, whose documents
// must be in r (choice may be nil).
func newJSONCoverage(r *report.Report, t *align.CoverageTable, choice *report.BaseChoice) (jsonCoverage, error) {
	if err := t.Validate(); err != nil {
		return jsonCoverage{}, fmt.Errorf("render: %w", err)
	}
	jc := jsonCoverage{
		Base:        r.DocIndex(t.Base),
		Others:      make([]int, len(t.Others)),
		Comparisons: make([]int, len(t.Others)),
		Paragraphs:  jsonCoverageRows(t.Paragraphs),
		Sentences:   jsonCoverageRows(t.Sentences),
		Outlets:     make([]jsonOutlet, len(t.Outlets)),
	}
	if jc.Base < 0 {
		return jsonCoverage{}, fmt.Errorf("render: the coverage base %s is not in the report", t.Base.Name)
	}
	for k, d := range t.Others {
		jc.Others[k] = r.DocIndex(d)
		jc.Comparisons[k] = r.ComparisonIndex(t.Base, d)
		if jc.Others[k] < 0 || jc.Comparisons[k] < 0 {
			return jsonCoverage{}, fmt.Errorf("render: the coverage of %s is not in the report", d.Name)
		}
		o := t.Outlets[k]
		jc.Outlets[k] = jsonOutlet{
			Document: jc.Others[k],
			Carried:  round3(o.Base.Linked()),
			Own:      round3(o.Text.Unlinked),
			Base:     newJSONShare(o.Base),
			Text:     newJSONShare(o.Text),
		}
	}
	if choice != nil {
		jc.BaseChoice = &jsonBaseChoice{Shared: make([]float64, len(choice.Figures))}
		for i, f := range choice.Figures {
			jc.BaseChoice.Shared[i] = round3(f)
		}
	}
	return jc, nil
}

func jsonCoverageRows(rows []align.CoverageRow) []jsonCoverageRow {
	out := make([]jsonCoverageRow, len(rows))
	for i, row := range rows {
		jr := jsonCoverageRow{Index: row.Index, Cells: make([]jsonCoverageCell, len(row.Cells))}
		for k, c := range row.Cells {
			if !c.Compared {
				jr.Cells[k] = jsonCoverageCell{Kind: "skipped", Record: -1}
				continue
			}
			jr.Cells[k] = jsonCoverageCell{Kind: c.Kind.String(), Record: c.Record, Moved: c.Moved, Carried: round3(c.Carried)}
		}
		out[i] = jr
	}
	return out
}

func newJSONShare(s align.Share) jsonShare {
	return jsonShare{Identical: round3(s.Identical), Edited: round3(s.Edited), Paraphrased: round3(s.Paraphrased), Unlinked: round3(s.Unlinked)}
}
