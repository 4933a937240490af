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
//	go run ./internal/gencorpus/cmd/gencorpus -n 10000 -seed 1 -out coll
//	wirediff search testdata/seeds/000_c64f40ef166d9df3.txt coll
//
// With -archive it writes instead an archive of many stories as JSON lines
// (gencorpus.WriteArchive) to the file -out, for wirediff-archive, and
// prints one line per document: ID STORY HOW.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
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
	archive := flag.Bool("archive", false, "write an archive of many stories as JSON lines to the file -out")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gencorpus: -out is required")
		os.Exit(2)
	}
	if *archive {
		if err := runArchive(*root, *out, gencorpus.ArchiveOptions{Docs: *n, Seed: *seed}); err != nil {
			fmt.Fprintln(os.Stderr, "gencorpus:", err)
			os.Exit(1)
		}
		return
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

func runArchive(root, out string, opts gencorpus.ArchiveOptions) error {
	src, err := gencorpus.LoadSources(root)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	m, err := gencorpus.WriteArchive(f, gencorpus.PoolSentences(src, filepath.Join(root, gencorpus.MSRPPath)), opts)
	if err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	w := bufio.NewWriter(os.Stdout)
	for _, d := range m.Docs {
		fmt.Fprintf(w, "%s\t%d\t%s\n", d.ID, d.Story, d.How)
	}
	fmt.Fprintf(w, "%d documents, %d stories, %d bytes of text in %s\n", len(m.Docs), len(m.Stories), m.Bytes, out)
	return w.Flush()
}
