package main

import "testing"

// TestNearDup: two pool sentences are near-duplicates when they have a
// run of nearRun words in common, whatever the case; one sentence alone
// or shorter runs are not.
func TestNearDup(t *testing.T) {
	pool := []string{
		"You should have received a copy of the GNU General Public License along with this program.",
		"you should have received a copy of the GNU Lesser General Public License along with this library.",
		"The 30-year bond US30YT=RR fell 10/32, taking its yield to 4.21 percent.",
		"The 30-year bond US30YT=RR rose 5/32 to yield 4.19 percent.",
	}
	n := nearDup{pool: pool, runs: map[int]map[string]bool{}}
	for _, c := range []struct {
		a, b []int
		want bool
	}{
		{[]int{0}, []int{1}, true},       // "you should have received a copy"
		{[]int{2}, []int{3}, false},      // "the 30-year bond us30yt=rr" is five words
		{[]int{2, 0}, []int{3, 1}, true}, // any sentence of each
		{nil, []int{1}, false},
	} {
		if got := n.share(c.a, c.b); got != c.want {
			t.Errorf("share(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
