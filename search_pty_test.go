//go:build linux

package main

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal and returns its two ends.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skip("no pseudo-terminal:", err)
	}
	fd := int(m.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		m.Close()
		t.Skip("cannot unlock the pseudo-terminal:", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		m.Close()
		t.Skip("no pseudo-terminal number:", err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		t.Skip("cannot open the pseudo-terminal:", err)
	}
	t.Cleanup(func() { s.Close(); m.Close() })
	return m, s
}

// On a terminal, progress shows once the work has run longer than the
// delay, on one line rewritten in place and cleared at the end; a search
// that ends sooner shows nothing.
func TestProgressOnATerminal(t *testing.T) {
	master, slave := openPTY(t)
	status := func() string { return "searching: 1234 files read (3.0 MiB), 2 skipped, 0 compared" }
	stop := showProgress(slave, time.Hour, status)
	stop()
	stop = showProgress(slave, 20*time.Millisecond, status)
	time.Sleep(400 * time.Millisecond)
	stop()
	slave.Write([]byte("end\n"))

	var got strings.Builder
	buf := make([]byte, 4096)
	master.SetReadDeadline(time.Now().Add(5 * time.Second))
	for !strings.Contains(got.String(), "end") {
		n, err := master.Read(buf)
		got.Write(buf[:n])
		if err != nil {
			break
		}
	}
	out := got.String()
	if !strings.HasPrefix(out, "\r\x1b[Kwirediff: searching: 1234 files read (3.0 MiB), 2 skipped, 0 compared") {
		t.Errorf("progress starts %q", out)
	}
	if !strings.Contains(out, "\r\x1b[Kend") {
		t.Errorf("progress line not cleared before the output: %q", out)
	}
}
