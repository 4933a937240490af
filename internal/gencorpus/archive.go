package gencorpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// An archive is a news archive of many stories, for all-pairs reuse
// search: wire stories, each picked up by a few outlets that copy, edit,
// reorder, reword or cut it (the derivations of planted files), and
// stories nobody picked up. Its documents are JSON lines with an id, a
// date, a source and the text.
//
// Stories are made of real sentences — the news sentences of the MSRP
// corpus when it is there, the seed articles and the licence texts — with
// one word in two replaced by a word of the vocabulary, so that no two
// stories are alike even where they start from the same sentence, as two
// reports of the same event are not. The manifest tells for each document
// which story it carries and the fate of each sentence of that story, so
// that the true reuse between any two documents is known.

// ArchiveOptions say what archive to build.
type ArchiveOptions struct {
	Docs int    // number of documents, bad ones included
	Seed uint64 // the same seed gives the same archive
	// Pickups is the mean number of outlets that carry a wire story; 0
	// means 1.5. Each story has between 0 and 2 × Pickups of them.
	Pickups float64
	// Bad is about the number of documents that cannot be read (empty
	// text or binary data; one is put where a story starts near each of
	// Bad evenly spaced places); 0 means max(2, Docs/2000), -1 none.
	Bad int
	// Substitute is the share of the words of a pool sentence replaced
	// when it is put in a story; 0 means 0.5.
	Substitute float64
}

// An ArchiveDoc is one document of an archive, as written.
type ArchiveDoc struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Source string `json:"source"`
	Text   string `json:"text"`
}

// An ArchiveEntry says what one document of an archive is.
type ArchiveEntry struct {
	ID    string
	Story int    // the story it carries; -1 for a bad document
	How   string // "wire" for the story itself, else the derivation
	// Fate is the fate of each sentence of the story, in reading order.
	Fate []Fate
	// Pool lists the pool sentences the document's text starts from, its
	// own paragraphs included: two documents of different stories that
	// share one share real text.
	Pool []int
}

// An ArchiveManifest says what an archive holds, document by document in
// file order.
type ArchiveManifest struct {
	Docs    []ArchiveEntry
	Stories [][]int // bytes of each sentence of each story
	Bytes   int64
}

// PoolSentences returns the sentences stories are made of: those of the
// sources, and the first sentence of each pair of the MSRP training file
// at msrp when it can be read (an
// empty msrp, or a file that is not there, leaves them out), in a fixed
// order, without repeats.
func PoolSentences(src []Source, msrp string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		s = strings.Join(strings.Fields(s), " ")
		if len(strings.Fields(s)) >= 6 && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, s := range src {
		for _, p := range Split(s.Text) {
			for _, x := range p {
				add(x)
			}
		}
	}
	if msrp != "" {
		if b, err := os.ReadFile(msrp); err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				f := strings.Split(line, "\t")
				if len(f) == 5 {
					add(f[3]) // the second of a pair rewords the first: leaving it out keeps stories apart
				}
			}
		}
	}
	return out
}

// MSRPPath is where the MSRP training file lies relative to the module
// root.
var MSRPPath = filepath.Join("..", "shared", "data", "msrp", "msr_paraphrase_train.txt")

// WriteArchive writes an archive of opts.Docs documents as JSON lines to
// w, made from the pool sentences, and returns its manifest.
//
// Cost: time and output linear in Docs (about 2 KB a document); memory:
// the manifest (a few dozen bytes a document) and one story at a time.
func WriteArchive(w io.Writer, pool []string, opts ArchiveOptions) (*ArchiveManifest, error) {
	if opts.Docs <= 0 {
		return nil, fmt.Errorf("generating archive: %d documents asked for", opts.Docs)
	}
	if len(pool) < 50 {
		return nil, fmt.Errorf("generating archive: %d pool sentences, need at least 50", len(pool))
	}
	if opts.Pickups <= 0 {
		opts.Pickups = 1.5
	}
	switch {
	case opts.Bad == 0:
		opts.Bad = max(2, opts.Docs/2000)
	case opts.Bad < 0:
		opts.Bad = 0
	}
	if opts.Substitute <= 0 {
		opts.Substitute = 0.5
	}
	var vt Text
	for _, s := range pool {
		vt = append(vt, []string{s})
	}
	vocab := Vocabulary(vt)
	bw := bufio.NewWriter(w)
	m := &ArchiveManifest{}
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	day0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	badEvery := 0
	if opts.Bad > 0 {
		badEvery = max(1, opts.Docs/opts.Bad)
	}
	write := func(d ArchiveDoc, e ArchiveEntry) error {
		if err := enc.Encode(d); err != nil {
			return fmt.Errorf("generating archive: %w", err)
		}
		m.Bytes += int64(len(d.Text))
		m.Docs = append(m.Docs, e)
		return nil
	}
	bads := 0
	for draw := 0; len(m.Docs) < opts.Docs; draw++ {
		r := rand.New(rand.NewPCG(opts.Seed, uint64(draw)))
		// A bad document once the count passes the middle of each stretch
		// of badEvery: a story writes several documents at once, so the
		// count may step over the middle itself.
		if badEvery > 0 && bads < opts.Bad && len(m.Docs) >= bads*badEvery+badEvery/2 {
			id := fmt.Sprintf("doc-%07d", len(m.Docs))
			text := ""
			bads++
			if bads%2 == 0 {
				text = "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x3e\x00"
			}
			if err := write(ArchiveDoc{ID: id, Date: day0.Format(time.DateOnly), Source: "broken", Text: text}, ArchiveEntry{ID: id, Story: -1, How: "bad"}); err != nil {
				return nil, err
			}
			continue
		}
		wire, idx := makeStory(r, pool, vocab, opts.Substitute)
		var sizes []int
		for _, s := range wire.sentences() {
			sizes = append(sizes, len(s))
		}
		sid := len(m.Stories) // bad documents take a draw, not a story
		m.Stories = append(m.Stories, sizes)
		day := day0.AddDate(0, 0, r.IntN(3*365))
		id := fmt.Sprintf("doc-%07d", len(m.Docs))
		all := make([]Fate, len(sizes))
		for i := range all {
			all[i] = Kept
		}
		if err := write(ArchiveDoc{ID: id, Date: day.Format(time.DateOnly), Source: fmt.Sprintf("wire-%c", 'a'+rune(sid%2)), Text: wire.String()},
			ArchiveEntry{ID: id, Story: sid, How: "wire", Fate: all, Pool: idx}); err != nil {
			return nil, err
		}
		pickups := r.IntN(int(2*opts.Pickups) + 1)
		for k := 0; k < pickups && len(m.Docs) < opts.Docs; k++ {
			kind := plantKinds[r.IntN(len(plantKinds))]
			own, ownIdx := makeStory(r, pool, vocab, opts.Substitute)
			t, fate := DeriveMarked(r, wire, own, vocab, kind.d)
			if len(t) == 0 { // an excerpt that kept nothing: the outlet ran its own story
				t = own
			}
			id := fmt.Sprintf("doc-%07d", len(m.Docs))
			outlet := fmt.Sprintf("outlet-%02d", r.IntN(40))
			d := day.AddDate(0, 0, r.IntN(3))
			if err := write(ArchiveDoc{ID: id, Date: d.Format(time.DateOnly), Source: outlet, Text: t.String()},
				ArchiveEntry{ID: id, Story: sid, How: kind.how, Fate: fate, Pool: append(idx[:len(idx):len(idx)], ownIdx...)}); err != nil {
				return nil, err
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return nil, fmt.Errorf("generating archive: %w", err)
	}
	return m, nil
}

// makeStory draws 6 to 15 pool sentences in paragraphs of one to three,
// each with a share sub of its words replaced by words of vocab, and
// returns the text with the pool index of each sentence.
func makeStory(r *rand.Rand, pool, vocab []string, sub float64) (Text, []int) {
	n := 6 + r.IntN(10)
	var t Text
	var idx []int
	for len(idx) < n {
		var p []string
		for range 1 + r.IntN(3) {
			i := r.IntN(len(pool))
			words := strings.Fields(pool[i])
			for j := range words {
				if r.Float64() < sub {
					words[j] = vocab[r.IntN(len(vocab))]
				}
			}
			p = append(p, strings.Join(words, " "))
			idx = append(idx, i)
		}
		t = append(t, p)
	}
	return t, idx
}

// Shared returns the share of the story of documents a and b (indexes of
// m.Docs) that both carry, in bytes of the story's sentences: a sentence
// counts when both carry it and not both reworded it, since two separate
// rewordings of a sentence need not be recognisable as one. It is 0 for
// documents of different stories.
func (m *ArchiveManifest) Shared(a, b int) float64 {
	da, db := m.Docs[a], m.Docs[b]
	if da.Story < 0 || da.Story != db.Story {
		return 0
	}
	sizes := m.Stories[da.Story]
	total, both := 0, 0
	for i, n := range sizes {
		total += n
		fa, fb := da.Fate[i], db.Fate[i]
		if fa != Dropped && fb != Dropped && !(fa == Reworded && fb == Reworded) {
			both += n
		}
	}
	if total == 0 {
		return 0
	}
	return float64(both) / float64(total)
}

// SharePool reports whether documents a and b start from a common pool
// sentence: whether a pair of different stories genuinely shares text.
func (m *ArchiveManifest) SharePool(a, b int) bool {
	in := map[int]bool{}
	for _, i := range m.Docs[a].Pool {
		in[i] = true
	}
	for _, i := range m.Docs[b].Pool {
		if in[i] {
			return true
		}
	}
	return false
}
