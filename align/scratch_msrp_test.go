package align

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

func TestScratchMSRP(t *testing.T) {
	data, _ := os.ReadFile("/work/shared/data/msrp/msr_paraphrase_train.txt")
	var pos, neg [][2]string
	for _, l := range strings.Split(string(data), "\n") {
		f := strings.Split(l, "\t")
		if len(f) < 5 {
			continue
		}
		if f[0] == "1" {
			pos = append(pos, [2]string{f[3], f[4]})
		} else if f[0] == "0" {
			neg = append(neg, [2]string{f[3], f[4]})
		}
	}
	all := append(append([][2]string{}, pos...), neg...)
	var rnd [][2]string
	for i := range all {
		rnd = append(rnd, [2]string{all[i][0], all[(i+37)%len(all)][1]})
	}
	run := func(name string, ps [][2]string) {
		var d, k, sm, cm []float64
		for _, p := range ps {
			v := newVocab()
			a := v.analyse(p[0])
			b := v.analyse(p[1])
			v.finishBackground()
			v.weigh(&a)
			v.weigh(&b)
			s := v.score(&a, &b)
			d = append(d, s.dice)
			k = append(k, s.kept)
			sm = append(sm, float64(s.sharedMax)/1000)
			cm = append(cm, float64(s.contentMax)/1000)
		}
		q := func(x []float64) string {
			y := append([]float64{}, x...)
			sort.Float64s(y)
			n := len(y)
			return fmt.Sprintf("p01=%.3f p02=%.3f p05=%.3f p10=%.3f p50=%.3f p90=%.3f p95=%.3f p98=%.3f p99=%.3f", y[n/100], y[n/50], y[n/20], y[n/10], y[n/2], y[n*9/10], y[n*95/100], y[n*98/100], y[n*99/100])
		}
		fmt.Println(name, len(ps))
		fmt.Println(" dice", q(d))
		fmt.Println(" kept", q(k))
		fmt.Println(" smax", q(sm))
		fmt.Println(" cmax", q(cm))
	}
	run("pos", pos)
	run("neg", neg)
	run("rnd", rnd)
}
