package article

import (
	"flag"
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite golden files")

// documentProblem checks every invariant a Document promises and returns
// the first one broken, or nil.
func documentProblem(d *Document) error {
	if !utf8.ValidString(d.Text) {
		return fmt.Errorf("Text is not valid UTF-8")
	}
	if !norm.NFC.IsNormalString(d.Text) {
		return fmt.Errorf("Text is not NFC")
	}
	if len(d.Paragraphs) == 0 {
		return fmt.Errorf("no paragraphs")
	}
	var rebuilt strings.Builder
	prevEnd := -2
	for i, p := range d.Paragraphs {
		if p.Start != prevEnd+2 || p.End <= p.Start || p.End > len(d.Text) {
			return fmt.Errorf("paragraph %d at [%d:%d] after end %d", i, p.Start, p.End, prevEnd)
		}
		if i > 0 && d.Text[prevEnd:p.Start] != "\n\n" {
			return fmt.Errorf("paragraph %d is not preceded by a blank line", i)
		}
		text := d.Text[p.Start:p.End]
		if collapse(text) != text {
			return fmt.Errorf("paragraph %d has untrimmed or uncollapsed space: %q", i, text)
		}
		if i > 0 {
			rebuilt.WriteString("\n\n")
		}
		rebuilt.WriteString(text)
		prevEnd = p.End
	}
	if rebuilt.String() != d.Text {
		return fmt.Errorf("Text is not the paragraphs joined by blank lines")
	}
	if strings.IndexFunc(d.Text, func(r rune) bool {
		return (unicode.IsControl(r) && r != '\n') || isInvisible(r) || r == '\u00A0' || r == '\u202F' || r == '\u2007'
	}) >= 0 {
		return fmt.Errorf("Text holds a control, invisible or non-breaking space character")
	}
	return sentenceProblem(d)
}

// sentenceProblem checks that sentences are exact, in order, inside their
// paragraphs, trimmed, and cover every non-space byte of every paragraph.
func sentenceProblem(d *Document) error {
	covered := make([]bool, len(d.Text))
	prevEnd := 0
	prevPara := 0
	for i, s := range d.Sentences {
		if s.Paragraph < prevPara || s.Paragraph >= len(d.Paragraphs) {
			return fmt.Errorf("sentence %d in paragraph %d out of order", i, s.Paragraph)
		}
		p := d.Paragraphs[s.Paragraph]
		if s.Start < p.Start || s.End > p.End || s.Start >= s.End {
			return fmt.Errorf("sentence %d [%d:%d] outside paragraph %d [%d:%d]", i, s.Start, s.End, s.Paragraph, p.Start, p.End)
		}
		if s.Start < prevEnd {
			return fmt.Errorf("sentence %d starts at %d before the previous end %d", i, s.Start, prevEnd)
		}
		if d.Text[s.Start:s.End] != s.Text {
			return fmt.Errorf("sentence %d: Text[%d:%d]=%q but Text field %q", i, s.Start, s.End, d.Text[s.Start:s.End], s.Text)
		}
		if strings.TrimSpace(s.Text) != s.Text {
			return fmt.Errorf("sentence %d not trimmed: %q", i, s.Text)
		}
		if !utf8.ValidString(s.Text) {
			return fmt.Errorf("sentence %d cuts a character: %q", i, s.Text)
		}
		for j := s.Start; j < s.End; j++ {
			covered[j] = true
		}
		prevEnd, prevPara = s.End, s.Paragraph
	}
	for pi, p := range d.Paragraphs {
		for j := p.Start; j < p.End; j++ {
			if !covered[j] && d.Text[j] != ' ' {
				return fmt.Errorf("byte %d (%q) of paragraph %d is in no sentence", j, d.Text[j], pi)
			}
		}
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
