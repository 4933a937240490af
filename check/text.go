package check

import (
	"sort"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// A docWords holds the words of one document, tokenized once
// (words.Compounds, sentence by sentence, the first word of each sentence
// Initial) and shared by every check of a run: quotations, attributions,
// typos and facts all read their words from here instead of cutting the
// text again.
type docWords struct {
	d    *article.Document
	toks []words.Compound // in text order, offsets in d.Text
	// keyOf and bareOf give words.Key and words.Bare of each word (see
	// keyAt and bareAt), made once: the checks look words up many times.
	// They index forms, which holds each distinct form once: 4 bytes per
	// word instead of a string header's 16, on a large document the
	// largest part of the checks' memory after the words themselves.
	keyOf, bareOf []int32
	forms         []string
	// first[i] is the index in toks of the first word of sentence i;
	// first[len(d.Sentences)] is len(toks).
	first []int
}

// newDocWords tokenizes the sentences of d. Sentences outside the text
// (a hand-built Document) have no words. Cost: one pass over the text.
func newDocWords(d *article.Document) *docWords {
	w := &docWords{d: d, first: make([]int, len(d.Sentences)+1)}
	w.toks = make([]words.Compound, 0, len(d.Text)/6)
	prevEnd := 0
	for i, s := range d.Sentences {
		w.first[i] = len(w.toks)
		if s.Start < prevEnd || s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
			continue
		}
		w.toks = words.AppendCompounds(w.toks, d.Text[s.Start:s.End], s.Start, true)
		prevEnd = s.End
	}
	w.first[len(d.Sentences)] = len(w.toks)
	w.keyOf = make([]int32, len(w.toks))
	w.bareOf = make([]int32, len(w.toks))
	// A word written as before shares the forms made then: news repeats
	// its words, and a capitalised word's key is a new string each time.
	seen := make(map[string]int, 1024)
	formID := make(map[string]int32, 1024)
	intern := func(f string) int32 {
		id, ok := formID[f]
		if !ok {
			id = int32(len(w.forms))
			formID[f] = id
			w.forms = append(w.forms, f)
		}
		return id
	}
	for i, t := range w.toks {
		if j, ok := seen[t.Text]; ok {
			w.keyOf[i], w.bareOf[i] = w.keyOf[j], w.bareOf[j]
			continue
		}
		seen[t.Text] = i
		key := words.Key(t.Text)
		w.keyOf[i], w.bareOf[i] = intern(key), intern(words.Bare(key))
	}
	return w
}

// keyAt and bareAt return words.Key and words.Bare of word i of w.toks.
func (w *docWords) keyAt(i int) string  { return w.forms[w.keyOf[i]] }
func (w *docWords) bareAt(i int) string { return w.forms[w.bareOf[i]] }

// index returns the index in w.toks of word t, one of them, or -1.
// Cost: O(log n).
func (w *docWords) index(t words.Compound) int {
	i := sort.Search(len(w.toks), func(i int) bool { return w.toks[i].Start >= t.Start })
	if i < len(w.toks) && w.toks[i].Start == t.Start && w.toks[i].End == t.End {
		return i
	}
	return -1
}

// key returns words.Key of word t of the document, made once.
func (w *docWords) key(t words.Compound) string {
	if i := w.index(t); i >= 0 {
		return w.keyAt(i)
	}
	return words.Key(t.Text)
}

// bare returns words.Bare of word t of the document, made once.
func (w *docWords) bare(t words.Compound) string {
	if i := w.index(t); i >= 0 {
		return w.bareAt(i)
	}
	return words.Bare(t.Text)
}

// sentence returns the words of sentence i (nil when i is out of range).
func (w *docWords) sentence(i int) []words.Compound {
	if i < 0 || i >= len(w.d.Sentences) {
		return nil
	}
	return w.toks[w.first[i]:w.first[i+1]]
}

// span returns the words that lie inside the byte range [start, end) of
// the text. Cost: O(log n).
func (w *docWords) span(start, end int) []words.Compound {
	if start >= end {
		return nil
	}
	i := sort.Search(len(w.toks), func(i int) bool { return w.toks[i].Start >= start })
	j := i
	for j < len(w.toks) && w.toks[j].End <= end {
		j++
	}
	return w.toks[i:j]
}

// overlapping returns the words of toks (in text order) that overlap the
// byte range [start, end). Cost: O(log n) plus the words returned.
func overlapping(toks []words.Compound, start, end int) []words.Compound {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > start })
	j := i
	for j < len(toks) && toks[j].Start < end {
		j++
	}
	return toks[i:j]
}
