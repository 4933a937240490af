package align

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  Plain   text \n", "plain text"},
		{"“set -our own limits”", `"set -our own limits"`},
		{"the agents’ presence", "the agents' presence"},
		{"Milan–Cortina — 2026", "milan-cortina - 2026"},
		{"wait…", "wait..."},
		{"non\u00a0breaking\u2009thin", "non breaking thin"},
		{"zero\u200bwidth", "zerowidth"},
		{"ÉCOLE", "école"},
		{"«Ciao»", `"ciao"`},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"set -our own", []string{"set", " ", "-", "our", " ", "own"}},
		{"“We cannot,” he said.", []string{"“", "We", " ", "cannot", ",”", " ", "he", " ", "said", "."}},
		{"cafe\u0301 👍🏽!", []string{"cafe\u0301", " ", "👍🏽!"}},
		{"RTL 102.5", []string{"RTL", " ", "102", ".", "5"}},
		{"我爱 you", []string{"我", "爱", " ", "you"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(tt.in) {
			got = append(got, tt.in[tok.start:tok.end])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("tokenize(%q) (-want +got):\n%s", tt.in, diff)
		}
		if strings.Join(got, "") != tt.in {
			t.Errorf("tokens of %q do not cover it", tt.in)
		}
	}
}

func TestAnalyseWords(t *testing.T) {
	v := newVocab()
	s := v.analyse("Sala told RTL 102.5 that 1,000 agents weren’t welcome in Milan.")
	var words []string
	for _, id := range s.words {
		words = append(words, v.stems[id])
	}
	want := []string{"sala", "told", "rtl", "102.5", "that", "1,000", "agent", "weren", "t", "welcom", "in", "milan"}
	if diff := cmp.Diff(want, words); diff != "" {
		t.Errorf("stems (-want +got):\n%s", diff)
	}
	var content []string
	for _, id := range s.contentWords {
		content = append(content, v.stems[id])
	}
	// Names (capitalised after the first word, acronyms) and numbers are not
	// ordinary words; the first word of a sentence is taken as ordinary.
	wantContent := []string{"sala", "told", "that", "agent", "weren", "t", "welcom", "in"}
	if diff := cmp.Diff(wantContent, content); diff != "" {
		t.Errorf("content words (-want +got):\n%s", diff)
	}
	if len(s.nums) != 2 {
		t.Errorf("numbers = %d, want 2 (102.5 and 1,000)", len(s.nums))
	}
}

func TestIsWordRune(t *testing.T) {
	for _, r := range "aZ09éßЖ中\u0301٣" {
		if !IsWordRune(r) {
			t.Errorf("IsWordRune(%q) = false, want true", r)
		}
	}
	for _, r := range " -'’.“—\u00a0😀_" {
		if IsWordRune(r) {
			t.Errorf("IsWordRune(%q) = true, want false", r)
		}
	}
}
