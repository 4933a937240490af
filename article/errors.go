package article

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// An InputError says that an input could not be turned into a Document:
// the file is missing, is not text, is too large, the server refused it,
// and so on. Every error returned by Parse and Load is, or wraps, an
// *InputError, so a caller can tell bad input (the user's to fix) from a
// bug with errors.As.
type InputError struct {
	Name    string // the input as given: a path, "-" for standard input, or a URL
	Problem string // what is wrong, in plain words, e.g. "binary data, not text"
	Err     error  // the underlying cause, if any; its text is already in Problem
	// Hint says how to get past this mistake, e.g. how to convert a PDF
	// to text, or "" when there is nothing more to say than Problem. It
	// is not part of Error: the command prints it on a line of its own.
	Hint string
}

// Error returns "NAME: problem", naming standard input in words.
func (e *InputError) Error() string {
	return displayName(e.Name) + ": " + e.Problem
}

// Unwrap returns the underlying cause, so that errors.Is(err, fs.ErrNotExist)
// and similar checks work through an InputError.
func (e *InputError) Unwrap() error { return e.Err }

// inputErrorf builds an *InputError with a formatted problem and no cause.
func inputErrorf(name, format string, args ...any) *InputError {
	return &InputError{Name: name, Problem: fmt.Sprintf(format, args...)}
}

// hinted sets e's hint and returns e.
func (e *InputError) hinted(format string, args ...any) *InputError {
	e.Hint = fmt.Sprintf(format, args...)
	return e
}

func displayName(name string) string {
	switch name {
	case "-":
		return "standard input"
	case "":
		return `""` // an empty argument, which would leave the message starting with a colon
	}
	return name
}

// sizeString writes a byte count the way people read it: "32 MiB",
// "1.5 KiB", "700 bytes".
func sizeString(n int64) string {
	const (
		kib = 1 << 10
		mib = 1 << 20
		gib = 1 << 30
	)
	unit := func(n int64, size int64, name string) string {
		if n%size == 0 {
			return fmt.Sprintf("%d %s", n/size, name)
		}
		return fmt.Sprintf("%.1f %s", float64(n)/float64(size), name)
	}
	switch {
	case n >= gib:
		return unit(n, gib, "GiB")
	case n >= mib:
		return unit(n, mib, "MiB")
	case n >= kib:
		return unit(n, kib, "KiB")
	case n == 1:
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

// shellQuote quotes name for a command line shown in a hint, when it holds
// anything but letters, digits and ./_-+,:@.
func shellQuote(name string) string {
	if name != "" && strings.IndexFunc(name, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("./_-+,:@", r))
	}) < 0 {
		return name
	}
	return "'" + strings.ReplaceAll(name, "'", `'\''`) + "'"
}

// convertHint returns how to turn the input name, of a format wirediff
// does not read, into text, from a template in which {in} is the input,
// {stem} the input without its extension and {out} that with .txt.
// Standard input and URLs are first to be saved as a file.
func convertHint(name, template string) string {
	in, first := name, ""
	if name == "-" || isURL(name) {
		in, first = "FILE", "save it as FILE, then "
	}
	stem := strings.TrimSuffix(in, filepath.Ext(in))
	r := strings.NewReplacer("{in}", shellQuote(in), "{stem}", shellQuote(stem), "{out}", shellQuote(stem+".txt"))
	return first + r.Replace(template)
}

// formatHints says, for each kind of file that sniffBinaryFormat names,
// how to get text out of it; a kind with no entry gets notArticle.
var formatHints = map[string]string{
	"a PDF file":                       "convert it to text first: pdftotext -layout {in} {out}, and compare {out}",
	"an RTF document":                  "convert it to text first: pandoc -t plain {in} -o {out}, and compare {out}",
	"an old Microsoft Office document": "convert it to text first: libreoffice --headless --convert-to txt {in}, and compare {out}",
	"a PostScript file":                "convert it to text first: ps2ascii {in} {out}, and compare {out}",
	"a gzip-compressed file":           "decompress it first: gunzip -k {in}, and compare {stem}",
	"an xz-compressed file":            "decompress it first: unxz -k {in}, and compare {stem}",
	"a zstd-compressed file":           "decompress it first: zstd -d {in}, and compare {stem}",
	"a bzip2-compressed file":          "decompress it first: bunzip2 -k {in}, and compare {stem}",
	"a PNG image":                      ocrHint,
	"a JPEG image":                     ocrHint,
	"a GIF image":                      ocrHint,
	"a TIFF image":                     ocrHint,
	"a WebP image":                     ocrHint,
}

// ocrHint is the hint for an image: tesseract writes STEM.txt.
const ocrHint = "an image holds no text to compare; read its text with OCR first: tesseract {in} {stem}, and compare {out}"

// notArticle is the hint for input that is no document at all.
const notArticle = "give each article as a plain-text or HTML file, an http(s) URL, or - for standard input"

// binaryHint returns the hint for an input that sniffBinaryFormat calls
// kind: a way to convert it, or what wirediff reads. A zip archive is
// told apart by its name: .docx, .odt and .epub are documents (pandoc
// reads them), anything else an archive to unpack.
func binaryHint(name, kind string) string {
	if strings.HasPrefix(kind, "a zip archive") {
		switch strings.ToLower(filepath.Ext(name)) {
		case ".docx", ".odt", ".epub":
			return convertHint(name, "convert it to text first: pandoc -t plain {in} -o {out}, and compare {out}")
		}
		return "unpack it and give the articles inside; a Word .docx or OpenDocument .odt file converts to text with: pandoc -t plain FILE -o FILE.txt"
	}
	if t, ok := formatHints[kind]; ok {
		return convertHint(name, t)
	}
	if strings.HasSuffix(kind, "archive") {
		return "unpack it and give the articles inside"
	}
	return notArticle
}

// missingHint returns the hint for a path that does not exist: the names
// in its folder that differ from it only slightly (in case, extension, or
// up to two characters), or else to check the path. Cost: one read of the
// folder.
func missingHint(name string) string {
	dir, base := filepath.Split(name)
	entries, err := os.ReadDir(filepath.Clean(dir + "."))
	if err != nil {
		return fmt.Sprintf("the folder %s does not exist either; check the path", filepath.Clean(dir))
	}
	var close []string
	for _, e := range entries {
		if similarName(base, e.Name()) {
			close = append(close, shellQuote(dir+e.Name()))
		}
	}
	slices.Sort(close)
	switch {
	case len(close) == 0:
		return "check the path (a relative path starts at the current folder)"
	case len(close) > 3:
		close = close[:3]
	}
	return "did you mean " + strings.Join(close, " or ") + "?"
}

// similarName reports whether two file names differ only slightly: in
// case, in an extension added or left off, or in at most two characters.
func similarName(a, b string) bool {
	if a == b {
		return false
	}
	la, lb := strings.ToLower(a), strings.ToLower(b)
	if la == lb || strings.TrimSuffix(la, filepath.Ext(la)) == lb || strings.TrimSuffix(lb, filepath.Ext(lb)) == la {
		return true
	}
	return editDistance([]rune(la), []rune(lb), 2) <= 2
}

// editDistance returns the Levenshtein distance of a and b, or max+1 once
// it is known to exceed max. Cost: O(len(a)·len(b)).
func editDistance(a, b []rune, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
