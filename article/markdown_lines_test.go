package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMatchLines checks that each Markdown mark found line by line is
// found as a scan of the whole text finds it.
func TestMatchLines(t *testing.T) {
	texts := []string{
		"", "_", "__", "a _b_", "_ab_", "x\n_ab_", "x(_ab_ y", "x\n\n_a b_\n",
		"a _b\nc_", "**a**", "**a\nb**", "__a__ and", "# h", "x\n## h\ny", "#\th", "#x",
		"[a](b)", "[a](b c)", "[a]\n(b)", "> q", "x\n>q", "x >q", ">\n", "```\nx", "x\n~~~",
		"x ```", "[a]: http", "x\n[a]:\tb", "[a]:\nb", "a_b_c", "(_a_)", "x\n(_ab_)",
		"__\n__", "**\n**a**", "> \n", "_ a_", "_a _", "\n_ab_", "a\r\n_b_\r\n",
	}
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	// Every text again with each mark's strings spread around it.
	for _, x := range texts[:len(texts):len(texts)] {
		texts = append(texts, x+"\n"+strings.Join([]string{"#", "](", ">", "**", "__", "```", "]:", "_"}, " w "))
	}
	if len(markdownNeeds) != len(markdownMarks) {
		t.Fatalf("%d marks, %d lists of strings", len(markdownMarks), len(markdownNeeds))
	}
	for i, m := range markdownMarks {
		for _, x := range texts {
			if got, want := matchLines(m, x, markdownNeeds[i]), m().MatchString(x); got != want {
				t.Errorf("mark %d on %q: line by line %v, whole text %v", i, x, got, want)
			}
		}
	}
}
