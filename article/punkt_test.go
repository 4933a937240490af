package article

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/data"
)

// TestPunktModel checks that the compiled-in English model is the one the
// library ships.
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
		{"OrthoContext", got.OrthoContext, want.OrthoContext},
	} {
		if !reflect.DeepEqual(f.got, f.want) {
			t.Errorf("%s: %d entries compiled in, the library's model has %d, or they differ: run go generate ./article", f.name, len(f.got), len(f.want))
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
