package words

import "testing"

func TestMeasureAfter(t *testing.T) {
	tests := []struct {
		s      string
		symbol string
		n      int
	}{
		{" miles off the coast", "mi", 6},
		{" Miles", "mi", 6},
		{" mph, forecasters", "mph", 4},
		{" km/h.", "km/h", 5},
		{" kilometres per hour", "km/h", 20},
		{" degrees Fahrenheit on", "°F", 19},
		{"C on Sunday", "°C", 1},
		{"°C", "°C", 3},
		{" square miles", "sq mi", 13},
		{" metric tons", "tonne", 12},
		{" acres near", "acre", 6},
		{" mileage", "", 0},     // a unit must end where a word does
		{" C", "", 0},           // a letter after a space: no temperature
		{"c", "", 0},            // "38c": cents more often
		{" pounds", "", 0},      // money as often as mass
		{"m", "", 0},            // "3.4m": a million
		{" people", "", 0},      //
		{" C. Smith", "", 0},    //
		{"", "", 0},             //
		{" in the city", "", 0}, // "in" is no inch
	}
	for _, tt := range tests {
		u, n := MeasureAfter(tt.s)
		if u.Symbol() != tt.symbol || n != tt.n || (tt.symbol != "") != u.IsMeasure() {
			t.Errorf("MeasureAfter(%q) = %q, %d; want %q, %d", tt.s, u.Symbol(), n, tt.symbol, tt.n)
		}
	}
}

func TestSameQuantity(t *testing.T) {
	unit := func(s string) Unit { u, _ := MeasureAfter(s); return u }
	mi, km, ft, m, mph, kmh := unit(" miles"), unit(" km"), unit(" feet"), unit(" metres"), unit(" mph"), unit(" km/h")
	degF, degC, tons, tonnes := unit(" degrees F"), unit(" degrees C"), unit(" tons"), unit(" tonnes")
	tests := []struct {
		a    float64
		ua   Unit
		b    float64
		ub   Unit
		want bool
	}{
		{50, mi, 80, km, true},     // 80.5
		{130, mph, 210, kmh, true}, // 209
		{130, mph, 200, kmh, true}, // rounded to a hundred: 4.4% off
		{11, ft, 3.4, m, true},     // 3.35
		{11, ft, 3, m, true},       // "about 3 metres"
		{100, degF, 38, degC, true},
		{32, degF, 0, degC, true},
		{100, tons, 91, tonnes, true},
		{50, mi, 50, km, false}, // the same figure, another unit: not converted
		{11, ft, 11, m, false},
		{100, degF, 100, degC, false},
		{50, mi, 80, mi, false}, // the same unit: a changed figure
		{50, mi, 80, kmh, false},
		{50, Money, 50, Percent, false},
		{10, ft, 4, m, false}, // 3.05: 31% off
	}
	for _, tt := range tests {
		if got := SameQuantity(tt.a, tt.ua, tt.b, tt.ub); got != tt.want {
			t.Errorf("SameQuantity(%v %s, %v %s) = %v, want %v", tt.a, tt.ua.Symbol(), tt.b, tt.ub.Symbol(), got, tt.want)
		}
	}
}
