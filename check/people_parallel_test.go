package check

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/internal/inorder"
	"github.com/wirediff/wirediff/words"
)

// findPeople reads the name runs of a large document in chunks of
// sentences on several goroutines (see peopleChunkBytes): the people,
// their mentions and the speakers are those read on one processor.
func TestFindPeopleInChunks(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var b strings.Builder
	for i := 0; b.Len() < 6*peopleChunkBytes; i++ {
		data, err := os.ReadFile(paths[i%len(paths)])
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
		b.WriteString("\n\n")
	}
	d := parse(t, b.String())
	if rs := inorder.Ranges(len(d.Sentences), len(d.Text), peopleChunkBytes); len(rs) < 2 && runtime.GOMAXPROCS(0) > 1 {
		t.Fatalf("%d bytes make %d chunk(s); the test needs several", len(d.Text), len(rs))
	}
	w := newDocWords(d)
	people := func(procs int) ([]Quote, *attributor) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		qs := unattributedQuotes(w)
		attributeQuotes(w, qs)
		a := &attributor{d: d, w: w, names: map[string]bool{}}
		for i := range w.count() {
			if t := w.tok(i); !t.Initial && strings.ToUpper(t.Text[:1]) == t.Text[:1] {
				a.names[w.bareAt(i)] = true
			}
		}
		a.findPeople(qs)
		out := make([]Quote, len(qs))
		for i := range qs {
			out[i] = qs[i].Quote
		}
		return out, a
	}
	oneQ, one := people(1)
	manyQ, many := people(4)
	if diff := cmp.Diff(oneQ, manyQ); diff != "" {
		t.Errorf("speakers differ on 1 and 4 processors (-one +many):\n%s", diff)
	}
	if diff := cmp.Diff(one.persons, many.persons, cmp.AllowUnexported(person{})); diff != "" {
		t.Errorf("people differ on 1 and 4 processors (-one +many):\n%s", diff)
	}
	if diff := cmp.Diff(one.mentions, many.mentions, cmp.AllowUnexported(personMention{})); diff != "" {
		t.Errorf("mentions differ on 1 and 4 processors (-one +many):\n%s", diff)
	}
	if len(one.persons) == 0 || len(oneQ) == 0 {
		t.Error("no people or no quotations: the test covers nothing")
	}
}

// genderFromPronouns reads the mentions sentence by sentence when they
// are in order and through a map when not: both give every person the
// same gender, on the seeds as one text.
func TestGenderFromPronounsInOrder(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var b strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
		b.WriteString("\n\n")
	}
	d := parse(t, b.String())
	w := newDocWords(d)
	qs := unattributedQuotes(w)
	a := &attributor{d: d, w: w, names: map[string]bool{}}
	for i := range w.count() {
		if t := w.tok(i); !t.Initial && words.IsCapitalised(t.Text) {
			a.names[w.bareAt(i)] = true
		}
	}
	a.findPeople(qs)
	if !a.mentionsOrdered {
		t.Fatal("the seeds' mentions are not in order: the test needs them to be")
	}
	inQuote := func(at int) bool {
		for _, q := range qs {
			if q.Start <= at && at < q.End {
				return true
			}
		}
		return false
	}
	genders := func(ordered bool) []gender {
		c := *a
		c.persons = slices.Clone(a.persons)
		for i := range c.persons {
			c.persons[i].gender = genderUnknown
		}
		c.mentionsOrdered = ordered
		c.genderFromPronouns(inQuote)
		out := make([]gender, len(c.persons))
		for i, p := range c.persons {
			out[i] = p.gender
		}
		return out
	}
	inOrder, byMap := genders(true), genders(false)
	if diff := cmp.Diff(byMap, inOrder); diff != "" {
		t.Errorf("genders differ (-map +in order):\n%s", diff)
	}
	if !slices.ContainsFunc(inOrder, func(g gender) bool { return g != genderUnknown }) {
		t.Error("no person has a gender from pronouns: the test compares nothing")
	}
}

// joinMentions merges sorted mentions in one pass: the result is the
// stable sort of the two lists joined, ties to the names' mentions
// first, on lists with many equal offsets; and an unsorted list is
// sorted as before.
func TestJoinMentions(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 200 {
		var ms, roles []personMention
		for i := range n % 23 {
			ms = append(ms, personMention{at: r.IntN(30), person: i})
		}
		for i := range n % 17 {
			roles = append(roles, personMention{at: r.IntN(30), person: 100 + i, subject: true})
		}
		sorted := n%3 != 0
		if sorted {
			slices.SortStableFunc(ms, func(x, y personMention) int { return x.at - y.at })
		}
		if n%5 != 0 {
			slices.SortStableFunc(roles, func(x, y personMention) int { return x.at - y.at })
		}
		want := append(slices.Clone(ms), roles...)
		sort.SliceStable(want, func(i, j int) bool { return want[i].at < want[j].at })
		got := joinMentions(slices.Clone(ms), roles, sorted)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(personMention{})); diff != "" {
			t.Fatalf("case %d: joined mentions differ from a stable sort (-want +got):\n%s", n, diff)
		}
	}
}

// A role noun that two persons fit ("the minister", with an interior
// and a defence minister) names the one mentioned last, a role noun
// included ("the interior minister" just before it). findPeople reads
// the role nouns of a large document in chunks on several goroutines
// and chooses among persons in text order: a chunk that opens on such
// a noun still sees the role nouns of the chunk before it.
func TestRoleNounsInOrder(t *testing.T) {
	var b strings.Builder
	b.WriteString("Interior Minister Matteo Piantedosi met Defence Minister Guido Crosetto on Monday.\n\n")
	for b.Len() < 6*peopleChunkBytes {
		b.WriteString("The interior minister spoke first. The minister said the plan was ready. " +
			"The defence minister spoke next. The minister said the army was ready.\n\n")
	}
	d := parse(t, b.String())
	w := newDocWords(d)
	rs := inorder.Ranges(len(d.Sentences), len(d.Text), peopleChunkBytes)
	opens := 0 // chunks that open on "The minister said"
	for _, r := range rs[1:] {
		if strings.HasPrefix(d.Sentences[r[0]].Text, "The minister said") {
			opens++
		}
	}
	if runtime.GOMAXPROCS(0) > 1 && opens == 0 {
		t.Fatalf("%d chunks, none opens on a contested role noun: the test needs one", len(rs))
	}
	people := func(procs int) *attributor {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		a := &attributor{d: d, w: w, names: map[string]bool{}}
		for i := range w.count() {
			if t := w.tok(i); !t.Initial && words.IsCapitalised(t.Text) {
				a.names[w.bareAt(i)] = true
			}
		}
		a.findPeople(nil)
		return a
	}
	one, many := people(1), people(4)
	if diff := cmp.Diff(one.mentions, many.mentions, cmp.AllowUnexported(personMention{})); diff != "" {
		t.Errorf("mentions differ on 1 and 4 processors (-one +many):\n%s", diff)
	}
	// Each "The minister said" names the minister of the sentence before.
	contested := 0
	for _, m := range one.mentions {
		s := d.Sentences[m.sentence].Text
		if !strings.HasPrefix(s, "The minister said") {
			continue
		}
		contested++
		want := "Matteo Piantedosi"
		if strings.Contains(s, "army") {
			want = "Guido Crosetto"
		}
		if got := one.persons[m.person].name; got != want {
			t.Fatalf("sentence %d %q names %q, want %q", m.sentence, s, got, want)
		}
	}
	if contested == 0 {
		t.Fatal("no contested role noun was resolved: the test covers nothing")
	}
}
