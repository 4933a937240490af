// Package eval measures how well align.Compare aligns documents: it reads
// hand-labelled gold alignments (or builds them from the ground truth of
// generated pairs, see internal/gendoc), scores a Comparison against them,
// and checks the structural invariants every Comparison must keep. The
// tests of this package are the project's accuracy regression guards;
// cmd/evalreport prints the figures for the README.
//
// A gold file (testdata/gold/*.gold) names sentences by a distinctive
// prefix of their text rather than by index, so it survives small changes
// of sentence segmentation; a prefix that matches no sentence, or more than
// one, is an error, never a silent skip. See testdata/gold/README.md for the
// format and the labelling rules.
//
// Scores count links as (BASE sentence, OTHER sentence) pairs: a record
// linking two BASE sentences to one OTHER sentence gives two pairs. This
// makes a merge that was found as one 1–1 link half right instead of
// all wrong, and is how sentence aligners are usually compared.
package eval

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// A Link is one record of a gold alignment: the BASE sentences Base and
// the OTHER sentences Other (ascending indexes into Document.Sentences)
// carry the same content, labelled Kind (Identical, Edited or
// Paraphrased).
type Link struct {
	Kind  align.Kind
	Base  []int
	Other []int
	// Moved marks a link that breaks the order of the other links.
	Moved bool
	// Optional marks a defensible link that the gold neither requires nor
	// forbids: a comparison is not penalised for finding it or for
	// missing it (repetitions in summaries and pull quotes, borderline
	// partial overlaps).
	Optional bool
	// Line is the line of the record in its gold file (0 for a gold
	// built from generator truth); it makes messages traceable.
	Line int
}

// Gold is the true alignment of one document pair. Sentences in no
// required link are Added (OTHER) or Dropped (BASE); a sentence that is
// only in optional links may be either.
type Gold struct {
	Name        string
	Base, Other *article.Document
	Links       []Link
}

// ParseGold reads a gold file and resolves its sentence prefixes against
// base and other. name is used in error messages.
//
// The format is a sequence of records separated by blank lines; lines
// starting with '#' are comments. A record is a label line — "identical",
// "edited" or "paraphrased", optionally followed by the words "moved"
// and/or "optional" — then one or more "B: prefix" lines (BASE sentences)
// and one or more "O: prefix" lines (OTHER sentences). A prefix resolves
// to the one sentence whose text starts with it after both are
// normalised with words.Normalize (quotes, dashes, spaces, case) and
// stripped of leading quote marks.
//
// ParseGold fails on a malformed record, on a prefix that matches no
// sentence or several, and on a (BASE, OTHER) pair required twice.
// Cost: O(prefixes × sentences) string comparisons.
func ParseGold(name string, data []byte, base, other *article.Document) (*Gold, error) {
	g := &Gold{Name: name, Base: base, Other: other}
	baseKeys, otherKeys := sentenceKeys(base), sentenceKeys(other)

	var cur *Link
	finish := func() error {
		if cur == nil {
			return nil
		}
		if len(cur.Base) == 0 || len(cur.Other) == 0 {
			return fmt.Errorf("%s:%d: record needs at least one B: and one O: line", name, cur.Line)
		}
		slices.Sort(cur.Base)
		slices.Sort(cur.Other)
		if len(slices.Compact(slices.Clone(cur.Base))) != len(cur.Base) ||
			len(slices.Compact(slices.Clone(cur.Other))) != len(cur.Other) {
			return fmt.Errorf("%s:%d: record names a sentence twice", name, cur.Line)
		}
		g.Links = append(g.Links, *cur)
		cur = nil
		return nil
	}

	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "#"):
			continue
		case line == "":
			if err := finish(); err != nil {
				return nil, err
			}
		case strings.HasPrefix(line, "B:"), strings.HasPrefix(line, "O:"):
			if cur == nil {
				return nil, fmt.Errorf("%s:%d: %q before a label line", name, n, line)
			}
			prefix := strings.TrimSpace(line[2:])
			doc, keys, side := base, baseKeys, &cur.Base
			if line[0] == 'O' {
				doc, keys, side = other, otherKeys, &cur.Other
			}
			i, err := resolve(doc, keys, prefix)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, n, err)
			}
			*side = append(*side, i)
		default:
			if cur != nil {
				return nil, fmt.Errorf("%s:%d: %q inside a record (missing blank line?)", name, n, line)
			}
			l, err := parseLabel(line)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, n, err)
			}
			l.Line = n
			cur = &l
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if err := finish(); err != nil {
		return nil, err
	}
	if err := g.checkPairs(); err != nil {
		return nil, err
	}
	return g, nil
}

// parseLabel parses a label line: a kind and optional flags.
func parseLabel(line string) (Link, error) {
	f := strings.Fields(line)
	k, ok := KindByName(f[0])
	if !ok || k == align.Added || k == align.Dropped {
		return Link{}, fmt.Errorf("label %q: want identical, edited or paraphrased", f[0])
	}
	l := Link{Kind: k}
	for _, w := range f[1:] {
		switch w {
		case "moved":
			l.Moved = true
		case "optional":
			l.Optional = true
		default:
			return Link{}, fmt.Errorf("label line %q: unknown flag %q (want moved or optional)", line, w)
		}
	}
	return l, nil
}

// KindByName returns the Kind whose String is name.
func KindByName(name string) (align.Kind, bool) {
	for k := align.Identical; k <= align.Dropped; k++ {
		if k.String() == name {
			return k, true
		}
	}
	return 0, false
}

// matchKey is the form in which prefixes and sentence texts are compared.
func matchKey(s string) string {
	return strings.TrimLeft(words.Normalize(s), `"' `)
}

func sentenceKeys(d *article.Document) []string {
	keys := make([]string, len(d.Sentences))
	for i, s := range d.Sentences {
		keys[i] = matchKey(s.Text)
	}
	return keys
}

// resolve returns the index of the one sentence of d that starts with
// prefix.
func resolve(d *article.Document, keys []string, prefix string) (int, error) {
	p := matchKey(prefix)
	if p == "" {
		return 0, fmt.Errorf("empty prefix")
	}
	var found []int
	for i, k := range keys {
		if strings.HasPrefix(k, p) {
			found = append(found, i)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return 0, fmt.Errorf("prefix %q matches no sentence of %s%s", prefix, d.Name, nearMiss(d, keys, p))
	}
	var b strings.Builder
	for _, i := range found {
		fmt.Fprintf(&b, "\n\t#%d %q", i, clip(d.Sentences[i].Text, 80))
	}
	return 0, fmt.Errorf("prefix %q matches %d sentences of %s (make it longer):%s", prefix, len(found), d.Name, b.String())
}

// nearMiss helps fix a broken prefix after a segmentation change: it
// names the sentence that contains the prefix, if any.
func nearMiss(d *article.Document, keys []string, p string) string {
	for i, k := range keys {
		if strings.Contains(k, p) {
			return fmt.Sprintf(" (sentence #%d contains it, not at its start: %q)", i, clip(d.Sentences[i].Text, 100))
		}
	}
	return ""
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// pair is one (BASE sentence, OTHER sentence) link.
type pair struct{ b, o int }

// checkPairs rejects a gold whose required links repeat a pair, which
// would be counted twice.
func (g *Gold) checkPairs() error {
	seen := map[pair]int{}
	for _, l := range g.Links {
		if l.Optional {
			continue
		}
		for _, b := range l.Base {
			for _, o := range l.Other {
				p := pair{b, o}
				if line, dup := seen[p]; dup {
					return fmt.Errorf("%s:%d: pair (B#%d, O#%d) already required by the record at line %d", g.Name, l.Line, b, o, line)
				}
				seen[p] = l.Line
			}
		}
	}
	return nil
}
