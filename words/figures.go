package words

import (
	"iter"
	"maps"
	"math"
	"strconv"
	"strings"
)

// The words of figures: number words, scale words and the words that say
// what a figure measures. The comparison (align: is "$1.49" the "1.5
// percent" of the other side? is "eight per cent" "8%"?) and the
// editorial checks (check: did "5 percent" become "5 dollars"?) read
// figures with these, so the two agree on them.

// A Unit is what a figure measures, as the words around it say: money
// ("$1.49", "1.76 billion euros"), a percentage ("8%", "1.5 percent",
// "eight per cent"), or nothing said (a bare count, or a unit the text
// leaves to the reader).
type Unit uint8

const (
	NoUnit Unit = iota
	Money
	Percent
)

// CurrencySigns are the signs written before an amount of money ("$5",
// "€5 million", "₹200 crore").
const CurrencySigns = "$€£¥₹"

// IsCurrencySign reports whether r is one of CurrencySigns.
func IsCurrencySign(r rune) bool {
	switch r {
	case '$', '€', '£', '¥', '₹':
		return true
	}
	return false
}

// UnitWord returns the unit that w, a lower-cased word written after a
// figure, names: Money for the names of currencies and their coins
// ("dollars", "cents", "euros", "pounds", "yen", "francs", "rupees",
// "yuan", singular or plural), Percent for "percent" and "pct". "per"
// names a percentage only before "cent" ("8 per cent"), which the caller
// reads: UnitWord("per") is NoUnit. Cost: one switch.
func UnitWord(w string) Unit {
	switch w {
	case "dollar", "dollars", "cent", "cents", "euro", "euros", "pound", "pounds",
		"yen", "franc", "francs", "rupee", "rupees", "yuan":
		return Money
	case "percent", "pct":
		return Percent
	}
	return NoUnit
}

// Currency returns the currency a sign or a word of money names ("$",
// "dollars": "dollar"; "£", "pounds": "pound"; "€", "euros": "euro"), or
// "" for another unit or none: two amounts in different currencies may be
// one amount converted, which nothing here can check.
func Currency(unit string) string {
	switch strings.ToLower(strings.TrimSpace(unit)) {
	case "$", "dollar", "dollars", "us$":
		return "dollar"
	case "£", "pound", "pounds":
		return "pound"
	case "€", "euro", "euros":
		return "euro"
	case "¥", "yen":
		return "yen"
	case "yuan":
		return "yuan"
	case "franc", "francs":
		return "franc"
	case "₹", "rupee", "rupees":
		return "rupee"
	}
	return ""
}

// numberWords are the number words that news writes for figures, with
// their values. "One" is left out: it is more often a pronoun or an
// article ("one of these ways", "no one") than a figure.
var numberWords = map[string]float64{
	"zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"dozen": 12, "dozens": 12, "hundred": 100, "hundreds": 100, "thousand": 1000, "thousands": 1000,
	"million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "trillion": 1e12,
}

// scaleWords multiply the figure they follow ("3 million", "1.76bn" read
// as "1.76 bn").
var scaleWords = map[string]float64{"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6}

// NumberWord returns the value of w, a lower-cased number word ("two",
// "forty", "dozen", "million"), and whether it is one (see numberWords;
// not "one"). Compounds such as "twenty-five" are the caller's. Cost: a
// map look-up.
func NumberWord(w string) (float64, bool) {
	v, ok := numberWords[w]
	return v, ok
}

// NumberWords returns every number word of NumberWord with its value, in
// no particular order.
func NumberWords() iter.Seq2[string, float64] { return maps.All(numberWords) }

// ScaleWord returns the multiplier that w, a lower-cased word after a
// figure, names ("thousand", "million", "billion", "trillion", "hundred",
// "bn", "m"), and whether it names one. Cost: a map look-up.
func ScaleWord(w string) (float64, bool) {
	v, ok := scaleWords[w]
	return v, ok
}

// RoundingTolerance is how far news rounds a figure: two figures within
// this share of the larger may be one figure rounded ("296" and "300
// people", "$64.7 billion" and "some $65 billion"). On the MSRP
// paraphrase pairs the widest such rounding is 2%; index levels of
// different days differ by more (929.62 and 981.73: 5%).
const RoundingTolerance = 0.02

// Rounded reports whether round, written roundText ("$65 billion",
// "300", "$38.30"), is figure x rounded: x rounded to the place of the
// last digit written of round (of its last non-zero digit for a whole
// number: "300" may be rounded to hundreds, "38.30" is to cents) is
// round, and the two are within RoundingTolerance. "$64.7 billion" is
// rounded to "$65 billion", "767" to "770", "$114.3 million" to "$114
// million"; "12" is not "10" rounded (17% apart), nor "5,270" "5,200"
// ("5,300"), nor "$38.28" "$38.30". The one owner of the rule: the checks
// hold such a change back as perhaps rounded. Cost: a scan of roundText
// and a few floating-point operations.
func Rounded(x, round float64, roundText string) bool {
	if x == round || x <= 0 || round <= 0 {
		return false
	}
	p := roundingOf(round)
	if n, d := numeral(roundText); d > 0 {
		if v, err := strconv.ParseFloat(strings.ReplaceAll(n, ",", ""), 64); err == nil && v > 0 {
			p = math.Min(p, round/v*math.Pow10(-d))
		}
	}
	if math.Abs(math.Round(x/p)*p-round) > 1e-9*round {
		return false
	}
	return math.Abs(x-round) <= RoundingTolerance*max(x, round)
}

// numeral returns the first run of digits, commas and points in s ("65",
// "38.30", "60,000") and how many digits it has after a point.
func numeral(s string) (n string, decimals int) {
	i := strings.IndexAny(s, "0123456789")
	if i < 0 {
		return "", 0
	}
	j := i
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ',' || s[j] == '.') {
		j++
	}
	n = strings.TrimRight(s[i:j], ".,")
	if k := strings.LastIndexByte(n, '.'); k >= 0 {
		decimals = len(n) - k - 1
	}
	return n, decimals
}
