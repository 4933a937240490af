package report

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/article"
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
