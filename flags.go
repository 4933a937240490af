package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
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
	encodings         []string // the --encoding values as given, each [INPUT=]NAME
	labels            []string // the --label values, one per input in order
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
	fs.StringArrayVar(&c.encodings, "encoding", nil, "")
	fs.StringArrayVar(&c.labels, "label", nil, "")
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
	for _, e := range c.encodings {
		input, label := splitEncoding(e)
		if err := article.CheckEncoding(label); err != nil {
			return withHint(err, "--encoding takes [INPUT=]NAME with a WHATWG label as NAME, e.g. utf-8, windows-1252, latin1, utf-16le, shift_jis or gb18030")
		}
		if input == "" && strings.Contains(e, "=") {
			return withHint(fmt.Errorf("--encoding %q names no input before =", e), "--encoding INPUT=NAME reads INPUT (as given on the command line) in NAME; --encoding NAME reads every other input in NAME")
		}
	}
	return nil
}

// splitEncoding splits an --encoding value, [INPUT=]NAME, at its last
// "=": an encoding label never holds one, a file name may.
func splitEncoding(v string) (input, label string) {
	if i := strings.LastIndexByte(v, '='); i >= 0 {
		return v[:i], v[i+1:]
	}
	return "", v
}

// checkInputs checks the per-input flags against the inputs (as given,
// in order): every INPUT an --encoding names is one of them, a bare
// --encoding is given at most once, and there are no more --label values
// than inputs, none of them empty.
func (c *ioFlags) checkInputs(inputs []string) error {
	bare := 0
	for _, e := range c.encodings {
		input, _ := splitEncoding(e)
		if input == "" {
			bare++
			continue
		}
		if !slices.Contains(inputs, input) {
			return withHint(fmt.Errorf("--encoding %s: %s is not one of the inputs", e, input),
				"name the input as on the command line (- for standard input): --encoding %s=NAME", quoteArg(inputs[len(inputs)-1]))
		}
	}
	if bare > 1 {
		return withHint(errors.New("--encoding without an input given more than once"),
			"a bare --encoding NAME applies to every input not named otherwise; name the others: --encoding INPUT=NAME")
	}
	if len(c.labels) > len(inputs) {
		return withHint(fmt.Errorf("%d --label values for %d inputs", len(c.labels), len(inputs)),
			"--label names the inputs in order, as diff's does: the first --label is the first input's")
	}
	for i, l := range c.labels {
		if strings.TrimSpace(l) == "" {
			return withHint(fmt.Errorf("--label %q for %s: an empty name", l, quoteArg(inputs[i])),
				"give the name to show for that input, or leave the --label out to show its file name")
		}
	}
	return nil
}

// encodingFor returns the encoding label to read input with: the last
// --encoding INPUT=NAME naming it, else the bare --encoding NAME, else ""
// (detect).
func (c *ioFlags) encodingFor(input string) string {
	named, bare := "", ""
	for _, e := range c.encodings {
		switch in, label := splitEncoding(e); in {
		case input:
			named = label
		case "":
			bare = label
		}
	}
	if named != "" {
		return named
	}
	return bare
}

// labelFor returns the name input i is shown under: its --label, else
// "stdin" for standard input, else the input as given.
func (c *ioFlags) labelFor(i int, input string) string {
	switch {
	case i < len(c.labels):
		return c.labels[i]
	case input == "-":
		return "stdin"
	}
	return input
}

// quoteArg quotes s for a POSIX shell when it needs it, for a hint the
// user can paste.
func quoteArg(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./:@%+,", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func (c *ioFlags) alignOptions() align.Options {
	return align.Options{IgnoreBoilerplate: c.ignoreBoilerplate, Strict: c.strict}
}

// loadOptions returns the options to read input with.
func (c *ioFlags) loadOptions(stdin io.Reader, input string) article.LoadOptions {
	return article.LoadOptions{MaxSize: int64(c.maxSize), Stdin: stdin, Encoding: c.encodingFor(input)}
}

// config holds the parsed command line.
type config struct {
	ioFlags
	quiet      bool
	all        bool // --all-findings
	stat       bool
	sideBySide bool
	order      string       // the --order flag as given
	context    int          // -U, --context: unchanged sentences shown around a change
	full       bool         // --full: every sentence
	width      int          // --width, or -1 when not given
	noPager    bool         // --no-pager
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
	fs.BoolVar(&c.all, "all-findings", false, "")
	fs.BoolVar(&c.stat, "stat", false, "")
	fs.BoolVarP(&c.sideBySide, "side-by-side", "y", false, "")
	fs.StringVar(&c.order, "order", "base", "")
	fs.IntVarP(&c.context, "context", "U", 2, "")
	fs.BoolVar(&c.full, "full", false, "")
	fs.IntVar(&c.width, "width", -1, "")
	fs.BoolVar(&c.noPager, "no-pager", false, "")
	c.bindInput(fs)
	fs.BoolVar(&c.version, "version", false, "")
	fs.BoolVarP(&c.help, "help", "h", false, "")
	fs.StringVar(&c.base, "base", "", "")
	return fs
}

// check validates the flag values, their combination and the operands
// of the parsed fs.
func (c *config) check(fs *pflag.FlagSet) error {
	args := fs.Args()
	if err := c.ioFlags.check(); err != nil {
		return err
	}
	if c.context < 0 {
		return withHint(fmt.Errorf("invalid --context %d: want 0 or more sentences", c.context), "-U 0 shows the changes alone, -U 2 (the default) two unchanged sentences around each, --full every sentence")
	}
	if fs.Changed("width") && c.width < 0 {
		return withHint(fmt.Errorf("invalid --width %d: want 0 or more columns", c.width), "--width 100 wraps to 100 columns, --width 0 does not wrap")
	}
	order, err := render.ParseOrder(c.order)
	if err != nil {
		return withHint(fmt.Errorf("unknown --order value %q: want base or other", c.order), "--order other follows OTHER's sentence order, --order base (the default) BASE's")
	}
	c.termOrder = order
	if err := c.checkCombination(fs); err != nil {
		return err
	}
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
	if err := c.checkInputs(args); err != nil {
		return err
	}
	if err := refuseOverwrite(c.output, args); err != nil {
		return err
	}
	c.inputs = args
	return nil
}

// checkCombination refuses the flags that would do nothing with the
// others given: the terminal's flags with -f json or html, and --stat
// with -y. What a format does anyway is accepted: -y and --full with html
// (the page shows every sentence in two columns), --full and --order base
// with json (which holds every record, in BASE order).
func (c *config) checkCombination(fs *pflag.FlagSet) error {
	if c.format == "term" {
		if c.stat && c.sideBySide {
			return withHint(errors.New("--stat and -y/--side-by-side do not go together: --stat prints one line per OTHER, with no sentences"),
				"use --stat for the overview, -y for the sentences in two columns")
		}
		return nil
	}
	elsewhere := "the JSON holds every record and its summary, for a program to choose from"
	if c.format == "html" {
		elsewhere = "the HTML report shows the summary, the checks and every sentence, BASE and OTHER side by side"
	}
	refuse := func(flag, does string) error {
		return withHint(fmt.Errorf("%s does nothing with -f %s: it %s", flag, c.format, does),
			"%s; leave %s out, or drop -f %s for the terminal", elsewhere, flag, c.format)
	}
	switch {
	case c.quiet:
		if c.format == "json" {
			return withHint(errors.New("-q/--quiet does nothing with -f json: it shortens the terminal output"),
				"the JSON is for programs: take what you need, e.g. jq '.comparisons[] | {verdict, summary, quotes, typos, facts}'")
		}
		return refuse("-q/--quiet", "shortens the terminal output")
	case c.stat:
		if c.format == "json" {
			return withHint(errors.New("--stat does nothing with -f json: it prints one line per OTHER on the terminal"),
				"the counts are in the JSON: jq '.comparisons[].summary'")
		}
		return refuse("--stat", "prints one line per OTHER on the terminal")
	case c.sideBySide && c.format == "json":
		return refuse("-y/--side-by-side", "lays out the terminal output")
	case c.termOrder == render.OtherOrder:
		if c.format == "json" {
			return withHint(errors.New("--order other does nothing with -f json: it orders the terminal output"),
				"each record gives its OTHER sentences: sort by them, e.g. jq '.comparisons[].sentences | sort_by(.other[0])'")
		}
		return refuse("--order other", "orders the terminal output")
	case fs.Changed("context"):
		return refuse("-U/--context", "folds unchanged sentences in the terminal output")
	case fs.Changed("width"):
		return refuse("--width", "wraps the terminal output")
	}
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

// refuseOverwrite reports an error when the -o file is one of the inputs
// (the same file, by any path or link, or the file standard input reads,
// as in "wirediff -o b.txt a.txt - < b.txt"): the report would replace an
// article before, or instead of, reading it.
func refuseOverwrite(output string, inputs []string) error {
	if output == "" || output == "-" {
		return nil
	}
	out, err := os.Stat(output)
	if err != nil {
		return nil // not there yet: no input can be it
	}
	for _, in := range inputs {
		if in == "-" {
			if st, err := os.Stdin.Stat(); err == nil && st.Mode().IsRegular() && os.SameFile(out, st) {
				return withHint(fmt.Errorf("-o %s is the file standard input (-) reads: writing the report would overwrite it", output),
					"give -o a new file name, e.g. -o report.html")
			}
			continue
		}
		if st, err := os.Stat(in); err == nil && os.SameFile(out, st) {
			return withHint(fmt.Errorf("-o %s is the input %s: writing the report would overwrite it", output, in),
				"give -o a new file name, e.g. -o report.html")
		}
	}
	return nil
}
