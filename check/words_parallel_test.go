package check

import (
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// onePass is newDocWords as one pass over the sentences, without
// chunks: what the chunked reading must give.
func onePass(d *article.Document) *docWords {
	w := &docWords{d: d, first: make([]int, len(d.Sentences)+1), names: map[string]bool{}}
	seen := map[string]int32{}
	formID := map[string]int32{}
	intern := func(f string) int32 {
		id, ok := formID[f]
		if !ok {
			id = int32(len(w.forms))
			formID[f] = id
			w.forms = append(w.forms, f)
			w.bareOf = append(w.bareOf, -1)
		}
		return id
	}
	prevEnd := 0
	for i, s := range d.Sentences {
		w.first[i] = len(w.at)
		if s.Start < prevEnd || s.Start < 0 || s.End > len(d.Text) || s.Start > s.End || s.End > math.MaxUint32 {
			continue
		}
		for _, t := range words.Compounds(d.Text[s.Start:s.End], s.Start, true) {
			k := len(w.at)
			if k%64 == 0 {
				w.initial = append(w.initial, 0)
			}
			if t.Initial {
				w.initial[k/64] |= 1 << (k % 64)
			}
			w.at = append(w.at, wordSpan{uint32(t.Start), uint32(t.End)})
			id, ok := seen[t.Text]
			if !ok {
				key := words.Key(t.Text)
				id = intern(key)
				if w.bareOf[id] < 0 {
					w.bareOf[id] = intern(words.Bare(key))
				}
				seen[t.Text] = id
			}
			w.keyOf = append(w.keyOf, id)
		}
		prevEnd = s.End
	}
	w.first[len(d.Sentences)] = len(w.at)
	for i := range w.count() {
		if t := w.tok(i); !t.Initial && words.IsCapitalised(t.Text) {
			w.names[w.bareAt(i)] = true
		}
	}
	return w
}

// sameWords reports how got differs from want, "" when it does not.
func sameWords(got, want *docWords) string {
	type view struct {
		At      []wordSpan
		KeyOf   []int32
		Initial []uint64
		Forms   []string
		BareOf  []int32
		First   []int
		Names   map[string]bool
	}
	v := func(w *docWords) view {
		return view{w.at, w.keyOf, w.initial, w.forms, w.bareOf, w.first, w.names}
	}
	return cmp.Diff(v(want), v(got), cmp.AllowUnexported(wordSpan{}), cmpopts.EquateEmpty())
}

// newDocWords reads a large document in chunks of sentences on several
// goroutines (see wordsChunkBytes): its words, their forms (numbered in
// the order one pass meets them), the sentences' first words and the
// names (capitalised words other than at a sentence start) are
// those of one pass, whatever the chunks and processors: each seed, all
// the seeds as one text, and hand-built documents whose sentences
// overlap or lie outside the text, cut into chunks of a few sentences.
func TestNewDocWordsInChunks(t *testing.T) {
	docs := seedsOneByOneAndAsOne(t)
	text := "He said. Mr. Smith SAID it. “Smith’s” view: smith-like. said SAID Said."
	docs = append(docs,
		&article.Document{Text: text, Sentences: []article.Sentence{{Start: 0, End: 8}, {Start: 4, End: 20}, {Start: 9, End: 27}, {Start: 28, End: 50}, {Start: 40, End: 60}, {Start: 50, End: len(text)}}},
		&article.Document{Text: text, Sentences: []article.Sentence{{Start: 9, End: 27}, {Start: 0, End: 8}, {Start: -1, End: 5}, {Start: 30, End: len(text) + 5}, {Start: 28, End: len(text)}}},
		&article.Document{Text: text},
	)
	defer func(n int) { wordsChunkBytes = n }(wordsChunkBytes)
	for _, procs := range []int{1, 2, 7} {
		for _, chunk := range []int{1, 64, 4096, 256 << 10} {
			func() {
				defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
				wordsChunkBytes = chunk
				for i, d := range docs {
					if diff := sameWords(newDocWords(d), onePass(d)); diff != "" {
						t.Errorf("document %d, %d processors, chunks of %d bytes: chunked words differ from one pass (-one +chunked):\n%s", i, procs, chunk, diff)
					}
				}
			}()
		}
	}
}

// seedsOneByOneAndAsOne returns each seed article parsed, and then all of
// them as one text (a blank line between), for the tests that compare a
// chunked reading with one pass.
func seedsOneByOneAndAsOne(t *testing.T) []*article.Document {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var docs []*article.Document
	var all strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, parse(t, string(data)))
		all.Write(data)
		all.WriteString("\n\n")
	}
	return append(docs, parse(t, all.String()))
}
