package check

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestQualifiers: a hedge ("alleged", "reportedly", "could" for "will")
// or a qualifier of a post ("former", "deputy", "ex-") dropped or added
// where the words around it are kept is a fact of its own; one moved
// within the sentence, written another way or inside a rewritten phrase
// is not.
func TestQualifiers(t *testing.T) {
	tests := []struct {
		name, base, other string
		want              []string // kind: Base → Other of each finding of the two kinds
	}{
		{"alleged dropped", "Police said the alleged gunman was taken into custody on Sunday night.",
			"Police said the gunman was taken into custody on Sunday night.", []string{"hedge: the alleged gunman → the gunman"}},
		{"allegedly dropped", "The former employee allegedly stole $2 million from the charity over five years.",
			"The former employee stole $2 million from the charity over five years.", []string{"hedge: employee allegedly stole → employee stole"}},
		{"reportedly added", "The president met the rebel leader in Geneva last week.",
			"The president reportedly met the rebel leader in Geneva last week.", []string{"hedge: president met → president reportedly met"}},
		{"could made will", "The two men could face up to 20 years in prison if convicted.",
			"The two men will face up to 20 years in prison if convicted.", []string{"hedge: men could face → men will face"}},
		{"suspected dropped, capitalised", "Suspected militants attacked a police post near the border on Friday.",
			"Militants attacked a police post near the border on Friday.", []string{"hedge: Suspected militants attacked → Militants attacked"}},
		{"former dropped", "Former Prime Minister Giuseppe Conte urged the government to act.",
			"Prime Minister Giuseppe Conte urged the government to act.", []string{"role: Former Prime Minister Giuseppe → Prime Minister Giuseppe"}},
		{"deputy added", "The mayor of Milan said the agents were not welcome in the city.",
			"The deputy mayor of Milan said the agents were not welcome in the city.", []string{"role: The mayor → The deputy mayor"}},
		{"ex- prefix dropped", "The ex-minister told reporters he had done nothing wrong.",
			"The minister told reporters he had done nothing wrong.", []string{"role: The ex-minister told → The minister told"}},
		{"vice- prefix added", "The president of the company will step down at the end of the year.",
			"The vice-president of the company will step down at the end of the year.", []string{"role: The president of → The vice-president of"}},
		{"a hedge moved: the same", "The suspect allegedly fired at officers before fleeing in a stolen car.",
			"The suspect fired at officers, allegedly, before fleeing in a stolen car.", nil},
		{"former for ex-: the same", "The former minister told reporters he had done nothing wrong.",
			"The ex-minister told reporters he had done nothing wrong.", nil},
		{"late and senior are no posts", "Officials said late Monday that a senior aide had resigned.",
			"Officials said Monday that an aide had resigned.", nil},
		{"may dropped alone is no hedge", "Officials said the talks may resume in the spring.",
			"Officials said the talks resume in the spring.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, tt.base, tt.other)
			var got []string
			for _, f := range r.Facts {
				if f.Kind != FactHedge && f.Kind != FactRole {
					continue
				}
				got = append(got, string(f.Kind)+": "+f.Base+" → "+f.Other)
				switch f.Reason {
				case hedgeDropped, hedgeAdded, roleDropped, roleAdded:
				default:
					t.Errorf("reason %q", f.Reason)
				}
				if f.BaseStart < 0 || f.OtherStart < 0 {
					t.Errorf("%q → %q not located: %d, %d", f.Base, f.Other, f.BaseStart, f.OtherStart)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("qualifiers (-want +got):\n%s", diff)
			}
		})
	}
}
