// Command wirediff shows what changed when a news story travels from a wire
// service into other outlets.
//
// It compares a BASE article (the wire copy or the original) with one or more
// OTHER articles derived from it, aligns their paragraphs and sentences, and
// reports sentence by sentence what is identical, edited, paraphrased, added,
// dropped or moved. See usage below, and README.md for the JSON contract.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"syscall"

	"github.com/spf13/pflag"
)

const usage = `Usage: wirediff [flags] BASE OTHER [OTHER...]
       wirediff --base auto [flags] ARTICLE ARTICLE [ARTICLE...]
       wirediff search [flags] QUERY DIR [DIR...]
       wirediff index build -i INDEX DIR [DIR...]

Compare each OTHER article against BASE (the wire copy or the original) and
show, sentence by sentence, what is identical, edited, paraphrased, added,
dropped or moved. An article is a plain-text or HTML file, an http(s) URL,
or - for standard input.

Flags:
  -f, --format FORMAT       output format: term, html or json (default term)
  -o, --output FILE         write to FILE instead of standard output
      --color WHEN          colour the terminal output: auto, always or never
                            (default auto: only on a terminal, and not when
                            NO_COLOR is set)
  -q, --quiet               print only the summary and the editorial checks
                            of each comparison
      --all-findings        also show the uncertain findings of the editorial
                            checks, which are held back and counted otherwise
      --stat                print one summary line per OTHER
  -y, --side-by-side        print BASE and OTHER in two columns
      --order ORDER         follow the sentence order of base or other
                            (default base)
  -U, --context N           show N unchanged sentences around each change,
                            the rest as one line per run (default 2)
      --full                show every sentence, changed or not
      --width N             wrap the terminal output to N columns (default:
                            the terminal's width, else COLUMNS; 0 no wrapping)
      --no-pager            do not page the output on a terminal (the pager
                            is WIREDIFF_PAGER, else PAGER, else less)
      --base auto           take as BASE the article the others carry most of,
                            and say why
      --ignore-boilerplate  leave headings, bylines, captions and boilerplate
                            out of the comparison
      --strict              hold OTHER to BASE's typography: quote marks,
                            dashes, spaces and joiners count as edits
      --encoding [INPUT=]NAME
                            read INPUT (as given; - for standard input) in
                            encoding NAME (e.g. utf-16le, windows-1252);
                            without INPUT=, every other input; repeatable.
                            Valid UTF-8 is never read as something else
      --label NAME          show the next input as NAME (standard input is
                            "stdin"); repeatable, in input order
      --max-size SIZE       refuse inputs larger than SIZE (default 32MiB)
      --version             print the version and exit
  -h, --help                print this help and exit

Examples:
  wirediff wire.txt rewrite.txt
  wirediff --stat wire.txt outlet1.html outlet2.html
  wirediff -f html -o report.html wire.txt outlet.html
  curl -s https://example.com/story | wirediff -f json wire.txt - | jq .comparisons[0].summary

Exit status: 0 if every OTHER carries BASE unchanged (identical sentences
only), 1 if any difference was found, 2 on trouble (unreadable or invalid
input, bad flags).
`

// Exit statuses, as in diff(1).
const (
	exitSame    = 0
	exitDiffers = 1
	exitTrouble = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command, apart from the process exit: the script tests
// call it directly.
func run(args []string, stdin io.Reader, stdout io.Writer, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "search" {
		return runSearch(args[1:], stdin, stdout, stderr)
	}
	if len(args) > 0 && args[0] == "index" {
		return runIndex(args[1:], stdout, stderr)
	}
	var cfg config
	fs := cfg.flagSet()
	if code, done := parseFlags(fs, args, &cfg.help, "wirediff", usage, stdout, stderr); done {
		return code
	}
	if cfg.version {
		fmt.Fprintf(stdout, "wirediff %s\n", version())
		return exitSame
	}
	if err := cfg.check(fs); err != nil {
		return usageError(stderr, "wirediff", err)
	}

	smallRunGC(cfg.inputs)
	docs, err := loadAll(context.Background(), cfg.inputs, &cfg.ioFlags, stdin)
	if err != nil {
		return fail(stderr, err)
	}
	if err := checkMemory(docs); err != nil {
		return fail(stderr, err)
	}
	tuneCollector(docs)
	rep := compareAll(docs, &cfg, stderr)
	if err := writeReport(&cfg, rep, stdout, stderr); err != nil && !errors.Is(err, syscall.EPIPE) {
		// A reader that went away (wirediff … | head) is no trouble:
		// exit quietly with the comparison's status.
		return fail(stderr, err)
	}
	if rep.Differs() {
		return exitDiffers
	}
	return exitSame
}

// parseFlags parses args into fs and handles what ends the command there:
// a flag error (exit 2, with a hint) and -h or --help (the usage text on
// standard output, exit 0). done says whether the command is over.
func parseFlags(fs *pflag.FlagSet, args []string, help *bool, cmd, usage string, stdout, stderr io.Writer) (code int, done bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			return exitSame, true
		}
		return usageError(stderr, cmd, flagHint(err, cmd)), true
	}
	if *help {
		fmt.Fprint(stdout, usage)
		return exitSame, true
	}
	return 0, false
}

// usageError reports a mistake in the command line with the hint that
// fits it (see withHint), or else a hint to the usage text of cmd, and
// returns the exit status for trouble.
func usageError(stderr io.Writer, cmd string, err error) int {
	if hintOf(err) == "" {
		err = withHint(err, "run '%s --help' for usage", cmd)
	}
	return fail(stderr, err)
}

// version reports the module version the binary was built from.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "devel"
}

// errorf prints a diagnostic on stderr with the command's prefix.
func errorf(w io.Writer, format string, a ...any) {
	fmt.Fprintf(w, "wirediff: "+format+"\n", a...)
}

// hintf prints a hint that follows a diagnostic.
func hintf(w io.Writer, format string, a ...any) {
	fmt.Fprintf(w, "wirediff: hint: "+format+"\n", a...)
}
