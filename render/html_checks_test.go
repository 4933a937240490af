package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/check"
)

func executeChecks(t *testing.T, v checksView) string {
	t.Helper()
	var b bytes.Buffer
	if err := htmlPage.ExecuteTemplate(&b, "checks", v); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestChecksHTML(t *testing.T) {
	c, r := checksComparison(), checksReport()
	v := newChecksView(c, r, "c1")
	if len(v.Items) != 6 {
		t.Fatalf("got %d items, want 6", len(v.Items))
	}
	if v.Items[0].Href != "#c1-r0" || v.Items[2].Href != "#c1-r1" {
		t.Errorf("links: %q, %q; want the rows of records 0 and 1", v.Items[0].Href, v.Items[2].Href)
	}
	out := executeChecks(t, v)
	for _, want := range []string{
		`<section class="checks"`,
		`quotation altered`,
		`“set <del>-our</del> own limits”`,
		`“set <ins>our</ins> own limits”`,
		`<span class="sr">Base: </span><del>Italy</del></span>`,
		`Calenda (base: Sala)`,
		`<del>Italy</del>`, `<ins>Italer</ins>`,
		`unknown word`,
		`number changed`,
		`href="#c1-r0"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q:\n%s", want, out)
		}
	}
	if got := executeChecks(t, newChecksView(c, &check.Report{}, "c1")); strings.TrimSpace(got) != "" {
		t.Errorf("an empty report drew %q", got)
	}
	hostile := &check.Report{Typos: []check.Typo{{Other: `<script>alert(1)</script>`, Kind: check.TypoMisspelling, Sentence: 0, BaseSentence: -1}}}
	if got := executeChecks(t, newChecksView(c, hostile, "c1")); strings.Contains(got, "<script>") {
		t.Errorf("article text was not escaped: %s", got)
	}
}
