package article

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// sample is a paragraph with the characters that legacy encodings mangle.
const sample = "Sala said “they’re not welcome” — café, naïve, 5 €."

func cp1252(t *testing.T, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func utf16(t *testing.T, s string, e unicode.Endianness) []byte {
	t.Helper()
	b, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeEncodings(t *testing.T) {
	utf32le, err := utf32.UTF32(utf32.LittleEndian, utf32.UseBOM).NewEncoder().Bytes([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		data     []byte
		h        hints
		wantEnc  string
		wantHTML bool
	}{
		{"utf-8", []byte(sample), hints{}, "utf-8", false},
		{"utf-8 with BOM", append([]byte("\xEF\xBB\xBF"), sample...), hints{}, "utf-8", false},
		{"utf-16le with BOM", utf16(t, sample, unicode.LittleEndian), hints{}, "utf-16le", false},
		{"utf-16be with BOM", utf16(t, sample, unicode.BigEndian), hints{}, "utf-16be", false},
		{"utf-32le with BOM", utf32le, hints{}, "utf-32le", false},
		{"legacy 8-bit is windows-1252", cp1252(t, sample), hints{}, "windows-1252", false},
		{"server charset", cp1252(t, sample), hints{contentType: "text/plain; charset=windows-1252"}, "windows-1252", false},
		{"server says latin1, bytes say UTF-8", []byte(sample), hints{contentType: "text/plain; charset=iso-8859-1"}, "utf-8", false},
		{"named encoding wins", cp1252(t, sample), hints{encoding: "latin1"}, "windows-1252", false},
		{"html meta charset", append([]byte(`<html><head><meta charset="windows-1252"></head><body><p>`), append(cp1252(t, sample), "</p></body></html>"...)...), hints{}, "windows-1252", true},
		{"html http-equiv charset", append([]byte(`<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>`), cp1252(t, sample)...), hints{}, "windows-1252", true},
		{"html utf-16 with BOM", utf16(t, "<!DOCTYPE html><p>"+sample+"</p>", unicode.LittleEndian), hints{}, "utf-16le", true},
		{"html meta utf-16 on bytes means utf-8", []byte(`<html><head><meta charset="utf-16"></head><body><p>` + sample + `</p>`), hints{}, "utf-8", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decode("x", tt.data, tt.h)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if got.encoding != tt.wantEnc || got.html != tt.wantHTML {
				t.Errorf("encoding %q html %v, want %q html %v", got.encoding, got.html, tt.wantEnc, tt.wantHTML)
			}
			if !strings.Contains(got.text, sample) {
				t.Errorf("decoded text %q does not hold %q", got.text, sample)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	valid := []byte("Sala said “no”. ")
	mixed := append(append([]byte{}, valid...), 0xE9, ' ', 'x') // valid multi-byte UTF-8, then a Latin-1 é
	tests := []struct {
		name string
		data []byte
		h    hints
		want string
	}{
		{"empty", nil, hints{}, "in.txt: is empty"},
		{"corrupt UTF-8", mixed, hints{}, "in.txt: invalid UTF-8 at byte 20 (name the encoding with --encoding)"},
		{"corrupt UTF-8 after BOM", append([]byte("\xEF\xBB\xBFab\xC3\xA9"), 0xFF), hints{}, "in.txt: invalid UTF-8 at byte 7 (name the encoding with --encoding)"},
		{"NUL bytes", []byte("some\x00text\x00here"), hints{}, "in.txt: binary data, not text"},
		{"control characters", []byte(strings.Repeat("ab\x01\x02\x03cd", 20)), hints{}, "in.txt: binary data, not text"},
		{"UTF-16 without BOM", utf16(t, "Hello, world, this is text.", unicode.LittleEndian)[2:], hints{}, "in.txt: looks like UTF-16 text without a byte-order mark"},
		// Valid UTF-8 named to be in another encoding: refused, not garbled.
		{"UTF-8 read as UTF-16", []byte("Plain text with “curly” quotes."), hints{encoding: "utf-16le"}, "in.txt: is valid UTF-8; read as utf-16le it would be garbled"},
		{"ASCII read as UTF-16", []byte("Plain ASCII text."), hints{encoding: "utf-16be"}, "in.txt: is valid UTF-8; read as utf-16be it would be garbled"},
		{"UTF-8 read as Windows-1252", []byte("caf\xC3\xA9 au lait"), hints{encoding: "windows-1252"}, "in.txt: is valid UTF-8; read as windows-1252 it would be garbled"},
		{"UTF-8 BOM read as latin1", []byte("\xEF\xBB\xBFtext"), hints{encoding: "latin1"}, "in.txt: is valid UTF-8; read as windows-1252 it would be garbled"},
		{"pdf", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"), hints{}, "in.txt: looks like a PDF file; wirediff reads plain text and HTML"},
		{"zip", []byte("PK\x03\x04\x14\x00\x06\x00"), hints{}, "in.txt: looks like a zip archive (Word .docx and OpenDocument files are zip archives too); wirediff reads plain text and HTML"},
		{"gzip", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), hints{}, "in.txt: looks like a gzip-compressed file; wirediff reads plain text and HTML"},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), hints{}, "in.txt: looks like a PNG image; wirediff reads plain text and HTML"},
		{"jpeg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), hints{}, "in.txt: looks like a JPEG image; wirediff reads plain text and HTML"},
		{"webp", []byte("RIFF\x24\x00\x00\x00WEBPVP8 "), hints{}, "in.txt: looks like a WebP image; wirediff reads plain text and HTML"},
		{"unknown encoding", []byte("text"), hints{encoding: "klingon"}, `in.txt: unknown encoding "klingon" (known names include utf-8, windows-1252, iso-8859-15, utf-16le, shift_jis)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decode("in.txt", tt.data, tt.h)
			if err == nil {
				t.Fatal("no error")
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %T is not an *InputError", err)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got %q\nwant %q", err.Error(), tt.want)
			}
		})
	}
}

// TestDecodeNamedEncoding checks what a named encoding still reads: ASCII
// in an 8-bit encoding (the same text), real Windows-1252 and real UTF-16.
func TestDecodeNamedEncoding(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		enc  string
		want string
	}{
		{"ASCII as windows-1252", []byte("Plain text."), "windows-1252", "Plain text."},
		{"windows-1252", []byte("caf\xE9 \x93quoted\x94"), "windows-1252", "café “quoted”"},
		{"UTF-16 without BOM", utf16(t, "Hello, world.", unicode.LittleEndian)[2:], "utf-16le", "Hello, world."},
	} {
		got, err := decode("in.txt", tc.data, hints{encoding: tc.enc})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if strings.TrimSpace(got.text) != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got.text, tc.want)
		}
	}
	// The hint for BOM-less UTF-16 names this input alone, in the byte
	// order that reads it (it said utf-16le for a big-endian file too).
	for _, tc := range []struct {
		order unicode.Endianness
		enc   string
	}{{unicode.LittleEndian, "utf-16le"}, {unicode.BigEndian, "utf-16be"}} {
		_, err := decode("other file.txt", utf16(t, "Hello, world, this is text.", tc.order)[2:], hints{})
		var ie *InputError
		if !errors.As(err, &ie) {
			t.Errorf("%s without a BOM: %v, want an InputError", tc.enc, err)
		} else if want := "name the encoding of this input alone: --encoding 'other file.txt'=" + tc.enc; ie.Hint != want {
			t.Errorf("hint for %s without a BOM: %q, want %q", tc.enc, ie.Hint, want)
		}
		if _, err := decode("in.txt", utf16(t, "Hello, world, this is text.", tc.order)[2:], hints{encoding: tc.enc}); err != nil {
			t.Errorf("the hinted %s: %v", tc.enc, err)
		}
	}
}

func TestDecodeLenientUTF8(t *testing.T) {
	got, err := decode("x", []byte("caf\xC3\xA9 and caf\xE9"), hints{encoding: "utf-8"})
	if err != nil {
		t.Fatal(err)
	}
	if got.text != "café and caf\uFFFD" {
		t.Errorf("got %q", got.text)
	}
}

func TestDecodeFewControlsAreText(t *testing.T) {
	text := strings.Repeat("A line of ordinary text. ", 20) + "\x1b"
	got, err := decode("x", []byte(text), hints{})
	if err != nil {
		t.Fatalf("one stray control character made text binary: %v", err)
	}
	if got.text != text {
		t.Errorf("decode changed the text")
	}
}

func TestScanUTF8(t *testing.T) {
	tests := []struct {
		in    string
		multi bool
		bad   int
	}{
		{"plain", false, -1},
		{"caf\xC3\xA9", true, -1},
		{"caf\xE9", false, 3},
		{"\x93quoted\x94 \xC3\xA9", true, 0},
		{"\xC3\xA9 then \xE9", true, 8},
		{"cut \xE2\x80", false, 4},
	}
	for _, tt := range tests {
		multi, bad := scanUTF8([]byte(tt.in))
		if multi != tt.multi || bad != tt.bad {
			t.Errorf("scanUTF8(%q) = %v, %d; want %v, %d", tt.in, multi, bad, tt.multi, tt.bad)
		}
	}
}

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             bool
	}{
		{"doctype", "a.txt", "<!DOCTYPE html><p>x", true},
		{"leading space and html", "a", "\n  <html lang=en>", true},
		{"fragment paragraph", "a", "<p>Hello.</p><p>World.</p>", true},
		{"comment first", "a", "<!-- saved page -->\n<div>", true},
		{"xhtml", "a", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, true},
		{"tags inside text", "a", "Intro line\nFirst<br>second<br>third</p>", true},
		{"html extension, one tag", "page.html", "Some text <b>bold", true},
		{"plain text", "a.txt", "Sala said ICE agents are not welcome.", false},
		{"plain text with a less-than", "a.txt", "Turnout was <5% in Milan.", false},
		{"one tag in plain text", "a.txt", "Type <p> to start a paragraph.", false},
		{"tag-like word", "a", "<pretend> is not a tag", false},
	}
	for _, tt := range tests {
		if got := looksLikeHTML(tt.file, []byte(tt.data)); got != tt.want {
			t.Errorf("%s: looksLikeHTML(%q, %q) = %v, want %v", tt.name, tt.file, tt.data, got, tt.want)
		}
	}
}

func TestMetaCharset(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<meta charset="windows-1252">`, "windows-1252"},
		{`<head><META CHARSET=ISO-8859-15>`, "ISO-8859-15"},
		{`<meta http-equiv="content-type" content="text/html; charset=koi8-r">`, "koi8-r"},
		{`<meta name="viewport" content="width=device-width">`, ""},
		{`<body><meta charset="latin1">`, ""},
		{"<meta http-equiv=content-type content=\"\xc8\xba; CHARSET=latin1\">", "latin1"}, // Ⱥ lower-cases to a longer ⱥ`
		{"<meta http-equiv=content-type content=\"\xff\xfe charset=\">", ""},
		{strings.Repeat(" ", 1100) + `<meta charset="latin1">`, ""}, // past the prescan window
	}
	for _, tt := range tests {
		if got := metaCharset([]byte(tt.in)); got != tt.want {
			t.Errorf("metaCharset(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCheckEncoding(t *testing.T) {
	for _, ok := range []string{"utf-8", "windows-1252", "latin1", "UTF-16LE", "shift_jis", " iso-8859-15 "} {
		if err := CheckEncoding(ok); err != nil {
			t.Errorf("CheckEncoding(%q): %v", ok, err)
		}
	}
	if err := CheckEncoding("klingon"); err == nil {
		t.Error(`CheckEncoding("klingon") accepted it`)
	}
}
