package align

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/gencorpus"
	"github.com/wirediff/wirediff/words"
)

func globTestdata(t testing.TB, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", filepath.FromSlash(pattern)))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata for %s", pattern)
	}
	return files
}

// coverDoc builds a document whose paragraphs are given as lists of
// sentences, laid out as article does (one space between sentences, a
// blank line between paragraphs). A paragraph whose first sentence starts
// with "#" is a heading.
func coverDoc(name string, paras ...[]string) *article.Document {
	d := &article.Document{Name: name, Format: "text"}
	var b strings.Builder
	for pi, p := range paras {
		if pi > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		role := article.Body
		for si, s := range p {
			if si == 0 && strings.HasPrefix(s, "#") {
				role, s = article.Heading, strings.TrimPrefix(s, "#")
			}
			if si > 0 {
				b.WriteByte(' ')
			}
			d.Sentences = append(d.Sentences, article.Sentence{Paragraph: pi, Start: b.Len(), End: b.Len() + len(s), Text: s})
			b.WriteString(s)
		}
		d.Paragraphs = append(d.Paragraphs, article.Paragraph{Role: role, Start: start, End: b.Len()})
	}
	d.Text = b.String()
	return d
}

func covLink(k Kind, base, other []int) SentenceLink {
	return SentenceLink{Kind: k, Base: base, Other: other}
}

// coverFixture is a BASE of three paragraphs (a heading and two of body
// text) and two hand-made comparisons with it, so that the expected table
// follows from the records alone, whatever Compare does.
func coverFixture() (base *article.Document, comps []*Comparison) {
	base = coverDoc("wire.txt",
		[]string{"#Mayor objects"},
		[]string{"The mayor spoke.", "He said no to the agents.", "They are not welcome here."},
		[]string{"The Games open in February."},
	)
	a := coverDoc("a.txt",
		[]string{"The mayor spoke.", "He said no to all agents."},
		[]string{"Our own reporting follows here."},
	)
	b := coverDoc("b.txt",
		[]string{"#Mayor objects"},
		[]string{"The Games open in February in Milan.", "They are unwelcome, the mayor said."},
	)
	comps = []*Comparison{
		{Base: base, Other: a, Sentences: []SentenceLink{
			// The heading is left out (as with IgnoreBoilerplate).
			covLink(Identical, []int{1}, []int{0}),
			covLink(Edited, []int{2}, []int{1}),
			covLink(Dropped, []int{3}, nil),
			covLink(Added, nil, []int{2}),
			covLink(Dropped, []int{4}, nil),
		}},
		{Base: base, Other: b, Sentences: []SentenceLink{
			covLink(Identical, []int{0}, []int{0}),
			covLink(Dropped, []int{1}, nil),
			covLink(Dropped, []int{2}, nil),
			{Kind: Paraphrased, Base: []int{3}, Other: []int{2}, Moved: true},
			covLink(Edited, []int{4}, []int{1}),
		}},
	}
	return base, comps
}

func TestCoverageCells(t *testing.T) {
	base, comps := coverFixture()
	tab := Coverage(comps)
	if tab == nil {
		t.Fatal("Coverage returned nil")
	}
	s := func(i int) float64 { return float64(base.Sentences[i].End - base.Sentences[i].Start) }
	want := []CoverageRow{
		{Index: 0, Cells: []CoverageCell{
			{Record: -1},
			{Compared: true, Kind: Identical, Record: 0, Carried: 1},
		}},
		{Index: 1, Cells: []CoverageCell{
			// Identical beats Edited; a third of the paragraph is dropped.
			{Compared: true, Kind: Identical, Record: 0, Carried: (s(1) + s(2)) / (s(1) + s(2) + s(3))},
			// Paraphrased is the best of this one, and it moved.
			{Compared: true, Kind: Paraphrased, Record: 3, Moved: true, Carried: s(3) / (s(1) + s(2) + s(3))},
		}},
		{Index: 2, Cells: []CoverageCell{
			{Compared: true, Kind: Dropped, Record: 4},
			{Compared: true, Kind: Edited, Record: 4, Carried: 1},
		}},
	}
	if diff := cmp.Diff(want, tab.Paragraphs); diff != "" {
		t.Errorf("paragraph rows (-want +got):\n%s", diff)
	}
	if len(tab.Sentences) != 5 || tab.Sentences[3].Cells[0].Kind != Dropped || tab.Sentences[3].Cells[0].Record != 2 {
		t.Errorf("sentence 3 for a.txt = %+v, want dropped by record 2", tab.Sentences[3].Cells[0])
	}
	if tab.Paragraphs[0].Compared() != true || (CoverageRow{Cells: []CoverageCell{{Record: -1}}}).Compared() {
		t.Errorf("CoverageRow.Compared wrong")
	}

	// Outlets: bytes of body text by kind. a.txt carries sentences 1
	// (identical) and 2 (edited) of BASE's body (1 to 4); b.txt, 3
	// (paraphrased) and 4 (edited).
	body := s(1) + s(2) + s(3) + s(4)
	a := comps[0].Other
	ab := float64(len(a.Sentences[0].Text) + len(a.Sentences[1].Text) + len(a.Sentences[2].Text))
	b1 := float64(len(comps[1].Other.Sentences[1].Text)) // edited; sentence 0 is a heading
	b2 := float64(len(comps[1].Other.Sentences[2].Text)) // paraphrased
	wantOutlets := []Outlet{
		{
			Base: Share{Identical: s(1) / body, Edited: s(2) / body, Unlinked: (s(3) + s(4)) / body},
			Text: Share{Identical: float64(len(a.Sentences[0].Text)) / ab, Edited: float64(len(a.Sentences[1].Text)) / ab, Unlinked: float64(len(a.Sentences[2].Text)) / ab},
		},
		{
			Base: Share{Paraphrased: s(3) / body, Edited: s(4) / body, Unlinked: (s(1) + s(2)) / body},
			Text: Share{Edited: b1 / (b1 + b2), Paraphrased: b2 / (b1 + b2)},
		},
	}
	approx := cmp.Comparer(func(x, y float64) bool { return math.Abs(x-y) < 1e-12 })
	if diff := cmp.Diff(wantOutlets, tab.Outlets, approx); diff != "" {
		t.Errorf("outlets (-want +got):\n%s", diff)
	}
	for k, o := range tab.Outlets {
		for _, sh := range []Share{o.Base, o.Text} {
			if sum := sh.Linked() + sh.Unlinked; math.Abs(sum-1) > 1e-12 {
				t.Errorf("outlet %d: shares add up to %v", k, sum)
			}
		}
	}
}

func TestCoverageRefuses(t *testing.T) {
	_, comps := coverFixture()
	other, _ := coverFixture()
	mixed := []*Comparison{comps[0], {Base: other, Other: comps[1].Other}}
	for name, cs := range map[string][]*Comparison{
		"none":          nil,
		"nil":           {comps[0], nil},
		"two bases":     mixed,
		"missing other": {{Base: comps[0].Base}},
	} {
		if got := Coverage(cs); got != nil {
			t.Errorf("%s: Coverage = %+v, want nil", name, got)
		}
	}
}

// seedDocs parses the seed articles, 000 (the source) first.
func seedDocs(t testing.TB) []*article.Document {
	t.Helper()
	var docs []*article.Document
	for _, f := range globTestdata(t, "seeds/*.txt") {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := article.Parse(filepath.Base(f), data)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// An OTHER's column and outlet come from its comparison alone: the same
// whichever other OTHERs are given, in whatever order.
func TestCoverageIndependent(t *testing.T) {
	docs := seedDocs(t)
	base := docs[0]
	comps := make([]*Comparison, 0, len(docs)-1)
	for _, d := range docs[1:] {
		comps = append(comps, Compare(base, d, Options{}))
	}
	column := func(tab *CoverageTable, other *article.Document) (cells []CoverageCell, o Outlet) {
		k := slices.Index(tab.Others, other)
		if k < 0 {
			t.Fatalf("%s not in the table", other.Name)
		}
		for _, r := range tab.Paragraphs {
			cells = append(cells, r.Cells[k])
		}
		for _, r := range tab.Sentences {
			cells = append(cells, r.Cells[k])
		}
		return cells, tab.Outlets[k]
	}
	all := Coverage(comps)
	sets := map[string][]*Comparison{
		"reversed": {comps[3], comps[2], comps[1], comps[0]},
		"rotated":  {comps[2], comps[3], comps[0], comps[1]},
		"two":      {comps[1], comps[3]},
	}
	for _, c := range comps {
		sets["alone "+c.Other.Name] = []*Comparison{c}
	}
	for name, set := range sets {
		tab := Coverage(set)
		for _, c := range set {
			wantCells, wantOutlet := column(all, c.Other)
			gotCells, gotOutlet := column(tab, c.Other)
			if diff := cmp.Diff(wantCells, gotCells); diff != "" {
				t.Errorf("%s: cells of %s differ from those with all OTHERs (-all +%s):\n%s", name, c.Other.Name, name, diff)
			}
			if diff := cmp.Diff(wantOutlet, gotOutlet); diff != "" {
				t.Errorf("%s: outlet of %s differs (-all +%s):\n%s", name, c.Other.Name, name, diff)
			}
		}
	}
}

// Shares agree with Compare's own measure of reuse, and the table with
// the records: a cell is Identical exactly when one of its sentences is
// in an identical record.
func TestCoverageAgreesWithCompare(t *testing.T) {
	docs := seedDocs(t)
	for _, d := range docs[1:] {
		c := Compare(docs[0], d, Options{})
		_, other := Shares(c)
		if math.Abs(other.Linked()-c.Summary.Reused) > 0.0005 {
			t.Errorf("%s: Shares says %.4f of OTHER is BASE, Summary.Reused %.4f", d.Name, other.Linked(), c.Summary.Reused)
		}
		tab := Coverage([]*Comparison{c})
		identical := map[int]bool{}
		for _, l := range c.Sentences {
			if l.Kind == Identical {
				for _, s := range l.Base {
					identical[docs[0].Sentences[s].Paragraph] = true
				}
			}
		}
		for _, r := range tab.Paragraphs {
			if got := r.Cells[0].Kind == Identical; got != identical[r.Index] {
				t.Errorf("%s: paragraph %d identical = %v, want %v", d.Name, r.Index, got, identical[r.Index])
			}
		}
	}
}

func TestChooseBaseSeeds(t *testing.T) {
	docs := seedDocs(t)
	got, figures := ChooseBase(docs)
	if got != 0 {
		t.Errorf("ChooseBase(seeds) = %d (%s), want 0 (the CNN wire); figures %.3f", got, docs[got].Name, figures)
	}
}

// ChooseBase finds the source of families of derived documents: a real
// text, reworked into three to six others by chance (some of its
// paragraphs kept, sentences edited and reworded, paragraphs moved, text of
// their own added, two of them sometimes drawing on one second source),
// given in random order among an unrelated document.
func TestChooseBaseFamilies(t *testing.T) {
	src, err := gencorpus.LoadSources("..")
	if err != nil {
		t.Fatal(err)
	}
	const families = 40
	for seed := range uint64(families) {
		r := rand.New(rand.NewPCG(seed, 99))
		s := src[r.IntN(len(src))]
		text := gencorpus.Split(s.Text)
		if len(text) > 12 { // news length: a run of a dozen paragraphs
			i := r.IntN(len(text) - 12)
			text = text[i : i+12]
		}
		var filler gencorpus.Text
		for _, o := range src {
			if o.Family != s.Family {
				filler = append(filler, gencorpus.Split(o.Text)...)
			}
		}
		vocab := gencorpus.Vocabulary(text, filler)
		shared := filler[r.IntN(len(filler)-5):][:5] // a second source two of them use
		docs := []*article.Document{textDocument("source", text)}
		n := 3 + r.IntN(4)
		for i := range n {
			d := gencorpus.Derivation{
				Keep:    0.5 + 0.5*r.Float64(),
				Edit:    0.3 * r.Float64(),
				Reword:  0.3 * r.Float64(),
				Shuffle: 0.3 * r.Float64(),
				Own:     0.2 + 0.8*r.Float64(),
			}
			own := filler[r.IntN(len(filler)-20):][:20]
			if i < 2 && seed%2 == 0 {
				own = shared
			}
			out, _ := gencorpus.Derive(r, text, own, vocab, d)
			docs = append(docs, textDocument(fmt.Sprintf("derived%d", i), out))
		}
		docs = append(docs, textDocument("unrelated", filler[r.IntN(len(filler)-10):][:10]))
		r.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		got, figures := ChooseBase(docs)
		if testing.Verbose() {
			var fs []string
			for i, d := range docs {
				fs = append(fs, fmt.Sprintf("%s %.3f", d.Name, figures[i]))
			}
			t.Logf("family %d: %s", seed, strings.Join(fs, ", "))
		}
		if docs[got].Name != "source" {
			var fs []string
			for i, d := range docs {
				fs = append(fs, fmt.Sprintf("%s %.3f", d.Name, figures[i]))
			}
			t.Errorf("family %d (from %s): chose %s; figures: %s", seed, s.Name, docs[got].Name, strings.Join(fs, ", "))
		}
	}
}

// textDocument lays a generated text out as a Document of body
// paragraphs.
func textDocument(name string, t gencorpus.Text) *article.Document {
	return coverDoc(name, t...)
}

// Permuting the documents permutes the figures, exactly, and keeps the
// choice.
func TestChooseBaseOrder(t *testing.T) {
	docs := seedDocs(t)
	best, figures := ChooseBase(docs)
	for seed := range uint64(10) {
		r := rand.New(rand.NewPCG(seed, 1))
		perm := r.Perm(len(docs))
		shuffled := make([]*article.Document, len(docs))
		for i, p := range perm {
			shuffled[i] = docs[p]
		}
		got, gotFigures := ChooseBase(shuffled)
		if shuffled[got] != docs[best] {
			t.Errorf("order %v: chose %s, want %s", perm, shuffled[got].Name, docs[best].Name)
		}
		for i, p := range perm {
			if gotFigures[i] != figures[p] {
				t.Errorf("order %v: figure of %s = %v, want %v", perm, docs[p].Name, gotFigures[i], figures[p])
			}
		}
	}
}

func TestChooseBaseEdges(t *testing.T) {
	if got, f := ChooseBase(nil); got != 0 || len(f) != 0 {
		t.Errorf("ChooseBase(nil) = %d, %v", got, f)
	}
	one := coverDoc("one", []string{"The mayor of Milan spoke on Tuesday."})
	if got, f := ChooseBase([]*article.Document{one}); got != 0 || !slices.Equal(f, []float64{0}) {
		t.Errorf("ChooseBase(one) = %d, %v", got, f)
	}
	// Two copies tie: the shorter text wins, then the first.
	long := coverDoc("long", []string{"The mayor of Milan spoke on Tuesday about the agents."}, []string{"More text of its own, unshared."})
	short := coverDoc("short", []string{"The mayor of Milan spoke on Tuesday about the agents."})
	copy2 := coverDoc("copy", []string{"The mayor of Milan spoke on Tuesday about the agents."})
	empty := &article.Document{Name: "empty"}
	got, f := ChooseBase([]*article.Document{long, empty, short, copy2})
	if got != 2 {
		t.Errorf("ChooseBase(long, empty, short, copy) = %d, figures %v; want 2 (short, first of the ties)", got, f)
	}
	if f[1] != 0 {
		t.Errorf("figure of an empty document = %v, want 0", f[1])
	}
	if got, f := ChooseBase([]*article.Document{nil, short, copy2}); got == 0 || f[0] != 0 {
		t.Errorf("ChooseBase(nil, short, copy) = %d, %v; want a real document chosen", got, f)
	}
	for i, x := range f {
		if x < 0 || x > 1 {
			t.Errorf("figure %d = %v, outside [0, 1]", i, x)
		}
	}
}

// newsArticles returns eleven news-length articles on one story: the five
// seeds and six rewrites of the wire (000) made with gencorpus, as an
// N-way comparison of a wire story and its pickups meets them.
func newsArticles(tb testing.TB) []*article.Document {
	tb.Helper()
	docs := seedDocs(tb)
	src, err := gencorpus.LoadSources("..")
	if err != nil {
		tb.Fatal(err)
	}
	wire := gencorpus.Split(src[0].Text)
	var filler gencorpus.Text
	for _, s := range src[1:5] {
		filler = append(filler, gencorpus.Split(s.Text)...)
	}
	vocab := gencorpus.Vocabulary(wire, filler)
	r := rand.New(rand.NewPCG(11, 11))
	for i := range 6 {
		out, _ := gencorpus.Derive(r, wire, filler, vocab, gencorpus.Derivation{Keep: 0.8, Edit: 0.2, Reword: 0.2, Shuffle: 0.2, Own: 0.5})
		d, err := article.Parse(fmt.Sprintf("rewrite%d.txt", i), []byte(out.String()))
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// compareEach compares each OTHER with base on GOMAXPROCS workers, as the
// command does.
func compareEach(base *article.Document, others []*article.Document) []*Comparison {
	comps := make([]*Comparison, len(others))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(others)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				comps[i] = Compare(base, others[i], Options{})
			}
		}()
	}
	for i := range others {
		next <- i
	}
	close(next)
	wg.Wait()
	return comps
}

// BenchmarkNWay11 is a whole N-way run on eleven news articles: choose
// the base, compare the ten others with it in parallel, build the table.
func BenchmarkNWay11(b *testing.B) {
	docs := newsArticles(b)
	b.ReportAllocs()
	for b.Loop() {
		best, _ := ChooseBase(docs)
		others := append(slices.Clone(docs[:best]), docs[best+1:]...)
		Coverage(compareEach(docs[best], others))
	}
}

func BenchmarkChooseBase11(b *testing.B) {
	docs := newsArticles(b)
	b.ReportAllocs()
	for b.Loop() {
		ChooseBase(docs)
	}
}

func BenchmarkCoverage10(b *testing.B) {
	docs := newsArticles(b)
	comps := compareEach(docs[0], docs[1:])
	b.ReportAllocs()
	for b.Loop() {
		Coverage(comps)
	}
}

// BodyShingles reads body paragraphs only (all of them when there is
// none), each on its own, numbers words across them, leaves out shingles
// of function words and paragraphs whose offsets lie outside the text.
func TestBodyShingles(t *testing.T) {
	doc := func(text string, paras ...article.Paragraph) *article.Document {
		return &article.Document{Text: text, Paragraphs: paras}
	}
	const text = "Mayor Sala spoke\n\nSnow fell in the hills\n\nand in the"
	// words: Mayor Sala spoke | Snow fell in the hills | and in the
	heading := article.Paragraph{Role: article.Heading, Start: 0, End: 16}
	body1 := article.Paragraph{Role: article.Body, Start: 18, End: 40}
	body2 := article.Paragraph{Role: article.Body, Start: 42, End: 52}
	sh := func(s string) uint64 { return words.Shingles(nil, s, 3)[0] }
	tests := []struct {
		name  string
		d     *article.Document
		first []int
		hash  []uint64
		words int
	}{
		{"nil", nil, nil, nil, 0},
		{"body only", doc(text, heading, body1, body2),
			[]int{0, 1, 2}, []uint64{sh("snow fell in"), sh("fell in the"), sh("in the hills")}, 8},
		{"no body: all, each paragraph on its own", doc(text, article.Paragraph{Role: article.Byline, Start: 0, End: 16}, article.Paragraph{Role: article.Caption, Start: 18, End: 40}),
			[]int{0, 3, 4, 5}, []uint64{sh("mayor sala spoke"), sh("snow fell in"), sh("fell in the"), sh("in the hills")}, 8},
		{"offsets outside the text", doc(text, body1, article.Paragraph{Start: 40, End: 99}, article.Paragraph{Start: 5, End: 2}),
			[]int{0, 1, 2}, []uint64{sh("snow fell in"), sh("fell in the"), sh("in the hills")}, 5},
		{"short paragraphs still count their words", doc(text, article.Paragraph{Start: 0, End: 10}, body1),
			[]int{2, 3, 4}, []uint64{sh("snow fell in"), sh("fell in the"), sh("in the hills")}, 7},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hash, first, words := BodyShingles(tc.d, 3)
			if diff := cmp.Diff(tc.hash, hash); diff != "" {
				t.Errorf("hashes (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.first, first); diff != "" {
				t.Errorf("first (-want +got):\n%s", diff)
			}
			if words != tc.words {
				t.Errorf("words = %d, want %d", words, tc.words)
			}
		})
	}
}
