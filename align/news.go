package align

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/wirediff/wirediff/internal/lines"
)

// Knowledge learnt from news. Both tables come from the tuning part (70%)
// of the training part of the Microsoft Research Paraphrase Corpus, never
// from its held-out part, on which the aligner is measured; the generator,
// its rules and the source are in internal/genpara.
//
//   - paraphraseText: pairs of words that one outlet writes where another
//     writes the other ("told" and "said", "stock" and "shares",
//     "attorney" and "lawyer"), found by competitive linking of the words
//     that paraphrases do not share; they count as related words (see
//     relatedPairs) besides those of WordNet. Each line: a stem and its
//     partners with their link counts ("told said:28").
//   - beatText: how many of the corpus's news sentences use each stem
//     (those in ten or more). A stem used all over the news ("percent",
//     "index", "Monday", "comment") is vocabulary of the beat: two
//     sentences sharing it share a kind of story, not yet one report.
//
// Both are sorted text searched where the binary holds them (package
// internal/lines): nothing is loaded at start-up.
//
//go:generate go run ./internal/genpara -freq freq.txt -out paraphrase.txt -beat beat.txt
//go:embed paraphrase.txt
var paraphraseText string

//go:embed beat.txt
var beatText string

// beatMinSentences: a stem found in at least this many of the 5,593 news
// sentences of the beat table (one in 280) is beat vocabulary. Chosen on
// the MSRP tuning part: the templates of market reports ("Standard",
// "Poor's", "SPX", "index", "points": 30 to 150 sentences each) and of
// attributions ("declined to comment": 55, 66) are above it, the names and
// words of one story (a company, a town, "helicopter") below.
const beatMinSentences = 20

// beatTable returns the lines of beatText after its header.
var beatTable = sync.OnceValue(func() string {
	_, rest, _ := strings.Cut(beatText, "\n")
	return rest
})

// isBeat reports whether stem is beat vocabulary (see beatMinSentences).
// Cost: a binary search of the table.
func isBeat(stem string) bool {
	data, ok := lines.Find(beatTable(), stem)
	if !ok {
		return false
	}
	n, err := strconv.Atoi(data)
	if err != nil {
		// Embedded at build time: a broken table is a build defect that
		// the package tests catch, not a user error.
		panic(fmt.Sprintf("align: embedded beat table: stem %q: %v", stem, err))
	}
	return n >= beatMinSentences
}

// paraphrasePartners returns the stems that the paraphrase table pairs
// with stem (none when it holds no line for it). Cost: a binary search of
// the table and a small allocation.
func paraphrasePartners(stem string) []string {
	_, rest, _ := strings.Cut(paraphraseText, "\n")
	data, ok := lines.Find(rest, stem)
	if !ok {
		return nil
	}
	var out []string
	for f := range strings.FieldsSeq(data) {
		p, _, _ := strings.Cut(f, ":")
		out = append(out, p)
	}
	return out
}
