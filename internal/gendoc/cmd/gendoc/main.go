// Command gendoc writes a generated document pair (see package gendoc) to
// a directory: base.txt, other.txt and truth.tsv, the ground truth with
// one derivation a line:
//
//	kind  moved  base spans  other spans
//
// where spans are start-end byte ranges separated by commas.
//
// Usage, from the module root:
//
//	go run ./internal/gendoc/cmd/gendoc -size 1MB -seed 1 -out pair
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/wirediff/wirediff/internal/gendoc"
)

func main() {
	size := flag.String("size", "1MB", "approximate size of BASE: bytes, or a number with KB or MB (powers of 1024)")
	seed := flag.Uint64("seed", 1, "random seed")
	out := flag.String("out", ".", "directory to write base.txt, other.txt and truth.tsv to (made if missing)")
	root := flag.String("root", ".", "module root, where testdata/ is")
	flag.Parse()
	if err := run(*size, *seed, *out, *root); err != nil {
		fmt.Fprintln(os.Stderr, "gendoc:", err)
		os.Exit(1)
	}
}

func run(size string, seed uint64, out, root string) error {
	n, err := parseSize(size)
	if err != nil {
		return err
	}
	src, err := gendoc.LoadSources(root)
	if err != nil {
		return err
	}
	p, err := gendoc.Generate(src, gendoc.Options{Size: n, Seed: seed})
	if err != nil {
		return err
	}
	var truth strings.Builder
	for _, l := range p.Links {
		fmt.Fprintf(&truth, "%v\t%t\t%s\t%s\n", l.Kind, l.Moved, spans(l.Base), spans(l.Other))
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for name, text := range map[string]string{"base.txt": p.Base, "other.txt": p.Other, "truth.tsv": truth.String()} {
		if err := os.WriteFile(filepath.Join(out, name), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func spans(ss []gendoc.Span) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = fmt.Sprintf("%d-%d", s.Start, s.End)
	}
	return strings.Join(parts, ",")
}

// parseSize reads "1048576", "512KB" or "1MB".
func parseSize(s string) (int, error) {
	mult := 1
	num := strings.ToUpper(strings.TrimSpace(s))
	for suffix, m := range map[string]int{"KB": 1 << 10, "MB": 1 << 20} {
		if strings.HasSuffix(num, suffix) {
			num, mult = strings.TrimSuffix(num, suffix), m
		}
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
	if err != nil || f <= 0 {
		return 0, fmt.Errorf("size %q: want a positive number of bytes, KB or MB", s)
	}
	return int(f * float64(mult)), nil
}
