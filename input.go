package main

import (
	"context"
	"errors"
	"io"

	"github.com/wirediff/wirediff/article"
)

// loadAll reads every input in command-line order, each in its own
// encoding (--encoding), and names it as --label says (standard input is
// "stdin" by default); it stops at the first that cannot be read: a
// comparison with a missing article is no use.
func loadAll(ctx context.Context, names []string, c *ioFlags, stdin io.Reader) ([]*article.Document, error) {
	docs := make([]*article.Document, len(names))
	for i, name := range names {
		d, err := loadInput(ctx, i, name, c, stdin)
		if err != nil {
			return nil, err
		}
		docs[i] = d
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
