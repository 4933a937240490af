package check

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReversals: a negation dropped or added, or a word replaced by its
// opposite, where the words around it are kept, is a fact of its own; a
// negation contracted, expanded or moved within the sentence, an
// interjection and a rewritten phrase are not.
func TestReversals(t *testing.T) {
	tests := []struct {
		name, base, other string
		want              []string // kind: Base → Other of each finding of the two kinds
	}{
		{"not dropped", "The minister said he would not resign over the scandal.",
			"The minister said he would resign over the scandal.", []string{"negation: would not resign → would resign"}},
		{"not added", "The minister said he would resign over the scandal.",
			"The minister said he would not resign over the scandal.", []string{"negation: would resign → would not resign"}},
		{"never dropped", "The company has never paid a dividend to its shareholders.",
			"The company has paid a dividend to its shareholders.", []string{"negation: has never paid → has paid"}},
		{"no before a noun dropped", "Officials said there was no evidence of foul play at the scene.",
			"Officials said there was evidence of foul play at the scene.", []string{"negation: was no evidence → was evidence"}},
		{"a contraction made positive", "The minister said he couldn't support the bill in its present form.",
			"The minister said he could support the bill in its present form.", []string{"negation: he couldn't support → he could support"}},
		{"a contraction with a curly apostrophe", "“We don’t want those who trample on rights,” Zan said on Monday.",
			"“We do want those who trample on rights,” Zan said on Monday.", []string{"negation: We don’t want → We do want"}},
		{"a negative prefix dropped", "Police said the suspect was unarmed when he was stopped.",
			"Police said the suspect was armed when he was stopped.", []string{"negation: was unarmed when → was armed when"}},
		{"a negative prefix added", "The court found that the contract was legal under state law.",
			"The court found that the contract was illegal under state law.", []string{"negation: was legal under → was illegal under"}},
		{"contracted: the same", "The minister said he did not know about the payments.",
			"The minister said he didn't know about the payments.", nil},
		{"moved: the same", "The minister did not say that he would resign over the scandal.",
			"The minister said that he would not resign over the scandal.", nil},
		{"an interjection dropped", `"No, we will fight on until the end of the season," the coach told reporters.`,
			`"We will fight on until the end of the season," the coach told reporters.`, nil},
		{"neither and nor for not", "Gibson said that neither he nor his film are anti-Semitic in any way.",
			"Gibson said that he and his film are not anti-Semitic in any way.", nil},
		{"a word replaced by its opposite", "Shares of the company rose 5 percent in early trading on Monday.",
			"Shares of the company fell 5 percent in early trading on Monday.", []string{"opposite: company rose 5 → company fell 5"}},
		{"acquitted for convicted", "The former mayor was convicted of fraud by a jury in Boston.",
			"The former mayor was acquitted of fraud by a jury in Boston.", []string{"opposite: was convicted of → was acquitted of"}},
		{"opposites in a rewritten phrase", "The team won the final against Italy on Sunday night.",
			"Italy lost the final against the team on Sunday night.", nil},
		{"letters that negate nothing", "The agency will inform the public about the new rules next week.",
			"The agency will form the public about the new rules next week.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, tt.base, tt.other)
			var got []string
			for _, f := range r.Facts {
				if f.Kind != FactNegation && f.Kind != FactOpposite {
					continue
				}
				got = append(got, string(f.Kind)+": "+f.Base+" → "+f.Other)
				if f.Reason != negationDropped && f.Reason != negationAdded && f.Reason != oppositeReason {
					t.Errorf("reason %q", f.Reason)
				}
				if f.BaseStart < 0 || f.OtherStart < 0 {
					t.Errorf("%q → %q not located: %d, %d", f.Base, f.Other, f.BaseStart, f.OtherStart)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("negations (-want +got):\n%s", diff)
			}
		})
	}
}
