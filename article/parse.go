package article

import (
	"net/url"
	"slices"
	"strings"

	"github.com/wirediff/wirediff/internal/inorder"
)

// chunkMinBytes is the least text a chunk of a document holds when
// parsing works on its paragraphs in parallel (see inorder.Ranges):
// below it, a goroutine costs more than it saves, and a news article is
// parsed on the calling goroutine alone.
const chunkMinBytes = 256 << 10

// Parse reads one article from data: it detects the format from the
// content (HTML, Markdown or plain text; a .html or .md name only helps
// when the content is ambiguous, see looksLikeMarkdown), decodes it to UTF-8, extracts and cleans the text, and
// splits it into paragraphs with roles and into sentences. name is used in
// errors and stored in Document.Name.
//
// Every error is an *InputError naming the input and the problem.
//
// Cost: linear in len(data) for plain text; for HTML, what parsing and
// readability cost (roughly linear). Memory: a few copies of the text.
func Parse(name string, data []byte) (*Document, error) {
	return parse(name, data, hints{}, nil)
}

// parse is Parse with what is known about the input besides its bytes.
func parse(name string, data []byte, h hints, pageURL *url.URL) (*Document, error) {
	dec, err := decode(name, data, h)
	if err != nil {
		return nil, err
	}
	doc := &Document{Name: name, Encoding: dec.encoding}
	var blocks []block
	if dec.html {
		doc.Format = "html"
		ex, err := extractHTML(dec.text, pageURL)
		if err != nil {
			// The parser's one refusal is a page nested more than 512
			// elements deep, which unclosed tags make (5,000 <b> never
			// closed): a browser still shows it, so say how to get its text.
			return nil, (&InputError{Name: name, Problem: "cannot parse HTML: " + err.Error(), Err: err}).
				hinted("the page nests its elements too deep, often from tags never closed; open it in a browser, copy the article's text into a file and give that file")
		}
		if len(ex.blocks) == 0 {
			return nil, inputErrorf(name, "no readable text in this HTML")
		}
		doc.Title = ex.title
		doc.Date = ex.date
		blocks = ex.blocks
	} else {
		doc.Format = "text"
		text := cleanText(dec.text)
		if strings.TrimSpace(text) == "" {
			return nil, inputErrorf(name, "contains only white space")
		}
		if looksLikeMarkdown(name, text) {
			doc.Format = "markdown"
			blocks = splitMarkdown(text)
		} else {
			blocks = splitPlain(text)
		}
		if len(blocks) == 0 {
			return nil, inputErrorf(name, "has no text (only separator lines)")
		}
	}
	assignRoles(blocks)
	if doc.Title == "" {
		for _, b := range blocks {
			if b.role == Heading {
				// A copy: the block is a piece of the whole cleaned
				// text, which the title would keep alive (50 MB for a
				// 50 MB input) when the document's own text replaces it.
				doc.Title = strings.Clone(b.text)
				break
			}
		}
	}
	doc.build(blocks)
	if doc.Date.IsZero() {
		doc.Date = textDate(doc)
	}
	return doc, nil
}

// build lays the blocks out as the document's text, one blank line
// between paragraphs, and splits each paragraph into sentences.
func (d *Document) build(blocks []block) {
	size := 0
	for _, b := range blocks {
		size += len(b.text) + 2
	}
	var text strings.Builder
	text.Grow(size)
	d.Paragraphs = make([]Paragraph, 0, len(blocks))
	for i, b := range blocks {
		if i > 0 {
			text.WriteString("\n\n")
		}
		start := text.Len()
		text.WriteString(b.text)
		d.Paragraphs = append(d.Paragraphs, Paragraph{Role: b.role, Start: start, End: text.Len()})
	}
	d.Text = text.String()
	d.Sentences = d.splitParagraphs()
}

// splitParagraphs splits every paragraph of d into sentences, in order.
// A large document's paragraphs are split in chunks on all processors
// (see chunkMinBytes) and the chunks' sentences joined in order: the split of a
// paragraph depends on its text alone, so the result is the same. Cost:
// linear in the text; on a large document, a second copy of the sentence
// list while the chunks are joined.
func (d *Document) splitParagraphs() []Sentence {
	rs := inorder.Ranges(len(d.Paragraphs), len(d.Text), chunkMinBytes)
	parts := make([][]Sentence, len(rs))
	inorder.Run(len(rs), func(c int) {
		var out []Sentence
		var src punktSource
		for pi := rs[c][0]; pi < rs[c][1]; pi++ {
			p := d.Paragraphs[pi]
			for _, s := range splitSentences(d.Text[p.Start:p.End], &src) {
				start, end := p.Start+s.start, p.Start+s.end
				out = append(out, Sentence{Paragraph: pi, Start: start, End: end, Text: d.Text[start:end]})
			}
		}
		parts[c] = out
	})
	if len(parts) == 1 {
		return parts[0]
	}
	return slices.Concat(parts...)
}
