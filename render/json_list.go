package render

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
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

// jsonWrite writes the list's elements at depth, each on a line of its
// own, a comma before all but the first: by their appendJSON when they
// have one (see jsonAppender), by reflection otherwise, one variable
// holding each in turn (one allocation for them all).
func (l jsonList[T]) jsonWrite(jw *jsonWriter, depth int) {
	var e T
	a, fast := any(&e).(jsonAppender)
	v := reflect.ValueOf(&e).Elem()
	for i := range l.n {
		e = l.at(i)
		if i > 0 {
			jw.buf = append(jw.buf, ',')
		}
		jw.newline(depth + 1)
		if fast {
			a.appendJSON(jw, depth+1)
		} else {
			jw.value(v, depth+1)
		}
		if jw.err != nil {
			return
		}
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
	jsonWrite(jw *jsonWriter, depth int)
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

// list writes l at depth, each element made as it is written.
func (jw *jsonWriter) list(l lister, depth int) {
	if l.jsonLen() == 0 {
		jw.buf = append(jw.buf, "[]"...)
		return
	}
	jw.buf = append(jw.buf, '[')
	l.jsonWrite(jw, depth)
	jw.newline(depth)
	jw.buf = append(jw.buf, ']')
}

// A jsonAppender writes itself at depth as writeJSON writes its type by
// reflection, without it: the types an output holds one of per sentence,
// where reflection was a third of the time of writing.
// TestJSONAppenders holds each to the reflection's bytes.
type jsonAppender interface {
	appendJSON(jw *jsonWriter, depth int)
}

// field starts member key (written with its quotes, colon and space) of
// an object at depth, after a comma unless it is the first.
func (jw *jsonWriter) field(depth int, key string, first bool) {
	if first {
		jw.buf = append(jw.buf, '{')
	} else {
		jw.buf = append(jw.buf, ',')
	}
	jw.newline(depth + 1)
	jw.buf = append(jw.buf, key...)
}

// end closes an object at depth.
func (jw *jsonWriter) end(depth int) {
	jw.newline(depth)
	jw.buf = append(jw.buf, '}')
}

// ints writes a list of integers at depth (null for nil, as reflection).
func (jw *jsonWriter) ints(x []int, depth int) {
	if x == nil {
		jw.buf = append(jw.buf, "null"...)
		return
	}
	if len(x) == 0 {
		jw.buf = append(jw.buf, "[]"...)
		return
	}
	jw.buf = append(jw.buf, '[')
	for i, n := range x {
		if i > 0 {
			jw.buf = append(jw.buf, ',')
		}
		jw.newline(depth + 1)
		jw.buf = strconv.AppendInt(jw.buf, int64(n), 10)
	}
	jw.newline(depth)
	jw.buf = append(jw.buf, ']')
}

func (s *jsonSentence) appendJSON(jw *jsonWriter, depth int) {
	jw.field(depth, `"paragraph": `, true)
	jw.buf = strconv.AppendInt(jw.buf, int64(s.Paragraph), 10)
	jw.field(depth, `"text": `, false)
	jw.string(s.Text)
	jw.field(depth, `"start": `, false)
	jw.buf = strconv.AppendInt(jw.buf, int64(s.Start), 10)
	jw.field(depth, `"end": `, false)
	jw.buf = strconv.AppendInt(jw.buf, int64(s.End), 10)
	jw.end(depth)
}

func (l *jsonSentLink) appendJSON(jw *jsonWriter, depth int) {
	jw.field(depth, `"kind": `, true)
	jw.string(l.Kind)
	jw.field(depth, `"base": `, false)
	jw.ints(l.Base, depth+1)
	jw.field(depth, `"other": `, false)
	jw.ints(l.Other, depth+1)
	jw.field(depth, `"score": `, false)
	jw.buf, jw.err = appendJSONFloat(jw.buf, l.Score)
	jw.field(depth, `"moved": `, false)
	jw.buf = strconv.AppendBool(jw.buf, l.Moved)
	jw.field(depth, `"diff": `, false)
	switch {
	case l.Diff == nil:
		jw.buf = append(jw.buf, "null"...)
	case len(l.Diff) == 0:
		jw.buf = append(jw.buf, "[]"...)
	default:
		jw.buf = append(jw.buf, '[')
		for i := range l.Diff {
			if i > 0 {
				jw.buf = append(jw.buf, ',')
			}
			jw.newline(depth + 2)
			l.Diff[i].appendJSON(jw, depth+2)
		}
		jw.newline(depth + 1)
		jw.buf = append(jw.buf, ']')
	}
	if l.Evidence != nil {
		jw.field(depth, `"evidence": `, false)
		jw.value(reflect.ValueOf(l.Evidence), depth+1)
	}
	jw.end(depth)
}

func (c *jsonChunk) appendJSON(jw *jsonWriter, depth int) {
	jw.field(depth, `"op": `, true)
	jw.string(c.Op)
	jw.field(depth, `"text": `, false)
	jw.string(c.Text)
	if c.Typographic {
		jw.field(depth, `"typographic": `, false)
		jw.buf = append(jw.buf, "true"...)
	}
	jw.end(depth)
}
