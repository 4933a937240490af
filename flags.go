package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/render"
)

// ioFlags are the flags that wirediff and wirediff search share: how
// inputs are read and where and how the report is written.
type ioFlags struct {
	format            string
	output            string
	color             string
	ignoreBoilerplate bool
	strict            bool
	encoding          string
	maxSize           byteSize
}

// bindOutput binds the output flags (format, output, color) and, after the
// command's own flags, bindInput the input flags, keeping the order of the
// usage texts.
func (c *ioFlags) bindOutput(fs *pflag.FlagSet) {
	fs.StringVarP(&c.format, "format", "f", "term", "")
	fs.StringVarP(&c.output, "output", "o", "", "")
	fs.StringVar(&c.color, "color", "auto", "")
}

func (c *ioFlags) bindInput(fs *pflag.FlagSet) {
	fs.BoolVar(&c.ignoreBoilerplate, "ignore-boilerplate", false, "")
	fs.BoolVar(&c.strict, "strict", false, "")
	fs.StringVar(&c.encoding, "encoding", "", "")
	c.maxSize = byteSize(article.DefaultMaxSize)
	fs.Var(&c.maxSize, "max-size", "")
}

// check validates the shared flag values.
func (c *ioFlags) check() error {
	switch c.format {
	case "term", "html", "json":
	default:
		return withHint(fmt.Errorf("unknown format %q: want term, html or json", c.format), formatHint)
	}
	switch c.color {
	case "auto", "always", "never":
	default:
		return withHint(fmt.Errorf("unknown --color value %q: want auto, always or never", c.color),
			"--color auto colours only on a terminal and not when NO_COLOR is set; always also in a pipe (e.g. into less -R); never not at all")
	}
	if c.encoding != "" {
		if err := article.CheckEncoding(c.encoding); err != nil {
			return withHint(err, "--encoding takes a WHATWG label, e.g. utf-8, windows-1252, latin1, utf-16le, shift_jis or gb18030")
		}
	}
	return nil
}

func (c *ioFlags) alignOptions() align.Options {
	return align.Options{IgnoreBoilerplate: c.ignoreBoilerplate, Strict: c.strict}
}

func (c *ioFlags) loadOptions(stdin io.Reader) article.LoadOptions {
	return article.LoadOptions{MaxSize: int64(c.maxSize), Stdin: stdin, Encoding: c.encoding}
}

// config holds the parsed command line.
type config struct {
	ioFlags
	quiet      bool
	stat       bool
	sideBySide bool
	order      string       // the --order flag as given
	termOrder  render.Order // order, parsed by check
	version    bool
	help       bool
	base       string

	inputs []string // BASE first, then each OTHER
}

// flagSet binds every flag, short and long, to one field of c.
func (c *config) flagSet() *pflag.FlagSet {
	fs := pflag.NewFlagSet("wirediff", pflag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by run, with the prefix and a hint
	fs.SortFlags = false
	c.bindOutput(fs)
	fs.BoolVarP(&c.quiet, "quiet", "q", false, "")
	fs.BoolVar(&c.stat, "stat", false, "")
	fs.BoolVarP(&c.sideBySide, "side-by-side", "y", false, "")
	fs.StringVar(&c.order, "order", "base", "")
	c.bindInput(fs)
	fs.BoolVar(&c.version, "version", false, "")
	fs.BoolVarP(&c.help, "help", "h", false, "")
	fs.StringVar(&c.base, "base", "", "")
	return fs
}

// check validates the flag values and the operands.
func (c *config) check(args []string) error {
	if err := c.ioFlags.check(); err != nil {
		return err
	}
	order, err := render.ParseOrder(c.order)
	if err != nil {
		return withHint(fmt.Errorf("unknown --order value %q: want base or other", c.order), "--order other follows OTHER's sentence order, --order base (the default) BASE's")
	}
	c.termOrder = order
	switch c.base {
	case "", "auto":
	default:
		return withHint(fmt.Errorf("unknown --base value %q: want auto (or give BASE first)", c.base), "without --base the first article is BASE; --base auto picks the article the others carry most of")
	}
	if len(args) < 2 {
		return operandsHint(fmt.Errorf("need a BASE and at least one OTHER article, got %d", len(args)), args)
	}
	stdin := 0
	for _, a := range args {
		if a == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return withHint(fmt.Errorf("standard input (-) can be given only once"), "read one article from standard input and give the others as files or URLs")
	}
	c.inputs = args
	return nil
}

// byteSize is a flag value for a size in bytes with an optional unit:
// 1048576, 512K, 32MiB, 1GB (K, M and G are powers of 1024).
type byteSize int64

func (s *byteSize) String() string { return strconv.FormatInt(int64(*s), 10) }
func (s *byteSize) Type() string   { return "size" }

func (s *byteSize) Set(v string) error {
	t := strings.ToUpper(strings.TrimSpace(v))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GIB", 1 << 30}, {"MIB", 1 << 20}, {"KIB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return fmt.Errorf("invalid size %q: want a positive number of bytes, optionally with K, M or G", v)
	}
	*s = byteSize(n * mult)
	return nil
}
