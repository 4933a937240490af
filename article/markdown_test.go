package article_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
)

// markdownCopy writes the paragraphs of d as Markdown a writer might use:
// a heading, then paragraphs in turn as block quotes, with a name in
// strong emphasis, with a word linked, as list items, with a word in
// emphasis, and plain. What a reader sees is d's text.
func markdownCopy(d *article.Document) string {
	var b strings.Builder
	b.WriteString("## A heading only the Markdown has\n\n")
	for i, p := range d.Paragraphs {
		text := d.Text[p.Start:p.End]
		first, rest, _ := strings.Cut(text, " ")
		switch i % 6 {
		case 0:
			text = "> " + text
		case 1:
			text = "**" + first + "** " + rest
		case 2:
			text = "[" + first + "](https://example.com/a_(b)) " + rest
		case 3:
			text = "- " + text
		case 4:
			text = "_" + first + "_ " + rest
		}
		fmt.Fprintf(&b, "%s\n\n", text)
	}
	return b.String()
}

// TestMarkdownCopyOfSeed compares the seed 000 with a Markdown copy of
// it: emphasis, links, block quotes and list items are marks, not text,
// so every sentence is identical; the Markdown heading is a heading.
func TestMarkdownCopyOfSeed(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", "000_c64f40ef166d9df3.txt"))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := article.Parse("000.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	md := markdownCopy(plain)
	for _, name := range []string{"000.md", "000-copy.txt"} { // by name, and by look
		doc, err := article.Parse(name, []byte(md))
		if err != nil {
			t.Fatal(err)
		}
		if doc.Format != "markdown" {
			t.Errorf("%s: format %q, want markdown", name, doc.Format)
		}
		if doc.Paragraphs[0].Role != article.Heading || doc.Text[:doc.Paragraphs[0].End] != "A heading only the Markdown has" {
			t.Errorf("%s: first paragraph %q (%v), want the heading", name, doc.Text[:doc.Paragraphs[0].End], doc.Paragraphs[0].Role)
		}
		for _, mark := range []string{"**", "](", "> ", "- ", "_"} {
			if strings.Contains(doc.Text, mark) && !strings.Contains(plain.Text, mark) {
				t.Errorf("%s: the text keeps the Markdown mark %q", name, mark)
			}
		}
		c := align.Compare(plain, doc, align.Options{IgnoreBoilerplate: false})
		for _, r := range c.Sentences {
			if r.Kind == align.Added && len(r.Other) == 1 && r.Other[0] == 0 {
				continue // the heading
			}
			if r.Kind != align.Identical {
				var base, other []string
				for _, s := range r.Base {
					base = append(base, plain.Sentences[s].Text)
				}
				for _, s := range r.Other {
					other = append(other, doc.Sentences[s].Text)
				}
				t.Errorf("%s: %v record: base %q, other %q", name, r.Kind, base, other)
			}
		}
	}
}

// TestPlainStaysPlain checks that a plain article with one Markdown-like
// line is not read as Markdown.
func TestPlainStaysPlain(t *testing.T) {
	doc, err := article.Parse("a.txt", []byte("# Headline\n\nThe mayor spoke on Tuesday. He said *no*.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "text" {
		t.Errorf("format %q, want text", doc.Format)
	}
}
