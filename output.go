package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/term"

	"github.com/wirediff/wirediff/render"
	"github.com/wirediff/wirediff/report"
)

// writeReport renders rep in the chosen format to standard output or, with
// -o, to a file that is written whole or not at all.
func writeReport(c *config, rep *report.Report, stdout io.Writer) error {
	return c.write(stdout, func(w, tty io.Writer) error { return renderTo(c, rep, w, tty) })
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
		Width:      width,
		Quiet:      c.quiet,
		Stat:       c.stat,
		SideBySide: c.sideBySide,
		Order:      c.termOrder,
	}
	if opts.Width == 0 && opts.SideBySide {
		opts.Width = 120 // two columns need a width, even in a pipe
	}
	return render.Term(w, rep, opts)
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
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*")
	if err != nil {
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
