package render

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The table says what the records say: the copy carries every paragraph
// identical, the brief the third paragraph identical (one sentence of two)
// and the fifth paraphrased, and a paragraph left out of a comparison has
// an empty cell.
func TestCoverageTermCells(t *testing.T) {
	var b bytes.Buffer
	if err := coverageTerm(&b, coverageOf(coverageReport()), coverageOptions{Width: 200, ASCII: true}); err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for _, l := range strings.Split(b.String(), "\n") {
		if m := regexp.MustCompile(`^(¶\d+)\s+(.)    (.)    (.)  `).FindStringSubmatch(l); m != nil {
			rows[m[1]] = m[2] + m[3] + m[4]
		}
	}
	want := map[string]string{
		"¶1": "~= ", // heading: edited by the outlet, copied, not compared in the brief
		"¶2": " = ", // the byline: left out of the outlet's comparison and the brief's
		"¶3": "===", // the brief kept one sentence of two word for word
		"¶4": "~=.", // Conte: the outlet edited the quote, the brief dropped it
		"¶5": "==%", // Sala: the outlet moved it, the brief paraphrased it
		"¶6": " = ", // the copyright line
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("cells (-want +got):\n%s\n%s", diff, b.String())
	}
}
