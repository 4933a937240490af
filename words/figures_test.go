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
