package check

import "strings"

// Reasons of a qualifier finding.
const (
	hedgeDropped = "a hedge dropped: what BASE reported as a claim, OTHER states as fact"
	hedgeAdded   = "a hedge added: what BASE stated as fact, OTHER reports as a claim"
	roleDropped  = "a qualifier of a post dropped: OTHER gives the person another post"
	roleAdded    = "a qualifier of a post added: OTHER gives the person another post"
)

// A qualifier class is a kind of word that, dropped or added alone,
// changes what a sentence claims without changing its other words.
type qualifier int

const (
	noQualifier qualifier = iota
	// hedgeQualifier: a word that marks a claim as unproven or uncertain
	// ("the alleged gunman", "who reportedly fled", "will likely face").
	// Dropped, the claim reads as established fact: the error with legal
	// weight in crime reporting.
	hedgeQualifier
	// roleQualifier: a word that makes a post another one ("former Prime
	// Minister", "Deputy Mayor", "Vice President", "acting director").
	roleQualifier
)

// hedgeWords mark a claim as unproven. Modal verbs are read apart (see
// possibleModals): "may" and "could" are no hedge when dropped alone.
var hedgeWords = wordSet(`alleged allegedly suspected reportedly apparently purportedly purported
	presumed presumably possibly probably likely unconfirmed unverified`)

// roleWords make a post another post. "Late", "senior" and "associate"
// are left out: "late Monday" is no post, and "Associate Justice" →
// "Justice" is the usual shortening of the same one.
var roleWords = wordSet(`former acting interim deputy vice assistant outgoing caretaker ex`)

// rolePrefixes are the role qualifiers written as a word's prefix:
// "ex-minister" is "former minister", "vice-president" no "president".
var rolePrefixes = []string{"ex-", "vice-", "deputy-", "co-"}

// possibleModals and certainModals pair a modal verb of possibility with
// one of certainty: "could face" → "will face" drops a hedge.
var (
	possibleModals = wordSet(`may might could`)
	certainModals  = wordSet(`will must`)
)

// qualifierOf returns the class of word key w.
func qualifierOf(w string) qualifier {
	switch {
	case hedgeWords[w]:
		return hedgeQualifier
	case roleWords[w]:
		return roleQualifier
	}
	return noQualifier
}

// onlyQualifiers returns the class of the words of s when s is one or two
// words of one qualifier class and nothing else, or noQualifier.
func onlyQualifiers(s string) qualifier {
	// A cheap test first: every qualifier word is short.
	if len(s) > 32 {
		return noQualifier
	}
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 2 {
		return noQualifier
	}
	q := noQualifier
	for _, w := range ws {
		k := soleWord(strings.Trim(w, ",;:"))
		c := qualifierOf(k)
		if c == noQualifier || q != noQualifier && c != q {
			return noQualifier
		}
		q = c
	}
	return q
}

// requalified reports whether replacing the words del by ins drops or
// adds a qualifier: a qualifier word before the same word with its
// capital moved ("Suspected militants" → "Militants", the sentence's first
// word), a role prefix ("ex-minister" → "minister") or a modal of
// possibility made one of certainty ("could" → "will"). added tells that
// ins holds the qualifier; counted that the qualifier is a word of its
// own, which a count of each side may show moved (see countQualifiers).
func requalified(del, ins string) (q qualifier, added, counted bool) {
	if !oneWordEach(del, ins) {
		if len(del) > 48 || len(ins) > 48 {
			return noQualifier, false, false
		}
		for _, sides := range [2][2]string{{del, ins}, {ins, del}} {
			long, short := strings.Fields(sides[0]), strings.Fields(sides[1])
			if len(long) == 2 && len(short) == 1 && soleWord(long[1]) != "" && soleWord(long[1]) == soleWord(short[0]) {
				if q := qualifierOf(soleWord(long[0])); q != noQualifier {
					return q, sides[0] == ins, true
				}
			}
		}
		return noQualifier, false, false
	}
	d, i := soleWord(del), soleWord(ins)
	switch {
	case d == "" || i == "":
		return noQualifier, false, false
	case possibleModals[d] && certainModals[i]:
		return hedgeQualifier, false, false
	case certainModals[d] && possibleModals[i]:
		return hedgeQualifier, true, false
	}
	for _, p := range rolePrefixes {
		if rest, ok := strings.CutPrefix(d, p); ok && rest == i && len(i) >= 3 {
			return roleQualifier, false, true
		}
		if rest, ok := strings.CutPrefix(i, p); ok && rest == d && len(d) >= 3 {
			return roleQualifier, true, true
		}
	}
	return noQualifier, false, false
}

// countQualifiers counts the words of class q among toks (role prefixes
// included), so that a qualifier moved within a sentence is no change.
func countQualifiers(toks []string, q qualifier) int {
	n := 0
	for _, k := range toks {
		if qualifierOf(k) == q {
			n++
			continue
		}
		if q == roleQualifier {
			for _, p := range rolePrefixes {
				if strings.HasPrefix(k, p) {
					n++
					break
				}
			}
		}
	}
	return n
}

// qualifierReason returns the reason of a finding of class q.
func qualifierReason(q qualifier, added bool) string {
	switch {
	case q == hedgeQualifier && added:
		return hedgeAdded
	case q == hedgeQualifier:
		return hedgeDropped
	case added:
		return roleAdded
	}
	return roleDropped
}
