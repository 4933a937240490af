package align

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/internal/testdoc"
	"github.com/wirediff/wirediff/words"
)

func TestWordDiff(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want []Chunk
	}{
		{"both empty", "", "", nil},
		{"inserted all", "", "new words", []Chunk{{Op: Insert, Text: "new words"}}},
		{"deleted all", "old words", "", []Chunk{{Op: Delete, Text: "old words"}}},
		{"equal", "Same words here.", "Same words here.", []Chunk{{Op: Equal, Text: "Same words here."}}},
		{"one word", "the cat sat", "the dog sat", []Chunk{{Op: Equal, Text: "the "}, {Op: Delete, Text: "cat"}, {Op: Insert, Text: "dog"}, {Op: Equal, Text: " sat"}}},
		{"curly and straight quotes are the same words, each side as written", "he said “set” and ‘go’", `he said "set" and 'go'`, []Chunk{
			{Op: Equal, Text: "he said "}, {Op: Delete, Text: "“set”", Typographic: true}, {Op: Insert, Text: `"set"`, Typographic: true},
			{Op: Equal, Text: " and "}, {Op: Delete, Text: "‘go’", Typographic: true}, {Op: Insert, Text: "'go'", Typographic: true}}},
		{"dashes and spaces are the same words, each side as written", "Milan – Cortina  games", "Milan - Cortina games", []Chunk{
			{Op: Equal, Text: "Milan "}, {Op: Delete, Text: "–", Typographic: true}, {Op: Insert, Text: "-", Typographic: true},
			{Op: Equal, Text: " Cortina"}, {Op: Delete, Text: "  ", Typographic: true}, {Op: Insert, Text: " ", Typographic: true}, {Op: Equal, Text: "games"}}},
		{"a typographic word next to a change joins it", "he said “no”", `"No"`, []Chunk{
			{Op: Delete, Text: "he said “no”"}, {Op: Insert, Text: `"No"`}}},
		{"joiners are typography", "👩\u200D💼 ok", "👩💼 ok", []Chunk{
			{Op: Delete, Text: "👩\u200D💼", Typographic: true}, {Op: Insert, Text: "👩💼", Typographic: true}, {Op: Equal, Text: " ok"}}},
		{"punctuation changes the whole word", "our own limits, clearly", "our own limits clearly",
			[]Chunk{{Op: Equal, Text: "our own "}, {Op: Delete, Text: "limits,"}, {Op: Insert, Text: "limits"}, {Op: Equal, Text: " clearly"}}},
		{"hyphen glued to a word", "to set -our own", "to set our own",
			[]Chunk{{Op: Equal, Text: "to set "}, {Op: Delete, Text: "-our"}, {Op: Insert, Text: "our"}, {Op: Equal, Text: " own"}}},
		{"case is an edit", "Prime Minister Conte", "prime minister Conte",
			[]Chunk{{Op: Delete, Text: "Prime Minister"}, {Op: Insert, Text: "prime minister"}, {Op: Equal, Text: " Conte"}}},
		{"short island joins the change", "a big red cat", "one small red dog",
			[]Chunk{{Op: Delete, Text: "a big red cat"}, {Op: Insert, Text: "one small red dog"}}},
		{"long word is no island", "alpha Giuseppe beta", "gamma Giuseppe delta",
			[]Chunk{{Op: Delete, Text: "alpha"}, {Op: Insert, Text: "gamma"}, {Op: Equal, Text: " Giuseppe "}, {Op: Delete, Text: "beta"}, {Op: Insert, Text: "delta"}}},
		{"changed number", "killed 2 people", "killed 3 people",
			[]Chunk{{Op: Equal, Text: "killed "}, {Op: Delete, Text: "2"}, {Op: Insert, Text: "3"}, {Op: Equal, Text: " people"}}},
		{"emoji with skin tone", "Ready 👍🏽 go", "Ready 👍 go",
			[]Chunk{{Op: Equal, Text: "Ready "}, {Op: Delete, Text: "👍🏽"}, {Op: Insert, Text: "👍"}, {Op: Equal, Text: " go"}}},
		{"emoji glued to a word", "great👍 news", "great news",
			[]Chunk{{Op: Delete, Text: "great👍"}, {Op: Insert, Text: "great"}, {Op: Equal, Text: " news"}}},
		{"combining mark stays in its word", "the cafe\u0301 opens", "the cafe opens",
			[]Chunk{{Op: Equal, Text: "the "}, {Op: Delete, Text: "cafe\u0301"}, {Op: Insert, Text: "cafe"}, {Op: Equal, Text: " opens"}}},
		{"astral-plane letters", "𝐀𝐁 moved here", "𝐀𝐁 stayed here",
			[]Chunk{{Op: Equal, Text: "𝐀𝐁 "}, {Op: Delete, Text: "moved"}, {Op: Insert, Text: "stayed"}, {Op: Equal, Text: " here"}}},
		{"private-use characters in the input", "\ue000 and \ue001", "\ue000 or \ue001",
			[]Chunk{{Op: Equal, Text: "\ue000 "}, {Op: Delete, Text: "and"}, {Op: Insert, Text: "or"}, {Op: Equal, Text: " \ue001"}}},
		{"Chinese characters are words", "我爱你们", "我恨你们",
			[]Chunk{{Op: Equal, Text: "我"}, {Op: Delete, Text: "爱"}, {Op: Insert, Text: "恨"}, {Op: Equal, Text: "你们"}}},
		{"typo", "in Italy later", "in Italer later",
			[]Chunk{{Op: Equal, Text: "in "}, {Op: Delete, Text: "Italy"}, {Op: Insert, Text: "Italer"}, {Op: Equal, Text: " later"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := WordDiff(tt.a, tt.b)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("WordDiff(%q, %q) mismatch (-want +got):\n%s", tt.a, tt.b, diff)
			}
			checkDiff(t, tt.a, tt.b, got)
		})
	}
}

// TestWordDiffConte: the changed Conte quote shows "-our" replaced by
// "our"; the quote marks are no change of words (a typographic pair, each
// side as written).
func TestWordDiffConte(t *testing.T) {
	a := "The former Italian Prime Minister Giuseppe Conte urged the country’s government to “set -our own limits” and “make clear decisions.”"
	b := `Former prime minister Giuseppe Conte called on the government to "set our own limits" and make clear decisions in response to what he described as increasingly aggressive tactics by the agency in the United States.`
	got := WordDiff(a, b)
	checkDiff(t, a, b, got)
	if !hasChange(got, "-our", "our") {
		t.Errorf("no -our -> our change in %+v", got)
	}
	if !hasTypographic(got, "limits”", `limits"`) {
		t.Errorf("quoted “own limits” not kept as the same words: %+v", got)
	}
}

// hasChange reports whether the diff deletes del and right after inserts ins.
func hasChange(chunks []Chunk, del, ins string) bool {
	for k := 0; k+1 < len(chunks); k++ {
		if chunks[k] == (Chunk{Op: Delete, Text: del}) && chunks[k+1] == (Chunk{Op: Insert, Text: ins}) {
			return true
		}
	}
	return false
}

// hasTypographic reports whether the diff has the typographic pair
// del, ins.
func hasTypographic(chunks []Chunk, del, ins string) bool {
	for k := 0; k+1 < len(chunks); k++ {
		if chunks[k] == (Chunk{Op: Delete, Text: del, Typographic: true}) && chunks[k+1] == (Chunk{Op: Insert, Text: ins, Typographic: true}) {
			return true
		}
	}
	return false
}

// checkDiff verifies WordDiff's contract.
func checkDiff(t *testing.T, a, b string, chunks []Chunk) {
	t.Helper()
	gotA, gotB := diffText(chunks)
	if gotA != a {
		t.Errorf("Equal+Delete spell %q, want %q", gotA, a)
	}
	if gotB != b {
		t.Errorf("Equal+Insert spell %q, want %q", gotB, b)
	}
	for k := 0; k < len(chunks); k++ {
		c := chunks[k]
		if !c.Typographic {
			continue
		}
		var del, ins string
		switch {
		case c.Op == Delete && k+1 < len(chunks) && chunks[k+1].Op == Insert && chunks[k+1].Typographic:
			del, ins = c.Text, chunks[k+1].Text
			k++
		case c.Op == Delete:
			del = c.Text
		case c.Op == Insert:
			ins = c.Text
		}
		if c.Op == Equal || unspaced(del) != unspaced(ins) {
			t.Errorf("chunk %d is typographic but not a change of typography only: %+v", k, chunks)
		}
	}
	for k, c := range chunks {
		if c.Text == "" {
			t.Errorf("chunk %d is empty", k)
		}
		if k > 0 {
			prev := chunks[k-1]
			if prev.Op == c.Op {
				t.Errorf("chunks %d and %d are both %v", k-1, k, c.Op)
			}
			if prev.Op == Insert && c.Op == Delete {
				t.Errorf("chunk %d: Insert before Delete", k)
			}
		}
	}
	// No chunk boundary inside a word, on either side.
	for _, side := range []Op{Delete, Insert} {
		var pieces []string
		for _, c := range chunks {
			if c.Op == Equal || c.Op == side {
				pieces = append(pieces, c.Text)
			}
		}
		for k := 1; k < len(pieces); k++ {
			before, _ := utf8.DecodeLastRuneInString(pieces[k-1])
			after, _ := utf8.DecodeRuneInString(pieces[k])
			if !unicode.IsSpace(before) && !unicode.IsSpace(after) && !words.IsScriptio(before) && !words.IsScriptio(after) {
				t.Errorf("chunk boundary splits a word: %q | %q", pieces[k-1], pieces[k])
			}
		}
	}
}

// fold applies the folding WordDiff compares by: quotes, dashes, spaces,
// joiners.
func fold(s string) string {
	return strings.Join(strings.Fields(words.Fold(s)), " ")
}

func FuzzWordDiff(f *testing.F) {
	f.Add("the cat sat", "the dog sat")
	f.Add("“set -our own limits”", `"set our own limits"`)
	f.Add("Ready 👍🏽 go", "Ready 👍 go")
	f.Add("我爱你们", "我恨你们")
	f.Add("a\u0301b c", "ab  c")
	f.Add("\ue000\U000F0000", "\U0010FFFF x")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			t.Skip()
		}
		want := WordDiff(a, b)
		checkDiff(t, a, b, want)
		// A differ that diffed another pair first gives the same diff.
		var d differ
		d.diff(b+" "+a, a)
		if got := d.diff(a, b); !slices.Equal(got, want) {
			t.Errorf("a reused differ gives %v, WordDiff %v", got, want)
		}
	})
}

// TestDifferReused: one differ diffing many pairs in turn (sentences of
// the seed articles, pairs from TestWordDiff, word soups, a pair of more
// words than a differ's alphabet keeps, a pair too large for the token
// diff) gives each the diff a fresh one (WordDiff) gives: nothing of one
// pair is left over in the next.
func TestDifferReused(t *testing.T) {
	var texts []string
	for _, name := range []string{"000_c64f40ef166d9df3", "001_e4d2f7d4ad65d4f5", "004_f996ef66bb436ca1"} {
		for _, s := range testdoc.Load(t, "../testdata/seeds/"+name+".txt").Sentences {
			texts = append(texts, s.Text)
		}
	}
	texts = append(texts, "", "the cat sat", "the dog sat", "he said “set” and ‘go’", `he said "set" and 'go'`,
		"Milan – Cortina  games", "我爱你们", "我恨你们", "👩\u200D💼 ok", "\ue000 and \ue001")
	rng := rand.New(rand.NewPCG(1, 2))
	soup := func(n int) string {
		var b strings.Builder
		for range n {
			w := texts[rng.IntN(len(texts))]
			f := strings.Fields(w)
			if len(f) > 0 {
				b.WriteString(f[rng.IntN(len(f))])
			}
			b.WriteString([]string{" ", " ", ", ", "  ", "-", "’s "}[rng.IntN(6)])
		}
		return b.String()
	}
	for range 40 {
		texts = append(texts, soup(1+rng.IntN(60)))
	}
	var wide strings.Builder // more distinct words than differAlphabetMax
	for i := range differAlphabetMax + 500 {
		fmt.Fprintf(&wide, "w%d ", i)
	}
	texts = append(texts, wide.String(), wide.String()+"end", soup(12000))
	var d differ
	for range 1500 {
		a, b := texts[rng.IntN(len(texts))], texts[rng.IntN(len(texts))]
		if rng.IntN(4) == 0 && len(a) > 0 {
			b = a[:rng.IntN(len(a))] // a cut of it, often mid-word
		}
		if got, want := d.diff(a, b), WordDiff(a, b); !slices.Equal(got, want) {
			t.Fatalf("reused differ on %.60q, %.60q:\n%v\nWordDiff:\n%v", a, b, got, want)
		}
	}
	// The pair too large for the token diff (maxDiffCells) and the wide
	// pair, each between ordinary pairs.
	big := soup(12000)
	for _, p := range [][2]string{{texts[0], texts[1]}, {big, soup(12000)}, {texts[2], texts[3]}, {wide.String(), wide.String() + "x"}, {texts[4], texts[0]}} {
		if got, want := d.diff(p[0], p[1]), WordDiff(p[0], p[1]); !slices.Equal(got, want) {
			t.Fatalf("reused differ on %.60q, %.60q:\n%.200v\nWordDiff:\n%.200v", p[0], p[1], got, want)
		}
	}
}

func BenchmarkWordDiff(b *testing.B) {
	x := strings.Repeat("The former Italian Prime Minister Giuseppe Conte urged the country’s government to “set -our own limits”. ", 10)
	y := strings.Repeat(`Former prime minister Giuseppe Conte called on the government to "set our own limits" and more. `, 10)
	b.ReportAllocs()
	for b.Loop() {
		WordDiff(x, y)
	}
}

// diffText returns the two sides a diff spells: BASE (Equal+Delete) and
// OTHER (Equal+Insert).
func diffText(chunks []Chunk) (base, other string) {
	var a, b strings.Builder
	for _, c := range chunks {
		if c.Op != Insert {
			a.WriteString(c.Text)
		}
		if c.Op != Delete {
			b.WriteString(c.Text)
		}
	}
	return a.String(), b.String()
}
