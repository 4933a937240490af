// Command gencorpus writes a generated collection (see package gencorpus)
// to a folder and prints its manifest: one line per planted file
//
//	planted  PATH  HOW  CARRIED
//
// (HOW is "rewrite of SOURCE" and CARRIED -1 for files planted from a
// rewrite: -rewrites),
//
// and one per file that is not an article (bad PATH), then the totals.
//
// Usage, from the module root:
//
//	go run ./internal/gencorpus/cmd/gencorpus -n 10000 -seed 1 -out /tmp/coll
//	wirediff search testdata/seeds/000_c64f40ef166d9df3.txt /tmp/coll
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/wirediff/wirediff/internal/gencorpus"
)

func main() {
	n := flag.Int("n", 1000, "number of files")
	seed := flag.Uint64("seed", 1, "random seed")
	query := flag.String("query", "000_c64f40ef166d9df3.txt", "source the planted files derive from")
	size := flag.Int("size", 5000, "mean size of an unrelated file, in bytes")
	out := flag.String("out", "", "folder to write the collection to (required)")
	root := flag.String("root", ".", "module root, where testdata/ is")
	rewrites := flag.String("rewrites", "", "comma-separated sources that rewrite the query, to plant as well (e.g. 001_e4d2f7d4ad65d4f5.txt,004_f996ef66bb436ca1.txt)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gencorpus: -out is required")
		os.Exit(2)
	}
	opts := gencorpus.Options{Docs: *n, Seed: *seed, Query: *query, MeanSize: *size}
	if *rewrites != "" {
		opts.Rewrites = strings.Split(*rewrites, ",")
	}
	if err := run(*root, *out, opts); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

func run(root, out string, opts gencorpus.Options) error {
	src, err := gencorpus.LoadSources(root)
	if err != nil {
		return err
	}
	m, err := gencorpus.Write(out, src, opts)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(os.Stdout)
	for _, p := range m.Planted {
		how := p.How
		if p.From != "" {
			how += " of " + p.From
		}
		fmt.Fprintf(w, "planted\t%s\t%s\t%.3f\n", p.Path, how, p.Carried)
	}
	for _, b := range m.Bad {
		fmt.Fprintf(w, "bad\t%s\n", b)
	}
	fmt.Fprintf(w, "%d files, %d bytes in %s\n", m.Files, m.Bytes, out)
	return w.Flush()
}
