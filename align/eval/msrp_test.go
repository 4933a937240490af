package eval

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLookAlikesOfOtherStories: a look-alike is the second sentence of
// another story. Sentences numbered within the widest distance of a
// pair's own two ids (here 40) are one story and never chosen, however
// many words they share; the best candidate of another story is.
func TestLookAlikesOfOtherStories(t *testing.T) {
	pairs := []MSRPPair{
		{ID1: "1000", ID2: "1040", S1: "Shares of Acme rose sharply on Monday after the merger news.", S2: "Acme stock jumped on Monday."},
		// Same story as pair 0 (ids within 40 of 1000): a paraphrase
		// of its first sentence, not a look-alike.
		{ID1: "1010", ID2: "1020", S1: "Acme climbs.", S2: "Acme stock rose sharply Monday following word of a merger."},
		// Another story on the same beat.
		{ID1: "9000", ID2: "9030", S1: "Bonds slipped.", S2: "Zenith shares rose on Tuesday after the earnings report."},
		{ID1: "20000", ID2: "20010", S1: "Rain fell in Rome.", S2: "It rained in Rome."},
	}
	got := LookAlikes(pairs, []int{0, 1, 2, 3})
	if len(got) == 0 || got[0].I != 0 {
		t.Fatalf("LookAlikes: got %v, want pair 0 first", got)
	}
	if diff := cmp.Diff(LookAlike{I: 0, J: 2}, got[0]); diff != "" {
		t.Errorf("look-alike of pair 0 (-want +got):\n%s", diff)
	}
	for _, la := range got {
		if sameStory(pairs[la.I], pairs[la.J], storySpan(pairs, []int{0, 1, 2, 3})) {
			t.Errorf("look-alike %v pairs two sentences of one story", la)
		}
	}
}

func TestSameStory(t *testing.T) {
	p := MSRPPair{ID1: "758187", ID2: "758048"}
	for _, tt := range []struct {
		q    MSRPPair
		span int
		want bool
	}{
		{MSRPPair{ID1: "758278", ID2: "758269"}, 150, true}, // 758187 and 758269: 82 apart
		{MSRPPair{ID1: "758278", ID2: "758269"}, 50, false}, // narrower than the story
		{MSRPPair{ID1: "2843412", ID2: "2843603"}, 1255, false},
		{MSRPPair{ID1: "x", ID2: "758048"}, 0, true}, // a shared id
		{MSRPPair{ID1: "x", ID2: "y"}, 1255, false},  // ids that are not numbers
	} {
		if got := sameStory(p, tt.q, tt.span); got != tt.want {
			t.Errorf("sameStory(%v, %v, %d) = %v, want %v", p, tt.q, tt.span, got, tt.want)
		}
	}
	if got := storySpan([]MSRPPair{{ID1: "10", ID2: "50"}, {ID1: "300", ID2: "200"}, {ID1: "a", ID2: "9999"}}, []int{0, 1, 2}); got != 100 {
		t.Errorf("storySpan = %d, want 100", got)
	}
}

// MSRPDocuments puts the first sentences in one document and the second
// in the other, in order, a paragraph every perParagraph sentences.
func TestMSRPDocuments(t *testing.T) {
	pairs := []MSRPPair{{S1: "A1.", S2: "A2."}, {S1: "B1.", S2: "B2."}, {S1: "C1.", S2: "C2."}}
	base, other := MSRPDocuments(pairs, 2)
	if want := "A1. B1.\n\nC1.\n"; base != want {
		t.Errorf("base = %q, want %q", base, want)
	}
	if want := "A2. B2.\n\nC2.\n"; other != want {
		t.Errorf("other = %q, want %q", other, want)
	}
	if base, _ := MSRPDocuments(pairs, 0); base != "A1.\n\nB1.\n\nC1.\n" {
		t.Errorf("one sentence a paragraph: base = %q", base)
	}
}
