// Command genwords builds check/words.txt, the English word list that
// the check package embeds to tell a possible misspelling from a word.
//
// Source: SCOWL (Spell Checker Oriented Word Lists, © 2000–2011 Kevin
// Atkinson and others; permissive licence, see check/words-COPYRIGHT) as
// packaged by Debian in wamerican-large and wbritish-large (2020.12.07).
// Both lists are merged so that American and British spellings are words
// alike. Regenerate with:
//
//	apt-get install wamerican-large wbritish-large
//	cp /usr/share/doc/wamerican-large/copyright check/words-COPYRIGHT
//	go run ./check/internal/genwords
//
// Each entry is folded to lower case with typographic apostrophes made
// straight; possessives ("Italy's") are left out, since the checker strips
// them before looking a word up, and so are entries with characters other
// than letters and apostrophes. The output is plain text, one word a
// line, sorted by bytes and without duplicates, so the same lists always
// give the same file; it is left uncompressed because the checker
// searches it in place, without reading it first (see package
// internal/lines).
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"
	"unicode"
)

func main() {
	american := flag.String("american", "/usr/share/dict/american-english-large", "American English word list (wamerican-large)")
	british := flag.String("british", "/usr/share/dict/british-english-large", "British English word list (wbritish-large)")
	out := flag.String("out", "check/words.txt", "output file")
	flag.Parse()
	var words []string
	for _, name := range []string{*american, *british} {
		w, err := read(name)
		if err != nil {
			log.Fatalf("genwords: %v", err)
		}
		words = append(words, w...)
	}
	slices.Sort(words)
	words = slices.Compact(words)
	if err := write(*out, words); err != nil {
		log.Fatalf("genwords: %v", err)
	}
	fmt.Printf("genwords: %d words written to %s\n", len(words), *out)
}

// read returns the usable entries of one word list, folded.
func read(name string) ([]string, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	var words []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if w, ok := fold(sc.Text()); ok {
			words = append(words, w)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(words) == 0 {
		return nil, fmt.Errorf("reading %s: no words", name)
	}
	return words, nil
}

// fold returns the entry as the checker looks it up, or false when it is
// a possessive or holds anything but letters and apostrophes.
func fold(entry string) (string, bool) {
	w := strings.ToLower(strings.TrimSpace(strings.ReplaceAll(entry, "’", "'")))
	if w == "" || strings.HasSuffix(w, "'s") {
		return "", false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '\'' {
			return "", false
		}
	}
	return w, true
}

func write(name string, words []string) error {
	var buf bytes.Buffer
	for _, w := range words {
		buf.WriteString(w)
		buf.WriteByte('\n')
	}
	if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}
