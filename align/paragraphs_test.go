package align

import (
	"slices"

	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/testdoc"
)

func TestMutualBest(t *testing.T) {
	tests := []struct {
		name string
		s    [][]float64
		want [][]float64
	}{
		{"diagonal", [][]float64{{0.3, 0.1}, {0.1, 0.2}}, [][]float64{{0.3, 0}, {0, 0.2}}},
		// Row 1's best is column 0, whose best is row 0: no pair for row 1.
		{"one wins a column", [][]float64{{0.3, 0.1}, {0.2, 0.1}}, [][]float64{{0.3, 0}, {0, 0}}},
		// A tie is no clear best.
		{"tie", [][]float64{{0.2, 0.2}}, [][]float64{{0, 0}}},
		{"zeros", [][]float64{{0, 0}, {0, 0}}, [][]float64{{0, 0}, {0, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, mutualBest(tt.s)); diff != "" {
				t.Errorf("mutualBest (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPairParagraphs(t *testing.T) {
	tests := []struct {
		name string
		s    [][]float64
		want [][2]int
	}{
		{"in order", [][]float64{{0.3, 0}, {0, 0.2}}, [][2]int{{0, 0}, {1, 1}}},
		// Two crossing pairs: the heavier stays.
		{"crossing", [][]float64{{0, 0.3}, {0.2, 0}}, [][2]int{{0, 1}}},
		{"crossing, other heavier", [][]float64{{0, 0.2}, {0.3, 0}}, [][2]int{{1, 0}}},
		// A paragraph with no counterpart is skipped.
		{"skip", [][]float64{{0.3, 0, 0}, {0, 0, 0}, {0, 0, 0.4}}, [][2]int{{0, 0}, {2, 2}}},
		{"nothing", [][]float64{{0, 0}}, nil},
		{"empty", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, pairParagraphs(tt.s)); diff != "" {
				t.Errorf("pairParagraphs (-want +got):\n%s", diff)
			}
		})
	}
}

// TestOwnShared: only a stem that no third sentence contains counts.
func TestOwnShared(t *testing.T) {
	v := newVocab()
	texts := []string{
		"Carlo Calenda called the agency a militia.",
		"Calenda said the agency is not welcome.",
		"The agency denied it.",
	}
	ss := make([]sentence, len(texts))
	for k, x := range texts {
		ss[k] = v.analyse(x)
		v.count(&ss[k])
	}
	v.finish(len(ss))
	for k := range ss {
		v.weigh(&ss[k])
	}
	calenda := v.w[v.ids["calenda"]]
	if got := v.ownShared(&ss[0], &ss[1]); got != calenda {
		t.Errorf("ownShared(0, 1) = %d, want the weight of calenda %d", got, calenda)
	}
	// "agency" and "the" are in all three sentences.
	if got := v.ownShared(&ss[0], &ss[2]); got != 0 {
		t.Errorf("ownShared(0, 2) = %d, want 0", got)
	}
}

// TestParagraphEvidenceNeedsOwnWord: in paragraphs that the order of two
// licence versions pairs, two sentences on the same subject sharing only
// the words of the whole text (copying, distribution, modification) are
// not linked: the paragraph pairing lowers the similarity needed, not the
// need for a word of the pair's own.
func TestParagraphEvidenceNeedsOwnWord(t *testing.T) {
	c := Compare(testdoc.Load(t, "../testdata/licenses/GPL-2"), testdoc.Load(t, "../testdata/licenses/GPL-3"), Options{})
	i := find(t, c.Base, "Activities other than copying, distribution and modification")
	j := find(t, c.Other, "Propagation includes copying, distribution")
	if r := recordWith(t, c, Delete, i); r.Kind != Dropped || len(r.Other) != 0 {
		t.Errorf("GPL-2 %q: %v with OTHER %v, want dropped", c.Base.Sentences[i].Text, r.Kind, r.Other)
	}
	if r := recordWith(t, c, Insert, j); r.Kind != Added {
		t.Errorf("GPL-3 %q: %v, want added", c.Other.Sentences[j].Text, r.Kind)
	}
}

// TestParagraphEvidenceNeedsOrder: paragraph evidence needs links to go
// by. Between the same two paragraphs (of 000 and 004), it links nothing
// while nothing else is linked (as with the MSRP sentence pairs, compared
// alone), and links the Calenda sentences once a link before them puts
// the paragraphs in one gap.
func TestParagraphEvidenceNeedsOrder(t *testing.T) {
	base := textDoc("base", "The mayor said the city does not need ICE.\n\nAnother Italian lawmaker warned ICE agents must not set foot in Italy. It is a violent, unprepared, and out-of-control militia, Carlo Calenda, a veteran politician, told RTL 102.5 on Tuesday.")
	other := textDoc("other", "The mayor said the city does not need ICE.\n\nSome members of parliament voiced similar worries. Notably, Carlo Calenda, an experienced figure in Italian politics, stated that permitting ICE personnel to act within Italy would be inappropriate, calling the organization mismatched with democratic oversight abroad. People demonstrate their opinions because news coverage of the subject has generated increased skepticism among the population.")
	all := func(d *article.Document) []int {
		var out []int
		for i := range d.Sentences {
			out = append(out, i)
		}
		return out
	}
	m := prepare(base, other, all(base), all(other))
	if m.paragraphGaps() || len(m.links) != 0 {
		t.Fatalf("linked %+v with nothing linked before", m.links)
	}
	m.accept(cand{b0: 0, b1: 1, o0: 0, o1: 1, same: true, strength: 1})
	if !m.paragraphGaps() {
		t.Fatal("nothing linked after the first sentences were")
	}
	var got [][4]int
	for _, l := range m.links[1:] {
		got = append(got, [4]int{l.b0, l.b1, l.o0, l.o1})
	}
	want := [][4]int{{1, 3, 2, 3}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// TestSharedBigram: a phrase counts when its two ordinary words are
// adjacent in both sentences and each is informative after weighting
// (contentMinWeight); names, words apart and words of the whole text do
// not make one.
func TestSharedBigram(t *testing.T) {
	v := newVocab()
	texts := []string{
		"They do not do immigration enforcement in a foreign country, the spokesperson added.",
		"Their duties exclude any form of immigration enforcement within Italy.",
		"Enforcement of immigration rules is left to Italy.",
		"Giuseppe Sala spoke to Giuseppe Conte.",
		"Conte answered Giuseppe Sala on the radio.",
	}
	ss := make([]sentence, len(texts))
	for k, x := range texts {
		ss[k] = v.analyse(x)
		v.count(&ss[k])
	}
	v.finish(len(ss))
	for k := range ss {
		v.weigh(&ss[k])
	}
	want := v.w[v.ids["immigr"]] + v.w[v.ids["enforc"]]
	if got := v.sharedBigram(&ss[0], &ss[1]); got != want {
		t.Errorf("immigration enforcement: %d, want %d", got, want)
	}
	if got := v.sharedBigram(&ss[0], &ss[2]); got != 0 {
		t.Errorf("the words apart and in the other order: %d, want 0", got)
	}
	if got := v.sharedBigram(&ss[3], &ss[4]); got != 0 {
		t.Errorf("a name: %d, want 0", got)
	}
	v.w[v.ids["enforc"]] = contentMinWeight - 1
	if got := v.sharedBigram(&ss[0], &ss[1]); got != 0 {
		t.Errorf("a word under contentMinWeight: %d, want 0", got)
	}
}

// TestParagraphPhrase: in paired paragraphs, a phrase of the pair's own
// stands in for a word of its own. 004 rewrites the DHS spokesperson's two
// sentences into one that shares with them only words of the story (ICE,
// role, immigration, enforcement: none only theirs) and the phrase
// "immigration enforcement"; the paragraphs lie between the DHS statement
// and Conte's demand, linked in both.
func TestParagraphPhrase(t *testing.T) {
	c := Compare(testdoc.Load(t, "../testdata/seeds/000_c64f40ef166d9df3.txt"), testdoc.Load(t, "../testdata/seeds/004_f996ef66bb436ca1.txt"), Options{})
	checkInvariants(t, c, Options{})
	i := find(t, c.Base, "ICE will serve")
	j := find(t, c.Other, "In connection with protecting national interests")
	r := recordWith(t, c, Delete, i)
	if r.Kind > Paraphrased || !slices.Contains(r.Other, j) || !slices.Contains(r.Base, i+1) {
		t.Errorf("%v B%v O%v, want B%d–%d linked to O%d", r.Kind, r.Base, r.Other, i, i+1, j)
	}
	if r.Evidence == nil || r.Evidence.Support != ParagraphPair {
		t.Errorf("evidence %+v, want support by the paragraph pair", r.Evidence)
	}
}

// TestParagraphEvidenceNeedsParagraphs: two lone sentences left free
// between the same two links are no paragraph pair. A sentence that an
// outlet dropped, and one of another story put in its place (sharing
// "Wal-Mart" and little else), stay apart: their order is all that joins
// them, which the in-order rule weighs already.
func TestParagraphEvidenceNeedsParagraphs(t *testing.T) {
	const (
		first = "The city council approved a harbour budget of 12 million dollars on Monday after a long debate."
		last  = "The mayor said work on the new quay would start in the spring and last two years."
	)
	base := textDoc("base", first+"\n\nWal-Mart said it would check all of its million-plus domestic workers to ensure they were legally employed.\n\n"+last)
	other := textDoc("other", first+"\n\nWal-Mart Stores Inc., the nation's largest private employer, will now include gays and lesbians in its anti-discrimination policy, company officials said Wednesday.\n\n"+last)
	c := Compare(base, other, Options{})
	checkInvariants(t, c, Options{})
	if r := recordWith(t, c, Delete, 1); r.Kind != Dropped {
		t.Errorf("B1 %v with OTHER %v (evidence %+v), want dropped", r.Kind, r.Other, r.Evidence)
	}
}
