package article

import (
	"path/filepath"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Markdown is read with a CommonMark parser (goldmark), so that its marks
// never reach the text: emphasis, links, block quotes, lists and headings
// become the words a reader sees, and a "## Heading" is a heading. Text
// read as plain text keeps its cheap handling of "#" headings and bullets
// (plain.go); this is for input that is Markdown by name or by look.

// markdownNames are the file extensions of Markdown.
var markdownNames = []string{".md", ".markdown", ".mdown", ".mkd"}

// markdownMarks are lines and spans only Markdown writes; looksLikeMarkdown
// wants two different ones before it reads a text without a Markdown name
// as Markdown, so that a plain article with one "# " line stays plain.
var markdownMarks = []func() *regexp.Regexp{
	lazyRegexp(`(?m)^#{1,6}[ \t]+\S`),              // ATX heading
	lazyRegexp(`\[[^\]\n]+\]\([^)\s]+\)`),          // inline link
	lazyRegexp(`(?m)^>[ \t]?\S`),                   // block quote
	lazyRegexp(`\*\*[^*\n]+\*\*|__[^_\n]+__`),      // strong emphasis
	lazyRegexp("(?m)^(```|~~~)"),                   // fenced code
	lazyRegexp(`(?m)^\[[^\]\n]+\]:[ \t]+\S`),       // link reference definition
	lazyRegexp(`(?:^|[\s(])_[^_\s][^_\n]*[^_\s]_`), // emphasis with underscores
}

// markdownNeeds are, for each of markdownMarks, strings one of which any
// match contains. No mark reaches past its line but for the character
// before it (the line break before an underscore), so a mark is looked
// for only in the lines that hold one of its strings (matchLines).
var markdownNeeds = [][]string{
	{"#"},
	{"]("},
	{">"},
	{"**", "__"},
	{"```", "~~~"},
	{"]:"},
	{"_"},
}

// matchLines reports whether re matches text, running it only on the
// lines of text that hold one of needs, each with the line break before
// it (and compiling it only when there is such a line). That is re.MatchString(text) for an expression whose matches hold
// one of needs, keep to one line and look at most at the one line break
// before it. Cost: one scan of text per string of needs, and re run on
// each line found once.
func matchLines(re func() *regexp.Regexp, text string, needs []string) bool {
	// next[i] is where needs[i] next occurs at or after from, -1 when it
	// does not any more; -2 before it is first looked for.
	next := make([]int, len(needs))
	for i := range next {
		next[i] = -2
	}
	for from := 0; from < len(text); {
		p := -1
		for i, n := range needs {
			if next[i] == -1 {
				continue
			}
			if next[i] < from {
				if j := strings.Index(text[from:], n); j >= 0 {
					next[i] = from + j
				} else {
					next[i] = -1
					continue
				}
			}
			if p < 0 || next[i] < p {
				p = next[i]
			}
		}
		if p < 0 {
			return false
		}
		start := strings.LastIndexByte(text[:p], '\n') // the break before the line, or -1
		end := len(text)
		if j := strings.IndexByte(text[p:], '\n'); j >= 0 {
			end = p + j
		}
		if re().MatchString(text[max(start, 0):end]) {
			return true
		}
		from = end + 1
	}
	return false
}

// looksLikeMarkdown reports whether text (cleaned) is Markdown: by the
// name's extension, or by at least two different Markdown marks.
// Cost: a few regular-expression scans of the text.
func looksLikeMarkdown(name, text string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range markdownNames {
		if ext == e {
			return true
		}
	}
	n := 0
	for i, m := range markdownMarks {
		if matchLines(m, text, markdownNeeds[i]) {
			n++
			if n == 2 {
				return true
			}
		}
	}
	return false
}

// splitMarkdown parses src as CommonMark and returns its paragraphs as
// blocks: a heading's text with hintHeading, a list item's with
// hintListItem, every other paragraph (in block quotes too) as it reads.
// Inline marks go; a link keeps its text, an image its description is
// dropped (a reader sees the picture, not the words), code keeps its
// characters. Raw HTML and thematic breaks are dropped. The characters of
// the text are the source's: no typographic replacement.
//
// Cost: goldmark's parse, linear in practice, and one walk of the tree.
func splitMarkdown(src string) []block {
	source := []byte(src)
	doc := goldmark.New().Parser().Parse(text.NewReader(source))
	var blocks []block
	add := func(n ast.Node, h hint) {
		var b strings.Builder
		inlineText(&b, n, source)
		t := strings.Join(strings.Fields(b.String()), " ")
		if t != "" {
			blocks = append(blocks, block{text: t, hint: h})
		}
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			add(n, hintHeading)
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock:
			h := hintNone
			if p := n.Parent(); p != nil && p.Kind() == ast.KindListItem && p.FirstChild() == n {
				h = hintListItem
			}
			add(n, h)
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			var b strings.Builder
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				b.Write(seg.Value(source))
			}
			for _, para := range strings.Split(strings.TrimSpace(b.String()), "\n\n") {
				if t := strings.Join(strings.Fields(para), " "); t != "" {
					blocks = append(blocks, block{text: t})
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock, *ast.ThematicBreak:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return blocks
}

// inlineText writes the text a reader sees of the inline children of n.
func inlineText(b *strings.Builder, n ast.Node, source []byte) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(source))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.AutoLink:
			b.Write(c.Label(source))
		case *ast.Image, *ast.RawHTML:
			// not text a reader reads
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if s, ok := t.(*ast.Text); ok {
					b.Write(s.Segment.Value(source))
				} else if s, ok := t.(*ast.String); ok {
					b.Write(s.Value)
				}
			}
		default:
			inlineText(b, c, source)
		}
	}
}
