package align

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/txtar"

	"github.com/wirediff/wirediff/internal/testdoc"
)

// TestCases runs the fixtures testdata/cases/*.txtar: each holds a
// comment saying what it is about, the articles base and other (parsed by
// article.Parse) and the records Compare makes of them, one line each
// (see caseRecords). With -update the records section is rewritten.
func TestCases(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "cases", "*.txtar"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases in testdata/cases (%v)", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			sections := map[string]*txtar.File{}
			for i := range a.Files {
				sections[a.Files[i].Name] = &a.Files[i]
			}
			if sections["base"] == nil || sections["other"] == nil || sections["records"] == nil {
				t.Fatalf("%s: want the sections base, other and records", file)
			}
			base := testdoc.Parse(t, "base", string(sections["base"].Data))
			other := testdoc.Parse(t, "other", string(sections["other"].Data))
			c := Compare(base, other, Options{})
			checkInvariants(t, c, Options{})
			got := caseRecords(c)
			if *testdoc.Update {
				sections["records"].Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if diff := cmp.Diff(string(sections["records"].Data), got); diff != "" {
				t.Errorf("%s: records (-want +got); if the change is meant, run go test -update:\n%s", file, diff)
			}
		})
	}
}

// caseRecords writes c as the records section of a case: the paragraph
// links, then one line per sentence record, in the order of c:
//
//	paragraph   B0     O0,1
//	edited      B0,1   O0      ~ "The [-old-]{+new+} words."
//	identical   B2     O3      moved
//	added       -      O1
//
// Indexes are BASE (B) and OTHER (O) sentence or paragraph numbers from 0;
// "moved" marks a link that breaks the order; the word diff, Delete
// chunks in [-…-] and Insert chunks in {+…+}, follows "~" for every
// record whose diff is more than the text kept. Scores are left out: a
// case pins what a reader sees, not the tuning of the thresholds.
func caseRecords(c *Comparison) string {
	var b strings.Builder
	side := func(prefix string, idx []int) string {
		if len(idx) == 0 {
			return "-"
		}
		s := make([]string, len(idx))
		for k, i := range idx {
			s[k] = fmt.Sprint(i)
		}
		return prefix + strings.Join(s, ",")
	}
	for _, p := range c.Paragraphs {
		fmt.Fprintf(&b, "%-11s %-6s %s\n", "paragraph", side("B", p.Base), side("O", p.Other))
	}
	for _, r := range c.Sentences {
		line := fmt.Sprintf("%-11s %-6s %-6s", r.Kind, side("B", r.Base), side("O", r.Other))
		if r.Moved {
			line += " moved"
		}
		if d := markedDiff(r.Diff); d != "" {
			line += fmt.Sprintf(" ~ %q", d)
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	return b.String()
}

// markedDiff writes a diff with its changes marked, or "" when it changes
// nothing.
func markedDiff(diff []Chunk) string {
	var b strings.Builder
	changed := false
	for _, ch := range diff {
		switch ch.Op {
		case Delete:
			fmt.Fprintf(&b, "[-%s-]", ch.Text)
			changed = true
		case Insert:
			fmt.Fprintf(&b, "{+%s+}", ch.Text)
			changed = true
		default:
			b.WriteString(ch.Text)
		}
	}
	if !changed {
		return ""
	}
	return b.String()
}
