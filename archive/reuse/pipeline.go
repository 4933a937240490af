package reuse

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"path"
	"slices"
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
	DefaultBuckets   = 16
	// DefaultCommonDF keeps the full weight for the signatures of a story
	// carried by up to 31 outlets besides its source.
	DefaultCommonDF = 32
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
	// Buckets is the number of groups the signatures are shuffled in
	// (0 means DefaultBuckets): a document sends one element per bucket
	// its signatures fall in, with the signatures of that bucket, not one
	// per signature. Runners pay per element and per key (the local
	// runner holds every element of a stage in memory at once), so few
	// buckets keep the shuffle small; each bucket's signatures are held by
	// one worker while it is paired (about documents × 60 / Buckets
	// signatures of 8 bytes), and no more than Buckets workers pair at
	// once: on a cluster of many workers, use a few buckets per worker.
	Buckets int
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
	// CommonDF is the most documents a verbatim or word-pair signature
	// may be in and still count as one signature toward the candidate
	// floor; one in df documents counts CommonDF/df of one
	// (signatureWeight). 0 means DefaultCommonDF; at MaxDF or more, every
	// signature kept counts as one. The evidence written with a pair
	// counts signatures, unweighed.
	CommonDF int
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
	if c.CommonDF <= 0 {
		c.CommonDF = DefaultCommonDF
	}
	if c.Buckets <= 0 {
		c.Buckets = DefaultBuckets
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
	posts, byID, deadParse := beam.ParDo3(s.Scope("sign"), &signFn{Words: cfg.MaxDFWords > 0, Buckets: cfg.Buckets}, docs)
	buckets := beam.GroupByKey(s.Scope("group"), posts)
	hits := beam.ParDo(s.Scope("pair"), &pairFn{MaxDF: cfg.MaxDF, CommonDF: cfg.CommonDF, MaxDFWords: cfg.MaxDFWords, Wire: cfg.Wire, RequireWire: cfg.RequireWire, RequireOlder: cfg.RequireOlder}, buckets)
	halves, deadJoin := beam.ParDo2(s.Scope("join"), &candidateFn{}, beam.CoGroupByKey(s.Scope("join"), byID, hits))
	recs, contribs, deadCmp := beam.ParDo3(s.Scope("compare"), &compareFn{Wire: cfg.Wire, MinReused: cfg.MinReused}, beam.CoGroupByKey(s.Scope("compare"), byID, halves))
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
	register.DoFn5x0[context.Context, Doc, func(int, Posting), func(string, Packed), func(string)](&signFn{})
	register.DoFn4x0[context.Context, int, func(*Posting) bool, func(string, Hits)](&pairFn{})
	register.DoFn6x0[context.Context, string, func(*Packed) bool, func(*Hits) bool, func(string, Half), func(string)](&candidateFn{})
	register.DoFn7x0[context.Context, string, func(*Packed) bool, func(*Half) bool, func(string), func(string, Part), func(string)](&compareFn{})
	register.DoFn4x0[string, func(*Part) bool, func(string), func(string)](&summaryFn{})
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.DoFn2x0[int, func(int, string)](&sentinelFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeFn{})
	register.Emitter1[Doc]()
	register.Emitter1[string]()
	register.Emitter2[int, Posting]()
	register.Emitter2[string, Packed]()
	register.Emitter2[string, Hits]()
	register.Emitter2[string, Half]()
	register.Emitter2[string, Part]()
	register.Emitter2[int, string]()
	register.Iter1[Posting]()
	register.Iter1[Packed]()
	register.Iter1[Hits]()
	register.Iter1[Half]()
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

// signFn parses a document and sends its signatures (corpus.Signatures,
// those search and its index use; content-word signatures only when
// Words) to their buckets, one Posting per bucket, and the document by id
// for the joins; a document that does not parse is a dead letter.
type signFn struct {
	Words   bool
	Buckets int
	packer  packer
}

func (f *signFn) ProcessElement(ctx context.Context, d Doc, emitPost func(int, Posting), emitDoc func(string, Packed), dead func(string)) {
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
	byBucket := map[int][]uint64{}
	n := 0
	for _, s := range sigs {
		if s.Kind() != corpus.Word || f.Words {
			b := bucket(uint64(s), f.Buckets)
			byBucket[b] = append(byBucket[b], uint64(s))
			n++
		}
	}
	sigCount.Inc(ctx, int64(n))
	for b, l := range byBucket {
		emitPost(b, Posting{Doc: r, Sigs: l})
	}
	p, err := f.packer.pack(d)
	if err != nil {
		deadLetter(ctx, dead, DeadLetter{ID: d.ID, Stage: "parse", Error: err.Error()})
		return
	}
	emitDoc(d.ID, p)
}

// bucket spreads signatures over n buckets by their high bits, mixed (the
// low bits hold the kind, and sampling may favour some values).
func bucket(sig uint64, n int) int {
	h := sig ^ sig>>33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return int(h % uint64(n))
}

func safeParse(d Doc) (doc *article.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("parsing document %s: internal error: %v", d.ID, p)
		}
	}()
	return parse(d)
}

// A Posting is what the grouping by signature carries of one document:
// its Ref, not its text, and its signatures that fall in one bucket.
type Posting struct {
	Doc  Ref
	Sigs []uint64
}

// A Hit is the evidence one pair shares in one bucket: the pair's other
// document (the one with the larger id) and the signatures by kind.
type Hit struct {
	Other    string
	Evidence Evidence
}

// Hits are the hits of one bucket for the pairs whose smaller id is the
// key they are sent to.
type Hits struct {
	List []Hit
}

// pairFn pairs the documents sharing each signature of one bucket and
// sends each pair's evidence in the bucket to the pair's smaller id, all
// of one document's pairs in one Hits. A signature of more than MaxDF
// documents (MaxDFWords for a content word) is boilerplate and is dropped.
//
// Cost: memory for the bucket's postings and the pairs found in it; time
// linear in them plus the square of each signature's documents (bounded
// by MaxDF).
type pairFn struct {
	MaxDF        int
	CommonDF     int
	MaxDFWords   int
	Wire         []string
	RequireWire  bool
	RequireOlder bool
	wire         map[string]bool
}

func (f *pairFn) Setup() { f.wire = wireSet(f.Wire) }

func (f *pairFn) ProcessElement(ctx context.Context, _ int, posts func(*Posting) bool, emit func(string, Hits)) {
	var refs []Ref
	bySig := map[uint64][]int32{}
	var p Posting
	for posts(&p) {
		i := int32(len(refs))
		refs = append(refs, p.Doc)
		for _, s := range p.Sigs {
			bySig[s] = append(bySig[s], i)
		}
	}
	type pair struct{ a, b string }
	found := map[pair]Evidence{}
	for sig, rs := range bySig {
		if len(rs) < 2 {
			continue
		}
		kind := corpus.Signature(sig).Kind()
		maxDF := f.MaxDF
		if kind == corpus.Word {
			maxDF = f.MaxDFWords
		}
		if len(rs) > maxDF {
			boilerCount.Inc(ctx, 1)
			continue
		}
		slices.SortFunc(rs, func(x, y int32) int { return compareRefs(refs[x], refs[y]) })
		rs = slices.CompactFunc(rs, func(x, y int32) bool { return refs[x].ID == refs[y].ID })
		w := signatureWeight(len(rs), cmp.Or(f.CommonDF, DefaultCommonDF))
		for i, x := range rs {
			for _, y := range rs[i+1:] {
				a, b := refs[x], refs[y]
				if !f.allowed(a, b) {
					continue
				}
				hitCount.Inc(ctx, 1)
				e := Evidence{MinWords: min(a.Words, b.Words)}
				switch kind {
				case corpus.Verbatim:
					e.Verbatim, e.VerbatimWeight = 1, w
				case corpus.WordPair:
					e.Pairs, e.PairsWeight = 1, w
				default:
					e.Words = 1
				}
				k := pair{a.ID, b.ID}
				found[k] = addEvidence(found[k], e)
			}
		}
	}
	byFirst := map[string][]Hit{}
	for k, e := range found {
		byFirst[k.a] = append(byFirst[k.a], Hit{Other: k.b, Evidence: e})
	}
	for a, l := range byFirst {
		emit(a, Hits{List: l})
	}
}

// compareRefs orders refs by id, then by the rest, so that of refs with
// one id (a duplicated id) the same one comes first whatever the order
// they arrived in.
func compareRefs(a, b Ref) int {
	return cmp.Or(strings.Compare(a.ID, b.ID), strings.Compare(a.Date, b.Date), strings.Compare(a.Source, b.Source), cmp.Compare(a.Words, b.Words))
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

// compareDocs orders documents of one id (a duplicated id) by the rest,
// so that the same one is compared whatever the order they arrive in.
func compareDocs(a, b Doc) int {
	return cmp.Or(strings.Compare(a.ID, b.ID), strings.Compare(a.Date, b.Date), strings.Compare(a.Source, b.Source), strings.Compare(a.Text, b.Text))
}

// A Half is a candidate pair on its way to its second document: the first
// document, text and all, and the pair's evidence. Each candidate pair
// carries one text through the shuffle; the second is the one its key
// brings.
type Half struct {
	Doc      Packed
	Evidence Evidence
}

// candidateFn sums the evidence of the pairs whose first document is the
// key over the buckets, keeps those that pass a candidate floor (the
// floors of search, corpus.Evidence.Candidate), and sends each, with the
// first document, to the second.
type candidateFn struct{}

func (f *candidateFn) ProcessElement(ctx context.Context, id string, docs func(*Packed) bool, hits func(*Hits) bool, emit func(string, Half), dead func(string)) {
	d, n := onePacked(docs)
	if n > 1 {
		deadLetter(ctx, dead, DeadLetter{ID: id, Stage: "join", Error: fmt.Sprintf("%d documents have this id; one is compared", n)})
	}
	sum := map[string]Evidence{}
	var h Hits
	for hits(&h) {
		for _, x := range h.List {
			sum[x.Other] = addEvidence(sum[x.Other], x.Evidence)
		}
	}
	if n == 0 {
		return // no document has the id: not possible, since hits come from documents
	}
	for other, e := range sum {
		candCount.Inc(ctx, 1)
		if e.Candidate() {
			emit(other, Half{Doc: d, Evidence: e})
		}
	}
}

// compareFn compares the document of the key with the first document of
// each of its candidate pairs.
type compareFn struct {
	Wire      []string
	MinReused float64
	wire      map[string]bool
}

func (f *compareFn) Setup() { f.wire = wireSet(f.Wire) }

func (f *compareFn) ProcessElement(ctx context.Context, id string, docs func(*Packed) bool, halves func(*Half) bool, emitRec func(string), emitPart func(string, Part), dead func(string)) {
	p, n := onePacked(docs)
	var d Doc
	if n > 0 {
		var err error
		if d, err = p.unpack(); err != nil {
			deadLetter(ctx, dead, DeadLetter{ID: id, Stage: "compare", Error: err.Error()})
			return
		}
	}
	var h Half
	for halves(&h) {
		if n == 0 {
			deadLetter(ctx, dead, DeadLetter{ID: h.Doc.ID + " " + id, Stage: "join", Error: "no document has the second id"})
			continue
		}
		cmpCount.Inc(ctx, 1)
		first, err := h.Doc.unpack()
		if err != nil {
			deadLetter(ctx, dead, DeadLetter{ID: h.Doc.ID + " " + id, Stage: "compare", Error: err.Error()})
			continue
		}
		rec, kept, err := comparePair(first, d, h.Evidence, f.wire, align.Options{}, f.MinReused)
		if err != nil {
			deadLetter(ctx, dead, DeadLetter{ID: h.Doc.ID + " " + id, Stage: "compare", Error: err.Error()})
			continue
		}
		if !kept {
			continue
		}
		keptCount.Inc(ctx, 1)
		emitRec(mustLine(rec))
		pb, po, err := parts(rec)
		if err != nil {
			deadLetter(ctx, dead, DeadLetter{ID: rec.Base + " " + rec.Other, Stage: "compare", Error: err.Error()})
			continue
		}
		emitPart(rec.Base, pb)
		emitPart(rec.Other, po)
	}
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
