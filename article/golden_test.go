package article_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/testdoc"
)

// TestGolden parses the seed articles, the HTML fixtures and the license
// texts and compares a listing of each Document with a golden file in
// testdata/golden. Regenerate with: go test ./article -run TestGolden -update
//
// The listing shows every paragraph (index, role, first 60 characters)
// and, except for the long license texts, every sentence in full.
func TestGolden(t *testing.T) {
	type input struct {
		pattern   string
		sentences bool
	}
	inputs := []input{
		{"../testdata/seeds/*.txt", true},
		{"../testdata/article/*.html", true},
		{"../testdata/licenses/*", false},
	}
	n := 0
	for _, in := range inputs {
		files, err := filepath.Glob(in.pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, file := range files {
			n++
			t.Run(filepath.Base(file), func(t *testing.T) {
				data, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				d, err := article.Parse(filepath.Base(file), data)
				if err != nil {
					t.Fatal(err)
				}
				article.CheckDocument(t, d)
				golden := filepath.Join("testdata", "golden", filepath.Base(file)+".golden")
				testdoc.Golden(t, golden, []byte(listing(d, in.sentences)))
			})
		}
	}
	if n < 15 {
		t.Fatalf("found only %d golden inputs; are the testdata folders in place?", n)
	}
}

// listing writes a Document as the golden files show it.
func listing(d *article.Document, sentences bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\nformat: %s\nencoding: %s\nparagraphs: %d\nsentences: %d\n",
		d.Title, d.Format, d.Encoding, len(d.Paragraphs), len(d.Sentences))
	if !d.Date.IsZero() {
		fmt.Fprintf(&b, "date: %s\n", d.Date.Format(time.RFC3339))
	}
	si := 0
	for pi, p := range d.Paragraphs {
		fmt.Fprintf(&b, "\n¶%d %s: %s\n", pi, p.Role, article.FirstChars(d.Text[p.Start:p.End], 60))
		for ; si < len(d.Sentences) && d.Sentences[si].Paragraph == pi; si++ {
			if sentences {
				fmt.Fprintf(&b, "  s%d %s\n", si, d.Sentences[si].Text)
			}
		}
	}
	return b.String()
}
