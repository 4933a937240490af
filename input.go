package main

import (
	"context"
	"errors"
	"io"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/wirediff/wirediff/article"
)

// loadAll reads every input, each in its own encoding (--encoding), names
// it as --label says (standard input is "stdin" by default), and fails
// with the error of the first, in command-line order, that cannot be
// read: a comparison with a missing article is no use. Inputs are read
// and parsed in parallel on up to GOMAXPROCS workers (parsing a large
// article is a good part of a run); after an error, inputs not yet
// started are skipped.
//
// Cost: the sum of the inputs' article.Load, spread over the processors.
func loadAll(ctx context.Context, names []string, c *ioFlags, stdin io.Reader) ([]*article.Document, error) {
	if runtime.GOMAXPROCS(0) > 1 {
		// The parsing patterns, compiled on a processor the reading
		// leaves free (see article.Warm).
		go article.Warm()
	}
	docs := make([]*article.Document, len(names))
	errs := make([]error, len(names))
	work := make(chan int)
	var failed atomic.Bool
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				docs[i], errs[i] = loadInput(ctx, i, names[i], c, stdin)
				if errs[i] != nil {
					failed.Store(true)
				}
			}
		}()
	}
	// Inputs are handed out in order, so every input before one that
	// failed has been read: the error reported is the one a reading in
	// order would meet first.
	for i := range names {
		if failed.Load() {
			break
		}
		work <- i
	}
	close(work)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return docs, nil
}

// loadInput reads input i, name, and gives it, and any error about it,
// its label.
func loadInput(ctx context.Context, i int, name string, c *ioFlags, stdin io.Reader) (*article.Document, error) {
	label := c.labelFor(i, name)
	d, err := article.Load(ctx, name, c.loadOptions(stdin, name))
	if err != nil {
		var ie *article.InputError
		if errors.As(err, &ie) && ie.Name == name && label != name {
			ie.Name = label
		}
		return nil, err
	}
	d.Name = label
	return d, nil
}
