package editbench

import (
	"math/rand/v2"
	"strings"
	"time"
)

// The generator's own word lists for qualifierKinds, apart from the ones
// the checks read, so that the benchmark tests those.
var (
	// benchHedges mark a claim as unproven; dropped, it reads as fact.
	benchHedges = map[string]bool{"alleged": true, "allegedly": true, "suspected": true, "reportedly": true,
		"apparently": true, "possibly": true, "probably": true, "likely": true, "presumably": true}
	// benchRoles make a post another post.
	benchRoles = map[string]bool{"former": true, "deputy": true, "acting": true, "interim": true,
		"vice": true, "assistant": true}
	// benchPosts are posts a "former" can be put before.
	benchPosts = map[string]bool{"president": true, "minister": true, "secretary": true, "senator": true,
		"governor": true, "mayor": true, "chairman": true, "director": true, "ambassador": true,
		"spokesman": true, "spokeswoman": true, "commissioner": true, "chief": true, "prosecutor": true,
		"judge": true, "executive": true, "officer": true, "general": true, "manager": true}
	// benchAuxiliaries take a "reportedly" after them: "was reportedly killed".
	benchAuxiliaries = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true,
		"had": true, "have": true}
)

// qualifierCase builds the cases of qualifierKinds from the first plain
// sentence, from a random place in the pool on, that offers the edit:
//   - fact/hedge: a hedge dropped ("the alleged gunman" → "the gunman"),
//     "could", "may" or "might" made "will" before a verb, or
//     "reportedly" put after an auxiliary ("was killed" → "was reportedly
//     killed");
//   - fact/role: a qualifier of a post dropped ("former Senator" →
//     "Senator") or "former" put before a post;
//   - same/role-form: "former minister" written "ex-minister", which says
//     the same.
func qualifierCase(r *rand.Rand, p *pool, date time.Time, kind string) (Case, bool) {
	start := r.IntN(len(p.plain))
	for k := range p.plain {
		s := p.plain[(start+k)%len(p.plain)]
		if edits := qualifierEdits(s, kind); len(edits) > 0 {
			check := "fact"
			if strings.HasPrefix(kind, "same/") {
				check = ""
			}
			return frame(r, p, date, s, edits[r.IntN(len(edits))], check), true
		}
	}
	return Case{}, false
}

// qualifierEdits returns the sentences that kind's edit makes of s.
func qualifierEdits(s, kind string) []string {
	ws := strings.Fields(s)
	var out []string
	join := func(i int, with ...string) {
		out = append(out, strings.Join(append(append(append([]string(nil), ws[:i]...), with...), ws[i+1:]...), " "))
	}
	for i := 1; i+1 < len(ws); i++ {
		w, next := ws[i], strings.TrimRight(ws[i+1], ".,;:")
		low := strings.ToLower(next)
		switch kind {
		case "fact/hedge":
			switch {
			case benchHedges[w] && isWordLike(next):
				join(i)
			case (w == "could" || w == "may" || w == "might") && isLowerWord(next) && next != "not" && next != "be" && next != "have":
				join(i, "will")
			case benchAuxiliaries[w] && isLowerWord(next) && strings.HasSuffix(next, "ed") && !benchHedges[next]:
				join(i, w, "reportedly")
			}
		case "fact/role":
			switch {
			case benchRoles[strings.ToLower(w)] && isWordLike(next) && w == strings.ToLower(w):
				join(i)
			case benchPosts[low] && !benchRoles[strings.ToLower(ws[i-1])] && isWordLike(strings.TrimRight(ws[i-1], ".,;:")) && w == strings.TrimRight(w, ".,;:"):
				join(i, "former", w)
			}
		case "same/role-form":
			if w == "former" && isLowerWord(next) && benchPosts[next] {
				out = append(out, strings.Join(append(append(append([]string(nil), ws[:i]...), "ex-"+ws[i+1]), ws[i+2:]...), " "))
			}
		}
	}
	return out
}

// isWordLike reports whether w is letters only, of any case.
func isWordLike(w string) bool {
	return w != "" && isLowerWord(strings.ToLower(w))
}
