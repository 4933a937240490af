package reuse

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/corpus"
)

// Defaults of Config.
const (
	DefaultMaxDF     = 100 // as passim's default cap on an n-gram's documents
	DefaultMinReused = 0.1
)

// Config says what the pipeline reads, how it pairs and what it keeps.
type Config struct {
	// Input is a file pattern of JSON lines, one document a line with
	// "id", "date", "source" and "text" (any file system Beam knows: a
	// local path, gs://...). Files is used instead when Input is empty.
	Input string
	// Files are the files of a folder tree, as Root-relative slash paths;
	// each is one document, its id the path and its source the first
	// folder of the path ("" for a file at the top).
	Root  string
	Files []string
	// Output is the folder the outputs are written to: pairs.jsonl,
	// documents.jsonl and dead-letter.jsonl (with Shards > 1,
	// pairs-00000-of-00004.jsonl and so on).
	Output string
	Shards int // output files per output; 0 means 1
	// MaxDF is the most documents a verbatim or word-pair signature may
	// be in before it is dropped as boilerplate; 0 means DefaultMaxDF.
	MaxDF int
	// MaxDFWords is the same for content-word signatures; 0 leaves them
	// out. A content word is in far more documents than a run of five
	// words, and the pairs of a signature grow with the square of its
	// documents: words are the costliest evidence, needed only for
	// rewrites that keep no run of five words and fewer than two pairs
	// of content words.
	MaxDFWords int
	// MinReused is the share of either side's text the other must carry
	// for the pair to be kept; 0 means DefaultMinReused.
	MinReused float64
	// Wire are the sources that are wire services: on equal dates their
	// side is the base. With RequireWire, only pairs with a side from a
	// wire source are compared.
	Wire        []string
	RequireWire bool
	// RequireOlder compares only pairs whose two dates are known and
	// differ, so that one side is older and the base.
	RequireOlder bool
}

func (c Config) withDefaults() Config {
	if c.Shards <= 0 {
		c.Shards = 1
	}
	if c.MaxDF <= 0 {
		c.MaxDF = DefaultMaxDF
	}
	if c.MinReused <= 0 {
		c.MinReused = DefaultMinReused
	}
	return c
}

// Counter names, in namespace Namespace.
const (
	Namespace           = "wirediff"
	CounterRead         = "documents_read"
	CounterDead         = "dead_letters"
	CounterSignatures   = "signatures"
	CounterBoilerplate  = "boilerplate_signatures"
	CounterCandidates   = "candidate_pairs"
	CounterCompared     = "pairs_compared"
	CounterKept         = "pairs_kept"
	CounterPairEmission = "pair_signature_hits"
)

// Counters lists the counters in the order the command prints them.
var Counters = []string{CounterRead, CounterDead, CounterSignatures, CounterBoilerplate, CounterPairEmission, CounterCandidates, CounterCompared, CounterKept}

var (
	readCount   = beam.NewCounter(Namespace, CounterRead)
	deadCount   = beam.NewCounter(Namespace, CounterDead)
	sigCount    = beam.NewCounter(Namespace, CounterSignatures)
	boilerCount = beam.NewCounter(Namespace, CounterBoilerplate)
	hitCount    = beam.NewCounter(Namespace, CounterPairEmission)
	candCount   = beam.NewCounter(Namespace, CounterCandidates)
	cmpCount    = beam.NewCounter(Namespace, CounterCompared)
	keptCount   = beam.NewCounter(Namespace, CounterKept)
)

// Build adds the pipeline to s. Its outputs are written by the pipeline
// itself when it runs; nothing is returned.
func Build(s beam.Scope, cfg Config) error {
	cfg = cfg.withDefaults()
	if cfg.Output == "" {
		return fmt.Errorf("no output folder")
	}
	var docs, deadRead beam.PCollection
	switch {
	case cfg.Input != "":
		lines := textio.Read(s.Scope("read"), cfg.Input)
		docs, deadRead = beam.ParDo2(s.Scope("read"), &readLineFn{}, lines)
	case len(cfg.Files) > 0:
		files := beam.CreateList(s.Scope("read"), cfg.Files)
		docs, deadRead = beam.ParDo2(s.Scope("read"), &readFileFn{Root: cfg.Root}, files)
	default:
		return fmt.Errorf("no input: neither JSON lines nor files")
	}
	sigs, byID, deadParse := beam.ParDo3(s.Scope("sign"), &signFn{Words: cfg.MaxDFWords > 0}, docs)
	groups := beam.GroupByKey(s.Scope("group"), sigs)
	hits := beam.ParDo(s.Scope("pair"), &pairFn{MaxDF: cfg.MaxDF, MaxDFWords: cfg.MaxDFWords, Wire: cfg.Wire, RequireWire: cfg.RequireWire, RequireOlder: cfg.RequireOlder}, groups)
	counts := beam.CombinePerKey(s.Scope("pair"), addEvidence, hits)
	ends := beam.ParDo(s.Scope("pair"), &candidateFn{}, counts)
	joined := beam.CoGroupByKey(s.Scope("join"), byID, ends)
	sides, deadJoin := beam.ParDo2(s.Scope("join"), &joinFn{}, joined)
	pairs := beam.GroupByKey(s.Scope("join"), sides)
	recs, contribs, deadCmp := beam.ParDo3(s.Scope("compare"), &compareFn{Wire: cfg.Wire, MinReused: cfg.MinReused}, pairs)
	sums, deadSum := beam.ParDo2(s.Scope("summarize"), &summaryFn{}, beam.GroupByKey(s.Scope("summarize"), contribs))
	dead := beam.Flatten(s.Scope("dead"), deadRead, deadParse, deadJoin, deadCmp, deadSum)
	writeSorted(s.Scope("write pairs"), recs, cfg.Output, "pairs", cfg.Shards)
	writeSorted(s.Scope("write documents"), sums, cfg.Output, "documents", cfg.Shards)
	writeSorted(s.Scope("write dead letters"), dead, cfg.Output, "dead-letter", 1)
	return nil
}

func init() {
	register.DoFn4x0[context.Context, string, func(Doc), func(string)](&readLineFn{})
	register.DoFn4x0[context.Context, string, func(Doc), func(string)](&readFileFn{})
	register.DoFn5x0[context.Context, Doc, func(uint64, Ref), func(string, Doc), func(string)](&signFn{})
	register.DoFn4x0[context.Context, uint64, func(*Ref) bool, func(string, Evidence)](&pairFn{})
	register.DoFn4x0[context.Context, string, Evidence, func(string, End)](&candidateFn{})
	register.Function2x1[Evidence, Evidence, Evidence](addEvidence)
	register.DoFn5x0[string, func(*Doc) bool, func(*End) bool, func(string, Side), func(string)](&joinFn{})
	register.DoFn6x0[context.Context, string, func(*Side) bool, func(string), func(string, Part), func(string)](&compareFn{})
	register.DoFn4x0[string, func(*Part) bool, func(string), func(string)](&summaryFn{})
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.DoFn2x0[int, func(int, string)](&sentinelFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeFn{})
	register.Emitter1[Doc]()
	register.Emitter1[string]()
	register.Emitter2[uint64, Ref]()
	register.Emitter2[string, Doc]()
	register.Emitter2[string, Evidence]()
	register.Emitter2[string, End]()
	register.Emitter2[string, Side]()
	register.Emitter2[string, Part]()
	register.Emitter2[int, string]()
	register.Iter1[Ref]()
	register.Iter1[Doc]()
	register.Iter1[End]()
	register.Iter1[Side]()
	register.Iter1[Part]()
	register.Iter1[string]()
}

// readLineFn decodes a JSON line into a Doc.
type readLineFn struct{}

func (f *readLineFn) ProcessElement(ctx context.Context, line string, emit func(Doc), dead func(string)) {
	if strings.TrimSpace(line) == "" {
		return
	}
	readCount.Inc(ctx, 1)
	var d Doc
	if err := json.Unmarshal([]byte(line), &d); err != nil {
		deadLetter(ctx, dead, DeadLetter{ID: excerpt(line), Stage: "read", Error: "not a JSON object with id, date, source and text: " + err.Error()})
		return
	}
	if d.ID == "" {
		deadLetter(ctx, dead, DeadLetter{ID: excerpt(line), Stage: "read", Error: "no id"})
		return
	}
	emit(d)
}

// excerpt is the start of a line that cannot be read, to find it by.
func excerpt(line string) string {
	if len(line) <= 60 {
		return line
	}
	return strings.ToValidUTF8(line[:60], "") + "..."
}

// readFileFn reads one file of a folder tree as a Doc.
type readFileFn struct {
	Root string
}

func (f *readFileFn) ProcessElement(ctx context.Context, rel string, emit func(Doc), dead func(string)) {
	readCount.Inc(ctx, 1)
	name := path.Join(f.Root, rel)
	data, err := readAll(ctx, name)
	if err != nil {
		deadLetter(ctx, dead, DeadLetter{ID: rel, Stage: "read", Error: err.Error()})
		return
	}
	source, _, ok := strings.Cut(rel, "/")
	if !ok {
		source = ""
	}
	emit(Doc{ID: rel, Source: source, Text: string(data)})
}

func readAll(ctx context.Context, name string) ([]byte, error) {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	defer fs.Close()
	data, err := filesystem.Read(ctx, fs, name)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return data, nil
}

// signFn parses a document and emits its signatures (corpus.Signatures,
// those search and its index use; content-word signatures only when
// Words), and the document by id for the join; a document that does not
// parse is a dead letter.
type signFn struct {
	Words bool
}

func (f *signFn) ProcessElement(ctx context.Context, d Doc, emitSig func(uint64, Ref), emitDoc func(string, Doc), dead func(string)) {
	doc, err := safeParse(d)
	if err != nil {
		deadLetter(ctx, dead, DeadLetter{ID: d.ID, Stage: "parse", Error: err.Error()})
		return
	}
	sigs := corpus.Signatures(doc)
	r := Ref{ID: d.ID, Date: d.Date, Source: d.Source}
	for _, s := range sigs {
		if s.Kind() == corpus.Word {
			r.Words++
		}
	}
	n := 0
	for _, s := range sigs {
		if s.Kind() != corpus.Word || f.Words {
			emitSig(uint64(s), r)
			n++
		}
	}
	sigCount.Inc(ctx, int64(n))
	emitDoc(d.ID, d)
}

func safeParse(d Doc) (doc *article.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("parsing document %s: internal error: %v", d.ID, p)
		}
	}()
	return parse(d)
}

// pairFn turns the documents sharing one signature into candidate pairs,
// each emitted once with the evidence of that signature; a signature of
// more than MaxDF documents (MaxDFWords for a content word) is
// boilerplate and is dropped.
type pairFn struct {
	MaxDF        int
	MaxDFWords   int
	Wire         []string
	RequireWire  bool
	RequireOlder bool
	wire         map[string]bool
}

func (f *pairFn) Setup() { f.wire = wireSet(f.Wire) }

func (f *pairFn) ProcessElement(ctx context.Context, sig uint64, refs func(*Ref) bool, emit func(string, Evidence)) {
	kind := corpus.Signature(sig).Kind()
	maxDF := f.MaxDF
	if kind == corpus.Word {
		maxDF = f.MaxDFWords
	}
	var rs []Ref
	var r Ref
	for refs(&r) {
		rs = append(rs, r)
		if len(rs) > maxDF {
			boilerCount.Inc(ctx, 1)
			return
		}
	}
	slices.SortFunc(rs, func(a, b Ref) int { return strings.Compare(a.ID, b.ID) })
	rs = slices.CompactFunc(rs, func(a, b Ref) bool { return a.ID == b.ID })
	for i := range rs {
		for j := i + 1; j < len(rs); j++ {
			if f.allowed(rs[i], rs[j]) {
				hitCount.Inc(ctx, 1)
				e := Evidence{MinWords: min(rs[i].Words, rs[j].Words)}
				switch kind {
				case corpus.Verbatim:
					e.Verbatim = 1
				case corpus.WordPair:
					e.Pairs = 1
				default:
					e.Words = 1
				}
				emit(pairKey(rs[i].ID, rs[j].ID), e)
			}
		}
	}
}

// allowed applies the pair filters of the configuration.
func (f *pairFn) allowed(a, b Ref) bool {
	if f.RequireWire && !f.wire[a.Source] && !f.wire[b.Source] {
		return false
	}
	if f.RequireOlder && (a.Date == "" || b.Date == "" || a.Date == b.Date) {
		return false
	}
	return true
}

func wireSet(l []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range l {
		m[s] = true
	}
	return m
}

// pairKey encodes the pair of ids a < b as one string key: the length of
// a, a colon, a, then b, so that no id can be mistaken for another.
func pairKey(a, b string) string { return strconv.Itoa(len(a)) + ":" + a + b }

// splitPair decodes a pairKey.
func splitPair(k string) (a, b string, ok bool) {
	n, rest, found := strings.Cut(k, ":")
	l, err := strconv.Atoi(n)
	if !found || err != nil || l < 0 || l > len(rest) {
		return "", "", false
	}
	return rest[:l], rest[l:], true
}

// An End is one end of a candidate pair, sent to the document's id for the
// join: the pair and the evidence of its sharing.
type End struct {
	Pair     string
	Evidence Evidence
}

// candidateFn keeps the pairs whose evidence passes a candidate floor (the
// floors of search), and sends each to its two documents.
type candidateFn struct{}

func (f *candidateFn) ProcessElement(ctx context.Context, key string, e Evidence, emit func(string, End)) {
	candCount.Inc(ctx, 1)
	if !e.Candidate() {
		return
	}
	a, b, ok := splitPair(key)
	if !ok {
		return
	}
	emit(a, End{Pair: key, Evidence: e})
	emit(b, End{Pair: key, Evidence: e})
}

// A Side is one document of a pair, sent to the pair's key.
type Side struct {
	Doc      Doc
	Evidence Evidence
}

// joinFn attaches a document to each candidate pair it is in.
type joinFn struct{}

func (f *joinFn) ProcessElement(id string, docs func(*Doc) bool, ends func(*End) bool, emit func(string, Side), dead func(string)) {
	var d, extra Doc
	n := 0
	for docs(&extra) {
		if n == 0 {
			d = extra
		}
		n++
	}
	if n == 0 {
		return // a pair end whose document failed to parse: already a dead letter
	}
	if n > 1 {
		dead(DeadLetter{ID: id, Stage: "join", Error: fmt.Sprintf("%d documents have this id; the first is compared", n)}.line())
	}
	var e End
	for ends(&e) {
		emit(e.Pair, Side{Doc: d, Evidence: e.Evidence})
	}
}

// compareFn compares the two documents of a pair.
type compareFn struct {
	Wire      []string
	MinReused float64
	wire      map[string]bool
}

func (f *compareFn) Setup() { f.wire = wireSet(f.Wire) }

func (f *compareFn) ProcessElement(ctx context.Context, key string, sides func(*Side) bool, emitRec func(string), emitPart func(string, Part), dead func(string)) {
	var ss []Side
	var x Side
	for sides(&x) {
		ss = append(ss, x)
	}
	if len(ss) != 2 {
		a, b, _ := splitPair(key)
		deadLetter(ctx, dead, DeadLetter{ID: a + " " + b, Stage: "join", Error: fmt.Sprintf("%d documents joined to the pair, want 2", len(ss))})
		return
	}
	cmpCount.Inc(ctx, 1)
	rec, kept, err := comparePair(ss[0].Doc, ss[1].Doc, ss[0].Evidence, f.wire, align.Options{}, f.MinReused)
	if err != nil {
		deadLetter(ctx, dead, DeadLetter{ID: ss[0].Doc.ID + " " + ss[1].Doc.ID, Stage: "compare", Error: err.Error()})
		return
	}
	if !kept {
		return
	}
	keptCount.Inc(ctx, 1)
	emitRec(mustLine(rec))
	pb, po, err := parts(rec)
	if err != nil {
		deadLetter(ctx, dead, DeadLetter{ID: rec.Base + " " + rec.Other, Stage: "compare", Error: err.Error()})
		return
	}
	emitPart(rec.Base, pb)
	emitPart(rec.Other, po)
}

// summaryFn builds the summary line of one document.
type summaryFn struct{}

func (f *summaryFn) ProcessElement(id string, parts func(*Part) bool, emit func(string), dead func(string)) {
	var ps []Part
	var p Part
	for parts(&p) {
		ps = append(ps, p)
	}
	s, err := summarize(id, ps)
	if err != nil {
		dead(DeadLetter{ID: id, Stage: "summarize", Error: err.Error()}.line())
		return
	}
	emit(mustLine(s))
}

func deadLetter(ctx context.Context, dead func(string), d DeadLetter) {
	deadCount.Inc(ctx, 1)
	dead(d.line())
}

// writeSorted writes the lines of col to shards files of dir, each sorted,
// so that the output is the same for the same input whatever the runner
// did in between. Each shard gets an empty sentinel line, so that every
// file is written even when the output is empty.
func writeSorted(s beam.Scope, col beam.PCollection, dir, name string, shards int) {
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, col)
	ids := make([]int, shards)
	for i := range ids {
		ids[i] = i
	}
	sentinels := beam.ParDo(s, &sentinelFn{}, beam.CreateList(s, ids))
	grouped := beam.GroupByKey(s, beam.Flatten(s, keyed, sentinels))
	beam.ParDo0(s, &writeFn{Dir: dir, Name: name, Shards: shards}, grouped)
}

// shardFn keys a line by its shard: a hash of the line, so that the split
// does not depend on the order lines arrive in.
type shardFn struct{ Shards int }

func (f *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(f.Shards)), line)
}

type sentinelFn struct{}

func (f *sentinelFn) ProcessElement(shard int, emit func(int, string)) { emit(shard, "") }

// writeFn writes one shard's lines, sorted, to its file.
type writeFn struct {
	Dir, Name string
	Shards    int
}

func (f *writeFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	var all []string
	var l string
	for lines(&l) {
		if l != "" {
			all = append(all, l)
		}
	}
	slices.Sort(all)
	name := ShardName(f.Dir, f.Name, shard, f.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	var b strings.Builder
	for _, l := range all {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	if _, err := w.Write([]byte(b.String())); err != nil {
		w.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}

// ShardName is the file shard i of n of output name in dir: name.jsonl
// when n is 1, else name-0000i-of-0000n.jsonl.
func ShardName(dir, name string, i, n int) string {
	if n <= 1 {
		return strings.TrimSuffix(dir, "/") + "/" + name + ".jsonl"
	}
	return fmt.Sprintf("%s/%s-%05d-of-%05d.jsonl", strings.TrimSuffix(dir, "/"), name, i, n)
}
