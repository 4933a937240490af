package check

import "testing"

// TestMisattributionEvidence: a quotation given to another named speaker
// is a confident misattribution when two people speak and the OTHER
// swaps their words; not when the speaker is one name in another
// spelling, a post or a party rather than a name, or a person the BASE
// itself names beside the quotation without quoting them (a misread
// attribution is likelier than a replaced one); and an initial or an
// abbreviated title inside the speaker's name is read as part of it.
func TestMisattributionEvidence(t *testing.T) {
	tests := []strengthCase{
		{"two speakers swapped", `"We will not allow this," Conte said on Tuesday. "The agents are welcome," Salvini said.`,
			`"We will not allow this," Salvini said on Tuesday. "The agents are welcome," Salvini said.`, "confident"},
		{"a name misspelt", `"We had nothing to do with the decision," said spokesman Sean Sundwell.`,
			`"We had nothing to do with the decision," Sundwall said.`, ""},
		{"a middle initial", `"He would often call me for advice," said Ronald L. Kuby, a lawyer who represented him.`,
			`"He would often call me for advice," said lawyer Ron Kuby.`, ""},
		{"an abbreviated title", `Myers told reporters that "it does not look like any rules were broken".`,
			`"It does not look like any rules were broken," said Gen. Richard Myers, the chairman.`, ""},
		{"a description by party", `"By its actions, the government threatens to give a bad name to a just war," Lieberman said.`,
			`"By its actions, the government threatens to give a bad name to a just war," the Connecticut Democrat said.`, "held"},
		{"named beside the quotation", `"He just heard two huge bangs and the balloon shuddered and fell," Nicky Webster, a spokesman for Hempleman-Adams, said.`,
			`"He just heard two huge bangs and the balloon shuddered and fell," the spokesman Nicky Webster said.`, "held"},
	}
	checkStrengths(t, tests, func(t *testing.T, r *Report) []float64 { return quoteConfidences(r, QuoteMisattributed) })
}

func TestWorkTitleAndDanglingClose(t *testing.T) {
	for text, want := range map[string]bool{
		"Austin Powers: The Spy Who Shagged Me": true,
		"Long Day's Journey Into Night":         true,
		"We will not allow this":                false,
		"They're not welcome in Milan":          false,
		"Milan":                                 false,
	} {
		if got := isWorkTitle(text); got != want {
			t.Errorf("isWorkTitle(%q) = %v, want %v", text, got, want)
		}
	}
	for s, want := range map[string]bool{
		`We remain hopeful that the city will agree," he said.`:  true,
		"We remain hopeful that the city will agree,” he said.":  true,
		`He said "we remain hopeful" on Monday.`:                 false,
		"He said “we remain hopeful” on Monday.":                 false,
		"He said the city would agree.":                          false,
		`He said the "city" would agree, and "soon," she added.`: false,
	} {
		if got := danglingClose(s); got != want {
			t.Errorf("danglingClose(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFabricatedEvidence: words the BASE reports without quote marks,
// quoted by the OTHER, are a confident fabricated quotation; not when
// the OTHER only puts a title in quote marks, and held back when the
// BASE sentence closes a quotation it did not open (the quotation began
// in a sentence that is not there).
func TestFabricatedEvidence(t *testing.T) {
	tests := []strengthCase{
		{"reported speech quoted", "The minister said the agency would not take part in any operation abroad this year.",
			`"The agency would not take part in any operation abroad this year," the minister said.`, "confident"},
		{"a title quoted", "The film beat the record set by Austin Powers: The Spy Who Shagged Me in June.",
			`The film beat the record set by "Austin Powers: The Spy Who Shagged Me" in June.`, ""},
		{"a quotation opened before", `The agency would not take part in any operation abroad this year," the minister said.`,
			`"The agency would not take part in any operation abroad this year," the minister said.`, "held"},
	}
	checkStrengths(t, tests, func(t *testing.T, r *Report) []float64 { return quoteConfidences(r, QuoteFabricated) })
}

// quoteConfidences returns the confidences of r's quotation changes of
// kind change.
func quoteConfidences(r *Report, change QuoteKind) []float64 {
	var confs []float64
	for _, q := range r.Quotes {
		if q.Change == change {
			confs = append(confs, q.Confidence)
		}
	}
	return confs
}
