package align

import (
	"strings"
	"testing"

	"github.com/wirediff/wirediff/article"
)

// checkInvariants verifies Compare's contract on c (Validate), made with
// opts, and that an identical record whose texts are equal has the
// sentence as its one Equal chunk.
func checkInvariants(t testing.TB, c *Comparison, opts Options) {
	t.Helper()
	if c.Options != opts {
		t.Errorf("comparison made with %+v, want %+v", c.Options, opts)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	for p, r := range c.Sentences {
		if r.Kind != Identical {
			continue
		}
		a, b := sentencesJoined(c.Base, r.Base), sentencesJoined(c.Other, r.Other)
		if a == b && (len(r.Diff) != 1 || r.Diff[0] != (Chunk{Op: Equal, Text: a})) {
			t.Errorf("record %d: identical diff %+v", p, r.Diff)
		}
	}
}

// sentencesJoined returns the text of sentences idx of d joined by spaces.
func sentencesJoined(d *article.Document, idx []int) string {
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = d.Sentences[i].Text
	}
	return strings.Join(parts, " ")
}
