package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/wirediff/wirediff/article"
)

// A hintError is a mistake on the command line together with the hint
// that fits it, printed after the message as "wirediff: hint: ...".
type hintError struct {
	err  error
	hint string
}

func (e *hintError) Error() string { return e.err.Error() }
func (e *hintError) Unwrap() error { return e.err }

// withHint attaches a hint to err.
func withHint(err error, format string, a ...any) error {
	return &hintError{err: err, hint: fmt.Sprintf(format, a...)}
}

// hintOf returns the hint that err carries: a hintError's, or an
// *article.InputError's Hint; "" if none.
func hintOf(err error) string {
	var he *hintError
	if errors.As(err, &he) {
		return he.hint
	}
	var ie *article.InputError
	if errors.As(err, &ie) {
		return ie.Hint
	}
	return ""
}

// fail reports err, and its hint if it has one, and returns the exit
// status for trouble.
func fail(stderr io.Writer, err error) int {
	errorf(stderr, "%v", err)
	if h := hintOf(err); h != "" {
		hintf(stderr, "%s", h)
	}
	return exitTrouble
}

// flagHint gives the hint for an error of the flag parser: what the
// flag takes, when a value was wrong or missing; the usage text
// otherwise (an unknown flag, say).
func flagHint(err error, cmd string) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, `"--max-size"`) || strings.HasSuffix(msg, "--max-size"):
		return withHint(err, "--max-size takes a number of bytes with an optional unit: 1048576, 512K, 32MiB or 1GB")
	case strings.Contains(msg, "--format") || strings.Contains(msg, "shorthand: f"):
		return withHint(err, formatHint)
	}
	return withHint(err, "run '%s --help' for usage", cmd)
}

// formatHint lists the output formats.
const formatHint = "-f/--format takes term (the terminal), html (one self-contained page) or json (for programs), e.g. -f html -o report.html"

// operandsHint is the hint for too few operands of wirediff: the usage
// line and an example, or the search command when the one operand given
// is a folder.
func operandsHint(err error, args []string) error {
	if len(args) == 1 {
		if info, statErr := os.Stat(args[0]); statErr == nil && info.IsDir() {
			return withHint(err, "to look for reuse of an article in a folder, run 'wirediff search QUERY %s'", args[0])
		}
	}
	return withHint(err, "usage: wirediff [flags] BASE OTHER [OTHER...], e.g. wirediff wire.txt rewrite.txt")
}
