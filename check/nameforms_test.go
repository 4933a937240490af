package check

import "testing"

func TestSameForms(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"us circuit court of appeals", "united states court of appeals", true},
		{"us treasury", "united states treasury", true},
		{"republican of tennessee", "r-tenn", true},
		{"d-neb", "democrat of nebraska", true},
		{"intel corporation", "intel corp", true},
		{"uk", "britain", true},
		{"taiwan", "taiwanese", true},
		{"philippines congress", "philippine national congress", true},
		{"falluja", "al-fallujah", true},
		{"un development program", "united nations development program", true},
		{"tampa bay", "tampa bay-area", true},
		{"tim muris", "timothy muris", true},
		{"bill clinton", "william clinton", true},
		{"john smith", "john smithson", false},
		{"iran", "iraqi", false},
		{"italy", "italian officials", true},
		{"anthony kennedy", "stephen breyer", false},
		{"tim muris", "timothy jones", false},
		{"kansas", "kline", false},
		{"us navy", "us house", false},
		{"new york", "new jersey", false},
		{"inland empire", "inland valley", false},
	}
	for _, tt := range tests {
		if got := sameForms(tt.a, tt.b); got != tt.want {
			t.Errorf("sameForms(%q, %q) = %v, want %v (units %q, %q)", tt.a, tt.b, got, tt.want, nameUnits(tt.a), nameUnits(tt.b))
		}
		if got := sameForms(tt.b, tt.a); got != tt.want {
			t.Errorf("sameForms(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

// TestNameSwaps: a name replaced alone by another is a confident fact;
// the same name in another form, a title given a name and a name
// replaced with the clause around it are not.
func TestNameSwaps(t *testing.T) {
	tests := []struct {
		name, base, other string
		want              []string // Base → Other of each confident name fact
	}{
		{"another person", "The decision was announced by Giorgia Meloni on Tuesday in Rome.",
			"The decision was announced by Mario Draghi on Tuesday in Rome.", []string{"Giorgia Meloni → Mario Draghi"}},
		{"a country and its demonym", "The deal was welcomed by U.S. officials on Tuesday in Geneva.",
			"The deal was welcomed by American officials on Tuesday in Geneva.", nil},
		{"a state abbreviated", "The plant in Knoxville, Tennessee, will close next year, the company said.",
			"The plant in Knoxville, Tenn., will close next year, the company said.", nil},
		{"a capital for its country", "The talks will resume next week, Beijing said on Monday after the meeting.",
			"The talks will resume next week, China said on Monday after the meeting.", nil},
		{"another city", "The talks will resume next week in Paris, officials said on Monday after the meeting.",
			"The talks will resume next week in Lyon, officials said on Monday after the meeting.", []string{"Paris → Lyon"}},
		{"a short given name", "The agency's chairman, Timothy Muris, said the rules would take effect in October.",
			"The agency's chairman, Tim Muris, said the rules would take effect in October.", nil},
		{"a title given a name", "Since Mr. Abbas took office, the talks have stalled twice, officials said.",
			"Since Abbasi took office, the talks have stalled twice, officials said.", nil},
		{"a clause rewritten", "Under Ohio law, it is illegal for stores to sell fireworks to anyone under 18.",
			"In the ruling, Petro noted that it is illegal for stores to sell fireworks to anyone under 18.", nil},
		{"a name standing elsewhere", "The new rates were approved by the Postal Service on Tuesday after a long debate among the governors.",
			"The new rates were approved on Tuesday after a long debate among the governors, San Diego County officials said.", nil},
		{"another person after one post", "The decision was welcomed by Coke spokeswoman Sonya Soutus on Monday in Atlanta, the company said.",
			"The decision was welcomed by Coke spokesman Ben Deutsch on Monday in Atlanta, the company said.", []string{"Sonya Soutus → Ben Deutsch"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range run(t, tt.base, tt.other).Facts {
				if f.Kind == FactName && f.Confidence >= MinConfidence {
					got = append(got, f.Base+" → "+f.Other)
				}
			}
			if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
				t.Errorf("confident name facts %q, want %q", got, tt.want)
			}
		})
	}
}
