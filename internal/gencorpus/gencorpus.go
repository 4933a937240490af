// Package gencorpus builds collections of articles from real text, for the
// tests and benchmarks of reuse search and of N-way comparison.
//
// A collection is a folder tree of plain-text and HTML files. Most are
// unrelated to the query: passages of the licence texts in testdata (or of
// whatever sources are not the query's), with words changed so that no two
// files are alike. A few are planted: derived from the query source the way
// copy travels — copied whole, edited, reordered, partly reworded, or cut
// to an excerpt mixed with unrelated text — and the manifest says which,
// with the share of the query each one carries. A few files are not
// articles at all (binary, empty, a dangling link), so that a reader of the
// collection meets the trouble a real folder holds.
//
// Generation is deterministic: file i depends only on the sources, the
// options and i (math/rand/v2 with a PCG source seeded by Seed and i), so
// the same call writes byte-identical files, in parallel or not.
package gencorpus

import (
	"fmt"
	"html"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
)

// A Source is a real text that collections are made from.
type Source struct {
	Name string // the file's base name, e.g. "GPL-3"
	// Family groups sources that share text (the seed articles are one
	// story; GPL-2 and GPL-3 share clauses). Unrelated text for a query
	// comes only from other families.
	Family string
	Text   string
}

// SeedFamily is the Family of the seed articles.
const SeedFamily = "seeds"

// LoadSources reads the sources from the module root: the seed articles
// of testdata/seeds (family SeedFamily) and the licence texts of
// testdata/licenses (families GPL, LGPL, GFDL and MPL), in name order.
func LoadSources(root string) ([]Source, error) {
	var out []Source
	for _, glob := range []string{"testdata/seeds/*.txt", "testdata/licenses/*"} {
		files, err := filepath.Glob(filepath.Join(root, filepath.FromSlash(glob)))
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("no source files match %s under %s", glob, root)
		}
		for _, f := range files { // Glob sorts: deterministic order
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("reading source: %w", err)
			}
			name := filepath.Base(f)
			family := SeedFamily
			if strings.HasSuffix(filepath.Dir(f), "licenses") {
				family, _, _ = strings.Cut(name, "-")
			}
			out = append(out, Source{Name: name, Family: family, Text: string(b)})
		}
	}
	return out, nil
}

// Find returns the source named name.
func Find(src []Source, name string) (Source, bool) {
	for _, s := range src {
		if s.Name == name {
			return s, true
		}
	}
	return Source{}, false
}

// A Text is a text cut into paragraphs of sentences.
type Text [][]string

// Split cuts text into paragraphs at blank lines and each paragraph into
// sentences after ".", "?" or "!" (and any closing quote or bracket)
// followed by a space. Lines of a paragraph are joined by single spaces.
// It is a simple splitter, for generating text, not for reading it.
func Split(text string) Text {
	var out Text
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		words := strings.Fields(p)
		if len(words) == 0 {
			continue
		}
		var sents []string
		start := 0
		for i, w := range words {
			end := strings.TrimRight(w, "\"”’')]")
			if i == len(words)-1 || strings.HasSuffix(end, ".") || strings.HasSuffix(end, "?") || strings.HasSuffix(end, "!") {
				sents = append(sents, strings.Join(words[start:i+1], " "))
				start = i + 1
			}
		}
		out = append(out, sents)
	}
	return out
}

// String lays t out as plain text: sentences joined by a space,
// paragraphs by a blank line, a final newline.
func (t Text) String() string {
	var b strings.Builder
	for i, p := range t {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(strings.Join(p, " "))
	}
	b.WriteByte('\n')
	return b.String()
}

// HTML lays t out as a small web page: a title, the paragraphs in an
// article element, and navigation and footer text around it as on a news
// site. Text is escaped.
func (t Text) HTML(title string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
	b.WriteString(html.EscapeString(title))
	b.WriteString("</title></head>\n<body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a> | <a href=\"/sport\">Sport</a></nav>\n<article><h1>")
	b.WriteString(html.EscapeString(title))
	b.WriteString("</h1>\n")
	for _, p := range t {
		b.WriteString("<p>")
		b.WriteString(html.EscapeString(strings.Join(p, " ")))
		b.WriteString("</p>\n")
	}
	b.WriteString("</article>\n<footer><p>Copyright The Daily Example. All rights reserved.</p></footer></body></html>\n")
	return b.String()
}

// bytes returns the length of t's text, without separators.
func (t Text) bytes() int {
	n := 0
	for _, p := range t {
		for _, s := range p {
			n += len(s)
		}
	}
	return n
}

// A Derivation says how a text is reworked into another.
type Derivation struct {
	Keep    float64 // probability that a paragraph of the source is kept
	Edit    float64 // probability that a kept sentence has a few words changed
	Reword  float64 // probability that a kept sentence is reworded
	Shuffle float64 // probability that a kept paragraph is moved elsewhere
	// Own is how many paragraphs of other text are added, as a share of
	// the paragraphs kept (at least one when Own > 0).
	Own float64
}

// Derive reworks src as d says, adding own paragraphs from filler, and
// returns the result with the share of src's text (in bytes) that it
// carries unchanged or edited: the sentences kept, whether or not they
// were edited, and not those reworded.
func Derive(r *rand.Rand, src Text, filler Text, vocab []string, d Derivation) (Text, float64) {
	out, fate := DeriveMarked(r, src, filler, vocab, d)
	carried := 0
	for i, s := range src.sentences() {
		if fate[i] == Kept || fate[i] == Edited {
			carried += len(s)
		}
	}
	if total := src.bytes(); total > 0 {
		return out, float64(carried) / float64(total)
	}
	return out, 0
}

// A Fate is what a derivation did with one sentence of its source.
type Fate uint8

// The fates of a source sentence.
const (
	Dropped  Fate = iota // not in the derived text
	Kept                 // carried word for word
	Edited               // carried with one to three words changed
	Reworded             // carried reworded (a paraphrase on the surface)
)

// sentences returns t's sentences in reading order.
func (t Text) sentences() []string {
	var out []string
	for _, p := range t {
		out = append(out, p...)
	}
	return out
}

// DeriveMarked is Derive, returning instead of the carried share the fate
// of each sentence of src, in reading order: which ones the derived text
// carries and how, so that the reuse between two texts derived from the
// same source can be told. It makes the same random draws as Derive.
func DeriveMarked(r *rand.Rand, src Text, filler Text, vocab []string, d Derivation) (Text, []Fate) {
	var out Text
	var fate []Fate
	for _, p := range src {
		if r.Float64() >= d.Keep {
			fate = append(fate, make([]Fate, len(p))...)
			continue
		}
		var np []string
		for _, s := range p {
			words := strings.Fields(s)
			switch u := r.Float64(); {
			case u < d.Edit && len(words) >= 4:
				np = append(np, edit(r, words, vocab))
				fate = append(fate, Edited)
			case u < d.Edit+d.Reword && len(words) >= 4:
				np = append(np, reword(r, words, vocab))
				fate = append(fate, Reworded)
			default:
				np = append(np, s)
				fate = append(fate, Kept)
			}
		}
		out = append(out, np)
	}
	for i := range out {
		if r.Float64() < d.Shuffle {
			j := r.IntN(len(out))
			out[i], out[j] = out[j], out[i]
		}
	}
	if d.Own > 0 && len(filler) > 0 {
		n := max(1, int(math.Round(d.Own*float64(len(out)))))
		start := r.IntN(len(filler))
		for k := range n {
			p := filler[(start+k)%len(filler)]
			at := r.IntN(len(out) + 1)
			out = slices.Insert(out, at, slices.Clone(p))
		}
	}
	return out, fate
}

// edit changes one to three words of a sentence: a word replaced by one
// of vocab, deleted, or a word of vocab inserted.
func edit(r *rand.Rand, words []string, vocab []string) string {
	w := slices.Clone(words)
	for range 1 + r.IntN(3) {
		i := r.IntN(len(w))
		switch r.IntN(3) {
		case 0:
			w[i] = vocab[r.IntN(len(vocab))]
		case 1:
			if len(w) > 3 {
				w = slices.Delete(w, i, i+1)
			}
		default:
			w = slices.Insert(w, i, vocab[r.IntN(len(vocab))])
		}
	}
	return strings.Join(w, " ")
}

// reword rewrites a sentence the way a paraphrase does on the surface:
// the clauses around its first comma change places, a third of its longer
// words are replaced, and two neighbouring words swap.
func reword(r *rand.Rand, words []string, vocab []string) string {
	w := slices.Clone(words)
	for i := 0; i < len(w)-2; i++ {
		if strings.HasSuffix(w[i], ",") && i > 0 {
			head := slices.Clone(w[:i+1])
			head[len(head)-1] = strings.TrimSuffix(head[len(head)-1], ",")
			w = append(w[i+1:], head...)
			break
		}
	}
	for i, x := range w {
		if len(x) > 3 && r.IntN(3) == 0 {
			w[i] = vocab[r.IntN(len(vocab))]
		}
	}
	if len(w) > 2 {
		i := r.IntN(len(w) - 1)
		w[i], w[i+1] = w[i+1], w[i]
	}
	return strings.Join(w, " ")
}

// Vocabulary returns the distinct lower-case words of texts that are made
// of letters only, in order of first appearance.
func Vocabulary(texts ...Text) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range texts {
		for _, p := range t {
			for _, s := range p {
				for _, w := range strings.Fields(s) {
					w = strings.ToLower(w)
					if len(w) < 2 || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 || seen[w] {
						continue
					}
					seen[w] = true
					out = append(out, w)
				}
			}
		}
	}
	return out
}

// Options say what collection to build.
type Options struct {
	Docs int    // number of files, planted and bad ones included
	Seed uint64 // the same seed gives the same collection
	// Query names the source the planted files derive from; default the
	// first source. Unrelated text comes from the sources of other
	// families.
	Query string
	// Planted is the number of files derived from the query; 0 means
	// max(6, Docs/500), and it is at most Docs.
	Planted int
	// Bad is the number of files that are not articles; 0 means
	// max(3, Docs/1000); -1 means none.
	Bad int
	// HTML is the share of files written as HTML pages; 0 means 0.2, a
	// negative value none.
	HTML float64
	// MeanSize is the mean size of an unrelated file's text in bytes;
	// 0 means 5000. Sizes spread log-normally around it.
	MeanSize int
	// Rewrites names sources that are rewrites of the query written by
	// people (seeds 001 and 004 reword the wire; 002 and 003 are other
	// versions of the story). When set, the planted files include, in
	// turn with the kinds derived from the query, each rewrite whole
	// (with a few words edited) and an excerpt of it mixed with unrelated
	// text: reuse that no run of five words betrays. How much of the
	// query such a file carries is for a comparison to measure; the
	// manifest's Carried is -1.
	Rewrites []string
}

// A Manifest says what a collection holds. Paths are relative to its
// folder, with forward slashes.
type Manifest struct {
	Files int   // files written, bad ones included
	Bytes int64 // their total size
	// Planted lists the files derived from the query, in file order.
	Planted []Plant
	// Bad lists the files that are not articles, in file order.
	Bad []string
}

// A Plant is one file derived from the query.
type Plant struct {
	Path string
	// How is copy, edited, reordered, reworded, excerpt or mixed for a
	// file derived from the query; rewrite or rewrite-excerpt for one
	// derived from a rewrite (Options.Rewrites).
	How string
	// From names the rewrite the file derives from; empty when it
	// derives from the query.
	From string
	// Carried is the share of the query's text (bytes) that the file
	// holds unchanged or edited, as Derive measures it; -1 for a file
	// derived from a rewrite.
	Carried float64
}

// plantKind is a way of deriving a planted file.
type plantKind struct {
	how     string
	d       Derivation
	rewrite int // 1 + the index of the rewrite it derives from; 0: the query
}

// plantKinds are the derivations of planted files from the query, used in
// turn (with those of rewrites, when there are any).
var plantKinds = []plantKind{
	{"copy", Derivation{Keep: 1}, 0},
	{"edited", Derivation{Keep: 1, Edit: 0.4}, 0},
	{"reordered", Derivation{Keep: 1, Shuffle: 0.6, Own: 0.1}, 0},
	{"reworded", Derivation{Keep: 1, Reword: 0.6}, 0},
	{"excerpt", Derivation{Keep: 0.4, Own: 1.5}, 0},
	{"mixed", Derivation{Keep: 0.8, Edit: 0.2, Reword: 0.2, Shuffle: 0.2, Own: 0.5}, 0},
}

// Path returns the path of file i of a collection: 100 files a folder,
// 100 folders a parent, so that walking meets nested folders.
func Path(i int, ext string) string {
	return fmt.Sprintf("%02d/%02d/%06d.%s", i/10000, i/100%100, i, ext)
}

// Write builds a collection in dir (created if need be) and returns its
// manifest. Files are written in parallel, one goroutine per processor.
//
// Cost: time and disk linear in Docs × MeanSize (10,000 files of 5 KB, about
// 50 MB, take a few seconds); memory: the sources, plus one file per
// processor.
func Write(dir string, src []Source, opts Options) (*Manifest, error) {
	g, err := newGenerator(src, opts)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("generating collection: %w", err)
	}
	files := make([]file, g.opts.Docs)
	errs := make([]error, g.opts.Docs)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1) - 1)
				if k >= g.opts.Docs {
					return
				}
				f := g.file(k)
				errs[k] = f.write(dir)
				f.data = nil
				files[k] = f
			}
		}()
	}
	wg.Wait()
	m := &Manifest{Files: g.opts.Docs}
	for k, f := range files {
		if errs[k] != nil {
			return nil, fmt.Errorf("generating collection: %w", errs[k])
		}
		m.Bytes += int64(f.size)
		switch {
		case f.bad:
			m.Bad = append(m.Bad, f.path)
		case f.plant != nil:
			f.plant.Path = f.path
			m.Planted = append(m.Planted, *f.plant)
		}
	}
	return m, nil
}

// generator holds what every file is made from.
type generator struct {
	opts         Options
	query        Text
	title        string
	pool         Text     // unrelated paragraphs, from other families
	vocab        []string // words of pool, for edits and substitutions
	kinds        []plantKind
	rewrites     []Text
	rewriteNames []string
	plants       map[int]int
	bad          map[int]int
}

func newGenerator(src []Source, opts Options) (*generator, error) {
	if len(src) == 0 {
		return nil, fmt.Errorf("generating collection: no sources")
	}
	if opts.Docs <= 0 {
		return nil, fmt.Errorf("generating collection: %d files asked for", opts.Docs)
	}
	q := src[0]
	if opts.Query != "" {
		var ok bool
		if q, ok = Find(src, opts.Query); !ok {
			return nil, fmt.Errorf("generating collection: no source named %q", opts.Query)
		}
	}
	if opts.Planted <= 0 {
		opts.Planted = max(6, opts.Docs/500)
	}
	switch {
	case opts.Bad == 0:
		opts.Bad = max(3, opts.Docs/1000)
	case opts.Bad < 0:
		opts.Bad = 0
	}
	opts.Planted = min(opts.Planted, opts.Docs)
	opts.Bad = min(opts.Bad, opts.Docs-opts.Planted)
	switch {
	case opts.HTML == 0:
		opts.HTML = 0.2
	case opts.HTML < 0:
		opts.HTML = 0
	}
	if opts.MeanSize <= 0 {
		opts.MeanSize = 5000
	}
	g := &generator{opts: opts, query: Split(q.Text), plants: map[int]int{}, bad: map[int]int{}}
	if len(g.query) == 0 {
		return nil, fmt.Errorf("generating collection: source %s has no text", q.Name)
	}
	g.title = firstWords(g.query[0][0], 10)
	for _, s := range src {
		if s.Family != q.Family {
			for _, p := range Split(s.Text) {
				if len(strings.Join(p, " ")) >= 40 { // headings and section numbers make poor prose
					g.pool = append(g.pool, p)
				}
			}
		}
	}
	if len(g.pool) == 0 {
		return nil, fmt.Errorf("generating collection: no source outside the family of %s", q.Name)
	}
	g.vocab = Vocabulary(g.pool)
	g.kinds = plantKinds
	for _, name := range opts.Rewrites {
		r, ok := Find(src, name)
		if !ok {
			return nil, fmt.Errorf("generating collection: no rewrite source named %q", name)
		}
		g.rewrites = append(g.rewrites, Split(r.Text))
		g.rewriteNames = append(g.rewriteNames, name)
		n := len(g.rewrites)
		g.kinds = append(g.kinds,
			plantKind{"rewrite", Derivation{Keep: 1, Edit: 0.1}, n},
			plantKind{"rewrite-excerpt", Derivation{Keep: 0.5, Own: 1}, n})
	}
	// Planted and bad files are spread evenly; bad ones sit half a step
	// after the planted ones.
	for k := range opts.Planted {
		g.plants[k*opts.Docs/opts.Planted] = k
	}
	for k := range opts.Bad {
		i := (k*opts.Docs/opts.Bad + opts.Docs/(2*opts.Bad)) % opts.Docs
		for g.isPlant(i) || g.bad[i] != 0 {
			i = (i + 1) % opts.Docs
		}
		g.bad[i] = k + 1
	}
	return g, nil
}

func (g *generator) isPlant(i int) bool { _, ok := g.plants[i]; return ok }

// file is one generated file.
type file struct {
	path  string
	data  []byte
	link  string // for a symbolic link: its target
	size  int
	bad   bool
	plant *Plant
}

func (f *file) write(dir string) error {
	name := filepath.Join(dir, filepath.FromSlash(f.path))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	if f.link != "" {
		os.Remove(name)
		return os.Symlink(f.link, name)
	}
	return os.WriteFile(name, f.data, 0o644)
}

// file builds file i.
func (g *generator) file(i int) file {
	r := rand.New(rand.NewPCG(g.opts.Seed, uint64(i)))
	if b := g.bad[i]; b != 0 {
		return g.badFile(i, b-1)
	}
	var t Text
	var plant *Plant
	title := ""
	if k, ok := g.plants[i]; ok {
		kind := g.kinds[k%len(g.kinds)]
		if kind.rewrite > 0 {
			t, _ = Derive(r, g.rewrites[kind.rewrite-1], g.unrelated(r, g.opts.MeanSize), g.vocab, kind.d)
			plant = &Plant{How: kind.how, From: g.rewriteNames[kind.rewrite-1], Carried: -1}
		} else {
			var carried float64
			t, carried = Derive(r, g.query, g.unrelated(r, g.opts.MeanSize), g.vocab, kind.d)
			plant = &Plant{How: kind.how, Carried: carried}
		}
		title = g.title
	} else {
		t = g.unrelated(r, g.size(r))
		title = firstWords(t[0][0], 8)
	}
	f := file{plant: plant}
	if r.Float64() < g.opts.HTML {
		f.path, f.data = Path(i, "html"), []byte(t.HTML(title))
	} else {
		f.path, f.data = Path(i, "txt"), []byte(t.String())
	}
	f.size = len(f.data)
	return f
}

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(n, len(w))], " ")
}

// badFile builds the k-th file that is not an article: in turn a PNG
// image, an empty file, binary data named .txt, and a link to nothing.
func (g *generator) badFile(i, k int) file {
	f := file{bad: true}
	switch k % 4 {
	case 0:
		f.path = Path(i, "png")
		f.data = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89")
	case 1:
		f.path = Path(i, "txt")
		f.data = []byte{}
	case 2:
		f.path = Path(i, "txt")
		f.data = []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0}
	default:
		f.path = Path(i, "txt")
		f.link = "missing-target.txt"
	}
	f.size = len(f.data)
	return f
}

// size draws the size of an unrelated file: log-normal around MeanSize
// (σ 0.6), between 300 bytes and 8 × MeanSize.
func (g *generator) size(r *rand.Rand) int {
	m := float64(g.opts.MeanSize)
	s := m * math.Exp(0.6*r.NormFloat64()-0.18) // e^(σ²/2) = e^0.18 keeps the mean at m
	return int(min(max(s, 300), 8*m))
}

// unrelated makes about size bytes of text from consecutive paragraphs of
// the pool, from a random start, with about one word in seven replaced by a
// word of the vocabulary: files share topics and phrasing, as real ones
// do, but no two are copies.
func (g *generator) unrelated(r *rand.Rand, size int) Text {
	var t Text
	n := 0
	for i := r.IntN(len(g.pool)); n < size; i = (i + 1) % len(g.pool) {
		var p []string
		for _, s := range g.pool[i] {
			words := strings.Fields(s)
			for j := range words {
				if r.IntN(7) == 0 {
					words[j] = g.vocab[r.IntN(len(g.vocab))]
				}
			}
			s = strings.Join(words, " ")
			p = append(p, s)
			n += len(s) + 1
		}
		t = append(t, p)
	}
	return t
}
