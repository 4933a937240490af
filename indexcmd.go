package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/pflag"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/corpus"
)

const indexUsage = `Usage: wirediff index build [flags] -i INDEX DIR [DIR...]
       wirediff index add [flags] -i INDEX FILE|DIR [FILE|DIR...]

Store the signatures of the files under the folders (plain text and HTML,
recursively) in INDEX, so that wirediff search -i INDEX QUERY answers
without reading the collection: it reads only the candidates it compares.

build writes a new index; it writes to INDEX.building and renames it over
INDEX once done, so an interrupted build leaves INDEX as it was. add adds
files to INDEX (creating it if need be); a file indexed again replaces its
older version. One process writes an index at a time; searches wait for
it for a few seconds, then say so.

Flags:
  -i, --index INDEX         the index file (required)
      --rebuild             build even if INDEX exists, replacing it
  -j, --jobs N              files read at once (default: two per processor)
      --max-size SIZE       skip files larger than SIZE (default 32MiB)
  -h, --help                print this help and exit

Examples:
  wirediff index build -i archive.index archive/
  wirediff index add -i archive.index today/
  wirediff search -i archive.index wire.txt

Exit status: 0 when the index was written (files that cannot be read are
reported and skipped), 2 on trouble (missing folder, an index of another
version without --rebuild, an index in use, bad flags).
`

type indexConfig struct {
	index   string
	rebuild bool
	jobs    int
	maxSize byteSize
	help    bool
}

func (c *indexConfig) flagSet() *pflag.FlagSet {
	fs := pflag.NewFlagSet("wirediff index", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.SortFlags = false
	fs.StringVarP(&c.index, "index", "i", "", "")
	fs.BoolVar(&c.rebuild, "rebuild", false, "")
	fs.IntVarP(&c.jobs, "jobs", "j", 0, "")
	c.maxSize = byteSize(article.DefaultMaxSize)
	fs.Var(&c.maxSize, "max-size", "")
	fs.BoolVarP(&c.help, "help", "h", false, "")
	return fs
}

// runIndex is wirediff index: args are the arguments after "index".
func runIndex(args []string, stdout, stderr io.Writer) int {
	var cfg indexConfig
	fs := cfg.flagSet()
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
		fmt.Fprint(stdout, indexUsage)
		return exitSame
	}
	if len(args) == 0 || args[0] != "build" && args[0] != "add" {
		got := "nothing"
		if len(args) > 0 {
			got = fmt.Sprintf("%q", args[0])
		}
		return usageError(stderr, "wirediff index", fmt.Errorf("want build or add after index, got %s", got))
	}
	verb := args[0]
	if code, done := parseFlags(fs, args[1:], &cfg.help, "wirediff index", indexUsage, stdout, stderr); done {
		return code
	}
	switch {
	case cfg.index == "":
		return usageError(stderr, "wirediff index", errors.New("need -i INDEX, the index file to write"))
	case fs.NArg() == 0:
		return usageError(stderr, "wirediff index", fmt.Errorf("need at least one folder or file to %s", verb))
	case cfg.jobs < 0:
		return usageError(stderr, "wirediff index", fmt.Errorf("invalid --jobs %d: want 1 or more", cfg.jobs))
	case cfg.rebuild && verb == "add":
		return usageError(stderr, "wirediff index", errors.New("--rebuild goes with build, not add"))
	}
	opts := corpus.BuildOptions{Workers: cfg.jobs, Load: article.LoadOptions{MaxSize: int64(cfg.maxSize)}, Progress: &corpus.Progress{}}
	p := opts.Progress
	start := time.Now()
	stop := showProgress(stderr, time.Second, func() string {
		return fmt.Sprintf("indexing: %d files read (%.1f MiB), %d skipped", p.Files.Load(), float64(p.Bytes.Load())/(1<<20), p.Problems.Load())
	})
	var res *corpus.BuildResult
	var err error
	ctx := context.Background()
	if verb == "build" {
		res, err = corpus.Build(ctx, cfg.index, fs.Args(), cfg.rebuild, opts)
	} else {
		res, err = corpus.Add(ctx, cfg.index, fs.Args(), opts)
	}
	stop()
	if err != nil {
		errorf(stderr, "%v", err)
		return exitTrouble
	}
	elapsed := time.Since(start)
	reportProblems(stderr, res.Problems, 20)
	size := int64(0)
	if info, err := os.Stat(cfg.index); err == nil {
		size = info.Size()
	}
	what := fmt.Sprintf("indexed %d files", res.Added)
	if res.Replaced > 0 {
		what += fmt.Sprintf(" (%d replacing their older versions)", res.Replaced)
	}
	fmt.Fprintf(stdout, "%s, %.1f MiB, in %.1fs (%.0f MB/s); %d skipped; %s is %.1f MiB\n",
		what, float64(res.Bytes)/(1<<20), elapsed.Seconds(), float64(res.Bytes)/1e6/max(elapsed.Seconds(), 1e-3),
		len(res.Problems), cfg.index, float64(size)/(1<<20))
	return exitSame
}
