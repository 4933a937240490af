package words

import (
	"strings"
	"unicode"
)

// SpellingVariant reports whether a and b are one word spelled the British
// and the American way ("organisations"/"organizations", "colour"/"color",
// "centre"/"center", "travelled"/"traveled", "defence"/"defense",
// "programme"/"program", "manoeuvre"/"maneuver"), so that a copy which only
// changed its house spelling does not count as edited. It is symmetric and
// blind to case; a word is not a variant of itself, and words that differ
// only in case are not variants either.
//
// Idea: both words are reduced to an American skeleton by the regular
// patterns of British spelling, each applied only where the pattern is
// known to hold (a word with two syllables or more before a doubled l, a
// consonant before -re, an allowed ending after -our, and so on), and the
// skeletons are compared; a short list covers the irregular pairs (grey,
// tyre, plough, cheque, practise...). Hyphenated words are compared part by
// part. The rules are:
//
//	-ise/-ize, -yse/-yze   organise organisation analyse   (s after i or y, before e, a or i)
//	-our/-or               colour favourite behaviours     (two letters or more before, a known ending after)
//	-re/-er                centre theatres centred fibre   (after t, b, g, v or h, at the end or before s, d, ing)
//	-ll-/-l-               travelled cancelling fulfil     (after a, e or i, in a word of two syllables or more)
//	-ence/-ense            defence offences licence pretence
//	-ogue/-og              catalogue dialogues analogue
//	ae/e, oe/e             anaemia paediatric foetus manoeuvre oestrogen
//	-dgement/-dgment       judgement acknowledgement
//
// A pattern is only a skeleton: two different words that happened to share
// one (say "prise" and "prize") are listed as not variants.
//
// Cost: O(len(a)+len(b)) time and a few small allocations.
func SpellingVariant(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if a == b || !variantWord(a) || !variantWord(b) {
		return false
	}
	pa, pb := strings.Split(a, "-"), strings.Split(b, "-")
	if len(pa) != len(pb) {
		return false
	}
	for i := range pa {
		if pa[i] != pb[i] && !variantPart(pa[i], pb[i]) {
			return false
		}
	}
	return true
}

// variantWord reports whether s is made of letters, with single hyphens
// between them: the only strings that can be spelling variants.
func variantWord(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' || strings.Contains(s, "--") {
		return false
	}
	for _, r := range s {
		if r != '-' && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// variantPart compares two different hyphen-free words.
func variantPart(a, b string) bool {
	if listedVariant(a, b) || listedVariant(b, a) {
		return true
	}
	if notVariants[a] == b || notVariants[b] == a {
		return false
	}
	return americanSkeleton(a) == americanSkeleton(b)
}

// variantPairs are British/American pairs that follow no rule below (or
// break one), as base forms; listedVariant extends them with endings.
var variantPairs = [][2]string{
	{"programme", "program"}, {"grey", "gray"}, {"tyre", "tire"}, {"kerb", "curb"},
	{"plough", "plow"}, {"aluminium", "aluminum"}, {"sceptic", "skeptic"},
	{"sceptical", "skeptical"}, {"scepticism", "skepticism"}, {"storey", "story"},
	{"storeys", "stories"}, {"pyjama", "pajama"}, {"cosy", "cozy"}, {"artefact", "artifact"},
	{"ageing", "aging"}, {"cheque", "check"}, {"draught", "draft"}, {"mould", "mold"},
	{"moult", "molt"}, {"smoulder", "smolder"}, {"jewellery", "jewelry"},
	{"practise", "practice"}, {"skilful", "skillful"}, {"wilful", "willful"},
	{"enrol", "enroll"}, {"enrolment", "enrollment"}, {"moustache", "mustache"},
	{"whisky", "whiskey"}, {"sulphur", "sulfur"}, {"woollen", "woolen"},
	{"fuelled", "fueled"}, {"fuelling", "fueling"}, {"dialled", "dialed"},
	{"dialling", "dialing"}, {"duelled", "dueled"}, {"trialled", "trialed"},
	{"worshipped", "worshiped"}, {"kidnapped", "kidnaped"}, {"focussed", "focused"},
	{"focussing", "focusing"}, {"yoghurt", "yogurt"}, {"doughnut", "donut"},
	{"gaol", "jail"}, {"mum", "mom"}, {"tsar", "czar"}, {"chilli", "chili"},
	{"annexe", "annex"}, {"furore", "furor"}, {"speciality", "specialty"},
	{"aeroplane", "airplane"}, {"arse", "ass"}, {"behove", "behoove"},
}

// variantEndings are the endings a listed pair keeps when inflected.
var variantEndings = []string{"", "s", "es", "ed", "ing", "er", "ers", "al", "ally", "ly", "ness", "ment", "ments", "y"}

// listedVariant reports whether a is the British and b the American form
// of a listed pair, both with the same ending. Cost: a few dozen string
// comparisons.
func listedVariant(a, b string) bool {
	for _, p := range variantPairs {
		br, am := p[0], p[1]
		if !strings.HasPrefix(a, br[:min(3, len(br))]) {
			continue
		}
		for _, e := range variantEndings {
			if a == br+e && b == am+e {
				return true
			}
		}
		// Both forms lose a final e or turn a final y to i before
		// an ending: practised/practiced, cosier/cozier.
		for _, last := range []byte{'e', 'y'} {
			if br[len(br)-1] != last || am[len(am)-1] != last {
				continue
			}
			stemB, stemA := br[:len(br)-1], am[:len(am)-1]
			if last == 'y' {
				stemB, stemA = stemB+"i", stemA+"i"
			}
			for _, e := range []string{"ed", "ing", "er", "ers", "est", "es"} {
				if a == stemB+e && b == stemA+e {
					return true
				}
			}
		}
	}
	return false
}

// notVariants are pairs of different words that share a skeleton.
var notVariants = map[string]string{
	"prise": "prize", "prised": "prized", "prises": "prizes", "prising": "prizing",
	"timbre": "timber", "timbres": "timbers",
}

// doubledStems are words ending in a stressed syllable, which double their
// l in both spellings (compelled, rebelled, controlled).
var doubledStems = map[string]bool{
	"compel": true, "expel": true, "propel": true, "repel": true, "dispel": true,
	"impel": true, "rebel": true, "excel": true, "extol": true, "patrol": true,
	"control": true, "annul": true, "befall": true,
}

// ourEndings are what may follow -our in a word spelled -or in American
// English (colours, favourite, honourable, behavioural).
var ourEndings = map[string]bool{
	"": true, "s": true, "ed": true, "ing": true, "er": true, "ers": true, "ite": true,
	"ites": true, "itism": true, "able": true, "ably": true, "al": true, "ally": true,
	"ful": true, "fully": true, "less": true, "ist": true, "ists": true, "ism": true,
	"y": true, "ise": true, "ize": true, "ised": true, "ized": true, "ises": true,
	"izes": true, "ising": true, "izing": true, "isation": true, "ization": true,
	"ation": true, "ant": true, "ants": true, "hood": true, "hoods": true, "ly": true,
	"ings": true,
}

// americanSkeleton rewrites the British spelling patterns of one lower-case
// hyphen-free word into their American form (see SpellingVariant). A word
// already in American spelling comes back unchanged.
func americanSkeleton(w string) string {
	w = replaceAll(w, "dgement", "dgment")
	for _, root := range []string{"defenc", "offenc", "licenc", "pretenc"} {
		if i := strings.Index(w, root); i >= 0 {
			w = w[:i] + root[:len(root)-1] + "s" + w[i+len(root):]
		}
	}
	w = dropDigraphVowel(w)
	w = ogueToOg(w)
	w = reToEr(w)
	w = ourToOr(w)
	w = iseToIze(w)
	w = singleL(w)
	return w
}

func replaceAll(s, old, new string) string {
	if !strings.Contains(s, old) {
		return s
	}
	return strings.ReplaceAll(s, old, new)
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// dropDigraphVowel spells the ae and oe of Greek and Latin loans as e:
// anaemia, paediatric, archaeology, aesthetic; foetus, diarrhoea,
// manoeuvre, oestrogen. Names ending in -ael (Michael, Israel) and common
// words with oe (does, poet, shoes) are left alone.
func dropDigraphVowel(w string) string {
	if strings.HasSuffix(w, "ael") || strings.HasSuffix(w, "aels") {
		return w
	}
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c == 'a' || c == 'o') && i+2 < len(w) && w[i+1] == 'e' {
			next := w[i+2]
			initial := i == 0 && (next == 's' || next == 'd')
			var inner bool
			if i > 0 && !isVowel(w[i-1]) && w[i-1] != 'y' {
				if c == 'a' {
					inner = !isVowel(next) || next == 'o'
				} else {
					inner = strings.IndexByte("auobl", next) >= 0 ||
						(next == 't' && i >= 1 && w[i-1] == 'f') // foetus, foetal
				}
			}
			if initial || inner {
				continue // drop the a or o
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// ogueToOg spells a final -ogue as -og: catalogue, dialogues, catalogued.
func ogueToOg(w string) string {
	for _, e := range [][2]string{{"ogue", "og"}, {"ogues", "ogs"}, {"ogued", "oged"}, {"oguing", "oging"}} {
		if stem, ok := strings.CutSuffix(w, e[0]); ok && len(stem) >= 3 {
			return stem + e[1]
		}
	}
	return w
}

// reToEr spells a final -re after t, b, g, v or h as -er: centre, theatres,
// centred (centered), centring (centering), fibre, meagre, sepulchre.
func reToEr(w string) string {
	for _, e := range [][2]string{{"re", "er"}, {"res", "ers"}, {"red", "ered"}, {"ring", "ering"}} {
		stem, ok := strings.CutSuffix(w, e[0])
		if ok && len(stem) >= 3 && strings.IndexByte("tbgvh", stem[len(stem)-1]) >= 0 {
			return stem + e[1]
		}
	}
	return w
}

// ourToOr spells the last -our of a word as -or when at least two letters
// come before it and a known ending after it: colour, behaviours,
// favourite, honourable (not four, your, hour, journey, encourage).
func ourToOr(w string) string {
	i := strings.LastIndex(w, "our")
	if i < 2 || !ourEndings[w[i+3:]] {
		return w
	}
	return w[:i] + "or" + w[i+3:]
}

// iseToIze spells s as z after i or y and before e, a or i: organise,
// organisation, organising, analyse, paralysed.
func iseToIze(w string) string {
	if !strings.Contains(w, "is") && !strings.Contains(w, "ys") {
		return w
	}
	b := []byte(w)
	for i := 2; i+1 < len(b); i++ {
		if b[i] == 's' && (b[i-1] == 'i' || b[i-1] == 'y') && strings.IndexByte("eai", b[i+1]) >= 0 {
			b[i] = 'z'
		}
	}
	return string(b)
}

// singleL spells the doubled l of travelled, cancelling, counsellor,
// marvellous, fulfill and installment single, when it follows a, e or i in
// a word of two syllables or more and comes before one of llEndings (so
// not parallel, excellent, totally). Words stressed on the last syllable
// (compel, rebel, control) double their l in both spellings and are left
// alone.
func singleL(w string) string {
	i := strings.Index(w, "ll")
	if i < 2 || strings.IndexByte("aei", w[i-1]) < 0 || doubledStems[w[:i+1]] || vowelGroups(w[:i]) < 2 || !llEndings[w[i+2:]] {
		return w
	}
	return w[:i+1] + w[i+2:]
}

// llEndings are what may follow the l that British English doubles.
var llEndings = map[string]bool{
	"": true, "s": true, "ed": true, "ing": true, "ings": true, "er": true, "ers": true,
	"or": true, "ors": true, "ment": true, "ments": true, "ful": true, "ous": true,
	"ously": true, "ist": true, "ists": true,
}

// vowelGroups counts the runs of vowels in s: roughly its syllables.
func vowelGroups(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		v := isVowel(s[i])
		if v && !in {
			n++
		}
		in = v
	}
	return n
}
