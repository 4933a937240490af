package check

import (
	"math"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/article"
)

// quoteSoup is a text of n paragraphs made of pieces that open, close,
// continue and leave open quotations, so that chunks of paragraphs often
// start inside one: a quotation of several paragraphs (each opening with
// a quote mark), one left open at a paragraph's end that the next does
// not continue, straight and typographic marks, a quotation broken by
// its attribution, and paragraphs without any.
func quoteSoup(r *rand.Rand, n int) string {
	pieces := []string{
		"“The first part of it", "goes on here,” Sala said.", "“Never closed",
		"Mr. Smith told reporters: \"we will win\" and left.", "He added, “yes", "no,” she said, “and then",
		"«Bonjour» dit-il.", "The ministry said nothing.", "“", "”", "\"", "a \"straight one", "word”",
		"„Tak“ — Kowalski.", "``old style'' quote", "plain words with no marks at all",
	}
	var b strings.Builder
	for range n {
		k := 1 + r.IntN(4)
		for j := range k {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// scanQuotes reads a large document in chunks of paragraphs on several
// goroutines (see quotesChunkBytes), reading again a chunk that starts
// inside a quotation: the quotations, their groups, words and speakers are
// those of one pass, whatever the chunks and processors, on the seeds
// (one by one and as one text) and on texts whose quotations run over
// paragraphs and chunk boundaries.
func TestScanQuotesInChunks(t *testing.T) {
	docs := seedsOneByOneAndAsOne(t)
	r := rand.New(rand.NewPCG(1, 2))
	for range 40 {
		docs = append(docs, parse(t, quoteSoup(r, 5+r.IntN(60))))
	}
	docs = append(docs, &article.Document{Text: "“Open\n\n“still open"},
		&article.Document{Text: "“Open\n\n“still open", Paragraphs: []article.Paragraph{{Start: 0, End: 5}, {Start: 7, End: 18}}})
	// The quotations as the whole of Quote shows them, with their groups.
	type got struct {
		Q            Quote
		Parts        [][2]int
		First, Last  int
		Group        int
		SpeakerWords []string
		Words        []qword
	}
	quotes := func(d *article.Document) []got {
		w := newDocWords(d)
		qs := findQuotes(w)
		var out []got
		for _, q := range qs {
			out = append(out, got{q.Quote, q.parts, q.firstPara, q.lastPara, q.group, q.speakerWords, q.words})
		}
		return out
	}
	defer func(n int) { quotesChunkBytes = n }(quotesChunkBytes)
	boundaries := 0
	for i, d := range docs {
		quotesChunkBytes = math.MaxInt
		want := quotes(d)
		for _, procs := range []int{1, 2, 5} {
			for _, chunk := range []int{1, 40, 300} {
				func() {
					defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
					quotesChunkBytes = chunk
					if diff := cmp.Diff(want, quotes(d), cmp.AllowUnexported(qword{})); diff != "" {
						t.Errorf("document %d, %d processors, chunks of %d bytes: quotations differ from one pass (-one +chunked):\n%s", i, procs, chunk, diff)
					}
				}()
			}
		}
		for _, q := range want {
			if q.First != q.Last {
				boundaries++
			}
		}
	}
	if boundaries < 20 {
		t.Errorf("%d quotations run over paragraphs: the test needs more", boundaries)
	}
}
