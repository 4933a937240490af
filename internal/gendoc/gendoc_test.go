package gendoc

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitText(t *testing.T) {
	tests := []struct {
		name, in string
		want     [][]string
	}{
		{"two sentences", "One two. Three four.", [][]string{{"One two.", "Three four."}}},
		{"wrapped lines and paragraphs", "A line\nwrapped here. Next one!\n\n  Second\tpara? Yes.\n",
			[][]string{{"A line wrapped here.", "Next one!"}, {"Second para?", "Yes."}}},
		{"closing quote", `He said "go." Then left.`, [][]string{{`He said "go."`, "Then left."}}},
		{"curly quotes", "“We cannot allow this,” he added. “Our government tried.”",
			[][]string{{"“We cannot allow this,” he added.", "“Our government tried.”"}}},
		{"abbreviations", "Use e.g. This one. The U.S. Army went. Mr. Smith came.",
			[][]string{{"Use e.g. This one.", "The U.S. Army went.", "Mr. Smith came."}}},
		{"list markers", "0. This License applies. 1. You may copy.", [][]string{{"0. This License applies.", "1. You may copy."}}},
		{"lower case after period", "See section 3. of it. Done.", [][]string{{"See section 3. of it.", "Done."}}},
		{"year at end", "It began in 1998. Then more.", [][]string{{"It began in 1998.", "Then more."}}},
		{"no end punctuation", "Preamble", [][]string{{"Preamble"}}},
		{"CRLF", "One.\r\n\r\nTwo.", [][]string{{"One."}, {"Two."}}},
		{"empty", " \n\n \n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, splitText(tt.in)); diff != "" {
				t.Errorf("splitText(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// FuzzSplitText checks that splitting loses and invents nothing: the
// sentences of a paragraph, joined by spaces, are its words.
func FuzzSplitText(f *testing.F) {
	for _, s := range []string{"One. Two.", "“Hi.” Yes! (No.) 1. A.", "a\n\nb. C", ". . .", "e.g. I. U.S. X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		paras := splitText(s)
		var got []string
		for _, p := range paras {
			if len(p) == 0 {
				t.Fatalf("empty paragraph in %q", s)
			}
			for _, sent := range p {
				if sent == "" || strings.TrimSpace(sent) != sent {
					t.Fatalf("sentence %q not trimmed or empty", sent)
				}
			}
			got = append(got, strings.Join(p, " "))
		}
		var want []string
		for _, block := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
			if p := strings.Join(strings.Fields(block), " "); p != "" {
				want = append(want, p)
			}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("splitText(%q) joined = %q, want %q", s, got, want)
		}
	})
}

// testSources are small sources: enough for every operation to happen.
func testSources() Sources {
	var base strings.Builder
	for i := range 60 {
		base.WriteString("The licensee must keep every notice intact, and the author grants permission number " +
			strings.Repeat("x", i%7+1) + " to all. ")
		base.WriteString("Each recipient may copy the program, modify it, and distribute copies of version " +
			strings.Repeat("y", i%5+1) + ".\n\n")
	}
	return Sources{
		Base:  []string{base.String(), "Short heading\n\nThe end of terms, which apply to you, and to every other party here."},
		Extra: []string{"Unrelated news sentence one. Another unrelated sentence follows here."},
	}
}

func TestGenerateDeterministic(t *testing.T) {
	src := testSources()
	a, err := Generate(src, Options{Size: 20000, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Generate(src, Options{Size: 20000, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Fatalf("same seed, different pairs (-first +second):\n%s", diff)
	}
	c, err := Generate(src, Options{Size: 20000, Seed: 8})
	if err != nil {
		t.Fatal(err)
	}
	if c.Other == a.Other {
		t.Error("seeds 7 and 8 gave the same OTHER text")
	}
}

// TestGenerateTruth checks the ground truth against the texts: spans in
// range and in order, each BASE sentence derived at most once, identical
// links really identical, edits and rewordings really different, and
// every kind of operation present.
func TestGenerateTruth(t *testing.T) {
	p, err := Generate(testSources(), Options{Size: 60000, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Base) < 60000 || len(p.Base) > 61000 {
		t.Errorf("BASE is %d bytes, want about 60000", len(p.Base))
	}
	text := func(s string, sp Span) string {
		if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End {
			t.Fatalf("span %v out of range of %d bytes", sp, len(s))
		}
		return s[sp.Start:sp.End]
	}
	usedBase := map[Span]bool{}
	lastOther := -1
	var kinds [3]int
	moved, merges, splits := 0, 0, 0
	for _, l := range p.Links {
		kinds[l.Kind]++
		if l.Moved {
			moved++
		}
		for _, b := range l.Base {
			if usedBase[b] {
				t.Errorf("BASE span %v derived twice", b)
			}
			usedBase[b] = true
		}
		for _, o := range l.Other {
			if o.Start <= lastOther {
				t.Errorf("OTHER spans out of order at %v", o)
			}
			lastOther = o.Start
		}
		var bt, ot []string
		for _, b := range l.Base {
			bt = append(bt, text(p.Base, b))
		}
		for _, o := range l.Other {
			ot = append(ot, text(p.Other, o))
		}
		switch {
		case len(bt) == 2:
			merges++
		case len(ot) == 2:
			splits++
		}
		same := strings.Join(bt, " ") == strings.Join(ot, " ")
		if (l.Kind == Identical) != same {
			t.Errorf("%v link: BASE %q, OTHER %q", l.Kind, bt, ot)
		}
	}
	for k, n := range kinds {
		if n == 0 {
			t.Errorf("no %v links", Kind(k))
		}
	}
	if moved == 0 || merges == 0 || splits == 0 {
		t.Errorf("moved %d, merges %d, splits %d: want some of each", moved, merges, splits)
	}
	derived := len(p.Links)
	if total := strings.Count(p.Other, ". ") + strings.Count(p.Other, ".\n"); derived >= total {
		t.Errorf("%d links for about %d OTHER sentences: expected some added", derived, total)
	}
	if !strings.Contains(p.Other, "Unrelated news sentence one.") {
		t.Error("no added sentence from Extra in OTHER")
	}
}

func TestReword(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	in := strings.Fields("The author must give every recipient a copy, and each recipient may modify the program.")
	got := reword(r, in)
	if got == strings.Join(in, " ") {
		t.Fatalf("reword returned its input")
	}
	if !strings.HasSuffix(got, ".") || !isTitle(got) {
		t.Errorf("reword(%q) = %q: want a capital and the final period kept", in, got)
	}
	// Same words up to synonyms and case, in the same clauses.
	norm := func(ws []string) []string {
		var out []string
		for _, w := range ws {
			w = strings.ToLower(strings.Trim(w, ".,"))
			if s, ok := synonyms[w]; ok && s < w {
				w = s
			}
			out = append(out, w)
		}
		slices.Sort(out)
		return out
	}
	if diff := cmp.Diff(norm(in), norm(strings.Fields(got))); diff != "" {
		t.Errorf("reword changed the bag of words (-in +out):\n%s", diff)
	}
	if strings.Count(got, ",") != 1 {
		t.Errorf("reword(%q) = %q: want the one clause comma kept", in, got)
	}
}

func TestMergeAndSplit(t *testing.T) {
	if got, want := merge("The work is free.", "The author agrees."), "The work is free, and the author agrees."; got != want {
		t.Errorf("merge = %q, want %q", got, want)
	}
	if got, want := merge("It works.", "GNU is free."), "It works, and GNU is free."; got != want {
		t.Errorf("merge keeps acronyms: got %q, want %q", got, want)
	}
	words := strings.Fields("You may copy the program freely, and you may charge a fee for the act.")
	if !canSplit(words) {
		t.Fatal("canSplit = false")
	}
	a, b := split(words)
	if a != "You may copy the program freely." || b != "You may charge a fee for the act." {
		t.Errorf("split = %q, %q", a, b)
	}
	if canSplit(strings.Fields("Too short, to split.")) {
		t.Error("canSplit on a short sentence")
	}
}

func TestEdit(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	in := strings.Fields("Each recipient may copy the program and modify it.")
	for range 200 {
		got := edit(r, in, []string{"alpha", "beta", "copy"})
		if got == strings.Join(in, " ") {
			t.Fatalf("edit(%q) returned its input", in)
		}
		if !strings.HasSuffix(got, " it.") || !isTitle(got) {
			t.Fatalf("edit(%q) = %q: want the capital and the last word kept", in, got)
		}
		if n, m := len(strings.Fields(got)), len(in); n < m-3 || n > m+3 {
			t.Fatalf("edit(%q) = %q: more than three words changed", in, got)
		}
	}
}

func TestEndsWithStopAndMarkers(t *testing.T) {
	for s, want := range map[string]bool{
		"It ended.": true, `He said "go."`: true, "Why?”": true, "(Really!)": true,
		"NO WARRANTY": false, "TL;DR": false, "a list,": false,
	} {
		if got := endsWithStop(s); got != want {
			t.Errorf("endsWithStop(%q) = %v, want %v", s, got, want)
		}
	}
	for w, want := range map[string]bool{
		"10.": true, "1.2.": true, "(a)": true, "b)": true, "K.": true,
		"Version": false, "Inc.": false, "the": false,
	} {
		if got := isMarker(w); got != want {
			t.Errorf("isMarker(%q) = %v, want %v", w, got, want)
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 100 {
		if got := edit(r, strings.Fields("10. FUTURE REVISIONS OF THIS LICENSE"), []string{"word"}); !strings.HasPrefix(got, "10. ") {
			t.Fatalf("edit changed the section number: %q", got)
		}
	}
}

// LoadSources takes the licences as BASE and the seed articles as extra
// text, each in name order, byte for byte.
func TestLoadSources(t *testing.T) {
	root := filepath.Join("..", "..")
	src, err := LoadSources(root)
	if err != nil {
		t.Fatal(err)
	}
	read := func(glob string) []string {
		t.Helper()
		files, err := filepath.Glob(filepath.Join(root, "testdata", glob))
		if err != nil || len(files) == 0 {
			t.Fatalf("no files match %s: %v", glob, err)
		}
		var out []string
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, string(b))
		}
		return out
	}
	if diff := cmp.Diff(read(filepath.Join("licenses", "*")), src.Base); diff != "" {
		t.Errorf("Base (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(read(filepath.Join("seeds", "*.txt")), src.Extra); diff != "" {
		t.Errorf("Extra (-want +got):\n%s", diff)
	}
	if _, err := LoadSources(t.TempDir()); err == nil {
		t.Error("a root without testdata: no error")
	}
}
