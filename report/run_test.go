package report

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/internal/gendoc"
)

// TestRunSharesBase checks that Run, which analyses the BASE once for the
// checks of every OTHER, gives each OTHER the findings that Compare gives
// it on its own, and with AllFindings the uncertain ones too.
func TestRunSharesBase(t *testing.T) {
	var docs []*article.Document
	for _, name := range []string{"000_c64f40ef166d9df3.txt", "001_e4d2f7d4ad65d4f5.txt", "002_5abd8e9c77b91b8e.txt", "003_b030a8d00d13db10.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		d, err := article.Parse(name, data)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	r := Run(docs, Options{})
	all := Run(docs, Options{AllFindings: true})
	for i, other := range docs[1:] {
		_, want := Compare(docs[0], other, Options{}.Align)
		if d := cmp.Diff(want, r.Checks[i]); d != "" {
			t.Errorf("checks of %s (-alone +in the run):\n%s", other.Name, d)
		}
		if got := all.Checks[i]; got.HeldBack != 0 || len(got.Quotes)+len(got.Typos)+len(got.Facts) != len(want.Quotes)+len(want.Typos)+len(want.Facts)+want.HeldBack {
			t.Errorf("all findings of %s: %d, want %d confident and %d held back", other.Name,
				len(got.Quotes)+len(got.Typos)+len(got.Facts), len(want.Quotes)+len(want.Typos)+len(want.Facts), want.HeldBack)
		}
	}
}

// TestCompareAside checks that compare, which has the checks analyse a
// large OTHER while align compares it (see asideMinBytes), reports what
// the comparison and check.Run give one after the other.
func TestCompareAside(t *testing.T) {
	src, err := gendoc.LoadSources("..")
	if err != nil {
		t.Fatal(err)
	}
	g, err := gendoc.Generate(src, gendoc.Options{Size: 2 * asideMinBytes, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	seed, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", "000_c64f40ef166d9df3.txt"))
	if err != nil {
		t.Fatal(err)
	}
	base, err := article.Parse("seed", seed)
	if err != nil {
		t.Fatal(err)
	}
	other, err := article.Parse("generated", []byte(g.Other))
	if err != nil {
		t.Fatal(err)
	}
	if len(other.Text) < asideMinBytes {
		t.Fatalf("the generated OTHER has %d bytes, under asideMinBytes: the test covers nothing", len(other.Text))
	}
	c, r := compare(nil, check.NewBase(base), other, align.Options{}, true)
	wantC := align.Compare(base, other, align.Options{})
	want := check.Run(wantC, nil)
	if diff := cmp.Diff(wantC.Sentences, c.Sentences); diff != "" {
		t.Errorf("records differ (-sequential +aside):\n%s", diff)
	}
	if diff := cmp.Diff(want, r); diff != "" {
		t.Errorf("checks differ (-sequential +aside):\n%s", diff)
	}
	if len(r.Quotes) == 0 {
		t.Error("no changed quotation: the test does not reach the speakers")
	}
}
