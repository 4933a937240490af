package render

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/graphemes"
)

// trimRight drops the spaces at the end of l.
func trimRight(l line) line {
	for len(l) > 0 {
		last := &l[len(l)-1]
		t := strings.TrimRight(last.text, " ")
		if t != "" {
			last.text = t
			return l
		}
		l = l[:len(l)-1]
	}
	return l
}

// A span is a piece of text with one style: the parameters of an ANSI SGR
// sequence ("31;9" for red and struck through), or "" for none.
type span struct {
	text string
	sgr  string
}

// A line is one output line: spans with no line break inside.
type line []span

func (l line) width() int {
	w := 0
	for _, s := range l {
		w += textWidth(s.text)
	}
	return w
}

// word is a run of non-space pieces, pieces[from:to] of the wrapper's
// pieces, between two break opportunities; space is the style of the
// space before it (used when the word does not start a line), hasSpace
// whether there was one.
type word struct {
	from, to int
	width    int
	hasSpace bool
	space    string
}

// A wrapper wraps text into lines (see wrap), its memory kept from one
// call to the next: a report wraps thousands of rows, and building each
// row's words and lines afresh was most of what the terminal renderer
// allocated. The lines a call returns are valid until the next call.
type wrapper struct {
	ws     []word
	pieces []span
	spans  []span // the spans of the lines, one line after another
	lines  []line
}

// words splits spans at breaking spaces into w.ws and w.pieces; every run
// of them becomes one space. Adjacent pieces with no space between (say a
// deleted and an inserted word, "[-a-]{+b+}") stay one word. The pieces
// share the text of spans.
func (w *wrapper) words(spans []span) {
	out, pieces := w.ws[:0], w.pieces[:0]
	inWord := false
	pendingSpace, spaceStyle := false, ""
	for _, sp := range spans {
		t := clean(sp.text)
		for len(t) > 0 {
			r, size := utf8.DecodeRuneInString(t)
			if isBreak(r) {
				j := size
				for j < len(t) {
					r2, s2 := utf8.DecodeRuneInString(t[j:])
					if !isBreak(r2) {
						break
					}
					j += s2
				}
				t = t[j:]
				if !pendingSpace {
					spaceStyle = sp.sgr
				}
				pendingSpace = true
				inWord = false
				continue
			}
			j := size
			for j < len(t) {
				r2, s2 := utf8.DecodeRuneInString(t[j:])
				if isBreak(r2) {
					break
				}
				j += s2
			}
			if !inWord {
				out = append(out, word{from: len(pieces), to: len(pieces), hasSpace: pendingSpace && len(out) > 0, space: spaceStyle})
				inWord = true
				pendingSpace = false
			}
			wd := &out[len(out)-1]
			pieces = append(pieces, span{t[:j], sp.sgr})
			wd.to = len(pieces)
			wd.width += textWidth(t[:j])
			t = t[j:]
		}
	}
	w.ws, w.pieces = out, pieces
}

// wrap breaks spans into lines of at most width columns, at spaces,
// greedily (each line takes as many words as fit). A word wider than a line
// is cut between grapheme clusters. With width <= 0 everything goes on one
// line. Spaces at the ends of lines are dropped; the result has at least one
// line. The lines are valid until w's next call.
//
// Cost: O(len of the text) time; the lines share the text of spans.
func (w *wrapper) wrap(spans []span, width int) []line {
	w.words(spans)
	ws, pieces := w.ws, w.pieces
	all, lines := w.spans[:0], w.lines[:0]
	start := 0 // of the current line in all
	curW := 0
	flush := func() {
		lines = append(lines, all[start:len(all):len(all)])
		start, curW = len(all), 0
	}
	for _, wd := range ws {
		wp := pieces[wd.from:wd.to]
		if width <= 0 {
			if wd.hasSpace && curW > 0 {
				all = append(all, span{" ", wd.space})
				curW++
			}
			all = append(all, wp...)
			curW += wd.width
			continue
		}
		if curW > 0 {
			if curW+1+wd.width <= width {
				if wd.hasSpace {
					all = append(all, span{" ", wd.space})
					curW++
				}
				all = append(all, wp...)
				curW += wd.width
				continue
			}
			if !wd.hasSpace && curW+wd.width <= width {
				all = append(all, wp...)
				curW += wd.width
				continue
			}
			flush()
		}
		if wd.width <= width {
			all = append(all, wp...)
			curW = wd.width
			continue
		}
		// Too wide for any line: cut between grapheme clusters.
		for _, p := range wp {
			g := graphemes.FromString(p.text)
			from := 0
			for g.Next() {
				cw := textWidth(g.Value())
				if curW+cw > width && curW > 0 {
					if g.Start() > from {
						all = append(all, span{p.text[from:g.Start()], p.sgr})
					}
					from = g.Start()
					flush()
				}
				curW += cw
			}
			if from < len(p.text) {
				all = append(all, span{p.text[from:], p.sgr})
			}
		}
	}
	if len(all) > start || len(lines) == 0 {
		flush()
	}
	w.spans, w.lines = all, lines
	return lines
}

// lineEmitter returns a function that writes one line to bw, trailing
// spaces trimmed, in colour or not, followed by a newline.
func lineEmitter(bw *bufio.Writer, color bool) func(line) {
	return func(l line) {
		writeLine(bw, trimRight(l), color)
		bw.WriteByte('\n')
	}
}

// writeLine writes l to b, with ANSI SGR sequences when color is set: a
// sequence at each change of style and a reset before the end of the line,
// so every line stands alone (as `less -R` and grep need). Write errors
// are left to b to keep (a bufio.Writer's stick).
func writeLine(b io.StringWriter, l line, color bool) {
	cur := ""
	for _, s := range l {
		if color && s.sgr != cur {
			if cur != "" {
				b.WriteString("\x1b[0m")
			}
			if s.sgr != "" {
				b.WriteString("\x1b[")
				b.WriteString(s.sgr)
				b.WriteString("m")
			}
			cur = s.sgr
		}
		b.WriteString(s.text)
	}
	if color && cur != "" {
		b.WriteString("\x1b[0m")
	}
}

// pad returns the spaces that fill a text of width w to width to: a
// slice of spaces as wide as most terminals, or for wider, spaces made.
func pad(w, to int) string {
	if w >= to {
		return ""
	}
	if to-w <= len(spaces) {
		return spaces[:to-w]
	}
	return strings.Repeat(" ", to-w)
}

var spaces = strings.Repeat(" ", 256)
