package align_test

import (
	"errors"
	"io/fs"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/align/eval"
)

// Floors and ceilings of TestMSRP, on the held-out part, just outside the
// figures measured when they were set (held-out: positives 0.952,
// hardest positives 0.747, look-alikes 0.016, 19 of 1,195; one pair moves
// positives by 0.0013, hardest positives by 0.013, look-alikes by
// 0.0008): regression guards, not targets. The aims (positives 0.97,
// hardest 0.90, look-alikes 0.02) and how far they are are in the README.
const (
	msrpMinPositives  = 0.945
	msrpMinHardest    = 0.72
	msrpMaxLookAlikes = 0.018
)

// TestMSRP runs the MSRP benchmark (see eval.RunMSRP): each sentence pair
// of the Microsoft Research Paraphrase Corpus training part compared as
// two one-sentence documents, positives, hardest positives and look-alikes,
// tuning and held-out parts. go test ./align -run MSRP -v prints the table.
func TestMSRP(t *testing.T) {
	pairs := msrpPairs(t)
	if testing.Short() {
		t.Skip("about 12,000 comparisons; skipped with -short")
	}
	run, err := eval.RunMSRP(pairs)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := eval.MSRPMarkdown(&b, run); err != nil {
		t.Fatal(err)
	}
	t.Logf("MSRP training part, each pair compared as two one-sentence documents:\n%s", b.String())
	h := run.Parts[1]
	if got := h.Positives.Share(); got < msrpMinPositives {
		t.Errorf("held-out positives linked: %.3f, want at least %.2f", got, msrpMinPositives)
	}
	if got := h.Hardest.Share(); got < msrpMinHardest {
		t.Errorf("held-out hardest positives linked: %.3f, want at least %.2f", got, msrpMinHardest)
	}
	if got := h.LookAlikes.Share(); got > msrpMaxLookAlikes {
		t.Errorf("held-out look-alikes linked: %.3f, want at most %.2f", got, msrpMaxLookAlikes)
	}
}

// msrpPairs reads the MSRP training pairs, or skips the test where the
// corpus is not beside the repository (it is not part of it).
func msrpPairs(t *testing.T) []eval.MSRPPair {
	t.Helper()
	root, err := eval.ModuleRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	path := eval.MSRPPath(root)
	pairs, err := eval.ReadMSRP(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("MSRP corpus not found at %s (it is not part of the repository)", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	return pairs
}
