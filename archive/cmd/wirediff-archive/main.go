// Command wirediff-archive finds which articles of an archive reuse which,
// across the whole archive, on Apache Beam: the same comparison and
// editorial checks as `wirediff BASE OTHER` for every pair of documents
// that share text, written as JSON lines.
//
// Usage:
//
//	wirediff-archive --input 'docs*.jsonl' --output OUT [flags] [Beam flags]
//	wirediff-archive --folder DIR --output OUT [flags] [Beam flags]
//
// It runs on Beam's in-process runner (prism) by default; --runner=flink,
// spark, dataflow or universal, with their flags, run the same pipeline on
// a cluster (see the README section "Archive-wide reuse"). It writes
// OUT/pairs.jsonl (one line per reusing pair), OUT/documents.jsonl (one
// line per document with reuse: who carried it, whom it carries) and
// OUT/dead-letter.jsonl (inputs that could not be processed, and why),
// then prints the pipeline's counters.
//
// Exit status: 0 when the pipeline ran (dead letters included), 1 when it
// failed, 2 for bad usage.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/wirediff/wirediff/archive/reuse"
)

var (
	input     = flag.String("input", "", "JSON lines to read (a file pattern; one document a line: id, date, source, text)")
	folder    = flag.String("folder", "", "folder tree to read instead, one document a file (id: its path; source: its first folder)")
	output    = flag.String("output", "", "folder to write pairs.jsonl, documents.jsonl and dead-letter.jsonl to (required)")
	shards    = flag.Int("shards", 1, "files per output, each sorted")
	buckets   = flag.Int("buckets", reuse.DefaultBuckets, "groups the signatures are shuffled in (fewer: a smaller shuffle; more: more workers pair at once)")
	maxDF     = flag.Int("max-df", reuse.DefaultMaxDF, "verbatim and word-pair signatures in more documents than this are boilerplate and dropped")
	commonDF  = flag.Int("common-df", reuse.DefaultCommonDF, "a verbatim or word-pair signature in more documents than this counts common-df/df of one toward the candidate floor (at --max-df or more: every signature counts one)")
	maxDFW    = flag.Int("max-df-words", 0, "the same for content-word signatures; 0 leaves them out (they find rewrites that keep no run of five words, at a high cost)")
	minReused = flag.Float64("min-reused", reuse.DefaultMinReused, "share of either side's text the other must carry for the pair to be kept")
	wire      = flag.String("wire", "", "comma-separated sources that are wire services (the base on equal dates)")
	onlyWire  = flag.Bool("only-wire", false, "compare only pairs with a side from a --wire source")
	onlyOlder = flag.Bool("only-older", false, "compare only pairs whose sides have known, different dates")
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: wirediff-archive (--input PATTERN | --folder DIR) --output DIR [flags]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	beam.Init()
	os.Exit(run(context.Background(), os.Stdout, os.Stderr))
}

func run(ctx context.Context, stdout, stderr io.Writer) int {
	cfg, err := config()
	if err != nil {
		fmt.Fprintln(stderr, "wirediff-archive:", err)
		return 2
	}
	p, s := beam.NewPipelineWithRoot()
	if err := reuse.Build(s, cfg); err != nil {
		fmt.Fprintln(stderr, "wirediff-archive:", err)
		return 2
	}
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintln(stderr, "wirediff-archive: pipeline failed:", err)
		return 1
	}
	if res != nil {
		printCounters(stdout, res.Metrics())
	}
	return 0
}

// config reads the flags into the pipeline's configuration. A folder is
// listed here, on the machine that launches the pipeline.
func config() (reuse.Config, error) {
	cfg := reuse.Config{
		Input: *input, Output: *output, Shards: *shards, Buckets: *buckets,
		MaxDF: *maxDF, CommonDF: *commonDF, MaxDFWords: *maxDFW, MinReused: *minReused,
		RequireWire: *onlyWire, RequireOlder: *onlyOlder,
	}
	for _, w := range strings.Split(*wire, ",") {
		if w = strings.TrimSpace(w); w != "" {
			cfg.Wire = append(cfg.Wire, w)
		}
	}
	switch {
	case *output == "":
		return cfg, fmt.Errorf("--output is required")
	case (*input == "") == (*folder == ""):
		return cfg, fmt.Errorf("give one of --input and --folder")
	case cfg.RequireWire && len(cfg.Wire) == 0:
		return cfg, fmt.Errorf("--only-wire needs --wire")
	case flag.NArg() > 0:
		return cfg, fmt.Errorf("unexpected arguments: %s", strings.Join(flag.Args(), " "))
	}
	if *folder != "" {
		files, err := reuse.ListFolder(*folder)
		if err != nil {
			return cfg, err
		}
		if len(files) == 0 {
			return cfg, fmt.Errorf("no files under %s", *folder)
		}
		cfg.Root, cfg.Files = *folder, files
	}
	if err := reuse.PrepareOutput(*output); err != nil {
		return cfg, err
	}
	return cfg, nil
}

// printCounters prints the pipeline's counters, in the order of
// reuse.Counters.
func printCounters(w io.Writer, m metrics.Results) {
	got := map[string]int64{}
	for _, c := range m.AllMetrics().Counters() {
		if c.Namespace() == reuse.Namespace {
			got[c.Name()] += c.Result()
		}
	}
	for _, name := range reuse.Counters {
		fmt.Fprintf(w, "%-24s %d\n", name, got[name])
	}
}
