package article

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

const (
	// DefaultMaxSize is the largest input Load reads unless told otherwise.
	DefaultMaxSize = 32 << 20
	// defaultTimeout bounds a whole URL request, body included.
	defaultTimeout = 30 * time.Second
	// maxRedirects is how many redirects Load follows for one URL.
	maxRedirects = 5
)

// LoadOptions say how Load reads its input. The zero value is ready to use.
type LoadOptions struct {
	// MaxSize is the largest input accepted, in bytes; 0 or less means
	// DefaultMaxSize. It is enforced while reading, so a larger input is
	// never held in memory whole.
	MaxSize int64
	// Stdin is read for the name "-"; nil means os.Stdin.
	Stdin io.Reader
	// HTTPClient fetches URLs; nil means http.DefaultTransport behind a
	// client that follows at most 5 redirects (maxRedirects). A client's own
	// CheckRedirect is kept, and the redirect cap applies on top of it.
	HTTPClient *http.Client
	// Timeout bounds one URL request, body included; 0 means 30 seconds.
	Timeout time.Duration
	// Encoding names the input's character encoding with a WHATWG label
	// ("windows-1252", "latin1", "utf-16le", "shift_jis", ...), overriding
	// detection; "" detects. See CheckEncoding.
	Encoding string
}

func (o LoadOptions) maxSize() int64 {
	if o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

// Load reads and parses one input: "-" is standard input (opts.Stdin), a
// name starting with http:// or https:// is fetched, anything else is a
// file path. See Parse for what happens to the bytes.
//
// Every error is an *InputError naming the input and the problem in plain
// words: a missing or unreadable file, a directory, an empty or binary
// file, a PDF or image given by mistake, undecodable text, an input over
// the size limit, or a URL that times out, fails, redirects too often or
// serves something other than text.
func Load(ctx context.Context, name string, opts LoadOptions) (*Document, error) {
	if opts.Encoding != "" {
		if err := CheckEncoding(opts.Encoding); err != nil {
			return nil, (&InputError{Name: name, Problem: err.Error()}).hinted(encodingHint)
		}
	}
	h := hints{encoding: opts.Encoding}
	switch {
	case name == "-":
		r := opts.Stdin
		if r == nil {
			r = os.Stdin
		}
		data, err := readAtMost(name, r, opts.maxSize())
		if err != nil {
			return nil, err
		}
		h.owned = true // read here, and dropped once parsed
		return parse(name, data, h, nil)
	case isURL(name):
		return loadURL(ctx, name, opts)
	}
	data, err := ReadFile(name, opts.maxSize())
	if err != nil {
		return nil, err
	}
	h.owned = true // read here, and dropped once parsed
	return parse(name, data, h, nil)
}

// schemeHint returns the hint for a missing file whose name is a URL of a
// scheme wirediff does not fetch ("file:///srv/story.txt",
// "ftp://host/story.txt"), which was read as a path: for a file URL its
// path, for another scheme what is fetched. It returns "" for any other
// name.
func schemeHint(name string) string {
	u, err := url.Parse(name)
	if err != nil || u.Scheme == "" || !strings.Contains(name, "://") {
		return ""
	}
	if strings.EqualFold(u.Scheme, "file") && u.Path != "" {
		return "a file is given by its path, not a file:// URL: " + shellQuote(u.Path)
	}
	return "wirediff fetches http:// and https:// URLs only; download the article and give the file"
}

func isURL(name string) bool {
	lower := strings.ToLower(name)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// ReadFile reads the whole file name, of at most max bytes (0 or less
// means DefaultMaxSize), without parsing it. A regular file over the limit
// is refused by its size before reading; any other file (a pipe, a device)
// is read up to max+1 bytes and then refused, so a larger input is never
// held in memory whole. Every error is an *InputError in plain words: no
// such file, permission denied, a directory, over the size limit (naming
// the limit), or a read error. Cost: one read of the file, O(size) memory.
func ReadFile(name string, max int64) ([]byte, error) {
	if max <= 0 {
		max = DefaultMaxSize
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fileError(name, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fileError(name, err)
	}
	if info.IsDir() {
		return nil, directoryError(name, nil)
	}
	if info.Mode().IsRegular() && info.Size() > max {
		return nil, tooLarge(name, max)
	}
	size := int64(0)
	if info.Mode().IsRegular() {
		size = info.Size()
	}
	return readSized(name, f, max, size)
}

// readAtMost reads r to its end, refusing more than max bytes: it never
// holds more than max+1 bytes of a longer input.
func readAtMost(name string, r io.Reader, max int64) ([]byte, error) {
	return readSized(name, r, max, 0)
}

// readSized is readAtMost for an input of about size bytes (0 when not
// known): the buffer is made that large (and one byte more, to see the
// end without growing it) instead of growing by doubling, which on a
// file of 50 MB costs hundreds of milliseconds of copying and clearing.
func readSized(name string, r io.Reader, max, size int64) ([]byte, error) {
	data := make([]byte, 0, min(size, max)+512)
	lr := io.LimitReader(r, max+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := lr.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fileError(name, err)
		}
	}
	if int64(len(data)) > max {
		return nil, tooLarge(name, max)
	}
	return data, nil
}

func tooLarge(name string, max int64) error {
	return inputErrorf(name, "is larger than the %s limit; use --max-size to raise it", sizeString(max)).
		hinted("if it really is one article, raise the limit, e.g. --max-size %s", flagSize(2*max))
}

// flagSize writes n bytes as --max-size takes it: 64MiB, 512KiB, 100.
func flagSize(n int64) string {
	switch {
	case n%(1<<30) == 0:
		return fmt.Sprintf("%dGiB", n>>30)
	case n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return fmt.Sprint(n)
}

// directoryError is the error for a folder given as an article.
func directoryError(name string, err error) *InputError {
	e := &InputError{Name: name, Problem: "is a directory, not a file", Err: err}
	return e.hinted("to look for reuse of an article in a folder, run 'wirediff search QUERY %s'", shellQuote(name))
}

// fileError puts an error from opening or reading a file in plain words.
func fileError(name string, err error) error {
	var problem, hint string
	switch {
	case name == "":
		problem, hint = "an empty argument given as an input", "a shell variable that is not set, or empty quotes? give each article as a file path, an http(s) URL, or - for standard input"
	case errors.Is(err, fs.ErrNotExist):
		problem, hint = "no such file", missingHint(name)
		if h := schemeHint(name); h != "" {
			hint = h
		}
	case errors.Is(err, fs.ErrPermission):
		problem, hint = "permission denied", "check that the file is readable by you (ls -l "+shellQuote(name)+")"
	default:
		cause := err
		var pe *fs.PathError
		if errors.As(err, &pe) {
			cause = pe.Err
		}
		if strings.Contains(cause.Error(), "is a directory") {
			return directoryError(name, err)
		}
		problem = "cannot read: " + cause.Error()
	}
	return &InputError{Name: name, Problem: problem, Err: err, Hint: hint}
}

// errTooManyRedirects is returned by the redirect check.
var errTooManyRedirects = errors.New("too many redirects")

// loadURL fetches and parses one URL.
func loadURL(ctx context.Context, name string, opts LoadOptions) (*Document, error) {
	u, err := url.Parse(name)
	if err != nil || u.Host == "" {
		return nil, inputErrorf(name, "is not a valid URL").hinted("a URL looks like https://example.com/story")
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = defaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	client := &http.Client{}
	if opts.HTTPClient != nil {
		c := *opts.HTTPClient
		client = &c
	}
	own := client.CheckRedirect
	client.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > maxRedirects {
			return errTooManyRedirects
		}
		if own != nil {
			return own(req, via)
		}
		return nil
	}

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, inputErrorf(name, "is not a valid URL").hinted("a URL looks like https://example.com/story")
	}
	req.Header.Set("Accept", "text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.1")
	req.Header.Set("User-Agent", "wirediff (+https://github.com/wirediff/wirediff)")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fetchError(ctx, name, timeout, err)
	}
	defer resp.Body.Close()

	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, inputErrorf(name, "the server answered %s", resp.Status).hinted("%s", statusHint(resp.StatusCode))
	}
	ct := resp.Header.Get("Content-Type")
	if !textualType(ct) {
		mt, _, _ := mime.ParseMediaType(ct)
		return nil, inputErrorf(name, "serves %s, not text or HTML", mt).
			hinted("give the address of the article's web page, or save the article as text and give the file")
	}
	max := opts.maxSize()
	if resp.ContentLength > max {
		return nil, tooLarge(name, max)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, fetchError(ctx, name, timeout, err)
	}
	if int64(len(data)) > max {
		return nil, tooLarge(name, max)
	}
	return parse(name, data, hints{encoding: opts.Encoding, contentType: ct}, resp.Request.URL)
}

// statusHint says what to do about an HTTP error status.
func statusHint(code int) string {
	switch {
	case code == http.StatusNotFound || code == http.StatusGone:
		return "check the address: the page is not (or no longer) there"
	case code == http.StatusUnauthorized || code == http.StatusForbidden || code == http.StatusTooManyRequests:
		return "the site refuses programs or wants a login: open the page in a browser, save it as HTML and give the file"
	case code >= 500:
		return "the server is in trouble: try again later, or save the page from a browser and give the file"
	}
	return "open the address in a browser; if it shows the article, save it as HTML and give the file"
}

// fetchHint is the hint for a URL that could not be fetched at all.
const fetchHint = "check the address and the network connection, or save the page from a browser and give the file"

// textualType reports whether a Content-Type may hold an article: any
// text/*, XHTML or XML, or no type at all (the content then decides).
func textualType(ct string) bool {
	if strings.TrimSpace(ct) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return false
	}
	return strings.HasPrefix(mt, "text/") || mt == "application/xhtml+xml" || mt == "application/xml"
}

// fetchError puts an error from an HTTP request in plain words.
func fetchError(ctx context.Context, name string, timeout time.Duration, err error) error {
	var ne net.Error
	switch {
	case errors.Is(err, errTooManyRedirects):
		return &InputError{Name: name, Problem: fmt.Sprintf("too many redirects (more than %d)", maxRedirects), Err: err,
			Hint: "the site may want cookies or a login: open the page in a browser, save it as HTML and give the file"}
	case errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()):
		return &InputError{Name: name, Problem: "timed out after " + timeout.String(), Err: err, Hint: fetchHint}
	case errors.Is(err, context.Canceled):
		return &InputError{Name: name, Problem: "cancelled", Err: err}
	}
	cause := err
	var ue *url.Error
	if errors.As(err, &ue) {
		cause = ue.Err
	}
	return &InputError{Name: name, Problem: "cannot fetch: " + cause.Error(), Err: err, Hint: fetchHint}
}
