package article

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
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
				d, err := Parse(filepath.Base(file), data)
				if err != nil {
					t.Fatal(err)
				}
				checkDocument(t, d)
				got := listing(d, in.sentences)
				golden := filepath.Join("testdata", "golden", filepath.Base(file)+".golden")
				if *update {
					if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run with -update to create it)", err)
				}
				if diff := cmp.Diff(string(want), got); diff != "" {
					t.Errorf("%s differs from %s (-want +got):\n%s", file, golden, diff)
				}
			})
		}
	}
	if n < 15 {
		t.Fatalf("found only %d golden inputs; are the testdata folders in place?", n)
	}
}

// listing writes a Document as the golden files show it.
func listing(d *Document, sentences bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\nformat: %s\nencoding: %s\nparagraphs: %d\nsentences: %d\n",
		d.Title, d.Format, d.Encoding, len(d.Paragraphs), len(d.Sentences))
	si := 0
	for pi, p := range d.Paragraphs {
		fmt.Fprintf(&b, "\n¶%d %s: %s\n", pi, p.Role, firstChars(d.Text[p.Start:p.End], 60))
		for ; si < len(d.Sentences) && d.Sentences[si].Paragraph == pi; si++ {
			if sentences {
				fmt.Fprintf(&b, "  s%d %s\n", si, d.Sentences[si].Text)
			}
		}
	}
	return b.String()
}

// firstChars returns the first n characters of s, with "…" if cut.
func firstChars(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n {
			return s[:k] + "…"
		}
		i++
	}
	return s
}
