package corpus

import (
	"bytes"
	"errors"
	"io/fs"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/wirediff/wirediff/article"
)

// scanner computes the signatures of files, one after the other, with
// buffers reused from file to file. Each worker has its own.
type scanner struct {
	sg   signer
	sigs []Signature
}

// scanFile reads the file at path (at most maxSize bytes; 0 means
// article.DefaultMaxSize) and returns its size and its signatures, sorted
// and distinct, valid until the next call. Every error is an
// *article.InputError naming the file.
//
// The words are what the signatures need, not the article: UTF-8 plain
// text is hashed as it is, and UTF-8 HTML as the text of its elements,
// scripts and styles left out, so that the common case costs a pass of
// the tokenizer rather than article.Parse with its readability extraction
// and sentence splitting. Anything else (other encodings, byte-order
// marks, NUL bytes, empty files) goes through article.Parse, which
// decodes it or says what is wrong with it. Navigation and footers of
// HTML pages are hashed too; they match nothing a query looks for.
func (s *scanner) scanFile(path string, maxSize int64) (int64, []Signature, error) {
	if maxSize <= 0 {
		maxSize = article.DefaultMaxSize
	}
	data, err := readFile(path, maxSize)
	if err != nil {
		return int64(len(data)), nil, err
	}
	text, ok := quickText(data)
	if !ok {
		doc, err := article.Parse(path, data)
		if err != nil {
			return int64(len(data)), nil, err
		}
		text = doc.Text
	}
	s.sigs = s.sg.signatures(s.sigs[:0], text)
	return int64(len(data)), s.sigs, nil
}

// readFile reads a whole file of at most max bytes with article.ReadFile.
// A file the walk found but cannot open for not existing is a symbolic
// link to a missing file, and the message says so.
func readFile(path string, max int64) ([]byte, error) {
	data, err := article.ReadFile(path, max)
	var ie *article.InputError
	if errors.Is(err, fs.ErrNotExist) && errors.As(err, &ie) {
		ie.Problem = "no such file (a link to a missing file?)"
	}
	return data, err
}

var utf8BOM = []byte("\xef\xbb\xbf")

// quickText returns the words of data for the index when data is UTF-8
// text or HTML with something in it, and false when article.Parse must
// decide (see scanFile).
func quickText(data []byte) (string, bool) {
	if bytes.HasPrefix(data, utf8BOM) || bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return "", false
	}
	lead := bytes.TrimLeft(data, " \t\r\n\f")
	if len(lead) == 0 {
		return "", false
	}
	if lead[0] != '<' {
		return string(data), true
	}
	text := htmlText(lead)
	if strings.TrimSpace(text) == "" {
		return "", false // let article.Parse say what the page lacks
	}
	return text, true
}

// skipped are the elements whose content is not text to read.
var skipped = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true}

// htmlText returns the text of an HTML page: its text nodes, entities
// decoded, separated by a space at every tag so that the last word of one
// element and the first of the next stay apart. Cost: one pass of the
// x/net/html tokenizer, O(len(data)).
func htmlText(data []byte) string {
	z := html.NewTokenizer(bytes.NewReader(data))
	var b strings.Builder
	b.Grow(len(data) / 2)
	skip := ""
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == "" {
				b.Write(z.Text())
			}
		case html.StartTagToken:
			name, _ := z.TagName()
			if skip == "" && skipped[string(name)] {
				skip = string(name)
			}
			b.WriteByte(' ')
		case html.EndTagToken:
			name, _ := z.TagName()
			if skip == string(name) {
				skip = ""
			}
			b.WriteByte(' ')
		case html.SelfClosingTagToken:
			b.WriteByte(' ')
		}
	}
}
