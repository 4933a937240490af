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
