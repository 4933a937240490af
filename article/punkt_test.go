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

// TestPunktGenerated checks that punkt_english.go is what
// internal/genpunkt makes. It builds and runs the generator, so not in
// -short mode.
func TestPunktGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the generator")
	}
	out := filepath.Join(t.TempDir(), "punkt_english.go")
	if msg, err := exec.Command("go", "run", "./internal/genpunkt", "-out", out).CombinedOutput(); err != nil {
		t.Fatalf("genpunkt: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("punkt_english.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("punkt_english.go differs from what internal/genpunkt makes: run go generate ./article")
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
