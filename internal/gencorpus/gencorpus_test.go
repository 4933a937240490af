package gencorpus

import (
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func sources(t *testing.T) []Source {
	t.Helper()
	src, err := LoadSources(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// tree reads every file and link under dir: path -> content (or link
// target).
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if d.Type()&fs.ModeSymlink != 0 {
			target, err := os.Readlink(path)
			out[filepath.ToSlash(rel)] = "-> " + target
			return err
		}
		b, err := os.ReadFile(path)
		out[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestWriteDeterministic(t *testing.T) {
	src := sources(t)
	opts := Options{Docs: 80, Seed: 3, MeanSize: 1500}
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	ma, err := Write(a, src, opts)
	if err != nil {
		t.Fatal(err)
	}
	mb, err := Write(b, src, opts)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(ma, mb); diff != "" {
		t.Errorf("manifests differ:\n%s", diff)
	}
	ta, tb := tree(t, a), tree(t, b)
	if diff := cmp.Diff(ta, tb); diff != "" {
		t.Errorf("same seed, different files:\n%s", diff)
	}
	opts.Seed = 4
	if _, err := Write(c, src, opts); err != nil {
		t.Fatal(err)
	}
	if cmp.Equal(ta, tree(t, c)) {
		t.Errorf("seeds 3 and 4 wrote the same files")
	}
}

func TestManifest(t *testing.T) {
	src := sources(t)
	dir := t.TempDir()
	const docs = 120
	m, err := Write(dir, src, Options{Docs: docs, Seed: 1, MeanSize: 1500})
	if err != nil {
		t.Fatal(err)
	}
	files := tree(t, dir)
	if m.Files != docs || len(files) != docs {
		t.Errorf("manifest says %d files, %d on disk; want %d", m.Files, len(files), docs)
	}
	var total int64
	html := 0
	for p, content := range files {
		if !strings.HasPrefix(content, "-> ") {
			total += int64(len(content))
		}
		if strings.HasSuffix(p, ".html") {
			html++
		}
	}
	if m.Bytes != total {
		t.Errorf("manifest says %d bytes, files hold %d", m.Bytes, total)
	}
	if html < docs/10 || html > docs/3 {
		t.Errorf("%d HTML files of %d, want about a fifth", html, docs)
	}
	if len(m.Planted) != 6 || len(m.Bad) != 3 {
		t.Fatalf("%d planted and %d bad files, want 6 and 3 (the minimums)", len(m.Planted), len(m.Bad))
	}
	var hows []string
	query := Split(src[0].Text)
	for _, p := range m.Planted {
		hows = append(hows, p.How)
		content, ok := files[p.Path]
		if !ok {
			t.Errorf("planted %s not on disk", p.Path)
			continue
		}
		if p.Carried <= 0 || p.Carried > 1 {
			t.Errorf("planted %s carries %v", p.Path, p.Carried)
		}
		if p.How == "copy" && (p.Carried != 1 || !strings.Contains(content, query[len(query)-1][0])) {
			t.Errorf("copy %s: carried %v, want the whole query", p.Path, p.Carried)
		}
	}
	if want := []string{"copy", "edited", "reordered", "reworded", "excerpt", "mixed"}; !slices.Equal(hows, want) {
		t.Errorf("planted kinds %v, want %v", hows, want)
	}
	for _, b := range m.Bad {
		if _, ok := files[b]; !ok {
			t.Errorf("bad file %s not on disk", b)
		}
	}
	// Unrelated files hold no sentence of the query: only planted ones
	// do.
	planted := map[string]bool{}
	for _, p := range m.Planted {
		planted[p.Path] = true
	}
	var long []string
	for _, p := range query {
		for _, s := range p {
			if len(s) > 60 {
				long = append(long, s)
			}
		}
	}
	for path, content := range files {
		if planted[path] {
			continue
		}
		for _, s := range long {
			if strings.Contains(content, s) {
				t.Errorf("unrelated %s holds the query's %q", path, s)
			}
		}
	}
}

func TestSplit(t *testing.T) {
	got := Split("First one. Second “quoted.” Third?\n\nNext\nparagraph here!\n\n\n")
	want := Text{{"First one.", "Second “quoted.”", "Third?"}, {"Next paragraph here!"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Split (-want +got):\n%s", diff)
	}
	for _, s := range sources(t) {
		text := Split(s.Text)
		if diff := cmp.Diff(text, Split(text.String())); diff != "" {
			t.Errorf("%s: Split(String()) is not the identity:\n%s", s.Name, diff)
		}
	}
}

func TestDerive(t *testing.T) {
	src := Text{{"One two three four.", "Five six seven eight."}, {"Nine ten eleven twelve."}}
	filler := Text{{"Own words here."}}
	vocab := []string{"alpha", "beta"}
	r := rand.New(rand.NewPCG(1, 1))
	got, carried := Derive(r, src, filler, vocab, Derivation{Keep: 1})
	if !cmp.Equal(got, src) || carried != 1 {
		t.Errorf("keep all: %v, %v; want the source, 1", got, carried)
	}
	got, carried = Derive(r, src, filler, vocab, Derivation{Keep: 0, Own: 1})
	if !cmp.Equal(got, filler) || carried != 0 {
		t.Errorf("keep none: %v, %v; want the filler only, 0", got, carried)
	}
	got, carried = Derive(r, src, filler, vocab, Derivation{Keep: 1, Reword: 1})
	if carried != 0 || len(got) != 2 || got[0][0] == src[0][0] {
		t.Errorf("reword all: %v, %v; want every sentence reworded, 0 carried", got, carried)
	}
	got, carried = Derive(r, src, filler, vocab, Derivation{Keep: 1, Edit: 1})
	if carried != 1 || got[0][0] == src[0][0] {
		t.Errorf("edit all: %v, %v; want every sentence edited, all carried", got, carried)
	}
}

func TestOptionsRefused(t *testing.T) {
	src := sources(t)
	for name, o := range map[string]Options{
		"no files":      {Docs: 0},
		"unknown query": {Docs: 10, Query: "nonesuch"},
	} {
		if _, err := Write(t.TempDir(), src, o); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := Write(t.TempDir(), nil, Options{Docs: 1}); err == nil {
		t.Errorf("no sources: no error")
	}
}

// Rewrites plant the named sources, whole and as excerpts, in turn with
// the derivations of the query; their files carry the rewrite's words.
func TestRewrites(t *testing.T) {
	src := sources(t)
	dir := t.TempDir()
	rw := []string{"001_e4d2f7d4ad65d4f5.txt", "004_f996ef66bb436ca1.txt"}
	m, err := Write(dir, src, Options{Docs: 100, Seed: 3, Planted: 10, Query: "000_c64f40ef166d9df3.txt", Rewrites: rw})
	if err != nil {
		t.Fatal(err)
	}
	var hows []string
	for _, p := range m.Planted {
		how := p.How
		if p.From != "" {
			how += " " + p.From
			if p.Carried != -1 {
				t.Errorf("%s from a rewrite: carried %v, want -1", p.Path, p.Carried)
			}
			b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p.Path)))
			if err != nil {
				t.Fatal(err)
			}
			// Every rewrite speaks of ICE or Italy; the unrelated text
			// never does.
			if !strings.Contains(string(b), "ICE") && !strings.Contains(string(b), "Ital") {
				t.Errorf("%s (%s) does not carry the rewrite's text", p.Path, how)
			}
		}
		hows = append(hows, how)
	}
	want := []string{"copy", "edited", "reordered", "reworded", "excerpt", "mixed",
		"rewrite " + rw[0], "rewrite-excerpt " + rw[0], "rewrite " + rw[1], "rewrite-excerpt " + rw[1]}
	if diff := cmp.Diff(want, hows); diff != "" {
		t.Errorf("planted kinds (-want +got):\n%s", diff)
	}
	if _, err := Write(t.TempDir(), src, Options{Docs: 10, Rewrites: []string{"nope.txt"}}); err == nil || !strings.Contains(err.Error(), "nope.txt") {
		t.Errorf("an unknown rewrite: error %v, want one naming it", err)
	}
}
