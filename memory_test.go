package main

import (
	"bytes"
	"os"
	"path/filepath"
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

func TestSmallRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, size int) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, bytes.Repeat([]byte("a"), size), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	small, other := write("small.txt", 3000), write("other.txt", 5000)
	half := write("half.txt", smallRunBytes/2+1)
	for _, tt := range []struct {
		name   string
		inputs []string
		want   bool
	}{
		{"two articles", []string{small, other}, true},
		{"together just over the bound", []string{half, half}, false},
		{"one at the bound", []string{write("bound.txt", smallRunBytes)}, true},
		{"standard input", []string{small, "-"}, false},
		{"a folder", []string{small, dir}, false},
		{"a URL", []string{small, "https://example.com/story"}, false},
		{"a missing file", []string{small, filepath.Join(dir, "missing.txt")}, false},
		{"no input", nil, false},
	} {
		if got := smallRun(tt.inputs); got != tt.want {
			t.Errorf("%s: smallRun = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSmallRunGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte("A story."), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOGC", "50")
	os.Unsetenv("GOGC") // t.Setenv restores it after the test
	if !smallRunGC([]string{p, p}) || debug.SetGCPercent(100) != smallRunGCPercent {
		t.Error("a small run without GOGC: collector not set to smallRunGCPercent")
	}
	t.Setenv("GOGC", "50")
	if smallRunGC([]string{p, p}) || debug.SetGCPercent(100) != 100 {
		t.Error("GOGC in the environment was overridden")
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
