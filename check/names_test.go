package check

import "testing"

// TestNamesByReferent compares the names of linked sentences by what they
// name: another person in a rewritten sentence is a changed fact; the
// same one shortened, titled differently, misspelt or as an acronym is
// not.
func TestNamesByReferent(t *testing.T) {
	const ctx = "\n\nThe talks are due to end on Friday in Rome, officials said."
	for _, tc := range []struct {
		name, base, other string
		want              string // "base → other" of the one name fact, or ""
	}{
		{"another person, clause turned round",
			"Officials said on Tuesday that Mayor Giuseppe Sala would meet the interior minister in Rome.",
			"Mayor Mario Draghi will meet the interior minister in Rome, officials said on Tuesday.",
			"Giuseppe Sala → Mario Draghi"},
		{"shortened", "Officials said on Tuesday that Giuseppe Conte would meet the interior minister in Rome.",
			"Conte will meet the interior minister in Rome, officials said on Tuesday.", ""},
		{"titled differently", "Officials said on Tuesday that Former Prime Minister Giuseppe Conte would meet the minister in Rome.",
			"Mr. Conte will meet the minister in Rome, officials said on Tuesday.", ""},
		{"acronym", "Officials said on Tuesday that the Department of Homeland Security would send a unit to Milan.",
			"The DHS will send a unit to Milan, officials said on Tuesday.", ""},
		{"misspelt: a typo, no fact", "Officials said on Tuesday that Giuseppe Sala would meet the interior minister in Rome.",
			"Giuseppe Salla will meet the interior minister in Rome, officials said on Tuesday.", ""},
		{"the BASE name is still in the OTHER", "Officials said on Tuesday that Giuseppe Sala would meet the interior minister in Rome.",
			"Mario Draghi will meet the interior minister in Rome, officials said on Tuesday. Giuseppe Sala stayed in Milan.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.base+ctx, tc.other+ctx).Confident()
			got := ""
			for _, f := range r.Facts {
				if f.Kind == FactName {
					if got != "" {
						t.Errorf("more than one name fact: %+v", r.Facts)
					}
					got = f.Base + " → " + f.Other
				}
			}
			if got != tc.want {
				t.Errorf("name fact %q, want %q (facts %+v)", got, tc.want, r.Facts)
			}
		})
	}
}
