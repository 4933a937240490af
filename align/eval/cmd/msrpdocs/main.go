// Command msrpdocs writes the MSRP sentence pairs as two documents of
// news prose, base.txt and other.txt, into a folder (see
// eval.MSRPDocuments): a large pair of distinct text in which every
// sentence is reworded, for the speed benchmarks (scripts/bench.sh
// --big), where the generated documents repeat their paragraphs.
//
// Usage, from anywhere inside the module, with the corpus beside the
// repository:
//
//	go run ./align/eval/cmd/msrpdocs -out DIR
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/wirediff/wirediff/align/eval"
)

func main() {
	out := flag.String("out", "", "folder to write base.txt and other.txt into (made if missing)")
	perParagraph := flag.Int("per-paragraph", eval.MSRPParagraph, "sentences to a paragraph")
	flag.Parse()
	if err := run(*out, *perParagraph); err != nil {
		fmt.Fprintln(os.Stderr, "msrpdocs:", err)
		os.Exit(1)
	}
}

func run(out string, perParagraph int) error {
	if out == "" {
		return fmt.Errorf("no -out folder given")
	}
	root, err := eval.ModuleRoot(".")
	if err != nil {
		return err
	}
	pairs, err := eval.ReadMSRP(eval.MSRPPath(root))
	if err != nil {
		return err
	}
	base, other := eval.MSRPDocuments(pairs, perParagraph)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "base.txt"), []byte(base), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "other.txt"), []byte(other), 0o644)
}
