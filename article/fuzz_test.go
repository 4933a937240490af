package article

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzParse feeds Parse arbitrary bytes: it must never panic, must fail
// only with an *InputError, and every Document it returns must keep the
// Document invariants. Seed corpus: testdata/fuzz/FuzzParse, plus the
// seeds and fixtures added here.
func FuzzParse(f *testing.F) {
	for _, pattern := range []string{"../testdata/seeds/*.txt", "../testdata/article/*.html"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data)
			}
		}
	}
	f.Add([]byte("# Title\n\n- item\n\nText. More text…\n"))
	f.Add([]byte("<p>Hello<br>world.</p><pre>a\n\nb</pre>"))
	f.Add([]byte("\xff\xfeH\x00i\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("fuzz", data)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %q is a %T, not an *InputError", err, err)
			}
			if !strings.HasPrefix(err.Error(), "fuzz: ") {
				t.Fatalf("error %q does not name the input", err)
			}
			return
		}
		if err := documentProblem(d); err != nil {
			t.Fatalf("%v\ninput %q\ntext %q", err, data, d.Text)
		}
	})
}

// FuzzSentences feeds the sentence splitter arbitrary paragraphs: the
// spans must be in order, trimmed, on character boundaries, and cover
// every non-space byte. Seed corpus: testdata/fuzz/FuzzSentences.
func FuzzSentences(f *testing.F) {
	f.Add("“We cannot allow this,” he added. “Our government tried.”")
	f.Add("U.S. Ambassador Tilman J. Fertitta met Mr. Piantedosi on Feb. 6… Then “No?” he said.")
	f.Add("这是第一句。 这是第二句！「好。」هل هذا صحيح؟ نعم۔")
	f.Fuzz(func(t *testing.T, p string) {
		prevEnd := 0
		covered := make([]bool, len(p))
		for _, s := range splitSentences(p, nil) {
			if s.start < prevEnd || s.end <= s.start || s.end > len(p) {
				t.Fatalf("span [%d:%d] after %d in %q", s.start, s.end, prevEnd, p)
			}
			text := p[s.start:s.end]
			if strings.TrimFunc(text, unicode.IsSpace) != text {
				t.Fatalf("span %q is not trimmed", text)
			}
			if utf8.ValidString(p) && !utf8.ValidString(text) {
				t.Fatalf("span %q cuts a character", text)
			}
			for i := s.start; i < s.end; i++ {
				covered[i] = true
			}
			prevEnd = s.end
		}
		// Every byte of a non-space character is covered. Invalid UTF-8
		// decodes as U+FFFD, which is not space, so it must be covered too.
		for i, r := range p {
			if !unicode.IsSpace(r) && !covered[i] {
				t.Fatalf("byte %d (%q) of %q is in no sentence", i, r, p)
			}
		}
		// Punkt asked only where a rule needs it splits as Punkt asked
		// for the whole paragraph.
		eager := splitSentencesPunkt(p, &lazyPunkt{p: p, done: true, breaks: punktPositions(p, nil)})
		if got := splitSentences(p, nil); !slices.Equal(got, eager) {
			t.Fatalf("%q: %v, with Punkt's boundaries found first %v", p, got, eager)
		}
		// A source's own tokenizer, which knows only the words it was
		// given, puts Punkt's boundaries where the whole model does.
		if tokens := punktTokens(p); len(tokens) > 0 {
			var src punktSource
			if got, want := punktBreaks(src.own(tokens), tokens), punktPositions(p, nil); !slices.Equal(got, want) {
				t.Fatalf("%q: Punkt's boundaries %v with the words looked up, %v with the whole model", p, got, want)
			}
		}
	})
}

// Regression tests for inputs that mutation testing found.
func TestFuzzRegressions(t *testing.T) {
	tests := []struct {
		name, data string
	}{
		// Lower-casing "Ⱥ" (2 bytes) gives "ⱥ" (3 bytes): searching the
		// lower-cased copy for "charset=" cut the original out of range.
		{"meta charset after a character that grows in lower case", "<meta http-equiv=content-type content=\"\xc8\xba; CHARSET=latin1\"><p>Text.</p>"},
		{"meta charset at the very end", "<meta http-equiv=content-type content=\"\xc8\xba\xc8\xba charset="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("fuzz", []byte(tt.data))
			if err != nil {
				var ie *InputError
				if !errors.As(err, &ie) {
					t.Fatalf("error %v is not an *InputError", err)
				}
				return
			}
			checkDocument(t, d)
		})
	}
}

// BenchmarkSplitSentences pins the cost of a paragraph with a long run of
// white space, which Punkt's own word tokenizer rescans once per space
// (seconds for 40,000 spaces); splitSentences must stay linear.
func BenchmarkSplitSentences(b *testing.B) {
	p := "It starts here." + strings.Repeat(" ", 1<<16) + "It ends here."
	punkt()
	b.SetBytes(int64(len(p)))
	for b.Loop() {
		if got := len(splitSentences(p, nil)); got != 2 {
			b.Fatalf("%d sentences, want 2", got)
		}
	}
}
