package corpus

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/gencorpus"
	"github.com/wirediff/wirediff/report"
)

// rewriteSeeds are the seeds that reuse the wire without copying it
// whole: 001 and 004 reword it, 002 and 003 are other versions of the
// story that share some of its paragraphs.
var rewriteSeeds = []string{
	"001_e4d2f7d4ad65d4f5.txt", "002_5abd8e9c77b91b8e.txt",
	"003_b030a8d00d13db10.txt", "004_f996ef66bb436ca1.txt",
}

// rewritesCollection writes a collection of n files whose planted files
// include the seed rewrites, whole and cut to excerpts.
func rewritesCollection(t testing.TB, n int, seed uint64) (string, *gencorpus.Manifest) {
	t.Helper()
	src, err := gencorpus.LoadSources("..")
	if err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp("", fmt.Sprintf("corpus-rewrites-%d-", n))
	if err != nil {
		t.Fatal(err)
	}
	tempDirs = append(tempDirs, dir)
	man, err := gencorpus.Write(dir, src, gencorpus.Options{Docs: n, Seed: seed, Query: wireName, Rewrites: rewriteSeeds, Planted: max(14, n/500)})
	if err != nil {
		t.Fatal(err)
	}
	return dir, man
}

// plantRecall is what a search found of the planted files of a
// collection.
type plantRecall struct {
	due, reached int      // planted files with ≥ 10% measured reuse; those compared
	missed       []string // those not compared: path, kind, measured reuse
}

// measurePlanted compares every planted file with the query, as the
// search's second pass would, and checks which of those that carry at
// least 10% of it the search compared (compared holds the paths, relative
// to dir, with forward slashes).
func measurePlanted(t testing.TB, q *article.Document, dir string, man *gencorpus.Manifest, compared map[string]bool) plantRecall {
	t.Helper()
	var r plantRecall
	for _, p := range man.Planted {
		doc, err := article.Load(context.Background(), filepath.Join(dir, filepath.FromSlash(p.Path)), article.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		comp, _ := report.Compare(q, doc, align.Options{})
		base, _ := align.Shares(comp)
		if base.Linked() < 0.1 {
			continue
		}
		r.due++
		if compared[p.Path] {
			r.reached++
		} else {
			r.missed = append(r.missed, fmt.Sprintf("%s (%s %s, %.0f%%)", p.Path, p.How, p.From, 100*base.Linked()))
		}
	}
	return r
}

// Every planted file that carries at least 10% of the query, as the
// comparison measures it, reaches the comparison: copies and edits
// through verbatim runs, the seed rewrites and their excerpts through
// pairs and words.
func TestRecallOfRewrites(t *testing.T) {
	dir, man := rewritesCollection(t, 700, 11)
	q := wire(t)
	res, err := Search(context.Background(), q, []string{dir}, Options{Top: 1000, MinReused: -1})
	if err != nil {
		t.Fatal(err)
	}
	compared := map[string]bool{}
	for _, m := range res.Matches {
		rel, _ := filepath.Rel(dir, m.Path)
		compared[filepath.ToSlash(rel)] = true
	}
	r := measurePlanted(t, q, dir, man, compared)
	if r.due < 10 {
		t.Fatalf("only %d planted files carry 10%% of the query: the collection tests little", r.due)
	}
	if r.reached != r.due {
		t.Errorf("%d of %d planted files with ≥ 10%% measured reuse reached the comparison; missed: %v", r.reached, r.due, r.missed)
	}
	// And the first pass keeps the comparisons few: the unrelated files
	// (licence texts) are not candidates.
	if res.Candidates > 2*len(man.Planted) {
		t.Errorf("%d candidates for %d planted files", res.Candidates, len(man.Planted))
	}
	t.Logf("%d files: %d of %d due reached; %d candidates, %d compared", res.Files, r.reached, r.due, res.Candidates, res.Compared)
}

// TestRecallAtScale measures, on collections of the sizes listed in
// WIREDIFF_RECALL (e.g. 1000,10000,100000), how many planted files with
// at least 10% measured reuse reach the comparison, by the scan and by
// an index built of the same files, with the time each takes. It is a
// measurement, not a test of the default run (100,000 files are 500 MB).
//
//	WIREDIFF_RECALL=1000,10000,100000 go test -run RecallAtScale -v -timeout 1h ./corpus
func TestRecallAtScale(t *testing.T) {
	sizes := os.Getenv("WIREDIFF_RECALL")
	if sizes == "" {
		t.Skip("set WIREDIFF_RECALL=1000,10000,100000 to measure")
	}
	q := wire(t)
	for _, f := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			t.Fatal(err)
		}
		dir, man := rewritesCollection(t, n, 2026)
		// Every candidate is compared, so that the compared set is the
		// candidate set (the default MaxCompared bounds it at 200).
		opts := Options{Top: 5000, MaxCompared: 5000, MinReused: -1}
		start := time.Now()
		if out, err := exec.Command("grep", "-rlF", "Meloni", dir).Output(); err == nil {
			t.Logf("%d files: grep -rlF over the folder %.1fs (%d files name Meloni)", n, time.Since(start).Seconds(), strings.Count(string(out), "\n"))
		}
		start = time.Now()
		res, err := Search(context.Background(), q, []string{dir}, opts)
		if err != nil {
			t.Fatal(err)
		}
		scan := time.Since(start)
		compared := map[string]bool{}
		for _, m := range res.Matches {
			rel, _ := filepath.Rel(dir, m.Path)
			compared[filepath.ToSlash(rel)] = true
		}
		r := measurePlanted(t, q, dir, man, compared)
		t.Logf("%d files (%d MB): scan %.1fs, %d candidates, %d compared; recall %d/%d; missed %v",
			n, man.Bytes/1e6, scan.Seconds(), res.Candidates, res.Compared, r.reached, r.due, r.missed)

		ixPath := filepath.Join(t.TempDir(), "recall.index")
		start = time.Now()
		if _, err := Build(context.Background(), ixPath, []string{dir}, false, BuildOptions{}); err != nil {
			t.Fatal(err)
		}
		build := time.Since(start)
		info, _ := os.Stat(ixPath)
		ix, err := OpenIndex(ixPath)
		if err != nil {
			t.Fatal(err)
		}
		start = time.Now()
		ires, err := ix.Search(context.Background(), q, opts)
		ix.Close()
		if err != nil {
			t.Fatal(err)
		}
		look := time.Since(start)
		icompared := map[string]bool{}
		for _, m := range ires.Matches {
			rel, _ := filepath.Rel(dir, m.Path)
			icompared[filepath.ToSlash(rel)] = true
		}
		ir := measurePlanted(t, q, dir, man, icompared)
		t.Logf("%d files: index build %.1fs (%.0f MB/s), %.1f MB (%.1f%% of the text); search %.2fs, %d candidates; recall %d/%d",
			n, build.Seconds(), float64(man.Bytes)/1e6/build.Seconds(), float64(info.Size())/1e6, 100*float64(info.Size())/float64(man.Bytes),
			look.Seconds(), ires.Candidates, ir.reached, ir.due)
		if r.reached != r.due || ir.reached != ir.due {
			t.Errorf("%d files: recall %d/%d by scan, %d/%d by index", n, r.reached, r.due, ir.reached, ir.due)
		}
	}
}
