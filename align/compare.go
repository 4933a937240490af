// Package align compares two article.Documents: it links their paragraphs
// and sentences, labels each link, and computes word-level diffs.
//
// Compare is the entry point; WordDiff and Classify expose its
// parts for renderers and for evaluation. What a word is (tokens, folding,
// Normalize, spelling variants, shingles) is package words.
//
// How sentences are compared: words are Snowball-stemmed and weighted by
// informativeness, from an embedded table of English word frequencies
// (SUBTLEX-US, see freq.go) and from how many sentences of the two
// documents use them, so that names, numbers and rare words count and the
// vocabulary of the story does not. Near-identical spellings (typos) and
// related words (synonyms and the like, from an embedded WordNet table,
// see related.go) count at half weight. Sentences set in capitals are read
// as if in lower case. A pair is Identical when its texts are equal after
// words.Normalize, or differ only in British and American spellings; Edited when
// most of the shorter side survives word for word in order (a weighted
// longest common subsequence), names and numbers aside, and in runs of
// words when one side is a fragment of the other; Paraphrased when it
// shares enough weighted stems and passes checks on lengths, numbers and
// shared content; otherwise its sentences are Dropped and Added. Several
// sentences condensed into one (or one spread over several) make one
// record of up to four sentences on one side. Every threshold is a named
// constant with the data it was chosen from (align.go).
//
// Everything here is a pure function of the documents: no I/O, no colours,
// no dependence on map order or time; the same inputs give the same output.
package align

import (
	"fmt"

	"github.com/wirediff/wirediff/article"
)

// Kind is the label of one sentence record.
type Kind int

const (
	Identical   Kind = iota // same words after normalising quotes, dashes, spaces, case and British/American spelling
	Edited                  // the same sentence with some words changed
	Paraphrased             // the same content in mostly other words
	Added                   // only in OTHER
	Dropped                 // only in BASE
)

var kindNames = [...]string{"identical", "edited", "paraphrased", "added", "dropped"}

// String returns the kind's name as used in the JSON output, or
// "Kind(N)" for a value that is no kind.
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return fmt.Sprintf("Kind(%d)", int(k))
	}
	return kindNames[k]
}

// Op is the operation of one diff chunk.
type Op int

const (
	Equal Op = iota
	Delete
	Insert
)

var opNames = [...]string{"equal", "delete", "insert"}

// String returns the operation's name as used in the JSON output, or
// "Op(N)" for a value that is no operation.
func (o Op) String() string {
	if o < 0 || int(o) >= len(opNames) {
		return fmt.Sprintf("Op(%d)", int(o))
	}
	return opNames[o]
}

// A Chunk is one piece of a word-level diff: Text is kept (Equal), only in
// BASE (Delete) or only in OTHER (Insert). Chunks never split a word.
type Chunk struct {
	Op   Op
	Text string
	// Typographic marks a Delete and the Insert after it that write the
	// same words with other quote marks, dashes, spaces or joiners: each
	// side as it was given, shown so, and no edit unless Options.Strict.
	Typographic bool
}

// A SentenceLink is one record of a comparison: a group of BASE sentences
// and a group of OTHER sentences (indexes into Document.Sentences), one of
// which is empty for Added and Dropped. Records of the same texts (a
// document that repeats its sentences) may share their Diff and the lists
// of their Evidence: they are to be read, not changed.
type SentenceLink struct {
	Kind  Kind
	Base  []int
	Other []int
	Score float64 // similarity in [0,1]: 1 for Identical, 0 for Added and Dropped (see Compare)
	Moved bool    // the link breaks the order of the rest
	Diff  []Chunk // for Edited and Identical (all Equal, or words respelt); nil otherwise
	// Evidence says why a linked record was linked; nil for Added and
	// Dropped.
	Evidence *Evidence
}

// Evidence is what a link rests on: the names, numbers and ordinary words
// its two sides share (each as BASE writes it, the most informative
// first, at most evidenceMaxItems of each), and what besides them
// supported it (Support). An editor reads from it why two sentences were
// taken for one; it has no part in the decision.
type Evidence struct {
	Names   []string
	Numbers []string
	Words   []string
	Support Support
}

// A ParagraphLink links a group of BASE paragraphs to a group of OTHER
// paragraphs (indexes into Document.Paragraphs).
type ParagraphLink struct {
	Base  []int
	Other []int
	Score float64
}

// Summary counts a comparison's sentence records by kind.
type Summary struct {
	Identical, Edited, Paraphrased, Added, Dropped int
	Moved                                          int
	// Reused is the share of OTHER's body text (in bytes) that is in
	// identical, edited or paraphrased sentences.
	Reused float64
}

// A Comparison is the result of Compare.
type Comparison struct {
	Base, Other *article.Document
	Summary     Summary
	Paragraphs  []ParagraphLink
	Sentences   []SentenceLink
	// Options are those the comparison was made with: they say which
	// sentences it compared.
	Options Options
}

// Options tune a comparison.
type Options struct {
	// IgnoreBoilerplate leaves paragraphs whose role is not Body out of
	// the comparison: their sentences appear in no record.
	IgnoreBoilerplate bool
	// Strict holds OTHER to the BASE's typography: a sentence that differs
	// only in quote marks, dashes, spaces or joiners (a Typographic pair
	// in its diff) is Edited, not Identical, as a house-style check wants.
	Strict bool
}
