package render

import (
	"strings"
	"testing"

	"github.com/wirediff/wirediff/align"
)

// show writes chunks in the wdiff markers, for the table below.
func show(chunks []align.Chunk) string {
	s := ""
	for _, c := range chunks {
		switch c.Op {
		case align.Equal:
			s += c.Text
		case align.Delete:
			s += "[-" + c.Text + "-]"
		case align.Insert:
			s += "{+" + c.Text + "+}"
		}
	}
	return s
}

func TestWordEdit(t *testing.T) {
	for _, tc := range []struct{ del, ins, want string }{
		{"-our", "our", "[---]our"},
		{"Italy", "Italer", "Ital[-y-]{+er+}"},
		{"“make", "make", "[-“-]make"},
		{"president", "President", "[-p-]{+P+}resident"},
		{"goverment", "government", "gover{+n+}ment"},
		{"café", "cafe", "caf[-é-]{+e+}"},
		// Real rewrites stay whole.
		{"Tuesday", "Wednesday", ""},
		{"is", "as", ""},
		{"set", "sat", ""},
		{"2025", "2026", ""},
		{"the agents", "the agent", ""},
		{"abcd", "wxyz", ""},
	} {
		chunks, ok := wordEdit(tc.del, tc.ins)
		got := ""
		if ok {
			got = show(chunks)
		}
		if got != tc.want {
			t.Errorf("wordEdit(%q, %q) = %q, want %q", tc.del, tc.ins, got, tc.want)
		}
		if ok {
			// Each side is spelt exactly.
			var a, b string
			for _, c := range chunks {
				if c.Op != align.Insert {
					a += c.Text
				}
				if c.Op != align.Delete {
					b += c.Text
				}
			}
			if a != tc.del || b != tc.ins {
				t.Errorf("wordEdit(%q, %q) spells %q and %q", tc.del, tc.ins, a, b)
			}
		}
	}
}

func FuzzWordEdit(f *testing.F) {
	f.Add("Italy", "Italer")
	f.Add("-our", "our")
	f.Fuzz(func(t *testing.T, del, ins string) {
		chunks, ok := wordEdit(del, ins)
		if !ok {
			return
		}
		var a, b string
		for i, c := range chunks {
			if c.Text == "" || (i > 0 && chunks[i-1].Op == c.Op) {
				t.Fatalf("chunks %v: empty or repeated op", chunks)
			}
			if c.Op != align.Insert {
				a += c.Text
			}
			if c.Op != align.Delete {
				b += c.Text
			}
		}
		if a != del || b != ins {
			t.Fatalf("%q %q spelt %q %q", del, ins, a, b)
		}
	})
}

// The terminal shows the characters changed inside a near-identical
// word, and a real rewrite as a word swap (in colour with a space
// between the two words, which are otherwise run together).
func TestTermCharDiff(t *testing.T) {
	diff := []align.Chunk{
		{Op: align.Equal, Text: "In "},
		{Op: align.Delete, Text: "Italy"}, {Op: align.Insert, Text: "Italer"},
		{Op: align.Equal, Text: " on "},
		{Op: align.Delete, Text: "Tuesday"}, {Op: align.Insert, Text: "Wednesday"},
		{Op: align.Equal, Text: "."},
	}
	for _, tc := range []struct {
		color    bool
		del, ins bool
		want     string
	}{
		{false, true, true, "In Ital[-y-]{+er+} on [-Tuesday-]{+Wednesday+}."},
		{false, true, false, "In Ital[-y-] on [-Tuesday-]."},
		{false, false, true, "In Ital{+er+} on {+Wednesday+}."},
		{true, true, true, "In Ital\x1b[31;9my\x1b[0m\x1b[32;4mer\x1b[0m on \x1b[31;9mTuesday\x1b[0m \x1b[32;4mWednesday\x1b[0m."},
	} {
		tw := &termWriter{opts: TermOptions{Color: tc.color}}
		var b strings.Builder
		writeLine(&b, tw.chunkSpans(diff, "", tc.del, tc.ins), tc.color)
		if got := b.String(); got != tc.want {
			t.Errorf("colour %v, delete %v, insert %v:\n got %q\nwant %q", tc.color, tc.del, tc.ins, got, tc.want)
		}
	}
}
