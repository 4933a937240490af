package align

// Hooks for the external tests of this package (package align_test).

// LoneSignalNames names the signals of LoneSignals.
var LoneSignalNames = loneSignalNames[:]

// LoneSignals returns the signals that the lone-pair model weighs (see
// loneSignals) for two sentences compared as two one-sentence documents,
// and whether the model may link them (loneAdmits).
func LoneSignals(a, b string) ([]float64, bool) {
	v := newVocab()
	sa, sb := v.analyse(a), v.analyse(b)
	v.finishBackground()
	v.weigh(&sa)
	v.weigh(&sb)
	same := identical(&sa, &sb)
	ps := v.score(&sa, &sb)
	x := v.loneSignals(&sa, &sb, ps, same)
	return x[:], loneAdmits(ps, same)
}

// LoneModel returns the committed model (see lone_model.go).
func LoneModel() (mean, spread, weight []float64, bias, threshold float64) {
	m := loneModel
	return m.mean[:], m.spread[:], m.weight[:], m.bias, m.threshold
}

// LoneMaxLookAlikes is loneMaxLookAlikes.
const LoneMaxLookAlikes = loneMaxLookAlikes
