package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/pflag"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/corpus"
	"github.com/wirediff/wirediff/render"
)

const searchUsage = `Usage: wirediff search [flags] QUERY DIR [DIR...]
       wirediff search [flags] --against DIR QUERY
       wirediff search [flags] -i INDEX QUERY

Find the files under the folders (plain text and HTML, recursively), or
in an index built with wirediff index build, that carry text of the QUERY
article, copied, edited or reworded; rank them by the share of QUERY they
carry, and show the comparison of the best ones. QUERY is a file, an
http(s) URL, or - for standard input. Files that cannot be read are
reported and skipped.

A first pass finds candidates by the runs of words, pairs of content
words and content words they share with QUERY; the comparison then
measures the share each carries, and --min-reused applies to that.

Flags:
  -i, --index INDEX         search the files indexed in INDEX instead of
                            reading folders; only candidates are read
      --against DIR         search DIR too (may be repeated)
      --min-reused SHARE    a match carries at least this share of QUERY, as
                            the comparison measures it: 0.25 or 25%
                            (default 10%)
      --top N               show at most N matches (default 10); all are
                            counted
      --max-compared N      compare at most the N best candidates
                            (default 200)
  -f, --format FORMAT       output format: term, html or json (default term)
  -o, --output FILE         write to FILE instead of standard output
      --color WHEN          colour the terminal output: auto, always or never
  -q, --quiet               print the ranking only, not the comparisons
  -j, --jobs N              files read at once (default: two per processor)
      --ignore-boilerplate  leave headings, bylines, captions and boilerplate
                            out of the comparisons
      --strict              quote marks, dashes, spaces and joiners count as
                            edits
      --encoding [QUERY=]NAME
                            read QUERY in this encoding instead of detecting it
      --label NAME          show QUERY as NAME (standard input is "stdin")
      --max-size SIZE       skip files larger than SIZE (default 32MiB)
  -h, --help                print this help and exit

Examples:
  wirediff search wire.txt archive/
  wirediff search --min-reused 50% --top 3 -q wire.txt site1/ site2/
  wirediff search -f json --against archive/ wire.txt | jq '.search.matches'
  wirediff index build archive/ -i archive.index
  wirediff search -i archive.index wire.txt

Exit status: 0 if no file carries the --min-reused share of QUERY (as
measured by the comparison), 1 if some file does, 2 on trouble
(unreadable QUERY, missing folder or index, bad flags).
`

// searchConfig holds the parsed command line of wirediff search.
type searchConfig struct {
	index       string
	against     []string
	minReused   share
	top         int
	maxCompared int
	ioFlags
	quiet bool
	jobs  int
	help  bool

	query string
	roots []string
}

func (c *searchConfig) flagSet() *pflag.FlagSet {
	fs := pflag.NewFlagSet("wirediff search", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.SortFlags = false
	fs.StringVarP(&c.index, "index", "i", "", "")
	fs.StringArrayVar(&c.against, "against", nil, "")
	c.minReused = share(corpus.DefaultMinReused)
	fs.Var(&c.minReused, "min-reused", "")
	fs.IntVar(&c.top, "top", corpus.DefaultTop, "")
	fs.IntVar(&c.maxCompared, "max-compared", corpus.DefaultMaxCompared, "")
	c.bindOutput(fs)
	fs.BoolVarP(&c.quiet, "quiet", "q", false, "")
	fs.IntVarP(&c.jobs, "jobs", "j", 0, "")
	c.bindInput(fs)
	fs.BoolVarP(&c.help, "help", "h", false, "")
	return fs
}

// check validates the flag values and the operands: QUERY, then folders.
func (c *searchConfig) check(args []string) error {
	if err := c.ioFlags.check(); err != nil {
		return err
	}
	if c.top < 1 {
		return fmt.Errorf("invalid --top %d: want 1 or more", c.top)
	}
	if c.maxCompared < 1 {
		return fmt.Errorf("invalid --max-compared %d: want 1 or more", c.maxCompared)
	}
	if c.jobs < 0 {
		return fmt.Errorf("invalid --jobs %d: want 1 or more (0, the default, is two per processor)", c.jobs)
	}
	if len(args) == 0 {
		return withHint(errors.New("need a QUERY article and at least one folder to search"), searchOperandsHint)
	}
	c.query, c.roots = args[0], append(args[1:len(args):len(args)], c.against...)
	if c.index != "" {
		if len(c.roots) > 0 {
			return fmt.Errorf("with --index, give QUERY only, not folders (got %s); add them to the index with: wirediff index add", strings.Join(c.roots, " "))
		}
		return refuseOverwrite(c.output, []string{c.query, c.index})
	}
	if len(c.roots) == 0 {
		return withHint(errors.New("need at least one folder to search after QUERY (or --against DIR)"), searchOperandsHint)
	}
	if err := c.checkInputs([]string{c.query}); err != nil {
		return err
	}
	if err := refuseOverwrite(c.output, []string{c.query}); err != nil {
		return err
	}
	return refuseInside(c.output, c.roots)
}

// refuseInside reports an error when the -o file already exists under one
// of the folders searched (or is one of the files given as such): the
// search reads it as an article, and the report would replace it.
func refuseInside(output string, roots []string) error {
	if output == "" || output == "-" {
		return nil
	}
	out, err := filepath.Abs(output)
	if err != nil {
		return nil
	}
	if out, err = filepath.EvalSymlinks(out); err != nil {
		return nil // not there yet: the search cannot read it
	}
	if st, err := os.Stat(out); err != nil || !st.Mode().IsRegular() {
		return nil
	}
	for _, root := range roots {
		r, err := filepath.Abs(root)
		if err != nil {
			continue
		}
		if r, err = filepath.EvalSymlinks(r); err != nil {
			continue
		}
		if rel, err := filepath.Rel(r, out); err == nil && (rel == "." || rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))) {
			return withHint(fmt.Errorf("-o %s is a file under %s, which the search reads: writing the report would overwrite it", output, root),
				"give -o a new file name, or a path outside the folders searched")
		}
	}
	return nil
}

// searchOperandsHint is the hint for too few operands of wirediff search.
const searchOperandsHint = "usage: wirediff search [flags] QUERY DIR [DIR...], e.g. wirediff search wire.txt archive/"

// runSearch is wirediff search: args are the arguments after "search".
func runSearch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var cfg searchConfig
	fs := cfg.flagSet()
	if code, done := parseFlags(fs, args, &cfg.help, "wirediff search", searchUsage, stdout, stderr); done {
		return code
	}
	if err := cfg.check(fs.Args()); err != nil {
		return usageError(stderr, "wirediff search", err)
	}

	ctx := context.Background()
	query, err := loadInput(ctx, 0, cfg.query, &cfg.ioFlags, stdin)
	if err != nil {
		return fail(stderr, err)
	}
	opts := corpus.Options{
		Top:         cfg.top,
		MinReused:   float64(cfg.minReused),
		MaxCompared: cfg.maxCompared,
		Workers:     cfg.jobs,
		Load:        article.LoadOptions{MaxSize: int64(cfg.maxSize)},
		Align:       cfg.alignOptions(),
		Progress:    &corpus.Progress{},
	}
	if opts.MinReused == 0 {
		opts.MinReused = -1 // 0 asked for: every file that shares text
	}
	if info, err := os.Stat(cfg.query); err == nil && cfg.query != "-" {
		opts.Skip = info
	}
	p := opts.Progress
	stop := showProgress(stderr, time.Second, func() string {
		if cfg.index != "" {
			return fmt.Sprintf("searching %s: %d candidates compared", cfg.index, p.Compared.Load())
		}
		return fmt.Sprintf("searching: %d files read (%.1f MiB), %d skipped, %d compared",
			p.Files.Load(), float64(p.Bytes.Load())/(1<<20), p.Problems.Load(), p.Compared.Load())
	})
	var res *corpus.Result
	if cfg.index != "" {
		res, err = searchIndex(ctx, cfg.index, query, opts)
	} else {
		res, err = corpus.Search(ctx, query, cfg.roots, opts)
	}
	stop()
	if err != nil {
		return fail(stderr, err)
	}
	reportProblems(stderr, res.Problems, 20)
	if err := writeSearch(&cfg, res, stdout); err != nil && !errors.Is(err, syscall.EPIPE) {
		// A reader that went away is no trouble, as for wirediff itself.
		return fail(stderr, err)
	}
	if res.Found > 0 {
		return exitDiffers
	}
	return exitSame
}

// searchIndex answers a search from the index at path.
func searchIndex(ctx context.Context, path string, query *article.Document, opts corpus.Options) (*corpus.Result, error) {
	ix, err := corpus.OpenIndex(path)
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	return ix.Search(ctx, query, opts)
}

// reportProblems lists the skipped files on stderr, at most max of them
// and then how many more, so that a folder of images does not bury the
// result.
func reportProblems(stderr io.Writer, problems []corpus.Problem, max int) {
	for i, p := range problems {
		if i == max {
			errorf(stderr, "skipped %d more files that could not be read", len(problems)-max)
			return
		}
		msg := p.Err.Error()
		var ie *article.InputError
		if !errors.As(p.Err, &ie) {
			msg = p.Path + ": " + msg
		}
		errorf(stderr, "skipped %s", msg)
	}
}

// writeSearch renders the result in the chosen format, to standard
// output or to the -o file.
func writeSearch(c *searchConfig, res *corpus.Result, stdout io.Writer) error {
	write := func(w io.Writer, tty io.Writer) error {
		switch c.format {
		case "json":
			return render.SearchJSON(w, res, version())
		case "html":
			return render.SearchHTML(w, res, version())
		}
		isTTY, width := terminal(tty)
		opts := render.TermOptions{Color: useColor(c.color, isTTY, os.Getenv("NO_COLOR")), Width: width}
		if err := render.SearchTerm(w, res, opts); err != nil {
			return err
		}
		if c.quiet || len(res.Matches) == 0 {
			return nil
		}
		if _, err := io.WriteString(w, "\n"); err != nil {
			return err
		}
		return render.Term(w, res.Report(version()), opts)
	}
	return c.write(stdout, write)
}

// share is a flag value for a share of a text: 0.25, 25% or 25 %.
type share float64

func (s *share) String() string { return strconv.FormatFloat(float64(*s), 'g', -1, 64) }
func (s *share) Type() string   { return "share" }

func (s *share) Set(v string) error {
	t := strings.TrimSpace(v)
	pct := strings.HasSuffix(t, "%")
	t = strings.TrimSpace(strings.TrimSuffix(t, "%"))
	x, err := strconv.ParseFloat(t, 64)
	if err == nil && pct {
		x /= 100
	}
	if err != nil || math.IsNaN(x) || x < 0 || x > 1 {
		return fmt.Errorf("invalid share %q: want a number from 0 to 1, or a percentage such as 25%%", v)
	}
	*s = share(x)
	return nil
}
