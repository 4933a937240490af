package check

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/internal/testdoc"
	"github.com/wirediff/wirediff/words"
)

// TestSlipsOnRealPairs measures the rules that read single words — the
// confused word (a typo), the negation dropped or added, the word
// replaced by its opposite and the hedge or qualifier of a post dropped
// or added (facts) — on real rewrites: the MSRP pairs
// (two outlets' sentences of one story, both directions) in which a rule
// could find something: one sentence has a word of a group of
// confusables and the other a word of the same group, or the two count
// their negations differently, or a word of one is a word of the other
// with a negative prefix, or a word of one has its opposite in the other,
// or they count their hedges or qualifiers of a post differently (see
// mayQualify). Every finding of these rules there is listed in testdata/realpairs.golden with the pair's line
// in the corpus: both sentences were published, so a finding is either an
// outlet's slip or a false alarm, and the line is read to tell which.
// Lines are split as the editorial benchmark splits them (every fifth
// held out).
func TestSlipsOnRealPairs(t *testing.T) {
	var b strings.Builder
	b.WriteString("# go test ./check -run TestSlipsOnRealPairs [-update]\n")
	var pairs, confusedN, negatedN, opposedN, hedgedN, roledN [2]int
	forMSRPLines(t, func(n, part int, fs []string) {
		if !mayConfuse(fs[3], fs[4]) && !mayNegate(fs[3], fs[4]) && !mayOppose(fs[3], fs[4]) && !mayQualify(fs[3], fs[4]) {
			return
		}
		for _, pr := range [][2]string{{fs[3], fs[4]}, {fs[4], fs[3]}} {
			pairs[part]++
			r := run(t, pr[0], pr[1])
			for _, ty := range r.Typos {
				if ty.Reason == confusedReason {
					confusedN[part]++
					fmt.Fprintf(&b, "line %d (quality %s): typo %q → %q\n", n+1, fs[0], ty.Base, ty.Other)
				}
			}
			for _, f := range r.Facts {
				switch f.Kind {
				case FactNegation:
					negatedN[part]++
				case FactOpposite:
					opposedN[part]++
				case FactHedge:
					hedgedN[part]++
				case FactRole:
					roledN[part]++
				default:
					continue
				}
				fmt.Fprintf(&b, "line %d (quality %s): %s %q → %q\n", n+1, fs[0], f.Kind, f.Base, f.Other)
			}
		}
	})
	for part, name := range []string{"tuning", "held-out"} {
		fmt.Fprintf(&b, "%s: %d comparisons where a rule could find something; %d confused words, %d negations, %d opposites, %d hedges, %d roles\n",
			name, pairs[part], confusedN[part], negatedN[part], opposedN[part], hedgedN[part], roledN[part])
	}
	testdoc.Golden(t, filepath.Join("testdata", "realpairs.golden"), []byte(b.String()))
}

// mayConfuse reports whether sentence a has a word of a group of
// confusables and b another word of the same group.
func mayConfuse(a, b string) bool {
	inB := map[string]bool{}
	for _, w := range strings.Fields(b) {
		inB[words.Key(strings.Trim(w, "\"',.;:!?()"))] = true
	}
	for _, w := range strings.Fields(a) {
		for _, o := range words.ConfusedWith(words.Key(strings.Trim(w, "\"',.;:!?()"))) {
			if inB[o] {
				return true
			}
		}
	}
	return false
}

// mayNegate reports whether sentences a and b count their negations
// differently (countNegations), or a word of one is a word of the other
// with a negative prefix: what a negation finding needs.
func mayNegate(a, b string) bool {
	ta, tb := words.Compounds(a, 0, true), words.Compounds(b, 0, true)
	if countNegations(a, ta) != countNegations(b, tb) {
		return true
	}
	keys := func(ts []words.Compound) map[string]bool {
		m := map[string]bool{}
		for _, t := range ts {
			m[words.Key(t.Text)] = true
		}
		return m
	}
	ka, kb := keys(ta), keys(tb)
	for _, sides := range [][2]map[string]bool{{ka, kb}, {kb, ka}} {
		for w := range sides[0] {
			for _, p := range negativePrefixes {
				if rest, ok := strings.CutPrefix(w, p); ok && sides[1][rest] {
					return true
				}
			}
		}
	}
	return false
}

// mayQualify reports whether sentences a and b count their hedges or
// their qualifiers of a post differently (countQualifiers), or one has a
// modal of possibility and the other one of certainty: what a hedge or
// role finding needs.
func mayQualify(a, b string) bool {
	ka, kb := compoundKeys(words.Compounds(a, 0, true)), compoundKeys(words.Compounds(b, 0, true))
	for _, q := range []qualifier{hedgeQualifier, roleQualifier} {
		if countQualifiers(ka, q) != countQualifiers(kb, q) {
			return true
		}
	}
	has := func(ks []string, set map[string]bool) bool {
		for _, k := range ks {
			if set[k] {
				return true
			}
		}
		return false
	}
	return has(ka, possibleModals) && has(kb, certainModals) || has(kb, possibleModals) && has(ka, certainModals)
}

// mayOppose reports whether a word of sentence a has its opposite
// (words.Opposite) in sentence b.
func mayOppose(a, b string) bool {
	inB := map[string]bool{}
	for _, w := range strings.Fields(b) {
		inB[words.Key(strings.Trim(w, "\"',.;:!?()"))] = true
	}
	for _, w := range strings.Fields(a) {
		for _, o := range words.OppositeOf(words.Key(strings.Trim(w, "\"',.;:!?()"))) {
			if inB[o] {
				return true
			}
		}
	}
	return false
}

// TestMeasuresOnRealPairs lists the confident facts found in the MSRP
// pairs (both directions) where a sentence has a figure with a measure
// ("50 miles", "12,400 acres", "110 km"), in
// testdata/realpairs-measures.golden, as TestSlipsOnRealPairs does: real
// outlets write measures as they please (converted, dropped, rounded),
// and each finding there is read to tell a true change from a false
// alarm.
func TestMeasuresOnRealPairs(t *testing.T) {
	var b strings.Builder
	b.WriteString("# go test ./check -run TestMeasuresOnRealPairs [-update]\n")
	var pairs, found [2]int
	forMSRPLines(t, func(n, part int, fs []string) {
		if !hasMeasure(fs[3]) && !hasMeasure(fs[4]) {
			return
		}
		for _, pr := range [][2]string{{fs[3], fs[4]}, {fs[4], fs[3]}} {
			pairs[part]++
			for _, f := range run(t, pr[0], pr[1]).Confident().Facts {
				found[part]++
				fmt.Fprintf(&b, "line %d (quality %s): %s %q → %q (%.2f)\n", n+1, fs[0], f.Kind, f.Base, f.Other, f.Confidence)
			}
		}
	})
	for part, name := range []string{"tuning", "held-out"} {
		fmt.Fprintf(&b, "%s: %d comparisons with a measure, %d confident facts\n", name, pairs[part], found[part])
	}
	testdoc.Golden(t, filepath.Join("testdata", "realpairs-measures.golden"), []byte(b.String()))
}

// hasMeasure reports whether sentence s has a figure followed by a
// measure (words.MeasureAfter).
func hasMeasure(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' && (i+1 == len(s) || s[i+1] < '0' || s[i+1] > '9') {
			if u, _ := words.MeasureAfter(s[i+1:]); u.IsMeasure() {
				return true
			}
		}
	}
	return false
}

// TestFindingsOnRealPairs lists the confident facts (names, figures,
// dates and times), near-miss typos, misspellings, and misattributed and
// fabricated quotations found in the MSRP pairs judged
// paraphrases (one direction: the first sentence as BASE), in
// testdata/realpairs-findings.golden, with the count of each part. Two
// outlets' sentences of one story name the same people and places in
// other forms ("U.S." and "American", "Tim Muris" and "Timothy Muris",
// "R-Tenn." and "Republican of Tennessee"), spell them another way
// ("Chrétien" and "Chretien", "Fallujah" and "Falluja"), write one figure
// or date another way ("$70-million", "3-to-1", "April" for "April 3"),
// attribute one quotation in other words ("said Gen. Richard Myers", "the
// Connecticut Democrat told"), quote what one gives as a title or as a
// quotation begun in a sentence the corpus left out, and rewrite the
// clauses that hold them; each finding there is read to
// tell a changed fact or a slip from a false alarm.
func TestFindingsOnRealPairs(t *testing.T) {
	var b strings.Builder
	b.WriteString("# go test ./check -run TestFindingsOnRealPairs [-update]\n")
	var pairs, names, figures, nearMisses, misspelt, misattributed, fabricated [2]int
	forMSRPLines(t, func(n, part int, fs []string) {
		if fs[0] != "1" {
			return
		}
		pairs[part]++
		rep := run(t, fs[3], fs[4]).Confident()
		for _, f := range rep.Facts {
			switch f.Kind {
			case FactName:
				names[part]++
			case FactNumber, FactAmount, FactDate, FactTime:
				figures[part]++
			default:
				continue
			}
			fmt.Fprintf(&b, "line %d: %s %q → %q (%.2f)\n", n+1, f.Kind, f.Base, f.Other, f.Confidence)
		}
		for _, ty := range rep.Typos {
			switch ty.Kind {
			case TypoNearMiss:
				nearMisses[part]++
				fmt.Fprintf(&b, "line %d: typo %q → %q\n", n+1, ty.Base, ty.Other)
			case TypoMisspelling:
				misspelt[part]++
				fmt.Fprintf(&b, "line %d: misspelling %q\n", n+1, ty.Other)
			}
		}
		for _, q := range rep.Quotes {
			switch q.Change {
			case QuoteMisattributed:
				misattributed[part]++
				fmt.Fprintf(&b, "line %d: misattributed %q → %q\n", n+1, q.Speaker, q.OtherSpeaker)
			case QuoteFabricated:
				fabricated[part]++
				fmt.Fprintf(&b, "line %d: fabricated %q\n", n+1, q.Other)
			}
		}
	})
	for part, name := range []string{"tuning", "held-out"} {
		fmt.Fprintf(&b, "%s: %d paraphrase pairs; confident: %d name facts, %d figure, date and time facts, %d near misses, %d misspellings, %d misattributions, %d fabricated quotations\n",
			name, pairs[part], names[part], figures[part], nearMisses[part], misspelt[part], misattributed[part], fabricated[part])
	}
	testdoc.Golden(t, filepath.Join("testdata", "realpairs-findings.golden"), []byte(b.String()))
}

// forMSRPLines calls fn with each line of the MSRP corpus (its number
// from 0, the header being 0; the part, 1 for every fifth line, held
// out, as the editorial benchmark splits them; the line's five fields),
// or skips the test where the corpus is not beside the repository or with
// -short.
func forMSRPLines(t *testing.T, fn func(n, part int, fs []string)) {
	t.Helper()
	if testing.Short() {
		t.Skip("reads the MSRP corpus")
	}
	f, err := os.Open(msrpPath)
	if err != nil {
		t.Skipf("MSRP corpus not available: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 0; sc.Scan(); n++ {
		fs := strings.Split(sc.Text(), "\t")
		if n == 0 || len(fs) != 5 {
			continue
		}
		part := 0
		if n%5 == 4 {
			part = 1
		}
		fn(n, part, fs)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
