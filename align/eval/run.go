package eval

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
)

// A Pair names two documents to compare and, optionally, their gold file,
// by slash-separated paths relative to the module root.
type Pair struct {
	Name        string
	Base, Other string
	Gold        string // empty when there is no gold
}

// SeedPairs are the seed article pairs with hand-made gold labels.
var SeedPairs = []Pair{
	{"000-001", "testdata/seeds/000_c64f40ef166d9df3.txt", "testdata/seeds/001_e4d2f7d4ad65d4f5.txt", "testdata/gold/000-001.gold"},
	{"000-004", "testdata/seeds/000_c64f40ef166d9df3.txt", "testdata/seeds/004_f996ef66bb436ca1.txt", "testdata/gold/000-004.gold"},
	{"002-003", "testdata/seeds/002_5abd8e9c77b91b8e.txt", "testdata/seeds/003_b030a8d00d13db10.txt", "testdata/gold/002-003.gold"},
	{"000-003", "testdata/seeds/000_c64f40ef166d9df3.txt", "testdata/seeds/003_b030a8d00d13db10.txt", "testdata/gold/000-003.gold"},
}

// LicensePairs are successive versions of the same licence texts, without
// gold: they test robustness on long, formal, heavily revised documents.
var LicensePairs = []Pair{
	{Name: "GPL-2/GPL-3", Base: "testdata/licenses/GPL-2", Other: "testdata/licenses/GPL-3"},
	{Name: "LGPL-2/LGPL-2.1", Base: "testdata/licenses/LGPL-2", Other: "testdata/licenses/LGPL-2.1"},
	{Name: "GFDL-1.2/GFDL-1.3", Base: "testdata/licenses/GFDL-1.2", Other: "testdata/licenses/GFDL-1.3"},
	{Name: "MPL-1.1/MPL-2.0", Base: "testdata/licenses/MPL-1.1", Other: "testdata/licenses/MPL-2.0"},
}

// An Outcome is a pair compared and, when it has gold, scored.
type Outcome struct {
	Pair       Pair
	Comparison *align.Comparison
	Gold       *Gold  // nil without gold
	Result     Result // zero without gold
}

// Run reads p's documents (and gold) under the module root root, compares
// them with opts and scores the comparison.
func Run(root string, p Pair, opts align.Options) (*Outcome, error) {
	out := &Outcome{Pair: p}
	var base, other *article.Document
	if p.Gold != "" {
		g, err := LoadGold(root, p)
		if err != nil {
			return nil, err
		}
		out.Gold, base, other = g, g.Base, g.Other
	} else {
		var err error
		if base, err = ReadDocument(root, p.Base); err != nil {
			return nil, err
		}
		if other, err = ReadDocument(root, p.Other); err != nil {
			return nil, err
		}
	}
	out.Comparison = align.Compare(base, other, opts)
	if out.Gold != nil {
		out.Result = Score(out.Gold, out.Comparison)
		out.Result.Name = p.Name
	}
	return out, nil
}

// LoadGold reads p's documents and gold file under the module root root
// and resolves the gold against the documents (see ParseGold).
func LoadGold(root string, p Pair) (*Gold, error) {
	base, err := ReadDocument(root, p.Base)
	if err != nil {
		return nil, err
	}
	other, err := ReadDocument(root, p.Other)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p.Gold)))
	if err != nil {
		return nil, fmt.Errorf("reading gold: %w", err)
	}
	return ParseGold(p.Gold, data, base, other)
}

// ReadDocument reads and parses the file at the slash-separated path rel
// under root; the Document is named rel.
func ReadDocument(root, rel string) (*article.Document, error) {
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
	if err != nil {
		return nil, fmt.Errorf("reading document: %w", err)
	}
	d, err := article.Parse(rel, data)
	if err != nil {
		return nil, fmt.Errorf("parsing %s: %w", rel, err)
	}
	return d, nil
}

// ModuleRoot returns the nearest directory at or above dir that holds a
// go.mod file.
func ModuleRoot(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no go.mod at or above %s", dir)
		}
	}
}

// Total returns the micro-averaged sum of results, named "all".
func Total(results []Result) Result {
	t := Result{Name: "all"}
	for _, r := range results {
		t.Add(r)
	}
	return t
}

// Markdown writes results as a Markdown table, one row per result and a
// final micro-averaged row: link precision, recall and F1, label accuracy
// overall and per gold label (with the number of pairs), and F1 of the
// dropped and added decisions.
func Markdown(w io.Writer, results []Result) error {
	var b strings.Builder
	b.WriteString("| pair | gold links | linked | P | R | F1 | label acc. | identical | edited | paraphrased | optional found | dropped F1 | added F1 |\n")
	b.WriteString("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n")
	rows := append(results[:len(results):len(results)], Total(results))
	for i, r := range rows {
		name := r.Name
		if i == len(rows)-1 {
			name = "**all**"
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %.2f | %.2f | %.2f | %.2f |", name,
			r.Links.TP+r.Links.FN, r.Links.TP+r.Links.FP, r.Links.Precision(), r.Links.Recall(), r.Links.F1(), r.LabelAccuracy())
		for k := align.Identical; k <= align.Paraphrased; k++ {
			if acc, n := r.KindAccuracy(k); n > 0 {
				fmt.Fprintf(&b, " %.2f (%d) |", acc, n)
			} else {
				b.WriteString(" – |")
			}
		}
		fmt.Fprintf(&b, " %d | %.2f | %.2f |\n", r.OptionalFound, r.Dropped.F1(), r.Added.F1())
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ConfusionTable writes r's confusion matrix (rows: gold label, columns:
// the comparison's label) as a Markdown table.
func ConfusionTable(w io.Writer, r Result) error {
	var b strings.Builder
	b.WriteString("| gold \\ got | identical | edited | paraphrased |\n|---|--:|--:|--:|\n")
	for g := align.Identical; g <= align.Paraphrased; g++ {
		fmt.Fprintf(&b, "| %v | %d | %d | %d |\n", g, r.Confusion[g][0], r.Confusion[g][1], r.Confusion[g][2])
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteMistakes writes r's mistakes, one block each, with the sentence
// texts, for a person to read.
func WriteMistakes(w io.Writer, r Result) error {
	var b strings.Builder
	for _, m := range r.Mistakes {
		switch m.What {
		case "missed":
			fmt.Fprintf(&b, "%s missed %v (gold line %d)\n", r.Name, m.Gold, m.Line)
		case "label":
			fmt.Fprintf(&b, "%s label: gold %v, got %v (gold line %d)\n", r.Name, m.Gold, m.Got, m.Line)
		default:
			fmt.Fprintf(&b, "%s spurious %v\n", r.Name, m.Got)
		}
		fmt.Fprintf(&b, "  B#%d %s\n  O#%d %s\n", m.Base, clip(m.BaseText, 110), m.Other, clip(m.OtherText, 110))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Summarize returns a one-line description of a comparison's summary.
func Summarize(c *align.Comparison) string {
	s := c.Summary
	return fmt.Sprintf("%d identical, %d edited, %d paraphrased, %d added, %d dropped, %d moved; reused %.0f%% (BASE %d, OTHER %d sentences)",
		s.Identical, s.Edited, s.Paraphrased, s.Added, s.Dropped, s.Moved, 100*s.Reused, len(c.Base.Sentences), len(c.Other.Sentences))
}
