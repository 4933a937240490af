package render

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/graphemes"
	"github.com/google/go-cmp/cmp"
)

// plainLines renders lines without styles.
func plainLines(ls []line) []string {
	var out []string
	for _, l := range ls {
		var b strings.Builder
		writeLine(&b, l, false)
		out = append(out, b.String())
	}
	return out
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		spans []span
		width int
		want  []string
	}{
		{"fits", []span{{"one two three", ""}}, 20, []string{"one two three"}},
		{"breaks at spaces", []span{{"one two three four", ""}}, 9, []string{"one two", "three", "four"}},
		{"exact fit", []span{{"abc def", ""}}, 7, []string{"abc def"}},
		{"runs of spaces become one", []span{{"  one \t\n two  ", ""}}, 0, []string{"one two"}},
		{"width 0 never wraps", []span{{strings.Repeat("word ", 40), ""}}, 0, []string{strings.TrimSpace(strings.Repeat("word ", 40))}},
		{"wide characters count two", []span{{"冬季 オリンピック 開幕", ""}}, 8, []string{"冬季", "オリンピ", "ック", "開幕"}},
		{"long word is cut", []span{{"abcdefghij", ""}}, 4, []string{"abcd", "efgh", "ij"}},
		{"no-break space holds", []span{{"6\u00a0February 2026", ""}}, 11, []string{"6\u00a0February", "2026"}},
		{"pieces without space stay one word", []span{{"set ", ""}, {"[--our-]", "31"}, {"{+our+}", "32"}, {" own", ""}}, 16,
			[]string{"set", "[--our-]{+our+}", "own"}},
		{"empty", nil, 10, []string{""}},
		{"emoji cluster is not split", []span{{"ab👩‍👩‍👧cd", ""}}, 3, []string{"ab", "👩‍👩‍👧c", "d"}},
	}
	// One wrapper for all the cases, in turn, as the renderer reuses
	// its own: what one call leaves must not change the next.
	shared := new(wrapper)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := plainLines(new(wrapper).wrap(tc.spans, tc.width))
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("wrap(width %d) (-want +got):\n%s", tc.width, d)
			}
			got = plainLines(shared.wrap(tc.spans, tc.width))
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("wrap(width %d) by a wrapper used before (-want +got):\n%s", tc.width, d)
			}
		})
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain “text” — ok", "plain “text” — ok"},
		{"bell\x07 esc\x1b[2J", "bell\uFFFD esc\uFFFD[2J"},
		{"c1\u009b31m", "c1\uFFFD31m"},
		{"del\x7f", "del\uFFFD"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"tab\tand\nnewline", "tab\tand\nnewline"}, // spaces are the wrapper's business
	}
	for _, tc := range tests {
		if got := clean(tc.in); got != tc.want {
			t.Errorf("clean(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWriteLineColor(t *testing.T) {
	l := line{{"a ", ""}, {"b", "31;9"}, {"c", "31;9"}, {" d", ""}, {"e", "32"}}
	var b strings.Builder
	writeLine(&b, l, true)
	want := "a \x1b[31;9mbc\x1b[0m d\x1b[32me\x1b[0m"
	if b.String() != want {
		t.Errorf("writeLine = %q, want %q", b.String(), want)
	}
	b.Reset()
	writeLine(&b, l, false)
	if b.String() != "a bc de" {
		t.Errorf("writeLine without colour = %q", b.String())
	}
}

// FuzzWrap checks the wrapper's invariants on any text: it never loses or
// invents a word, no line is wider than asked unless it holds one grapheme
// cluster too wide to fit, and no line starts or ends with a space.
func FuzzWrap(f *testing.F) {
	f.Add("The Games — 冬季オリンピック — open on February 6 in Milan.", 10)
	f.Add("a\u00a0b  c\td\n\ne", 3)
	f.Add("\x1b[2Jesc\x07", 1)
	f.Add("👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧", 2)
	f.Add("\u202b👩", 1)
	f.Fuzz(func(t *testing.T, s string, width int) {
		if width < 0 || width > 200 {
			return
		}
		lines := new(wrapper).wrap([]span{{s, ""}}, width)
		if len(lines) == 0 {
			t.Fatal("no lines")
		}
		var got []string
		for _, l := range lines {
			text := plainLines([]line{l})[0]
			if width > 0 && textWidth(text) > width && !singleCluster(text) {
				t.Errorf("line %q is %d columns, more than %d", text, textWidth(text), width)
			}
			if text != strings.TrimFunc(text, isBreak) {
				t.Errorf("line %q starts or ends with a space", text)
			}
			got = append(got, text)
		}
		// Rejoining the lines gives the cleaned words back; words cut
		// because they were too wide are rejoined by removing the cuts.
		want := strings.Join(strings.FieldsFunc(clean(s), isBreak), "")
		if joined := strings.Join(strings.FieldsFunc(strings.Join(got, " "), isBreak), ""); joined != want {
			t.Errorf("wrapping lost or changed text:\n got %q\nwant %q", joined, want)
		}
		if !utf8.ValidString(strings.Join(got, "")) {
			t.Errorf("output is not valid UTF-8")
		}
	})
}

// singleCluster reports whether s has at most one grapheme cluster that
// takes up columns: a cluster wider than a line has to go on a line of its
// own (with any zero-width clusters before it).
func singleCluster(s string) bool {
	g := graphemes.FromString(s)
	n := 0
	for g.Next() {
		if textWidth(g.Value()) > 0 {
			n++
		}
	}
	return n <= 1
}

// TestPad checks that pad fills to the width asked, also past the spaces
// it keeps ready.
func TestPad(t *testing.T) {
	for _, tc := range []struct{ w, to, want int }{{0, 0, 0}, {5, 3, 0}, {3, 5, 2}, {0, 256, 256}, {0, 300, 300}} {
		if got := pad(tc.w, tc.to); len(got) != tc.want || strings.Trim(got, " ") != "" {
			t.Errorf("pad(%d, %d) = %q, want %d spaces", tc.w, tc.to, got, tc.want)
		}
	}
}
