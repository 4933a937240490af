package words

import (
	"strings"
	"testing"
)

func TestNameForm(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"united states", "us", true},
		{"american", "us", true},
		{"britain", "british", true},
		{"uk", "united kingdom", true},
		{"ny", "new york", true},
		{"tenn", "tennessee", true},
		{"corp", "corporation", true},
		{"st", "street", true},
		{"beijing", "china", true},
		{"kiev", "kyiv", true},
		{"pentagon", "defense department", true},
		{"paris", "berlin", false},
		{"france", "spain", false},
		{"new york", "new jersey", false},
		{"us", "uk", false},
	}
	for _, tt := range tests {
		ca, oka := NameForm(tt.a)
		cb, okb := NameForm(tt.b)
		if got := oka && okb && ca == cb; got != tt.same {
			t.Errorf("NameForm(%q) = %q, NameForm(%q) = %q: same %v, want %v", tt.a, ca, tt.b, cb, got, tt.same)
		}
	}
	if c, ok := NameForm("milan"); ok {
		t.Errorf("NameForm(milan) = %q, true; want no form", c)
	}
}

func TestSameGivenName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"tim", "timothy", true},
		{"doug", "douglas", true},
		{"bill", "william", true},
		{"steve", "stephen", true},
		{"steve", "steven", true},
		{"pat", "patricia", true},
		{"john", "john", true},
		{"jo", "john", false}, // under three letters
		{"bill", "robert", false},
		{"anthony", "stephen", false},
	}
	for _, tt := range tests {
		if got := SameGivenName(tt.a, tt.b); got != tt.want {
			t.Errorf("SameGivenName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := SameGivenName(tt.b, tt.a); got != tt.want {
			t.Errorf("SameGivenName(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

// TestNameFormTables: every line of the tables is "name: form, form" with
// lower-case forms without periods, and no form is given to two places.
func TestNameFormTables(t *testing.T) {
	seen := map[string]string{}
	for head, form := range canonicalPairs(nameFormsText) {
		if form == "" || form != Key(form) || strings.Contains(form, ".") {
			t.Errorf("nameforms.txt: form %q of %q: want lower case, no periods", form, head)
		}
		if prev, ok := seen[form]; ok && prev != head {
			t.Errorf("nameforms.txt: %q is a form of %q and of %q", form, prev, head)
		}
		seen[form] = head
	}
	for head, form := range canonicalPairs(givenNamesText) {
		if form == "" || form != Key(form) {
			t.Errorf("givennames.txt: form %q of %q: want lower case", form, head)
		}
	}
}
