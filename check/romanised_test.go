package check

import "testing"

func TestRomanised(t *testing.T) {
	tests := []struct {
		b, o string
		want bool
	}{
		{"Fallujah", "Falluja", true},        // a final h
		{"Jemah", "Jemaah", true},            // a vowel doubled
		{"Schroder", "Schroeder", true},      // ö written oe
		{"Kyongsang", "Kyeongsang", true},    // a vowel added
		{"Muqtada", "Moqtada", true},         // a vowel replaced, q without u
		{"al-Qaeda", "al-Qaida", true},       // the same, after a particle
		{"al-Qa'ida", "al-Qaida", true},      // an apostrophe for a letter
		{"Meloni", "Meleni", false},          // a vowel replaced in a name of no other alphabet
		{"Meloni", "Melnoi", false},          // two letters swapped
		{"Italy", "Italer", false},           // a name the word list knows
		{"Sundwell", "Sundwall", false},      // a vowel replaced
		{"Piantedosi", "Piantedossi", false}, // a consonant doubled
		{"Calenda", "calenda", false},        // not capitalised
	}
	for _, tt := range tests {
		if got := romanised(tt.b, tt.o); got != tt.want {
			t.Errorf("romanised(%q, %q) = %v, want %v", tt.b, tt.o, got, tt.want)
		}
	}
}

// TestNameSpellings: a name written without its accents is no typo; one
// written in another romanisation is a near miss held back; a name
// misspelt is a confident typo.
func TestNameSpellings(t *testing.T) {
	tests := []strengthCase{
		{"accents dropped", "Prime Minister Jean Chrétien said on Monday the vote would go ahead.",
			"Prime Minister Jean Chretien said on Monday the vote would go ahead.", ""},
		{"another romanisation", "Marines pushed into the centre of Fallujah on Monday, officers said.",
			"Marines pushed into the centre of Falluja on Monday, officers said.", "held"},
		{"a name misspelt", "Prime Minister Giorgia Meloni said on Monday the vote would go ahead.",
			"Prime Minister Giorgia Meleni said on Monday the vote would go ahead.", "confident"},
	}
	checkStrengths(t, tests, func(t *testing.T, r *Report) []float64 {
		var confs []float64
		for _, ty := range r.Typos {
			if ty.Kind != TypoNearMiss {
				continue
			}
			confs = append(confs, ty.Confidence)
			if ty.Confidence < MinConfidence && ty.Reason != romanisedReason {
				t.Errorf("reason %q", ty.Reason)
			}
		}
		return confs
	})
}

// TestUnknownWordAtSentenceStart: a word the word list lacks is a
// confident misspelling inside a sentence, held back at its start, where
// news puts surnames ("Zilkha said", "Copps, one of two Democrats").
func TestUnknownWordAtSentenceStart(t *testing.T) {
	base := "The commission met on Tuesday to discuss the new rules for radio stations."
	tests := []struct{ name, added, want string }{
		{"a misspelt word", "The rules affect many invividuals across the country, officials said.", "confident"},
		{"a name starting a sentence", "Zilkha, one of two Democrats on the commission, has pushed for harsher penalties.", "held"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var confs []float64
			for _, ty := range run(t, base, base+" "+tt.added).Typos {
				if ty.Kind == TypoMisspelling {
					confs = append(confs, ty.Confidence)
				}
			}
			if got := strength(confs...); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
