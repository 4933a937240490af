package words

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Measures: the units of length, area, mass, volume, speed and
// temperature that news writes after a figure, in the customary (US) and
// metric forms an outlet converts between when it localises a wire story
// ("50 miles" → "80 kilometres", "130 mph" → "210 km/h", "100 degrees
// Fahrenheit" → "38C"). A figure converted is the same figure: the
// comparison links the two sentences, and the checks report no changed
// fact; the same figure with another unit ("50 miles" → "50 kilometres")
// is a changed fact.

// A measure is one unit of measureTable.
type measure struct {
	symbol string  // how a fact names the unit: "mi", "km", "°F"
	dim    byte    // what it measures: l(ength), a(rea), m(ass), v(olume), s(peed), t(emperature)
	scale  float64 // its size in the metric unit of its dimension (m, m², kg, l, km/h, °C)
	offset float64 // added after scaling (temperatures)
}

// measureTable lists the measures; a Unit past firstMeasure is an index
// into it. The spellings that name each are in measurePhrases.
var measureTable = []measure{
	{"mi", 'l', 1609.344, 0}, {"km", 'l', 1000, 0}, {"ft", 'l', 0.3048, 0}, {"m", 'l', 1, 0},
	{"yd", 'l', 0.9144, 0}, {"in", 'l', 0.0254, 0}, {"cm", 'l', 0.01, 0}, {"mm", 'l', 0.001, 0},
	{"acre", 'a', 4046.8564, 0}, {"ha", 'a', 10000, 0}, {"sq mi", 'a', 2589988.11, 0}, {"sq km", 'a', 1e6, 0},
	{"lb", 'm', 0.45359237, 0}, {"kg", 'm', 1, 0}, {"oz", 'm', 0.028349523, 0}, {"g", 'm', 0.001, 0},
	{"ton", 'm', 907.18474, 0}, {"tonne", 'm', 1000, 0},
	{"gal", 'v', 3.785411784, 0}, {"l", 'v', 1, 0},
	{"mph", 's', 1.609344, 0}, {"km/h", 's', 1, 0},
	{"°F", 't', 5.0 / 9, -32 * 5.0 / 9}, {"°C", 't', 1, 0},
}

// measurePhrases are the spellings of the measures after a figure, lower
// case, longest first where one begins another. "pounds" is left out: it
// is money as often (UnitWord); "in", "m" and "g" alone are too: a word
// or a million as often as a unit.
var measurePhrases = []struct {
	text string
	unit int // index into measureTable
}{
	{"miles per hour", 20}, {"mile per hour", 20}, {"mph", 20},
	{"kilometres per hour", 21}, {"kilometers per hour", 21}, {"km per hour", 21}, {"km/h", 21}, {"kph", 21}, {"kmh", 21},
	{"square miles", 10}, {"square mile", 10}, {"sq miles", 10},
	{"square kilometres", 11}, {"square kilometers", 11}, {"square kilometre", 11}, {"square kilometer", 11}, {"sq km", 11},
	{"miles", 0}, {"mile", 0},
	{"kilometres", 1}, {"kilometers", 1}, {"kilometre", 1}, {"kilometer", 1}, {"km", 1},
	{"feet", 2}, {"foot", 2}, {"ft", 2},
	{"metres", 3}, {"meters", 3}, {"metre", 3}, {"meter", 3},
	{"yards", 4}, {"yard", 4},
	{"inches", 5}, {"inch", 5},
	{"centimetres", 6}, {"centimeters", 6}, {"centimetre", 6}, {"centimeter", 6}, {"cm", 6},
	{"millimetres", 7}, {"millimeters", 7}, {"millimetre", 7}, {"millimeter", 7}, {"mm", 7},
	{"acres", 8}, {"acre", 8},
	{"hectares", 9}, {"hectare", 9},
	{"lbs", 12}, {"lb", 12},
	{"kilograms", 13}, {"kilogrammes", 13}, {"kilogram", 13}, {"kilos", 13}, {"kg", 13},
	{"ounces", 14}, {"ounce", 14}, {"oz", 14},
	{"grams", 15}, {"grammes", 15}, {"gram", 15},
	{"metric tons", 17}, {"tons", 16}, {"ton", 16}, {"tonnes", 17}, {"tonne", 17},
	{"gallons", 18}, {"gallon", 18},
	{"litres", 19}, {"liters", 19}, {"litre", 19}, {"liter", 19},
	{"degrees fahrenheit", 22}, {"degrees f", 22}, {"°f", 22}, {"fahrenheit", 22}, {"f", 22},
	{"degrees celsius", 23}, {"degrees centigrade", 23}, {"degrees c", 23}, {"°c", 23}, {"celsius", 23}, {"c", 23},
}

// firstMeasure is the Unit of measureTable[0].
const firstMeasure = Percent + 1

// measure returns the measure a unit names and whether it is one (not
// money, a percentage or nothing).
func (u Unit) measure() (measure, bool) {
	if u < firstMeasure || int(u-firstMeasure) >= len(measureTable) {
		return measure{}, false
	}
	return measureTable[u-firstMeasure], true
}

// IsMeasure reports whether u is a unit of length, area, mass, volume,
// speed or temperature (see MeasureAfter).
func (u Unit) IsMeasure() bool {
	_, ok := u.measure()
	return ok
}

// Symbol returns how a fact names measure u ("mi", "km/h", "°C"), or ""
// for a unit that is no measure.
func (u Unit) Symbol() string {
	m, _ := u.measure()
	return m.symbol
}

// SameDimension reports whether measures a and b measure one thing
// (both lengths, both temperatures…): "8 mph" and "900 miles" do not.
func SameDimension(a, b Unit) bool {
	ma, okA := a.measure()
	mb, okB := b.measure()
	return okA && okB && ma.dim == mb.dim
}

// MeasureAfter reads the measure written at the start of s, the text
// right after a figure: "50 miles", "130 mph", "210 km/h", "38C", "100
// degrees Fahrenheit", "1,200 acres". It returns the unit and how many
// bytes of s name it (spaces before included), or NoUnit and 0. A unit
// glued to the figure ("38C", "3.4m" is not read: "m" is a million) or
// one letter after a space ("100 F") counts only for temperatures; every
// phrase must end where a word does. Cost: a few prefix comparisons.
func MeasureAfter(s string) (Unit, int) {
	rest := strings.TrimLeft(s, " \u00a0")
	spaced := len(rest) < len(s)
	if rest == "" {
		return NoUnit, 0
	}
	// Most figures are followed by no unit: a look at the first byte
	// rejects them without comparing phrases.
	c0 := rest[0] | 0x20 // lower case for ASCII letters
	if (c0 < 'a' || c0 > 'z') && rest[0] != "°"[0] {
		return NoUnit, 0
	}
	for _, p := range measurePhrases {
		if p.text[0] != c0 && p.text[0] != rest[0] || len(rest) < len(p.text) || !strings.EqualFold(rest[:len(p.text)], p.text) {
			continue
		}
		end := len(p.text)
		if end < len(rest) {
			r, _ := utf8.DecodeRuneInString(rest[end:])
			if IsWordRune(r) {
				continue // "mileage", "feeting"
			}
		}
		if (p.text == "f" || p.text == "c") && (spaced || end < len(rest) && rest[end] == '.') {
			// "100 C" and "Apollo 11 C." are no temperatures; "38C" is.
			continue
		}
		if p.text == "f" || p.text == "c" {
			if rest[0] != 'F' && rest[0] != 'C' {
				continue // "38c" is cents more often
			}
		}
		return firstMeasure + Unit(p.unit), len(s) - len(rest) + end
	}
	return NoUnit, 0
}

// SameQuantity reports whether figure a in unit ua and figure b in unit
// ub are one quantity converted, as an outlet rounds a conversion: two
// measures of one dimension and different units, b within 6% of a
// converted (130 mph is 209 km/h: "210 km/h" or "200 km/h"), or within
// half of the place b is rounded to and 12% ("11 feet" is 3.35 m: "3.4
// metres", or "about 3 metres"), or, for temperatures, within a degree.
// The one owner of the rule: the comparison and the checks both ask it.
// Cost: a few floating-point operations.
func SameQuantity(a float64, ua Unit, b float64, ub Unit) bool {
	ma, okA := ua.measure()
	mb, okB := ub.measure()
	if !okA || !okB || ma.dim != mb.dim || ua == ub {
		return false
	}
	conv := ((a*ma.scale + ma.offset) - mb.offset) / mb.scale
	d := math.Abs(conv - b)
	if ma.dim == 't' {
		return d <= 1
	}
	most := math.Max(math.Abs(conv), math.Abs(b))
	return d <= 0.06*most || d <= roundingOf(b)/2 && d <= 0.12*most
}

// roundingOf returns the place figure b is rounded to: 0.1 for 3.4, 1 for
// 3 or 81, 10 for 80 and 250, 100 for 200.
func roundingOf(b float64) float64 {
	b = math.Abs(b)
	if b == 0 {
		return 1
	}
	if b != math.Trunc(b) {
		for p := 0.1; p > 1e-6; p /= 10 {
			if r := b / p; math.Abs(r-math.Round(r)) < 1e-6 {
				return p
			}
		}
		return 1e-6
	}
	p := 1.0
	for p*10 <= b && math.Mod(b, p*10) == 0 {
		p *= 10
	}
	return p
}
