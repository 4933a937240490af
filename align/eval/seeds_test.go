package eval

import (
	"flag"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/internal/gendoc"
)

var showMistakes = flag.Bool("mistakes", false, "log every alignment mistake of TestSeedAccuracy")

// Floors of TestSeedAccuracy, over all seed pairs together (micro-average).
//
// They are regression guards, not targets (the targets are link F1 >= 0.9
// with precision >= 0.9, and label accuracy >= 0.85). When they were last
// raised the aligner scored F1 0.88 (precision 0.97, recall 0.81: 000-001
// all 16 links, 000-004 8 of 15, one false link) and label accuracy 0.97
// (one of 34 mislabelled). Each floor sits just below: the F1 floor allows
// one gold link lost (0.869), the precision floor one more false link
// (0.944), the label floor one more wrong label (0.94). A change that
// trips one has lost a link the aligner found before: say which and why.
// Raise the floors as the aligner improves; never lower one to let a
// change pass without saying why.
const (
	floorLinkF1        = 0.86
	floorLinkPrecision = 0.94
	floorLabelAccuracy = 0.93
	// maxSpurious002003 bounds the links between 002 and 003 that the
	// gold does not allow (required or optional). The two stories share
	// only a few wire sentences, so any other pair linked is a false alarm
	// a reader would notice; none is linked now.
	maxSpurious002003 = 0
)

func root(t testing.TB) string {
	t.Helper()
	r, err := ModuleRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestSeedAccuracy scores align.Compare on the labelled seed pairs and
// logs the table that goes into the README (run with -v to see it).
func TestSeedAccuracy(t *testing.T) {
	var results []Result
	for _, p := range SeedPairs {
		out, err := Run(root(t), p, align.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := out.Comparison.Validate(); err != nil {
			t.Errorf("%s: invalid comparison: %v", p.Name, err)
		}
		results = append(results, out.Result)
		if *showMistakes {
			var b strings.Builder
			WriteMistakes(&b, out.Result)
			t.Logf("%s mistakes:\n%s", p.Name, b.String())
		}
		if p.Name == "002-003" && out.Result.Links.FP > maxSpurious002003 {
			t.Errorf("002-003: %d spurious links, want at most %d", out.Result.Links.FP, maxSpurious002003)
		}
	}
	var b strings.Builder
	Markdown(&b, results)
	b.WriteString("\n")
	total := Total(results)
	ConfusionTable(&b, total)
	t.Logf("seed pairs:\n%s", b.String())

	if f1 := total.Links.F1(); f1 < floorLinkF1 {
		t.Errorf("link F1 over the seed pairs = %.3f, below the floor %.2f", f1, floorLinkF1)
	}
	if p := total.Links.Precision(); p < floorLinkPrecision {
		t.Errorf("link precision over the seed pairs = %.3f, below the floor %.2f", p, floorLinkPrecision)
	}
	if acc := total.LabelAccuracy(); acc < floorLabelAccuracy {
		t.Errorf("label accuracy over the seed pairs = %.3f, below the floor %.2f", acc, floorLabelAccuracy)
	}
}

// TestGoldResolves keeps the gold files in step with article.Parse: every
// prefix must still name exactly one sentence (ParseGold fails otherwise).
func TestGoldResolves(t *testing.T) {
	for _, p := range SeedPairs {
		g, err := LoadGold(root(t), p)
		if err != nil {
			t.Error(err)
			continue
		}
		required := 0
		for _, l := range g.Links {
			if !l.Optional {
				required++
			}
		}
		if required == 0 {
			t.Errorf("%s: no required gold links", p.Name)
		}
	}
}

// TestLicensePairs runs the licence pairs for robustness: valid
// comparisons, deterministic output, and summaries that reflect how close
// the versions are. LGPL 2.1 is LGPL 2 with the name changed to "Lesser"
// in places and a few paragraphs added, so most of its sentences must be
// found again; GPL 3 rewrote GPL 2 almost entirely, so only a minority is.
func TestLicensePairs(t *testing.T) {
	if testing.Short() {
		t.Skip("long documents; skipped with -short")
	}
	for _, p := range LicensePairs {
		out, err := Run(root(t), p, align.Options{})
		if err != nil {
			t.Fatal(err)
		}
		c := out.Comparison
		if err := c.Validate(); err != nil {
			t.Errorf("%s: invalid comparison: %v", p.Name, err)
		}
		again := align.Compare(c.Base, c.Other, align.Options{})
		if diff := cmp.Diff(c, again); diff != "" {
			t.Errorf("%s: two comparisons differ (-first +second):\n%s", p.Name, diff)
		}
		t.Logf("%s: %s", p.Name, Summarize(c))
		linked := c.Summary.Identical + c.Summary.Edited + c.Summary.Paraphrased
		if p.Name == "LGPL-2/LGPL-2.1" && c.Summary.Reused < 0.8 {
			t.Errorf("%s: reused %.2f of OTHER, want >= 0.8 (%d links)", p.Name, c.Summary.Reused, linked)
		}
	}
}

// TestGenerated scores a generated pair against its ground truth.
func TestGenerated(t *testing.T) {
	src, err := gendoc.LoadSources(root(t))
	if err != nil {
		t.Fatal(err)
	}
	r, err := ScoreGenerated(src, gendoc.Options{Size: 100 << 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	Markdown(&b, []Result{r})
	t.Logf("generated pair:\n%s", b.String())
	// The generator's edits are light (one to three words) and half the
	// sentences are copied unchanged; the aligner scored 0.98 on both
	// when these floors were set, 0.1 above them.
	if f1 := r.Links.F1(); f1 < 0.88 {
		t.Errorf("link F1 on the generated pair = %.3f, below the floor 0.88", f1)
	}
	if acc := r.LabelAccuracy(); acc < 0.88 {
		t.Errorf("label accuracy on the generated pair = %.3f, below the floor 0.88", acc)
	}
}
