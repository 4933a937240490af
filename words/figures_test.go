package words

import "testing"

func TestUnitWord(t *testing.T) {
	for w, want := range map[string]Unit{
		"dollars": Money, "dollar": Money, "cents": Money, "euros": Money, "pounds": Money,
		"yen": Money, "francs": Money, "rupees": Money, "yuan": Money,
		"percent": Percent, "pct": Percent,
		"per": NoUnit, "cent.": NoUnit, "people": NoUnit, "points": NoUnit, "Dollars": NoUnit, "": NoUnit,
	} {
		if got := UnitWord(w); got != want {
			t.Errorf("UnitWord(%q) = %v, want %v", w, got, want)
		}
	}
	for _, r := range CurrencySigns {
		if !IsCurrencySign(r) {
			t.Errorf("IsCurrencySign(%q) = false", r)
		}
	}
	for _, r := range "#%&@A1 " {
		if IsCurrencySign(r) {
			t.Errorf("IsCurrencySign(%q) = true", r)
		}
	}
}

func TestNumberWords(t *testing.T) {
	for w, want := range map[string]float64{"two": 2, "forty": 40, "dozen": 12, "million": 1e6, "zero": 0} {
		if got, ok := NumberWord(w); !ok || got != want {
			t.Errorf("NumberWord(%q) = %v, %v; want %v", w, got, ok, want)
		}
	}
	for _, w := range []string{"one", "Two", "twenty-five", "percent", ""} {
		if _, ok := NumberWord(w); ok {
			t.Errorf("NumberWord(%q) is a number word", w)
		}
	}
	n := 0
	for w, v := range NumberWords() {
		if got, ok := NumberWord(w); !ok || got != v {
			t.Errorf("NumberWords gives %q = %v, NumberWord %v, %v", w, v, got, ok)
		}
		n++
	}
	if n != len(numberWords) {
		t.Errorf("NumberWords gave %d words, want %d", n, len(numberWords))
	}
	for w, want := range map[string]float64{"thousand": 1e3, "bn": 1e9, "m": 1e6} {
		if got, ok := ScaleWord(w); !ok || got != want {
			t.Errorf("ScaleWord(%q) = %v, %v; want %v", w, got, ok, want)
		}
	}
	if _, ok := ScaleWord("percent"); ok {
		t.Error("ScaleWord(percent) is a scale")
	}
}

func TestRounded(t *testing.T) {
	for _, c := range []struct {
		x, round  float64
		roundText string
		want      bool
	}{
		{64.7e9, 65e9, "$65 billion", true},
		{767, 770, "770", true},
		{296, 300, "300", true},
		{114.3e6, 114e6, "$114 million", true},
		{59619, 60000, "60,000", true},
		{6.32e9, 6.3e9, "$6.3 billion", true},
		{12, 10, "10", false},          // 17% apart: a changed count
		{5270, 5200, "5,200", false},   // rounds to 5,300
		{9.95, 9.99, "$9.99", false},   // the same place: changed
		{38.28, 38.3, "$38.30", false}, // written to cents
		{38.296, 38.3, "$38.30", true},
		{33.4e9, 34e9, "$34 billion", false},
		{65e9, 64.7e9, "$64.7 billion", false}, // the rounder figure is not the other rounded
		{300, 300, "300", false},
		{0, 0, "0", false},
		{-296, -300, "-300", false},
	} {
		if got := Rounded(c.x, c.round, c.roundText); got != c.want {
			t.Errorf("Rounded(%v, %v, %q) = %v, want %v", c.x, c.round, c.roundText, got, c.want)
		}
	}
}
