package check

import (
	"strings"

	"github.com/wirediff/wirediff/words"
)

// nameUnits returns the words of a folded name (see nameFacts) as two
// forms of one name are compared: hyphenated words apart ("tampa
// bay-area" has "area"), links ("of", "al") left out, the forms of one
// place or word made one (words.NameForm: "united states", "us" and
// "american" are "us"; "corp" is "corporation"), and a party and state
// tag read as its two words ("d-neb": "democrat", "nebraska").
//
// Cost: a few small allocations and a lookup per word and run of two or
// three words.
func nameUnits(v string) []string {
	var ws []string
	for _, w := range strings.Fields(strings.ReplaceAll(v, "'s", "")) {
		if p, st, ok := strings.Cut(w, "-"); ok && partyTags[p] != "" {
			ws = append(ws, partyTags[p])
			w = st
		}
		for part := range strings.SplitSeq(w, "-") {
			if part != "" && !nameLinks[part] {
				ws = append(ws, part)
			}
		}
	}
	out := ws[:0]
	for i := 0; i < len(ws); {
		n := 1
		unit := ws[i]
		for k := min(3, len(ws)-i); k >= 1; k-- {
			if c, ok := words.NameForm(strings.Join(ws[i:i+k], " ")); ok {
				unit, n = c, k
				break
			}
		}
		out = append(out, unit)
		i += n
	}
	return out
}

// partyTags are the party letters of a US politician's tag ("D-Neb.",
// "R-Tenn."), read as the party's name.
var partyTags = map[string]string{"d": "democrat", "r": "republican", "i": "independent"}

// sameForms reports whether two folded names name one thing written in
// other forms: every word of the shorter (see nameUnits) is a word of the
// longer, the same word in another form ("taiwan", "taiwanese"; a letter
// apart in a word of five or more: "falluja", "fallujah") or the initials
// of a run of its words ("un" for "united nations"); a person's given name
// may be another form of it when the surnames are one ("tim muris",
// "timothy muris"; "bill clinton", "william clinton"). So "U.S. Circuit
// Court of Appeals" and "United States Court of Appeals", "Republican of
// Tennessee" and "R-Tenn.", "Intel Corp" and "Intel Corporation", "UK"
// and "Britain" name one thing.
//
// Cost: a comparison of each word of one name with each of the other's.
func sameForms(a, b string) bool {
	return sameUnits(nameUnits(a), nameUnits(b))
}

// sameUnits is sameForms on the names' words (nameUnits), for a caller
// that compares each name with many.
func sameUnits(ua, ub []string) bool {
	if len(ua) == 0 || len(ub) == 0 {
		return false
	}
	if len(ua) > len(ub) {
		ua, ub = ub, ua
	}
	given := len(ua) >= 2 && ua[len(ua)-1] == ub[len(ub)-1] && words.SameGivenName(ua[0], ub[0])
	for i, x := range ua {
		if i == 0 && given {
			continue
		}
		found := false
		for j, y := range ub {
			if sameUnit(x, y) || initialsOf(x, ub[j:]) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// sameUnit reports whether two words of names are one in other forms:
// equal, a place of five letters or more and its demonym or plural
// ("taiwan", "taiwanese"; "italy", "italian"; "solomon", "solomons"; not
// "iran" and "iraqi"), or a letter apart in words of five letters or more
// with the same first letter ("falluja", "fallujah").
func sameUnit(x, y string) bool {
	if x == y {
		return true
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	stem := x
	if strings.IndexByte("aeiouy", x[len(x)-1]) >= 0 {
		stem = x[:len(x)-1] // "italy", "ital-ian"; "russia", "russi-an"
	}
	if len(x) >= 5 && strings.HasPrefix(y, stem) && len(y)-len(x) <= 3 && hasAnySuffix(y, demonymEndings) {
		return true
	}
	return len(x) >= 5 && x[0] == y[0] && distance(x, y, 1) <= 1
}

// demonymEndings end the demonym or plural of a place's name.
var demonymEndings = []string{"an", "ans", "ian", "ians", "ese", "i", "is", "ish", "s", "er", "ers"}

// initialsOf reports whether x is the initials of the first two or more
// words of ws ("un" of "united nations development").
func initialsOf(x string, ws []string) bool {
	if len(x) < 2 || len(x) > len(ws) {
		return false
	}
	for i := range len(x) {
		if ws[i] == "" || ws[i][0] != x[i] {
			return false
		}
	}
	return true
}
