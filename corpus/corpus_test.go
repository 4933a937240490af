package corpus

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/gencorpus"
	"github.com/wirediff/wirediff/words"
)

const wireName = "000_c64f40ef166d9df3.txt"

// wire returns the seed wire story, the query of the tests.
func wire(t testing.TB) *article.Document {
	t.Helper()
	d, err := article.Load(context.Background(), filepath.Join("..", "testdata", "seeds", wireName), article.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

var (
	smallOnce sync.Once
	smallDir  string
	smallMan  *gencorpus.Manifest
	smallErr  error
)

// small returns a generated collection of 300 files (the wire's six
// kinds of derivative among them, and three files that are not articles),
// built once per test binary in a folder TestMain removes.
func small(t testing.TB) (string, *gencorpus.Manifest) {
	t.Helper()
	smallOnce.Do(func() {
		var src []gencorpus.Source
		if src, smallErr = gencorpus.LoadSources(".."); smallErr != nil {
			return
		}
		if smallDir, smallErr = os.MkdirTemp("", "corpus-small-"); smallErr != nil {
			return
		}
		tempDirs = append(tempDirs, smallDir)
		smallMan, smallErr = gencorpus.Write(smallDir, src, gencorpus.Options{Docs: 300, Seed: 7, Query: wireName, MeanSize: 3000})
	})
	if smallErr != nil {
		t.Fatalf("building the test collection: %v", smallErr)
	}
	return smallDir, smallMan
}

// tempDirs are removed when the tests end.
var tempDirs []string

func TestMain(m *testing.M) {
	code := m.Run()
	for _, d := range tempDirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}

func TestSearchFindsThePlanted(t *testing.T) {
	dir, man := small(t)
	res, err := Search(context.Background(), wire(t), []string{dir}, Options{Top: 20})
	if err != nil {
		t.Fatal(err)
	}
	if res.Files != man.Files {
		t.Errorf("read %d files, the collection has %d", res.Files, man.Files)
	}
	found := map[string]Match{}
	for _, m := range res.Matches {
		rel, _ := filepath.Rel(dir, m.Path)
		found[filepath.ToSlash(rel)] = m
	}
	for _, p := range man.Planted {
		m, ok := found[p.Path]
		if !ok {
			t.Errorf("planted %s (%s, carries %.2f of the query) not found", p.Path, p.How, p.Carried)
			continue
		}
		delete(found, p.Path)
		// The comparison sees at least what the generator kept of the
		// query as it was (it may also see reworded sentences).
		if m.Reused < p.Carried-0.1 {
			t.Errorf("planted %s (%s): reused %.3f, but it carries %.3f", p.Path, p.How, m.Reused, p.Carried)
		}
		if p.How == "copy" && m.Reused < 0.999 {
			t.Errorf("copy %s: reused %.3f, want 1", p.Path, m.Reused)
		}
	}
	for path, m := range found {
		t.Errorf("unrelated %s matched (reused %.3f, covered %.3f)", path, m.Reused, m.Covered)
	}
	if !slices.IsSortedFunc(res.Matches, func(a, b Match) int {
		if a.Reused != b.Reused {
			if a.Reused > b.Reused {
				return -1
			}
			return 1
		}
		return 0
	}) {
		t.Errorf("matches not ranked by reused share")
	}
	var skipped []string
	for _, p := range res.Problems {
		rel, _ := filepath.Rel(dir, p.Path)
		skipped = append(skipped, filepath.ToSlash(rel))
		var ie *article.InputError
		if !errors.As(p.Err, &ie) || ie.Name != p.Path {
			t.Errorf("problem with %s is not an InputError naming it: %v", p.Path, p.Err)
		}
	}
	if diff := cmp.Diff(man.Bad, skipped); diff != "" {
		t.Errorf("skipped files (-bad files of the collection +skipped):\n%s", diff)
	}
	for _, m := range res.Matches {
		if m.Comparison == nil || m.Comparison.Base != res.Query || m.Comparison.Other.Name != m.Path {
			t.Errorf("match %s: comparison not of the query with the file", m.Path)
		}
	}
}

// The result does not depend on how many workers read the files, nor on
// the order they finish in.
func TestSearchDeterministic(t *testing.T) {
	dir, _ := small(t)
	q := wire(t)
	type row struct {
		Path            string
		Reused, Covered float64
	}
	summary := func(res *Result) (rows []row, problems []string) {
		for _, m := range res.Matches {
			rows = append(rows, row{m.Path, m.Reused, m.Covered})
		}
		for _, p := range res.Problems {
			problems = append(problems, p.Err.Error())
		}
		return rows, problems
	}
	var want []row
	var wantProblems []string
	for i, workers := range []int{1, 3, 8} {
		res, err := Search(context.Background(), q, []string{dir}, Options{Workers: workers, Top: 4})
		if err != nil {
			t.Fatal(err)
		}
		rows, problems := summary(res)
		if i == 0 {
			want, wantProblems = rows, problems
			continue
		}
		if diff := cmp.Diff(want, rows); diff != "" {
			t.Errorf("%d workers: matches differ from 1 worker's (-1 +%d):\n%s", workers, workers, diff)
		}
		if diff := cmp.Diff(wantProblems, problems); diff != "" {
			t.Errorf("%d workers: problems differ (-1 +%d):\n%s", workers, workers, diff)
		}
	}
}

func TestSearchBounds(t *testing.T) {
	dir, man := small(t)
	q := wire(t)
	all, err := Search(context.Background(), q, []string{dir}, Options{Top: 50, MinReused: -1})
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Matches) < len(man.Planted) {
		t.Fatalf("with no threshold, %d matches for %d planted files", len(all.Matches), len(man.Planted))
	}
	top2, err := Search(context.Background(), q, []string{dir}, Options{Top: 2, MinReused: -1})
	if err != nil {
		t.Fatal(err)
	}
	// --top bounds what is shown, not what is compared or counted.
	if len(top2.Matches) != 2 || top2.Found != all.Found || top2.Compared != all.Compared {
		t.Errorf("--top 2: %d matches, %d found, %d compared; want 2 shown of %d found, %d compared",
			len(top2.Matches), top2.Found, top2.Compared, all.Found, all.Compared)
	}
	if all.Compared != all.Candidates {
		t.Errorf("%d candidates, %d compared: all should be, under MaxCompared", all.Candidates, all.Compared)
	}
	few, err := Search(context.Background(), q, []string{dir}, Options{Top: 2, MaxCompared: 3, MinReused: -1})
	if err != nil {
		t.Fatal(err)
	}
	if few.Compared != 3 || few.Candidates != all.Candidates {
		t.Errorf("MaxCompared 3: %d compared of %d candidates, want 3 of %d", few.Compared, few.Candidates, all.Candidates)
	}
	for i, m := range top2.Matches {
		if m.Reused != all.Matches[i].Reused {
			t.Errorf("--top 2: match %d reuses %.3f, the best %d of all reuse %.3f", i, m.Reused, i+1, all.Matches[i].Reused)
		}
	}
	high, err := Search(context.Background(), q, []string{dir}, Options{Top: 50, MinReused: 0.95})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, m := range all.Matches {
		if m.Reused >= 0.95 {
			want = append(want, m.Path)
		}
	}
	var got []string
	for _, m := range high.Matches {
		got = append(got, m.Path)
	}
	if len(want) == 0 || !slices.Equal(got, want) || high.Found != len(want) {
		t.Errorf("--min-reused 0.95 matched %v (found %d), want %v", got, high.Found, want)
	}
}

func TestSearchErrors(t *testing.T) {
	dir, _ := small(t)
	q := wire(t)
	if _, err := Search(context.Background(), q, []string{filepath.Join(dir, "no-such-folder")}, Options{}); err == nil {
		t.Errorf("a missing folder: no error")
	}
	if _, err := Search(context.Background(), q, nil, Options{}); err == nil {
		t.Errorf("no folder: no error")
	}
	short, err := article.Parse("short.txt", []byte("The mayor spoke.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Search(context.Background(), short, []string{dir}, Options{}); err == nil || !strings.Contains(err.Error(), "too short") {
		t.Errorf("a four-word query: error %v, want one saying it is too short", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Search(ctx, q, []string{dir}, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled search: error %v, want context.Canceled", err)
	}
}

// A folder of hand-made cases: the query itself (skipped when named in
// Skip), a hidden folder and file (left out), a link to a file (read) and
// to a folder (not followed), HTML in windows-1252, and a file over the
// size limit.
func TestSearchWalk(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", wireName))
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, b []byte) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("query.txt", data)
	write("sub/copy.txt", data)
	write(".hidden/copy.txt", data)
	write("sub/.copy.txt", data)
	write("big/copy.txt", append(slices.Clone(data), strings.Repeat("Filler words of no interest. ", 4000)...))
	// "Outrage ... over the deployment" in windows-1252, curly quotes as
	// single bytes: not UTF-8, so article.Parse reads it.
	latin := strings.ReplaceAll(string(data), "’", "\x92")
	latin = strings.ReplaceAll(latin, "“", "\x93")
	latin = strings.ReplaceAll(latin, "”", "\x94")
	latin = strings.ReplaceAll(latin, "—", "\x97")
	write("legacy/page.html", []byte("<html><head><meta charset=\"windows-1252\"></head><body><p>"+strings.ReplaceAll(latin, "\n\n", "</p><p>")+"</p></body></html>"))
	if err := os.Symlink(filepath.Join(dir, "sub"), filepath.Join(dir, "linkdir")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "sub", "copy.txt"), filepath.Join(dir, "linkfile.txt")); err != nil {
		t.Fatal(err)
	}
	qinfo, err := os.Stat(filepath.Join(dir, "query.txt"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Search(context.Background(), wire(t), []string{dir}, Options{Skip: qinfo, Load: article.LoadOptions{MaxSize: int64(len(data)) * 4}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range res.Matches {
		rel, _ := filepath.Rel(dir, m.Path)
		got = append(got, filepath.ToSlash(rel))
	}
	slices.Sort(got)
	if want := []string{"legacy/page.html", "linkfile.txt", "sub/copy.txt"}; !slices.Equal(got, want) {
		t.Errorf("matches %v, want %v", got, want)
	}
	if len(res.Problems) != 1 || !strings.Contains(res.Problems[0].Err.Error(), "is larger than the 11.8 KiB limit;") {
		t.Errorf("problems %v, want the file over the size limit", res.Problems)
	}
	// A link to a folder named as the root is followed.
	res, err = Search(context.Background(), wire(t), []string{filepath.Join(dir, "linkdir")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Matches) != 1 || filepath.Base(res.Matches[0].Path) != "copy.txt" {
		t.Errorf("through a linked root: %d matches, want sub/copy.txt", len(res.Matches))
	}
}

func TestQuickText(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		ok             bool
	}{
		{"plain", "The mayor\n\nsaid no.\n", "The mayor said no.", true},
		{"html", "<!DOCTYPE html><p>The <b>mayor</b> said&nbsp;no&#8217;s</p><script>var x = 'hidden';</script><style>p{}</style><p>Next</p>", "The mayor said\u00a0no’s Next", true},
		{"html with leading space", "\n  <p>Hello</p><p>World</p>", "Hello World", true},
		{"empty", "", "", false},
		{"white space", " \n\t ", "", false},
		{"byte-order mark", "\ufeffThe mayor", "", false},
		{"NUL byte", "The\x00mayor", "", false},
		{"windows-1252", "The mayor\x92s office", "", false},
		{"html with no text", "<html><script>x()</script></html>", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s scanner
			got, ok := s.quickText([]byte(tc.in))
			// Words matter, not the spaces between them (the tokenizer
			// leaves a space at every tag).
			got = strings.Join(strings.FieldsFunc(got, func(r rune) bool { return r == ' ' || r == '\n' }), " ")
			if ok != tc.ok || got != tc.want {
				t.Errorf("quickText(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

// Scanning a file against a query made of it covers all of the query,
// on the quick path (plain text, HTML) as through article.Parse.
func TestScanSelf(t *testing.T) {
	for _, name := range []string{
		filepath.Join("..", "testdata", "seeds", wireName),
		filepath.Join("..", "testdata", "seeds", "002_5abd8e9c77b91b8e.txt"),
		filepath.Join("..", "testdata", "article", "news-page.html"),
		filepath.Join("..", "testdata", "article", "cp1252-page.html"),
		filepath.Join("..", "testdata", "licenses", "GPL-3"),
	} {
		q, err := article.Load(context.Background(), name, article.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		qq := newQuery(q)
		var s scanner
		_, sigs, err := s.scanFile(name, 0)
		if err != nil {
			t.Fatal(err)
		}
		e := qq.hits(sigs)
		if raw := qq.hitsRaw(append(slices.Clone(sigs), sigs...), make([]uint32, len(qq.sigs)), 1); raw != e {
			t.Errorf("%s: hitsRaw of the signatures twice over %v, hits %v", name, raw, e)
		}
		if covered := qq.estimate(e); covered < 0.99 || e != qq.total {
			t.Errorf("%s covers %.3f of itself (evidence %v of %v), want all", name, covered, e, qq.total)
		}
		// And the scanner forgets: a second scan gives the same.
		if _, again, _ := s.scanFile(name, 0); qq.hits(again) != e {
			t.Errorf("%s: second scan %v, first %v", name, qq.hits(again), e)
		}
	}
}

func TestTopK(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var all []candidate
	for i := range 200 {
		all = append(all, candidate{path: string(rune('a'+i%26)) + strings.Repeat("x", i/26), covered: float64(r.IntN(20)) / 20})
	}
	want := slices.Clone(all)
	slices.SortFunc(want, func(a, b candidate) int {
		if better(a, b) {
			return -1
		}
		return 1
	})
	want = want[:15]
	for range 5 {
		r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		k := newTopK(15)
		for _, c := range all {
			k.offer(c)
			k.offer(c) // the same file twice is kept once
		}
		if diff := cmp.Diff(want, k.sorted(), cmp.AllowUnexported(candidate{})); diff != "" {
			t.Fatalf("kept (-want +got):\n%s", diff)
		}
	}
}

func FuzzQuickText(f *testing.F) {
	for _, s := range []string{"plain text", "<p>a &amp; b</p>", "<script>", "<p>unclosed <b", "\xff\xfe", "<!-- x -->y"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var s scanner
		text, ok := s.quickText(data)
		if ok && !utf8.ValidString(text) {
			t.Errorf("quickText(%q) = %q, not UTF-8", data, text)
		}
		if !ok && text != "" {
			t.Errorf("quickText(%q) refused but returned %q", data, text)
		}
	})
}

// Files the walk finds but cannot read are named with the problem in
// plain words, the size limit included.
func TestReadFileProblems(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("word ", 300)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, want string
	}{
		{"too large", big, big + ": is larger than the 1 KiB limit; use --max-size to raise it"},
		{"directory", dir, dir + ": is a directory, not a file"},
	}
	dangling := filepath.Join(dir, "dangling.txt")
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), dangling); err == nil {
		tests = append(tests, struct{ name, path, want string }{"dangling link", dangling, dangling + ": no such file (a link to a missing file?)"})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readFile(tc.path, 1024)
			var ie *article.InputError
			if !errors.As(err, &ie) || err.Error() != tc.want {
				t.Errorf("readFile: error %v, want *article.InputError %q", err, tc.want)
			}
		})
	}
}

// appendHTMLTextTokenizer is the first implementation of appendHTMLText,
// tokens of x/net/html: the one-pass version must give the same words.
func appendHTMLTextTokenizer(b []byte, data []byte) []byte {
	z := html.NewTokenizer(bytes.NewReader(data))
	skip := ""
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b
		case html.TextToken:
			if skip == "" {
				b = append(b, z.Text()...)
			}
		case html.StartTagToken:
			name, _ := z.TagName()
			if skip == "" && slices.Contains(skipped, string(name)) {
				skip = string(name)
			}
			b = append(b, ' ')
		case html.EndTagToken:
			name, _ := z.TagName()
			if skip == string(name) {
				skip = ""
			}
			b = append(b, ' ')
		case html.SelfClosingTagToken:
			b = append(b, ' ')
		}
	}
}

// The one-pass HTML text gives the words of the tokenizer's, on the
// HTML pages of a generated collection and on awkward pages.
func TestHTMLTextSameWords(t *testing.T) {
	pages := []string{
		"<!DOCTYPE html><p>The <b>mayor</b> said&nbsp;no&#8217;s</p><script>var x = '</p>';</script><style>p{}</style><p>Next</p>",
		`<p title="a > b">x</p><a href='q>r'>y</a><img src=z alt="w">v<br/>u`,
		"<p>1 < 2 and 3 <4 </p><!-- a <b>comment</b> --><p>after</p><?xml x?>z",
		"<SCRIPT type=x>hidden</SCRIPT >shown<svg><text>no</text></svg>yes<Style>s</style>t",
		"<p>unclosed <b", "<!-- unclosed", "a &amp; b &lt;c&gt; &unknown; &#x41;",
	}
	src, err := gencorpus.LoadSources("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := gencorpus.Write(dir, src, gencorpus.Options{Docs: 300, Seed: 3, Query: wireName}); err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".html") {
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			pages = append(pages, string(data))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 20 {
		t.Fatalf("only %d pages", len(pages))
	}
	for _, p := range pages {
		want := words.AppendWordHashes(nil, string(appendHTMLTextTokenizer(nil, []byte(p))))
		if got := words.AppendWordHashes(nil, string(appendHTMLText(nil, []byte(p)))); !slices.Equal(got, want) {
			t.Errorf("%d words, the tokenizer's %d, on %.60q:\n%q\n%q", len(got), len(want), p, appendHTMLText(nil, []byte(p)), appendHTMLTextTokenizer(nil, []byte(p)))
		}
	}
}

// fileEvidence, which computes only the signatures made of the query's
// words, counts what hitsRaw counts of all the signatures: for the seed
// articles as queries against the seeds, the licence texts and the files
// of a generated collection with the rewrites planted.
func TestFileEvidenceMatchesHitsRaw(t *testing.T) {
	dir, _ := rewritesCollection(t, 300, 7)
	var texts []string
	for _, pattern := range []string{
		filepath.Join("..", "testdata", "seeds", "*.txt"),
		filepath.Join("..", "testdata", "licenses", "*"),
		filepath.Join(dir, "*", "*", "*"),
	} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			var s scanner
			data, _, err := s.read(p, article.DefaultMaxSize)
			if err != nil {
				continue
			}
			if text, err := s.text(p, data); err == nil {
				texts = append(texts, strings.Clone(text))
			}
		}
	}
	if len(texts) < 300 {
		t.Fatalf("only %d texts to test on", len(texts))
	}
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	for _, name := range seeds {
		doc, err := article.Load(context.Background(), name, article.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		q := newQuery(doc)
		seen := make([]uint32, len(q.sigs))
		var sg signer
		nonzero := 0
		for i, text := range texts {
			want := q.hitsRaw(sg.appendRaw(nil, text), seen, uint32(2*i+1))
			got := q.fileEvidence(q.words.AppendWords(nil, text), seen, uint32(2*i+2))
			if got != want {
				t.Fatalf("query %s, text %d (%.40q): fileEvidence %v, hitsRaw %v", filepath.Base(name), i, text, got, want)
			}
			if want != (Evidence{}) {
				nonzero++
			}
		}
		if nonzero == 0 {
			t.Errorf("query %s: no text shares a signature with it; the test tests nothing", filepath.Base(name))
		}
	}
}

// scanRaw gives the modification time the index stores, as os.Stat
// gives it, whichever way the file was read.
func TestScanRawModTime(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain.txt")
	if err := os.WriteFile(plain, []byte("Giorgia Meloni said the deal was done.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	when := time.Date(2024, 5, 6, 7, 8, 9, 123456789, time.UTC)
	if err := os.Chtimes(plain, when, when); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink(plain, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	for _, p := range []string{plain, link} {
		var s scanner
		_, sigs, mtime, err := s.scanRaw(p, 0)
		if err != nil || len(sigs) == 0 {
			t.Fatalf("%s: %d signatures, %v", p, len(sigs), err)
		}
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if want := info.ModTime().UnixNano(); mtime != want {
			t.Errorf("%s: modification time %d, want %d", p, mtime, want)
		}
	}
}
