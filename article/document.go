// Package article turns an input (plain text or HTML, from a file, standard
// input or a URL) into a Document: the clean article text, its paragraphs
// with their roles, and its sentences, each with byte offsets into the text.
//
// The text of a Document is what the reader sees: decoded to UTF-8,
// NFC-normalised, with line endings, non-breaking and zero-width spaces
// cleaned, and paragraphs joined by one blank line. Typographic quotes and
// dashes are kept as published; comparison-time normalisation (case,
// quotes, dashes) is the align package's business, not this one's.
//
// Load reads an input by name (a file, "-" for standard input, or an
// http(s) URL) within a size limit; Parse reads bytes already in memory.
// Both detect HTML by content, decode legacy encodings, extract the
// article from a web page, split paragraphs (blank-line separated,
// one per line, or hard-wrapped), give each a role, and split sentences.
// Every error they return is an *InputError saying, in plain words,
// which input is wrong and how.
package article

import "time"

// Role says what a paragraph is for. Only body paragraphs carry the story;
// the others are shown and reported but may be left out of a comparison.
type Role int

const (
	Body        Role = iota // the story itself
	Heading                 // a short line with no end punctuation
	Byline                  // "By …", a dateline, an agency line
	Caption                 // a photo caption or credit
	Boilerplate             // copyright, "contributed reporting", tag lists, calls to action
)

var roleNames = [...]string{"body", "heading", "byline", "caption", "boilerplate"}

// String returns the role's name as used in the JSON output.
func (r Role) String() string {
	if r < 0 || int(r) >= len(roleNames) {
		return "body"
	}
	return roleNames[r]
}

// A Paragraph is the byte range Text[Start:End] of its Document.
type Paragraph struct {
	Role       Role
	Start, End int
}

// A Sentence is the byte range Text[Start:End] of its Document, inside
// paragraph Paragraph. Text repeats that range for convenience.
type Sentence struct {
	Paragraph  int
	Start, End int
	Text       string
}

// A Document is one article, ready to compare.
//
// Invariants: paragraphs are in order and do not overlap; every sentence lies
// inside its paragraph; sentences are in order, do not overlap and together
// cover every non-space byte of every paragraph.
type Document struct {
	Name     string // as given on the command line ("-" for standard input)
	Title    string // from HTML <title>/metadata, or the first heading; may be empty
	Format   string // "text", "html" or "markdown": what the input was detected as
	Encoding string // the character encoding it was read in, e.g. "utf-8", "windows-1252"
	// Date is when the article says it was published, zero when it does
	// not say: from a web page's metadata (JSON-LD datePublished,
	// article:published_time and the like, a <time datetime>), in the
	// zone the page gives, else from a dateline or "Updated …" line near
	// the top of the text, at midnight UTC. It tells what "today",
	// "yesterday" and "Monday" mean in the text.
	Date       time.Time
	Text       string
	Paragraphs []Paragraph
	Sentences  []Sentence
}

// Role returns the role of paragraph p, and Body for a p that names no
// paragraph of d (a sentence of a hand-built Document may point nowhere):
// text of unknown role is kept, not left out.
func (d *Document) Role(p int) Role {
	if p < 0 || p >= len(d.Paragraphs) {
		return Body
	}
	return d.Paragraphs[p].Role
}
