package check

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestWordsGenerated checks that words.txt is what internal/genwords makes
// from the word lists, where those lists are installed (Debian's
// wamerican-large and wbritish-large); elsewhere it skips. It builds and
// runs the generator: a few seconds, so not in -short mode.
func TestWordsGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the generator")
	}
	for _, src := range []string{"/usr/share/dict/american-english-large", "/usr/share/dict/british-english-large"} {
		if _, err := os.Stat(src); err != nil {
			t.Skipf("source word list not installed: %v", err)
		}
	}
	out := filepath.Join(t.TempDir(), "words.txt")
	cmd := exec.Command("go", "run", "./internal/genwords", "-out", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("genwords: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, []byte(wordsText)) {
		t.Error("words.txt differs from what internal/genwords makes: run go generate ./check")
	}
}
