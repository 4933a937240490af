package editbench

import (
	"math"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// conversions are the units an outlet converts, with the factor and the
// unit it converts to: the generator's own table, apart from the one the
// checks read, so that the benchmark tests that one.
var conversions = map[string]struct {
	factor float64
	to     string
}{
	"miles": {1.609344, "kilometres"}, "mile": {1.609344, "kilometres"},
	"kilometers": {0.621371, "miles"}, "kilometres": {0.621371, "miles"},
	"feet": {0.3048, "metres"}, "meters": {3.28084, "feet"}, "metres": {3.28084, "feet"},
	"inches": {2.54, "centimetres"}, "acres": {0.404686, "hectares"},
	"mph": {1.609344, "km/h"}, "gallons": {3.785412, "litres"}, "tons": {0.907185, "tonnes"},
	"degrees Fahrenheit": {0, "degrees Celsius"},
}

var reMeasure = regexp.MustCompile(`\b(\d{1,3}(?:,\d{3})*(?:\.\d+)?) (miles|mile|kilometers|kilometres|feet|meters|metres|inches|acres|mph|gallons|tons|degrees Fahrenheit)\b`)

// unitCase builds the cases of unitKinds from a sentence with a measure:
// converted and rounded as outlets round (to a whole number from 10 up,
// to one decimal below), or the same figure with the unit it would be
// converted to.
func unitCase(r *rand.Rand, p *pool, date time.Time, kind string) (Case, bool) {
	if len(p.measures) == 0 {
		return Case{}, false
	}
	s := p.measures[r.IntN(len(p.measures))]
	var ms [][]int
	for _, m := range reMeasure.FindAllStringSubmatchIndex(s, -1) {
		// Not the end of a range ("2 to 3 inches"), which an outlet
		// converts whole.
		if before := s[:m[0]]; !strings.HasSuffix(before, "to ") && !strings.HasSuffix(before, "-") && !strings.HasSuffix(before, "and ") {
			ms = append(ms, m)
		}
	}
	if len(ms) == 0 {
		return Case{}, false
	}
	m := ms[r.IntN(len(ms))]
	num, unit := s[m[2]:m[3]], s[m[4]:m[5]]
	c := conversions[unit]
	if kind == "fact/unit-unconverted" {
		return frame(r, p, date, s, s[:m[0]]+num+" "+c.to+s[m[1]:], "fact"), true
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil {
		return Case{}, false
	}
	conv := v * c.factor
	if unit == "degrees Fahrenheit" {
		conv = (v - 32) * 5 / 9
	}
	out := strconv.FormatFloat(math.Round(conv*10)/10, 'f', -1, 64)
	if math.Abs(conv) >= 10 {
		out = strconv.FormatFloat(math.Round(conv), 'f', -1, 64)
	}
	return frame(r, p, date, s, s[:m[0]]+out+" "+c.to+s[m[1]:], ""), true
}
