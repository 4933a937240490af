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

// TestConfusablesTable: every group has two words or more, in lower case
// with straight apostrophes, and no word is in two groups (Confused would
// see only one of them).
func TestConfusablesTable(t *testing.T) {
	seen := map[string]int{}
	for n, line := range strings.Split(confusablesText, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		group := strings.Fields(line)
		if len(group) < 2 {
			t.Errorf("line %d: a group of one word: %q", n+1, line)
		}
		for _, w := range group {
			if w != Key(w) {
				t.Errorf("line %d: %q is not in its key form %q", n+1, w, Key(w))
			}
			if prev, dup := seen[w]; dup {
				t.Errorf("line %d: %q is also on line %d", n+1, w, prev)
			}
			seen[w] = n + 1
		}
	}
}
