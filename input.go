package main

import (
	"context"

	"github.com/wirediff/wirediff/article"
)

// loadAll reads every input in command-line order and stops at the first
// that cannot be read: a comparison with a missing article is no use.
func loadAll(ctx context.Context, names []string, opts article.LoadOptions) ([]*article.Document, error) {
	docs := make([]*article.Document, len(names))
	for i, name := range names {
		d, err := article.Load(ctx, name, opts)
		if err != nil {
			return nil, err
		}
		docs[i] = d
	}
	return docs, nil
}
