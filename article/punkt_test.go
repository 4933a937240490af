package article

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/data"
	"github.com/neurosnap/sentences/english"
)

// TestPunktModel checks that the compiled-in English model is the one the
// library ships, less the orthographic contexts that answer as no context
// (see internal/genpunkt's seenLower), and that it finds the same
// sentences as the library's own model on the seed articles and on the
// MSRP sentences where the corpus is present.
func TestPunktModel(t *testing.T) {
	raw, err := data.Asset("data/english.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := sentences.LoadTraining(raw)
	if err != nil {
		t.Fatal(err)
	}
	got := punktStorage()
	for _, f := range []struct {
		name      string
		got, want sentences.SetString
	}{
		{"AbbrevTypes", got.AbbrevTypes, want.AbbrevTypes},
		{"Collocations", got.Collocations, want.Collocations},
		{"SentStarters", got.SentStarters, want.SentStarters},
	} {
		if !reflect.DeepEqual(f.got, f.want) {
			t.Errorf("%s: %d entries compiled in, the library's model has %d, or they differ: run go generate ./article", f.name, len(f.got), len(f.want))
		}
	}

	// The orthographic context: a subset of the library's, and each word
	// left out is one the heuristic answers as it answers a word never
	// seen, capitalised or not.
	lang := sentences.NewPunctStrings()
	word := english.NewWordTokenizer(lang)
	heuristic := func(ctx sentences.SetString, tok string) int {
		o := &sentences.OrthoContext{Storage: &sentences.Storage{OrthoContext: ctx}, PunctStrings: lang, TokenType: word, TokenFirst: word}
		return o.Heuristic(sentences.NewToken(tok))
	}
	dropped := 0
	for k, v := range want.OrthoContext {
		if g, ok := got.OrthoContext[k]; ok {
			if g != v {
				t.Errorf("OrthoContext[%q] = %d, the library's model has %d: run go generate ./article", k, g, v)
			}
			continue
		}
		dropped++
		one := sentences.SetString{k: v}
		for _, tok := range []string{k, strings.ToUpper(k[:1]) + k[1:]} {
			if a, b := heuristic(one, tok), heuristic(nil, tok); a != b {
				t.Errorf("OrthoContext[%q] = %d was left out, but the heuristic answers %q with it %d, without %d", k, v, tok, a, b)
			}
		}
	}
	if len(got.OrthoContext)+dropped != len(want.OrthoContext) {
		t.Errorf("OrthoContext: %d words compiled in that the library's model lacks", len(got.OrthoContext)+dropped-len(want.OrthoContext))
	}

	// The same sentences as the library's model, on real text.
	texts := []string{}
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	for _, name := range seeds {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	if b, err := os.ReadFile(msrpPath); err == nil {
		texts = append(texts, string(b))
	} else {
		t.Logf("MSRP corpus not found (%v): the seeds only", err)
	}
	if len(texts) == 0 {
		t.Fatal("no seed articles")
	}
	full, err := english.NewSentenceTokenizer(want)
	if err != nil {
		t.Fatal(err)
	}
	ours, err := english.NewSentenceTokenizer(punktStorage())
	if err != nil {
		t.Fatal(err)
	}
	for i, text := range texts {
		if a, b := ours.SentencePositions(text), full.SentencePositions(text); !slices.Equal(a, b) {
			t.Errorf("text %d: %d sentence ends with the compiled-in model, %d with the library's", i, len(a), len(b))
		}
	}
}

// TestPunktGenerated checks that punkt_english.go and punkt_ortho.txt are
// what internal/genpunkt makes. It builds and runs the generator, so not in
// -short mode.
func TestPunktGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the generator")
	}
	dir := t.TempDir()
	out, ortho := filepath.Join(dir, "punkt_english.go"), filepath.Join(dir, "punkt_ortho.txt")
	if msg, err := exec.Command("go", "run", "./internal/genpunkt", "-out", out, "-ortho", ortho).CombinedOutput(); err != nil {
		t.Fatalf("genpunkt: %v\n%s", err, msg)
	}
	for _, pair := range [][2]string{{out, "punkt_english.go"}, {ortho, "punkt_ortho.txt"}} {
		got, err := os.ReadFile(pair[0])
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(pair[1])
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what internal/genpunkt makes: run go generate ./article", pair[1])
		}
	}
}

// BenchmarkPunktModel measures building the English model, paid once per
// process by the first segmentation.
func BenchmarkPunktModel(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		punktStorage()
	}
}

// BenchmarkPunktModelJSON measures what the library's own loader costs,
// for comparison.
func BenchmarkPunktModelJSON(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		raw, err := data.Asset("data/english.json")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := sentences.LoadTraining(raw); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPunktSourceSameBreaks checks that a punktSource's own tokenizer,
// whose orthographic context holds only the words it has been given,
// puts Punkt's boundaries where the whole model does: paragraph after
// paragraph through one source, as a goroutine of Parse uses it, on the
// seed articles, on every MSRP sentence (five to a paragraph) where the
// corpus is present, and on words the model has in odd forms (initials,
// numbers, commas inside words, capitals the model knows in lower case).
// punktParagraphs returns the paragraphs the Punkt tests read: the seed
// articles' paragraphs, the MSRP sentences five to a paragraph (when the
// corpus is beside the repository) and a few hard cases.
func punktParagraphs(t *testing.T) []string {
	t.Helper()
	var paras []string
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	for _, name := range seeds {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		paras = append(paras, strings.Split(string(b), "\n\n")...)
	}
	if len(paras) == 0 {
		t.Fatal("no seed articles")
	}
	if tuning, heldOut, err := readMSRP(msrpPath); err == nil {
		all := append(tuning, heldOut...)
		for i := 0; i < len(all); i += 5 {
			var texts []string
			for _, s := range all[i:min(i+5, len(all))] {
				texts = append(texts, s.text)
			}
			paras = append(paras, strings.Join(texts, " "))
		}
	} else {
		t.Logf("MSRP corpus not found (%v): the seeds only", err)
	}
	paras = append(paras,
		"J. Bach wrote it. And then he left. The U.S. Army came. No. 11 won.",
		"It rose 4.5%. About 58,000 people live there. In 1801. It became a city.",
		"He said so at 3 p.m. Monday. Gov. Smith agreed. Sgt. Pepper did not.",
		"Abandon hope. abandon it. ABANDONED. Abandoned? “Abandoned.” (Abandoned.)",
		"The co,op voted. A. The a. Mr. X. Y. Z. 1. 2. iii. e.g. This. i.e. That.",
	)
	return paras
}

func TestPunktSourceSameBreaks(t *testing.T) {
	paras := punktParagraphs(t)
	var src punktSource
	for _, p := range paras {
		tokens := punktTokens(p)
		if len(tokens) == 0 {
			continue
		}
		got := punktBreaks(src.own(tokens), tokens)
		want := punktBreaks(punkt(), punktTokens(p))
		if !slices.Equal(got, want) {
			t.Errorf("paragraph %q: boundaries %v with the words looked up, %v with the whole model", p, got, want)
		}
	}
	if len(src.ortho) == 0 {
		t.Error("the source looked up no word")
	}
	known := 0
	for _, f := range src.ortho {
		if f != 0 {
			known++
		}
	}
	if known == 0 {
		t.Error("no word looked up was found in the model")
	}
}

// TestPunktSourceBudget checks that sources hand out the shared tokenizer
// once the process has looked up orthoLookupBudget words, and their own
// before.
func TestPunktSourceBudget(t *testing.T) {
	saved := orthoLookups.Load()
	defer orthoLookups.Store(saved)
	tokens := punktTokens("It ended. Then it began.")

	orthoLookups.Store(0)
	var fresh punktSource
	if tok := fresh.tokenizer(tokens); tok == punkt() || tok == nil {
		t.Error("within the budget, a source handed out the shared tokenizer")
	}
	if orthoLookups.Load() == 0 {
		t.Error("the words looked up were not counted")
	}

	orthoLookups.Store(orthoLookupBudget)
	var late punktSource
	if tok := late.tokenizer(tokens); tok != punkt() {
		t.Error("past the budget, a source did not hand out the shared tokenizer")
	}
	if tok := (*punktSource)(nil).tokenizer(tokens); tok != punkt() {
		t.Error("a nil source did not hand out the shared tokenizer")
	}
}

// TestPunktWindowSameBreaks checks punktSaysAt, which reads only the
// words around a gap, against Punkt run over the whole paragraph, at the
// end of every word of the paragraphs of punktParagraphs: with the shared
// tokenizer, and with one source for all of them, which remembers its
// answers (punktKey) from paragraph to paragraph.
func TestPunktWindowSameBreaks(t *testing.T) {
	var src punktSource
	for _, p := range punktParagraphs(t) {
		whole := punktPositions(p, nil)
		for _, tok := range punktTokens(p) {
			at := tok.Position
			want := slices.Contains(whole, at)
			if got := punktSaysAt(p, at, nil); got != want {
				t.Fatalf("%q: a boundary at %d is %v reading the words around it, %v reading the paragraph", p, at, got, want)
			}
			if got := punktSaysAt(p, at, &src); got != want {
				t.Fatalf("%q: a boundary at %d is %v from a source's answers, %v reading the paragraph", p, at, got, want)
			}
		}
	}
	if len(src.said) == 0 {
		t.Error("the source remembered no answer")
	}
}
