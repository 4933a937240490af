package words

import (
	"strings"
	"testing"
)

func TestConfused(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"its", "it's", true},
		{"it’s", "its", true}, // a curly apostrophe is a straight one
		{"Their", "there", true},
		{"they're", "their", true},
		{"than,", "then", true}, // punctuation clinging to a word of a diff
		{"affect", "effect", true},
		{"aide", "aid", true},
		{"its", "its", false},
		{"Its", "its", false},  // case alone is no slip
		{"lead", "led", false}, // a tense, often changed on purpose
		{"which", "that", false},
		{"effect", "effects", false},
		{"there", "here", false}, // in different groups
		{"table", "tablet", false},
	}
	for _, tt := range tests {
		if got := Confused(tt.a, tt.b); got != tt.want {
			t.Errorf("Confused(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	if got := ConfusedWith("their"); strings.Join(got, " ") != "there they're" {
		t.Errorf("ConfusedWith(their) = %q", got)
	}
	if got := ConfusedWith("table"); got != nil {
		t.Errorf("ConfusedWith(table) = %q, want nil", got)
	}
}

func TestOpposite(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"rose", "fell", true},
		{"Acquitted,", "convicted", true},
		{"more", "less", true},
		{"rose", "rose", false},
		{"rose", "falls", false}, // another form: no swap of one word for its opposite
		{"its", "it's", false},
	}
	for _, tt := range tests {
		if got := Opposite(tt.a, tt.b); got != tt.want {
			t.Errorf("Opposite(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	if got := OppositeOf("won"); strings.Join(got, " ") != "lost" {
		t.Errorf("OppositeOf(won) = %q", got)
	}
}

// TestWordGroupTables: every line of confusables.txt is a group of two
// words or more and no word is in two groups (it would be looked up in
// one of them only); every line of opposites.txt is a pair, given once.
// Words are in lower case with straight apostrophes.
func TestWordGroupTables(t *testing.T) {
	for name, text := range map[string]string{"confusables.txt": confusablesText, "opposites.txt": oppositesText} {
		pairs := name == "opposites.txt"
		seen := map[string]int{}
		for n, line := range strings.Split(text, "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			group := strings.Fields(line)
			if len(group) < 2 || pairs && len(group) != 2 {
				t.Errorf("%s:%d: a group of %d words: %q", name, n+1, len(group), line)
			}
			for _, w := range group {
				if w != Key(w) {
					t.Errorf("%s:%d: %q is not in its key form %q", name, n+1, w, Key(w))
				}
			}
			keys := group
			if pairs {
				a, b := min(group[0], group[len(group)-1]), max(group[0], group[len(group)-1])
				keys = []string{a + " " + b}
			}
			for _, k := range keys {
				if prev, dup := seen[k]; dup {
					t.Errorf("%s:%d: %q is also on line %d", name, n+1, k, prev)
				}
				seen[k] = n + 1
			}
		}
	}
}
