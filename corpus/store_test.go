package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	bolt "go.etcd.io/bbolt"
)

// summary is what two searches must agree on.
type summaryRow struct {
	Path            string
	Reused, Covered float64
	Evidence        Evidence
}

func summarize(res *Result) (rows []summaryRow, found, candidates int) {
	for _, m := range res.Matches {
		rows = append(rows, summaryRow{m.Path, m.Reused, m.Covered, m.Evidence})
	}
	return rows, res.Found, res.Candidates
}

func buildIndex(t *testing.T, roots ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.index")
	res, err := Build(context.Background(), path, roots, false, BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Added == 0 {
		t.Fatalf("built an empty index: %+v", res)
	}
	return path
}

// An index answers as the scan of the same files does, and its problems
// at build time are the unreadable files.
func TestIndexSearchAgreesWithScan(t *testing.T) {
	dir, man := rewritesCollection(t, 400, 5)
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "test.index")
	built, err := Build(context.Background(), path, []string{abs}, false, BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if built.Files != man.Files || len(built.Problems) != len(man.Bad) || built.Added != man.Files-len(man.Bad) {
		t.Errorf("build read %d files, added %d, %d problems; the collection has %d files, %d bad", built.Files, built.Added, len(built.Problems), man.Files, len(man.Bad))
	}
	ix, err := OpenIndex(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if info := ix.Info(); info.Docs != built.Added || info.Segments != 1 {
		t.Errorf("index info %+v, want %d documents in 1 segment", info, built.Added)
	}
	q := wire(t)
	for _, opts := range []Options{{Top: 100, MinReused: -1}, {Top: 3}, {MinReused: 0.5}} {
		scan, err := Search(context.Background(), q, []string{abs}, opts)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ix.Search(context.Background(), q, opts)
		if err != nil {
			t.Fatal(err)
		}
		if got.Files != built.Added || got.Index != path {
			t.Errorf("index search: %d files, index %q", got.Files, got.Index)
		}
		wantRows, wantFound, wantCands := summarize(scan)
		gotRows, gotFound, gotCands := summarize(got)
		if diff := cmp.Diff(wantRows, gotRows); diff != "" || gotFound != wantFound || gotCands != wantCands {
			t.Errorf("%+v: index search differs from the scan (found %d/%d, candidates %d/%d) (-scan +index):\n%s", opts, wantFound, gotFound, wantCands, gotCands, diff)
		}
	}
}

// An index built in several segments, and files added later (one of
// them again, replacing its older version), answers as one built at once.
func TestIndexSegmentsAndAdd(t *testing.T) {
	dir, _ := small(t)
	abs, _ := filepath.Abs(dir)
	q := wire(t)
	whole := buildIndex(t, abs)

	parts := filepath.Join(t.TempDir(), "parts.index")
	subs, err := filepath.Glob(filepath.Join(abs, "00", "0*"))
	if err != nil || len(subs) < 2 {
		t.Fatalf("folders of the collection: %v %v", subs, err)
	}
	for _, s := range subs {
		if _, err := Add(context.Background(), parts, []string{s}, BuildOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	again, err := Add(context.Background(), parts, []string{subs[0]}, BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Replaced != again.Added || again.Added == 0 {
		t.Errorf("adding a folder again: %d added, %d replaced; want all replaced", again.Added, again.Replaced)
	}
	search := func(path string) (*Result, IndexInfo) {
		ix, err := OpenIndex(path)
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		res, err := ix.Search(context.Background(), q, Options{Top: 50, MinReused: -1})
		if err != nil {
			t.Fatal(err)
		}
		return res, ix.Info()
	}
	want, wantInfo := search(whole)
	got, gotInfo := search(parts)
	if gotInfo.Segments != len(subs)+1 || gotInfo.Docs != wantInfo.Docs || gotInfo.Bytes != wantInfo.Bytes {
		t.Errorf("added in parts: %+v; built at once: %+v", gotInfo, wantInfo)
	}
	w, wf, _ := summarize(want)
	g, gf, _ := summarize(got)
	if diff := cmp.Diff(w, g); diff != "" || wf != gf {
		t.Errorf("index added in parts differs (-whole +parts):\n%s", diff)
	}
}

func TestIndexErrors(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	seeds := filepath.Join("..", "testdata", "seeds")
	path := filepath.Join(dir, "x.index")
	if _, err := OpenIndex(path); err == nil || !strings.Contains(err.Error(), "wirediff index build") {
		t.Errorf("no index: error %v, want a hint to build one", err)
	}
	if _, err := Build(ctx, path, []string{seeds}, false, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(ctx, path, []string{seeds}, false, BuildOptions{}); err == nil || !strings.Contains(err.Error(), "--rebuild") {
		t.Errorf("building over an index: error %v, want a hint to --rebuild", err)
	}
	if _, err := Build(ctx, path, []string{seeds}, true, BuildOptions{}); err != nil {
		t.Errorf("--rebuild: %v", err)
	}

	// A build that is stopped leaves the index that was there.
	before, _ := os.ReadFile(path)
	stopped, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Build(stopped, path, []string{seeds}, true, BuildOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("a stopped build: error %v, want context.Canceled", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Errorf("a stopped build changed the index")
	}
	if _, err := os.Stat(path + ".building"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a stopped build left its temporary file")
	}

	// Not an index.
	junk := filepath.Join(dir, "junk.index")
	os.WriteFile(junk, []byte(strings.Repeat("not a database ", 1000)), 0o644)
	if _, err := OpenIndex(junk); err == nil || !strings.Contains(err.Error(), "not a wirediff index") {
		t.Errorf("a file that is not an index: error %v", err)
	}

	// Another format.
	db, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put([]byte("format"), u32(FormatVersion+1)) })
	db.Close()
	if _, err := OpenIndex(path); err == nil || !strings.Contains(err.Error(), "has format 2") || !strings.Contains(err.Error(), "--rebuild") {
		t.Errorf("another format: error %v", err)
	}
}

// A writer holds the index: a reader waits, then says so.
func TestIndexBusy(t *testing.T) {
	path := buildIndex(t, filepath.Join("..", "testdata", "seeds"))
	old := lockWait
	lockWait = 50e6
	defer func() { lockWait = old }()
	w, err := openIndex(path, false)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := OpenIndex(path); !errors.Is(err, ErrIndexBusy) {
		t.Errorf("opening an index being written: error %v, want ErrIndexBusy", err)
	}
}

func TestChunkRoundTrip(t *testing.T) {
	p := []uint64{5<<32 | 1, 5<<32 | 9, 7<<32 | 0, 1<<40 | 65535, 0xffffffff<<32 | 3}
	var got []uint64
	err := decodeChunk(encodeChunk(p), 5, func(h uint32, doc uint16) bool {
		got = append(got, uint64(h)<<32|uint64(doc))
		return true
	})
	if err != nil || !cmp.Equal(p, got) {
		t.Errorf("round trip: %v, %x; want %x", err, got, p)
	}
}

func FuzzDecodeChunk(f *testing.F) {
	f.Add(encodeChunk([]uint64{5<<32 | 1, 6<<32 | 2}), uint32(5))
	f.Add([]byte{}, uint32(0))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, uint32(7))
	f.Fuzz(func(t *testing.T, data []byte, first uint32) {
		prev, n := int64(-1), 0
		err := decodeChunk(data, first, func(h uint32, doc uint16) bool {
			if int64(h) < prev || h < first {
				t.Fatalf("hashes out of order: %d after %d (first %d)", h, prev, first)
			}
			prev = int64(h)
			n++
			return true
		})
		if err == nil && n == 0 {
			t.Errorf("a chunk of no posting decoded without error")
		}
	})
}

// sortPostings sorts as slices.Sort does postings appended in the order
// of their documents.
func TestSortPostings(t *testing.T) {
	for _, n := range []int{0, 5, 1023, 5000} {
		var p []uint64
		x := uint64(1)
		for doc := range n {
			for range 3 {
				x = mix(x)
				p = append(p, x&^0xffffffff|uint64(doc%SegmentDocs))
				p = append(p, uint64(doc%7)<<32|uint64(doc%SegmentDocs)) // repeated hashes
			}
		}
		want := slices.Clone(p)
		slices.Sort(want)
		sortPostings(p, nil)
		if !slices.Equal(p, want) {
			t.Fatalf("%d documents: postings not sorted as slices.Sort sorts them", n)
		}
	}
}
