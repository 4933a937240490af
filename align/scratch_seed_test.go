package align

import (
	"fmt"
	"os"
	"testing"
)

func dump(c *Comparison) {
	for _, r := range c.Sentences {
		fmt.Printf("%-11s %.3f mv=%v B%v O%v\n", r.Kind, r.Score, r.Moved, r.Base, r.Other)
		for _, i := range r.Base {
			fmt.Printf("   B: %.150s\n", c.Base.Sentences[i].Text)
		}
		for _, j := range r.Other {
			fmt.Printf("   O: %.150s\n", c.Other.Sentences[j].Text)
		}
		if r.Kind == Edited {
			fmt.Printf("   D: %q\n", r.Diff)
		}
	}
	fmt.Printf("%+v\n%v\n", c.Summary, c.Paragraphs)
}
func TestScratchSeed(t *testing.T) {
	a, b := seed(t, os.Getenv("A")), seed(t, os.Getenv("B"))
	dump(Compare(a, b, Options{}))
}
func TestScratchCands(t *testing.T) {
	a, b := seed(t, os.Getenv("A")), seed(t, os.Getenv("B"))
	v := newVocab()
	var bs, os_ []sentence
	for _, s := range a.Sentences {
		x := v.analyse(s.Text)
		v.count(&x)
		bs = append(bs, x)
	}
	for _, s := range b.Sentences {
		x := v.analyse(s.Text)
		v.count(&x)
		os_ = append(os_, x)
	}
	v.finish(len(bs) + len(os_))
	for k := range bs {
		v.weigh(&bs[k])
	}
	for k := range os_ {
		v.weigh(&os_[k])
	}
	for _, p := range candidates(v, bs, os_) {
		ps := v.score(&bs[p.i], &os_[p.j])
		if ps.dice < 0.2 && ps.kept < 0.3 {
			continue
		}
		fmt.Printf("B%d O%d dice=%.3f kept=%.3f keptW=%d smax=%d num=%v\n   %.90s\n   %.90s\n", p.i, p.j, ps.dice, ps.kept, ps.keptW, ps.sharedMax, ps.numConflict, a.Sentences[p.i].Text, b.Sentences[p.j].Text)
	}
}
func TestScratchWhy(t *testing.T) {
	a, b := seed(t, os.Getenv("A")), seed(t, os.Getenv("B"))
	v := newVocab()
	var bs, os_ []sentence
	for _, s := range a.Sentences {
		x := v.analyse(s.Text)
		v.count(&x)
		bs = append(bs, x)
	}
	for _, s := range b.Sentences {
		x := v.analyse(s.Text)
		v.count(&x)
		os_ = append(os_, x)
	}
	v.finish(len(bs) + len(os_))
	for k := range bs {
		v.weigh(&bs[k])
	}
	for k := range os_ {
		v.weigh(&os_[k])
	}
	m := newMatcher(v, bs, os_, paragraphsOf(a, seq(len(bs))), paragraphsOf(b, seq(len(os_))))
	m.brole, m.orole = rolesOf(a, seq(len(bs))), rolesOf(b, seq(len(os_)))
	m.run()
	var bi, oj int
	fmt.Sscan(os.Getenv("P"), &bi, &oj)
	ps := v.score(&bs[bi], &os_[oj])
	c := cand{bi, bi + 1, oj, oj + 1, ps, false, strength(ps, false)}
	m.backbone()
	fmt.Printf("%+v\nstrength=%.3f bestB=%.3f bestO=%.3f inGap=%v plaus=%v linkB=%d linkO=%d spine=%v\n", ps, c.strength, m.bestB[bi], m.bestO[oj], m.inGap(c), plausible(ps), m.linkB[bi], m.linkO[oj], m.spine)
}
func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}
