// Package gendoc generates large document pairs for benchmarks and
// alignment tests. From real text it assembles a BASE document, then
// derives an OTHER document from it the way copy is reworked: words
// replaced, inserted or deleted; sentences reworded (words shuffled
// within clauses, clauses rotated, synonyms from a small built-in list); adjacent
// sentences merged and long ones split; sentences and paragraphs dropped;
// sentences added from unrelated text; paragraphs moved. It returns the
// ground truth — which OTHER sentences derive from which BASE sentences,
// and how — as byte spans, so any sentence segmentation can be scored
// against it.
//
// Generation is deterministic: the same sources, options and seed give
// byte-identical output (math/rand/v2 with a PCG source).
package gendoc

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wirediff/wirediff/internal/gencorpus"
)

// Kind says how an OTHER sentence derives from its BASE sentences.
type Kind int

const (
	Identical   Kind = iota // copied unchanged
	Edited                  // words replaced, inserted or deleted; or merged or split
	Paraphrased             // words shuffled within clauses, synonyms substituted
)

// String returns the kind's name, as align.Kind spells it.
func (k Kind) String() string {
	return [...]string{"identical", "edited", "paraphrased"}[k]
}

// A Span is the byte range Text[Start:End] of a generated text.
type Span struct{ Start, End int }

// A Link is one derivation: the OTHER sentences Other derive from the
// BASE sentences Base (one of them has a single element; both do except
// for merges and splits).
type Link struct {
	Kind        Kind
	Base, Other []Span
	// Moved is set for sentences of paragraphs moved to another place.
	Moved bool
}

// A Pair is a generated BASE and OTHER text with its ground truth. BASE
// sentences in no link were dropped; OTHER sentences in no link were
// added. Texts are plain: sentences separated by a space, paragraphs by a
// blank line.
type Pair struct {
	Base, Other string
	Links       []Link // in OTHER order
}

// Sources are the texts a Pair is made from.
type Sources struct {
	Base  []string // BASE is assembled from these
	Extra []string // added sentences come from these; unrelated to Base
}

// LoadSources reads the sources used by the benchmarks from the module
// root with gencorpus.LoadSources: the licence texts of testdata/licenses
// as Base, the seed articles of testdata/seeds as Extra, each in name
// order.
func LoadSources(root string) (Sources, error) {
	all, err := gencorpus.LoadSources(root)
	if err != nil {
		return Sources{}, err
	}
	var src Sources
	for _, s := range all {
		if s.Family == gencorpus.SeedFamily {
			src.Extra = append(src.Extra, s.Text)
		} else {
			src.Base = append(src.Base, s.Text)
		}
	}
	return src, nil
}

// Options control Generate.
type Options struct {
	// Size is the approximate length of BASE in bytes. When it exceeds
	// the deduplicated source text, paragraphs are repeated, so BASE
	// then holds duplicate sentences.
	Size int
	Seed uint64
}

// Rates of the operations, per sentence unless said otherwise. Together
// they leave a little over half of the sentences identical, as in a light
// rewrite of wire copy.
const (
	dropParagraph = 0.03 // per paragraph
	moveParagraph = 0.08 // per paragraph
	dropSentence  = 0.06
	mergeSentence = 0.03
	splitSentence = 0.03
	editSentence  = 0.18
	rewordSent    = 0.10
	addSentence   = 0.06 // after each sentence kept
)

// sentence is a unit of generated text and where it comes from.
type sentence struct {
	text  string
	kind  Kind
	from  []int // BASE sentence ids; empty for added sentences
	moved bool
}

// Generate builds a Pair of about opts.Size bytes from src.
// Cost: time and memory linear in opts.Size plus the size of the sources.
func Generate(src Sources, opts Options) (*Pair, error) {
	pool := dedupe(src.Base, nil)
	extra := dedupe(src.Extra, pool)
	if len(pool) == 0 {
		return nil, fmt.Errorf("generating: empty sources")
	}
	// Added sentences are full sentences: with end punctuation (so that
	// they do not run into a heading) and at least four words.
	var extraSents []string
	for _, p := range extra {
		for _, s := range p {
			if endsWithStop(s) && len(strings.Fields(s)) >= 4 {
				extraSents = append(extraSents, s)
			}
		}
	}
	if len(extraSents) == 0 {
		return nil, fmt.Errorf("generating: no full sentences in the extra sources")
	}
	vocab := vocabulary(pool)
	r := rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))

	// BASE: paragraphs of the pool in order from a random start, cycling.
	var base [][]string
	size := 0
	for i := r.IntN(len(pool)); size < opts.Size || len(base) == 0; i = (i + 1) % len(pool) {
		base = append(base, pool[i])
		for _, s := range pool[i] {
			size += len(s) + 1
		}
		size++
	}

	// OTHER, paragraph by paragraph.
	var other [][]sentence
	id, nextExtra := 0, r.IntN(len(extraSents))
	for _, para := range base {
		first := id
		id += len(para)
		if r.Float64() < dropParagraph {
			continue
		}
		var out []sentence
		for i := 0; i < len(para); i++ {
			s, words := para[i], strings.Fields(para[i])
			u := r.Float64()
			switch {
			case u < dropSentence:
				continue
			case u < dropSentence+mergeSentence && i+1 < len(para) && strings.HasSuffix(s, "."):
				out = append(out, sentence{text: merge(s, para[i+1]), kind: Edited, from: []int{first + i, first + i + 1}})
				i++
			case u < dropSentence+mergeSentence+splitSentence && canSplit(words):
				a, b := split(words)
				out = append(out, sentence{text: a, kind: Edited, from: []int{first + i}},
					sentence{text: b, kind: Edited, from: []int{first + i}})
			case u < dropSentence+mergeSentence+splitSentence+editSentence && len(words) >= 4:
				out = append(out, sentence{text: edit(r, words, vocab), kind: Edited, from: []int{first + i}})
			case u < dropSentence+mergeSentence+splitSentence+editSentence+rewordSent && len(words) >= 4:
				out = append(out, sentence{text: reword(r, words), kind: Paraphrased, from: []int{first + i}})
			default:
				out = append(out, sentence{text: s, kind: Identical, from: []int{first + i}})
			}
			if r.Float64() < addSentence && endsWithStop(out[len(out)-1].text) {
				out = append(out, sentence{text: extraSents[nextExtra]})
				nextExtra = (nextExtra + 1) % len(extraSents)
			}
		}
		if len(out) > 0 {
			other = append(other, out)
		}
	}
	// Move some paragraphs elsewhere.
	for n := int(moveParagraph * float64(len(other))); n > 0 && len(other) > 2; n-- {
		from := r.IntN(len(other))
		p := other[from]
		other = slices.Delete(other, from, from+1)
		to := r.IntN(len(other) + 1)
		for to == from { // a move to where it was is no move
			to = r.IntN(len(other) + 1)
		}
		for i := range p {
			p[i].moved = true
		}
		other = slices.Insert(other, to, p)
	}

	pair := &Pair{}
	var baseSpans []Span
	pair.Base = Layout(len(base), func(i int) []string { return base[i] }, func(_, _ int, sp Span) { baseSpans = append(baseSpans, sp) })
	var links []Link
	var flat []sentence
	for _, p := range other {
		flat = append(flat, p...)
	}
	k := 0
	pair.Other = Layout(len(other), func(i int) []string {
		texts := make([]string, len(other[i]))
		for j, s := range other[i] {
			texts[j] = s.text
		}
		return texts
	}, func(_, _ int, sp Span) {
		s := flat[k]
		k++
		if len(s.from) == 0 {
			return
		}
		// The halves of a split sentence share one link.
		if n := len(links); n > 0 && len(s.from) == 1 && k >= 2 && slices.Equal(flat[k-2].from, s.from) {
			links[n-1].Other = append(links[n-1].Other, sp)
			return
		}
		l := Link{Kind: s.kind, Other: []Span{sp}, Moved: s.moved}
		for _, b := range s.from {
			l.Base = append(l.Base, baseSpans[b])
		}
		links = append(links, l)
	})
	pair.Links = links
	return pair, nil
}

// Layout joins n paragraphs of sentences into a text (sentences separated
// by a space, paragraphs by a blank line, a newline at the end) and
// reports the span of each sentence, in order: sentence j of paragraph
// pi. The generators of derived pairs (here and the article benchmark of
// align/eval) share it, so that their texts are laid out alike.
func Layout(n int, para func(int) []string, span func(pi, j int, sp Span)) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString("\n\n")
		}
		for j, s := range para(i) {
			if j > 0 {
				b.WriteByte(' ')
			}
			start := b.Len()
			b.WriteString(s)
			span(i, j, Span{start, b.Len()})
		}
	}
	b.WriteByte('\n')
	return b.String()
}

// dedupe splits texts into paragraphs of sentences and drops every
// sentence already seen (here or in seen), so that BASE holds no
// duplicates within one cycle of the pool.
func dedupe(texts []string, seen [][]string) [][]string {
	have := map[string]bool{}
	for _, p := range seen {
		for _, s := range p {
			have[key(s)] = true
		}
	}
	var out [][]string
	for _, t := range texts {
		for _, p := range splitText(t) {
			var keep []string
			for _, s := range p {
				if k := key(s); !have[k] {
					have[k] = true
					keep = append(keep, s)
				}
			}
			if len(keep) > 0 {
				out = append(out, keep)
			}
		}
	}
	return out
}

func key(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// vocabulary returns the distinct lower-case words of the pool, sorted,
// for edits to draw replacement and inserted words from.
func vocabulary(pool [][]string) []string {
	set := map[string]bool{}
	for _, p := range pool {
		for _, s := range p {
			for _, w := range strings.Fields(s) {
				w = strings.ToLower(strings.TrimFunc(w, notLetter))
				if len(w) >= 3 && strings.IndexFunc(w, notLetter) < 0 {
					set[w] = true
				}
			}
		}
	}
	words := make([]string, 0, len(set))
	for w := range set {
		words = append(words, w)
	}
	slices.Sort(words)
	return words
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// edit replaces, inserts or deletes one to three words, never the last
// (which carries the end punctuation) nor a leading list marker. The
// result always differs from the input.
func edit(r *rand.Rand, words []string, vocab []string) string {
	w := slices.Clone(words)
	first := 0
	if isMarker(w[0]) {
		first = 1
	}
	for range 1 + r.IntN(3) {
		if len(w)-1-first < 1 {
			break
		}
		i := first + r.IntN(len(w)-1-first)
		switch r.IntN(3) {
		case 0:
			w[i] = keepCase(w[i], vocab[r.IntN(len(vocab))]) + trailingPunct(w[i])
		case 1:
			w = slices.Insert(w, i+1, vocab[r.IntN(len(vocab))])
		default:
			if len(w) > 4+first {
				w = slices.Delete(w, i, i+1)
				if i == 0 {
					w[0] = upperFirst(w[0])
				}
			}
		}
	}
	if slices.Equal(w, words) { // the operations cancelled out
		w = slices.Insert(w, len(w)-1, "indeed")
	}
	return strings.Join(w, " ")
}

// reword changes the word order and substitutes synonyms: the words of
// each clause (clauses end at a comma, semicolon or colon) are shuffled
// and the clauses themselves rotated. The sentence keeps its content
// words but hardly any of their order, so a word diff of it would be
// mostly changes: a paraphrase, not an edit.
func reword(r *rand.Rand, words []string) string {
	w := slices.Clone(words)
	last := len(w) - 1
	end := trailingPunct(w[last])
	w[last] = strings.TrimSuffix(w[last], end)
	if isTitle(w[0]) && !isName(w[0]) {
		w[0] = lowerFirst(w[0])
	}
	var clauses [][]string
	start := 0
	for i := range w {
		if p := trailingPunct(w[i]); i < last && !strings.ContainsAny(p, ",;:") {
			continue
		}
		c := slices.Clone(w[start : i+1])
		mark := trailingPunct(c[len(c)-1])
		c[len(c)-1] = strings.TrimSuffix(c[len(c)-1], mark)
		r.Shuffle(len(c), func(a, b int) { c[a], c[b] = c[b], c[a] })
		c[len(c)-1] += mark
		clauses = append(clauses, c)
		start = i + 1
	}
	if n := len(clauses); n > 1 {
		// Clause marks belong to the position, not the clause.
		marks := make([]string, n)
		for i, c := range clauses {
			marks[i] = trailingPunct(c[len(c)-1])
			c[len(c)-1] = strings.TrimSuffix(c[len(c)-1], marks[i])
		}
		k := 1 + r.IntN(n-1)
		clauses = append(clauses[k:], clauses[:k]...)
		for i, c := range clauses {
			c[len(c)-1] += marks[i]
		}
	}
	w = slices.Concat(clauses...)
	for i := range w {
		p := trailingPunct(w[i])
		core := strings.TrimSuffix(w[i], p)
		if syn, ok := synonyms[strings.ToLower(core)]; ok && r.Float64() < 0.8 {
			w[i] = keepCase(core, syn) + p
		}
	}
	w[0] = upperFirst(w[0])
	w[len(w)-1] += end
	return strings.Join(w, " ")
}

// merge joins two sentences into one: "A. B." becomes "A, and b."
func merge(a, b string) string {
	if fw := strings.Fields(b)[0]; isTitle(fw) && !isName(fw) {
		b = lowerFirst(b)
	}
	return strings.TrimSuffix(a, ".") + ", and " + b
}

// canSplit reports whether a sentence has a comma or semicolon after
// which both halves have at least five words.
func canSplit(words []string) bool {
	_, ok := splitAt(words)
	return ok
}

func splitAt(words []string) (int, bool) {
	for i := 4; i < len(words)-5; i++ {
		if strings.HasSuffix(words[i], ",") || strings.HasSuffix(words[i], ";") {
			return i, true
		}
	}
	return 0, false
}

// split cuts a sentence at its first suitable comma or semicolon into two
// sentences.
func split(words []string) (string, string) {
	i, _ := splitAt(words)
	a := slices.Clone(words[:i+1])
	a[i] = strings.TrimRight(a[i], ",;") + "."
	b := slices.Clone(words[i+1:])
	if strings.EqualFold(b[0], "and") || strings.EqualFold(b[0], "but") || strings.EqualFold(b[0], "or") {
		b = b[1:]
	}
	b[0] = upperFirst(b[0])
	return strings.Join(a, " "), strings.Join(b, " ")
}

// endsWithStop reports whether s ends a sentence: with '.', '!' or '?',
// possibly followed by closing quotes or brackets.
func endsWithStop(s string) bool {
	s = strings.TrimRight(s, `"')]’”`)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// isMarker reports whether w looks like a list or section marker ("10.",
// "(a)", "b)", "1.2."), which an edit leaves alone: replacing it with a
// word would turn its period into a sentence end.
func isMarker(w string) bool {
	return strings.ContainsAny(w, "0123456789") || strings.HasSuffix(w, ")") || (len(w) <= 3 && strings.HasSuffix(w, "."))
}

func trailingPunct(w string) string {
	i := len(w)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(w[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		i -= n
	}
	if i == 0 {
		return ""
	}
	return w[i:]
}

func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

func lowerFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToLower(r)) + w[n:]
}

func isTitle(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isName guesses that a capitalised word is a name or an acronym that
// keeps its capital inside a sentence: all capitals, or "I".
func isName(w string) bool {
	w = strings.TrimFunc(w, notLetter)
	return w == "I" || (len(w) > 1 && strings.ToUpper(w) == w)
}

// keepCase spells repl with the capitalisation of orig (lower, Title or
// UPPER).
func keepCase(orig, repl string) string {
	switch {
	case isName(orig):
		return strings.ToUpper(repl)
	case isTitle(orig):
		return upperFirst(repl)
	}
	return repl
}

// synonyms is a small symmetric table of substitutions that keep the
// meaning in the licence and news sources.
var synonyms = func() map[string]string {
	pairs := [][2]string{
		{"must", "shall"}, {"may", "can"}, {"use", "employ"}, {"copy", "duplicate"},
		{"copies", "duplicates"}, {"modify", "alter"}, {"work", "creation"}, {"terms", "conditions"},
		{"give", "grant"}, {"receive", "obtain"}, {"provide", "supply"}, {"change", "alteration"},
		{"changes", "alterations"}, {"permission", "authorization"}, {"said", "stated"},
		{"told", "informed"}, {"agents", "officers"}, {"officials", "authorities"}, {"country", "nation"},
		{"government", "administration"}, {"city", "town"}, {"security", "safety"}, {"urged", "pressed"},
		{"citizens", "civilians"}, {"statement", "declaration"}, {"confirmed", "verified"},
		{"protect", "safeguard"}, {"include", "contain"}, {"includes", "contains"},
		{"following", "subsequent"}, {"author", "creator"}, {"authors", "creators"},
		{"recipient", "receiver"}, {"recipients", "receivers"}, {"warranty", "guarantee"},
		{"version", "edition"}, {"part", "portion"}, {"notice", "notification"},
		{"notices", "notifications"}, {"section", "clause"}, {"sections", "clauses"},
		{"program", "software"}, {"distribute", "disseminate"}, {"allowed", "permitted"},
		{"written", "drafted"}, {"complete", "entire"}, {"show", "display"},
	}
	m := make(map[string]string, 2*len(pairs))
	for _, p := range pairs {
		m[p[0]], m[p[1]] = p[1], p[0]
	}
	return m
}()
