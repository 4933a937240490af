package align_test

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/align/eval"
)

var learnLoneModel = flag.Bool("learn-lone-model", false, "learn the lone-pair model from the MSRP tuning part and write lone_model.go")

// Learning the lone-pair model (see lone.go): plain logistic regression by
// gradient descent on standardised signals, L2-regularised, its strength
// chosen by 5-fold cross-validation inside the tuning part. The held-out
// part is never read. loneIterations lets the weakest regularisation
// settle: at 500 steps it learnt no other model than the next strength
// (cross-validated 0.944 for both); at 2,000 cross-validation inside the
// tuning part prefers it (0.946). A few seconds.
const (
	loneIterations = 2000
	loneRate       = 1.0
	loneFolds      = 5
)

// loneLambdas are the regularisation strengths cross-validation chooses
// from.
var loneLambdas = []float64{1e-4, 1e-3, 1e-2, 1e-1}

type loneExample struct {
	x        []float64
	positive bool
	hardest  bool // one of the hardest positives (see eval.HardestPositives)
	admitted bool // the model may link it (see loneAdmits)
}

// loneExamples returns the tuning part's positives and look-alikes with
// their signals.
func loneExamples(t *testing.T) []loneExample {
	t.Helper()
	pairs := msrpPairs(t)
	var idx []int
	for i, p := range pairs {
		if !p.HeldOut {
			idx = append(idx, i)
		}
	}
	hardest := map[int]bool{}
	for _, i := range eval.HardestPositives(pairs, idx) {
		hardest[i] = true
	}
	var ex []loneExample
	for _, i := range idx {
		if p := pairs[i]; p.Positive {
			x, ok := align.LoneSignals(p.S1, p.S2)
			ex = append(ex, loneExample{x, true, hardest[i], ok})
		}
	}
	for _, la := range eval.LookAlikes(pairs, idx) {
		x, ok := align.LoneSignals(pairs[la.I].S1, pairs[la.J].S2)
		ex = append(ex, loneExample{x, false, false, ok})
	}
	return ex
}

// A loneFit is a learnt model, in the form of lone_model.go.
type loneFit struct {
	mean, spread, weight []float64
	bias, threshold      float64
}

func (m *loneFit) score(x []float64) float64 {
	s := m.bias
	for i, xi := range x {
		s += m.weight[i] * (xi - m.mean[i]) / m.spread[i]
	}
	return s
}

// round4 keeps four decimals: the committed model is what it says.
func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// fitLone learns a model from the admitted pairs of ex with
// regularisation lambda, and fixes its operating point: the score of the
// admitted look-alike just below the LoneMaxLookAlikes share of all
// look-alikes of ex that may link.
func fitLone(all []loneExample, lambda float64) *loneFit {
	var ex []loneExample
	nLooks := 0
	for _, e := range all {
		if e.admitted {
			ex = append(ex, e)
		}
		if !e.positive {
			nLooks++
		}
	}
	n := len(ex[0].x)
	m := &loneFit{mean: make([]float64, n), spread: make([]float64, n), weight: make([]float64, n)}
	for i := range n {
		var s, ss float64
		for _, e := range ex {
			s += e.x[i]
		}
		mu := s / float64(len(ex))
		for _, e := range ex {
			ss += (e.x[i] - mu) * (e.x[i] - mu)
		}
		m.mean[i] = round4(mu)
		m.spread[i] = max(round4(math.Sqrt(ss/float64(len(ex)))), 1e-4)
	}
	z := make([][]float64, len(ex))
	for k, e := range ex {
		z[k] = make([]float64, n)
		for i := range n {
			z[k][i] = (e.x[i] - m.mean[i]) / m.spread[i]
		}
	}
	w := make([]float64, n+1) // bias last
	g := make([]float64, n+1)
	for range loneIterations {
		clear(g)
		for k, e := range ex {
			s := w[n]
			for i, zi := range z[k] {
				s += w[i] * zi
			}
			d := 1 / (1 + math.Exp(-s))
			if e.positive {
				d--
			}
			for i, zi := range z[k] {
				g[i] += d * zi
			}
			g[n] += d
		}
		for i := range n {
			w[i] -= loneRate * (g[i]/float64(len(ex)) + lambda*w[i])
		}
		w[n] -= loneRate * g[n] / float64(len(ex))
	}
	for i := range n {
		m.weight[i] = round4(w[i])
	}
	m.bias = round4(w[n])
	var looks []float64
	for _, e := range ex {
		if !e.positive {
			looks = append(looks, m.score(e.x))
		}
	}
	slices.Sort(looks)
	slices.Reverse(looks)
	if k := int(align.LoneMaxLookAlikes * float64(nLooks)); k < len(looks) {
		m.threshold = looks[k]
	} else {
		m.threshold = math.Inf(-1)
	}
	return m
}

// loneShares returns the share of positives, of hardest positives and of
// look-alikes of ex that m links.
func loneShares(m *loneFit, ex []loneExample) (pos, hard, look float64) {
	var np, nh, nl, lp, lh, ll int
	for _, e := range ex {
		in := e.admitted && m.score(e.x) > m.threshold
		if e.hardest {
			nh++
			if in {
				lh++
			}
		}
		if e.positive {
			np++
			if in {
				lp++
			}
		} else {
			nl++
			if in {
				ll++
			}
		}
	}
	return float64(lp) / float64(max(np, 1)), float64(lh) / float64(max(nh, 1)), float64(ll) / float64(max(nl, 1))
}

// learnLone chooses lambda by cross-validation inside ex (the share of
// positives linked on each held-in fold at the operating point fixed on
// the other folds; ties to the stronger regularisation) and fits ex whole.
func learnLone(t *testing.T, ex []loneExample) (*loneFit, float64) {
	bestLambda, bestPos := 0.0, -1.0
	for _, lambda := range loneLambdas {
		var pos, hard, look float64
		for f := range loneFolds {
			var train, test []loneExample
			for k, e := range ex {
				if k%loneFolds == f {
					test = append(test, e)
				} else {
					train = append(train, e)
				}
			}
			p, h, l := loneShares(fitLone(train, lambda), test)
			pos += p / loneFolds
			hard += h / loneFolds
			look += l / loneFolds
		}
		t.Logf("lambda %g: cross-validated in the tuning part, positives %.3f, hardest %.3f, look-alikes %.4f", lambda, pos, hard, look)
		if pos >= bestPos {
			bestLambda, bestPos = lambda, pos
		}
	}
	return fitLone(ex, bestLambda), bestLambda
}

// TestLoneModel learns the lone-pair model from the MSRP tuning part and
// checks that lone_model.go holds it (to four decimals; the last may
// differ where the floating point does). With -learn-lone-model it writes
// lone_model.go instead (go generate ./align). Without the corpus it
// skips; it takes a few seconds, so not in -short mode.
func TestLoneModel(t *testing.T) {
	if testing.Short() && !*learnLoneModel {
		t.Skip("learns a model from the MSRP corpus")
	}
	ex := loneExamples(t)
	logAdmitted(t, ex)
	m, lambda := learnLone(t, ex)
	pos, hard, look := loneShares(m, ex)
	t.Logf("lambda %g; tuning part: positives %.3f, hardest %.3f, look-alikes %.4f", lambda, pos, hard, look)
	if *learnLoneModel {
		if err := os.WriteFile("lone_model.go", loneSource(m, lambda), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	mean, spread, weight, bias, threshold := align.LoneModel()
	near := func(a, b float64) bool { return math.Abs(a-b) <= 2e-4*max(1, math.Abs(a)) }
	ok := near(m.bias, bias) && near(m.threshold, threshold)
	for i := range m.weight {
		ok = ok && near(m.mean[i], mean[i]) && near(m.spread[i], spread[i]) && near(m.weight[i], weight[i])
	}
	if !ok {
		t.Errorf("lone_model.go differs from the model learnt from the corpus: run go generate ./align\nlearnt: %+v", m)
	}
}

// logAdmitted logs how many positives, hardest positives and look-alikes
// of ex the model may link at all (see loneAdmits): the ceiling of any
// model under the figure rules.
func logAdmitted(t *testing.T, ex []loneExample) {
	var n, in [3]int // positives, hardest, look-alikes
	for _, e := range ex {
		for k, is := range [3]bool{e.positive, e.hardest, !e.positive} {
			if is {
				n[k]++
				if e.admitted {
					in[k]++
				}
			}
		}
	}
	t.Logf("admitted (the most any model may link): positives %d of %d, hardest %d of %d, look-alikes %d of %d",
		in[0], n[0], in[1], n[1], in[2], n[2])
}

func loneSource(m *loneFit, lambda float64) []byte {
	var b bytes.Buffer
	list := func(xs []float64) string {
		s := make([]string, len(xs))
		for i, x := range xs {
			s[i] = strconv.FormatFloat(x, 'g', -1, 64)
		}
		return strings.Join(s, ", ")
	}
	fmt.Fprintf(&b, "// Code generated by go test -run ^TestLoneModel$ -args -learn-lone-model; DO NOT EDIT.\n\n")
	fmt.Fprintf(&b, "package align\n\n")
	fmt.Fprintf(&b, "// loneModel is the logistic model of lone pairs (see lone.go), learnt\n")
	fmt.Fprintf(&b, "// from the MSRP tuning part with L2 strength %g. Signals, in order:\n", lambda)
	fmt.Fprintf(&b, "// %s.\n", strings.Join(align.LoneSignalNames, ", "))
	fmt.Fprintf(&b, "var loneModel = struct {\n\tmean, spread, weight [len(loneSignalNames)]float64\n\tbias, threshold float64\n}{\n")
	fmt.Fprintf(&b, "\tmean: [len(loneSignalNames)]float64{%s},\n", list(m.mean))
	fmt.Fprintf(&b, "\tspread: [len(loneSignalNames)]float64{%s},\n", list(m.spread))
	fmt.Fprintf(&b, "\tweight: [len(loneSignalNames)]float64{%s},\n", list(m.weight))
	fmt.Fprintf(&b, "\tbias: %s,\n\tthreshold: %s,\n}\n", list([]float64{m.bias}), list([]float64{m.threshold}))
	src, err := format.Source(b.Bytes())
	if err != nil {
		panic(err)
	}
	return src
}
