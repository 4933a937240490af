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

// confusableGroups maps each word of confusables.txt to its group, built
// on first use (about 150 words: microseconds) and read-only after.
var confusableGroups = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(confusablesText, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		group := strings.Fields(line)
		for _, w := range group {
			m[w] = group
		}
	}
	return m
})

// Confused reports whether words a and b are two different words that
// writers and spelling correctors often put for one another: "its" and
// "it's", "their" and "there", "affect" and "effect". Both are English,
// so a spelling check passes either; only the word it replaced tells the
// slip. Case does not count and a curly apostrophe is a straight one
// (Key); punctuation clinging to either word is ignored. Pairs whose swap
// is often deliberate (lead/led, that/which, fewer/less) are not listed.
// Cost: a Key of each word and two map lookups.
func Confused(a, b string) bool {
	ka, kb := Key(strings.Trim(a, confusablePunct)), Key(strings.Trim(b, confusablePunct))
	if ka == kb {
		return false
	}
	ga := confusableGroups()[ka]
	return slices.Contains(ga, kb)
}

// ConfusedWith returns the words that are often written by mistake for
// lower-case word w (see Confused), or nil.
func ConfusedWith(w string) []string {
	var out []string
	for _, o := range confusableGroups()[w] {
		if o != w {
			out = append(out, o)
		}
	}
	return out
}

// confusablePunct is what may cling to a word taken from a diff: quote
// marks and the punctuation that ends a clause.
const confusablePunct = "\"'“”‘’.,;:!?()[]"
