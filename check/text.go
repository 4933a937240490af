package check

import (
	"math"
	"slices"
	"sort"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/inorder"
	"github.com/wirediff/wirediff/words"
)

// A docWords holds the words of one document, tokenized once
// (words.Compounds, sentence by sentence, the first word of each sentence
// Initial) and shared by every check of a run: quotations, attributions,
// typos and facts all read their words from here instead of cutting the
// text again.
//
// On a large document these words are most of the checks' memory, so
// each is kept in 12 bytes and a bit instead of a words.Compound's 40
// and its forms' 8: its offsets (the text is d.Text[start:end]), the
// index of its words.Key among the distinct forms (words.Bare is kept
// per form, not per word) and an Initial bit. tok, sentence and span
// give words.Compounds back, made on demand. Offsets are 32-bit: words
// past the first 4 GiB of a text (an input no machine compares today:
// about 36 bytes of memory per byte of input) are left out.
type docWords struct {
	d     *article.Document
	at    []wordSpan // in text order
	keyOf []int32    // words.Key of each word, an index in forms
	// initial has bit i%64 of word i/64 set when word i is Initial.
	initial []uint64
	// forms holds each distinct key and bare form once; bareOf gives
	// the index in forms of words.Bare of each form that is the key of
	// words, -1 for a form that is only a bare one.
	forms  []string
	bareOf []int32
	// first[i] is the index of the first word of sentence i;
	// first[len(d.Sentences)] is the number of words.
	first []int
	// names are the bare forms of the capitalised words that occur
	// other than at the start of a sentence: the proper nouns the
	// attribution of quotations and the spelling checks know (see
	// attributor.names). Read with the words, never changed after.
	names map[string]bool
}

// A wordSpan is the byte range of a word in the text.
type wordSpan struct{ start, end uint32 }

// newDocWords tokenizes the sentences of d. Sentences outside the text
// (a hand-built Document) have no words. A large document is tokenized
// in chunks of sentences on all processors (see wordsChunkBytes), which
// give the same words and forms, in the same order, as one pass.
//
// Cost: one pass over the text, spread over the processors; a large
// document's words are held twice for a moment while the chunks are
// joined (a document of one chunk's are not copied).
func newDocWords(d *article.Document) *docWords {
	w := &docWords{d: d, first: make([]int, len(d.Sentences)+1), names: map[string]bool{}}
	// Which sentences have words: not one that overlaps the last one
	// that had (its start before that one's end), nor one outside the
	// text. Read first, in one pass, so that a chunk knows without the
	// chunks before it.
	skip := make([]bool, len(d.Sentences))
	prevEnd := 0
	for i, s := range d.Sentences {
		if s.Start < prevEnd || s.Start < 0 || s.End > len(d.Text) || s.Start > s.End || s.End > math.MaxUint32 {
			skip[i] = true
			continue
		}
		prevEnd = s.End
	}
	rs := inorder.Ranges(len(d.Sentences), len(d.Text), wordsChunkBytes)
	chunks := make([]wordsChunk, len(rs))
	inorder.Run(len(rs), func(c int) {
		chunks[c].read(d, rs[c][0], rs[c][1], skip)
	})
	n := 0
	for c := range chunks {
		n += len(chunks[c].at)
	}
	// The forms are numbered in the order one pass would meet them: a
	// word's text met for the first time in the document brings its key
	// and then its bare form, each when new. Each chunk lists its texts
	// in the order it met them, so reading the chunks' lists in order
	// replays that pass.
	seen := map[string]int32{}
	formID := make(map[string]int32, distinctHint(len(d.Text)))
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
	offsets := make([]int, len(rs))
	n = 0
	for c, r := range rs {
		ch := &chunks[c]
		offsets[c] = n
		for i := r[0]; i < r[1]; i++ {
			w.first[i] = n + ch.first[i-r[0]]
		}
		n += len(ch.at)
		ch.ids = make([]int32, len(ch.texts))
		for k, t := range ch.texts {
			// A chunk's texts are distinct: only those of the chunks
			// before it are looked up, and only chunks that others
			// follow record theirs (one chunk needs no record at all).
			var id int32
			ok := false
			if c > 0 {
				id, ok = seen[t.text]
			}
			if !ok {
				id = intern(t.key)
				if w.bareOf[id] < 0 {
					w.bareOf[id] = intern(t.bare)
				}
				if c < len(rs)-1 {
					seen[t.text] = id
				}
			}
			ch.ids[k] = id
			if t.named {
				w.names[t.bare] = true
			}
		}
	}
	if len(chunks) == 1 {
		// One chunk (a news article): its words are the document's,
		// their texts' indexes turned into forms where they are.
		ch := &chunks[0]
		for j, k := range ch.textOf {
			ch.textOf[j] = ch.ids[k]
		}
		w.at, w.keyOf = ch.at, ch.textOf
	} else {
		// Each chunk's words are copied into place, on all processors
		// (a large document's words are tens of megabytes).
		w.at = make([]wordSpan, n)
		w.keyOf = make([]int32, n)
		inorder.Run(len(rs), func(c int) {
			ch := &chunks[c]
			copy(w.at[offsets[c]:], ch.at)
			keyOf := w.keyOf[offsets[c] : offsets[c]+len(ch.at)]
			for j, k := range ch.textOf {
				keyOf[j] = ch.ids[k]
			}
		})
	}
	w.initial = make([]uint64, (n+63)/64)
	for c := range chunks {
		for _, k := range chunks[c].initial {
			j := offsets[c] + int(k)
			w.initial[j/64] |= 1 << (j % 64)
		}
		chunks[c] = wordsChunk{}
	}
	w.first[len(d.Sentences)] = len(w.at)
	return w
}

// wordsChunkBytes is the least text a chunk of sentences holds when
// newDocWords tokenizes a large document in parallel (see
// inorder.Ranges); a news article is one chunk. A variable so that
// tests can cut small texts into many chunks.
var wordsChunkBytes = 256 << 10

// A wordsChunk is the words of a stretch of sentences, read by
// newDocWords on its own: each word's span, the index of its text among
// the distinct texts of the chunk (in the order the chunk met them, with
// their words.Key and words.Bare), the words that are Initial, and the
// index of the first word of each sentence, all counted from the
// chunk's first word.
type wordsChunk struct {
	at      []wordSpan
	textOf  []int32
	texts   []chunkText
	initial []int32
	first   []int
	// ids are the forms of texts (the key of each) in the document.
	ids []int32
}

// A chunkText is a word's text with its key and its key's bare form;
// named says that the text is capitalised and the chunk has it other
// than at the start of a sentence (see docWords.names).
type chunkText struct {
	text, key, bare string
	capital, named  bool
}

// read tokenizes sentences [from, to) of d, those not marked in skip.
// It only reads d, so chunks may be read at once.
func (ch *wordsChunk) read(d *article.Document, from, to int, skip []bool) {
	size := 0
	if from < to {
		size = max(0, d.Sentences[to-1].End-d.Sentences[from].Start)
	}
	ch.at = make([]wordSpan, 0, size/6)
	ch.textOf = make([]int32, 0, size/6)
	ch.first = make([]int, to-from)
	// A word written as before shares the forms made then: news repeats
	// its words, and a capitalised word's key is a new string each time.
	hint := distinctHint(size)
	index := make(map[string]int32, hint)
	ch.texts = make([]chunkText, 0, hint)
	var buf []words.Compound
	for i := from; i < to; i++ {
		ch.first[i-from] = len(ch.at)
		if skip[i] {
			continue
		}
		s := d.Sentences[i]
		buf = words.AppendCompounds(buf[:0], d.Text[s.Start:s.End], s.Start, true)
		for _, t := range buf {
			if t.Initial {
				ch.initial = append(ch.initial, int32(len(ch.at)))
			}
			ch.at = append(ch.at, wordSpan{uint32(t.Start), uint32(t.End)})
			k, ok := index[t.Text]
			if !ok {
				k = int32(len(ch.texts))
				key := words.Key(t.Text)
				ch.texts = append(ch.texts, chunkText{text: t.Text, key: key, bare: words.Bare(key), capital: words.IsCapitalised(t.Text)})
				index[t.Text] = k
			}
			if !t.Initial && ch.texts[k].capital {
				ch.texts[k].named = true
			}
			ch.textOf = append(ch.textOf, k)
		}
	}
}

// distinctHint is the room to make for the distinct words of size bytes
// of text: news prose has one in every 11 to 13 bytes (the seed
// articles), and up to 1024, past which a table grows as it fills. A
// hint too large costs a news article more in fresh memory than in
// rehashing (a table of 1024 strings is about 50 KB), one too small
// rehashes as it grows: neither changes a result.
func distinctHint(size int) int { return min(1024, size/10+16) }

// count returns the number of words.
func (w *docWords) count() int { return len(w.at) }

// tok returns word i.
func (w *docWords) tok(i int) words.Compound {
	a := w.at[i]
	return words.Compound{Text: w.d.Text[a.start:a.end], Start: int(a.start), End: int(a.end),
		Initial: w.initial[i/64]&(1<<(i%64)) != 0}
}

// keyAt and bareAt return words.Key and words.Bare of word i.
func (w *docWords) keyAt(i int) string  { return w.forms[w.keyOf[i]] }
func (w *docWords) bareAt(i int) string { return w.forms[w.bareOf[w.keyOf[i]]] }

// index returns the index of word t, one of them, or -1. Cost: O(log n).
func (w *docWords) index(t words.Compound) int {
	i := w.search(t.Start)
	if i < len(w.at) && int(w.at[i].start) == t.Start && int(w.at[i].end) == t.End {
		return i
	}
	return -1
}

// search returns the index of the first word starting at or after byte
// start. Cost: O(log n).
func (w *docWords) search(start int) int {
	return sort.Search(len(w.at), func(i int) bool { return int(w.at[i].start) >= start })
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

// sentence returns the words of sentence i (nil when i is out of range),
// in a new slice.
func (w *docWords) sentence(i int) []words.Compound {
	return w.appendSentence(nil, i)
}

// appendSentence appends the words of sentence i (none when i is out of
// range) to dst and returns it: a pass over every sentence reuses one
// slice instead of making one per sentence.
func (w *docWords) appendSentence(dst []words.Compound, i int) []words.Compound {
	if i < 0 || i >= len(w.d.Sentences) {
		return dst
	}
	return w.appendRange(dst, w.first[i], w.first[i+1])
}

// appendRange appends words from to to-1 to dst.
func (w *docWords) appendRange(dst []words.Compound, from, to int) []words.Compound {
	dst = slices.Grow(dst, to-from)
	for i := from; i < to; i++ {
		dst = append(dst, w.tok(i))
	}
	return dst
}

// span returns the words that lie inside the byte range [start, end) of
// the text, in a new slice. Cost: O(log n) plus the words returned.
func (w *docWords) span(start, end int) []words.Compound {
	if start >= end {
		return nil
	}
	i := w.search(start)
	j := i
	for j < len(w.at) && int(w.at[j].end) <= end {
		j++
	}
	if i == j {
		return nil
	}
	return w.appendRange(nil, i, j)
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
