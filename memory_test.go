package main

import (
	"os"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/article"
)

func TestMemAvailable(t *testing.T) {
	got, err := memAvailable([]byte("MemTotal:       24683880 kB\nMemFree:        13956440 kB\nMemAvailable:   19505548 kB\nBuffers:          185316 kB\n"))
	if err != nil || got != 19505548<<10 {
		t.Errorf("memAvailable = %d, %v; want %d", got, err, int64(19505548)<<10)
	}
	for _, bad := range []string{"", "MemAvailable: x kB\n", "MemAvailable: 12 MB\n", "MemAvailable: -3 kB\n"} {
		if _, err := memAvailable([]byte(bad)); err == nil {
			t.Errorf("memAvailable(%q): no error", bad)
		}
	}
}

// tuneCollector lowers the collector's target for a large input only,
// and never over the user's GOGC.
func TestTuneCollector(t *testing.T) {
	if v, set := os.LookupEnv("GOGC"); set {
		t.Skipf("GOGC=%s is set for the tests", v)
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	small := &article.Document{Text: strings.Repeat("x", largeInputBytes/2-1)}
	large := &article.Document{Text: strings.Repeat("x", largeInputBytes/2)}
	if tuneCollector([]*article.Document{small, large}) || debug.SetGCPercent(100) != 100 {
		t.Error("the target changed for an input under largeInputBytes")
	}
	if !tuneCollector([]*article.Document{large, large}) {
		t.Error("tuneCollector did nothing for an input of largeInputBytes")
	}
	if got := debug.SetGCPercent(100); got != largeInputGC {
		t.Errorf("target %d for a large input, want %d", got, largeInputGC)
	}
	t.Setenv("GOGC", "200")
	if tuneCollector([]*article.Document{large, large}) || debug.SetGCPercent(100) != 100 {
		t.Error("the target changed although GOGC is set")
	}
}
