package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/align/eval"
)

// TestRun writes the two documents and checks that each holds one side
// of the corpus, first pair first; without -out it refuses.
func TestRun(t *testing.T) {
	if err := run("", eval.MSRPParagraph); err == nil {
		t.Error("run without a folder: no error")
	}
	root, err := eval.ModuleRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	pairs, err := eval.ReadMSRP(eval.MSRPPath(root))
	if err != nil {
		t.Skip("MSRP corpus not beside the repository:", err)
	}
	dir := filepath.Join(t.TempDir(), "new")
	if err := run(dir, eval.MSRPParagraph); err != nil {
		t.Fatal(err)
	}
	for name, first := range map[string]string{"base.txt": pairs[0].S1, "other.txt": pairs[0].S2} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), first+" ") {
			t.Errorf("%s starts %.60q, want the first pair's sentence %.60q", name, b, first)
		}
	}
}
