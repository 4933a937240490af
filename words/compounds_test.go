package words

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCompounds(t *testing.T) {
	tests := []struct {
		in      string
		initial bool
		want    []Compound
	}{
		{"", true, nil},
		{"Don’t go out-of-bounds.", true, []Compound{
			{"Don’t", 0, 7, true}, {"go", 8, 10, false}, {"out-of-bounds", 11, 24, false}}},
		{"RTL 102.5 has 1,000 fans", false, []Compound{
			{"RTL", 0, 3, false}, {"102.5", 4, 9, false}, {"has", 10, 13, false}, {"1,000", 14, 19, false}, {"fans", 20, 24, false}}},
		{"the U.S. said: “set -our own”", true, []Compound{
			{"the", 0, 3, true}, {"U.S.", 4, 8, false}, {"said", 9, 13, false},
			{"set", 18, 21, true}, {"-our", 22, 26, false}, {"own", 27, 30, false}}},
		{"we — they", true, []Compound{{"we", 0, 2, true}, {"they", 7, 11, false}}},
		{"我爱 you", true, []Compound{{"我爱", 0, 6, true}, {"you", 7, 10, false}}},
		{`a (“b”) "c"`, true, []Compound{{"a", 0, 1, true}, {"b", 6, 7, true}, {"c", 13, 14, true}}},
		{"او می\u200Cخواهد", true, []Compound{{"او", 0, 4, true}, {"می\u200Cخواهد", 5, 22, false}}},
		// The dot of an initial or an abbreviated title ends no sentence.
		{"Gen. Richard L. Myers. Then", true, []Compound{{"Gen", 0, 3, true}, {"Richard", 5, 12, false},
			{"L", 13, 14, false}, {"Myers", 16, 21, false}, {"Then", 23, 27, true}}},
	}
	for _, tt := range tests {
		got := Compounds(tt.in, 0, tt.initial)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Compounds(%q) (-want +got):\n%s", tt.in, diff)
		}
		for _, c := range got {
			if c.Text != tt.in[c.Start:c.End] {
				t.Errorf("Compounds(%q): %q at [%d:%d]", tt.in, c.Text, c.Start, c.End)
			}
		}
	}
	// Offsets are shifted by base.
	if got := Compounds("a b", 10, true); got[1].Start != 12 || got[1].End != 13 {
		t.Errorf("Compounds with base 10: %+v", got)
	}
}

// TestCompoundsOfTokens: a compound starts and ends where a token does,
// so the two views of one text agree on every word boundary.
func TestCompoundsOfTokens(t *testing.T) {
	for _, s := range []string{
		"Milan’s mayor, Giuseppe Sala, told RTL 102.5 that 1,000 U.S. agents weren't welcome.",
		"“We set -our own limits,” he said — in 冬季オリンピック.",
		"cafe\u0301 au lait; out-of-control 3.14-fold",
	} {
		starts, ends := map[int]bool{}, map[int]bool{}
		for _, tok := range Tokenize(s) {
			starts[tok.Start], ends[tok.End] = true, true
		}
		for _, c := range Compounds(s, 0, true) {
			if !starts[c.Start] || !ends[c.End] {
				t.Errorf("compound %q [%d:%d] of %q is not on token boundaries", c.Text, c.Start, c.End, s)
			}
		}
	}
}

func TestWordForms(t *testing.T) {
	for _, tt := range []struct{ w, key, bare string }{
		{"Don’t", "don't", "don't"},
		{"ICE’s", "ice's", "ice"},
		{"U.S.", "u.s.", "us"},
		{"-our", "-our", "our"},
		{"102.5", "102.5", "102.5"},
		{"agents’", "agents'", "agents"},
		{"out‑of‑bounds", "out-of-bounds", "out-of-bounds"},
	} {
		if got := Key(tt.w); got != tt.key {
			t.Errorf("Key(%q) = %q, want %q", tt.w, got, tt.key)
		}
		if got := Bare(tt.w); got != tt.bare {
			t.Errorf("Bare(%q) = %q, want %q", tt.w, got, tt.bare)
		}
	}
	for w, want := range map[string]bool{"ICE": true, "U.S.": true, "ICE’s": true, "DHS's": true, "I": false, "Ice": false, "102": false} {
		if got := IsAcronym(w); got != want {
			t.Errorf("IsAcronym(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"Milan": true, "-Our": true, "milan": false, "": false, "3M": false} {
		if got := IsCapitalised(w); got != want {
			t.Errorf("IsCapitalised(%q) = %v, want %v", w, got, want)
		}
	}
	if !HasDigit("3M") || !HasDigit("٣") || HasDigit("Milan") {
		t.Error("HasDigit disagrees on 3M, ٣ or Milan")
	}
}

// BenchmarkTokenizers times Tokenize and Compounds on a seed article,
// English news with curly quotes and dashes.
func BenchmarkTokenizers(b *testing.B) {
	data, err := os.ReadFile("../testdata/seeds/000_c64f40ef166d9df3.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(data)
	b.Run("Tokens", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		var toks []Token
		for b.Loop() {
			toks = AppendTokens(toks[:0], s)
		}
	})
	b.Run("Compounds", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		var toks []Compound
		for b.Loop() {
			toks = AppendCompounds(toks[:0], s, 0, true)
		}
	})
}
