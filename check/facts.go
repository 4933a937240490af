package check

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/inorder"
	"github.com/wirediff/wirediff/words"
)

// A Fact is a number, date, amount or name that changed between linked
// sentences.
type Fact struct {
	Base, Other string // as written: "two" and "three", "Tuesday" and "Monday"
	// Kind is "number", "amount" (a number with a currency or a unit:
	// "$5 million", "40 percent"), "date" (a weekday, a month with or
	// without its day, a year, "yesterday"), "name" (a run of
	// capitalised words inside a sentence) or "negation" (a negation
	// dropped or added: Base and Other are the negation with a word each
	// side and the same place in the OTHER) or "opposite" (a word replaced
	// by its opposite, with a word each side; see reversals).
	Kind                        FactKind
	BaseSentence, OtherSentence int
	// BaseStart, BaseEnd, OtherStart and OtherEnd are the byte offsets
	// of Base and Other in the Document.Text of each side.
	BaseStart, BaseEnd, OtherStart, OtherEnd int
	// Confidence and Reason: see QuoteChange.
	Confidence float64
	Reason     string
}

var (
	weekdays = map[string]string{
		"monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu", "friday": "fri",
		"saturday": "sat", "sunday": "sun",
	}
	months = map[string]int{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
		"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
		"sept": 9, "oct": 10, "nov": 11, "dec": 12,
	}
	relativeDays = wordSet(`today yesterday tomorrow tonight`)
	mayBefore    = wordSet(`in on since until till by early late last next mid from this`)
)

// isDateWord reports whether w names a weekday or a month (May and March
// included: callers that care use context). A word that cannot be one (a
// digit or a letter other than ASCII, or more than ten letters) is ruled
// out without folding it.
func isDateWord(w string) bool {
	if len(w) > 12 || len(w) < 3 {
		return false
	}
	var buf [12]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			buf[n] = c + 'a' - 'A'
		case c >= 'a' && c <= 'z':
			buf[n] = c
		case c == '.' && i == len(w)-1:
			continue
		default:
			return isDateWordSlow(w)
		}
		n++
	}
	_, wd := weekdays[string(buf[:n])]
	mo, isMo := months[string(buf[:n])]
	return wd || isMo && mo > 0 && n >= 3
}

// isDateWordSlow is isDateWord for words with other runes ("Monday’s").
func isDateWordSlow(w string) bool {
	f := strings.TrimSuffix(words.Bare(w), ".")
	_, wd := weekdays[f]
	_, mo := months[f]
	return wd || mo && len(f) >= 3
}

// isFactWord reports whether folded w is a weekday, month or number word:
// replacing one by another changes a fact, which is no typo.
func isFactWord(w string) bool {
	_, n := words.NumberWord(w)
	return isDateWord(w) || n || relativeDays[w]
}

// A factTok is one fact found in a text.
type factTok struct {
	kind        FactKind
	value, text string
	// num is the figure of a number or an amount; measure its unit of
	// length, area, mass, volume, speed or temperature, for a measure
	// (see words.MeasureAfter).
	num        float64
	measure    words.Unit
	currency   string // of an amount of money (words.Currency); "" for none
	start, end int    // in the text read
	noun       []string
	sentence   int
}

// extractFacts returns the numbers, amounts and dates in toks (the words
// of text from byte from on, offsets in text), in order; names are found
// apart (see nameFacts). bares are words.Bare of toks, when the caller
// has them; nil has them made here.
func extractFacts(text string, from int, toks []words.Compound, bares []string) []factTok {
	var out []factTok
	gap := func(k int) string { // text before toks[k]
		if k == 0 {
			return text[from:toks[0].Start]
		}
		return text[toks[k-1].End:toks[k].Start]
	}
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		var f string
		if bares != nil {
			f = bares[k]
		} else {
			f = words.Bare(t.Text)
		}
		// Clock times, before their digits are read as numbers.
		if v, n := clockAt(text[t.Start:]); n > 0 {
			end := t.Start + n
			for k+1 < len(toks) && toks[k+1].Start < end {
				k++
			}
			out = append(out, factTok{kind: FactTime, value: v, text: strings.TrimRight(text[t.Start:end], ", ("), start: t.Start, end: end})
			continue
		}
		// Dates.
		if wd, ok := weekdays[f]; ok {
			out = append(out, factTok{kind: FactDate, value: wd, text: t.Text, start: t.Start, end: t.End})
			continue
		}
		if relativeDays[f] {
			out = append(out, factTok{kind: FactDate, value: f, text: t.Text, start: t.Start, end: t.End})
			continue
		}
		if mo, ok := months[strings.TrimSuffix(f, ".")]; ok && words.IsCapitalised(t.Text) {
			day, next := "", k+1
			if next < len(toks) && isDay(toks[next].Text) {
				day, next = toks[next].Text, next+1
			}
			prevDay := k > 0 && isDay(toks[k-1].Text) && len(out) > 0 && out[len(out)-1].text == toks[k-1].Text
			ambiguous := f == "may" || f == "march" || len(f) < 3
			if ambiguous && day == "" && !prevDay && (k == 0 || !mayBefore[words.Key(toks[k-1].Text)]) {
				continue
			}
			if prevDay { // "6 February": the day was taken as a number
				day = out[len(out)-1].text
				out = out[:len(out)-1]
			}
			end := next - 1
			value := strconv.Itoa(mo)
			if d, ok := dayNumber(day); ok {
				value += "-" + strconv.Itoa(d)
			}
			from := k
			if prevDay {
				from = k - 1
			}
			out = append(out, factTok{kind: FactDate, value: value, text: text[toks[from].Start:toks[end].End], start: toks[from].Start, end: toks[end].End})
			k = end
			continue
		}
		if len(f) == 4 && isAllDigits(f) && f >= "1900" && f <= "2100" && !strings.ContainsAny(gap(k), words.CurrencySigns) {
			out = append(out, factTok{kind: FactDate, value: f, text: t.Text, start: t.Start, end: t.End})
			continue
		}
		// Scores, votes and ranges ("3-1", "3–1", "52 to 48").
		if v, n := numberPairAt(text, toks, k, f, gap); n > 0 {
			end := k + n - 1
			out = append(out, factTok{kind: FactNumber, value: v, text: text[t.Start:toks[end].End], start: t.Start, end: toks[end].End})
			k = end
			continue
		}
		// Fractions in words ("half", "a third", "two-thirds").
		if v, n := fractionAt(toks, k); n > 0 {
			end := k + n - 1
			out = append(out, factTok{kind: FactNumber, value: formatNumber(v), text: text[t.Start:toks[end].End], start: t.Start, end: toks[end].End})
			k = end
			continue
		}
		// Numbers and amounts.
		v, n := numberAt(toks, k)
		if n == 0 {
			continue
		}
		end := k + n - 1
		kind, unit, start := FactNumber, "", toks[k].Start
		if g := gap(k); strings.ContainsAny(g, words.CurrencySigns) {
			i := strings.LastIndexAny(g, words.CurrencySigns)
			_, n := utf8.DecodeRuneInString(g[i:])
			kind, unit = FactAmount, g[i:i+n]
			start = toks[k].Start - len(g) + i
		}
		after := ""
		if end+1 < len(toks) {
			after = words.Key(toks[end+1].Text)
		}
		rest := text[toks[end].End:]
		stop := toks[end].End
		switch {
		case strings.HasPrefix(rest, "%"):
			kind, unit = FactAmount, "%"
			stop++
		case after == "per" && end+2 < len(toks) && words.Key(toks[end+2].Text) == "cent":
			kind, unit = FactAmount, "%"
			end += 2
			stop = toks[end].End
		case after == "percentage" && end+2 < len(toks) && strings.HasPrefix(words.Key(toks[end+2].Text), "point"):
			kind, unit = FactAmount, " pp" // percentage points: no percentage
			end += 2
			stop = toks[end].End
		case words.UnitWord(after) == words.Percent:
			kind, unit = FactAmount, "%"
			end++
			stop = toks[end].End
		case words.UnitWord(after) == words.Money:
			kind, unit = FactAmount, after
			end++
			stop = toks[end].End
		}
		var measure words.Unit
		if kind == FactNumber {
			// A measure ("50 miles", "130 mph", "100 degrees Fahrenheit"):
			// an amount, the same as its conversion (see compare).
			if u, n := words.MeasureAfter(rest); n > 0 {
				kind, unit, measure = FactAmount, " "+u.Symbol(), u
				stop += n
				for end+1 < len(toks) && toks[end+1].Start < stop {
					end++
				}
			}
		}
		out = append(out, factTok{kind: kind, value: formatNumber(v) + unit, text: text[start:stop], start: start, end: stop, num: v, measure: measure, currency: words.Currency(unit)})
		k = end
	}
	return out
}

// numberPairAt reads a score, a vote or a range at toks[k] (f its bare
// form): one word ("3-1", "52-48", "2020-21"), or two numbers joined by
// an en dash, which cuts words ("3–1"), or by "to" with nothing but
// spaces around it ("52 to 48"; not "from 5% to 10%", "$3 to 4", "3 to 4
// percent" or "1 to 6 p.m.", whose figures are read as they were). It
// returns the value written with a hyphen, so that the three spellings
// agree and a vote changed on both sides is one change rather than two
// figures paired by position, and the number of tokens read (0: none).
func numberPairAt(text string, toks []words.Compound, k int, f string, gap func(int) string) (string, int) {
	if isNumberPair(f) {
		return f, 1
	}
	if a, b, ok := strings.Cut(f, "-to-"); ok && isNumberPair(a+"-"+b) {
		return a + "-" + b, 1 // "3-to-1"
	}
	if k+1 < len(toks) && gap(k+1) == "–" {
		if v := f + "-" + words.Key(toks[k+1].Text); isNumberPair(v) {
			return v, 2
		}
	}
	if k+2 >= len(toks) || !isAllDigits(f) || words.Key(toks[k+1].Text) != "to" ||
		strings.TrimSpace(gap(k+1)) != "" || strings.TrimSpace(gap(k+2)) != "" {
		return "", 0
	}
	v := f + "-" + words.Key(toks[k+2].Text)
	after := text[toks[k+2].End:]
	switch {
	case !isNumberPair(v), strings.ContainsAny(gap(k), words.CurrencySigns),
		strings.HasPrefix(after, "%"), startsClock(text[toks[k+2].Start:]),
		k+3 < len(toks) && words.UnitWord(words.Key(toks[k+3].Text)) != words.NoUnit:
		return "", 0
	}
	return v, 3
}

// startsClock reports whether s starts with a clock time ("6 p.m.").
func startsClock(s string) bool {
	_, n := clockAt(s)
	return n > 0
}

// fractionAt reads a fraction in words at toks[k]: "half", or "a" or a
// number word before "third", "quarter" and their plurals ("a third",
// "one quarter", "two thirds", "two-thirds", "three-quarters"): a
// changed share ("half" → "a third") is a changed fact. "Third" and
// "quarter" alone are an ordinal or a period ("the third quarter"), so a
// count must come before them; "a third time" is read as a fraction,
// the same on both sides of a sentence that keeps it. It returns the
// value and the number of tokens read, 0 when there is no fraction.
func fractionAt(toks []words.Compound, k int) (float64, int) {
	f := words.Key(toks[k].Text)
	if f == "half" {
		return 0.5, 1
	}
	if a, b, ok := strings.Cut(f, "-"); ok {
		if n, ok := fractionCount(a); ok {
			if d, ok := fractionParts[b]; ok {
				return n / d, 1
			}
		}
		return 0, 0
	}
	n, ok := fractionCount(f)
	if !ok || k+1 >= len(toks) {
		return 0, 0
	}
	if d, ok := fractionParts[words.Key(toks[k+1].Text)]; ok {
		return n / d, 2
	}
	return 0, 0
}

// fractionCount reads the count before a fraction's part: "a", "one",
// "two", "three".
func fractionCount(f string) (float64, bool) {
	switch f {
	case "a", "one":
		return 1, true
	case "two":
		return 2, true
	case "three":
		return 3, true
	}
	return 0, false
}

// fractionParts are the parts a fraction in words counts.
var fractionParts = map[string]float64{"third": 3, "thirds": 3, "quarter": 4, "quarters": 4}

// reversedPair reports whether two score, vote or range values are the
// same two figures in the other order ("237-186", "186-237").
func reversedPair(a, b string) bool {
	x, y, ok := strings.Cut(a, "-")
	return ok && x != y && isNumberPair(a) && b == y+"-"+x
}

// isNumberPair reports a score, a vote or a range written as one word:
// one to four digits, a hyphen, one to four digits ("3-1", "52-48",
// "2020-21"). parseDigits reads none of them (only a number before a word,
// "12-year-old"), so a score changed from 3-1 to 3-2 was no finding.
func isNumberPair(f string) bool {
	a, b, ok := strings.Cut(f, "-")
	return ok && len(a) <= 4 && len(b) <= 4 && isAllDigits(a) && isAllDigits(b)
}

// isAllDigits reports whether s is a non-empty run of ASCII digits.
func isAllDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// isDay reports whether w is a day of the month: 1–31, or 1st–31st.
func isDay(w string) bool {
	_, ok := dayNumber(w)
	return ok
}

// dayNumber reads a day of the month, 1–31: "6", "06", "6th", "6's"
// ("August 6's meeting").
func dayNumber(w string) (int, bool) {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	w = strings.TrimRight(strings.ToLower(w), "stndrh,")
	n, err := strconv.Atoi(w)
	return n, err == nil && n >= 1 && n <= 31
}

// numberAt reads a number starting at toks[k]: digits ("1,200", "102.5",
// "6th"), number words ("twenty-five", "three hundred") and a scale after
// either ("3 million"). It returns the value and the number of tokens
// read, 0 if toks[k] is no number. "One" alone is not read: it is more
// often a pronoun than a count.
func numberAt(toks []words.Compound, k int) (float64, int) {
	f := words.Key(toks[k].Text)
	var v float64
	n := 0
	if d, ok := parseDigits(f); ok {
		v, n = d, 1
		// A scale joined by a hyphen, as some outlets write an amount
		// before its noun: "$70-million".
		if _, rest, ok := strings.Cut(f, "-"); ok {
			if s, isScale := words.ScaleWord(rest); isScale {
				return d * s, 1
			}
		}
	} else if w, ok := wordNumber(f); ok {
		v, n = w, 1
		for k+n < len(toks) {
			next := words.Key(toks[k+n].Text)
			w2, ok := wordNumber(next)
			if !ok && next != "one" {
				break
			}
			if next == "one" {
				w2 = 1
			}
			if s, isScale := words.ScaleWord(next); isScale {
				v *= s
			} else {
				v += w2
			}
			n++
		}
		if f == "one" && n == 1 {
			return 0, 0
		}
		return v, n
	} else {
		return 0, 0
	}
	if k+1 < len(toks) {
		if s, ok := words.ScaleWord(words.Key(toks[k+1].Text)); ok {
			v *= s
			n++
		}
	}
	return v, n
}

// parseDigits reads "1,200", "102.5", "1,2" (a decimal comma), "6th" or
// "2026", also at the head
// of a compound whose next part is a word ("12-year-old", "10-day",
// "24-hour"): the count such a compound states is a fact like any other,
// and an age changed from 12 to 13 was no change when the compound was
// read as no number at all.
func parseDigits(f string) (float64, bool) {
	if f == "" || f[0] < '0' || f[0] > '9' {
		return 0, false
	}
	if head, rest, ok := strings.Cut(f, "-"); ok {
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) {
			f = head
		}
	}
	if i := strings.IndexByte(f, ','); i > 0 && i == strings.LastIndexByte(f, ',') && (len(f)-i == 2 || len(f)-i == 3) && isAllDigits(f[i+1:]) {
		// One comma before one or two digits is a decimal comma, as
		// Europe writes it ("1,2 million"), not a thousands separator.
		f = f[:i] + "." + f[i+1:]
	}
	f = strings.ReplaceAll(f, ",", "")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		f = strings.TrimSuffix(f, suf)
	}
	v, err := strconv.ParseFloat(f, 64)
	return v, err == nil
}

// wordNumber reads one number word, including hyphenated ones
// ("twenty-five").
func wordNumber(f string) (float64, bool) {
	if v, ok := words.NumberWord(f); ok {
		return v, true
	}
	if a, b, ok := strings.Cut(f, "-"); ok {
		va, oka := words.NumberWord(a)
		vb, okb := words.NumberWord(b)
		if b == "one" {
			vb, okb = 1, true
		}
		if oka && okb && va >= 20 && vb < 10 {
			return va + vb, true
		}
	}
	return 0, false
}

func formatNumber(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// nameFacts returns the runs of capitalised words of toks that do not start a
// sentence (with "of", "de" and the like inside a run), skipping dates:
// "Giorgia Meloni", "Department of Homeland Security".
func nameFacts(text string, toks []words.Compound) []factTok {
	return appendNameFacts(nil, text, toks)
}

// appendNameFacts appends the names of toks (see nameFacts) to out.
func appendNameFacts(out []factTok, text string, toks []words.Compound) []factTok {
	for k := 0; k < len(toks); k++ {
		if !isName(toks[k]) {
			continue
		}
		end := k
		for end+1 < len(toks) && inNameGap(text[toks[end].End:toks[end+1].Start], toks[end]) {
			next := toks[end+1]
			if isName(next) {
				end++
				continue
			}
			if nameLinks[words.Key(next.Text)] && end+2 < len(toks) && isName(toks[end+2]) {
				end += 2
				continue
			}
			break
		}
		// A title before the name is not part of it: "Prime Minister
		// Giorgia Meloni" is "Giorgia Meloni".
		first := k
		for i := end - 1; i >= k; i-- {
			if titles[words.Key(toks[i].Text)] {
				first = i + 1
				break
			}
		}
		var keys []string
		for _, t := range toks[first : end+1] {
			keys = append(keys, words.Bare(t.Text))
		}
		out = append(out, factTok{kind: FactName, value: strings.Join(keys, " "), text: text[toks[first].Start:toks[end].End], start: toks[first].Start, end: toks[end].End})
		k = end
	}
	return out
}

// inNameGap reports whether gap, the text after word t, may be inside a
// name: spaces, or the dot of an initial or an abbreviated title ("David
// H. Souter", "Gen. Richard Myers").
func inNameGap(gap string, t words.Compound) bool {
	return strings.TrimSpace(gap) == "" || abbreviationDot(gap, t)
}

// abbreviationDot reports whether gap, the text after word t, is the dot
// of an initial or an abbreviated title before a name (see
// words.IsNameAbbreviation) and white space: no sentence ends there.
func abbreviationDot(gap string, t words.Compound) bool {
	return gap != "" && gap[0] == '.' && strings.TrimSpace(gap[1:]) == "" && words.IsNameAbbreviation(t.Text)
}

func isName(t words.Compound) bool {
	return !t.Initial && words.IsCapitalised(t.Text) && !isDateWord(t.Text) && !isFactWord(words.Bare(t.Text)) && !isMeasureWord(t.Text)
}

// isMeasureWord reports whether w is the name of a unit, capitalised as
// "Fahrenheit" and "Celsius" are: no name of a person or place.
func isMeasureWord(w string) bool {
	_, n := words.MeasureAfter(" " + w)
	return n == len(w)+1 && len(w) > 1
}

// maxSwap is the most words a change of a diff may delete or insert and
// still be read as one thing swapped for another ("Giorgia Meloni" →
// "Mario Draghi") rather than a clause rewritten.
const maxSwap = 6

// facts finds the changed facts of c.
//
// Numbers, amounts, dates and times are things, not positions: those of
// all the sentences of a link (merged sentences included) are read on
// each side, values found on both sides are dropped (as a multiset: "two"
// and "2", "Feb. 6" and "6 February", "8 a.m. EDT" and "1200 GMT",
// "today" and the article's own date, see when.go), and what is left is
// paired by what it counts ("57 people" with "51 people", whatever the
// order of the clauses), then one for one when a single value of a kind
// is left on each side. A pair of times or days that cannot be resolved
// is a different wording of the time, reported with low confidence.
//
// Names are compared where the word diff swaps one name for another in at
// most maxSwap words: a rewrite names people in other ways, so names are
// not paired across a sentence. A name changed by a letter or two (a
// typo) or by adding or dropping a word ("Tilman J Fertitta") is no
// change.
//
// Cost: linear in the size of the diffs and sentences, plus a quadratic
// pairing of the few values left unmatched in a link.
//
// On a large OTHER (see checkRun.concurrent) the records are read in
// consecutive ranges on all processors, each range with its own
// linkReader, and the ranges' findings joined in order: the same list as
// one pass.
func (r *checkRun) facts() []Fact {
	c := r.c
	oAt, oOK := articleDate(c.Other)
	ctx := timeContext{r.base.date, oAt, r.base.dated, oOK}
	ranges := [][2]int{{0, len(c.Sentences)}}
	if r.concurrent {
		ranges = inorder.Ranges(len(c.Sentences), len(c.Other.Text), factsMinBytes)
	}
	outs := make([][]Fact, len(ranges))
	inorder.Run(len(ranges), func(k int) {
		lr := newLinkReader()
		for li := ranges[k][0]; li < ranges[k][1]; li++ {
			outs[k] = r.linkFacts(outs[k], li, lr, ctx)
		}
	})
	return slices.Concat(outs...)
}

// factsMinBytes is the least OTHER text a range of the facts reads on
// average (see facts). A variable so that tests can cut a small OTHER
// into many ranges.
var factsMinBytes = 32 << 10

// linkFacts appends the changed facts of record li to out (see facts).
func (r *checkRun) linkFacts(out []Fact, li int, lr *linkReader, ctx timeContext) []Fact {
	l := r.c.Sentences[li]
	if len(l.Base) == 0 || len(l.Other) == 0 || l.Kind == align.Identical {
		return out
	}
	bv, ov := r.told(l, lr, toldFacts)
	out = append(out, pairValues(bv, ov, l.Base[0], l.Other[0], ctx)...)
	var swapped []Fact
	if l.Kind == align.Edited && len(l.Diff) > 0 {
		swapped = r.nameChanges(li, l)
		out = append(out, swapped...)
		out = append(out, r.reversals(li, l)...)
	}
	if l.Kind == align.Edited || l.Kind == align.Paraphrased {
		out = append(out, r.newReferents(l, swapped, lr)...)
	}
	return out
}

// sentenceFacts returns the numbers, amounts, dates and times of
// sentence i of the document of w, offsets in its text, each with what
// it counts (see countedNoun); nil for a sentence out of range.
func sentenceFacts(w *docWords, i int, sc *sentenceScratch) []factTok {
	if i < 0 || i >= len(w.d.Sentences) {
		return nil
	}
	s := w.d.Sentences[i]
	toks := sc.words(w, i)
	bares := sc.bares[:0]
	for k := range toks {
		bares = append(bares, w.bareAt(w.first[i]+k))
	}
	sc.bares = bares
	out := extractFacts(w.d.Text[:s.End], s.Start, toks, bares)
	countedNouns(w.d.Text[:s.End], s.Start, toks, func(k int) string { return w.keyAt(w.first[i] + k) }, out)
	for k := range out {
		out[k].sentence = i
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// countedNoun returns the stems of the first two words after byte end
// that are neither stop words nor numbers: what a quantity counts ("57
// people", "six villages", "two fatal shootings").
func countedNoun(text string, toks []words.Compound, end int) []string {
	var out []string
	for _, t := range toks {
		if t.Start < end {
			continue
		}
		k := words.Key(t.Text)
		if words.HasDigit(k) || english.IsStopWord(k) {
			if len(out) == 0 && strings.TrimSpace(text[end:t.Start]) == "" && english.IsStopWord(k) {
				return nil // "killed 57 in …": counts nothing named
			}
			continue
		}
		if strings.ContainsAny(text[end:t.Start], ".;:") {
			break
		}
		out = append(out, english.Stem(k, false))
		end = t.End
		if len(out) == 2 {
			break
		}
	}
	return out
}

// countedNounsMin is the most work (facts times words of the sentence)
// for which countedNouns asks countedNoun fact by fact. Past it, the
// sentence's words are read once: a table of numbers read as one sentence
// has thousands of facts, and each would scan the words after it (most of
// them numbers) and the text between. A variable so that tests can take
// either path.
var countedNounsMin = 1024

// countedNouns sets the noun of each of facts, figures of the sentence of
// toks that starts at byte from of text, as countedNoun does; key(k) is
// words.Key of toks[k], as the document's words already hold it. Cost:
// O(facts·words) for a news sentence; past countedNounsMin, O(words) once
// and O(log words) a fact.
func countedNouns(text string, from int, toks []words.Compound, key func(k int) string, facts []factTok) {
	if len(facts)*len(toks) <= countedNounsMin {
		for k := range facts {
			facts[k].noun = countedNoun(text, toks, facts[k].end)
		}
		return
	}
	// next[k] is the first word at k or after that is neither a number
	// nor a stop word (len(toks) if none); stops the offsets of the full
	// stops, semicolons and colons from the sentence's start on.
	keys := make([]string, len(toks))
	next := make([]int, len(toks)+1)
	next[len(toks)] = len(toks)
	for k := len(toks) - 1; k >= 0; k-- {
		keys[k] = key(k)
		if words.HasDigit(keys[k]) || english.IsStopWord(keys[k]) {
			next[k] = next[k+1]
		} else {
			next[k] = k
		}
	}
	var stops []int
	for j := from; j < len(text); j++ {
		switch text[j] {
		case '.', ';', ':':
			stops = append(stops, j)
		}
	}
	stopIn := func(lo, hi int) bool { // text[lo:hi] holds one of ".;:"
		k, _ := slices.BinarySearch(stops, lo)
		return k < len(stops) && stops[k] < hi
	}
	for f := range facts {
		end := facts[f].end
		if end < from {
			facts[f].noun = countedNoun(text, toks, end)
			continue
		}
		k, _ := slices.BinarySearchFunc(toks, end, func(t words.Compound, end int) int { return cmp.Compare(t.Start, end) })
		// Only the first word after end can be a stop word right after
		// the figure: any word between leaves the gap not blank.
		if k < len(toks) && next[k] != k && english.IsStopWord(keys[k]) && strings.TrimSpace(text[end:toks[k].Start]) == "" {
			facts[f].noun = nil
			continue
		}
		var out []string
		for len(out) < 2 {
			c := next[k]
			if c == len(toks) || stopIn(end, toks[c].Start) {
				break
			}
			out = append(out, english.Stem(keys[c], false))
			end, k = toks[c].End, c+1
		}
		facts[f].noun = out
	}
}

// timeContext holds the dates each article gives for itself.
type timeContext struct {
	bAt, oAt time.Time
	bOK, oOK bool
}

// compare says whether two values of one kind are one thing.
func (tc timeContext) compare(b, o factTok) int {
	switch b.kind {
	case FactDate:
		return sameDay(b, o, tc.bAt, tc.oAt, tc.bOK, tc.oOK)
	case FactTime:
		return sameClock(b.value, o.value)
	}
	if b.value == o.value || words.SameQuantity(b.num, b.measure, o.num, o.measure) {
		return timeSame
	}
	return timeDiffers
}

// Confidences of fact findings.
const (
	confCounted   = 0.9  // the same thing counted, another number
	confSingle    = 0.8  // the only value of its kind changed on each side
	confUnrelated = 0.4  // values of unrelated things: likely a rewrite
	confWording   = 0.25 // a time or day worded differently, moment unknown
)

// pairValues pairs the values of a link (see facts).
func pairValues(bv, ov []factTok, bs, os int, tc timeContext) []Fact {
	var out []Fact
	bv, ov = dropBareMeasures(bv, ov)
	for _, kind := range []FactKind{FactNumber, FactAmount, FactDate, FactTime} {
		var b, o []factTok
		for _, f := range bv {
			if f.kind == kind {
				b = append(b, f)
			}
		}
		for _, f := range ov {
			if f.kind == kind {
				o = append(o, f)
			}
		}
		if len(b) == 0 || len(o) == 0 {
			continue
		}
		// Drop what both sides have.
		usedO := make([]bool, len(o))
		var rb []factTok
		for _, f := range b {
			found := false
			for j, g := range o {
				if !usedO[j] && tc.compare(f, g) == timeSame {
					usedO[j], found = true, true
					break
				}
			}
			if !found {
				rb = append(rb, f)
			}
		}
		var ro []factTok
		for j, g := range o {
			if !usedO[j] {
				ro = append(ro, g)
			}
		}
		if len(rb) == 0 || len(ro) == 0 {
			continue
		}
		usedB := make([]bool, len(rb))
		usedO = make([]bool, len(ro))
		emit := func(i, j int, conf float64, reason string) {
			usedB[i], usedO[j] = true, true
			switch {
			case reversedPair(rb[i].value, ro[j].value):
				conf, reason = confUnrelated, "the same two figures in the other order: perhaps the sides are named the other way round"
			case rb[i].currency != "" && ro[j].currency != "" && rb[i].currency != ro[j].currency:
				conf, reason = confUnrelated, fmt.Sprintf("amounts in different currencies: perhaps %s converted", rb[i].text)
			case roundedPair(rb[i], ro[j]):
				conf, reason = confUnrelated, "one figure is the other rounded: perhaps rounded, not changed"
			}
			out = append(out, Fact{Base: rb[i].text, Other: ro[j].text, Kind: kind,
				BaseSentence: rb[i].sentence, OtherSentence: ro[j].sentence,
				BaseStart: rb[i].start, BaseEnd: rb[i].end, OtherStart: ro[j].start, OtherEnd: ro[j].end,
				Confidence: conf, Reason: reason})
		}
		// By what they count.
		for i, f := range rb {
			if len(f.noun) == 0 || kind == FactDate || kind == FactTime {
				continue
			}
			match := -1
			for j, g := range ro {
				if !usedO[j] && sharesStem(f.noun, g.noun) && isShare(f) == isShare(g) {
					if match >= 0 {
						match = -2 // two candidates: leave it to the others
						break
					}
					match = j
				}
			}
			if match >= 0 {
				emit(i, match, confCounted, fmt.Sprintf("the %s counted changed from %s to %s", nounText(ro[match]), rb[i].text, ro[match].text))
			}
		}
		var lb, lo []int
		for i := range rb {
			if !usedB[i] {
				lb = append(lb, i)
			}
		}
		for j := range ro {
			if !usedO[j] {
				lo = append(lo, j)
			}
		}
		if len(lb) == 1 && len(lo) == 1 {
			i, j := lb[0], lo[0]
			switch {
			case (kind == FactDate || kind == FactTime) && tc.compare(rb[i], ro[j]) == timeUnknown:
				emit(i, j, confWording, "different wording of the time; the article does not say whether it is the same moment")
			case pointsForPercent(rb[i], ro[j]) && rb[i].num == ro[j].num:
				emit(i, j, confCounted, fmt.Sprintf("a percentage is not percentage points: %s is not %s", rb[i].text, ro[j].text))
			case pointsForPercent(rb[i], ro[j]):
				emit(i, j, confUnrelated, "a percentage against percentage points: perhaps one change said two ways")
			case rb[i].measure.IsMeasure() && ro[j].measure.IsMeasure() && !words.SameDimension(rb[i].measure, ro[j].measure):
				// "8 mph" and "900 miles" measure different things: no change
				// of one into the other.
				usedB[i], usedO[j] = true, true
			case rb[i].measure.IsMeasure() && ro[j].measure.IsMeasure() && rb[i].num == ro[j].num:
				emit(i, j, confCounted, fmt.Sprintf("the same figure in another unit, not converted: %s is not %s", rb[i].text, ro[j].text))
			case len(rb[i].noun) > 0 && len(ro[j].noun) > 0 && !sharesStem(rb[i].noun, ro[j].noun) && kind != FactDate && kind != FactTime:
				emit(i, j, confUnrelated, "values of what may be different things")
			default:
				emit(i, j, confSingle, fmt.Sprintf("the only %s of the sentence changed", kind))
			}
			continue
		}
		for k := range min(len(lb), len(lo)) {
			emit(lb[k], lo[k], confUnrelated, fmt.Sprintf("%ss changed, paired by position", kind))
		}
	}
	return out
}

// roundedPair reports whether one of two figures of one kind and unit is
// the other rounded (words.Rounded): "$64.7 billion" and "$65 billion",
// "296" and "300". Dates are no figures to round ("2000" is not "2002").
func roundedPair(b, o factTok) bool {
	if b.kind != o.kind || b.kind == FactDate || b.kind == FactTime || b.measure != o.measure || unitOf(b) != unitOf(o) {
		return false
	}
	return words.Rounded(b.num, o.num, o.text) || words.Rounded(o.num, b.num, b.text)
}

// isShare reports whether figure f is a percentage or percentage points:
// a share is never what an amount of money or a count counts.
func isShare(f factTok) bool { u := unitOf(f); return u == "%" || u == " pp" }

// unitOf returns the unit of figure f as its value writes it after the
// number ("%", "$", " km"); "" for none.
func unitOf(f factTok) string { return strings.TrimPrefix(f.value, formatNumber(f.num)) }

// dropBareMeasures drops from b and o each measure of one side that the
// other writes as a bare number of the same value, with the number:
// news drops a unit it gave before ("100,000 tonnes" and "to 100,000").
// Cost: O(len(b)·len(o)) for the measures, a handful.
func dropBareMeasures(b, o []factTok) ([]factTok, []factTok) {
	drop := func(m, n []factTok) ([]factTok, []factTok) {
		for i := 0; i < len(m); i++ {
			if !m[i].measure.IsMeasure() {
				continue
			}
			for j := range n {
				if n[j].kind == FactNumber && n[j].num == m[i].num {
					m = slices.Delete(slices.Clone(m), i, i+1)
					n = slices.Delete(slices.Clone(n), j, j+1)
					i--
					break
				}
			}
		}
		return m, n
	}
	b, o = drop(b, o)
	o, b = drop(o, b)
	return b, o
}

// pointsForPercent reports whether one of two amounts is a percentage
// and the other percentage points ("2 percent" and "2 percentage
// points"): a rise of 2 percent is not one of 2 points.
func pointsForPercent(a, b factTok) bool {
	pa, pb := strings.HasSuffix(a.value, " pp"), strings.HasSuffix(b.value, " pp")
	qa, qb := strings.HasSuffix(a.value, "%"), strings.HasSuffix(b.value, "%")
	return pa && qb || qa && pb
}

func sharesStem(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// nounText is what a value counts, for a reason: its stems joined.
func nounText(f factTok) string {
	if len(f.noun) == 0 {
		return "thing"
	}
	return strings.Join(f.noun, " ")
}

// nameChanges returns the names the word diff of edited record l swaps
// one for one (see facts): this finds a name replaced by another that the
// BASE also names elsewhere ("Sala" for "Calenda"), which newReferents
// leaves alone.
func (r *checkRun) nameChanges(li int, l align.SentenceLink) []Fact {
	c := r.c
	var out []Fact
	ld := r.diff(li)
	bt, ot, chs, btoks, otoks := ld.bt, ld.ot, ld.changes, ld.btoks, ld.otoks
	if len(chs) == 0 {
		return nil
	}
	ball, oall := nameFacts(bt, btoks), nameFacts(ot, otoks)
	for _, ch := range chs {
		if wordsIn(btoks, ch.del) > maxSwap || wordsIn(otoks, ch.ins) > maxSwap {
			continue
		}
		bf, of := within(ball, ch.del), within(oall, ch.ins)
		if len(bf) != 1 || len(of) != 1 || sameReferent(bf[0].value, of[0].value) || titlesOnly(bf[0].value) || titlesOnly(of[0].value) {
			continue
		}
		f := Fact{Base: bf[0].text, Other: of[0].text, Kind: FactName,
			BaseSentence: l.Base[0], OtherSentence: l.Other[0], Confidence: 0.85,
			Reason: "one name replaced by another in the same place"}
		if max(wordsBeside(btoks, ch.del, bf[0]), wordsBeside(otoks, ch.ins, of[0])) >= 2 {
			// Replaced with the words around it: a clause rewritten,
			// which names people and places in other ways ("the
			// Pentagon" for "the Defense Department", "Kline" for
			// "the Kansas attorney general").
			f.Confidence, f.Reason = 0.45, "a name replaced in a rewritten clause: what stands for what is less sure"
		}
		f.BaseSentence, f.BaseStart, f.BaseEnd = locate(c.Base, l.Base, bf[0].text, bt[:bf[0].start])
		f.OtherSentence, f.OtherStart, f.OtherEnd = locate(c.Other, l.Other, of[0].text, ot[:of[0].start])
		out = append(out, f)
	}
	return out
}

// locate finds the occurrence of text in sentences idx of d that the
// diff text before it (prefix) points to, counting earlier occurrences;
// it returns the sentence and the byte offsets, or the first sentence
// and -1, -1.
func locate(d *article.Document, idx []int, text, prefix string) (int, int, int) {
	nth := strings.Count(prefix, text)
	for _, i := range idx {
		if i < 0 || i >= len(d.Sentences) {
			continue
		}
		s := d.Sentences[i]
		st := d.Text[s.Start:s.End]
		from := 0
		for {
			k := strings.Index(st[from:], text)
			if k < 0 {
				break
			}
			if nth == 0 {
				return i, s.Start + from + k, s.Start + from + k + len(text)
			}
			nth--
			from += k + len(text)
		}
	}
	if len(idx) == 0 {
		return 0, -1, -1
	}
	return idx[0], -1, -1
}

// within returns the facts that overlap the byte range span.
func within(fs []factTok, span [2]int) []factTok {
	var out []factTok
	for _, f := range fs {
		if f.start < span[1] && f.end > span[0] {
			out = append(out, f)
		}
	}
	return out
}

// wordsBeside counts the words of toks inside the byte range span that
// are neither in name n nor titles or links ("Interior Minister"): what
// a change replaced besides the name.
func wordsBeside(toks []words.Compound, span [2]int, n factTok) int {
	k := 0
	for _, t := range toks {
		if t.Start < span[0] || t.End > span[1] || t.Start >= n.start && t.End <= n.end {
			continue
		}
		w := words.Key(t.Text)
		if !titles[w] && !roleModifiers[w] && !honorifics[w] && !nameLinks[w] {
			k++
		}
	}
	return k
}

// wordsIn counts the tokens inside the byte range span.
func wordsIn(toks []words.Compound, span [2]int) int {
	n := 0
	for _, t := range toks {
		if t.Start >= span[0] && t.End <= span[1] {
			n++
		}
	}
	return n
}

// A change is one deletion and the insertion that replaces it in a diff:
// byte ranges of the BASE and OTHER texts spelt by the diff.
type change struct{ del, ins [2]int }

// diffSides returns the BASE text (Equal and Delete chunks) and the OTHER
// text (Equal and Insert chunks) of a diff, and its changes: each Delete
// followed by an Insert.
func diffSides(diff []align.Chunk) (string, string, []change) {
	var b, o strings.Builder
	nb, no := 0, 0
	for _, ch := range diff {
		if ch.Op != align.Insert {
			nb += len(ch.Text)
		}
		if ch.Op != align.Delete {
			no += len(ch.Text)
		}
	}
	b.Grow(nb)
	o.Grow(no)
	var out []change
	for i := 0; i < len(diff); i++ {
		ch := diff[i]
		switch ch.Op {
		case align.Equal:
			b.WriteString(ch.Text)
			o.WriteString(ch.Text)
		case align.Insert:
			o.WriteString(ch.Text)
		case align.Delete:
			if i+1 < len(diff) && diff[i+1].Op == align.Insert {
				c := change{
					del: [2]int{b.Len(), b.Len() + len(ch.Text)},
					ins: [2]int{o.Len(), o.Len() + len(diff[i+1].Text)},
				}
				out = append(out, c)
				o.WriteString(diff[i+1].Text)
				i++
			}
			b.WriteString(ch.Text)
		}
	}
	return b.String(), o.String(), out
}

// sameName reports whether two names (folded, words joined by spaces) may
// be one: a letter or two apart (a typo, reported as such), a spelling
// variant, or one's words all found in the other.
//
// A name shortened and misspelt at once ("Giuseppe Sala", "Salla") is one
// too: one of them a single word, a letter or two from the other's last
// (four letters or more, the same first letter).
func sameName(a, b string) bool {
	if distance(a, b, 2) <= 2 || words.SpellingVariant(a, b) {
		return true
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) > 0 && len(wb) > 0 && (len(wa) == 1 || len(wb) == 1) {
		la, lb := wa[len(wa)-1], wb[len(wb)-1]
		limit := 1
		if min(len(la), len(lb)) >= 6 {
			limit = 2
		}
		if min(len(la), len(lb)) >= 4 && la[0] == lb[0] && distance(la, lb, limit) <= limit {
			return true
		}
	}
	return subset(wa, wb) || subset(wb, wa)
}

func subset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
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

// sentenceNames returns the names of sentence i of the document of w (see
// nameFacts), offsets in its text, leaving out runs of titles alone
// ("President", "Interior Minister", "Mr"): those name a post, not whom.
func sentenceNames(w *docWords, i int, sc *sentenceScratch) []factTok {
	if i < 0 || i >= len(w.d.Sentences) {
		return nil
	}
	// The names are read into sc's slice and the kept ones copied out
	// in a slice of their number: a sentence has a name or two, and
	// most of them are kept for the whole run.
	fs := appendNameFacts(sc.facts[:0], w.d.Text, sc.words(w, i))
	sc.facts = fs
	out := fs[:0]
	for _, f := range fs {
		if !namesAPost(f.value) {
			f.sentence = i
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// namesAPost reports whether a folded name is titles and the words that
// qualify them alone ("president", "interior minister", "mr", also "white
// house"), which name a post, not whom; see titlesOnly.
func namesAPost(v string) bool {
	for k := range strings.FieldsSeq(v) {
		if !titles[k] && !roleModifiers[k] && !honorifics[k] {
			return false
		}
	}
	return true
}

// titlesOnly reports whether a folded name is titles alone ("mr", "dr",
// "president"), or the pronoun "I" ("i've"), which a capital does not
// make a name: no name a word diff can swap for another ("Mr" → "Qureia"
// is a title given a name, not one person for another). Unlike
// namesAPost, "White House" and "U.S. Navy" are names here.
func titlesOnly(v string) bool {
	if v == "i" || strings.HasPrefix(v, "i'") || strings.HasPrefix(v, "i’") {
		return true
	}
	for k := range strings.FieldsSeq(v) {
		if !titles[k] && !honorifics[k] {
			return false
		}
	}
	return true
}

// A sentenceScratch holds the words of one sentence at a time for a pass
// that reads sentences in turn (sentenceFacts, sentenceNames), so that
// the pass makes one slice instead of one per sentence. It serves one
// goroutine.
type sentenceScratch struct {
	toks  []words.Compound
	bares []string
	facts []factTok
}

// words returns the words of sentence i of w in sc's slice, valid until
// the next call.
func (sc *sentenceScratch) words(w *docWords, i int) []words.Compound {
	sc.toks = w.appendSentence(sc.toks[:0], i)
	return sc.toks
}

// otherWordSet returns the words of the OTHER, bare, as Base.known holds
// the BASE's. Made once per run, on the first call (safe for concurrent
// use).
func (r *checkRun) otherWordSet() map[string]bool {
	r.otherKnownOnce.Do(func() {
		r.otherKnown = map[string]bool{}
		for _, b := range r.other.bareOf {
			if b >= 0 { // a form that is the key of words
				r.otherKnown[r.other.forms[b]] = true
			}
		}
	})
	return r.otherKnown
}

// newReferents compares the names of the two sides of record l (merged
// sentences included) by what they name, not by where the word diff puts
// them: a name shortened ("Giuseppe Conte", "Conte"), titled differently
// (titles are no part of a name), misspelt ("Italer": a typo, reported as
// one), an acronym for its words ("DHS", "Department of Homeland
// Security") or a demonym ("Italy", "Italian") names the same thing. When
// what is left is one BASE name and one OTHER name that the BASE never
// gives, the OTHER names another person, place or organisation in its
// place (nor an English word: a capital after a dash makes no name), and
// the BASE name is nowhere in the OTHER: a changed fact
// (confidence 0.85 in an edited sentence, 0.6 in a paraphrase, where
// what stands for what is less sure). Names found by the word
// diff (swapped) are not reported twice.
//
// Cost: a comparison of each pair of distinct names of the record (a
// handful), each a bounded edit distance.
func (r *checkRun) newReferents(l align.SentenceLink, swapped []Fact, lr *linkReader) []Fact {
	bn, on := r.told(l, lr, toldNames)
	if len(bn) == 0 || len(on) == 0 {
		return nil
	}
	// What follows reads names by value, and a value's first mention
	// stands for the others: a speaker named in every sentence of a long
	// record is compared once, not once per pair of mentions.
	bn, on = distinctNames(bn), distinctNames(on)
	matchedB, matchedO := make([]bool, len(bn)), make([]bool, len(on))
	// Each name's words in their compared forms, read once (see
	// sameForms): a record of many names compares each pair.
	ou := make([][]string, len(on))
	for j, o := range on {
		ou[j] = nameUnits(o.value)
	}
	for i, b := range bn {
		bu := nameUnits(b.value)
		for j, o := range on {
			if sameSpelling(b.value, o.value) || sameUnits(bu, ou[j]) {
				matchedB[i], matchedO[j] = true, true
			}
		}
	}
	var ub, uo []factTok
	otherNames := r.otherWordSet()
	for i, b := range bn {
		if matchedB[i] || slices.ContainsFunc(ub, func(f factTok) bool { return f.value == b.value }) {
			continue
		}
		if knownName(b.value, otherNames) {
			return nil // the OTHER has it elsewhere: not replaced
		}
		ub = append(ub, b)
	}
	for j, o := range on {
		if matchedO[j] || slices.ContainsFunc(uo, func(f factTok) bool { return f.value == o.value }) {
			continue
		}
		if knownName(o.value, r.base.known) || !strings.Contains(o.value, " ") && isKnownWord(o.value) {
			// The BASE has it elsewhere (moved, not new); or an
			// English word, which a capital does not make a name
			// ("Outrage is growing" after a dash).
			continue
		}
		uo = append(uo, o)
	}
	if len(ub) != 1 || len(uo) != 1 {
		return nil
	}
	b, o := ub[0], uo[0]
	for _, f := range swapped {
		if f.OtherStart < o.end && f.OtherEnd > o.start {
			return nil
		}
	}
	conf, reason := 0.85, "the OTHER names someone or something the BASE never does, in place of "+b.text+", which it never names"
	switch {
	case !sameSurroundings(r.c.Base.Text, b, r.c.Other.Text, o):
		// Neither the word before nor the word after is kept: the
		// clause was rewritten ("Under Kansas law" → "Kline noted"),
		// and what stands for what is a guess.
		conf, reason = 0.45, "the OTHER names someone or something the BASE never does, where it names "+b.text+", but in a rewritten clause: perhaps no replacement"
	case l.Kind == align.Paraphrased:
		conf = 0.6 // a rewrite: less sure what stands for what
	}
	return []Fact{{Base: b.text, Other: o.text, Kind: FactName,
		BaseSentence: b.sentence, OtherSentence: o.sentence,
		BaseStart: b.start, BaseEnd: b.end, OtherStart: o.start, OtherEnd: o.end,
		Confidence: conf, Reason: reason}}
}

// sameSurroundings reports whether name b of text bt and name o of text
// ot stand in the same place: the word before them or the word after them
// is one ("Sala said" and "Conte said", "in Rome" and "in Milan",
// "Ambassador X" and "Ambassador Y"), or a title comes before both ("Coke
// spokeswoman X", "Coke spokesman Y": one post, another person).
// Cost: the tokens of a few dozen bytes around each name.
func sameSurroundings(bt string, b factTok, ot string, o factTok) bool {
	bb, ba := wordsAround(bt, b.start, b.end)
	ob, oa := wordsAround(ot, o.start, o.end)
	return bb != "" && (bb == ob || titles[bb] && titles[ob]) || ba != "" && ba == oa
}

// wordsAround returns the keys of the words right before byte start and
// right after byte end of text, within its sentence's punctuation: "" at
// a sentence's start or end.
func wordsAround(text string, start, end int) (before, after string) {
	if start < 0 || end > len(text) || start > end {
		return "", ""
	}
	lo := max(0, start-48)
	if toks := words.Compounds(text[lo:start], 0, false); len(toks) > 0 {
		last := toks[len(toks)-1]
		if !strings.ContainsAny(text[lo+last.End:start], ".?!;") {
			before = words.Key(last.Text)
		}
	}
	hi := min(len(text), end+48)
	if toks := words.Compounds(text[end:hi], 0, false); len(toks) > 0 {
		if !strings.ContainsAny(text[end:end+toks[0].Start], ".?!;") {
			after = words.Key(toks[0].Text)
		}
	}
	return before, after
}

// distinctNames keeps the first of the names in ts with each value, in
// order; it reuses ts's array.
func distinctNames(ts []factTok) []factTok {
	if len(ts) < 2 {
		return ts
	}
	seen := make(map[string]bool, len(ts))
	out := ts[:0]
	for _, t := range ts {
		if !seen[t.value] {
			seen[t.value] = true
			out = append(out, t)
		}
	}
	return out
}

// knownName reports whether names has a name (folded words): its last
// word (the surname, the head of "House of Commons"), or more than half
// of its words other than links and titles ("US Department of State’s
// Diplomatic Security Service" where the text has "US", "Department",
// "State" and "Security"; not "Gene Fischi" where it has "gene").
func knownName(value string, names map[string]bool) bool {
	ws := strings.Fields(value)
	if len(ws) == 0 {
		return false
	}
	if names[strings.TrimSuffix(ws[len(ws)-1], "'s")] {
		return true
	}
	n, known := 0, 0
	for _, w := range ws {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if nameLinks[w] || titles[w] {
			continue
		}
		n++
		if names[w] {
			known++
		}
	}
	return 2*known > n
}

// sameReferent reports whether two names (folded words) may name one
// thing: see sameName, and an acronym of the other's words ("dhs",
// "department of homeland security"), or a word and its demonym or
// another form of it ("italy", "italian"), or the same name with words
// in other forms (see sameForms: "u.s. court of appeals", "united states
// court of appeals"; "tim muris", "timothy muris").
func sameReferent(a, b string) bool {
	return sameSpelling(a, b) || sameForms(a, b)
}

// sameSpelling is sameReferent but for sameForms: one name spelt or
// shortened otherwise, an acronym, a demonym.
func sameSpelling(a, b string) bool {
	if a == b {
		return true // as sameName says, without its work
	}
	a, b = strings.ReplaceAll(a, "'s", ""), strings.ReplaceAll(b, "'s", "")
	if sameName(a, b) {
		return true
	}
	if acronymOf(a, b) || acronymOf(b, a) {
		return true
	}
	return !strings.Contains(a, " ") && !strings.Contains(b, " ") && sameStem(a, b)
}

// acronymOf reports whether short is the initials of the words of long,
// links left out or not: "dhs" of "department of homeland security",
// "us" of "united states", "u.s." too.
//
// Cost: one pass over long, comparing short with both sets of initials as
// it goes; no allocation unless short has dots.
func acronymOf(short, long string) bool {
	short = strings.ReplaceAll(short, ".", "")
	if strings.Contains(short, " ") || len(short) < 2 {
		return false
	}
	// all and content count the initials of all the words, and of the
	// words other than links, that match short so far; -1 once one
	// does not.
	n, all, content := 0, 0, 0
	next := func(n int, initial byte) int {
		if n < 0 || n >= len(short) || short[n] != initial {
			return -1
		}
		return n + 1
	}
	for w := range strings.FieldsSeq(long) {
		n++
		all = next(all, w[0])
		if !nameLinks[w] {
			content = next(content, w[0])
		}
	}
	return n >= 2 && (all == len(short) || content == len(short))
}

// sameStem reports whether two words of names are forms of one: the
// shorter, less its last letter and four letters or more, starts the
// longer ("italy", "italian"; "milan", "milanese").
func sameStem(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) < 5 {
		return false
	}
	return strings.HasPrefix(y, x[:len(x)-1])
}
