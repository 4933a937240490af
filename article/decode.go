package article

import (
	"bytes"
	"mime"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode/utf32"

	xunicode "golang.org/x/text/encoding/unicode"
)

// hints are what is known about an input besides its bytes.
type hints struct {
	encoding    string // an encoding label the user named; "" to detect
	contentType string // the Content-Type a server sent; "" for files
	// owned says that the input's bytes are the parser's alone, never
	// changed after: UTF-8 text is then read in place, not copied (see
	// utf8Text).
	owned bool
}

// utf8Text returns data, valid UTF-8, as a string: the same bytes when
// owned (the input read from a file or standard input, which nothing
// holds or changes after parse), else a copy. A 50 MB input is then not
// copied once more.
func utf8Text(data []byte, owned bool) string {
	if owned {
		return unsafe.String(unsafe.SliceData(data), len(data))
	}
	return string(data)
}

// decoded is an input turned into UTF-8 text (not yet cleaned).
type decoded struct {
	text     string
	html     bool   // the input is HTML, not plain text
	encoding string // canonical name of the encoding read, e.g. "utf-8", "windows-1252"
}

// decode turns the raw bytes of an input into UTF-8 text and says whether
// they are HTML. The rules, in order:
//
//   - an encoding the user named wins (UTF-8 named explicitly is read
//     leniently: invalid bytes become U+FFFD);
//   - a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
//   - known binary formats (PDF, zip, images, ...) and NUL bytes are refused;
//   - a charset from the server's Content-Type, or for HTML from a <meta>
//     in the first KiB, decides, except that text declared as a legacy
//     8-bit charset but valid multi-byte UTF-8 is read as UTF-8;
//   - otherwise valid UTF-8 is UTF-8; bytes with no valid multi-byte UTF-8
//     sequence at all are a legacy 8-bit file, read as Windows-1252; a mix
//     of valid multi-byte sequences and invalid bytes is a corrupt file and
//     an error that names the first bad byte.
//
// Cost: a few linear passes over data; one copy for the decoded text.
func decode(name string, data []byte, h hints) (decoded, error) {
	if len(data) == 0 {
		return decoded{}, inputErrorf(name, "is empty")
	}
	mediaType, params, _ := mime.ParseMediaType(h.contentType)
	declaredHTML := mediaType == "text/html" || mediaType == "application/xhtml+xml"

	if h.encoding != "" {
		enc, canon, err := lookupEncoding(h.encoding)
		if err != nil {
			return decoded{}, (&InputError{Name: name, Problem: err.Error()}).hinted(encodingHint)
		}
		if err := refuseMisread(name, data, canon); err != nil {
			return decoded{}, err
		}
		var text string
		if canon == "utf-8" {
			text = strings.ToValidUTF8(string(bytes.TrimPrefix(data, bomUTF8)), "\uFFFD")
		} else {
			b, err := enc.NewDecoder().Bytes(stripBOM(data, canon))
			if err != nil {
				return decoded{}, &InputError{Name: name, Problem: "cannot decode as " + canon + ": " + err.Error(), Err: err}
			}
			text = string(b)
		}
		return finishDecode(name, text, canon, declaredHTML || looksLikeHTML(name, []byte(text)))
	}

	// Byte-order marks. UTF-32 first: its little-endian mark starts like UTF-16's.
	switch {
	case bytes.HasPrefix(data, bomUTF32LE):
		return decodeWith(name, data[4:], utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM), "utf-32le", declaredHTML)
	case bytes.HasPrefix(data, bomUTF32BE):
		return decodeWith(name, data[4:], utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM), "utf-32be", declaredHTML)
	case bytes.HasPrefix(data, bomUTF16LE):
		return decodeWith(name, data[2:], xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "utf-16le", declaredHTML)
	case bytes.HasPrefix(data, bomUTF16BE):
		return decodeWith(name, data[2:], xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), "utf-16be", declaredHTML)
	case bytes.HasPrefix(data, bomUTF8):
		if bad := firstInvalidUTF8(data); bad >= 0 {
			return decoded{}, invalidUTF8(name, bad)
		}
		return finishDecode(name, utf8Text(data[3:], h.owned), "utf-8", declaredHTML || looksLikeHTML(name, data[3:]))
	}

	if kind := sniffBinaryFormat(data); kind != "" {
		return decoded{}, inputErrorf(name, "looks like %s; wirediff reads plain text and HTML", kind).hinted("%s", binaryHint(name, kind))
	}
	if bytes.IndexByte(data, 0) >= 0 {
		if enc := utf16Order(data); enc != "" {
			return decoded{}, inputErrorf(name, "looks like UTF-16 text without a byte-order mark").
				hinted("name the encoding of this input alone: --encoding %s=%s", shellQuote(name), enc)
		}
		return decoded{}, inputErrorf(name, "binary data, not text").hinted(notArticle)
	}

	isHTML := declaredHTML || looksLikeHTML(name, data)
	label := params["charset"]
	if label == "" && isHTML {
		label = metaCharset(data)
	}
	if label != "" {
		if enc, canon, err := lookupEncoding(label); err == nil && !strings.HasPrefix(canon, "utf-16") {
			// WHATWG: a UTF-16 label on a byte-oriented page means UTF-8.
			if canon != "utf-8" {
				multi, bad := scanUTF8(data)
				if !(multi && bad < 0) {
					return decodeWith(name, data, enc, canon, isHTML)
				}
				// Declared legacy, but valid multi-byte UTF-8: mislabelled.
			}
		}
	}

	multi, bad := scanUTF8(data)
	switch {
	case bad < 0:
		return finishDecode(name, utf8Text(data, h.owned), "utf-8", isHTML)
	case !multi:
		return decodeWith(name, data, charmap.Windows1252, "windows-1252", isHTML)
	default:
		return decoded{}, invalidUTF8(name, bad)
	}
}

// refuseMisread returns an error when data, named to be in the encoding
// canon (not UTF-8), is valid UTF-8 that the encoding would garble: with a
// UTF-8 byte-order mark; for UTF-16 or UTF-32, without a NUL byte (every
// such text of Latin script has them); for an 8-bit or legacy multi-byte
// encoding, with multi-byte UTF-8 sequences and no invalid byte. Plain
// ASCII reads the same in every ASCII-based encoding and passes. This is
// what a single --encoding for several inputs does to the UTF-8 ones.
//
// Cost: one pass over data.
func refuseMisread(name string, data []byte, canon string) error {
	if canon == "utf-8" {
		return nil
	}
	wide := strings.HasPrefix(canon, "utf-16") || strings.HasPrefix(canon, "utf-32")
	misread := bytes.HasPrefix(data, bomUTF8)
	if !misread {
		multi, bad := scanUTF8(data)
		if wide {
			misread = bad < 0 && bytes.IndexByte(data, 0) < 0
		} else {
			misread = multi && bad < 0
		}
	}
	if !misread {
		return nil
	}
	return inputErrorf(name, "is valid UTF-8; read as %s it would be garbled", canon).
		hinted("give --encoding only for the input that needs it, --encoding FILE=%s, and let %s be read as UTF-8", canon, shellQuote(name))
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
	bomUTF32LE = []byte{0xFF, 0xFE, 0x00, 0x00}
	bomUTF32BE = []byte{0x00, 0x00, 0xFE, 0xFF}
)

func invalidUTF8(name string, at int) error {
	return inputErrorf(name, "invalid UTF-8 at byte %d (name the encoding with --encoding)", at).
		hinted("a file saved by an older Windows program is often --encoding windows-1252; others are e.g. latin1, shift_jis, gb18030")
}

// stripBOM removes the byte-order mark of the named encoding, if present.
func stripBOM(data []byte, canon string) []byte {
	switch canon {
	case "utf-16le":
		return bytes.TrimPrefix(data, bomUTF16LE)
	case "utf-16be":
		return bytes.TrimPrefix(data, bomUTF16BE)
	}
	return data
}

// decodeWith decodes data (without its byte-order mark) with enc.
func decodeWith(name string, data []byte, enc encoding.Encoding, canon string, declaredHTML bool) (decoded, error) {
	b, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return decoded{}, &InputError{Name: name, Problem: "cannot decode as " + canon + ": " + err.Error(), Err: err}
	}
	return finishDecode(name, string(b), canon, declaredHTML || looksLikeHTML(name, b))
}

// finishDecode refuses decoded text that is really binary data: any NUL,
// or other control characters making up more than 1% of the text.
func finishDecode(name, text, canon string, isHTML bool) (decoded, error) {
	controls, runes := 0, 0
	for _, r := range text {
		runes++
		if r == 0 {
			return decoded{}, inputErrorf(name, "binary data, not text").hinted(notArticle)
		}
		if isStrayControl(r) {
			controls++
		}
	}
	if controls >= 2 && controls*100 >= runes {
		return decoded{}, inputErrorf(name, "binary data, not text").hinted(notArticle)
	}
	return decoded{text: text, html: isHTML, encoding: canon}, nil
}

// isStrayControl reports control characters that have no place in text:
// all C0 and C1 controls except tab, line feed, carriage return, vertical
// tab and form feed.
func isStrayControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\v', '\f':
		return false
	}
	return unicode.IsControl(r)
}

// lookupEncoding finds an encoding by its WHATWG label ("latin1",
// "windows-1252", "utf-16le", "shift_jis", ...).
func lookupEncoding(label string) (encoding.Encoding, string, error) {
	enc, err := htmlindex.Get(strings.TrimSpace(label))
	if err != nil {
		return nil, "", &unknownEncodingError{label}
	}
	canon, err := htmlindex.Name(enc)
	if err != nil {
		canon = strings.ToLower(strings.TrimSpace(label))
	}
	return enc, canon, nil
}

type unknownEncodingError struct{ label string }

func (e *unknownEncodingError) Error() string {
	return "unknown encoding \"" + e.label + "\" (known names include utf-8, windows-1252, iso-8859-15, utf-16le, shift_jis)"
}

// CheckEncoding reports whether label names an encoding that Load can use
// for LoadOptions.Encoding (a WHATWG label such as "windows-1252",
// "latin1", "utf-16le" or "shift_jis").
// encodingHint is the hint for an encoding label that is not known.
const encodingHint = "--encoding takes a WHATWG label, e.g. utf-8, windows-1252, latin1, utf-16le, shift_jis or gb18030"

func CheckEncoding(label string) error {
	_, _, err := lookupEncoding(label)
	return err
}

// scanUTF8 reports whether data holds at least one valid multi-byte UTF-8
// sequence, and the offset of its first byte that is not valid UTF-8 (-1
// if none). A sequence cut off at the very end counts as invalid.
func scanUTF8(data []byte) (multi bool, bad int) {
	if utf8.Valid(data) {
		for _, c := range data {
			if c >= utf8.RuneSelf {
				return true, -1
			}
		}
		return false, -1
	}
	bad = -1
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			if bad < 0 {
				bad = i
			}
			if multi {
				return multi, bad
			}
			i++
			continue
		}
		multi = true
		if bad >= 0 {
			return multi, bad
		}
		i += size
	}
	return multi, bad
}

// firstInvalidUTF8 returns the offset of the first byte of data that is not
// valid UTF-8, or -1.
func firstInvalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// binarySignatures are the opening bytes of file formats people hand to a
// text tool by mistake, with the words used to name them.
var binarySignatures = []struct {
	offset int
	magic  string
	kind   string
}{
	{0, "%PDF-", "a PDF file"},
	{0, "PK\x03\x04", "a zip archive (Word .docx and OpenDocument files are zip archives too)"},
	{0, "PK\x05\x06", "a zip archive"},
	{0, "\x1f\x8b", "a gzip-compressed file"},
	{0, "\xfd7zXZ\x00", "an xz-compressed file"},
	{0, "\x28\xb5\x2f\xfd", "a zstd-compressed file"},
	{0, "7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
	{0, "Rar!\x1a\x07", "a RAR archive"},
	{0, "\x89PNG\r\n\x1a\n", "a PNG image"},
	{0, "\xff\xd8\xff", "a JPEG image"},
	{0, "GIF87a", "a GIF image"},
	{0, "GIF89a", "a GIF image"},
	{0, "II*\x00", "a TIFF image"},
	{0, "MM\x00*", "a TIFF image"},
	{4, "ftyp", "an MP4, MOV or HEIF media file"},
	{0, "OggS", "an Ogg media file"},
	{0, "ID3", "an MP3 audio file"},
	{0, "fLaC", "a FLAC audio file"},
	{0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"},
	{0, "{\\rtf", "an RTF document"},
	{0, "%!PS", "a PostScript file"},
	{0, "\x7fELF", "an executable program"},
	{0, "SQLite format 3\x00", "an SQLite database"},
	{0, "wOFF", "a web font"},
	{0, "wOF2", "a web font"},
}

// sniffBinaryFormat names the binary file format data starts with, or "".
func sniffBinaryFormat(data []byte) string {
	for _, s := range binarySignatures {
		if len(data) >= s.offset+len(s.magic) && string(data[s.offset:s.offset+len(s.magic)]) == s.magic {
			return s.kind
		}
	}
	if len(data) >= 12 && string(data[:4]) == "RIFF" {
		switch string(data[8:12]) {
		case "WEBP":
			return "a WebP image"
		case "WAVE":
			return "a WAV audio file"
		case "AVI ":
			return "an AVI video file"
		}
	}
	if len(data) >= 10 && string(data[:3]) == "BZh" && data[3] >= '1' && data[3] <= '9' && string(data[4:10]) == "1AY&SY" {
		return "a bzip2-compressed file"
	}
	return ""
}

// utf16Order reports whether NUL-laden data is most likely UTF-16 text
// without a byte-order mark: in its first KiB, one of the two byte
// positions is mostly NUL and the other mostly printable ASCII. It returns
// the encoding that reads it, "utf-16le" when the NULs come second (the
// high byte of an ASCII character stored last), "utf-16be" when they come
// first, and "" when data does not look like UTF-16: the hint then names
// the order that reads the file, not one that would garble it.
func utf16Order(data []byte) string {
	if len(data) > 1024 {
		data = data[:1024]
	}
	if len(data) < 4 {
		return ""
	}
	var zero, text [2]int
	for i, c := range data {
		switch {
		case c == 0:
			zero[i%2]++
		case c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c < 0x7f):
			text[i%2]++
		}
	}
	half := len(data) / 2
	for p, enc := range [2]string{"utf-16be", "utf-16le"} {
		if zero[p]*10 >= half*8 && text[1-p]*10 >= half*8 {
			return enc
		}
	}
	return ""
}

// htmlStartTags are the tags that, first in a file after white space, make
// it HTML (after the WHATWG MIME sniffing rules, with a few more).
var htmlStartTags = []string{
	"<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<h1", "<h2", "<h3",
	"<h4", "<h5", "<h6", "<div", "<font", "<table", "<a", "<style", "<title", "<b", "<br",
	"<p", "<meta", "<link", "<article", "<section", "<main", "<header", "<nav", "<span",
	"<ul", "<ol", "<li", "<em", "<strong", "<i", "<blockquote", "<figure", "<!--",
}

// htmlMarkers are tags that give HTML away anywhere in a file.
var htmlMarkers = []string{
	"</p>", "</div>", "</h1>", "</h2>", "</h3>", "</h4>", "</li>", "<br>", "<br/>", "<br />",
	"</a>", "</span>", "</em>", "</strong>", "</b>", "</i>", "</blockquote>", "</td>",
}

// looksLikeHTML decides by content whether data is HTML: it starts with an
// HTML tag or comment, or an XML declaration followed by <html, or its
// first 4 KiB hold at least three HTML end tags or line breaks. A name
// ending in .html or .htm lowers the bar to one tag of either kind.
func looksLikeHTML(name string, data []byte) bool {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	lower := bytes.ToLower(head)
	trimmed := bytes.TrimLeft(lower, " \t\r\n\f")
	if bytes.HasPrefix(trimmed, []byte("<?xml")) && bytes.Contains(trimmed, []byte("<html")) {
		return true
	}
	for _, tag := range htmlStartTags {
		if !bytes.HasPrefix(trimmed, []byte(tag)) {
			continue
		}
		if tag == "<!--" {
			return true
		}
		if len(trimmed) == len(tag) {
			return true
		}
		switch trimmed[len(tag)] {
		case ' ', '>', '\t', '\n', '\r', '/', '\f':
			return true
		}
	}
	markers := 0
	for _, m := range htmlMarkers {
		markers += bytes.Count(lower, []byte(m))
	}
	if markers >= 3 {
		return true
	}
	ext := strings.ToLower(path.Ext(name))
	if (ext == ".html" || ext == ".htm" || ext == ".xhtml") && (markers > 0 || bytes.Contains(trimmed, []byte("<"))) {
		return true
	}
	return false
}

// metaCharset returns the charset an HTML document declares in a <meta>
// element within its first KiB (the WHATWG prescan window), or "".
func metaCharset(data []byte) string {
	if len(data) > 1024 {
		data = data[:1024]
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, hasAttr := z.TagName()
			if string(tag) == "body" {
				return ""
			}
			if string(tag) != "meta" || !hasAttr {
				continue
			}
			var charset, content string
			var httpEquiv bool
			for {
				key, val, more := z.TagAttr()
				switch strings.ToLower(string(key)) {
				case "charset":
					charset = string(val)
				case "content":
					content = string(val)
				case "http-equiv":
					httpEquiv = strings.EqualFold(string(val), "content-type")
				}
				if !more {
					break
				}
			}
			if charset != "" {
				return strings.TrimSpace(charset)
			}
			if httpEquiv && content != "" {
				if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
					return params["charset"]
				}
				if i := indexFold(content, "charset="); i >= 0 {
					return strings.Trim(content[i+len("charset="):], " \"';")
				}
			}
		}
	}
}

// indexFold returns the offset of the first match of the ASCII string sub
// in s, ignoring case, or -1. (Searching strings.ToLower(s) would give
// offsets into a string whose length may differ from s.)
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}
