package check

import (
	"math/rand/v2"
	"testing"
)

// TestMentionSearch: lastMention and mentionsWithin, which search ordered
// mentions, give what a scan of every mention gives, ties of offset
// included.
func TestMentionSearch(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 300 {
		var ms []personMention
		at, sentence := 0, 0
		for range n % 40 {
			at += rng.IntN(3) // 0: two mentions at one offset
			if rng.IntN(4) == 0 {
				sentence++
			}
			ms = append(ms, personMention{at: at, sentence: sentence, person: rng.IntN(5)})
		}
		if !mentionsInOrder(ms) {
			t.Fatal("generated mentions out of order")
		}
		persons := []int{rng.IntN(5), rng.IntN(5)}
		target, from := rng.IntN(at+2), rng.IntN(sentence+2)

		// The scan, as resolveRole and resolvePronoun did it.
		want, wantAt := -1, -1
		var wantWithin []personMention
		for _, m := range ms {
			if m.at < target && m.at > wantAt && containsInt(persons, m.person) {
				want, wantAt = m.person, m.at
			}
			if m.at < target && m.sentence >= from {
				wantWithin = append(wantWithin, m)
			}
		}
		for _, sorted := range []bool{true, false} {
			if got, gotAt := lastMention(ms, sorted, target, persons); got != want || gotAt != wantAt {
				t.Fatalf("lastMention(%v, %v, %d, %v) = %d, %d, want %d, %d", ms, sorted, target, persons, got, gotAt, want, wantAt)
			}
			var within []personMention
			for _, m := range mentionsWithin(ms, sorted, target, from) {
				if m.at < target && m.sentence >= from {
					within = append(within, m)
				}
			}
			if len(within) != len(wantWithin) {
				t.Fatalf("mentionsWithin(%v, %v, %d, %d) keeps %v, want %v", ms, sorted, target, from, within, wantWithin)
			}
			for i := range within {
				if within[i] != wantWithin[i] {
					t.Fatalf("mentionsWithin(%v, %v, %d, %d) keeps %v, want %v", ms, sorted, target, from, within, wantWithin)
				}
			}
		}
	}
	if mentionsInOrder([]personMention{{at: 5, sentence: 1}, {at: 6, sentence: 0}}) {
		t.Error("mentionsInOrder: sentences out of order taken for ordered")
	}
}
