// Package lines looks keys up in a sorted table held as plain text: one
// entry a line, the key first, then optionally a space and the entry's
// data, each line ending in '\n', lines in byte order of their keys.
//
// The tables that wirediff embeds (word list, word frequencies, related
// words) are stored this way so that a run reads them where the binary
// maps them: nothing is decompressed, parsed or copied at start-up, and a
// lookup is a binary search over the bytes of the text (O(log n) probes,
// each a short backward scan to the start of a line). The tables cost
// their own size in the binary and no heap.
package lines

import (
	"errors"
	"fmt"
	"strings"
)

// Find returns the data of the line of table whose key is key (the text
// after the key and its space, "" when the line has no data), and whether
// there is such a line. table must satisfy Check. Cost: about log2(len(table))
// probes, no allocation.
func Find(table, key string) (string, bool) {
	lo, hi := 0, len(table) // lo is always the start of a line
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(table[lo:mid], '\n') + 1
		line := table[start:]
		line = line[:strings.IndexByte(line, '\n')]
		k, data, _ := strings.Cut(line, " ")
		switch {
		case k == key:
			return data, true
		case k < key:
			lo = start + len(line) + 1
		default:
			hi = start
		}
	}
	return "", false
}

// Check reports the first way table is not a sorted table that Find can
// search: empty, not ending in '\n', an empty key, or keys not in strictly
// increasing byte order. Cost: one pass over the table; tests call it.
func Check(table string) error {
	if table == "" {
		return errors.New("empty table")
	}
	if !strings.HasSuffix(table, "\n") {
		return errors.New("last line does not end in a newline")
	}
	prev := ""
	for n, at := 1, 0; at < len(table); n++ {
		line := table[at : at+strings.IndexByte(table[at:], '\n')]
		k, _, _ := strings.Cut(line, " ")
		if k == "" {
			return fmt.Errorf("line %d: no key", n)
		}
		if n > 1 && k <= prev {
			return fmt.Errorf("line %d: key %q after %q: not in increasing order", n, k, prev)
		}
		prev = k
		at += len(line) + 1
	}
	return nil
}
