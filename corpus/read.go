package corpus

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// scanner computes the signatures of files, one after the other, with
// buffers reused from file to file. Each worker has its own.
type scanner struct {
	sg   signer
	sigs []Signature
	buf  []byte // the file read, reused
	html []byte // the text of an HTML page, reused
	// words are what the query's words.WordSet says of the words of the
	// file being counted (query.fileEvidence), reused.
	words []words.SetWord
	// seen[i] == epoch when the query's signature i was found in the
	// file being counted (query.fileEvidence).
	seen  []uint32
	epoch uint32
}

// scanFile reads the file at path (at most maxSize bytes; 0 means
// article.DefaultMaxSize) and returns its size and its signatures, sorted
// and distinct, valid until the next call. Every error is an
// *article.InputError naming the file.
func (s *scanner) scanFile(path string, maxSize int64) (int64, []Signature, error) {
	n, raw, _, err := s.scanRaw(path, maxSize)
	if err != nil {
		return n, nil, err
	}
	slices.Sort(raw)
	s.sigs = slices.Compact(raw)
	return n, s.sigs, nil
}

// scanRaw is scanFile without the sort: the signatures come unsorted and
// possibly repeated, for a caller that sorts them itself (the index
// build). It returns the file's modification time too (Unix
// nanoseconds; 0 when the file was read by the slow path), which the
// index stores. It reads with readStat where it can.
//
// The words are what the signatures need, not the article: UTF-8 plain
// text is hashed as it is, and UTF-8 HTML as the text of its elements,
// scripts and styles left out, so that the common case costs a pass of
// the tokenizer rather than article.Parse with its readability extraction
// and sentence splitting. Anything else (other encodings, byte-order
// marks, NUL bytes, empty files) goes through article.Parse, which
// decodes it or says what is wrong with it. Navigation and footers of
// HTML pages are hashed too; they match nothing a query looks for.
func (s *scanner) scanRaw(path string, maxSize int64) (int64, []Signature, int64, error) {
	if maxSize <= 0 {
		maxSize = article.DefaultMaxSize
	}
	data, mtime, ok := s.readStat(path, maxSize)
	if !ok {
		var info os.FileInfo
		var err error
		data, info, err = s.read(path, maxSize)
		if err != nil {
			return int64(len(data)), nil, 0, err
		}
		if info != nil {
			mtime = info.ModTime().UnixNano()
		}
	}
	sigs, err := s.sign(path, data)
	return int64(len(data)), sigs, mtime, err
}

// scanSearch reads the file at path for a search and returns its size
// and the Evidence of the query q in it, what q.hitsRaw counts of its
// signatures (q.fileEvidence, which computes only those that can be
// the query's). It reads with readQuick where it can, and says whether
// the file is skip (os.SameFile), whose evidence it does not compute.
func (s *scanner) scanSearch(path string, maxSize int64, skip os.FileInfo, q *query) (n int64, e Evidence, same bool, err error) {
	if maxSize <= 0 {
		maxSize = article.DefaultMaxSize
	}
	data, same, ok := s.readQuick(path, maxSize, skip)
	if !ok {
		var info os.FileInfo
		data, info, err = s.read(path, maxSize)
		same = skip != nil && isSkip(path, info, skip)
		if err != nil || same {
			return int64(len(data)), Evidence{}, same, err
		}
	} else if same {
		return 0, Evidence{}, true, nil
	}
	text, err := s.text(path, data)
	if err != nil {
		return int64(len(data)), Evidence{}, false, err
	}
	return int64(len(data)), s.evidence(q, text), false, nil
}

// evidence returns the Evidence of the query q in text (q.fileEvidence).
func (s *scanner) evidence(q *query, text string) Evidence {
	s.words = q.words.AppendWords(s.words[:0], text)
	if len(s.seen) != len(q.sigs) {
		s.seen, s.epoch = make([]uint32, len(q.sigs)), 0
	}
	if s.epoch++; s.epoch == 0 {
		clear(s.seen)
		s.epoch = 1
	}
	return q.fileEvidence(s.words, s.seen, s.epoch)
}

// sign returns the signatures of data, the content of the file at path,
// unsorted (see scanRaw), in the scanner's buffer.
func (s *scanner) sign(path string, data []byte) ([]Signature, error) {
	text, err := s.text(path, data)
	if err != nil {
		return nil, err
	}
	s.sigs = s.sg.appendRaw(s.sigs[:0], text)
	return s.sigs, nil
}

// text returns the words of data, the content of the file at path, for
// the signatures (see scanRaw); it may share the memory of data or of
// the scanner's buffers.
func (s *scanner) text(path string, data []byte) (string, error) {
	if text, ok := s.quickText(data); ok {
		return text, nil
	}
	doc, err := article.Parse(path, bytes.Clone(data))
	if err != nil {
		return "", err
	}
	return doc.Text, nil
}

// read reads the file at path into the scanner's buffer (valid until the
// next call): one open, one fstat, one read and one close for a regular
// file that does not change while it is read. Anything else (an error, a
// file too large or not regular, a file that grows) is left to readFile,
// which says what is wrong in the words of article.ReadFile.
func (s *scanner) read(path string, limit int64) ([]byte, os.FileInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		data, err := readFile(path, limit)
		return data, nil, err
	}
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() || info.Size() > limit {
		f.Close()
		data, err := readFile(path, limit)
		return data, nil, err
	}
	size := int(info.Size())
	if cap(s.buf) < size+1 {
		s.buf = make([]byte, 0, max(size+1, 64<<10))
	}
	buf := s.buf[:size+1]
	n := 0
	for n < size {
		k, err := f.Read(buf[n:])
		n += k
		if err != nil || k == 0 {
			break
		}
	}
	f.Close()
	if n > size {
		// The file grew since its size was taken: read it again, with
		// the limit applied.
		data, err := readFile(path, limit)
		return data, nil, err
	}
	return buf[:n], info, nil
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

// quickText returns the words of data for the signatures when data is
// UTF-8 text or HTML with something in it, and false when article.Parse
// must decide (see scanRaw). The text may share data's memory (plain
// text is not copied): it is valid while data is.
func (s *scanner) quickText(data []byte) (string, bool) {
	if bytes.HasPrefix(data, utf8BOM) || bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return "", false
	}
	lead := bytes.TrimLeft(data, " \t\r\n\f")
	if len(lead) == 0 {
		return "", false
	}
	if lead[0] != '<' {
		return unsafe.String(unsafe.SliceData(data), len(data)), true
	}
	s.html = appendHTMLText(s.html[:0], lead)
	text := unsafe.String(unsafe.SliceData(s.html), len(s.html))
	if strings.TrimSpace(text) == "" {
		return "", false // let article.Parse say what the page lacks
	}
	return text, true
}

// skipped are the elements whose content is not text to read.
var skipped = []string{"script", "style", "noscript", "template", "svg"}

// appendHTMLText appends to b the text of an HTML page: its text, entities
// decoded, with a space at every tag so that the last word of one element
// and the first of the next stay apart; comments, declarations and the
// content of the skipped elements left out. It reads the page as the
// x/net/html tokenizer does for what the words need (a "<" that starts no
// tag is text; quoted attribute values may hold ">"), in one pass of
// bytes.IndexByte from tag to tag, without making tokens. Cost:
// O(len(data)).
func appendHTMLText(b []byte, data []byte) []byte {
	for i := 0; i < len(data); {
		j := bytes.IndexByte(data[i:], '<')
		if j < 0 {
			return appendHTMLChars(b, data[i:])
		}
		b = appendHTMLChars(b, data[i:i+j])
		i += j
		rest := data[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			end := bytes.Index(rest[4:], []byte("-->"))
			if end < 0 {
				return b
			}
			i += 4 + end + 3
			continue
		case len(rest) > 1 && (rest[1] == '!' || rest[1] == '?'):
			i += tagEnd(rest) // a declaration or processing instruction
			continue
		}
		name, end := tagName(rest)
		if name == nil {
			b = append(b, '<') // text
			i++
			continue
		}
		b = append(b, ' ')
		n := tagEnd(rest)
		i += n
		if end || rest[n-1] == '>' && n >= 2 && rest[n-2] == '/' {
			continue
		}
		for _, sk := range skipped {
			if len(name) == len(sk) && strings.EqualFold(string(name), sk) {
				i += closingTag(data[i:], sk)
				break
			}
		}
	}
	return b
}

// tagName returns the name of the tag that tag (starting with "<")
// opens, and whether it is an end tag; nil when "<" starts no tag.
func tagName(tag []byte) (name []byte, end bool) {
	k := 1
	if len(tag) > 1 && tag[1] == '/' {
		end, k = true, 2
	}
	start := k
	for k < len(tag) && isASCIILetter(tag[k]) || k > start && k < len(tag) && tag[k] != '>' && tag[k] != '/' && !isHTMLSpace(tag[k]) {
		k++
	}
	if k == start {
		return nil, false
	}
	return tag[start:k], end
}

// tagEnd returns the length of the tag at the start of tag, its ">"
// included (all of tag when it does not end): quoted attribute values are
// skipped whole.
func tagEnd(tag []byte) int {
	for k := 1; k < len(tag); k++ {
		switch tag[k] {
		case '>':
			return k + 1
		case '=':
			for k+1 < len(tag) && isHTMLSpace(tag[k+1]) {
				k++
			}
			if k+1 < len(tag) && (tag[k+1] == '"' || tag[k+1] == '\'') {
				q := bytes.IndexByte(tag[k+2:], tag[k+1])
				if q < 0 {
					return len(tag)
				}
				k += 2 + q
			}
		}
	}
	return len(tag)
}

// closingTag returns the offset in data of the end tag of name
// ("</name", any case), or len(data).
func closingTag(data []byte, name string) int {
	for i := 0; ; {
		j := bytes.Index(data[i:], []byte("</"))
		if j < 0 {
			return len(data)
		}
		i += j
		if rest := data[i+2:]; len(rest) >= len(name) && strings.EqualFold(string(rest[:len(name)]), name) &&
			(len(rest) == len(name) || rest[len(name)] == '>' || rest[len(name)] == '/' || isHTMLSpace(rest[len(name)])) {
			return i
		}
		i += 2
	}
}

// appendHTMLChars appends the text t with its character references
// decoded.
func appendHTMLChars(b, t []byte) []byte {
	if bytes.IndexByte(t, '&') < 0 {
		return append(b, t...)
	}
	return append(b, html.UnescapeString(string(t))...)
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
