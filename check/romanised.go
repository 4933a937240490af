package check

import (
	"strings"

	"github.com/wirediff/wirediff/words"
)

// romanisedReason is the reason of a near miss that may be another
// romanisation of a name (see romanised).
const romanisedReason = "a near miss of the BASE name, but perhaps its spelling in another romanisation, as outlets differ (a final h, a vowel doubled or added, ö written oe)"

// romanised reports whether OTHER word o may be the BASE name b written
// in another romanisation rather than misspelt: both capitalised, b not
// in the word list, the same consonants in the same order (a final "h"
// after a vowel left out: "Falluja", "Fallujah"), and vowels that differ
// only by vowels added or left out ("Jemah", "Jemaah"; "Schroder",
// "Schroeder"; "Kyongsang", "Kyeongsang") — or, in a name that shows it
// was romanised from Arabic, Persian or Chinese (a "q" without "u", or
// "kh", "dh", "zh"), by vowels replaced too ("Muqtada", "Moqtada";
// "Qaeda", "Qaida"). Such pairs are how two wire services spell one name;
// a name misspelt by a letter replaced ("Meloni", "Meleni") stays a
// confident typo.
//
// Cost: a few small allocations per near miss, which are rare.
func romanised(b, o string) bool {
	// A lower-case particle before a hyphen ("al-Qaeda") is no part of
	// what is compared.
	if i := strings.LastIndexByte(b, '-'); i >= 0 {
		b = b[i+1:]
	}
	if i := strings.LastIndexByte(o, '-'); i >= 0 {
		o = o[i+1:]
	}
	if !words.IsCapitalised(b) || !words.IsCapitalised(o) {
		return false
	}
	bb, ob := words.Bare(b), words.Bare(o)
	if isKnownWord(bb) {
		return false // an English word or a name the word list knows: "Italy"
	}
	bb, ob = words.Unaccented(bb), words.Unaccented(ob)
	cb, vb := consonantsAndVowels(bb)
	co, vo := consonantsAndVowels(ob)
	switch {
	case cb != co:
		return false
	case vb == vo:
		// The same letters but for a final "h" or an apostrophe for a
		// letter English lacks ("Qa'ida", "Qaida"); not two letters
		// swapped ("Meloni", "Melnoi").
		return lettersOf(bb) == lettersOf(ob)
	case isSubsequence(vb, vo) || isSubsequence(vo, vb):
		return true
	}
	return len(vb) == len(vo) && (fromOtherAlphabet(bb) || fromOtherAlphabet(ob))
}

// lettersOf returns the letters a to z of w, a final "h" after a vowel
// left out.
func lettersOf(w string) string {
	var b strings.Builder
	w = trimFinalH(w)
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// trimFinalH returns w without a final "h" after a vowel ("fallujah").
func trimFinalH(w string) string {
	if len(w) > 2 && w[len(w)-1] == 'h' && strings.IndexByte("aeiou", w[len(w)-2]) >= 0 {
		return w[:len(w)-1]
	}
	return w
}

// consonantsAndVowels splits a lower-case word into its consonants and
// its vowels (a, e, i, o, u), each in order, a final "h" after a vowel
// and anything but letters left out.
func consonantsAndVowels(w string) (string, string) {
	var c, v strings.Builder
	for _, r := range trimFinalH(w) {
		switch {
		case strings.ContainsRune("aeiou", r):
			v.WriteRune(r)
		case r >= 'a' && r <= 'z':
			c.WriteRune(r)
		}
	}
	return c.String(), v.String()
}

// isSubsequence reports whether every byte of a is in b, in order.
func isSubsequence(a, b string) bool {
	i := 0
	for j := 0; i < len(a) && j < len(b); j++ {
		if a[i] == b[j] {
			i++
		}
	}
	return i == len(a)
}

// fromOtherAlphabet reports whether lower-case word w shows a
// romanisation from Arabic, Persian or Chinese: a "q" not followed by
// "u", or "kh", "dh", "zh".
func fromOtherAlphabet(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == 'q' && (i+1 == len(w) || w[i+1] != 'u') {
			return true
		}
	}
	return strings.Contains(w, "kh") || strings.Contains(w, "dh") || strings.Contains(w, "zh")
}
