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
	if err := htmlPage().ExecuteTemplate(&b, "checks", v); err != nil {
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

// TestChecksHTMLAsTerminal checks that the HTML shows what the terminal
// shows of the findings: a splice's BASE quotations with what was cut
// between them, each finding's reason, the confidence of an uncertain
// finding, and the count of those held back, even when nothing else is
// shown.
func TestChecksHTMLAsTerminal(t *testing.T) {
	c := checksComparison()
	r := &check.Report{
		Quotes: []check.QuoteChange{{Speaker: "Conte", OtherSpeaker: "Conte", SameSpeaker: true,
			Base: "A … C", Other: "A. C", Change: check.QuoteSpliced, BaseSentences: []int{0}, OtherSentences: []int{0},
			Pieces:     []check.QuotePiece{{Text: "After the violence", Cut: "he said on <Tuesday>."}, {Text: "We cannot allow this", Cut: "ignored"}},
			Confidence: 0.9, Reason: "separate BASE quotations joined into one"}},
		Facts: []check.Fact{{Base: "today", Other: "Monday", Kind: check.FactDate, BaseSentence: 2, OtherSentence: 2,
			Confidence: 0.25, Reason: "different wording of the time"}},
		HeldBack: 2,
	}
	out := executeChecks(t, newChecksView(c, r, "c1"))
	for _, want := range []string{
		`joins “After the violence” <span class="cut">(cut between them: <del>he said on &lt;Tuesday&gt;.</del>)</span> and “We cannot allow this”`,
		`<span class="reason muted">separate BASE quotations joined into one</span>`,
		`<li class="check fact uncertain"><span class="sym" aria-hidden="true">#</span> <strong>date changed</strong> <em class="conf">(uncertain, confidence 0.25)</em>`,
		`<span class="reason muted">different wording of the time</span>`,
		`<p class="held muted">2 uncertain findings held back (--all-findings shows them)</p>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "ignored") {
		t.Errorf("the cut after the last piece is shown:\n%s", out)
	}
	// Only held-back findings: the section is drawn with the count.
	out = executeChecks(t, newChecksView(c, &check.Report{HeldBack: 1}, "c1"))
	if !strings.Contains(out, `<section class="checks"`) || !strings.Contains(out, "1 uncertain finding held back") || strings.Contains(out, "<ul>") {
		t.Errorf("a report with only held-back findings drew:\n%s", out)
	}
}
