package check

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/wirediff/wirediff/internal/lines"
)

// wordsText is the English word list: SCOWL as packaged by Debian in
// wamerican-large and wbritish-large (134,413 words, American and British
// spellings alike), lower case, one word a line, sorted by bytes. See
// internal/genwords for how it is made and words-COPYRIGHT for its
// licence. It is kept as plain text, searched where the binary holds it
// (see package internal/lines): nothing is loaded at start-up, and the
// list costs its size in the binary (1.3 MB) and no heap.
//
//go:generate go run ./internal/genwords -out words.txt
//go:embed words.txt
var wordsText string

// hasWord reports whether folded word w is in the list. Cost: O(log n)
// string comparisons, no allocation.
func hasWord(w string) bool {
	_, ok := lines.Find(wordsText, w)
	return ok
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
// suffixes (of which the stem must keep four letters or more). The answer
// for a word is remembered for the process (see knownWords).
func isKnownWord(w string) bool {
	knownWords.RLock()
	known, ok := knownWords.m[w]
	knownWords.RUnlock()
	if ok {
		return known
	}
	known = lookUpWord(w)
	knownWords.Lock()
	if knownWords.m == nil {
		knownWords.m = map[string]bool{}
	}
	if len(knownWords.m) < maxKnownWords {
		// A copy: w may be a piece of a whole document's text.
		knownWords.m[strings.Clone(w)] = known
	}
	knownWords.Unlock()
	return known
}

// knownWords holds isKnownWord's answers: the same words come back in
// every sentence and, in an N-way run, in every OTHER, and a word the
// list lacks (a name, most often) costs some fifty searches of the list,
// one for each affix. maxKnownWords bounds it (about 4 MB).
var knownWords struct {
	sync.RWMutex
	m map[string]bool
}

const maxKnownWords = 1 << 16

// lookUpWord is isKnownWord without the memory. Cost: up to about fifty
// searches of the word list (O(log n) each), for an unknown word.
func lookUpWord(w string) bool {
	if hasWord(w) {
		return true
	}
	// A plural or third person of a long listed word ("licensors").
	if stem, ok := strings.CutSuffix(w, "s"); ok && len(stem) >= 5 && hasWord(stem) {
		return true
	}
	for _, s := range wordSuffixes {
		if stem, ok := strings.CutSuffix(w, s); ok && len(stem) >= 4 {
			if hasWord(stem) || hasWord(stem+"e") {
				return true
			}
		}
	}
	for _, p := range wordPrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 4 && hasWord(rest) {
			return true
		}
	}
	return false
}
