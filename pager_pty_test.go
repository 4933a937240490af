//go:build linux

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// ptyRun runs wirediff with args and its standard output on a
// pseudo-terminal, and returns what the terminal showed, what went to
// stderr and the exit status.
func ptyRun(t *testing.T, args ...string) (shown, stderr string, code int) {
	t.Helper()
	master, slave := openPTY(t)
	var mu sync.Mutex
	var got bytes.Buffer
	done := make(chan struct{})
	go func() {
		defer close(done)
		buf := make([]byte, 1<<16)
		for {
			n, err := master.Read(buf)
			mu.Lock()
			got.Write(buf[:n])
			end := strings.Contains(got.String(), "\x00end")
			mu.Unlock()
			if err != nil || end {
				return
			}
		}
	}()
	var errb bytes.Buffer
	code = run(args, strings.NewReader(""), slave, &errb)
	slave.Write([]byte("\x00end\n"))
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the terminal never showed the end of the output")
	}
	mu.Lock()
	defer mu.Unlock()
	return got.String(), errb.String(), code
}

// needShell skips the test when there is no sh or sed to run a pager.
func needShell(t *testing.T) {
	for _, p := range []string{"sh", "sed", "true"} {
		if _, err := exec.LookPath(p); err != nil {
			t.Skipf("no %s: %v", p, err)
		}
	}
}

var seedPair = []string{"testdata/seeds/000_c64f40ef166d9df3.txt", "testdata/seeds/001_e4d2f7d4ad65d4f5.txt"}

// On a terminal the report goes through the pager, in colour, and the
// exit status is the comparison's.
func TestPagerOnATerminal(t *testing.T) {
	needShell(t)
	t.Setenv("NO_COLOR", "")
	t.Setenv("WIREDIFF_PAGER", "sed s/^/paged:/")
	shown, stderr, code := ptyRun(t, seedPair...)
	if code != exitDiffers || stderr != "" {
		t.Errorf("exit %d, stderr %q; want %d and nothing", code, stderr, exitDiffers)
	}
	if !strings.HasPrefix(shown, "paged:") || !strings.Contains(shown, "paged:\x1b[") {
		t.Errorf("the report did not go through the pager in colour:\n%.300q", shown)
	}

	// --no-pager writes to the terminal itself.
	shown, _, code = ptyRun(t, append([]string{"--no-pager"}, seedPair...)...)
	if code != exitDiffers || strings.Contains(shown, "paged:") || !strings.Contains(shown, "\x1b[") {
		t.Errorf("--no-pager: exit %d, shown %.300q", code, shown)
	}

	// So does -o -, and "cat" as the pager.
	t.Setenv("PAGER", "cat")
	t.Setenv("WIREDIFF_PAGER", "cat")
	shown, _, _ = ptyRun(t, seedPair...)
	if strings.Contains(shown, "paged:") || !strings.Contains(shown, "base") {
		t.Errorf("cat as the pager: shown %.300q", shown)
	}
}

// A pager that quits before reading everything (the user pressed q) is
// no trouble: the exit status is the comparison's, and nothing is said.
func TestPagerQuitEarly(t *testing.T) {
	needShell(t)
	dir := t.TempDir()
	var a, b strings.Builder
	for i := range 600 {
		fmt.Fprintf(&a, "Paragraph %d says the mayor of Milan spoke on Tuesday about the agents and the Games.\n\n", i)
		fmt.Fprintf(&b, "Paragraph %d says the mayor of Milan spoke on Wednesday about the agents and the Games.\n\n", i)
	}
	pa, pb := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(pa, []byte(a.String()), 0o644)
	os.WriteFile(pb, []byte(b.String()), 0o644)
	t.Setenv("WIREDIFF_PAGER", "true")
	_, stderr, code := ptyRun(t, "--full", pa, pb)
	if code != exitDiffers || stderr != "" {
		t.Errorf("pager quit early: exit %d, stderr %q; want %d and nothing", code, stderr, exitDiffers)
	}
}

// A pager that cannot be started is skipped with a warning: the report
// still shows, and the exit status is the comparison's.
func TestPagerMissing(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	t.Setenv("WIREDIFF_PAGER", "/nonexistent/pager")
	shown, stderr, code := ptyRun(t, seedPair...)
	if code != exitDiffers || !strings.Contains(shown, "testdata/seeds/001") {
		t.Errorf("missing pager: exit %d, shown %.300q", code, shown)
	}
	if !strings.Contains(stderr, `cannot start the pager "/nonexistent/pager" (from WIREDIFF_PAGER)`) || !strings.Contains(stderr, "hint: ") {
		t.Errorf("missing pager: stderr %q", stderr)
	}
}
