package render

// One-pass JSON writing. encoding/json's Encoder with SetIndent marshals a
// value whole into a buffer and then re-indents that buffer into a second
// one before writing it: for a 1 MB pair the output is built twice in
// memory. writeJSON writes the same bytes, indented as it goes, through a
// small buffer, so rendering costs one walk of the value and memory
// independent of the output's size.

import (
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// writeJSON writes v to w exactly as an encoding/json Encoder with
// SetEscapeHTML(false) and SetIndent("", "  ") would: two-space
// indentation, "key": value, [] and {} for empty lists and objects, a
// final newline. It knows what the JSON types of this package use:
// structs (json tags, omitempty, embedded structs and pointers to structs,
// whose nil leaves their fields out), slices, pointers, strings, integers,
// floats and booleans; anything else is an error.
//
// Cost: one pass over v, reflection with field lists cached per type;
// memory: a buffer of jsonFlushSize bytes. Output goes to w in pieces, so
// an error may leave part of it written.
func writeJSON(w io.Writer, v any) error {
	return writeJSONChunked(w, v, jsonStringChunk)
}

// writeJSONChunked is writeJSON with strings longer than chunk bytes
// escaped and written in pieces of about chunk bytes (see
// jsonWriter.string); tests pass small chunks.
func writeJSONChunked(w io.Writer, v any, chunk int) error {
	jw := &jsonWriter{w: w, buf: make([]byte, 0, jsonFlushSize+1024), chunk: max(chunk, 1)}
	jw.value(reflect.ValueOf(v), 0)
	jw.buf = append(jw.buf, '\n')
	jw.flush()
	return jw.err
}

// jsonFlushSize is how much output is gathered before a write.
const jsonFlushSize = 64 << 10

// jsonStringChunk is the piece of a long string (a document's text)
// escaped into the buffer at a time: the buffer then stays about
// jsonFlushSize instead of growing to hold the whole string.
const jsonStringChunk = jsonFlushSize / 2

type jsonWriter struct {
	w     io.Writer
	buf   []byte
	err   error
	chunk int
}

// string writes s quoted (see appendJSONString). A string longer than
// jw.chunk is escaped in pieces, the buffer written out between them;
// each piece ends before a byte that starts a rune (or is no UTF-8 at
// all), where decoding restarts as it would in one pass, so the bytes
// written are those of one pass.
func (jw *jsonWriter) string(s string) {
	jw.buf = append(jw.buf, '"')
	for len(s) > jw.chunk {
		cut := jw.chunk
		for cut < len(s) && !utf8.RuneStart(s[cut]) {
			cut++
		}
		jw.buf = appendJSONChars(jw.buf, s[:cut])
		s = s[cut:]
		if len(jw.buf) >= jsonFlushSize-jw.chunk {
			jw.flush()
		}
	}
	jw.buf = appendJSONChars(jw.buf, s)
	jw.buf = append(jw.buf, '"')
}

func (jw *jsonWriter) flush() {
	if jw.err == nil && len(jw.buf) > 0 {
		_, jw.err = jw.w.Write(jw.buf)
	}
	jw.buf = jw.buf[:0]
}

// newline starts a line indented for depth.
func (jw *jsonWriter) newline(depth int) {
	if len(jw.buf) >= jsonFlushSize {
		jw.flush()
	}
	jw.buf = append(jw.buf, '\n')
	for range depth {
		jw.buf = append(jw.buf, ' ', ' ')
	}
}

func (jw *jsonWriter) value(v reflect.Value, depth int) {
	if jw.err != nil {
		return
	}
	switch v.Kind() {
	case reflect.String:
		jw.string(v.String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		jw.buf = strconv.AppendInt(jw.buf, v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		jw.buf = strconv.AppendUint(jw.buf, v.Uint(), 10)
	case reflect.Float64:
		jw.buf, jw.err = appendJSONFloat(jw.buf, v.Float())
	case reflect.Bool:
		jw.buf = strconv.AppendBool(jw.buf, v.Bool())
	case reflect.Pointer:
		if v.IsNil() {
			jw.buf = append(jw.buf, "null"...)
			return
		}
		jw.value(v.Elem(), depth)
	case reflect.Slice:
		if v.IsNil() {
			jw.buf = append(jw.buf, "null"...)
			return
		}
		n := v.Len()
		if n == 0 {
			jw.buf = append(jw.buf, "[]"...)
			return
		}
		jw.buf = append(jw.buf, '[')
		for i := range n {
			if i > 0 {
				jw.buf = append(jw.buf, ',')
			}
			jw.newline(depth + 1)
			jw.value(v.Index(i), depth+1)
		}
		jw.newline(depth)
		jw.buf = append(jw.buf, ']')
	case reflect.Struct:
		if isLister(v.Type()) {
			jw.list(v.Interface().(lister), depth)
			return
		}
		jw.object(v, depth)
	default:
		jw.err = fmt.Errorf("unsupported type %s", v.Type())
	}
}

func (jw *jsonWriter) object(v reflect.Value, depth int) {
	n := 0
	for _, f := range jsonFieldsOf(v.Type()) {
		fv, ok := fieldByIndex(v, f.index)
		if !ok || f.omitEmpty && isEmptyJSON(fv) {
			continue
		}
		if n == 0 {
			jw.buf = append(jw.buf, '{')
		} else {
			jw.buf = append(jw.buf, ',')
		}
		n++
		jw.newline(depth + 1)
		jw.buf = append(jw.buf, f.key...)
		jw.value(fv, depth+1)
	}
	if n == 0 {
		jw.buf = append(jw.buf, "{}"...)
		return
	}
	jw.newline(depth)
	jw.buf = append(jw.buf, '}')
}

// isEmptyJSON reports whether omitempty leaves v out, as encoding/json
// decides it: false, 0, "", nil, and empty lists.
func isEmptyJSON(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Map, reflect.String, reflect.Array:
		return v.Len() == 0
	case reflect.Struct:
		return false
	}
	return v.IsZero()
}

// fieldByIndex follows index from v; ok is false when it passes through a
// nil embedded pointer.
func fieldByIndex(v reflect.Value, index []int) (reflect.Value, bool) {
	for k, i := range index {
		if k > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v, true
}

// A jsonField is one member of a struct's JSON object.
type jsonField struct {
	index     []int  // path of field indexes, through embedded structs
	key       []byte // "name": with its quotes, colon and space
	omitEmpty bool
}

var jsonFieldCache sync.Map // reflect.Type -> []jsonField

// jsonFieldsOf lists the members of t's object in encoding/json's order:
// fields in declaration order, those of embedded structs (or pointers to
// structs) in their place. The types here have no clashing names, which
// encoding/json would resolve by depth.
func jsonFieldsOf(t reflect.Type) []jsonField {
	if fs, ok := jsonFieldCache.Load(t); ok {
		return fs.([]jsonField)
	}
	var fs []jsonField
	var walk func(t reflect.Type, prefix []int)
	walk = func(t reflect.Type, prefix []int) {
		for i := range t.NumField() {
			sf := t.Field(i)
			tag := sf.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			index := append(append([]int(nil), prefix...), i)
			if sf.Anonymous && name == "" {
				et := sf.Type
				if et.Kind() == reflect.Pointer {
					et = et.Elem()
				}
				if et.Kind() == reflect.Struct {
					walk(et, index)
					continue
				}
			}
			if !sf.IsExported() {
				continue
			}
			if name == "" {
				name = sf.Name
			}
			key := append(appendJSONString(nil, name), ':', ' ')
			fs = append(fs, jsonField{index: index, key: key, omitEmpty: hasOption(opts, "omitempty")})
		}
	}
	walk(t, nil)
	jsonFieldCache.Store(t, fs)
	return fs
}

func hasOption(opts, want string) bool {
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		if o == want {
			return true
		}
	}
	return false
}

// appendJSONString appends s quoted as encoding/json writes it without
// HTML escaping: \" and \\, short escapes for \b \f \n \r \t, \u00XX for
// other control characters, \ufffd for each invalid UTF-8 byte, and
// \u2028 and \u2029 escaped.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	dst = appendJSONChars(dst, s)
	return append(dst, '"')
}

// appendJSONChars appends s escaped as appendJSONString does, without
// the quotes.
func appendJSONChars(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes at a time while none needs a look: prose is mostly
		// such runs.
		for i+8 <= len(s) && plainASCII8(load8(s[i:i+8])) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		b := s[i]
		if b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case c == '\u2028' || c == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	return append(dst, s[start:]...)
}

// plainASCII8 reports whether each of the eight bytes of x is printable
// ASCII other than '"' and '\\': bytes appendJSONChars copies as they
// are. Idea: the bit tricks that find a zero byte in a word (Hacker's
// Delight 6-1), on x less 0x20 for the control bytes and on x XOR the
// quote and the backslash; the high bit marks bytes of 0x80 and over.
func plainASCII8(x uint64) bool {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	zero := func(v uint64) uint64 { return (v - ones) & ^v & highs }
	control := (x - 0x20*ones) & ^x & highs // a byte under 0x20
	return (x&highs)|control|zero(x^('"'*ones))|zero(x^('\\'*ones)) == 0
}

// load8 reads the first eight bytes of s as one word (the compiler makes
// it one load).
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// appendJSONFloat appends f as encoding/json writes a float64: the
// shortest decimal that reads back as f, in exponent form below 1e-6 and
// from 1e21 on (with a one-digit negative exponent written without its
// leading zero).
func appendJSONFloat(dst []byte, f float64) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return dst, errors.New("unsupported value " + strconv.FormatFloat(f, 'g', -1, 64))
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		// e-09 becomes e-9
		if n := len(dst); n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst, nil
}
