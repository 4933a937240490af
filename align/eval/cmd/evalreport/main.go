// Command evalreport prints the alignment quality figures for the README
// as Markdown: link precision, recall and F1, label accuracy overall and
// per label on the labelled seed pairs (testdata/gold), the confusion
// matrix, the summaries of the licence pairs, the score on a generated
// pair against its ground truth and, where the MSRP corpus is beside the
// repository, its sentence pairs compared alone and composed into
// articles (see eval.RunArticles; -mistakes lists the tuning part's
// errors in articles).
//
// Usage, from anywhere inside the module:
//
//	go run ./align/eval/cmd/evalreport [-mistakes] [-generated 200KB]
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/align/eval"
	"github.com/wirediff/wirediff/internal/gendoc"
)

func main() {
	mistakes := flag.Bool("mistakes", false, "also list every mistake on the seed pairs, with the sentences")
	generated := flag.Int("generated", 100, "size in KB of the generated pair to score; 0 to skip")
	seed := flag.Uint64("seed", 1, "seed of the generated pair")
	msrp := flag.Bool("msrp", true, "also score the MSRP sentence pairs (when the corpus is beside the repository)")
	flag.Parse()
	if err := run(os.Stdout, *mistakes, *generated<<10, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "evalreport:", err)
		os.Exit(1)
	}
	if !*msrp {
		return
	}
	if err := runMSRP(os.Stdout, *mistakes); err != nil {
		fmt.Fprintln(os.Stderr, "evalreport:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, mistakes bool, generated int, seed uint64) error {
	root, err := eval.ModuleRoot(".")
	if err != nil {
		return err
	}
	var results []eval.Result
	for _, p := range eval.SeedPairs {
		out, err := eval.Run(root, p, align.Options{})
		if err != nil {
			return err
		}
		if err := out.Comparison.Validate(); err != nil {
			return fmt.Errorf("%s: invalid comparison: %w", p.Name, err)
		}
		results = append(results, out.Result)
	}
	fmt.Fprintln(w, "### Seed pairs against the hand-made gold (testdata/gold)")
	fmt.Fprintln(w)
	if err := eval.Markdown(w, results); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nLabels of the gold links found, all pairs (rows: gold, columns: wirediff):")
	fmt.Fprintln(w)
	if err := eval.ConfusionTable(w, eval.Total(results)); err != nil {
		return err
	}
	if mistakes {
		fmt.Fprintln(w, "\n```")
		for _, r := range results {
			if err := eval.WriteMistakes(w, r); err != nil {
				return err
			}
		}
		fmt.Fprintln(w, "```")
	}

	fmt.Fprintln(w, "\n### Licence versions (no gold)")
	fmt.Fprintln(w)
	for _, p := range eval.LicensePairs {
		out, err := eval.Run(root, p, align.Options{})
		if err != nil {
			return err
		}
		valid := "valid"
		if err := out.Comparison.Validate(); err != nil {
			valid = "INVALID: " + err.Error()
		}
		fmt.Fprintf(w, "- %s: %s; %s\n", p.Name, eval.Summarize(out.Comparison), valid)
	}

	if generated > 0 {
		src, err := gendoc.LoadSources(root)
		if err != nil {
			return err
		}
		r, err := eval.ScoreGenerated(src, gendoc.Options{Size: generated, Seed: seed})
		if err != nil {
			return err
		}
		fmt.Fprintln(w, "\n### Generated pair against its ground truth (internal/gendoc)")
		fmt.Fprintln(w)
		if err := eval.Markdown(w, []eval.Result{r}); err != nil {
			return err
		}
		fmt.Fprintln(w)
		if err := eval.ConfusionTable(w, r); err != nil {
			return err
		}
		if mistakes {
			fmt.Fprintln(w, "\n```")
			if err := eval.WriteMistakes(w, r); err != nil {
				return err
			}
			fmt.Fprintln(w, "```")
		}
	}
	return nil
}

// runMSRP prints the MSRP benchmark (see eval.RunMSRP), or says why not
// when the corpus is absent.
func runMSRP(w io.Writer, mistakes bool) error {
	root, err := eval.ModuleRoot(".")
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\n### Real news sentence pairs (MSRP training part, one-sentence documents)")
	fmt.Fprintln(w)
	pairs, err := eval.ReadMSRP(eval.MSRPPath(root))
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintln(w, "The corpus is not beside the repository: skipped.")
		return nil
	}
	if err != nil {
		return err
	}
	r, err := eval.RunMSRP(pairs)
	if err != nil {
		return err
	}
	if err := eval.MSRPMarkdown(w, r); err != nil {
		return err
	}
	if mistakes {
		fmt.Fprintln(w, "\n```")
		for p, ms := range r.Misses {
			for _, m := range ms {
				fmt.Fprintf(w, "%s\t%s\n", r.Parts[p].Name, m)
			}
		}
		fmt.Fprintln(w, "```")
	}

	fmt.Fprintln(w, "\n### MSRP sentences inside articles (composed pairs, ground truth)")
	fmt.Fprintln(w)
	parts, err := eval.RunArticles(pairs)
	if err != nil {
		return err
	}
	if err := eval.ArticlesMarkdown(w, parts); err != nil {
		return err
	}
	if mistakes {
		fmt.Fprintln(w, "\n```")
		if err := eval.WriteArticleErrors(w, parts[0]); err != nil {
			return err
		}
		fmt.Fprintln(w, "```")
	}
	return nil
}
