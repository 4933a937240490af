package render

import (
	"bytes"
	"strings"
	"testing"
)

// The HTML of a search puts the ranking first, each row linking to its
// match's panel, with paths escaped.
func TestSearchHTML(t *testing.T) {
	res := searchResult()
	res.Matches[1].Path = "more/<b>brief</b>.html"
	var b bytes.Buffer
	if err := SearchHTML(&b, res, "test"); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	rank, panel := strings.Index(page, `<table class="ranking"`), strings.Index(page, `<section class="panel"`)
	if rank < 0 || panel < 0 || rank > panel {
		t.Fatalf("ranking at %d, first panel at %d: want the ranking first", rank, panel)
	}
	for _, want := range []string{
		"3 files carry 10% of it or more; the best 2 shown (--top):",
		`<a href="#c1">archive/2026/copy.txt</a>`,
		`<a href="#c2">more/&lt;b&gt;brief&lt;/b&gt;.html</a>`,
		`id="c2"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}
