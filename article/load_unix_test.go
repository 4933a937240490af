//go:build unix

package article

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A named pipe has no size to check first: ReadFile refuses it once it
// has read past the limit.
func TestReadFilePipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.Write([]byte(strings.Repeat("x", 2000))) // fails once the reader is gone
		f.Close()
	}()
	_, err := ReadFile(fifo, 1024)
	wantInputError(t, err, fifo+": is larger than the 1 KiB limit; use --max-size to raise it")
	<-done
}
