package article

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/neurosnap/sentences/english"
)

func TestScratchPunkt(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip()
	}
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		fmt.Println("=====", f)
		for _, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			for _, s := range tok.Tokenize(line + " ") {
				fmt.Printf("  | %s\n", strings.TrimSpace(s.Text))
			}
			fmt.Println("  --")
		}
	}
}
