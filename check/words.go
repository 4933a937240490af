package check

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

// wordsData is the English word list: SCOWL as packaged by Debian in
// wamerican-large and wbritish-large (134,413 words, American and British
// spellings alike), lower case, one word a line, sorted. See
// internal/genwords for how it is made and words-COPYRIGHT for its
// licence.
//
//go:generate go run ./internal/genwords -out words.txt.gz
//go:embed words.txt.gz
var wordsData []byte

// A wordList is a sorted list of words held as one string, so that it
// costs its own size (1.3 MB) and one slice of offsets (0.5 MB) instead of
// a map's tens of megabytes.
type wordList struct {
	text string   // the words, each followed by '\n'
	at   []uint32 // start of each word in text
}

// dictionary is loaded on first use: about 10 ms and 2 MB, once per
// process.
var dictionary = sync.OnceValue(func() *wordList {
	l, err := parseWords(wordsData)
	if err != nil {
		// Embedded at build time; a broken file is a build defect
		// that the package tests catch, not a user error.
		panic(fmt.Sprintf("check: embedded word list: %v", err))
	}
	return l
})

func parseWords(data []byte) (*wordList, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	l := &wordList{text: string(raw), at: make([]uint32, 0, 140000)}
	prev := ""
	for i := 0; i < len(l.text); {
		j := strings.IndexByte(l.text[i:], '\n')
		if j <= 0 {
			return nil, fmt.Errorf("malformed line at byte %d", i)
		}
		w := l.text[i : i+j]
		if w <= prev {
			return nil, fmt.Errorf("%q after %q: not sorted", w, prev)
		}
		prev = w
		l.at = append(l.at, uint32(i))
		i += j + 1
	}
	if len(l.at) == 0 {
		return nil, fmt.Errorf("no words")
	}
	return l, nil
}

func (l *wordList) word(i int) string {
	s := l.text[l.at[i]:]
	return s[:strings.IndexByte(s, '\n')]
}

// has reports whether folded word w is in the list. Cost: O(log n)
// comparisons.
func (l *wordList) has(w string) bool {
	i := sort.Search(len(l.at), func(i int) bool { return l.word(i) >= w })
	return i < len(l.at) && l.word(i) == w
}

// Affixes that English puts on words freely, more than a word list can
// hold: "reputational" is "reputation" + "al", "non-" and "re-" make new
// words every day. Inflections (-ed, -ing, -er) are not among them: the
// list has those, and a typo often looks like one ("Italer"); only a
// plural -s is, after five letters or more.
var (
	wordSuffixes = []string{"al", "ally", "ly", "ness", "less", "ism", "ist", "ists", "ity", "ities",
		"ization", "isation", "wise", "ment", "ments"}
	wordPrefixes = []string{"un", "re", "non", "pre", "anti", "co", "counter", "over", "under", "post",
		"ex", "self", "semi", "sub", "super", "inter", "multi", "mid", "pro", "cross", "out", "geo"}
)

// isKnownWord reports whether folded word w (no possessive, no hyphen) is
// English: in the list, or a listed word with one of the free prefixes or
// suffixes (of which the stem must keep four letters or more).
func isKnownWord(w string) bool {
	d := dictionary()
	if d.has(w) {
		return true
	}
	// A plural or third person of a long listed word ("licensors").
	if stem, ok := strings.CutSuffix(w, "s"); ok && len(stem) >= 5 && d.has(stem) {
		return true
	}
	for _, s := range wordSuffixes {
		if stem, ok := strings.CutSuffix(w, s); ok && len(stem) >= 4 {
			if d.has(stem) || d.has(stem+"e") {
				return true
			}
		}
	}
	for _, p := range wordPrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 4 && d.has(rest) {
			return true
		}
	}
	return false
}
