package render

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/report"
)

// encodingJSON is what writeJSON must match byte for byte.
func encodingJSON(t testing.TB, v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func checkSameJSON(t testing.TB, v any) {
	t.Helper()
	checkSameJSONChunked(t, v, jsonStringChunk)
}

// checkSameJSONChunked checks writeJSONChunked with strings cut into
// pieces of chunk bytes.
func checkSameJSONChunked(t testing.TB, v any, chunk int) {
	t.Helper()
	var got bytes.Buffer
	if err := writeJSONChunked(&got, v, chunk); err != nil {
		t.Fatal(err)
	}
	if want := encodingJSON(t, v); !bytes.Equal(got.Bytes(), want) {
		t.Errorf("writeJSON (strings in pieces of %d bytes) differs from encoding/json:\ngot:\n%s\nwant:\n%s", chunk, got.Bytes(), want)
	}
}

// A string longer than a piece is escaped piece by piece: cut inside a
// rune, a broken sequence or an escape, it must still be written as in
// one pass.
func TestWriteJSONLongStrings(t *testing.T) {
	strs := []string{"caf\xc3\xa9 \xe2\x82 \xe2\x82\xac\xff\x80\x80 ok", "“curly” — dash\n\t\u2028😀\x00",
		"\xf0\x9f\x98", "\x80\x80\x80\x80", strings.Repeat("é😀\"\n\xe2\x82x", 50)}
	for _, s := range strs {
		for chunk := 1; chunk <= 9; chunk++ {
			checkSameJSONChunked(t, jsonWriteSample{S: s}, chunk)
		}
	}
	// Longer than the buffer: a document's text.
	long := strings.Repeat("A paragraph of “news” text — with a line break\n and 😀. ", 4000)
	checkSameJSON(t, []string{long, "short", long + "\xe2"})
}

type jsonWriteSample struct {
	S     string    `json:"s"`
	F     []float64 `json:"f"`
	Empty []int     `json:"empty"`
	Nil   []string  `json:"nil"`
	Omit  bool      `json:"omit,omitempty"`
	Keep  bool      `json:"keep,omitempty"`
	*jsonChecks
	jsonFinding
	Ptr   *jsonBaseChoice `json:"ptr,omitempty"`
	Inner struct{}        `json:"inner"`
	N     int64           `json:"n"`
}

func TestWriteJSONMatchesEncodingJSON(t *testing.T) {
	strs := []string{"", "plain", "quote \" and \\ back", "\b\f\n\r\t\x00\x01\x1f\x7f", "<a&b>",
		"\u2028\u2029", "caf\xc3", "\xff\xfe ok", "“curly” — dash", "emoji 😀"}
	for _, s := range strs {
		checkSameJSON(t, jsonWriteSample{S: s, Keep: true, F: []float64{0, -0.0, 1, 0.5, 1e-7, 1.5e-9, 1e21, 123456789, -2.25e-300, math.MaxFloat64}})
	}
	checkSameJSON(t, jsonWriteSample{jsonChecks: &jsonChecks{Quotes: []jsonQuote{}, Typos: []jsonTypo{{Kind: "x"}}}, Ptr: &jsonBaseChoice{}})
	checkSameJSON(t, []jsonWriteSample{})
}

func TestWriteJSONReports(t *testing.T) {
	cases := []struct {
		name string
		rep  *report.Report
	}{{"big", bigReport(50)}, {"findings", withFindings(bigReport(50))}, {"seeds", seedReport(t)}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := newJSONReport(c.rep)
			if err != nil {
				t.Fatal(err)
			}
			checkSameJSON(t, out)
		})
	}
}

// plainASCII8 must say of every word what a byte-by-byte test says: each
// byte value at each place, and every pair of values side by side (a
// borrow in the bit tricks crosses from one byte into the next).
func TestPlainASCII8(t *testing.T) {
	plain := func(b byte) bool { return b >= 0x20 && b < 0x80 && b != '"' && b != '\\' }
	check := func(w [8]byte) {
		want := true
		for _, b := range w {
			want = want && plain(b)
		}
		if got := plainASCII8(load8(string(w[:]))); got != want {
			t.Fatalf("plainASCII8(% x) = %v, want %v", w, got, want)
		}
	}
	for b := range 256 {
		for p := range 8 {
			w := [8]byte{'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a'}
			w[p] = byte(b)
			check(w)
		}
	}
	for b := range 256 {
		for c := range 256 {
			for _, p := range []int{0, 3, 6} {
				w := [8]byte{'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a'}
				w[p], w[p+1] = byte(b), byte(c)
				check(w)
			}
		}
	}
}

func FuzzWriteJSONString(f *testing.F) {
	f.Add("a\"b\\c\n\u2028\xff", 0.125)
	f.Add("A sentence long enough for words at a time, \"quoted\" once\x1f and \x7f\xe2\x80\xa8 then plain.", 3.0)
	f.Fuzz(func(t *testing.T, s string, x float64) {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return
		}
		checkSameJSON(t, jsonWriteSample{S: s, F: []float64{x}})
		checkSameJSONChunked(t, jsonWriteSample{S: s}, 1+int(math.Abs(x))%7)
	})
}

// TestJSONAppenders holds each jsonAppender to the bytes that writeJSON
// writes for its type by reflection, at two depths, with every field set
// (a field added to the type but not to its appendJSON differs) and with
// the lists empty and the optional fields left out.
func TestJSONAppenders(t *testing.T) {
	ev := &jsonEvidence{Names: []string{"Sala"}, Numbers: []string{}, Words: []string{"militia", "kills"}, Support: "words"}
	samples := []jsonAppender{
		&jsonSentence{Paragraph: 3, Text: "A \"quoted\" line\n with \u2028 and \xff.", Start: 10, End: 52},
		&jsonSentence{},
		&jsonSentLink{Kind: "edited", Base: []int{1, 2}, Other: []int{4}, Score: 0.875, Moved: true,
			Diff:     []jsonChunk{{Op: "equal", Text: "Sala said "}, {Op: "delete", Text: "“", Typographic: true}, {Op: "insert", Text: "\""}},
			Evidence: ev},
		&jsonSentLink{Kind: "added", Base: []int{}, Other: []int{7}},
		&jsonSentLink{Kind: "added", Base: []int{}, Other: []int{7}, Diff: []jsonChunk{}},
		&jsonChunk{Op: "insert", Text: "x", Typographic: true},
	}
	for _, a := range samples {
		for _, depth := range []int{0, 3} {
			var got, want bytes.Buffer
			fast := &jsonWriter{w: &got, chunk: jsonStringChunk}
			a.appendJSON(fast, depth)
			fast.flush()
			slow := &jsonWriter{w: &want, chunk: jsonStringChunk}
			slow.object(reflect.ValueOf(a).Elem(), depth)
			slow.flush()
			if fast.err != nil || slow.err != nil {
				t.Fatalf("%T: errors %v, %v", a, fast.err, slow.err)
			}
			if got.String() != want.String() {
				t.Errorf("%T at depth %d:\nappendJSON:\n%s\nreflection:\n%s", a, depth, got.String(), want.String())
			}
		}
	}
}
