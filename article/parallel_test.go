package article

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/internal/inorder"
)

// bigText returns a plain text of about n bytes made of the seed
// articles, repeated with a number in each copy so that the copies
// differ, and a tag label and its items in each copy so that the roles
// that read a block's neighbours meet chunk boundaries.
func bigText(t *testing.T, n int) string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var seeds []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, string(b))
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(seeds[i%len(seeds)])
		b.WriteString("\n\nCopy " + strings.Repeat("I", i%7+1) + ". Mr. Smith said so on Feb. 6 in the U.S. capital.\n\nTags:\n\nPolitics\n\nItaly\n\n")
	}
	return b.String()
}

// A large document is split and given roles in chunks on several
// goroutines (see chunkMinBytes): its sentences are those of its paragraphs
// split one by one, and the whole document is the same as on one
// processor.
func TestParseInChunks(t *testing.T) {
	text := bigText(t, 6*chunkMinBytes)
	if rs := inorder.Ranges(len(text)/100, len(text), chunkMinBytes); len(rs) < 2 && runtime.GOMAXPROCS(0) > 1 {
		t.Fatalf("a text of %d bytes is %d chunk(s); the test needs several", len(text), len(rs))
	}
	d, err := Parse("big", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var want []Sentence
	for pi, p := range d.Paragraphs {
		for _, s := range splitSentences(d.Text[p.Start:p.End], nil) {
			start, end := p.Start+s.start, p.Start+s.end
			want = append(want, Sentence{Paragraph: pi, Start: start, End: end, Text: d.Text[start:end]})
		}
	}
	if diff := cmp.Diff(want, d.Sentences); diff != "" {
		t.Errorf("sentences differ from the paragraphs split one by one (-want +got):\n%s", diff)
	}
	checkDocument(t, d)

	procs := runtime.GOMAXPROCS(1)
	one, err := Parse("big", []byte(text))
	runtime.GOMAXPROCS(max(procs, 4))
	many, err2 := Parse("big", []byte(text))
	runtime.GOMAXPROCS(procs)
	if err != nil || err2 != nil {
		t.Fatal(err, err2)
	}
	if diff := cmp.Diff(one, many); diff != "" {
		t.Errorf("parsed on 1 and on %d processors, the documents differ (-one +many):\n%s", max(procs, 4), diff)
	}
	boiler := 0
	for _, p := range many.Paragraphs {
		if p.Role == Boilerplate {
			boiler++
		}
	}
	if boiler == 0 {
		t.Error("no tag items read as boilerplate: the test does not reach the roles read from neighbours")
	}
}

// A parsed document holds its text once: nothing it keeps (the title
// above all, taken from a heading) is a piece of the cleaned text that
// parsing made on the way, which would keep that whole copy alive.
func TestParseKeepsOneCopy(t *testing.T) {
	text := "Big Heading Of The Story\n\n" + bigText(t, 4<<20)
	live := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	before := live()
	d, err := Parse("big", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	held := live() - before
	if d.Title != "Big Heading Of The Story" {
		t.Fatalf("title %q, want the heading", d.Title)
	}
	// The text, and the sentences and paragraphs (well under a byte
	// per byte of text): 0.74 bytes per byte when written; a second
	// copy of the text made it 1.74.
	if ratio := float64(held) / float64(len(d.Text)); ratio > 1.3 {
		t.Errorf("the parsed document holds %.2f bytes per byte of its text, want at most 1.3", ratio)
	}
	runtime.KeepAlive(d)
}

// splitPlain lays the blocks out first and makes their texts afterwards,
// a large document's in chunks (plainBlocks): the blocks are those made
// one by one as they are laid out, the empty ones left out, on text cut
// into many chunks, hard-wrapped lines, hyphens at line ends and blocks
// whose text collapses to nothing among them.
func TestPlainBlocksInChunks(t *testing.T) {
	pieces := []string{"one line", "  spaced   out  ", "hyphen-", "ated word", " ", "\u00a0", "", "a\tb", "end.", "x"}
	var lines []string
	var pending []pendingBlock
	for i := range 5000 {
		from := len(lines)
		for j := range 1 + i%4 {
			lines = append(lines, pieces[(i*7+j*3)%len(pieces)])
		}
		pending = append(pending, pendingBlock{from: from, to: len(lines), hint: hint(i % 3)})
	}
	var want []block
	for _, p := range pending {
		if t := collapse(joinWrapped(lines[p.from:p.to])); t != "" {
			want = append(want, block{text: t, hint: p.hint})
		}
	}
	if len(want) == len(pending) {
		t.Fatal("no block collapses to nothing: the test does not reach the blocks left out")
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	for _, size := range []int{0, 64 * chunkMinBytes} {
		if diff := cmp.Diff(want, plainBlocks(lines, pending, size), cmp.AllowUnexported(block{})); diff != "" {
			t.Errorf("size %d: blocks differ from those made one by one (-want +got):\n%s", size, diff)
		}
	}
}
