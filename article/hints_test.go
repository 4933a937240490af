package article

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHints: each kind of bad input carries the hint that fits it.
func TestHints(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("wire.txt", []byte("The mayor said no."))
	write("wire.html", []byte("<p>The mayor said no.</p>"))
	pdf := []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	mux := http.NewServeMux()
	for path, code := range map[string]int{"/gone": 404, "/login": 403, "/broken": 503, "/teapot": 418} {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(code) })
	}
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct {
		name  string
		input string
		stdin []byte
		opts  LoadOptions
		hint  string
	}{
		{"directory", dir, nil, LoadOptions{}, "to look for reuse of an article in a folder, run 'wirediff search QUERY " + dir + "'"},
		{"missing, close names", filepath.Join(dir, "Wire"), nil, LoadOptions{}, "did you mean " + filepath.Join(dir, "wire.html") + " or " + filepath.Join(dir, "wire.txt") + "?"},
		{"missing, nothing close", filepath.Join(dir, "other-story.txt"), nil, LoadOptions{}, "check the path (a relative path starts at the current folder)"},
		{"missing folder", filepath.Join(dir, "no", "wire.txt"), nil, LoadOptions{}, "the folder " + filepath.Join(dir, "no") + " does not exist either; check the path"},
		// An empty argument ("$WIRE" unset) was "': no such file'" with
		// names of the current folder offered; a URL of another scheme had
		// a hint about the folder "file:" or "ftp:".
		{"empty argument", "", nil, LoadOptions{}, "a shell variable that is not set, or empty quotes? give each article as a file path, an http(s) URL, or - for standard input"},
		{"file URL", "file:///no/such/story.txt", nil, LoadOptions{}, "a file is given by its path, not a file:// URL: /no/such/story.txt"},
		{"ftp URL", "ftp://example.com/story.txt", nil, LoadOptions{}, "wirediff fetches http:// and https:// URLs only; download the article and give the file"},
		{"pdf", write("my story.pdf", pdf), nil, LoadOptions{}, "convert it to text first: pdftotext -layout '" + filepath.Join(dir, "my story.pdf") + "' '" + filepath.Join(dir, "my story.txt") + "', and compare '" + filepath.Join(dir, "my story.txt") + "'"},
		{"pdf on standard input", "-", pdf, LoadOptions{}, "save it as FILE, then convert it to text first: pdftotext -layout FILE FILE.txt, and compare FILE.txt"},
		{"png", "-", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), LoadOptions{}, "save it as FILE, then an image holds no text to compare; read its text with OCR first: tesseract FILE FILE, and compare FILE.txt"},
		{"7-zip", "-", []byte("7z\xbc\xaf\x27\x1c\x00"), LoadOptions{}, "unpack it and give the articles inside"},
		{"too large", "-", []byte("The mayor said no."), LoadOptions{MaxSize: 10}, "if it really is one article, raise the limit, e.g. --max-size 20"},
		{"unknown encoding", "-", []byte("x"), LoadOptions{Encoding: "klingon"}, encodingHint},
		{"404", srv.URL + "/gone", nil, LoadOptions{}, "check the address: the page is not (or no longer) there"},
		{"403", srv.URL + "/login", nil, LoadOptions{}, "the site refuses programs or wants a login: open the page in a browser, save it as HTML and give the file"},
		{"503", srv.URL + "/broken", nil, LoadOptions{}, "the server is in trouble: try again later, or save the page from a browser and give the file"},
		{"418", srv.URL + "/teapot", nil, LoadOptions{}, "open the address in a browser; if it shows the article, save it as HTML and give the file"},
		{"HTML nested too deep", "-", []byte("<!DOCTYPE html><html><body><p>" + strings.Repeat("<b>", 600) + "The mayor said no.</p></body></html>"), LoadOptions{},
			"the page nests its elements too deep, often from tags never closed; open it in a browser, copy the article's text into a file and give that file"},
		{"empty", "-", []byte{}, LoadOptions{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Stdin = strings.NewReader(string(tt.stdin))
			_, err := Load(context.Background(), tt.input, tt.opts)
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is no *InputError", err)
			}
			if ie.Hint != tt.hint {
				t.Errorf("%v: hint\n got %q\nwant %q", err, ie.Hint, tt.hint)
			}
			if strings.Contains(err.Error(), ie.Hint) && ie.Hint != "" {
				t.Errorf("the hint is repeated in the message %q", err)
			}
		})
	}
}

func TestSimilarName(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"wire.txt", "wire.txt", false},
		{"WIRE.TXT", "wire.txt", true},
		{"wire", "wire.txt", true},
		{"wire.txt", "wire", true},
		{"rewrtie.txt", "rewrite.txt", true},
		{"wire.txt", "fire.htm", false},
		{"a.txt", "story.txt", false},
	} {
		if got := similarName(tt.a, tt.b); got != tt.want {
			t.Errorf("similarName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
