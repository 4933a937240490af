package check

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/internal/inorder"
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
