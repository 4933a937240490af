package words

import (
	_ "embed"
	"iter"
	"slices"
	"strings"
	"sync"
)

// nameFormsText lists the forms of one name: places with their
// abbreviations and demonyms, and the short forms of words of names
// ("corp", "dept"); see the file's head.
//
//go:embed nameforms.txt
var nameFormsText string

// givenNamesText lists given names with short forms that do not start
// them ("bill" for "william").
//
//go:embed givennames.txt
var givenNamesText string

// canonicalForms maps each form of a table of "canonical: form, form"
// lines to its canonical form (and the canonical form to itself); a
// form listed twice keeps its last line's.
func canonicalForms(text string) map[string]string {
	m := map[string]string{}
	for head, form := range canonicalPairs(text) {
		m[form] = head
	}
	return m
}

// canonicalPairs yields each (canonical, form) pair of a table of
// "canonical: form, form" lines, the canonical form paired with itself
// first.
func canonicalPairs(text string) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for line := range strings.Lines(text) {
			head, rest, ok := strings.Cut(line, ":")
			if !ok || strings.HasPrefix(line, "#") {
				continue
			}
			head = strings.TrimSpace(head)
			if !yield(head, head) {
				return
			}
			for f := range strings.SplitSeq(rest, ",") {
				if !yield(head, strings.TrimSpace(f)) {
					return
				}
			}
		}
	}
}

// formGroups maps each form of a table of "name: form, form" lines to
// the names it is a form of ("pat": "patricia", "patrick"), and each
// name to itself.
func formGroups(text string) map[string][]string {
	m := map[string][]string{}
	for head, form := range canonicalPairs(text) {
		m[form] = append(m[form], head)
	}
	return m
}

// The tables, each built on first use (a few hundred forms: microseconds)
// and read-only after.
var (
	nameForms  = sync.OnceValue(func() map[string]string { return canonicalForms(nameFormsText) })
	givenForms = sync.OnceValue(func() map[string][]string { return formGroups(givenNamesText) })
)

// NameForm returns the canonical form of a name or a word of a name
// written in lower case without periods, words apart by one space:
// "united states", "us", "america" and "american" are all "us"; "britain"
// and "british" "uk"; "tenn" "tennessee"; "corp" "corporation". ok is
// false for a phrase the table does not hold, which is its own form.
// Cost: a map lookup.
func NameForm(phrase string) (canonical string, ok bool) {
	c, ok := nameForms()[phrase]
	return c, ok
}

// SameGivenName reports whether two given names (lower case) may be one
// person's: equal, one a short form starting the other ("tim" and
// "timothy", three letters or more), or a short form of the table
// ("bill" and "william"). Cost: two map lookups.
func SameGivenName(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) >= 3 && strings.HasPrefix(b, a) {
		return true
	}
	g := givenForms()
	for _, ca := range g[a] {
		if slices.Contains(g[b], ca) {
			return true
		}
	}
	return false
}
