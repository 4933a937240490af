package article

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Validate reports the first way in which d breaks the layout a Document
// promises, or nil:
//
//   - paragraphs are in order, each a
//     non-empty, trimmed range of Text, separated by one blank line, and
//     together with those blank lines they are the whole Text;
//   - sentences are in order and do not overlap; each lies inside its
//     paragraph, is trimmed, does not cut a character, and its Text field
//     is Text[Start:End]; together they cover every byte of every
//     paragraph that is not a space.
//
// Every Document that Parse and Load return is valid, and more: it has
// at least one paragraph, and its text is clean (NFC, no control or invisible characters), which Validate
// does not ask, since code downstream must be safe on any valid layout.
// Validate is for code that builds or changes a Document by hand, and for
// the renderers, which refuse one that would make them index out of
// range. Cost: linear in the size of the text.
func (d *Document) Validate() error {
	if d == nil {
		return errors.New("nil document")
	}
	prevEnd := -2
	for i, p := range d.Paragraphs {
		if p.Start != prevEnd+2 || p.End <= p.Start || p.End > len(d.Text) {
			return fmt.Errorf("paragraph %d at [%d:%d] does not follow the previous one (end %d) in a text of %d bytes", i, p.Start, p.End, prevEnd, len(d.Text))
		}
		if i > 0 && d.Text[prevEnd:p.Start] != "\n\n" {
			return fmt.Errorf("paragraph %d is not preceded by a blank line", i)
		}
		if text := d.Text[p.Start:p.End]; strings.TrimSpace(text) != text {
			return fmt.Errorf("paragraph %d is not trimmed: %q", i, text)
		}
		prevEnd = p.End
	}
	if len(d.Paragraphs) == 0 {
		prevEnd = 0
	}
	if prevEnd != len(d.Text) {
		return fmt.Errorf("text goes on after the last paragraph (byte %d of %d)", prevEnd, len(d.Text))
	}
	prevEnd, prevPara := 0, 0
	for i, s := range d.Sentences {
		if s.Paragraph < prevPara || s.Paragraph >= len(d.Paragraphs) {
			return fmt.Errorf("sentence %d in paragraph %d out of order or out of range (%d paragraphs)", i, s.Paragraph, len(d.Paragraphs))
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
		prevEnd, prevPara = s.End, s.Paragraph
	}
	// The sentences are in order of paragraph and of text, each inside its
	// paragraph: what they leave of a paragraph is the gaps between its
	// sentences and before and after them, read in order.
	si := 0
	for pi, p := range d.Paragraphs {
		at := p.Start
		for ; si < len(d.Sentences) && d.Sentences[si].Paragraph == pi; si++ {
			if err := d.blank(at, d.Sentences[si].Start, pi); err != nil {
				return err
			}
			at = d.Sentences[si].End
		}
		if err := d.blank(at, p.End, pi); err != nil {
			return err
		}
	}
	return nil
}

// blank reports the first byte of Text[from:to], in paragraph pi, that is
// not a space: a byte of the paragraph in no sentence.
func (d *Document) blank(from, to, pi int) error {
	for j := from; j < to; j++ {
		if d.Text[j] != ' ' {
			return fmt.Errorf("byte %d (%q) of paragraph %d is in no sentence", j, d.Text[j], pi)
		}
	}
	return nil
}
