package reuse

import (
	"bytes"
	"cmp"
	"compress/flate"
	"fmt"
	"io"
	"strings"
)

// A Packed is a Doc as it travels after signing, to the joins: its text
// compressed with DEFLATE (compress/flate at BestSpeed), which keeps
// a little over half of a news text. The local runner holds a stage's whole
// input several times over while the stage runs, and the join stages'
// inputs are mostly texts (every document, and one text per candidate
// pair); packing them cuts what the runner holds, and on a cluster what
// crosses the network, at the cost of packing each document once (about
// 30 µs for 1.7 KB) and unpacking it where it is compared (about 10 µs,
// against milliseconds for the comparison).
type Packed struct {
	ID, Date, Source string
	Text             []byte // the text, DEFLATE-compressed
}

// packer packs documents, reusing one compressor; one per DoFn instance,
// since a DoFn instance processes one bundle at a time.
type packer struct {
	w   *flate.Writer
	buf bytes.Buffer
}

// pack compresses d's text. The same text always packs to the same bytes.
func (p *packer) pack(d Doc) (Packed, error) {
	p.buf.Reset()
	if p.w == nil {
		w, err := flate.NewWriter(&p.buf, flate.BestSpeed)
		if err != nil {
			return Packed{}, err
		}
		p.w = w
	} else {
		p.w.Reset(&p.buf)
	}
	if _, err := io.WriteString(p.w, d.Text); err != nil {
		return Packed{}, fmt.Errorf("packing %s: %w", d.ID, err)
	}
	if err := p.w.Close(); err != nil {
		return Packed{}, fmt.Errorf("packing %s: %w", d.ID, err)
	}
	return Packed{ID: d.ID, Date: d.Date, Source: d.Source, Text: bytes.Clone(p.buf.Bytes())}, nil
}

// unpack returns the document with its text uncompressed.
func (p Packed) unpack() (Doc, error) {
	r := flate.NewReader(bytes.NewReader(p.Text))
	defer r.Close()
	var b strings.Builder
	if _, err := io.Copy(&b, r); err != nil {
		return Doc{}, fmt.Errorf("unpacking %s: %w", p.ID, err)
	}
	return Doc{ID: p.ID, Date: p.Date, Source: p.Source, Text: b.String()}, nil
}

// onePacked returns the document of an id from the join's iterator and
// how many documents have the id (more than one: a duplicated id). Of
// several, the same one is returned whatever the order they arrive in:
// the least by id, date, source and then text (compareDocs), the texts
// unpacked only for such ties.
func onePacked(docs func(*Packed) bool) (Packed, int) {
	var d, x Packed
	n := 0
	for docs(&x) {
		if n == 0 || comparePacked(x, d) < 0 {
			d = x
		}
		n++
	}
	return d, n
}

func comparePacked(a, b Packed) int {
	if c := cmp.Or(strings.Compare(a.ID, b.ID), strings.Compare(a.Date, b.Date), strings.Compare(a.Source, b.Source)); c != 0 || bytes.Equal(a.Text, b.Text) {
		return c
	}
	da, erra := a.unpack()
	db, errb := b.unpack()
	if erra != nil || errb != nil {
		return bytes.Compare(a.Text, b.Text) // not reached: packs come from pack
	}
	return compareDocs(da, db)
}
