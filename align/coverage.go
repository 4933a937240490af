package align

import (
	"fmt"
	"slices"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// This file looks at several comparisons of one BASE at once: which OTHER
// carried which part of BASE (Coverage), and, before any comparison, which
// of several documents the others derive from (ChooseBase).

// A CoverageTable tells, for one BASE compared with several OTHERs, how
// each OTHER carried each paragraph and sentence of BASE, and how much of
// each OTHER is BASE. It is built by Coverage from the comparisons alone.
//
// Invariants: len(Paragraphs) == len(Base.Paragraphs) and
// len(Sentences) == len(Base.Sentences), each row's Index is its position;
// every row has one cell per OTHER, in the order of Others; len(Outlets)
// == len(Others).
type CoverageTable struct {
	Base       *article.Document
	Others     []*article.Document // Others[k] is the OTHER of the k-th comparison
	Paragraphs []CoverageRow       // one per paragraph of Base, in order
	Sentences  []CoverageRow       // one per sentence of Base, in order
	Outlets    []Outlet            // Outlets[k] sums up Others[k]
}

// A CoverageRow is one paragraph or sentence of BASE across the OTHERs.
type CoverageRow struct {
	Index int            // of the paragraph or sentence in Base
	Cells []CoverageCell // Cells[k] is what Others[k] did with it
}

// Compared reports whether the row was compared with at least one OTHER;
// it was not when it was left out of every comparison (boilerplate with
// Options.IgnoreBoilerplate).
func (r CoverageRow) Compared() bool {
	for _, c := range r.Cells {
		if c.Compared {
			return true
		}
	}
	return false
}

// A CoverageCell says how one OTHER carried one paragraph or sentence of
// BASE: the best label among the records holding its sentences.
type CoverageCell struct {
	// Compared is false when none of the row's sentences is in a record
	// of this comparison; the other fields are then zero, and Record -1.
	Compared bool
	// Kind is the best label among the row's records, Identical before
	// Edited before Paraphrased; Dropped when the OTHER carries none of it.
	Kind Kind
	// Record indexes the Comparison.Sentences record that gave Kind: the
	// first in record order among those of the best label, so that a
	// report can link the cell to its detail. -1 when not Compared.
	Record int
	// Moved is set when that record is Moved.
	Moved bool
	// Carried is the share of the row's compared text (in bytes) that is
	// in identical, edited or paraphrased records: a paragraph whose one
	// sentence out of four was kept word for word has Kind Identical and
	// Carried about 0.25.
	Carried float64
}

// An Outlet sums up one OTHER of a CoverageTable.
type Outlet struct {
	// Base splits BASE's body text by what this OTHER did with it:
	// carried identical, edited, paraphrased, or not at all (Unlinked).
	Base Share
	// Text splits this OTHER's body text the same way: Text.Linked() is
	// the share of it that is BASE (the comparison's Summary.Reused),
	// Text.Unlinked the share that is its own.
	Text Share
}

// A Share splits the body text of one side of a comparison by the kind of
// record its sentences are in, as fractions of its bytes. The four add up
// to 1 when the side has body text, and are all 0 when it has none.
type Share struct {
	Identical, Edited, Paraphrased float64
	// Unlinked is the text in no link to the other side: dropped from
	// BASE, or added by (the own text of) the OTHER.
	Unlinked float64
}

// Linked returns the share of the text that is linked to the other side.
func (s Share) Linked() float64 { return s.Identical + s.Edited + s.Paraphrased }

// Shares splits the body text of c's BASE and OTHER by the kind of record
// each sentence is in. Sentences outside body paragraphs do not count;
// body sentences in no record count as Unlinked. c.Summary.Reused is
// counted from the same bytes (countBody), so other.Linked() equals it
// before its rounding to three decimals, up to the last bit of a float.
//
// Cost: O(records + sentences).
func Shares(c *Comparison) (base, other Share) {
	return shareOf(c, c.Base, recordOf(c.Sentences, len(c.Base.Sentences), baseSents)),
		shareOf(c, c.Other, recordOf(c.Sentences, len(c.Other.Sentences), otherSents))
}

func baseSents(l *SentenceLink) []int  { return l.Base }
func otherSents(l *SentenceLink) []int { return l.Other }

// noRecord marks a sentence that is in no record.
const noRecord = -1

// recordOf returns, for each of the n sentences of one side of recs, the
// index of the record that holds it, or noRecord; side picks a record's
// sentences of that side. A sentence in several records (which Compare
// never produces) keeps the first.
func recordOf(recs []SentenceLink, n int, side func(*SentenceLink) []int) []int {
	rec := filled(n, noRecord)
	for ri := range recs {
		for _, s := range side(&recs[ri]) {
			if s >= 0 && s < n && rec[s] == noRecord {
				rec[s] = ri
			}
		}
	}
	return rec
}

// linked reports whether a record of kind k links BASE text to OTHER text.
func linked(k Kind) bool { return k == Identical || k == Edited || k == Paraphrased }

// bodyBytes counts the bytes of the body sentences of one side: by[k]
// those in a linking record of kind k, unlinked the rest, total all.
type bodyBytes struct {
	by              [Dropped + 1]int
	unlinked, total int
}

// countBody counts the bytes of the body sentences of d, one side of
// recs; rec (from recordOf) says which record holds each sentence.
// Cost: O(sentences).
func countBody(recs []SentenceLink, d *article.Document, rec []int) bodyBytes {
	var b bodyBytes
	for i, s := range d.Sentences {
		if d.Role(s.Paragraph) != article.Body {
			continue
		}
		n := s.End - s.Start
		b.total += n
		if r := rec[i]; r != noRecord && linked(recs[r].Kind) {
			b.by[recs[r].Kind] += n
		} else {
			b.unlinked += n
		}
	}
	return b
}

// linkedShare is the share of the body bytes in linking records, 0 for
// no body text: Share.Linked computed in one division.
func (b bodyBytes) linkedShare() float64 {
	if b.total == 0 {
		return 0
	}
	return float64(b.by[Identical]+b.by[Edited]+b.by[Paraphrased]) / float64(b.total)
}

// shareOf splits the body text of d, one side of c, by the kind of the
// record each sentence is in (rec, from recordOf).
func shareOf(c *Comparison, d *article.Document, rec []int) Share {
	b := countBody(c.Sentences, d, rec)
	if b.total == 0 {
		return Share{}
	}
	t := float64(b.total)
	return Share{
		Identical:   float64(b.by[Identical]) / t,
		Edited:      float64(b.by[Edited]) / t,
		Paraphrased: float64(b.by[Paraphrased]) / t,
		Unlinked:    float64(b.unlinked) / t,
	}
}

// kindRank orders the labels of a cell from best to worst.
func kindRank(k Kind) int {
	switch k {
	case Identical:
		return 0
	case Edited:
		return 1
	case Paraphrased:
		return 2
	}
	return 3
}

// Coverage builds the table of comps, which must all compare one BASE
// (comps[k].Other becomes Others[k]). A paragraph or sentence of BASE gets,
// per OTHER, the best label among the records holding its sentences. Each
// OTHER's cells and Outlet come from its own comparison alone, so they do
// not depend on which other OTHERs were given or in what order.
//
// Coverage returns nil when comps is empty, holds nil, or its comparisons
// do not share one BASE.
//
// Cost: O(records + sentences) per comparison; memory O((paragraphs +
// sentences of BASE) × OTHERs) for the table.
func Coverage(comps []*Comparison) *CoverageTable {
	if len(comps) == 0 || comps[0] == nil {
		return nil
	}
	base := comps[0].Base
	for _, c := range comps {
		if c == nil || base == nil || c.Base != base || c.Other == nil {
			return nil
		}
	}
	t := &CoverageTable{
		Base:       base,
		Others:     make([]*article.Document, len(comps)),
		Paragraphs: make([]CoverageRow, len(base.Paragraphs)),
		Sentences:  make([]CoverageRow, len(base.Sentences)),
		Outlets:    make([]Outlet, len(comps)),
	}
	for i := range t.Paragraphs {
		t.Paragraphs[i] = CoverageRow{Index: i, Cells: make([]CoverageCell, len(comps))}
	}
	for i := range t.Sentences {
		t.Sentences[i] = CoverageRow{Index: i, Cells: make([]CoverageCell, len(comps))}
	}
	for k, c := range comps {
		t.Others[k] = c.Other
		rec := recordOf(c.Sentences, len(base.Sentences), baseSents)
		for i := range rec {
			t.Sentences[i].Cells[k] = cellOf(c, base, rec, i, i+1)
		}
		for p := range base.Paragraphs {
			lo, hi := paragraphSentences(base, p)
			t.Paragraphs[p].Cells[k] = cellOf(c, base, rec, lo, hi)
		}
		b, o := shareOf(c, base, rec), shareOf(c, c.Other, recordOf(c.Sentences, len(c.Other.Sentences), otherSents))
		t.Outlets[k] = Outlet{Base: b, Text: o}
	}
	return t
}

// paragraphSentences returns the range [lo, hi) of the sentences of
// paragraph p of d. Sentences are in order (see article.Document), so the
// range is found by binary search.
func paragraphSentences(d *article.Document, p int) (lo, hi int) {
	lo, _ = slices.BinarySearchFunc(d.Sentences, p, func(s article.Sentence, p int) int { return s.Paragraph - p })
	hi, _ = slices.BinarySearchFunc(d.Sentences, p+1, func(s article.Sentence, p int) int { return s.Paragraph - p })
	return lo, hi
}

// cellOf sums up what c did with the BASE sentences lo..hi-1 (rec maps
// each BASE sentence to its record).
func cellOf(c *Comparison, base *article.Document, rec []int, lo, hi int) CoverageCell {
	cell := CoverageCell{Record: noRecord}
	var compared, carried int
	for i := lo; i < hi; i++ {
		r := rec[i]
		if r == noRecord {
			continue
		}
		l := &c.Sentences[r]
		n := base.Sentences[i].End - base.Sentences[i].Start
		compared += n
		if linked(l.Kind) {
			carried += n
		}
		better := !cell.Compared || kindRank(l.Kind) < kindRank(cell.Kind) ||
			kindRank(l.Kind) == kindRank(cell.Kind) && r < cell.Record
		if better {
			cell.Compared, cell.Kind, cell.Record, cell.Moved = true, l.Kind, r, l.Moved
		}
	}
	if cell.Compared && !linked(cell.Kind) {
		cell.Kind = Dropped
	}
	if compared > 0 {
		cell.Carried = float64(carried) / float64(compared)
	}
	return cell
}

// ChooseBase returns the index of the document among docs that the
// others derive from, and for each document the figure that justifies the
// choice: the share of its body text that another document carries,
// averaged over the other documents. A source is carried, in part, by
// every document made from it, while each of those adds text of its own
// that the others lack, so the source has the highest figure. Ties go to
// the shorter text (copy grows as it travels), then to the earlier
// document.
//
// "Carried" is measured on word shingles: a word of a document counts as
// carried by another when it lies in a run of shingleSize consecutive
// words (see words.Shingles) that the other also contains, runs of function
// words alone excepted. This sees copied and edited text and, partly,
// reworded text. A pure excerpt of the source, with no text of its own,
// is carried as much as the source and may be chosen over it. A document
// without body paragraphs is read whole.
//
// Figures are in [0, 1]; a document of fewer than shingleSize words has 0.
// With fewer than two documents ChooseBase returns 0 and figures of 0. The
// figures do not depend on the order of docs (permuting docs permutes
// them), nor does the choice unless two documents tie exactly.
//
// Cost: O(N) to hash the N bytes of the documents, then O(S·D) for S
// shingles in D documents in the worst case (every shingle in every
// document); memory O(S). Eleven news articles take one or two milliseconds.
func ChooseBase(docs []*article.Document) (int, []float64) {
	figures := make([]float64, len(docs))
	if len(docs) < 2 {
		return 0, figures
	}
	type shingled struct {
		hash  []uint64 // the document's informative shingles, in order
		first []int    // the word each starts at
		words int
	}
	sh := make([]shingled, len(docs))
	postings := map[uint64][]int{} // shingle -> the documents holding it, ascending
	for i, d := range docs {
		if d == nil {
			continue
		}
		s := &sh[i]
		s.hash, s.first, s.words = BodyShingles(d, shingleSize)
		for _, h := range s.hash {
			if ps := postings[h]; len(ps) == 0 || ps[len(ps)-1] != i {
				postings[h] = append(ps, i)
			}
		}
	}
	// For document i, covered[j] counts the words of i inside shingles
	// that j holds. Shingles come in order of their first word, so each
	// new one adds the words past the end of the last one j held.
	covered := make([]int, len(docs))
	end := make([]int, len(docs))
	for i, s := range sh {
		clear(covered)
		clear(end)
		for x, h := range s.hash {
			first := s.first[x]
			for _, j := range postings[h] {
				if j == i {
					continue
				}
				covered[j] += first + shingleSize - max(first, end[j])
				end[j] = first + shingleSize
			}
		}
		if s.words == 0 {
			continue
		}
		total := 0
		for _, n := range covered {
			total += n
		}
		figures[i] = float64(total) / float64(s.words*(len(docs)-1))
	}
	best := 0
	for i := 1; i < len(docs); i++ {
		switch {
		case figures[i] > figures[best]:
			best = i
		case figures[i] == figures[best] && textLen(docs[i]) < textLen(docs[best]):
			best = i
		}
	}
	return best, figures
}

func textLen(d *article.Document) int {
	if d == nil {
		return 0
	}
	return len(d.Text)
}

// BodyShingles returns the informative shingles of k words (see
// words.Shingles) of d's body paragraphs, or of all its paragraphs when it
// has no body paragraph, in order: hashes[x] is a shingle that starts at
// word first[x] of those paragraphs counted one after the other, and n is
// how many words they hold. Each paragraph is shingled on its own, so no
// shingle runs across two; shingles of function words alone (hash 0) are
// left out, so first has gaps. Paragraphs whose offsets lie outside d.Text
// are skipped. A nil d has none. It lives here rather than in words
// because it reads a document's paragraphs and their roles.
// Cost: O(len(d.Text)) time, 16 bytes per shingle.
func BodyShingles(d *article.Document, k int) (hashes []uint64, first []int, n int) {
	if d == nil {
		return nil, nil, 0
	}
	body := false
	for p := range d.Paragraphs {
		body = body || d.Role(p) == article.Body
	}
	var buf []uint64
	for p, para := range d.Paragraphs {
		if body && d.Role(p) != article.Body || para.Start < 0 || para.End > len(d.Text) || para.Start > para.End {
			continue
		}
		text := d.Text[para.Start:para.End]
		buf = words.Shingles(buf[:0], text, k)
		for j, h := range buf {
			if h != 0 {
				hashes = append(hashes, h)
				first = append(first, n+j)
			}
		}
		if len(buf) > 0 {
			n += len(buf) + k - 1
		} else {
			n += countWords(text)
		}
	}
	return hashes, first, n
}

// countWords returns the number of words words.Shingles sees in text:
// runs of letters, digits and combining marks, an apostrophe inside a
// word not splitting it. Cost: O(len(text)), 8 bytes per word.
func countWords(text string) int { return len(words.Shingles(nil, text, 1)) }

// shingleSize is the number of words in the shingles of ChooseBase.
const shingleSize = 3

// Validate reports the first inconsistency of t: a base that breaks its
// layout, or rows, cells or outlets that do not fit it. Every table
// Coverage returns is valid; the renderers call it so that a broken table
// gives an error rather than a panic.
func (t *CoverageTable) Validate() error {
	if t == nil || t.Base == nil {
		return fmt.Errorf("no coverage table")
	}
	if err := t.Base.Validate(); err != nil {
		return fmt.Errorf("coverage base (%s): %w", t.Base.Name, err)
	}
	if len(t.Paragraphs) != len(t.Base.Paragraphs) || len(t.Sentences) != len(t.Base.Sentences) || len(t.Outlets) != len(t.Others) {
		return fmt.Errorf("coverage table does not fit its base")
	}
	for _, rows := range [][]CoverageRow{t.Paragraphs, t.Sentences} {
		for i, r := range rows {
			if r.Index != i || len(r.Cells) != len(t.Others) {
				return fmt.Errorf("coverage row %d does not fit the table", i)
			}
			for _, c := range r.Cells {
				if c.Compared && (c.Kind < Identical || c.Kind > Dropped || c.Kind == Added) {
					return fmt.Errorf("coverage row %d: a cell of kind %d", i, int(c.Kind))
				}
			}
		}
	}
	for k, d := range t.Others {
		if d == nil {
			return fmt.Errorf("coverage other %d is nil", k)
		}
	}
	return nil
}
