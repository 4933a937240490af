package article

import (
	"github.com/wirediff/wirediff/internal/inorder"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A block is one paragraph on its way into a Document: its text (trimmed,
// white space collapsed) and what the input's structure says about it.
type block struct {
	text string
	hint hint
	role Role // set by assignRoles
}

// A hint is what the structure of the input (Markdown marks, HTML tags
// and classes) says about a block, before the text itself is looked at.
type hint int

const (
	hintNone        hint = iota
	hintHeading          // <h1>-<h6>, "# Title", a setext underline
	hintListItem         // <li>, "- item", "• item", "1. item"
	hintCaption          // <figcaption>, an element classed as a caption or credit
	hintByline           // an element classed as a byline or author
	hintBoilerplate      // an element classed as copyright, disclaimer, newsletter
	hintTableRow         // <tr>: a row of a table, its cells apart by spaces
)

// longLine is the length (in characters) beyond which no one hard-wraps
// text: a document with many lines this long has one paragraph per line.
const longLine = 100

// A textLine is one line of plain text with its indentation measured.
type textLine struct {
	content string // without leading and trailing white space
	indent  int    // leading white space, in columns (a tab counts 4)
	width   int    // indent plus the content's length in characters
	kind    lineKind
	// numbered is set for a list item with a number or letter ("1.",
	// "(a)"): unlike a bullet, it may also be a wrapped line that happens
	// to start with "(2)".
	numbered bool
}

type lineKind int

const (
	lineText lineKind = iota
	lineBlank
	lineHeading   // "# Title"; content holds the title
	lineListItem  // "- item" or "1. item"; content holds the item without a bullet
	lineRule      // "***", "---", "* * *": a separator, never text
	lineUnderline // "====" or "----" under a line: a setext heading
)

var (
	atxHeading   = lazyRegexp(`^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`)
	bulletItem   = lazyRegexp(`^[-*+•·◦‣▪●][ \t]+(\S.*)$`)
	numberedItem = lazyRegexp(`^(?:\d{1,3}(?:\.\d{1,3})*[.)]|\(\d{1,3}\)|\([a-zA-Z]\)|[a-zA-Z][.)])[ \t]+\S`)
	ruleLine     = lazyRegexp(`^(?:([-*_=~#•·])[ \t]*)(?:[-*_=~#•·][ \t]*){2,}$`)
)

// splitPlain splits cleaned plain text into paragraphs.
//
// Blank lines always separate paragraphs. Whether the lines of a block
// between blank lines are one paragraph (hard-wrapped text) or one
// paragraph each is decided per document: if at least a fifth of its lines
// are longer than longLine characters, nobody wrapped it and every line is
// a paragraph (the way many sites export articles). Otherwise the text is
// hard-wrapped: the lines of a block are joined into one paragraph, except
// where the layout shows a break: a list item, a heading, a rise in
// indentation, a centred line, or a line that ends a sentence (or is short)
// although the next line's first word would have fitted after it.
//
// Markdown is read cheaply: "#" headings, setext underlines, bullets
// (removed from the text) and rules (dropped).
//
// Cost: linear in the text, plus a sort of the line widths; the lines of
// a large document are measured on all processors.
func splitPlain(text string) []block {
	raw := strings.Split(text, "\n")
	lines := make([]textLine, len(raw))
	// Each line is measured on its own, a large document's in chunks on
	// all processors (see chunkMinBytes), the counts then summed.
	rs := inorder.Ranges(len(raw), len(text), chunkMinBytes)
	counts := make([][2]int, len(rs)) // non-blank lines, long lines
	inorder.Run(len(rs), func(c int) {
		for i := rs[c][0]; i < rs[c][1]; i++ {
			lines[i] = measureLine(raw[i])
			if lines[i].kind != lineBlank {
				counts[c][0]++
				if utf8.RuneCountInString(lines[i].content) > longLine {
					counts[c][1]++
				}
			}
		}
	})
	nonBlank, long := 0, 0
	for _, n := range counts {
		nonBlank, long = nonBlank+n[0], long+n[1]
	}
	// A "----" or "====" line right under a text line is a setext underline.
	for i := 1; i < len(lines); i++ {
		if lines[i].kind == lineRule && lines[i-1].kind == lineText && isUnderline(lines[i].content) {
			lines[i].kind = lineUnderline
		}
	}
	perLine := long > 0 && long*5 >= nonBlank
	width := 0
	if !perLine {
		width = wrapWidth(lines)
	}

	// The blocks are laid out first, each as a stretch of kept lines;
	// their texts are made afterwards (see plainBlocks).
	kept := make([]string, 0, len(lines)) // at most every line
	var pending []pendingBlock
	var cur []string
	curHint := hintNone
	flush := func() {
		if len(cur) > maxUnpunctuatedLines && !slices.ContainsFunc(cur, holdsSentenceEnd) {
			// Not prose: a list or a table, one paragraph a line (the
			// block's hint goes with its first).
			h := curHint
			for _, l := range cur {
				pending = append(pending, pendingBlock{from: len(kept), to: len(kept) + 1, hint: h})
				kept = append(kept, l)
				h = hintNone
			}
		} else if len(cur) > 0 {
			pending = append(pending, pendingBlock{from: len(kept), to: len(kept) + len(cur), hint: curHint})
			kept = append(kept, cur...)
		}
		cur, curHint = cur[:0], hintNone
	}
	for i, l := range lines {
		switch l.kind {
		case lineBlank, lineRule:
			flush()
			continue
		case lineUnderline:
			if len(cur) > 0 {
				curHint = hintHeading
			}
			flush()
			continue
		case lineHeading:
			flush()
			cur, curHint = append(cur, l.content), hintHeading
			flush()
			continue
		case lineListItem:
			if l.numbered && len(cur) > 0 && !perLine && !breaksBeforeNumber(lines[i-1], l, width) {
				// "(2) offer you …" wrapped to the start of a line.
				cur = append(cur, l.content)
				continue
			}
			flush()
			cur, curHint = append(cur, l.content), hintListItem
			continue
		}
		if len(cur) > 0 && (perLine || breaksBefore(lines[i-1], l, width)) {
			flush()
		}
		if len(cur) > 0 && l.kind == lineText && i+1 < len(lines) && lines[i+1].kind == lineUnderline {
			// The line above a setext underline is a heading of its own.
			flush()
		}
		cur = append(cur, l.content)
	}
	flush()
	return plainBlocks(kept, pending, len(text))
}

// A pendingBlock is a block splitPlain has laid out: lines [from, to) of
// its kept lines, to be joined (see joinWrapped), and its hint.
type pendingBlock struct {
	from, to int
	hint     hint
}

// plainBlocks makes the text of each pending block, its lines joined and
// its white space collapsed, and returns the blocks whose text is not
// empty, in order. The text of a block depends on its lines alone, so a
// large document's (size bytes) are made in chunks on all processors
// (see chunkMinBytes), with the same result. Cost: linear in the text.
func plainBlocks(lines []string, pending []pendingBlock, size int) []block {
	texts := make([]string, len(pending))
	rs := inorder.Ranges(len(pending), size, chunkMinBytes)
	inorder.Run(len(rs), func(c int) {
		for i := rs[c][0]; i < rs[c][1]; i++ {
			texts[i] = collapse(joinWrapped(lines[pending[i].from:pending[i].to]))
		}
	})
	var blocks []block
	for i, t := range texts {
		if t != "" {
			blocks = append(blocks, block{text: t, hint: pending[i].hint})
		}
	}
	return blocks
}

// measureLine classifies one raw line.
func measureLine(s string) textLine {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	indent := leadingColumns(s)
	content := strings.TrimLeftFunc(s, unicode.IsSpace)
	if inner, ok := unframe(content); ok {
		// "*  text in a box  *": the frame is not text.
		indent += 1 + leadingColumns(inner)
		content = strings.TrimSpace(inner)
	}
	l := textLine{content: content, indent: indent, width: indent + utf8.RuneCountInString(content)}
	// Each pattern is tried only on a line that starts as its matches do.
	first, _ := utf8.DecodeRuneInString(content)
	switch {
	case content == "":
		l.kind = lineBlank
	case strings.ContainsRune(ruleMarks, first) && ruleLine().MatchString(content):
		l.kind = lineRule
	case first == '#' && atxHeading().MatchString(content):
		l.kind = lineHeading
		l.content = atxHeading().FindStringSubmatch(content)[1]
		if l.content == "" {
			l.kind = lineBlank
		}
	case strings.ContainsRune(bulletMarks, first) && bulletItem().MatchString(content):
		l.kind = lineListItem
		l.content = bulletItem().FindStringSubmatch(content)[1]
	case mayBeNumbered(content) && numberedItem().MatchString(content):
		l.kind = lineListItem
		l.numbered = true
	}
	return l
}

// leadingColumns measures the white space that starts s (a tab counts 4).
func leadingColumns(s string) int {
	n := 0
	for _, r := range s {
		if r == '\t' {
			n += 4
		} else if unicode.IsSpace(r) {
			n++
		} else {
			break
		}
	}
	return n
}

// unframe returns the inside of a line of a box drawn with asterisks
// ("*  Covered Software is provided …  *"), and whether s is one.
func unframe(s string) (string, bool) {
	if len(s) < 3 || s[0] != '*' || s[len(s)-1] != '*' || (s[1] != ' ' && s[1] != '\t') {
		return "", false
	}
	if strings.Trim(s, "* \t") == "" && strings.Count(s, "*") > 2 {
		return "", false // "* * *" is a rule, not a box
	}
	return strings.TrimRightFunc(s[1:len(s)-1], unicode.IsSpace), true
}

// ruleMarks and bulletMarks are the characters that start a rule line
// and a bulleted line (see ruleLine and bulletItem).
const (
	ruleMarks   = "-*_=~#•·"
	bulletMarks = "-*+•·◦‣▪●"
)

// mayBeNumbered reports whether s may start as numberedItem's matches do:
// with a digit, an opening bracket, or a letter and a full stop or a
// closing bracket ("1.", "(a)", "b)").
func mayBeNumbered(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	letter := 'a' <= c|0x20 && c|0x20 <= 'z'
	return '0' <= c && c <= '9' || c == '(' || letter && len(s) > 1 && (s[1] == '.' || s[1] == ')')
}

// hangingIndent returns the column where the text of line l starts after
// a list marker or opening bracket ("a) ", "1.2. ", "["), or -1 if l has
// none. Continuation lines of such a line are often indented to it.
func hangingIndent(l textLine) int {
	c := l.content
	if mayBeNumbered(c) {
		if m := numberedItem().FindString(c); m != "" {
			return l.indent + utf8.RuneCountInString(m) - 1
		}
	}
	if r, size := utf8.DecodeRuneInString(c); isOpener(r) && size < len(c) {
		return l.indent + 1
	}
	return -1
}

func isUnderline(s string) bool {
	s = strings.TrimSpace(s)
	return strings.Trim(s, "=") == "" || strings.Trim(s, "-") == ""
}

// wrapWidth estimates the column at which hard-wrapped text was wrapped:
// the 90th percentile of the widths of lines that another line follows
// (the last line of a paragraph is short and says nothing), or the widest
// of them when there are fewer than ten. Returns 0 when no line is
// followed by another.
func wrapWidth(lines []textLine) int {
	var widths []int
	for i := 0; i+1 < len(lines); i++ {
		if lines[i].kind == lineText && lines[i+1].kind == lineText {
			widths = append(widths, lines[i].width)
		}
	}
	if len(widths) == 0 {
		return 0
	}
	slices.Sort(widths)
	if len(widths) < 10 {
		return widths[len(widths)-1] // too few lines for a percentile
	}
	return widths[len(widths)*9/10]
}

// breaksBefore decides whether line b, which directly follows line a in
// hard-wrapped text, starts a new paragraph.
func breaksBefore(a, b textLine, width int) bool {
	if a.kind == lineListItem && b.indent > 0 && b.indent >= a.indent {
		return false // the continuation of a list item
	}
	if b.indent > a.indent && b.indent != hangingIndent(a) {
		return true // first-line indent, or a centred line
	}
	if a.indent >= 8 && b.indent != a.indent {
		return true // a centred or deeply indented line above
	}
	if allCaps(a.content) != allCaps(b.content) {
		return true // a heading in capitals above or below
	}
	if width == 0 {
		return true // no wrapping seen: every line stands alone
	}
	if strings.HasSuffix(a.content, "-") && isLetterBefore(a.content, len(a.content)-1) {
		return false // a word goes on: "well-" + "known"
	}
	next := b.content
	if i := strings.IndexFunc(next, unicode.IsSpace); i >= 0 {
		next = next[:i]
	}
	fits := a.width+1+utf8.RuneCountInString(next) <= width
	return fits && (endsSentence(a.content) || a.width*10 < width*6)
}

// breaksBeforeNumber decides whether a line starting with a number or
// letter in brackets ("(2) offer you", "a) You must") after line a starts
// a list item, or continues a's paragraph: an item follows a line that
// ends a sentence or a clause (colon), a short line, or rises in indent.
func breaksBeforeNumber(a, b textLine, width int) bool {
	return width == 0 || endsSentence(a.content) || b.indent > a.indent || a.width*10 < width*6
}

// allCaps reports whether s has at least two letters and none in lower case.
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// maxUnpunctuatedLines is the most lines that the layout may join into one
// paragraph when none of them ends a sentence or holds the end of one
// (see holdsSentenceEnd). Hard-wrapped prose ends a sentence every few
// lines: the longest sentence of the licences Debian ships
// (123 words) takes 12 lines at 72 columns. A longer block without one is
// a list or a table whose lines the wrapping test cannot tell from prose
// (rows of similar width, whose next word never fits after them): joined,
// it would be one sentence of thousands of words, which no reader can
// diff and which costs the comparison the square of its length.
const maxUnpunctuatedLines = 24

// holdsSentenceEnd reports whether line ends a sentence (see endsSentence)
// or holds a full stop, question or exclamation mark followed by a space,
// possibly after closing quotes and brackets. A decimal point is none.
func holdsSentenceEnd(line string) bool {
	if endsSentence(line) {
		return true
	}
	for i, r := range line {
		switch r {
		case '.', '!', '?', '…', '。', '！', '？':
		default:
			continue
		}
		rest := strings.TrimLeftFunc(line[i+utf8.RuneLen(r):], isCloser)
		if r2, _ := utf8.DecodeRuneInString(rest); unicode.IsSpace(r2) {
			return true
		}
	}
	return false
}

// endsSentence reports whether s ends with sentence-final punctuation
// (or a colon or semicolon), possibly followed by closing quotes and
// brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, isCloser)
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', ':', ';', '…', '。', '！', '？', '؟', '۔':
		return true
	}
	return false
}

// isCloser reports closing quotes and brackets, which stay with the
// sentence they end.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›', '」', '』', '）', '】', '》', '〉', '〕', '］':
		return true
	}
	return false
}

// joinWrapped joins the lines of one paragraph with spaces, except after
// a line ending in a hyphen that follows a letter, where the word goes on
// ("free-" + "software" reads "free-software").
func joinWrapped(lines []string) string {
	if len(lines) == 1 {
		return lines[0]
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev := lines[i-1]
			if !(strings.HasSuffix(prev, "-") && len(prev) >= 2 && isLetterBefore(prev, len(prev)-1)) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// isLetterBefore reports whether the character before byte offset i of s
// is a letter or a hyphen.
func isLetterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || r == '-'
}
