package main

import "testing"

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int{"1048576": 1 << 20, "1MB": 1 << 20, "512KB": 512 << 10, "1.5mb": 3 << 19, " 2KB ": 2048} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v, want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "MB", "-1MB", "1GB", "x"} {
		if _, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q): no error", in)
		}
	}
}
