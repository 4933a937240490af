// Package testdoc holds what the tests of several packages share: a
// builder of article.Documents laid out as article.Parse lays them out,
// article.Parse and a file loader that fail the test on error, and one
// golden-file helper with the -update flag.
//
// It is imported by tests only.
package testdoc

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/gendoc"
)

// Update is the -update flag of every test binary that imports this
// package: golden files are rewritten with the current output instead of
// compared with it.
var Update = flag.Bool("update", false, "rewrite the golden files in testdata/ with the current output")

// A Para is one paragraph of a hand-built document: its role and its
// sentences.
type Para struct {
	Role      article.Role
	Sentences []string
}

// Body returns a body paragraph of the given sentences.
func Body(sentences ...string) Para { return Para{article.Body, sentences} }

// New builds a Document the way article.Parse lays one out: sentences of
// a paragraph joined by one space, paragraphs by a blank line, every
// offset into the text. The sentences are taken as they are (no
// segmentation), so a test says exactly which sentences it compares.
func New(name string, paras ...Para) *article.Document {
	d := &article.Document{Name: name, Format: "text"}
	var b strings.Builder
	for pi, p := range paras {
		if pi > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		for si, s := range p.Sentences {
			if si > 0 {
				b.WriteByte(' ')
			}
			d.Sentences = append(d.Sentences, article.Sentence{Paragraph: pi, Start: b.Len(), End: b.Len() + len(s), Text: s})
			b.WriteString(s)
		}
		d.Paragraphs = append(d.Paragraphs, article.Paragraph{Role: p.Role, Start: start, End: b.Len()})
	}
	d.Text = b.String()
	return d
}

// Parse parses text with article.Parse as the input name, and fails the
// test if it is no article.
func Parse(tb testing.TB, name, text string) *article.Document {
	tb.Helper()
	d, err := article.Parse(name, []byte(text))
	if err != nil {
		tb.Fatalf("parsing %s: %v", name, err)
	}
	return d
}

// Load reads the file at path and parses it with article.Parse, named by
// its base name as the command names a file in its reports.
func Load(tb testing.TB, path string) *article.Document {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return Parse(tb, filepath.Base(path), string(data))
}

// Golden compares got with the golden file at path, or with -update
// writes got there. A mismatch fails the test with a diff of the two.
func Golden(tb testing.TB, path string, got []byte) {
	tb.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run the test with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("%s differs from the output (run with -update if the change is meant):\n%s", path, cmp.Diff(string(want), string(got)))
	}
}

// Generated returns the derived pair that internal/gendoc generates, of
// about size bytes with seed, each side parsed (named "base" and
// "other"). root is the module's root as seen from the test's package
// ("..", one folder down), where gendoc finds its source texts.
func Generated(tb testing.TB, root string, size int, seed uint64) (base, other *article.Document) {
	tb.Helper()
	src, err := gendoc.LoadSources(root)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := gendoc.Generate(src, gendoc.Options{Size: size, Seed: seed})
	if err != nil {
		tb.Fatal(err)
	}
	return Parse(tb, "base", p.Base), Parse(tb, "other", p.Other)
}
