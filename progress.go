package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"
)

// showProgress prints status() on stderr, on one line rewritten in place
// four times a second, once the work has run for longer than after; the
// returned stop clears the line. When stderr is not a terminal it prints
// nothing, so logs and pipes never see progress.
func showProgress(stderr io.Writer, after time.Duration, status func() string) (stop func()) {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		timer := time.NewTimer(after)
		defer timer.Stop()
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		select {
		case <-done:
			return
		case <-timer.C:
		}
		for {
			fmt.Fprintf(f, "\r\x1b[Kwirediff: %s", status())
			select {
			case <-done:
				fmt.Fprint(f, "\r\x1b[K")
				return
			case <-tick.C:
			}
		}
	}()
	return func() {
		close(done)
		wg.Wait()
	}
}
