package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/term"

	"github.com/wirediff/wirediff/render"
	"github.com/wirediff/wirediff/report"
)

// writeReport renders rep in the chosen format to standard output or, with
// -o, to a file that is written whole or not at all. The terminal format
// on a terminal goes through the user's pager, unless --no-pager (see
// pagerFor); the pager's complaints go to stderr.
func writeReport(c *config, rep *report.Report, stdout, stderr io.Writer) error {
	render := func(w, tty io.Writer) error { return renderTo(c, rep, w, tty) }
	if f, ok := stdout.(*os.File); ok && c.format == "term" && !c.noPager && (c.output == "" || c.output == "-") {
		if isTTY, _ := terminal(f); isTTY {
			if p := pagerFor(os.LookupEnv); p.command != "" {
				return p.page(f, stderr, func(w io.Writer) error { return render(w, f) })
			}
		}
	}
	return c.write(stdout, render)
}

// write calls render with standard output (buffered) or, with -o, with a
// file that is written whole or not at all. render's tty is the stream to
// inspect for colour and width: standard output, or nil for a file.
func (c *ioFlags) write(stdout io.Writer, render func(w, tty io.Writer) error) error {
	if c.output == "" || c.output == "-" {
		bw := bufio.NewWriter(stdout)
		if err := render(bw, stdout); err != nil {
			return err
		}
		return bw.Flush()
	}
	return writeFileAtomic(c.output, func(w io.Writer) error { return render(w, nil) })
}

// renderTo writes the report to w; tty is the stream to inspect for colour
// and width (nil when writing to a file).
func renderTo(c *config, rep *report.Report, w io.Writer, tty io.Writer) error {
	switch c.format {
	case "json":
		return render.JSON(w, rep)
	case "html":
		return render.HTML(w, rep)
	}
	isTTY, width := terminal(tty)
	opts := render.TermOptions{
		Color:      useColor(c.color, isTTY, os.Getenv("NO_COLOR")),
		Width:      chooseWidth(c.width, isTTY, width, os.Getenv("COLUMNS")),
		Quiet:      c.quiet,
		Stat:       c.stat,
		SideBySide: c.sideBySide,
		Order:      c.termOrder,
		Elide:      !c.full,
		Context:    c.context,
	}
	return render.Term(w, rep, opts)
}

// chooseWidth returns the width to wrap to: --width when given (flag >= 0),
// else the terminal's, else COLUMNS when it is a positive number, else 0,
// no wrapping (and, side by side, the renderer's default width). COLUMNS
// comes after the terminal because a shell sets it for the terminal it
// started in, which may have been resized since.
func chooseWidth(flag int, isTTY bool, ttyWidth int, columns string) int {
	switch {
	case flag >= 0:
		return flag
	case isTTY && ttyWidth > 0:
		return ttyWidth
	}
	if n, err := strconv.Atoi(strings.TrimSpace(columns)); err == nil && n > 0 {
		return n
	}
	return 0
}

// terminal reports whether w is a terminal, and its width if so.
func terminal(w io.Writer) (bool, int) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return false, 0
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil || width <= 0 {
		width = 80
	}
	return true, width
}

// useColor applies --color: always and never win; auto colours a terminal
// unless NO_COLOR is set to anything (https://no-color.org).
func useColor(when string, isTTY bool, noColor string) bool {
	switch when {
	case "always":
		return true
	case "never":
		return false
	}
	return isTTY && noColor == ""
}

// writeFileAtomic writes the file name (following symbolic links) through a
// temporary file in the same directory, renamed into place only when write
// succeeded: a reader never sees half a report, and a failed run leaves any
// old file as it was, with its permissions. A name that is not a regular
// file (/dev/stdout, /dev/null, a named pipe) is written directly: there is
// nothing to replace.
func writeFileAtomic(name string, write func(io.Writer) error) (err error) {
	if strings.HasPrefix(name, "/dev/") || strings.HasPrefix(name, "/proc/") {
		return writeDirect(name, write) // /dev/stdout may lead to a regular file: never rename over it
	}
	target, mode := name, os.FileMode(0o644)
	if real, err := filepath.EvalSymlinks(name); err == nil {
		target = real
	}
	if info, err := os.Stat(target); err == nil {
		if !info.Mode().IsRegular() {
			return writeDirect(name, write)
		}
		mode = info.Mode().Perm()
		if err := refuseReadOnly(name, target, mode); err != nil {
			return err
		}
	}
	dir := filepath.Dir(target)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		// Say what the user gave, not the temporary file's name.
		problem := "no such folder"
		if err == nil {
			problem = "not a folder"
		} else if !errors.Is(err, fs.ErrNotExist) {
			problem = "cannot open the folder"
		}
		return withHint(fmt.Errorf("writing %s: %s: %s", name, filepath.Dir(name), problem),
			"create the folder first (mkdir -p %s) or give -o a path in one that exists", quoteArg(filepath.Dir(name)))
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(target)+".*")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the temporary name means nothing to the user
		}
		return fmt.Errorf("writing %s: %w", name, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	if err = write(bw); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err = tmp.Chmod(mode); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err = os.Rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}

// refuseReadOnly refuses to replace the existing file target (given as
// name) that its owner may not write, or that this process may not open
// for writing: the rename that replaces a report atomically needs only
// the folder's permission, so without this check a file made read-only
// to keep it would be overwritten all the same, where a shell's
// redirection would have failed.
func refuseReadOnly(name, target string, mode os.FileMode) error {
	hint := func() error {
		return withHint(fmt.Errorf("writing %s: the file is read-only", name),
			"give -o another file, or make this one writable first (chmod u+w %s) if it may be replaced", quoteArg(name))
	}
	if mode&0o200 == 0 {
		return hint()
	}
	f, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return hint()
		}
		return nil // the write itself will say what is wrong
	}
	f.Close()
	return nil
}

// writeDirect writes to name, which is not a regular file, as it is.
func writeDirect(name string, write func(io.Writer) error) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	bw := bufio.NewWriter(f)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}
