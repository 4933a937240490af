package reuse

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/internal/gencorpus"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

const root = "../.."

// iter returns a Beam-style iterator over l.
func iter[T any](l []T) func(*T) bool {
	i := 0
	return func(x *T) bool {
		if i == len(l) {
			return false
		}
		*x = l[i]
		i++
		return true
	}
}

// TestPairFn: the documents of each signature of a bucket are paired once,
// their evidence summed by kind and sent to the smaller id; a duplicated
// id is one document; a signature over MaxDF documents is left out.
func TestPairFn(t *testing.T) {
	const v1, v2, p1, p2, w1 = 4 << 2, 8 << 2, 4<<2 | 1, 8<<2 | 1, 4<<2 | 2 // kinds in the low bits
	a, b, c := Ref{ID: "a", Words: 10}, Ref{ID: "b", Words: 20}, Ref{ID: "c", Words: 30}
	posts := []Posting{
		{Doc: b, Sigs: []uint64{v1, v2, p1, w1}},
		{Doc: a, Sigs: []uint64{v1, v2, p1, p2, w1}},
		{Doc: a, Sigs: []uint64{v1}}, // the same document again
		{Doc: c, Sigs: []uint64{p2, w1}},
	}
	f := &pairFn{MaxDF: 3, MaxDFWords: 5} // a and its copy count as two of v1's three
	f.Setup()
	got := map[string][]Hit{}
	f.ProcessElement(context.Background(), 0, iter(posts), func(k string, h Hits) {
		slices.SortFunc(h.List, func(x, y Hit) int { return strings.Compare(x.Other, y.Other) })
		got[k] = append(got[k], h.List...)
	})
	want := map[string][]Hit{
		"a": {{Other: "b", Evidence: Evidence{Verbatim: 2, Pairs: 1, Words: 1, MinWords: 10, VerbatimWeight: 2 * WeightUnit, PairsWeight: WeightUnit}}, {Other: "c", Evidence: Evidence{Pairs: 1, Words: 1, MinWords: 10, PairsWeight: WeightUnit}}},
		"b": {{Other: "c", Evidence: Evidence{Words: 1, MinWords: 20}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("hits %+v\nwant %+v", got, want)
	}
	// Over CommonDF: the verbatim signature of two documents counts one
	// in full, weighs half.
	got = map[string][]Hit{}
	f.CommonDF = 1
	f.ProcessElement(context.Background(), 0, iter([]Posting{{Doc: a, Sigs: []uint64{v1}}, {Doc: b, Sigs: []uint64{v1}}}), func(k string, h Hits) { got[k] = h.List })
	if want := (Evidence{Verbatim: 1, MinWords: 10, VerbatimWeight: WeightUnit / 2}); len(got["a"]) != 1 || got["a"][0].Evidence != want {
		t.Errorf("hits %+v, want a's evidence %+v", got, want)
	}
	// Over MaxDF: the verbatim signature of three documents says nothing.
	got = map[string][]Hit{}
	f.MaxDF = 2
	f.ProcessElement(context.Background(), 0, iter([]Posting{{Doc: a, Sigs: []uint64{v1}}, {Doc: b, Sigs: []uint64{v1}}, {Doc: c, Sigs: []uint64{v1}}}), func(k string, h Hits) { got[k] = h.List })
	if len(got) != 0 {
		t.Errorf("boilerplate signature paired: %v", got)
	}
}

// TestBucket: signatures spread over all buckets, each always to the same.
func TestBucket(t *testing.T) {
	seen := map[int]int{}
	for s := uint64(0); s < 4000; s += 4 { // one kind: the low bits alike
		b := bucket(s, 16)
		if b < 0 || b >= 16 || b != bucket(s, 16) {
			t.Fatalf("bucket(%d, 16) = %d", s, b)
		}
		seen[b]++
	}
	for b := range 16 {
		if seen[b] < 1000/16/2 {
			t.Errorf("bucket %d has %d of 1000 signatures", b, seen[b])
		}
	}
}

// TestOneDoc: of documents with one id, the same is chosen in any order.
func TestOneDoc(t *testing.T) {
	var pk packer
	pack := func(d Doc) Packed {
		p, err := pk.pack(d)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	// "two" packs to fewer bytes than "one" would sort by: the texts decide.
	x, y, z := pack(Doc{ID: "d", Text: "one"}), pack(Doc{ID: "d", Text: "two"}), pack(Doc{ID: "d", Date: "2024", Text: "a"})
	for _, l := range [][]Packed{{x, y, z}, {y, z, x}, {z, x, y}} {
		d, n := onePacked(iter(l))
		got, err := d.unpack()
		if err != nil || got != (Doc{ID: "d", Text: "one"}) || n != 3 {
			t.Errorf("onePacked(%v) = %+v, %d, %v", l, got, n, err)
		}
	}
	if _, n := onePacked(iter[Packed](nil)); n != 0 {
		t.Errorf("onePacked(nothing) counts %d", n)
	}
}

// TestPack: a text packs to fewer bytes and unpacks to itself, and packs
// to the same bytes every time.
func TestPack(t *testing.T) {
	base, _ := seedPair(t)
	var pk packer
	p1, err := pk.pack(base)
	if err != nil {
		t.Fatal(err)
	}
	p2, _ := pk.pack(base)
	if !bytes.Equal(p1.Text, p2.Text) {
		t.Error("one text packed to two byte strings")
	}
	if len(p1.Text) >= len(base.Text)*2/3 {
		t.Errorf("packed %d bytes into %d", len(base.Text), len(p1.Text))
	}
	if got, err := p1.unpack(); err != nil || got != base {
		t.Errorf("unpack: %v; same document: %v", err, got == base)
	}
	if _, err := (Packed{ID: "x", Text: []byte("not deflate")}).unpack(); err == nil {
		t.Error("unpacked bytes that are not DEFLATE")
	}
}

func TestDirection(t *testing.T) {
	wire := wireSet([]string{"ap"})
	cases := []struct {
		a, b      Doc
		base, why string
	}{
		{Doc{ID: "x", Date: "2024-01-02"}, Doc{ID: "y", Date: "2024-01-01"}, "y", "earlier"},
		{Doc{ID: "x", Date: "2024-01-01", Source: "paper"}, Doc{ID: "y", Date: "2024-01-01", Source: "ap"}, "y", "wire"},
		{Doc{ID: "y", Source: "paper"}, Doc{ID: "x", Source: "paper"}, "x", "id"},
		{Doc{ID: "y", Date: "2024-01-01"}, Doc{ID: "x"}, "x", "id"}, // an unknown date tells nothing
	}
	for _, c := range cases {
		for _, swap := range []bool{false, true} {
			a, b := c.a, c.b
			if swap {
				a, b = b, a
			}
			base, other, why := direction(a, b, wire)
			if base.ID != c.base || why != c.why || other.ID == base.ID {
				t.Errorf("direction(%s, %s) = %s, %s, %s; want base %s, %s", a.ID, b.ID, base.ID, other.ID, why, c.base, c.why)
			}
		}
	}
}

func TestEvidence(t *testing.T) {
	for _, c := range []struct {
		e    Evidence
		want bool
	}{
		{Evidence{Verbatim: 1, VerbatimWeight: WeightUnit}, true},
		{Evidence{Verbatim: 1, VerbatimWeight: WeightUnit - 1}, false}, // one common run
		{Evidence{Verbatim: 2, VerbatimWeight: 2 * (WeightUnit / 2)}, true},
		{Evidence{Pairs: 1, PairsWeight: WeightUnit}, false},
		{Evidence{Pairs: 2, PairsWeight: 2 * WeightUnit}, true},
		{Evidence{Pairs: 3, PairsWeight: 3 * (WeightUnit / 2)}, false}, // common pairs
		{Evidence{Pairs: 4, PairsWeight: 4 * (WeightUnit / 2)}, true},
		{Evidence{Verbatim: 1}, false}, // the floor reads the weights
		{Evidence{Words: 3, MinWords: 15}, true},
		{Evidence{Words: 3, MinWords: 16}, false},
		{Evidence{Words: 2}, false},
	} {
		if got := c.e.Candidate(); got != c.want {
			t.Errorf("%+v.Candidate() = %v", c.e, got)
		}
	}
	if got := addEvidence(Evidence{Verbatim: 1, MinWords: 7, VerbatimWeight: 3}, Evidence{Pairs: 2, Words: 1, MinWords: 7, PairsWeight: 5}); got != (Evidence{Verbatim: 1, Pairs: 2, Words: 1, MinWords: 7, VerbatimWeight: 3, PairsWeight: 5}) {
		t.Errorf("addEvidence = %+v", got)
	}
}

// TestSignatureWeight: full weight up to CommonDF documents (a wire story
// and its 31 carriers with the default), then falling as 1/df.
func TestSignatureWeight(t *testing.T) {
	for _, c := range []struct{ df, common, want int }{
		{2, DefaultCommonDF, WeightUnit},
		{31, DefaultCommonDF, WeightUnit},
		{32, 32, WeightUnit},
		{64, 32, WeightUnit / 2},
		{100, 32, WeightUnit * 32 / 100},
		{100, 100, WeightUnit},
	} {
		if got := signatureWeight(c.df, c.common); got != c.want {
			t.Errorf("signatureWeight(%d, %d) = %d, want %d", c.df, c.common, got, c.want)
		}
	}
}

// seedPair returns the first seed article and a copy of it with an added
// paragraph and a changed quotation.
func seedPair(t *testing.T) (Doc, Doc) {
	t.Helper()
	text, err := os.ReadFile(filepath.Join(root, "testdata/seeds/000_c64f40ef166d9df3.txt"))
	if err != nil {
		t.Fatal(err)
	}
	base := Doc{ID: "wire-1", Date: "2024-03-01", Source: "ap", Text: string(text)}
	other := Doc{ID: "paper-1", Date: "2024-03-02", Source: "daily", Text: string(text) + "\n\nThe Daily adds a paragraph of its own about the local angle of the story.\n"}
	return base, other
}

func TestComparePair(t *testing.T) {
	base, other := seedPair(t)
	rec, kept, err := comparePair(other, base, Evidence{Verbatim: 9}, wireSet([]string{"ap"}), align.Options{}, 0.1)
	if err != nil || !kept {
		t.Fatalf("comparePair = %v, %v", kept, err)
	}
	if rec.Base != "wire-1" || rec.Other != "paper-1" || rec.Direction != "earlier" || rec.Evidence.Verbatim != 9 {
		t.Errorf("record heads %+v", rec)
	}
	if rec.Shares.Base.Identical != 1 || rec.Shares.Other.Unlinked <= 0 || rec.Shares.Other.Identical >= 1 {
		t.Errorf("shares %+v: want BASE carried whole, OTHER with text of its own", rec.Shares)
	}
	var sum struct {
		Identical, Added int
		Reused           float64
	}
	if err := json.Unmarshal(rec.Summary, &sum); err != nil || sum.Identical == 0 || sum.Added != 1 {
		t.Errorf("summary %s (%v): want identical sentences and 1 added", rec.Summary, err)
	}
	for name, l := range map[string]json.RawMessage{"quotes": rec.Quotes, "typos": rec.Typos, "facts": rec.Facts} {
		if !bytes.HasPrefix(l, []byte("[")) {
			t.Errorf("%s = %s, want a list", name, l)
		}
	}
	// An unrelated pair is compared but not kept.
	lic, err := os.ReadFile(filepath.Join(root, "testdata/licenses/GPL-3"))
	if err != nil {
		t.Fatal(err)
	}
	if _, kept, err := comparePair(base, Doc{ID: "gpl", Text: string(lic)}, Evidence{}, nil, align.Options{}, 0.1); err != nil || kept {
		t.Errorf("seed against GPL-3: kept %v, %v", kept, err)
	}
	if _, _, err := comparePair(base, Doc{ID: "empty", Text: " \n"}, Evidence{}, nil, align.Options{}, 0.1); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Errorf("empty document: err %v, want one naming it", err)
	}
}

func TestSummarize(t *testing.T) {
	rec := Record{Base: "a", Other: "b", BaseDate: "2024-01-01", Verdict: "v", Summary: json.RawMessage(`{"identical":1}`),
		Quotes: json.RawMessage(`[{}]`), Typos: json.RawMessage(`[]`), Facts: json.RawMessage(`[{},{}]`)}
	pa, pb, err := parts(rec)
	if err != nil {
		t.Fatal(err)
	}
	rec2 := rec
	rec2.Other = "0"
	pa2, _, _ := parts(rec2)
	s, err := summarize("a", []Part{pa, pa2})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.CarriedBy) != 2 || s.CarriedBy[0].ID != "0" || s.CarriedBy[1].ID != "b" || len(s.Carries) != 0 || s.Date != "2024-01-01" {
		t.Errorf("summary of a: %+v", s)
	}
	if f := s.CarriedBy[1].Findings; f != (Findings{Quotes: 1, Facts: 2}) {
		t.Errorf("findings %+v", f)
	}
	s, _ = summarize("b", []Part{pb})
	if len(s.Carries) != 1 || s.Carries[0].ID != "a" || len(s.CarriedBy) != 0 {
		t.Errorf("summary of b: %+v", s)
	}
}

// archive writes a generated archive of n documents to dir/in.jsonl, with
// a line that is not JSON added, and returns its manifest.
func archive(t *testing.T, dir string, n int, shuffle bool) *gencorpus.ArchiveManifest {
	t.Helper()
	src, err := gencorpus.LoadSources(root)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	m, err := gencorpus.WriteArchive(&buf, gencorpus.PoolSentences(src, filepath.Join(root, gencorpus.MSRPPath)), gencorpus.ArchiveOptions{Docs: n, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(buf.String(), "\n")
	lines = append(lines, "{not json\n")
	if shuffle {
		r := rand.New(rand.NewPCG(1, 2))
		r.Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
	}
	if err := os.WriteFile(filepath.Join(dir, "in.jsonl"), []byte(strings.Join(lines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	return m
}

func runPipeline(t *testing.T, cfg Config) map[string]int64 {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, cfg); err != nil {
		t.Fatal(err)
	}
	res, err := beam.Run(context.Background(), "prism", p)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() == Namespace {
			got[c.Name()] += c.Result()
		}
	}
	return got
}

func read(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestPipeline runs the whole pipeline on the in-process runner: every
// planted pair is found, nothing unplanted is, bad inputs are dead
// letters, counters add up, and the output does not depend on the order
// of the input or on the number of signature buckets.
func TestPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline twice")
	}
	dirA, dirB := t.TempDir(), t.TempDir()
	const n = 60
	m := archive(t, dirA, n, false)
	archive(t, dirB, n, true)
	counters := runPipeline(t, Config{Input: filepath.Join(dirA, "in.jsonl"), Output: filepath.Join(dirA, "out"), Wire: []string{"wire-a", "wire-b"}})
	// The same input in another order, its signatures in other buckets.
	runPipeline(t, Config{Input: filepath.Join(dirB, "in.jsonl"), Output: filepath.Join(dirB, "out"), Wire: []string{"wire-a", "wire-b"}, Buckets: 3})
	for _, name := range []string{"pairs", "documents", "dead-letter"} {
		a, b := read(t, ShardName(filepath.Join(dirA, "out"), name, 0, 1)), read(t, ShardName(filepath.Join(dirB, "out"), name, 0, 1))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between the same input in two orders and bucket counts", name)
		}
	}

	index := map[string]int{}
	for i, d := range m.Docs {
		index[d.ID] = i
	}
	found := map[[2]int]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(read(t, filepath.Join(dirA, "out", "pairs.jsonl")))), "\n") {
		var r Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("pair line %q: %v", line, err)
		}
		a, b := index[r.Base], index[r.Other]
		if m.Docs[a].Story != m.Docs[b].Story && !m.SharePool(a, b) {
			t.Errorf("pair %s %s shares no text", r.Base, r.Other)
		}
		if r.BaseDate > r.OtherDate {
			t.Errorf("pair %s %s: base is later", r.Base, r.Other)
		}
		found[[2]int{min(a, b), max(a, b)}] = true
	}
	planted := 0
	for a := range m.Docs {
		for b := a + 1; b < len(m.Docs); b++ {
			if m.Shared(a, b) >= 0.1 {
				planted++
				if !found[[2]int{a, b}] {
					t.Errorf("planted pair %s %s (%s, %s) not found", m.Docs[a].ID, m.Docs[b].ID, m.Docs[a].How, m.Docs[b].How)
				}
			}
		}
	}
	if planted < 10 {
		t.Fatalf("only %d planted pairs: the test archive is too small to tell", planted)
	}

	dead := strings.Split(strings.TrimSpace(string(read(t, filepath.Join(dirA, "out", "dead-letter.jsonl")))), "\n")
	bad := 0
	for _, d := range m.Docs {
		if d.Story < 0 {
			bad++
		}
	}
	if len(dead) != bad+1 || !strings.Contains(strings.Join(dead, "\n"), `"stage":"read"`) {
		t.Errorf("dead letters:\n%s\nwant %d bad documents and the line that is not JSON", strings.Join(dead, "\n"), bad)
	}
	if counters[CounterRead] != n+1 || counters[CounterDead] != int64(bad+1) || counters[CounterKept] != int64(len(found)) ||
		counters[CounterCompared] < counters[CounterKept] || counters[CounterCandidates] < counters[CounterCompared] {
		t.Errorf("counters %v; want %d read, %d dead, %d kept", counters, n+1, bad+1, len(found))
	}
	docs := strings.Split(strings.TrimSpace(string(read(t, filepath.Join(dirA, "out", "documents.jsonl")))), "\n")
	if !slices.IsSorted(docs) || len(docs) < len(found)/2 {
		t.Errorf("%d document summaries for %d pairs, or not sorted", len(docs), len(found))
	}
}

// TestPipelineFolder reads a folder tree and writes sharded output.
func TestPipelineFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	base, other := seedPair(t)
	for name, text := range map[string]string{"ap/wire.txt": base.Text, "daily/copy.txt": other.Text, "daily/empty.txt": "", ".hidden/x.txt": base.Text} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(in, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, err := ListFolder(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"ap/wire.txt", "daily/copy.txt", "daily/empty.txt"}; !slices.Equal(files, want) {
		t.Fatalf("ListFolder = %q, want %q", files, want)
	}
	out := filepath.Join(dir, "out")
	runPipeline(t, Config{Root: in, Files: files, Output: out, Shards: 2, Wire: []string{"ap"}})
	var pairs []string
	for i := range 2 {
		b := read(t, ShardName(out, "pairs", i, 2))
		if len(b) > 0 {
			pairs = append(pairs, strings.Split(strings.TrimSpace(string(b)), "\n")...)
		}
	}
	if len(pairs) != 1 || !strings.HasPrefix(pairs[0], `{"base":"ap/wire.txt","other":"daily/copy.txt"`) || !strings.Contains(pairs[0], `"direction":"wire"`) {
		t.Errorf("pairs %q: want the wire story carried by the daily", pairs)
	}
	if dead := string(read(t, ShardName(out, "dead-letter", 0, 1))); !strings.Contains(dead, "daily/empty.txt") {
		t.Errorf("dead letters %q: want the empty file", dead)
	}
}
