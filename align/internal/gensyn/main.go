// Command gensyn builds align/related.txt, the table of related English
// words that the align package embeds so that a paraphrase which says
// "civilians" for "citizens", "fatal" for "deadly" or "dying" for "killed"
// still shares something with its source.
//
// Source: WordNet 3.0 (Princeton University; see SOURCE.md for the licence),
// as packaged by Debian in wordnet-base. Regenerate with:
//
//	apt-get install wordnet-base
//	go run ./align/internal/gensyn -wordnet /usr/share/wordnet -freq align/freq.txt -out align/related.txt
//
// Which words count as related. WordNet lists every sense of a word, most
// frequent first, and most words have rare senses that relate them to
// almost anything ("set" has 45); a relation is kept only between the
// dominant senses of both words: the first senseDepth senses of each in
// its part of speech (one: with two, "northern" met "federal" through
// "Northerner", a soldier of the Union). Between two such senses the
// relations kept are:
//   - synonymy: both words in one synset ("state, say, tell");
//   - hypernymy, one level: "civilian" is a kind of "citizen", "gunfire"
//     of "shooting";
//   - similarity of adjectives: "fatal" and "deadly";
//   - cause: to "kill" causes to "die";
//   - derivation: "death" and "die", "protection" and "protect".
//
// Only nouns, verbs and adjectives written as one word in lower-case
// letters take part. Words are reduced to their Snowball stems, as the
// align package compares them, and only stems of the background frequency
// table (align/freq.txt, the 40,000 commonest words of SUBTLEX-US) are
// kept: a word too rare for that table is rare enough to count when it is
// repeated exactly, and the table stays small.
//
// The groups of related stems (each sorted, the groups sorted and
// distinct) are numbered 0, 1, 2... in their order. Output: plain text, a
// comment line naming the source, then one line per stem in byte order of
// the stems: the stem and the numbers of its groups in increasing order,
// separated by spaces ("civilian 4711 4712"). Two stems are related when
// their lines share a number. The file is deterministic and diffable, and
// the align package searches it in place without reading it first (see
// package internal/lines).
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/kljensen/snowball/english"
)

// senseDepth is how many of a word's senses, most frequent first, count as
// its dominant senses.
const senseDepth = 1

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "directory of the WordNet 3.0 database files (index.noun, data.noun, ...)")
	freq := flag.String("freq", "align/freq.txt", "background frequency table whose stems are kept")
	out := flag.String("out", "align/related.txt", "output file")
	flag.Parse()
	known, err := readStems(*freq)
	if err != nil {
		log.Fatalf("gensyn: %v", err)
	}
	groups, err := build(*dir, known)
	if err != nil {
		log.Fatalf("gensyn: %v", err)
	}
	if err := write(*out, groups); err != nil {
		log.Fatalf("gensyn: %v", err)
	}
}

// A synset is one WordNet synset: its words and its pointers.
type synset struct {
	words []string
	ptrs  []pointer
}

// A pointer is a relation from a synset (or one of its words, when source
// is not 0) to a target synset (or one of its words).
type pointer struct {
	symbol         string
	target         string // "pos:offset"
	source, toWord int    // 1-based word numbers; 0 for the whole synset
}

var posFiles = []struct{ pos, file string }{{"n", "noun"}, {"v", "verb"}, {"a", "adj"}}

func build(dir string, known map[string]bool) ([][]string, error) {
	synsets := map[string]*synset{}   // "pos:offset" -> synset
	dominant := map[string][]string{} // word -> its dominant synsets, all parts of speech
	for _, pf := range posFiles {
		if err := readIndex(filepath.Join(dir, "index."+pf.file), pf.pos, dominant); err != nil {
			return nil, err
		}
		if err := readData(filepath.Join(dir, "data."+pf.file), pf.pos, synsets); err != nil {
			return nil, err
		}
	}
	isDominant := func(word, key string) bool { return slices.Contains(dominant[word], key) }
	usable := func(word string) bool {
		for _, r := range word {
			if r < 'a' || r > 'z' {
				return false
			}
		}
		return word != ""
	}

	var groups [][]string
	add := func(words ...string) {
		var stems []string
		for _, w := range words {
			if s := english.Stem(w, true); known[s] {
				stems = append(stems, s)
			}
		}
		slices.Sort(stems)
		stems = slices.Compact(stems)
		if len(stems) >= 2 {
			groups = append(groups, stems)
		}
	}
	keys := make([]string, 0, len(synsets))
	for k := range synsets {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, key := range keys {
		ss := synsets[key]
		// Synonyms: the words for which this synset is a dominant sense.
		var members []string
		for _, w := range ss.words {
			if usable(w) && isDominant(w, key) {
				members = append(members, w)
			}
		}
		add(members...)
		for _, p := range ss.ptrs {
			target := synsets[p.target]
			if target == nil {
				continue
			}
			switch p.symbol {
			case "@", "&", ">": // hypernym, similar to, cause: synset to synset
				if p.source != 0 {
					continue
				}
				for _, w := range members {
					for _, t := range target.words {
						if usable(t) && isDominant(t, p.target) {
							add(w, t)
						}
					}
				}
			case "+": // derivationally related form: word to word
				if p.source == 0 || p.source > len(ss.words) || p.toWord == 0 || p.toWord > len(target.words) {
					continue
				}
				w, t := ss.words[p.source-1], target.words[p.toWord-1]
				if usable(w) && usable(t) && isDominant(w, key) && isDominant(t, p.target) {
					add(w, t)
				}
			}
		}
	}
	lines := make([]string, len(groups))
	for i, g := range groups {
		lines[i] = strings.Join(g, " ")
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)
	out := make([][]string, len(lines))
	for i, l := range lines {
		out[i] = strings.Fields(l)
	}
	return out, nil
}

// readIndex records the first senseDepth synsets of every word of an index
// file: "lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt
// synset_offset...", offsets most frequent sense first.
func readIndex(path, pos string, dominant map[string][]string) error {
	return eachLine(path, func(line string) error {
		f := strings.Fields(line)
		if len(f) < 6 {
			return fmt.Errorf("short line %q", line)
		}
		nSyn, err := strconv.Atoi(f[2])
		if err != nil {
			return err
		}
		nPtr, err := strconv.Atoi(f[3])
		if err != nil {
			return err
		}
		offs := f[4+nPtr+2:]
		if len(offs) != nSyn {
			return fmt.Errorf("%s: %d synsets listed, %d expected", f[0], len(offs), nSyn)
		}
		for _, o := range offs[:min(senseDepth, len(offs))] {
			dominant[f[0]] = append(dominant[f[0]], pos+":"+o)
		}
		return nil
	})
}

// readData reads the synsets of a data file: "offset lex_filenum ss_type
// w_cnt word lex_id [word lex_id...] p_cnt [ptr...] ... | gloss", w_cnt in
// hexadecimal, each pointer "symbol offset pos source/target" with
// source/target as two hexadecimal bytes. Adjective satellites (ss_type
// "s") are filed under "a", as the index files refer to them.
func readData(path, pos string, synsets map[string]*synset) error {
	return eachLine(path, func(line string) error {
		if gloss := strings.Index(line, " | "); gloss >= 0 {
			line = line[:gloss]
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			return fmt.Errorf("short line %q", line)
		}
		nw, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return err
		}
		k := 4
		ss := &synset{}
		for range nw {
			if k+1 >= len(f) {
				return fmt.Errorf("synset %s: words cut short", f[0])
			}
			w := strings.ToLower(f[k])
			if i := strings.IndexByte(w, '('); i >= 0 { // adjective marker: "mortal(p)"
				w = w[:i]
			}
			ss.words = append(ss.words, w)
			k += 2
		}
		np, err := strconv.Atoi(f[k])
		if err != nil {
			return err
		}
		k++
		for range np {
			if k+3 >= len(f) {
				return fmt.Errorf("synset %s: pointers cut short", f[0])
			}
			tpos := f[k+2]
			if tpos == "s" {
				tpos = "a"
			}
			st, err := strconv.ParseUint(f[k+3], 16, 16)
			if err != nil {
				return err
			}
			ss.ptrs = append(ss.ptrs, pointer{symbol: f[k], target: tpos + ":" + f[k+1], source: int(st >> 8), toWord: int(st & 0xff)})
			k += 4
		}
		synsets[pos+":"+f[0]] = ss
		return nil
	})
}

// eachLine calls fn on every line of a WordNet file but the licence
// header (lines starting with two spaces).
func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") || line == "" {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

// readStems returns the stems of the background frequency table (plain
// text: "#" header lines, then one "stem count" line per stem).
func readStems(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	known := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if stem, _, ok := strings.Cut(line, " "); ok && !strings.HasPrefix(line, "#") {
			known[stem] = true
		}
	}
	if len(known) == 0 {
		return nil, fmt.Errorf("%s: no stems", path)
	}
	return known, nil
}

func write(path string, groups [][]string) error {
	member := map[string][]int{} // stem -> its groups, in increasing order
	for i, g := range groups {
		for _, stem := range g {
			member[stem] = append(member[stem], i)
		}
	}
	stems := make([]string, 0, len(member))
	for stem := range member {
		stems = append(stems, stem)
	}
	slices.Sort(stems)
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# related stems from WordNet 3.0, dominant senses (first %d): synonyms, hypernyms, similar adjectives, causes, derivations; each stem with the numbers of its groups\n", senseDepth)
	for _, stem := range stems {
		buf.WriteString(stem)
		for _, g := range member[stem] {
			buf.WriteByte(' ')
			buf.WriteString(strconv.Itoa(g))
		}
		buf.WriteByte('\n')
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
