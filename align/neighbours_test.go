package align

import "testing"

// TestNeighboursNeedEvidence: the order of the articles lowers the
// evidence a pair needs, and never replaces it (see contextLogOdds).
// Between two linked sentences of one paragraph, the sentence an outlet
// dropped and one of another story put in its place share a date and the
// event it names and nothing of what either says: they stay apart. A
// paraphrase that shares little but what it reports ("dock workers"), in
// the same place, is still linked for its neighbours.
func TestNeighboursNeedEvidence(t *testing.T) {
	const (
		first = "The harbour authority opened its new container terminal on Tuesday after three years of work."
		last  = "Officials expect the terminal to handle twice as many ships by the end of next year."
	)
	cases := []struct {
		name, base, other string
		linked            bool
	}{
		{"look-alike", "Analysts say the council can no longer ignore the shifts in trade since the September 11 attacks.",
			"The landlord says the duty to pay rent goes on despite the attacks of September 11, court papers show.", false},
		{"paraphrase", "The work was delayed by two strikes of dock workers over pay.",
			"Twice the dock workers walked out over wages, holding up the building.", true},
	}
	for _, tc := range cases {
		base := textDoc("base", first+" "+tc.base+" "+last)
		other := textDoc("other", first+" "+tc.other+" "+last)
		c := Compare(base, other, Options{})
		checkInvariants(t, c, Options{})
		r := recordWith(t, c, Delete, 1)
		if got := r.Kind <= Paraphrased; got != tc.linked {
			t.Errorf("%s: B1 %v with OTHER %v (score %.3f, evidence %+v), want linked %v", tc.name, r.Kind, r.Other, r.Score, r.Evidence, tc.linked)
		}
		if tc.linked && (r.Evidence == nil || r.Evidence.Support != Neighbours) {
			t.Errorf("%s: evidence %+v, want support by the neighbours", tc.name, r.Evidence)
		}
	}
}

// TestBestMatchNeedsRival: being each other's best candidate says
// something only where a rival overlapped as much as related sentences
// do (see rivalMinDice). An outlet drops a sentence on a court hearing
// and puts a sentence of another case sharing the city and "held without
// bail" in its place or at the end; the one sentence that competes with
// it overlaps as little as unrelated sentences do. It wins no contest and
// brings too little evidence of its own: it stays apart. A paraphrase of
// the dropped sentence in its place is linked.
func TestBestMatchNeedsRival(t *testing.T) {
	const (
		first   = "The harbour authority opened its new container terminal on Tuesday after three years of work."
		hearing = "A federal judge in Denver ordered the shipping agent held without bail on Friday."
		last    = "Officials expect the terminal to handle twice as many ships by the end of next year."
		thanks  = "The mayor thanked the workers, some of whom had worked on the quay for months."
		alike   = "Prosecutors said the woman, arrested at her home in Denver last month on charges of stealing " +
			"from the charity she ran, has pleaded not guilty and remains held without bail."
		para = "The shipping agent will stay in jail after a Denver judge turned down his plea for bail."
	)
	base := textDoc("base", first+"\n"+hearing+"\n"+last+" "+thanks)
	for _, tc := range []struct {
		name, other string
		linked      bool
	}{
		{"look-alike in place", first + "\n" + alike + "\n" + last, false},
		{"look-alike at the end", first + "\n" + last + "\n" + alike, false},
		{"paraphrase in place", first + "\n" + para + "\n" + last, true},
	} {
		c := Compare(base, textDoc("other", tc.other), Options{})
		checkInvariants(t, c, Options{})
		r := recordWith(t, c, Delete, 1)
		if got := r.Kind <= Paraphrased; got != tc.linked {
			t.Errorf("%s: B1 %v with OTHER %v (score %.3f, evidence %+v), want linked %v",
				tc.name, r.Kind, r.Other, r.Score, r.Evidence, tc.linked)
		}
	}
}
