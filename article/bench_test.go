package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// licenseText returns the license texts concatenated and repeated until
// the result holds at least size bytes, cut at a line end.
func licenseText(b *testing.B, size int) string {
	files, err := filepath.Glob("../testdata/licenses/*")
	if err != nil || len(files) == 0 {
		b.Fatalf("no license texts: %v", err)
	}
	var all strings.Builder
	for all.Len() < size {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			all.Write(data)
			all.WriteString("\n\n")
		}
	}
	s := all.String()
	if i := strings.LastIndexByte(s[:size], '\n'); i > 0 {
		s = s[:i+1]
	}
	return s
}

// BenchmarkParse measures Parse on a seed article, an HTML page, 1 MB of
// hard-wrapped plain text, and one paragraph of 256 KB and of 1 MB (the
// same words with the line breaks removed): the last two should differ
// by about four times, not sixteen.
func BenchmarkParse(b *testing.B) {
	seed, err := os.ReadFile("../testdata/seeds/000_c64f40ef166d9df3.txt")
	if err != nil {
		b.Fatal(err)
	}
	page, err := os.ReadFile("../testdata/article/news-page.html")
	if err != nil {
		b.Fatal(err)
	}
	oneParagraph := func(size int) []byte {
		return []byte(strings.Join(strings.Fields(licenseText(b, size)), " "))
	}
	inputs := []struct {
		name string
		data []byte
	}{
		{"seed-000", seed},
		{"news-page-html", page},
		{"licenses-1MB", []byte(licenseText(b, 1<<20))},
		{"one-paragraph-256KB", oneParagraph(1 << 18)},
		{"one-paragraph-1MB", oneParagraph(1 << 20)},
	}
	punkt() // load the model outside the timings
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(in.name, in.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
