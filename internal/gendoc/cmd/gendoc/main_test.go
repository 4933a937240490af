package main

import (
	"os"
	"path/filepath"
	"testing"
)

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

// TestRunMakesFolder: the folder given to -out is made if it is missing,
// and the three files are written into it.
func TestRunMakesFolder(t *testing.T) {
	out := filepath.Join(t.TempDir(), "new", "pair")
	if err := run("16KB", 1, out, filepath.Join("..", "..", "..", "..")); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"base.txt", "other.txt", "truth.tsv"} {
		fi, err := os.Stat(filepath.Join(out, name))
		if err != nil {
			t.Error(err)
		} else if fi.Size() == 0 {
			t.Errorf("%s is empty", name)
		}
	}
}
