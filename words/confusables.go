package words

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// confusablesText lists groups of words that are written for one another
// (see the file's head for what is in and what is left out).
//
//go:embed confusables.txt
var confusablesText string

// oppositesText lists pairs of words that say the opposite of one
// another (see the file's head); a word may be in several pairs.
//
//go:embed opposites.txt
var oppositesText string

// groups maps each word of a table of word groups (one group a line,
// words apart by spaces, "#" lines comments) to its group.
func groups(text string) map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		group := strings.Fields(line)
		for _, w := range group {
			m[w] = group
		}
	}
	return m
}

// opposites maps each word of a table of pairs to the words it is paired
// with: a word may have several opposites ("lost": "gained", "won").
func opposites(text string) map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(text, "\n") {
		if f := strings.Fields(line); len(f) == 2 && !strings.HasPrefix(line, "#") {
			m[f[0]] = append(m[f[0]], f[1])
			m[f[1]] = append(m[f[1]], f[0])
		}
	}
	return m
}

// The tables, each built on first use (a few hundred words:
// microseconds) and read-only after.
var (
	confusableGroups = sync.OnceValue(func() map[string][]string { return groups(confusablesText) })
	oppositeWords    = sync.OnceValue(func() map[string][]string { return opposites(oppositesText) })
)

// Confused reports whether words a and b are two different words that
// writers and spelling correctors often put for one another: "its" and
// "it's", "their" and "there", "affect" and "effect". Both are English,
// so a spelling check passes either; only the word it replaced tells the
// slip. Case does not count and a curly apostrophe is a straight one
// (Key); punctuation clinging to either word is ignored. Pairs whose swap
// is often deliberate (lead/led, that/which, fewer/less) are not listed.
// Cost: a Key of each word and two map lookups.
func Confused(a, b string) bool { return sameGroup(confusableGroups(), a, b) }

// ConfusedWith returns the words that are often written by mistake for
// lower-case word w (see Confused), or nil.
func ConfusedWith(w string) []string { return others(confusableGroups(), w) }

// Opposite reports whether words a and b say the opposite of one another
// in news copy: "rose" and "fell", "won" and "lost", "acquitted" and
// "convicted", "more" and "less". Put for one another in a sentence
// otherwise kept, they make it say the opposite. Case, apostrophes and
// clinging punctuation as for Confused. Cost: as Confused.
func Opposite(a, b string) bool {
	ka, kb := Key(strings.Trim(a, groupPunct)), Key(strings.Trim(b, groupPunct))
	return slices.Contains(oppositeWords()[ka], kb)
}

// OppositeOf returns the opposites of lower-case word w (see Opposite),
// or nil.
func OppositeOf(w string) []string { return oppositeWords()[w] }

// sameGroup reports whether a and b are different words of one group of
// table g.
func sameGroup(g map[string][]string, a, b string) bool {
	ka, kb := Key(strings.Trim(a, groupPunct)), Key(strings.Trim(b, groupPunct))
	return ka != kb && slices.Contains(g[ka], kb)
}

// others returns the words of w's group in table g but w.
func others(g map[string][]string, w string) []string {
	var out []string
	for _, o := range g[w] {
		if o != w {
			out = append(out, o)
		}
	}
	return out
}

// groupPunct is what may cling to a word taken from a diff: quote marks
// and the punctuation that ends a clause.
const groupPunct = "\"'“”‘’.,;:!?()[]"
