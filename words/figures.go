package words

// The words that say what a figure measures. The comparison (align: is
// "$1.49" the "1.5 percent" of the other side?) and the editorial checks
// (check: did "5 percent" become "5 dollars"?) read a figure's unit with
// these, so the two agree on it.

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
