package check

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check/internal/editbench"
	"github.com/wirediff/wirediff/internal/testdoc"
)

var (
	benchVerbose = flag.Bool("editbench.v", false, "log every miss and false alarm of TestEditorialBenchmark")
	benchKind    = flag.String("editbench.kind", "", "run only the cases whose kind starts with this")
)

// msrpPath is the MSRP training file, beside the repository.
var msrpPath = filepath.Join("..", "..", "shared", "data", "msrp", "msr_paraphrase_train.txt")

// benchPerKind is how many cases of each kind the benchmark makes: 18
// planted kinds and 13 equivalent ones, so 1,440 planted changes and
// 1,040 equivalent rewrites, a fifth of each held out.
const benchPerKind = 80

// A benchTally counts one kind of case on one part of the benchmark.
type benchTally struct {
	cases, found, alarms, falseAlarms int
}

// TestEditorialBenchmark runs the checks on the generated benchmark (see
// internal/editbench) and writes recall per kind of planted change and
// false alarms per kind of case, for the tuning and the held-out part, to
// testdata/editbench.golden. A planted change is found when a confident
// finding of the right check lies in the paragraph that holds it; every
// other confident finding is a false alarm. Uncertain findings (held back
// by default) are counted apart: they raise no alarm.
func TestEditorialBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("the benchmark compares 2,500 pairs")
	}
	f, err := os.Open(msrpPath)
	if err != nil {
		t.Skipf("MSRP corpus not available: %v", err)
	}
	corpus, err := editbench.Load(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	cases := editbench.Generate(corpus, benchPerKind, 1)
	tally := map[string]*[2]benchTally{}
	var order []string
	held := [2]int{}
	for _, cs := range cases {
		if *benchKind != "" && !strings.HasPrefix(cs.Kind, *benchKind) {
			continue
		}
		if tally[cs.Kind] == nil {
			tally[cs.Kind] = &[2]benchTally{}
			order = append(order, cs.Kind)
		}
		part := 0
		if cs.Held {
			part = 1
		}
		tl := &tally[cs.Kind][part]
		tl.cases++
		base, err := article.Parse("base.txt", []byte(cs.Base))
		if err != nil {
			t.Fatalf("%s: %v", cs.ID, err)
		}
		other, err := article.Parse("other.txt", []byte(cs.Other))
		if err != nil {
			t.Fatalf("%s: %v", cs.ID, err)
		}
		c := align.Compare(base, other, align.Options{})
		all := Run(c, nil)
		rep := all.Confident()
		held[part] += rep.HeldBack
		found := false
		for _, fd := range benchFindings(c, rep) {
			tl.alarms++
			if cs.Planted() && !found && fd.check == cs.Check && fd.para == cs.Para {
				found = true
				continue
			}
			tl.falseAlarms++
			if *benchVerbose {
				t.Logf("FALSE %s: %s %s %q → %q (para %d)", cs.ID, fd.check, fd.kind, fd.base, fd.other, fd.para)
			}
		}
		if found {
			tl.found++
		} else if cs.Planted() && *benchVerbose {
			var got []string
			for _, fd := range benchFindings(c, all) {
				got = append(got, fmt.Sprintf("%s/%s %q→%q ¶%d", fd.check, fd.kind, fd.base, fd.other, fd.para))
			}
			t.Logf("MISS %s (¶%d)\nBASE:  %s\nOTHER: %s\nall findings: %v", cs.ID, cs.Para,
				paraOf(cs.Base, cs.Para), paraOf(cs.Other, cs.Para), got)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# go test ./check -run TestEditorialBenchmark [-update]\n")
	fmt.Fprintf(&b, "%-28s %16s %16s %14s %14s\n", "kind", "recall tuning", "recall held-out", "false tuning", "false held-out")
	var sum [2]benchTally
	var planted, same [2]benchTally
	for _, k := range order {
		tt := tally[k]
		row := fmt.Sprintf("%-28s", k)
		for part := range 2 {
			tl := tt[part]
			if strings.HasPrefix(k, "same/") {
				row += fmt.Sprintf(" %16s", "–")
			} else {
				row += fmt.Sprintf(" %16s", fmt.Sprintf("%d/%d %.2f", tl.found, tl.cases, share(tl.found, tl.cases)))
			}
		}
		for part := range 2 {
			row += fmt.Sprintf(" %14d", tt[part].falseAlarms)
			sum[part].cases += tt[part].cases
			sum[part].found += tt[part].found
			sum[part].alarms += tt[part].alarms
			sum[part].falseAlarms += tt[part].falseAlarms
			if strings.HasPrefix(k, "same/") {
				same[part].cases += tt[part].cases
				same[part].falseAlarms += tt[part].falseAlarms
			} else {
				planted[part].cases += tt[part].cases
				planted[part].found += tt[part].found
			}
		}
		b.WriteString(row + "\n")
	}
	for part, name := range []string{"tuning", "held-out"} {
		fmt.Fprintf(&b, "%s: %d planted changes, recall %.3f; %d equivalent rewrites; %d alarms, %d false (%.3f of alarms); %d uncertain findings held back\n",
			name, planted[part].cases, share(planted[part].found, planted[part].cases), same[part].cases,
			sum[part].alarms, sum[part].falseAlarms, share(sum[part].falseAlarms, sum[part].alarms), held[part])
	}
	if *benchKind != "" {
		t.Log("\n" + b.String())
		return
	}
	testdoc.Golden(t, filepath.Join("testdata", "editbench.golden"), []byte(b.String()))
	// Floors well under the figures reached, so that a regression
	// fails here and not only in the golden file.
	for part := range 2 {
		if r := share(planted[part].found, planted[part].cases); r < 0.85 {
			t.Errorf("part %d: recall %.3f under 0.85", part, r)
		}
		if r := share(sum[part].falseAlarms, sum[part].alarms); r > 0.05 {
			t.Errorf("part %d: false alarms %.3f of alarms, over 0.05", part, r)
		}
	}
}

func share(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func paraOf(text string, i int) string {
	ps := strings.Split(text, "\n\n")
	if i < len(ps) {
		return ps[i]
	}
	return ""
}

// A benchFinding is a finding as the benchmark scores it.
type benchFinding struct {
	check, kind, base, other string
	para                     int
}

func benchFindings(c *align.Comparison, r *Report) []benchFinding {
	para := func(s int) int {
		if s < 0 || s >= len(c.Other.Sentences) {
			return -1
		}
		return c.Other.Sentences[s].Paragraph
	}
	var out []benchFinding
	for _, q := range r.Quotes {
		s := -1
		if len(q.OtherSentences) > 0 {
			s = slices.Min(q.OtherSentences)
		}
		out = append(out, benchFinding{"quote", q.Change.String(), q.Base, q.Other, para(s)})
	}
	for _, ty := range r.Typos {
		if ty.Kind == TypoVariant {
			continue // noted, no alarm
		}
		out = append(out, benchFinding{"typo", ty.Kind.String(), ty.Base, ty.Other, para(ty.Sentence)})
	}
	for _, f := range r.Facts {
		out = append(out, benchFinding{"fact", f.Kind.String(), f.Base, f.Other, para(f.OtherSentence)})
	}
	return out
}
