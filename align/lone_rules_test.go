package align

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLongestRun: the longest run of stems both sequences keep adjacent,
// and the heaviest such run, which need not be the longest.
func TestLongestRun(t *testing.T) {
	v := &vocab{w: []int64{1, 1, 1, 1, 50, 1}}
	for _, tt := range []struct {
		a, b  []int32
		n     int
		heavy int64
	}{
		{nil, []int32{0, 1}, 0, 0},
		{[]int32{0, 1, 2}, []int32{3, 0, 1, 2}, 3, 3},
		{[]int32{0, 1, 2, 3, 4}, []int32{0, 1, 2, 5, 4}, 3, 50},
		{[]int32{0, 1, 0, 1}, []int32{1, 0}, 2, 2},
	} {
		n, w := v.longestRun(tt.a, tt.b)
		if n != tt.n || w != tt.heavy {
			t.Errorf("longestRun(%v, %v) = %d, %d; want %d, %d", tt.a, tt.b, n, w, tt.n, tt.heavy)
		}
		if n, w := v.longestRunLinear(tt.a, tt.b); n != tt.n || w != tt.heavy {
			t.Errorf("longestRunLinear(%v, %v) = %d, %d; want %d, %d", tt.a, tt.b, n, w, tt.n, tt.heavy)
		}
	}
}

// TestLongestRunLinear checks that the suffix automaton that long
// sentences use finds the runs the table finds, on random sequences from
// alphabets of 1 to 40 stems (few stems: runs everywhere, and the
// automaton's clones) with random positive weights.
func TestLongestRunLinear(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 0))
	for trial := range 3000 {
		alphabet := 1 + r.IntN(40)
		v := &vocab{w: make([]int64, alphabet)}
		for i := range v.w {
			v.w[i] = 1 + r.Int64N(2000)
		}
		seq := func() []int32 {
			s := make([]int32, r.IntN(60))
			for i := range s {
				s[i] = int32(r.IntN(alphabet))
			}
			return s
		}
		a, b := seq(), seq()
		if trial%3 == 0 && len(a) > 4 {
			b = append(append(b, a[1:len(a)-2]...), seq()...) // a long shared run
		}
		n, w := v.longestRun(a, b)
		if ln, lw := v.longestRunLinear(a, b); ln != n || lw != w {
			t.Fatalf("a %v, b %v, weights %v: automaton %d, %d; table %d, %d", a, b, v.w, ln, lw, n, w)
		}
	}
}

// TestLonePairs: two one-sentence documents, decided by the lone-pair
// model. A quotation reported in other words around it links, though the
// two share little else (the hand rules alone left it apart); so does a sentence with its clauses turned
// round. The model may not link what the figure rules keep apart (an
// index report of another day is as alike as a paraphrase), nor a pair
// with nothing in common.
func TestLonePairs(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{`Mr Grayling warned yesterday that the future of the airline was "in the hands of the negotiators".`,
			`"The future of Northjet is in the hands of the negotiators," Grayling told BBC television on Sunday.`, true},
		{"The council voted to close the library after a long debate on Tuesday.",
			"After a long debate on Tuesday, the council voted to close the library.", true},
		{"The technology-laced Nasdaq Composite Index .IXIC rose 17.33 points, or 1.07 percent, to 1,640.13.",
			"The technology-laced Nasdaq Composite Index .IXIC was off 24.44 points, or 1.39 percent, at 1,739.87.", false},
		{"The council voted to close the library.", "Heavy rain flooded the valley overnight.", false},
	} {
		c := Compare(textDoc("a", tt.a), textDoc("b", tt.b), Options{})
		checkInvariants(t, c, Options{})
		linked := len(c.Sentences) == 1 && c.Sentences[0].Kind <= Paraphrased
		if linked != tt.want {
			t.Errorf("%q / %q: linked %v, want %v (%+v)", tt.a, tt.b, linked, tt.want, c.Sentences)
		}
	}
}

// TestContradictingFiguresAreEdits: a linked pair whose figures
// contradict (each side has a figure the other lacks) is labelled an
// edit, its word diff showing the changed figures, never a paraphrase,
// whether it is two one-sentence documents or two sentences of longer
// articles, and however its clauses are ordered.
func TestContradictingFiguresAreEdits(t *testing.T) {
	a := "Fire crews said the blaze had burned 4,000 acres of forest near the village of Hollin by 6 p.m. on Tuesday."
	b := "By 6 p.m. on Tuesday the fire near Hollin had destroyed some 5,500 acres of woodland, according to fire crews."
	intro := "The regional council met in emergency session. "
	outro := " Schools in the valley will stay closed on Wednesday."
	for _, tt := range []struct{ name, a, b string }{
		{"lone pair", a, b},
		{"in articles", intro + a + outro, intro + b + outro},
	} {
		c := Compare(textDoc("a", tt.a), textDoc("b", tt.b), Options{})
		checkInvariants(t, c, Options{})
		found := false
		for _, s := range c.Sentences {
			if s.Kind > Paraphrased || !strings.Contains(c.Base.Sentences[s.Base[0]].Text, "4,000") {
				continue
			}
			found = true
			if s.Kind != Edited {
				t.Errorf("%s: labelled %v, want edited", tt.name, s.Kind)
			}
			var del, ins string
			for _, ch := range s.Diff {
				switch ch.Op {
				case Delete:
					del += ch.Text
				case Insert:
					ins += ch.Text
				}
			}
			if !strings.Contains(del, "4,000") || !strings.Contains(ins, "5,500") {
				t.Errorf("%s: diff %+v does not show 4,000 changed to 5,500", tt.name, s.Diff)
			}
		}
		if !found {
			t.Errorf("%s: the pair is not linked: %+v", tt.name, c.Sentences)
		}
	}
}
