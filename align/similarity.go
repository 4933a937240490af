package align

// similarity returns how much two sentences say the same thing, in [0, 1]:
// the Dice coefficient of their Snowball stems, each stem weighted by its
// informativeness in English at large (SUBTLEX-US), near-identical
// spellings counted at half weight. 1 means the same words; two unrelated
// news sentences score under 0.15 in 99 cases out of 100, and pairs judged
// paraphrases in the MSR Paraphrase Corpus over 0.40 in 98 cases out of 100.
// Unlike Compare it has no document context, so the words of a story
// (which Compare discounts) weigh in full.
//
// Cost: O(n+m) after stemming, for n and m words; the first call also
// loads the frequency table (a few milliseconds).
func similarity(a, b string) float64 {
	ps, _ := isolatedScore(a, b)
	return ps.dice
}

// Classify labels a pair of sentences as Compare would if it met them
// with nothing around them: linked reports whether they would be linked at
// all, kind is then Identical, Edited or Paraphrased, and score the link's
// Score. It serves to calibrate and evaluate the thresholds on corpora of
// sentence pairs.
func Classify(a, b string) (kind Kind, score float64, linked bool) {
	ps, same := isolatedScore(a, b)
	if !standsAlone(ps, same) {
		return Added, 0, false
	}
	kind = kindOf(ps, same)
	if kind == Identical {
		return kind, 1, true
	}
	return kind, roundScore(strength(ps, same)), true
}

func isolatedScore(a, b string) (pairScore, bool) {
	v := newVocab()
	sa, sb := v.analyse(a), v.analyse(b)
	v.finishBackground()
	v.weigh(&sa)
	v.weigh(&sb)
	return v.score(&sa, &sb), identical(&sa, &sb)
}
