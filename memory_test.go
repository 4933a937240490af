package main

import "testing"

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
