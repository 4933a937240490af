//go:build unix

package main

import (
	"os/exec"
	"testing"
)

// runAll runs both commands of a pair as often as asked, one ratio per
// pair, and fails on a command that cannot start.
func TestRunAll(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	fast := []string{sh, "-c", "exit 0"}
	slow := []string{sh, "-c", "exit 1"} // an exit status other than 0 is no error
	stats, walls, _, err := runAll([][]string{fast, slow}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(stats) != 2 || len(stats[0].ms) != 3 || len(stats[1].ms) != 3 || len(walls) != 3 {
		t.Fatalf("got %d commands, %d and %d runs, %d ratios; want 2, 3, 3, 3", len(stats), len(stats[0].ms), len(stats[1].ms), len(walls))
	}
	for k, r := range walls {
		if want := float64(stats[1].ms[k].wall) / float64(stats[0].ms[k].wall); r != want || r <= 0 {
			t.Errorf("ratio %d = %v, want %v", k, r, want)
		}
	}
	stats, walls, _, err = runAll([][]string{fast}, 2)
	if err != nil || len(stats) != 1 || len(stats[0].ms) != 2 || walls != nil {
		t.Errorf("one command: %d commands, %v ratios, %v", len(stats), walls, err)
	}
	if _, _, _, err := runAll([][]string{{"/nonexistent/command"}}, 1); err == nil {
		t.Error("a command that cannot start gave no error")
	}
}

func TestMedianOf(t *testing.T) {
	for _, tc := range []struct {
		xs   []float64
		want float64
	}{
		{[]float64{3}, 3},
		{[]float64{3, 1, 2}, 2},
		{[]float64{4, 1, 3, 2}, 2.5},
	} {
		if got := medianOf(tc.xs); got != tc.want {
			t.Errorf("medianOf = %v, want %v", got, tc.want)
		}
	}
}
