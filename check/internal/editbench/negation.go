package editbench

import (
	"math/rand/v2"
	"strings"
	"time"

	"github.com/wirediff/wirediff/words"
)

// auxiliaries are the verbs a "not" follows.
var auxiliaries = map[string]bool{"is": true, "was": true, "are": true, "were": true, "will": true,
	"would": true, "could": true, "can": true, "should": true, "has": true, "had": true, "have": true,
	"did": true, "does": true, "may": true, "might": true, "must": true}

// contractions are negations written in two words and in one.
var contractions = [][2]string{
	{"do not", "don't"}, {"does not", "doesn't"}, {"did not", "didn't"}, {"is not", "isn't"},
	{"are not", "aren't"}, {"was not", "wasn't"}, {"were not", "weren't"}, {"has not", "hasn't"},
	{"have not", "haven't"}, {"had not", "hadn't"}, {"could not", "couldn't"},
	{"would not", "wouldn't"}, {"should not", "shouldn't"}, {"will not", "won't"}, {"cannot", "can't"},
}

// negationCase builds the cases of negationKinds: a "not" or "never"
// dropped, a "not" put after an auxiliary, a negative contraction made
// positive ("didn't" → "did"), a word replaced by its opposite
// (words.OppositeOf: "rose" → "fell") — each makes the sentence say the
// opposite — and a negation contracted or expanded ("did not" ↔
// "didn't"), which says the same.
func negationCase(r *rand.Rand, p *pool, date time.Time, kind string) (Case, bool) {
	s := pick(r, p.plain)
	ws := strings.Fields(s)
	if kind == "fact/opposite" {
		var cands []int
		for i, w := range ws {
			if i > 0 && words.OppositeOf(strings.TrimRight(w, ".,;:")) != nil {
				cands = append(cands, i)
			}
		}
		if len(cands) == 0 {
			return Case{}, false
		}
		i := cands[r.IntN(len(cands))]
		bare := strings.TrimRight(ws[i], ".,;:")
		alts := words.OppositeOf(bare)
		ws[i] = alts[r.IntN(len(alts))] + ws[i][len(bare):]
		return frame(r, p, date, s, strings.Join(ws, " "), "fact"), true
	}
	if kind == "same/negation-contracted" {
		var opts [][2]string
		for _, c := range contractions {
			if strings.Contains(s, " "+c[0]+" ") {
				opts = append(opts, c)
			}
			if strings.Contains(s, " "+c[1]+" ") {
				opts = append(opts, [2]string{c[1], c[0]})
			}
		}
		if len(opts) == 0 {
			return Case{}, false
		}
		c := opts[r.IntN(len(opts))]
		return frame(r, p, date, s, strings.Replace(s, " "+c[0]+" ", " "+c[1]+" ", 1), ""), true
	}
	type edit struct {
		i    int
		with []string
	}
	var opts []edit
	for i, w := range ws {
		if i == 0 || i+1 == len(ws) {
			continue
		}
		switch {
		case w == "not" || w == "never":
			opts = append(opts, edit{i, nil})
		case auxiliaries[w] && isLowerWord(ws[i+1]) && ws[i+1] != "not" && ws[i+1] != "never":
			opts = append(opts, edit{i, []string{w, "not"}})
		case strings.HasSuffix(w, "n't") && w != "can't" && w != "won't" && len(w) > 4:
			opts = append(opts, edit{i, []string{strings.TrimSuffix(w, "n't")}})
		}
	}
	if len(opts) == 0 {
		return Case{}, false
	}
	e := opts[r.IntN(len(opts))]
	out := append(append(append([]string(nil), ws[:e.i]...), e.with...), ws[e.i+1:]...)
	return frame(r, p, date, s, strings.Join(out, " "), "fact"), true
}
