package align

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/words"
)

func TestWordDiff(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want []Chunk
	}{
		{"both empty", "", "", nil},
		{"inserted all", "", "new words", []Chunk{{Insert, "new words"}}},
		{"deleted all", "old words", "", []Chunk{{Delete, "old words"}}},
		{"equal", "Same words here.", "Same words here.", []Chunk{{Equal, "Same words here."}}},
		{"one word", "the cat sat", "the dog sat", []Chunk{{Equal, "the "}, {Delete, "cat"}, {Insert, "dog"}, {Equal, " sat"}}},
		{"curly and straight quotes are equal", "he said “set” and ‘go’", `he said "set" and 'go'`, []Chunk{{Equal, "he said “set” and ‘go’"}}},
		{"dashes and spaces are equal", "Milan – Cortina  games", "Milan - Cortina games", []Chunk{{Equal, "Milan – Cortina  games"}}},
		{"punctuation changes the whole word", "our own limits, clearly", "our own limits clearly",
			[]Chunk{{Equal, "our own "}, {Delete, "limits,"}, {Insert, "limits"}, {Equal, " clearly"}}},
		{"hyphen glued to a word", "to set -our own", "to set our own",
			[]Chunk{{Equal, "to set "}, {Delete, "-our"}, {Insert, "our"}, {Equal, " own"}}},
		{"case is an edit", "Prime Minister Conte", "prime minister Conte",
			[]Chunk{{Delete, "Prime Minister"}, {Insert, "prime minister"}, {Equal, " Conte"}}},
		{"short island joins the change", "a big red cat", "one small red dog",
			[]Chunk{{Delete, "a big red cat"}, {Insert, "one small red dog"}}},
		{"long word is no island", "alpha Giuseppe beta", "gamma Giuseppe delta",
			[]Chunk{{Delete, "alpha"}, {Insert, "gamma"}, {Equal, " Giuseppe "}, {Delete, "beta"}, {Insert, "delta"}}},
		{"changed number", "killed 2 people", "killed 3 people",
			[]Chunk{{Equal, "killed "}, {Delete, "2"}, {Insert, "3"}, {Equal, " people"}}},
		{"emoji with skin tone", "Ready 👍🏽 go", "Ready 👍 go",
			[]Chunk{{Equal, "Ready "}, {Delete, "👍🏽"}, {Insert, "👍"}, {Equal, " go"}}},
		{"emoji glued to a word", "great👍 news", "great news",
			[]Chunk{{Delete, "great👍"}, {Insert, "great"}, {Equal, " news"}}},
		{"combining mark stays in its word", "the cafe\u0301 opens", "the cafe opens",
			[]Chunk{{Equal, "the "}, {Delete, "cafe\u0301"}, {Insert, "cafe"}, {Equal, " opens"}}},
		{"astral-plane letters", "𝐀𝐁 moved here", "𝐀𝐁 stayed here",
			[]Chunk{{Equal, "𝐀𝐁 "}, {Delete, "moved"}, {Insert, "stayed"}, {Equal, " here"}}},
		{"private-use characters in the input", "\ue000 and \ue001", "\ue000 or \ue001",
			[]Chunk{{Equal, "\ue000 "}, {Delete, "and"}, {Insert, "or"}, {Equal, " \ue001"}}},
		{"Chinese characters are words", "我爱你们", "我恨你们",
			[]Chunk{{Equal, "我"}, {Delete, "爱"}, {Insert, "恨"}, {Equal, "你们"}}},
		{"typo", "in Italy later", "in Italer later",
			[]Chunk{{Equal, "in "}, {Delete, "Italy"}, {Insert, "Italer"}, {Equal, " later"}}},
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

// TestWordDiffConte is the done-test of the issue: the changed Conte quote
// shows "-our" replaced by "our", and the quote marks do not count.
func TestWordDiffConte(t *testing.T) {
	a := "The former Italian Prime Minister Giuseppe Conte urged the country’s government to “set -our own limits” and “make clear decisions.”"
	b := `Former prime minister Giuseppe Conte called on the government to "set our own limits" and make clear decisions in response to what he described as increasingly aggressive tactics by the agency in the United States.`
	got := WordDiff(a, b)
	checkDiff(t, a, b, got)
	if !hasChange(got, "-our", "our") {
		t.Errorf("no -our -> our change in %q", got)
	}
	for _, c := range got {
		if c.Op == Equal && strings.Contains(c.Text, "own limits” and") {
			return
		}
	}
	t.Errorf("quoted “own limits” not kept as equal: %q", got)
}

// hasChange reports whether the diff deletes del and right after inserts ins.
func hasChange(chunks []Chunk, del, ins string) bool {
	for k := 0; k+1 < len(chunks); k++ {
		if chunks[k] == (Chunk{Delete, del}) && chunks[k+1] == (Chunk{Insert, ins}) {
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
	if fold(gotB) != fold(b) {
		t.Errorf("Equal+Insert spell %q, want %q (up to folding)", gotB, b)
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

// fold applies the folding WordDiff compares by: quotes, dashes, spaces.
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
		checkDiff(t, a, b, WordDiff(a, b))
	})
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
// OTHER (Equal+Insert, with Equal in BASE's spelling).
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
