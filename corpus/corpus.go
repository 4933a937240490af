// Package corpus finds the documents of a collection that reuse the text of
// a query article: which files under some folders carry parts of it,
// copied, edited or reworded, ranked by the share of the query they carry,
// each with its comparison.
//
// A search works in two passes. The first finds candidates cheaply: every
// file's text is reduced to its Signatures (a sample of its runs of five
// words, of its pairs of neighbouring content words and of its content
// words), and the signatures it shares with the query's body are its
// Evidence. Verbatim runs find copies and edits; pairs and words find
// rewrites that keep a story's names, numbers and vocabulary but no run
// of five words. Files whose evidence passes a floor are candidates,
// ranked by an estimate of the share of the query they carry. The second
// pass reads the best candidates (at most Options.MaxCompared) and runs
// report.Compare on each, with the query as BASE; it measures the share
// of the query's body text each file carries (identical, edited or
// paraphrased sentences), and the threshold (Options.MinReused) applies to
// that measure, never to the estimate.
//
// The first pass either streams every file under some folders (Search:
// memory stays that of the query and one file per worker, whatever the
// size of the collection) or looks the query's signatures up in an Index
// built beforehand (Index.Search: reads only the candidates).
//
// This is the candidate search of passim and TextPAIR (rare word n-grams
// shared between documents) with recall-oriented features added for
// paraphrase.
//
// Files that cannot be read (not text, empty, too large, a link to
// nothing, a folder that cannot be listed) are reported in the result and
// skipped; they never stop a search.
package corpus

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/report"
)

// ShingleSize is the number of words in the verbatim runs of the
// candidate search: long enough that a shared run is rarely a coincidence
// (passim uses five as well), short enough that an edited sentence keeps
// some.
const ShingleSize = 5

// Defaults of Options.
const (
	DefaultTop         = 10
	DefaultMinReused   = 0.1
	DefaultMaxCompared = 200
)

// Options tune a search. The zero value is ready to use.
type Options struct {
	// Top is the most matches returned; 0 means DefaultTop. It bounds
	// what is shown, not what is compared or counted.
	Top int
	// MinReused is the share of the query's body text a file must carry,
	// as the comparison measures it, to be a match; 0 means
	// DefaultMinReused, a negative value 0.
	MinReused float64
	// MaxCompared bounds the candidates compared, the best by the first
	// pass's estimate; 0 means DefaultMaxCompared, and it is never less
	// than Top. A comparison costs a few milliseconds; the result says
	// when candidates were left out (Result.Candidates > Result.Compared).
	MaxCompared int
	// Workers is the number of files read at once; 0 means twice
	// GOMAXPROCS, so that a file waiting on the disk does not leave a
	// processor idle.
	Workers int
	// Load says how files are read: its MaxSize bounds a file (larger
	// ones are reported and skipped). Its Encoding applies to the
	// comparisons; the index detects encodings itself.
	Load article.LoadOptions
	// Align tunes the comparisons.
	Align align.Options
	// Skip, when not nil, is a file not to search, compared with
	// os.SameFile: the query itself, when it lies in the collection.
	Skip os.FileInfo
	// Progress, when not nil, is updated as files are read, so that a
	// caller can show how far the search is.
	Progress *Progress
}

func (o Options) top() int {
	if o.Top <= 0 {
		return DefaultTop
	}
	return o.Top
}

func (o Options) maxCompared() int {
	n := o.MaxCompared
	if n <= 0 {
		n = DefaultMaxCompared
	}
	return max(n, o.top())
}

func (o Options) minReused() float64 {
	switch {
	case o.MinReused < 0:
		return 0
	case o.MinReused == 0:
		return DefaultMinReused
	}
	return o.MinReused
}

func (o Options) workers() int {
	if o.Workers <= 0 {
		return 2 * runtime.GOMAXPROCS(0)
	}
	return o.Workers
}

// Progress counts what a search has done so far; its fields may be read
// at any time while Search runs.
type Progress struct {
	Files    atomic.Int64 // files read (or tried)
	Bytes    atomic.Int64 // bytes read
	Problems atomic.Int64 // files skipped
	Compared atomic.Int64 // candidates compared in the second pass
}

// A Match is a file that carries text of the query.
type Match struct {
	Path string
	// Reused is the share of the query's body text (in bytes) that the
	// file carries, identical, edited or paraphrased, as the comparison
	// found it: the ranking key.
	Reused float64
	// Covered is the first pass's estimate of Reused (see Evidence):
	// it ranks the candidates, nothing more.
	Covered float64
	// Evidence is what the first pass found of the query in the file.
	Evidence Evidence
	// Comparison has the query as BASE and the file as OTHER.
	Comparison *align.Comparison
	// Checks are the editorial findings of Comparison (report.Compare).
	Checks *check.Report
}

// A Problem is a file or folder that was skipped, and why.
type Problem struct {
	Path string
	Err  error // an *article.InputError for a file that is not readable text
}

// A Result is what a search found.
type Result struct {
	Query *article.Document
	Roots []string // the folders searched, as given
	Files int      // files read, skipped ones included
	Bytes int64    // their total size
	// Candidates is the number of files whose evidence passed the first
	// pass's floor; Compared, how many of them were compared (the best
	// MaxCompared by estimate).
	Candidates, Compared int
	// Found is the number of compared files that carry at least MinReused
	// of the query: the matches, of which Matches shows the best Top.
	Found int
	// Matches are the best of the Found files, best first (by Reused,
	// then Covered, then path), at most Top.
	Matches []Match
	// Problems are the files and folders skipped, by path.
	Problems []Problem
	// MinReused, Top and MaxCompared are the bounds the search applied.
	MinReused   float64
	Top         int
	MaxCompared int
	// Index, for a search of an index, is its path; Roots is empty then.
	Index string
}

// Search looks for reuse of query in the files under roots (folders, or
// single files), recursively. Hidden files and folders (names starting
// with ".") are left out; links to files are read, links to folders are
// followed only when given as a root.
//
// Search returns an error, and no result, only when the search cannot be
// made: a root that does not exist, a query with nothing to look for
// (not one run of ShingleSize informative words nor three content words
// in the sample), or ctx done. Unreadable files are Problems of the
// result.
//
// Cost: one read of every file and O(N) work for its N bytes (hashing its
// words, one probe per word of a table of the query's words, and the
// signatures made of query words looked up, query.fileEvidence); then one
// comparison per candidate compared (MaxCompared at most). Memory: the
// query, one file per worker, and MaxCompared paths; it does not grow
// with the collection, apart from the list of problems.
func Search(ctx context.Context, query *article.Document, roots []string, opts Options) (*Result, error) {
	if len(roots) == 0 {
		return nil, errors.New("no folder to search")
	}
	for _, r := range roots {
		if _, err := os.Stat(r); err != nil {
			return nil, fmt.Errorf("searching %s: %w", r, plainErr(err))
		}
	}
	q := newQuery(query)
	if !q.searchable() {
		return nil, tooShort(query)
	}
	res := newResult(query, opts)
	res.Roots = roots
	cands := newTopK(res.MaxCompared)

	// First pass: walk, read in parallel, count hits.
	paths := make(chan string, 64)
	var (
		mu       sync.Mutex // guards problems, cands, files, bytes, found
		problems []Problem
		files    int
		bytes    int64
		found    int
	)
	skipped := func(p Problem) {
		mu.Lock()
		problems = append(problems, p)
		mu.Unlock()
		if opts.Progress != nil {
			opts.Progress.Problems.Add(1)
		}
	}
	var wg sync.WaitGroup
	for range opts.workers() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var s scanner
			for path := range paths {
				n, e, same, err := s.scanSearch(path, opts.Load.MaxSize, opts.Skip, q)
				if same {
					continue // the query itself
				}
				if opts.Progress != nil {
					opts.Progress.Files.Add(1)
					opts.Progress.Bytes.Add(n)
				}
				mu.Lock()
				files++
				bytes += n
				if err == nil && q.candidate(e) {
					found++
					cands.offer(candidate{path: path, covered: q.estimate(e), evidence: e})
				}
				mu.Unlock()
				if err != nil {
					skipped(Problem{Path: path, Err: err})
				}
			}
		}()
	}
	walkErr := walk(ctx, roots, opts.Skip, paths, skipped)
	close(paths)
	wg.Wait()
	if walkErr != nil {
		return nil, walkErr
	}
	res.Files, res.Bytes, res.Candidates = files, bytes, found
	res.Problems = problems
	if err := compareAll(ctx, res, cands.sorted(), opts); err != nil {
		return nil, err
	}
	return res, nil
}

// isSkip reports whether the file at path, whose information the read
// returned (nil when it was read by the slow path), is skip.
func isSkip(path string, info, skip os.FileInfo) bool {
	if info == nil {
		var err error
		if info, err = os.Stat(path); err != nil {
			return false
		}
	}
	return os.SameFile(info, skip)
}

// tooShort is the error for a query with nothing to look for.
func tooShort(query *article.Document) error {
	return fmt.Errorf("the query %s is too short to search for: it needs a run of %d words that are not all common words", query.Name, ShingleSize)
}

func newResult(query *article.Document, opts Options) *Result {
	return &Result{Query: query, MinReused: opts.minReused(), Top: opts.top(), MaxCompared: opts.maxCompared()}
}

// compareAll compares the candidates best (read in parallel), fills in
// res's Compared, Found and Matches, and sorts its Problems, those of
// the comparisons added.
func compareAll(ctx context.Context, res *Result, best []candidate, opts Options) error {
	// The query's side of the alignment is analysed once for all the
	// comparisons (align.Prepare): a fifth of a comparison's time.
	var base *align.Base
	if len(best) > 0 {
		base = align.Prepare(res.Query, opts.Align)
	}
	matches := make([]*Match, len(best))
	errs := make([]error, len(best))
	work := make(chan int)
	var cw sync.WaitGroup
	for range min(opts.workers(), len(best)) {
		cw.Add(1)
		go func() {
			defer cw.Done()
			for i := range work {
				if ctx.Err() == nil {
					matches[i], errs[i] = compare(ctx, base, best[i], opts)
				}
				if opts.Progress != nil {
					opts.Progress.Compared.Add(1)
				}
			}
		}()
	}
	for i := range best {
		work <- i
	}
	close(work)
	cw.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	for i, m := range matches {
		res.Compared++
		if errs[i] != nil {
			res.Problems = append(res.Problems, Problem{Path: best[i].path, Err: errs[i]})
			continue
		}
		if m.Reused >= res.MinReused {
			res.Matches = append(res.Matches, *m)
		}
	}
	slices.SortFunc(res.Matches, func(a, b Match) int {
		return cmp.Or(cmp.Compare(b.Reused, a.Reused), cmp.Compare(b.Covered, a.Covered), cmp.Compare(a.Path, b.Path))
	})
	res.Found = len(res.Matches)
	if len(res.Matches) > res.Top {
		clear(res.Matches[res.Top:]) // let their comparisons go
		res.Matches = res.Matches[:res.Top]
	}
	// The editorial checks, for the matches shown only: a third of a
	// comparison's time, and nothing ranks by them.
	var ck sync.WaitGroup
	var checkBase *check.Base
	if len(res.Matches) > 0 {
		checkBase = check.NewBase(res.Query) // the query's side analysed once
	}
	for i := range res.Matches {
		ck.Go(func() {
			m := &res.Matches[i]
			m.Checks = check.Run(m.Comparison, checkBase).Confident()
		})
	}
	ck.Wait()
	slices.SortStableFunc(res.Problems, func(a, b Problem) int { return cmp.Compare(a.Path, b.Path) })
	return nil
}

// compare reads a candidate in full and compares it with the query,
// prepared as base; Checks stays nil (see compareAll).
func compare(ctx context.Context, base *align.Base, c candidate, opts Options) (*Match, error) {
	lo := opts.Load
	lo.Stdin = nil
	doc, err := article.Load(ctx, c.path, lo)
	if err != nil {
		return nil, err
	}
	// report.Compare without its checks, which compareAll runs for the
	// matches it keeps.
	comp := base.Compare(doc)
	shares, _ := align.Shares(comp)
	return &Match{Path: c.path, Reused: shares.Linked(), Covered: c.covered, Evidence: c.evidence, Comparison: comp}, nil
}

// walk sends every regular file (or link to one) under roots to paths,
// in lexical order per root, and reports folders it cannot list. A link
// to skip is left out; a regular file that is skip is sent, for the
// reader to leave out (see Search). Links to
// folders are followed only when named as a root. It stops
// early, with ctx's error, when ctx is done.
func walk(ctx context.Context, roots []string, skip os.FileInfo, paths chan<- string, problem func(Problem)) error {
	for _, root := range roots {
		if info, err := os.Lstat(root); err == nil && info.Mode()&fs.ModeSymlink != 0 {
			if st, err := os.Stat(root); err == nil && st.IsDir() {
				// A link named as a root is followed: walk the folder
				// through it (WalkDir would not enter it).
				root += string(filepath.Separator)
			}
		}
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				problem(Problem{Path: path, Err: plainErr(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != root && len(d.Name()) > 1 && d.Name()[0] == '.' {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				return nil // devices, sockets, pipes
			}
			if d.Type()&fs.ModeSymlink != 0 {
				info, err := os.Stat(path)
				if err == nil && info.IsDir() {
					return nil // links to folders are not followed
				}
				if err == nil && skip != nil && os.SameFile(info, skip) {
					return nil
				}
			}
			// A regular file is compared with skip by the reader, on the
			// file it opened (scanSearch): no lstat here.
			select {
			case paths <- path:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		if err != nil {
			return err
		}
	}
	return ctx.Err()
}

// plainErr returns the cause of a path error, whose path the caller
// names anyway.
func plainErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// candidate is a file that the first pass found sharing text.
type candidate struct {
	path     string
	covered  float64
	evidence Evidence
}

// better orders candidates: more covered first, then by path, so that
// the set kept does not depend on the order files were read in.
func better(a, b candidate) bool {
	if a.covered != b.covered {
		return a.covered > b.covered
	}
	return a.path < b.path
}

// topK keeps the k best candidates offered, in a heap whose root is the
// worst of them. Cost: O(log k) per offer, O(k) memory.
type topK struct {
	k    int
	heap []candidate
}

func newTopK(k int) *topK { return &topK{k: k} }

func (t *topK) offer(c candidate) {
	for _, x := range t.heap {
		if x.path == c.path {
			return // the same file under two roots
		}
	}
	if len(t.heap) < t.k {
		t.heap = append(t.heap, c)
		t.up(len(t.heap) - 1)
		return
	}
	if !better(c, t.heap[0]) {
		return
	}
	t.heap[0] = c
	t.down(0)
}

// worse reports whether heap element i is worse than j (the heap's order).
func (t *topK) worse(i, j int) bool { return better(t.heap[j], t.heap[i]) }

func (t *topK) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !t.worse(i, p) {
			return
		}
		t.heap[i], t.heap[p] = t.heap[p], t.heap[i]
		i = p
	}
}

func (t *topK) down(i int) {
	for {
		l, m := 2*i+1, i
		if l < len(t.heap) && t.worse(l, m) {
			m = l
		}
		if r := l + 1; r < len(t.heap) && t.worse(r, m) {
			m = r
		}
		if m == i {
			return
		}
		t.heap[i], t.heap[m] = t.heap[m], t.heap[i]
		i = m
	}
}

// sorted returns the candidates kept, best first.
func (t *topK) sorted() []candidate {
	out := slices.Clone(t.heap)
	slices.SortFunc(out, func(a, b candidate) int {
		if better(a, b) {
			return -1
		}
		if better(b, a) {
			return 1
		}
		return 0
	})
	return out
}

// Report returns the comparisons of the matches as the result of a run,
// to be drawn like any other: the query is Documents[0], the BASE, and
// each match follows, best first, with its comparison and checks.
func (res *Result) Report(version string) *report.Report {
	r := &report.Report{Documents: []*article.Document{res.Query}, Version: version}
	for _, m := range res.Matches {
		r.Documents = append(r.Documents, m.Comparison.Other)
		r.Comparisons = append(r.Comparisons, m.Comparison)
		r.Checks = append(r.Checks, m.Checks)
	}
	return r
}
