package align

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

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
