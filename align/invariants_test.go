package align

import (
	"slices"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// checkInvariants verifies Compare's contract on c.
func checkInvariants(t testing.TB, c *Comparison, opts Options) {
	t.Helper()
	incl := func(d *article.Document) []int { return included(d, opts) }
	bi, oi := incl(c.Base), incl(c.Other)
	seenB := map[int]int{}
	seenO := map[int]int{}
	var sum Summary
	lastBase := -1
	for p, r := range c.Sentences {
		for _, i := range r.Base {
			if i < 0 || i >= len(c.Base.Sentences) {
				t.Fatalf("record %d: BASE index %d out of range", p, i)
			}
			seenB[i]++
		}
		for _, j := range r.Other {
			if j < 0 || j >= len(c.Other.Sentences) {
				t.Fatalf("record %d: OTHER index %d out of range", p, j)
			}
			seenO[j]++
		}
		if !contiguous(r.Base) || !contiguous(r.Other) || len(r.Base) > maxMerge || len(r.Other) > maxMerge || min(len(r.Base), len(r.Other)) > 1 {
			t.Errorf("record %d: bad shape %v–%v", p, r.Base, r.Other)
		}
		if r.Score < 0 || r.Score > 1 {
			t.Errorf("record %d: score %v", p, r.Score)
		}
		switch r.Kind {
		case Added:
			sum.Added++
			if len(r.Base) != 0 || len(r.Other) != 1 || r.Score != 0 || r.Diff != nil || r.Moved {
				t.Errorf("record %d: bad added record %+v", p, r)
			}
			// Right after the record of the OTHER sentence before it.
			k := slices.Index(oi, r.Other[0])
			if k > 0 {
				if p == 0 || !slices.Contains(c.Sentences[p-1].Other, oi[k-1]) {
					t.Errorf("record %d: added OTHER sentence %d not right after the record of sentence %d", p, r.Other[0], oi[k-1])
				}
			} else {
				for q := 0; q < p; q++ {
					if c.Sentences[q].Kind != Added {
						t.Errorf("record %d: first OTHER sentence added after record %d", p, q)
					}
				}
			}
			continue
		case Dropped:
			sum.Dropped++
			if len(r.Other) != 0 || len(r.Base) != 1 || r.Score != 0 || r.Diff != nil || r.Moved {
				t.Errorf("record %d: bad dropped record %+v", p, r)
			}
		default:
			if len(r.Base) == 0 || len(r.Other) == 0 {
				t.Errorf("record %d: %v record with an empty side", p, r.Kind)
			}
			a, b := joinText(c.Base, r.Base), joinText(c.Other, r.Other)
			switch r.Kind {
			case Identical:
				sum.Identical++
				same := words.Normalize(a) == words.Normalize(b)
				if !same && !spellingOnly(words.Normalize(a), words.Normalize(b)) || r.Score != 1 {
					t.Errorf("record %d: identical but %q vs %q (score %v)", p, a, b, r.Score)
				}
				if same && (len(r.Diff) != 1 || r.Diff[0] != (Chunk{Equal, a})) {
					t.Errorf("record %d: identical diff %q", p, r.Diff)
				}
				if da, _ := diffText(r.Diff); da != a {
					t.Errorf("record %d: diff spells %q, want %q", p, da, a)
				}
			case Edited:
				sum.Edited++
				if da, _ := diffText(r.Diff); da != a {
					t.Errorf("record %d: diff spells %q, want %q", p, da, a)
				}
			case Paraphrased:
				sum.Paraphrased++
				if r.Diff != nil {
					t.Errorf("record %d: paraphrase with a diff", p)
				}
			}
		}
		if r.Moved {
			sum.Moved++
		}
		if r.Base[0] <= lastBase {
			t.Errorf("record %d: BASE sentence %d after %d", p, r.Base[0], lastBase)
		}
		lastBase = r.Base[0]
	}
	for _, i := range bi {
		if seenB[i] != 1 {
			t.Errorf("BASE sentence %d in %d records", i, seenB[i])
		}
	}
	for _, j := range oi {
		if seenO[j] != 1 {
			t.Errorf("OTHER sentence %d in %d records", j, seenO[j])
		}
	}
	if len(seenB) != len(bi) || len(seenO) != len(oi) {
		t.Errorf("records hold %d+%d sentences, want the %d+%d compared", len(seenB), len(seenO), len(bi), len(oi))
	}
	sum.Reused = c.Summary.Reused
	if sum != c.Summary {
		t.Errorf("summary %+v, records count %+v", c.Summary, sum)
	}
	if c.Summary.Reused < 0 || c.Summary.Reused > 1 {
		t.Errorf("reused %v", c.Summary.Reused)
	}
	inLink := map[[2]int]bool{}
	for k, p := range c.Paragraphs {
		if len(p.Base) == 0 || len(p.Other) == 0 || p.Score < 0 || p.Score > 1 {
			t.Errorf("paragraph link %d: %+v", k, p)
		}
		for _, i := range p.Base {
			if i < 0 || i >= len(c.Base.Paragraphs) || inLink[[2]int{0, i}] {
				t.Errorf("paragraph link %d: BASE paragraph %d invalid or repeated", k, i)
			}
			inLink[[2]int{0, i}] = true
		}
		for _, j := range p.Other {
			if j < 0 || j >= len(c.Other.Paragraphs) || inLink[[2]int{1, j}] {
				t.Errorf("paragraph link %d: OTHER paragraph %d invalid or repeated", k, j)
			}
			inLink[[2]int{1, j}] = true
		}
	}
}

func contiguous(idx []int) bool {
	for k := 1; k < len(idx); k++ {
		if idx[k] != idx[k-1]+1 {
			return false
		}
	}
	return true
}

func joinText(d *article.Document, idx []int) string {
	var parts []string
	for _, i := range idx {
		parts = append(parts, d.Sentences[i].Text)
	}
	return strings.Join(parts, " ")
}
