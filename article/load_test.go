package article

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"testing/iotest"
	"time"

	"github.com/google/go-cmp/cmp"
)

const story = "Italian Pushback\n\nSala said ICE agents are not welcome in Milan. Conte agreed.\n"

// wantInputError checks that err is an *InputError with exactly the text want.
func wantInputError(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %q", want)
	}
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error %q is a %T, not an *InputError", err, err)
	}
	if err.Error() != want {
		t.Errorf("error\n got %q\nwant %q", err.Error(), want)
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(path, []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Load(context.Background(), path, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkDocument(t, d)
	if d.Name != path || d.Format != "text" || len(d.Paragraphs) != 2 || len(d.Sentences) != 3 {
		t.Errorf("name %q format %q, %d paragraphs, %d sentences", d.Name, d.Format, len(d.Paragraphs), len(d.Sentences))
	}
}

func TestLoadStdin(t *testing.T) {
	d, err := Load(context.Background(), "-", LoadOptions{Stdin: strings.NewReader(story)})
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "-" || d.Title != "Italian Pushback" {
		t.Errorf("name %q title %q", d.Name, d.Title)
	}
	_, err = Load(context.Background(), "-", LoadOptions{Stdin: strings.NewReader("")})
	wantInputError(t, err, "standard input: is empty")
}

func TestLoadEncodingOption(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "latin.txt")
	// "caf\xe9 \xc3\xa9" is Latin-1 text that happens to hold a valid UTF-8 pair.
	if err := os.WriteFile(path, []byte("Caf\xe9 \xc3\xa9t\xe9."), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(context.Background(), path, LoadOptions{})
	wantInputError(t, err, path+": invalid UTF-8 at byte 3 (name the encoding with --encoding)")
	d, err := Load(context.Background(), path, LoadOptions{Encoding: "windows-1252"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "Café Ã©té." || d.Encoding != "windows-1252" {
		t.Errorf("text %q encoding %q", d.Text, d.Encoding)
	}
	_, err = Load(context.Background(), path, LoadOptions{Encoding: "ebcdic-klingon"})
	wantInputError(t, err, path+`: unknown encoding "ebcdic-klingon" (known names include utf-8, windows-1252, iso-8859-15, utf-16le, shift_jis)`)
}

func TestLoadFileErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := write("big.txt", []byte(strings.Repeat("word ", 300)))
	tests := []struct {
		name string
		path string
		opts LoadOptions
		want string
	}{
		{"missing", filepath.Join(dir, "nope.txt"), LoadOptions{}, "NAME: no such file"},
		{"directory", dir, LoadOptions{}, "NAME: is a directory, not a file"},
		{"empty", write("empty.txt", nil), LoadOptions{}, "NAME: is empty"},
		{"white space only", write("blank.txt", []byte(" \n\t\r\n\u00a0\u200b\n")), LoadOptions{}, "NAME: contains only white space"},
		{"binary", write("x.bin", []byte("\x00\x01\x02\x03binary\x00")), LoadOptions{}, "NAME: binary data, not text"},
		{"pdf", write("doc.txt", []byte("%PDF-1.4\n...")), LoadOptions{}, "NAME: looks like a PDF file; wirediff reads plain text and HTML"},
		{"too large", big, LoadOptions{MaxSize: 1024}, "NAME: is larger than the 1 KiB limit; use --max-size to raise it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(context.Background(), tt.path, tt.opts)
			wantInputError(t, err, strings.Replace(tt.want, "NAME", tt.path, 1))
		})
	}
	wantInputError(t, tooLarge("f", LoadOptions{}.maxSize()), "f: is larger than the 32 MiB limit; use --max-size to raise it")
}

// A stream longer than the limit is refused without being read whole.
func TestLoadBoundedRead(t *testing.T) {
	r := &countingReader{limit: 100 << 20}
	_, err := Load(context.Background(), "-", LoadOptions{Stdin: r, MaxSize: 1 << 20})
	wantInputError(t, err, "standard input: is larger than the 1 MiB limit; use --max-size to raise it")
	if r.read > 1<<20+64<<10 {
		t.Errorf("read %d bytes of a 100 MiB stream to refuse it at 1 MiB", r.read)
	}
}

// countingReader yields limit bytes of text and counts what was read.
type countingReader struct{ limit, read int }

func (r *countingReader) Read(p []byte) (int, error) {
	if r.read >= r.limit {
		return 0, io.EOF
	}
	n := min(len(p), r.limit-r.read)
	for i := range p[:n] {
		p[i] = 'a' + byte(i%26)
	}
	r.read += n
	return n, nil
}

func TestLoadPermissionDenied(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file; fileError's wording is tested in TestFileError")
	}
	path := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(path, []byte(story), 0o000); err != nil {
		t.Fatal(err)
	}
	_, err := Load(context.Background(), path, LoadOptions{})
	wantInputError(t, err, path+": permission denied")
}

func TestFileError(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{&fs.PathError{Op: "open", Path: "f", Err: syscall.ENOENT}, "f: no such file"},
		{&fs.PathError{Op: "open", Path: "f", Err: syscall.EACCES}, "f: permission denied"},
		{&fs.PathError{Op: "read", Path: "f", Err: syscall.EISDIR}, "f: is a directory, not a file"},
		{&fs.PathError{Op: "read", Path: "f", Err: syscall.EIO}, "f: cannot read: input/output error"},
	}
	for _, tt := range tests {
		err := fileError("f", tt.err)
		wantInputError(t, err, tt.want)
		if !errors.Is(err, tt.err.(*fs.PathError).Err) {
			t.Errorf("%v does not wrap its cause", err)
		}
	}
}

func TestLoadURL(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		fmt.Fprint(w, "<html><head><title>Sala</title></head><body><p>Sala said \x93no\x94 to the agents.</p></body></html>")
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, story)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/story", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", "4096")
		w.Write([]byte(strings.Repeat("a", 4096)))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for i := 0; i < 8; i++ {
			w.Write([]byte(strings.Repeat("b", 1024)))
			w.(http.Flusher).Flush()
		}
	})
	release := make(chan struct{})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	defer close(release)

	d, err := Load(context.Background(), srv.URL+"/moved", LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkDocument(t, d)
	if d.Name != srv.URL+"/moved" || d.Format != "html" || d.Encoding != "windows-1252" || !strings.Contains(d.Text, "Sala said “no” to the agents.") {
		t.Errorf("name %q format %q encoding %q text %q", d.Name, d.Format, d.Encoding, d.Text)
	}
	d, err = Load(context.Background(), srv.URL+"/plain", LoadOptions{HTTPClient: srv.Client()})
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != "text" || len(d.Sentences) != 3 {
		t.Errorf("format %q, %d sentences", d.Format, len(d.Sentences))
	}

	tests := []struct {
		path string
		opts LoadOptions
		want string
	}{
		{"/missing", LoadOptions{}, "URL: the server answered 404 Not Found"},
		{"/loop", LoadOptions{}, "URL: too many redirects (more than 5)"},
		{"/image", LoadOptions{}, "URL: serves image/png, not text or HTML"},
		{"/big", LoadOptions{MaxSize: 1024}, "URL: is larger than the 1 KiB limit; use --max-size to raise it"},
		{"/big-chunked", LoadOptions{MaxSize: 1024}, "URL: is larger than the 1 KiB limit; use --max-size to raise it"},
		{"/slow", LoadOptions{Timeout: 50 * time.Millisecond}, "URL: timed out after 50ms"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			url := srv.URL + tt.path
			_, err := Load(context.Background(), url, tt.opts)
			wantInputError(t, err, strings.Replace(tt.want, "URL", url, 1))
		})
	}
}

func TestLoadURLUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL + "/story"
	srv.Close() // nothing listens there any more
	_, err := Load(context.Background(), url, LoadOptions{})
	var ie *InputError
	if !errors.As(err, &ie) || !strings.HasPrefix(err.Error(), url+": cannot fetch: ") {
		t.Errorf("error %v", err)
	}
}

func TestLoadURLCancelled(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Load(ctx, srv.URL, LoadOptions{})
	wantInputError(t, err, srv.URL+": cancelled")
}

func TestSizeString(t *testing.T) {
	tests := map[int64]string{1: "1 byte", 700: "700 bytes", 1024: "1 KiB", 1536: "1.5 KiB", 32 << 20: "32 MiB", 3 << 30: "3 GiB"}
	for n, want := range tests {
		if got := sizeString(n); got != want {
			t.Errorf("sizeString(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestTextualType(t *testing.T) {
	tests := map[string]bool{
		"":                          true,
		"text/html; charset=utf-8":  true,
		"text/plain":                true,
		"application/xhtml+xml":     true,
		"TEXT/HTML":                 true,
		"image/png":                 false,
		"application/pdf":           false,
		"application/octet-stream":  false,
		"this is not a media type;": false,
	}
	for ct, want := range tests {
		if got := textualType(ct); got != want {
			t.Errorf("textualType(%q) = %v, want %v", ct, got, want)
		}
	}
}

// ReadFile returns the bytes as they are, reads up to the default limit
// when given none, and names the limit when refusing a file.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte("\xffraw bytes"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, max := range []int64{0, -1, 10} {
		got, err := ReadFile(path, max)
		if err != nil || string(got) != "\xffraw bytes" {
			t.Errorf("ReadFile(max %d) = %q, %v; want the file's bytes", max, got, err)
		}
	}
	_, err := ReadFile(path, 9)
	wantInputError(t, err, path+": is larger than the 9 bytes limit; use --max-size to raise it")
}

// readSized reads every byte whatever the size it is told (right, too
// small, too large or unknown) and however the reader hands them out,
// and refuses more than max.
func TestReadSized(t *testing.T) {
	text := strings.Repeat("0123456789", 300)
	for _, size := range []int64{0, 1, 2999, 3000, 3001, 1 << 20} {
		for name, r := range map[string]func() io.Reader{
			"plain":       func() io.Reader { return strings.NewReader(text) },
			"one byte":    func() io.Reader { return iotest.OneByteReader(strings.NewReader(text)) },
			"data at EOF": func() io.Reader { return iotest.DataErrReader(strings.NewReader(text)) },
		} {
			got, err := readSized("f", r(), 3000, size)
			if err != nil || string(got) != text {
				t.Errorf("%s, size %d: got %d bytes, %v; want the %d bytes", name, size, len(got), err, len(text))
			}
			_, err = readSized("f", r(), 2999, size)
			wantInputError(t, err, "f: is larger than the 2.9 KiB limit; use --max-size to raise it")
		}
	}
}

// A file's bytes are read in place (hints.owned): the document Load
// makes of a file is the one Parse makes of a copy of its bytes, with and
// without a byte-order mark, plain and HTML.
func TestLoadReadsInPlace(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	dir := t.TempDir()
	for i, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for j, in := range [][]byte{data, append([]byte("\xef\xbb\xbf"), data...),
			[]byte("<html><head><title>T “é”</title></head><body><p>" + string(data[:min(len(data), 400)]) + "</p></body></html>")} {
			name := filepath.Join(dir, fmt.Sprintf("%d-%d.txt", i, j))
			if j == 2 {
				name = filepath.Join(dir, fmt.Sprintf("%d-%d.html", i, j))
			}
			if err := os.WriteFile(name, in, 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := Load(context.Background(), name, LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			want, err := Parse(name, slices.Clone(in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: loaded differs from parsed (-parsed +loaded):\n%s", name, diff)
			}
		}
	}
}
