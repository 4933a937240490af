package article

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// documentProblem checks every invariant a Document made by Parse
// promises, its layout (Validate) and a clean text, and returns the first
// one broken, or nil.
func documentProblem(d *Document) error {
	if err := d.Validate(); err != nil {
		return err
	}
	if len(d.Paragraphs) == 0 {
		return fmt.Errorf("no paragraphs")
	}
	if !utf8.ValidString(d.Text) {
		return fmt.Errorf("Text is not valid UTF-8")
	}
	if !norm.NFC.IsNormalString(d.Text) {
		return fmt.Errorf("Text is not NFC")
	}
	for i, p := range d.Paragraphs {
		if text := d.Text[p.Start:p.End]; collapse(text) != text {
			return fmt.Errorf("paragraph %d has untrimmed or uncollapsed space: %q", i, text)
		}
	}
	if strings.IndexFunc(d.Text, func(r rune) bool {
		return (unicode.IsControl(r) && r != '\n') || isInvisible(r) || r == '\u00A0' || r == '\u202F' || r == '\u2007'
	}) >= 0 {
		return fmt.Errorf("Text holds a control, invisible or non-breaking space character")
	}
	return nil
}

func checkDocument(t testing.TB, d *Document) {
	t.Helper()
	if err := documentProblem(d); err != nil {
		t.Fatalf("%s: %v", d.Name, err)
	}
}

// sentenceTexts returns the text of every sentence of d.
func sentenceTexts(d *Document) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, s.Text)
	}
	return out
}

// paragraphTexts returns the text of every paragraph of d.
func paragraphTexts(d *Document) []string {
	var out []string
	for _, p := range d.Paragraphs {
		out = append(out, d.Text[p.Start:p.End])
	}
	return out
}

func mustParse(t testing.TB, name, text string) *Document {
	t.Helper()
	d, err := Parse(name, []byte(text))
	if err != nil {
		t.Fatalf("Parse(%q): %v", name, err)
	}
	checkDocument(t, d)
	return d
}

// firstChars returns the first n characters of s, with "…" if cut.
func firstChars(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n {
			return s[:k] + "…"
		}
		i++
	}
	return s
}
