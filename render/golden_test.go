package render

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/internal/testdoc"
	"github.com/wirediff/wirediff/report"
)

// seedNames are the seed articles, BASE first (see testdata/seeds/README.md).
var seedNames = []string{
	"000_c64f40ef166d9df3.txt",
	"001_e4d2f7d4ad65d4f5.txt",
	"002_5abd8e9c77b91b8e.txt",
	"003_b030a8d00d13db10.txt",
	"004_f996ef66bb436ca1.txt",
}

var (
	seedOnce   sync.Once
	seedCached *report.Report
	seedErr    error
)

// seedReport compares the seed BASE with the four other seeds and checks
// each comparison, as `wirediff 000 001 002 003 004` does. It is built once per test binary.
func seedReport(tb testing.TB) *report.Report {
	tb.Helper()
	seedOnce.Do(func() {
		r := &report.Report{Version: "test"}
		for _, name := range seedNames {
			data, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", name))
			if err != nil {
				seedErr = err
				return
			}
			d, err := article.Parse(name, data)
			if err != nil {
				seedErr = err
				return
			}
			r.Documents = append(r.Documents, d)
		}
		for _, o := range r.Documents[1:] {
			c := align.Compare(r.Documents[0], o, align.Options{})
			r.Comparisons = append(r.Comparisons, c)
			r.Checks = append(r.Checks, check.Run(c, nil))
		}
		seedCached = r
	})
	if seedErr != nil {
		tb.Fatalf("building the seed report: %v", seedErr)
	}
	return seedCached
}

type goldenCase struct {
	file   string
	report func(testing.TB) *report.Report
	render func(*bytes.Buffer, *report.Report) error
}

func termWith(o TermOptions) func(*bytes.Buffer, *report.Report) error {
	return func(b *bytes.Buffer, r *report.Report) error { return Term(b, r, o) }
}

func jsonTo(b *bytes.Buffer, r *report.Report) error { return JSON(b, r) }

func htmlTo(b *bytes.Buffer, r *report.Report) error { return HTML(b, r) }

func fixture(f func() *report.Report) func(testing.TB) *report.Report {
	return func(testing.TB) *report.Report { return f() }
}

// goldenCases lists every golden file under testdata/ and how it is made.
var goldenCases = []goldenCase{
	{"story.txt", fixture(storyReport), termWith(TermOptions{Width: 80})},
	{"story.nowrap.txt", fixture(storyReport), termWith(TermOptions{})},
	{"story.color.txt", fixture(storyReport), termWith(TermOptions{Width: 80, Color: true})},
	{"story.other.txt", fixture(storyReport), termWith(TermOptions{Width: 80, Order: OtherOrder})},
	{"story.sbs.txt", fixture(storyReport), termWith(TermOptions{Width: 100, SideBySide: true})},
	{"story.sbs.color.txt", fixture(storyReport), termWith(TermOptions{Width: 100, SideBySide: true, Color: true})},
	{"story.quiet.txt", fixture(storyReport), termWith(TermOptions{Width: 80, Quiet: true})},
	{"story.stat.txt", fixture(twoOthersReport), termWith(TermOptions{Width: 80, Stat: true})},
	{"story.json", fixture(storyReport), jsonTo},
	{"story.html", fixture(twoOthersReport), htmlTo},
	{"hostile.txt", fixture(hostileReport), termWith(TermOptions{Width: 60})},
	{"hostile.json", fixture(hostileReport), jsonTo},
	{"hostile.html", fixture(hostileReport), htmlTo},
	{"seeds.txt", seedReport, termWith(TermOptions{Width: 100})},
	{"seeds.color.txt", seedReport, termWith(TermOptions{Width: 100, Color: true})},
	{"seeds.other.txt", seedReport, termWith(TermOptions{Width: 100, Order: OtherOrder})},
	{"seeds.sbs.txt", seedReport, termWith(TermOptions{Width: 140, SideBySide: true})},
	{"seeds.quiet.txt", seedReport, termWith(TermOptions{Width: 100, Quiet: true})},
	{"long.context.txt", fixture(func() *report.Report { return longStory(true) }), termWith(TermOptions{Width: 80, Elide: true, Context: 1})},
	{"long.context.sbs.color.txt", fixture(func() *report.Report { return longStory(true) }), termWith(TermOptions{Width: 80, Elide: true, Context: 0, SideBySide: true, Color: true})},
	{"seeds.stat.txt", seedReport, termWith(TermOptions{Width: 100, Stat: true})},
	{"seeds.json", seedReport, jsonTo},
	{"seeds.html", seedReport, htmlTo},
}

// TestGolden compares every output format with its golden file in
// testdata/; run with -update to rewrite them after an intended change
// (including a change in article or align that alters the seed reports).
// Each output is made twice to check that it is deterministic.
func TestGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.file, func(t *testing.T) {
			var got, again bytes.Buffer
			r := tc.report(t)
			if err := tc.render(&got, r); err != nil {
				t.Fatal(err)
			}
			if err := tc.render(&again, r); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), again.Bytes()) {
				t.Fatalf("two renderings of the same report differ:\n%s", cmp.Diff(got.String(), again.String()))
			}
			testdoc.Golden(t, filepath.Join("testdata", tc.file), got.Bytes())
		})
	}
}
