package article

import "fmt"

// An InputError says that an input could not be turned into a Document:
// the file is missing, is not text, is too large, the server refused it,
// and so on. Every error returned by Parse and Load is, or wraps, an
// *InputError, so a caller can tell bad input (the user's to fix) from a
// bug with errors.As.
type InputError struct {
	Name    string // the input as given: a path, "-" for standard input, or a URL
	Problem string // what is wrong, in plain words, e.g. "binary data, not text"
	Err     error  // the underlying cause, if any; its text is already in Problem
}

// Error returns "NAME: problem", naming standard input in words.
func (e *InputError) Error() string {
	return displayName(e.Name) + ": " + e.Problem
}

// Unwrap returns the underlying cause, so that errors.Is(err, fs.ErrNotExist)
// and similar checks work through an InputError.
func (e *InputError) Unwrap() error { return e.Err }

// inputErrorf builds an *InputError with a formatted problem and no cause.
func inputErrorf(name, format string, args ...any) *InputError {
	return &InputError{Name: name, Problem: fmt.Sprintf(format, args...)}
}

func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

// sizeString writes a byte count the way people read it: "32 MiB",
// "1.5 KiB", "700 bytes".
func sizeString(n int64) string {
	const (
		kib = 1 << 10
		mib = 1 << 20
		gib = 1 << 30
	)
	unit := func(n int64, size int64, name string) string {
		if n%size == 0 {
			return fmt.Sprintf("%d %s", n/size, name)
		}
		return fmt.Sprintf("%.1f %s", float64(n)/float64(size), name)
	}
	switch {
	case n >= gib:
		return unit(n, gib, "GiB")
	case n >= mib:
		return unit(n, mib, "MiB")
	case n >= kib:
		return unit(n, kib, "KiB")
	case n == 1:
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}
