package render

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sync"
)

// A jsonList is a JSON list whose elements are made as they are written:
// the sentences of a document and the records of a comparison, hundreds
// of thousands of them on a large input. Made up front they would be the
// output's content held twice, a slice as long as the input's sentences
// allocated (and cleared) only to be walked once.
type jsonList[T any] struct {
	n  int
	at func(i int) T
}

func newJSONList[T any](n int, at func(i int) T) jsonList[T] { return jsonList[T]{n, at} }

func (l jsonList[T]) jsonLen() int { return l.n }

// jsonEach calls fn with the elements in order, each in one
// variable that fn must not keep (one allocation for them all).
func (l jsonList[T]) jsonEach(fn func(i int, v reflect.Value)) {
	var e T
	v := reflect.ValueOf(&e).Elem()
	for i := range l.n {
		e = l.at(i)
		fn(i, v)
	}
}

// MarshalJSON writes the list as encoding/json writes a slice of its
// elements (never null), without escaping HTML as JSON does not: the
// tests compare writeJSON with encoding/json.
func (l jsonList[T]) MarshalJSON() ([]byte, error) {
	s := make([]T, l.n)
	for i := range s {
		s[i] = l.at(i)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	err := enc.Encode(s)
	return b.Bytes(), err
}

// lister is what jsonWriter asks of a jsonList, whatever its element type.
type lister interface {
	jsonLen() int
	jsonEach(fn func(i int, v reflect.Value))
}

var listerType = reflect.TypeFor[lister]()

var listerCache sync.Map // reflect.Type -> bool

// isLister reports whether t is a jsonList type.
func isLister(t reflect.Type) bool {
	if v, ok := listerCache.Load(t); ok {
		return v.(bool)
	}
	is := t.Implements(listerType)
	listerCache.Store(t, is)
	return is
}

// list writes l at depth, each element made as it is written, on a line
// of its own.
func (jw *jsonWriter) list(l lister, depth int) {
	n := l.jsonLen()
	if n == 0 {
		jw.buf = append(jw.buf, "[]"...)
		return
	}
	jw.buf = append(jw.buf, '[')
	l.jsonEach(func(i int, v reflect.Value) {
		if i > 0 {
			jw.buf = append(jw.buf, ',')
		}
		jw.newline(depth + 1)
		jw.value(v, depth+1)
	})
	jw.newline(depth)
	jw.buf = append(jw.buf, ']')
}
