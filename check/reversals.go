package check

import (
	"strings"
	"unicode"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/words"
)

// Reasons of a negation or opposite finding.
const (
	negationDropped = "a negation dropped: the sentence now says the opposite"
	negationAdded   = "a negation added: the sentence now says the opposite"
	oppositeReason  = "a word replaced by its opposite: the sentence now says the opposite"
)

// negativePrefixes make a word its opposite: "unarmed", "non-binding",
// "dishonest", "illegal", "impossible", "irregular", "inactive".
var negativePrefixes = []string{"non-", "non", "un", "dis", "in", "im", "il", "ir"}

// adjectiveEndings: with "dis", "in", "im", "il" and "ir" a word is taken
// for the negative of the rest only when the rest ends as adjectives do,
// since these letters begin many words that negate nothing ("inform" is
// no "form" denied, "display" no "play").
var adjectiveEndings = []string{"able", "ible", "al", "ent", "ant", "ive", "ar", "ate", "ct", "ete",
	"est", "ous", "ed", "ful", "ure", "ing"}

// negates reports whether word neg is the negative of word pos by a
// prefix: both English, pos of four letters or more.
func negates(neg, pos string) bool {
	for _, p := range negativePrefixes {
		rest, cut := strings.CutPrefix(neg, p)
		if !cut || rest != pos || len(pos) < 4 {
			continue
		}
		if p != "un" && !strings.HasPrefix(p, "non") && !hasAnySuffix(pos, adjectiveEndings) {
			return false
		}
		return isKnownWord(neg) && isKnownWord(pos)
	}
	return false
}

func hasAnySuffix(w string, sufs []string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// contractedNegations are the negative contractions whose positive is not
// the word without "n't".
var contractedNegations = map[string]string{"won't": "will", "can't": "can", "cannot": "can", "shan't": "shall", "ain't": "is"}

// reversals returns the changes of the word diff of edited record l that
// make the OTHER say the opposite of the BASE while keeping the words
// around them:
//   - a negation dropped or added (FactNegation): "would [-not-] resign",
//     "the suspect was [-un-]armed" (a word replaced alone by itself with
//     or without a negative prefix), "[-couldn't-]{+could+}". A negation
//     word is "not", "never" or "no" before a word ("No, …" is an
//     interjection); a "not" that moves within the record ("did not say
//     he would" → "said he would not") keeps the count of negations of
//     each side, and is no finding;
//   - a word replaced alone by its opposite (FactOpposite, see
//     words.Opposite): "shares [-rose-]{+fell+}", "was [-acquitted-]{+convicted+}";
//   - a hedge dropped or added (FactHedge, see qualifiers.go): "the
//     [-alleged-] gunman", "[-could-]{+will+} face"; a qualifier of a post
//     dropped or added (FactRole): "[-former-] Prime Minister",
//     "[-ex-minister-]{+minister+}". Counted as negations are, so that
//     one moved within the record is no finding.
//
// Why findings of their own: the word diff shows the change, but among
// dozens of edits a dropped "not", a "rose" made "fell" or an "alleged"
// gone is the one an editor must see first, and neither the figures nor
// the spelling checks read it.
//
// Cost: one pass over the diff's chunks; the sides are tokenized only for
// a record with such a change.
func (r *checkRun) reversals(li int, l align.SentenceLink) []Fact {
	type event struct {
		b, o     [2]int // the changed bytes in the diff's BASE and OTHER texts
		added    bool   // a negation (or qualifier) added
		prefixd  bool   // a negative prefix, not a negation word
		opposite bool   // a word replaced by its opposite
		qual     qualifier
		counted  bool // a qualifier word dropped or added, which a count of each side may show moved
	}
	var evs []event
	pb, po := 0, 0
	for i := 0; i < len(l.Diff); i++ {
		ch := l.Diff[i]
		switch ch.Op {
		case align.Equal:
			pb += len(ch.Text)
			po += len(ch.Text)
		case align.Delete:
			if i+1 < len(l.Diff) && l.Diff[i+1].Op == align.Insert {
				ins := l.Diff[i+1].Text
				b, o := [2]int{pb, pb + len(ch.Text)}, [2]int{po, po + len(ins)}
				if oneWordEach(ch.Text, ins) && words.Opposite(ch.Text, ins) {
					evs = append(evs, event{b: b, o: o, opposite: true})
				} else if added, prefixd, ok := reversal(ch.Text, ins); ok {
					evs = append(evs, event{b: b, o: o, added: added, prefixd: prefixd})
				} else if q, added, counted := requalified(ch.Text, ins); q != noQualifier {
					evs = append(evs, event{b: b, o: o, added: added, qual: q, counted: counted})
				}
				pb += len(ch.Text)
				po += len(ins)
				i++
				continue
			}
			if onlyNegations(ch.Text, l.Diff, i) {
				evs = append(evs, event{b: [2]int{pb, pb + len(ch.Text)}, o: [2]int{po, po}})
			} else if q := onlyQualifiers(ch.Text); q != noQualifier {
				evs = append(evs, event{b: [2]int{pb, pb + len(ch.Text)}, o: [2]int{po, po}, qual: q, counted: true})
			}
			pb += len(ch.Text)
		case align.Insert:
			if onlyNegations(ch.Text, l.Diff, i) {
				evs = append(evs, event{b: [2]int{pb, pb}, o: [2]int{po, po + len(ch.Text)}, added: true})
			} else if q := onlyQualifiers(ch.Text); q != noQualifier {
				evs = append(evs, event{b: [2]int{pb, pb}, o: [2]int{po, po + len(ch.Text)}, added: true, qual: q, counted: true})
			}
			po += len(ch.Text)
		}
	}
	if len(evs) == 0 {
		return nil
	}
	ld := r.diff(li)
	btoks, otoks := ld.btoks, ld.otoks
	if btoks == nil {
		btoks, otoks = words.Compounds(ld.bt, 0, true), words.Compounds(ld.ot, 0, true)
	}
	nb, no := countNegations(ld.bt, btoks), countNegations(ld.ot, otoks)
	var bkeys, okeys []string // the words' keys, for the count of qualifiers
	var out []Fact
	for _, ev := range evs {
		if ev.counted {
			if bkeys == nil {
				bkeys, okeys = compoundKeys(btoks), compoundKeys(otoks)
			}
			qb, qo := countQualifiers(bkeys, ev.qual), countQualifiers(okeys, ev.qual)
			if qb == qo || (qb > qo) == ev.added {
				continue // a qualifier moved, or as many dropped as added
			}
		} else if ev.qual == noQualifier && !ev.opposite && !ev.prefixd && (nb == no || (nb > no) == ev.added) {
			continue // a negation moved, or as many dropped as added
		}
		bs, be := widened(btoks, ev.b)
		os, oe := widened(otoks, ev.o)
		if ev.qual == roleQualifier {
			be, oe = throughCapitals(btoks, be), throughCapitals(otoks, oe)
		}
		f := Fact{Base: ld.bt[bs:be], Other: ld.ot[os:oe], Kind: FactNegation, Confidence: 0.85, Reason: negationDropped}
		switch {
		case ev.opposite:
			f.Kind, f.Reason = FactOpposite, oppositeReason
		case ev.qual == hedgeQualifier:
			f.Kind, f.Reason = FactHedge, qualifierReason(ev.qual, ev.added)
		case ev.qual == roleQualifier:
			f.Kind, f.Reason = FactRole, qualifierReason(ev.qual, ev.added)
		case ev.added:
			f.Reason = negationAdded
		}
		f.BaseSentence, f.BaseStart, f.BaseEnd = locate(r.c.Base, l.Base, f.Base, ld.bt[:bs])
		f.OtherSentence, f.OtherStart, f.OtherEnd = locate(r.c.Other, l.Other, f.Other, ld.ot[:os])
		out = append(out, f)
	}
	return out
}

// compoundKeys returns the keys (words.Key) of toks.
func compoundKeys(toks []words.Compound) []string {
	ks := make([]string, len(toks))
	for i, t := range toks {
		ks[i] = words.Key(t.Text)
	}
	return ks
}

// oneWordEach reports whether two changed texts of a diff are a word each
// (no space inside once trimmed).
func oneWordEach(del, ins string) bool {
	td, ti := strings.TrimSpace(del), strings.TrimSpace(ins)
	return td != "" && ti != "" && !strings.Contains(td, " ") && !strings.Contains(ti, " ")
}

// reversal reports whether replacing the words del by ins makes the
// opposite: one word each, the same but for "n't" ("couldn't" and
// "could") or a negative prefix (see negates). added tells that ins is
// the negative one.
func reversal(del, ins string) (added, prefixd, ok bool) {
	// A cheap test first, as most replacements are no reversal: one word
	// each side, a prefix or "n't" apart (from one to six bytes: "n’t").
	td, ti := strings.TrimSpace(del), strings.TrimSpace(ins)
	if n := len(td) - len(ti); n == 0 || n > 6 || n < -6 || !oneWordEach(del, ins) {
		return false, false, false
	}
	d, i := soleWord(del), soleWord(ins)
	if d == "" || i == "" {
		return false, false, false
	}
	if positive(d) == i {
		return false, false, true
	}
	if positive(i) == d {
		return true, false, true
	}
	if negates(d, i) {
		return false, true, true
	}
	if negates(i, d) {
		return true, true, true
	}
	return false, false, false
}

// positive returns the positive of a negative contraction ("couldn't" →
// "could", "won't" → "will"), or "".
func positive(w string) string {
	if p, ok := contractedNegations[w]; ok {
		return p
	}
	if p, ok := strings.CutSuffix(w, "n't"); ok && len(p) >= 2 {
		return p
	}
	return ""
}

// soleWord returns the key (words.Key) of the one word of s, or "" when s
// holds none or more than one.
func soleWord(s string) string {
	cs := words.Compounds(s, 0, false)
	if len(cs) != 1 {
		return ""
	}
	return words.Key(cs[0].Text)
}

// onlyNegations reports whether chunk k of diff, text s, is one or more
// negation words and nothing else (see isNegation; what follows the chunk
// in the diff tells a "no" before a word from an interjection).
func onlyNegations(s string, diff []align.Chunk, k int) bool {
	// A cheap test first: every negation word holds an "n" or "N".
	if len(s) > 24 || !strings.ContainsAny(s, "nN") {
		return false
	}
	cs := words.Compounds(s, 0, false)
	if len(cs) == 0 || len(cs) > 2 {
		return false
	}
	after := ""
	for _, ch := range diff[k+1:] {
		if ch.Op == diff[k].Op || ch.Op == align.Equal {
			after = ch.Text
			break
		}
	}
	for n, c := range cs {
		next := s[c.End:]
		if n == len(cs)-1 {
			next += after
		}
		if !isNegation(words.Key(c.Text), next) {
			return false
		}
	}
	return true
}

// isNegation reports whether word w (a key), followed by the text next,
// negates: "not", "never", "n't" and "cannot" always, "no" before a word.
func isNegation(w, next string) bool {
	switch {
	case w == "not" || w == "never" || positive(w) != "":
		return true
	case w == "no":
		t := strings.TrimLeft(next, " ")
		return len(t) > 0 && len(t) < len(next) && words.IsWordRune(firstRune(t))
	}
	return false
}

// countNegations counts the negations of text spelt by toks: the words of
// isNegation and the other words that negate a clause ("neither I nor my
// film are" says what "he and his film are not" says).
func countNegations(text string, toks []words.Compound) int {
	n := 0
	for _, t := range toks {
		k := words.Key(t.Text)
		if isNegation(k, text[t.End:]) || clauseNegations[k] {
			n++
		}
	}
	return n
}

// clauseNegations are the words besides isNegation's that negate a clause.
var clauseNegations = map[string]bool{"neither": true, "nor": true, "nobody": true, "nothing": true,
	"none": true, "nowhere": true, "without": true}

// widened returns the byte range of the words of toks that span covers,
// widened by one word on each side: "would not resign" for a dropped
// "not", "would resign" for the place it was dropped from.
func widened(toks []words.Compound, span [2]int) (int, int) {
	first, last := -1, -1
	for k, t := range toks {
		if t.End > span[0] && t.Start < span[1] || span[0] == span[1] && t.Start >= span[0] && first < 0 {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	switch {
	case first < 0:
		first, last = len(toks), len(toks)-1
	case span[0] == span[1]:
		last = first - 1 // an empty span: nothing between the two words
	}
	lo, hi := max(first-1, 0), min(last+1, len(toks)-1)
	if lo > hi {
		return span[0], span[1]
	}
	return toks[lo].Start, toks[hi].End
}

// throughCapitals returns end moved past up to two more capitalised words
// of toks after the word that ends at byte end: the rest of a post
// ("Former Prime Minister Giuseppe"), so that a role finding shows what
// post it changed.
func throughCapitals(toks []words.Compound, end int) int {
	for k, t := range toks {
		if t.End != end {
			continue
		}
		for n := 1; n <= 2 && k+n < len(toks) && unicode.IsUpper(firstRune(toks[k+n].Text)); n++ {
			end = toks[k+n].End
		}
		break
	}
	return end
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}
