package render

import (
	"bufio"
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

// word is a run of non-space pieces, pieces[from:to] of the slice words
// returns, between two break opportunities; space is the style of the
// space before it (used when the word does not start a line), hasSpace
// whether there was one.
type word struct {
	from, to int
	width    int
	hasSpace bool
	space    string
}

// words splits spans at breaking spaces; every run of them becomes one
// space. Adjacent pieces with no space between (say a deleted and an
// inserted word, "[-a-]{+b+}") stay one word. All words share the returned
// pieces, which share the text of spans.
func words(spans []span) ([]word, []span) {
	var out []word
	var pieces []span
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
			w := &out[len(out)-1]
			pieces = append(pieces, span{t[:j], sp.sgr})
			w.to = len(pieces)
			w.width += textWidth(t[:j])
			t = t[j:]
		}
	}
	return out, pieces
}

// wrap breaks spans into lines of at most width columns, at spaces,
// greedily (each line takes as many words as fit). A word wider than a line
// is cut between grapheme clusters. With width <= 0 everything goes on one
// line. Spaces at the ends of lines are dropped; the result has at least one
// line.
//
// Cost: O(len of the text) time; the lines share the text of spans.
func wrap(spans []span, width int) []line {
	ws, pieces := words(spans)
	var lines []line
	var cur line
	curW := 0
	flush := func() {
		lines = append(lines, cur)
		cur, curW = nil, 0
	}
	for _, w := range ws {
		wp := pieces[w.from:w.to]
		if width <= 0 {
			if w.hasSpace && curW > 0 {
				cur = append(cur, span{" ", w.space})
				curW++
			}
			cur = append(cur, wp...)
			curW += w.width
			continue
		}
		if curW > 0 {
			if curW+1+w.width <= width {
				if w.hasSpace {
					cur = append(cur, span{" ", w.space})
					curW++
				}
				cur = append(cur, wp...)
				curW += w.width
				continue
			}
			if !w.hasSpace && curW+w.width <= width {
				cur = append(cur, wp...)
				curW += w.width
				continue
			}
			flush()
		}
		if w.width <= width {
			cur = append(cur, wp...)
			curW = w.width
			continue
		}
		// Too wide for any line: cut between grapheme clusters.
		for _, p := range wp {
			g := graphemes.FromString(p.text)
			start := 0
			for g.Next() {
				cw := textWidth(g.Value())
				if curW+cw > width && curW > 0 {
					if g.Start() > start {
						cur = append(cur, span{p.text[start:g.Start()], p.sgr})
					}
					start = g.Start()
					flush()
				}
				curW += cw
			}
			if start < len(p.text) {
				cur = append(cur, span{p.text[start:], p.sgr})
			}
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// lineEmitter returns a function that writes one line to bw, trailing
// spaces trimmed, in colour or not, followed by a newline.
func lineEmitter(bw *bufio.Writer, color bool) func(line) {
	var b strings.Builder
	return func(l line) {
		b.Reset()
		writeLine(&b, trimRight(l), color)
		b.WriteByte('\n')
		bw.WriteString(b.String())
	}
}

// writeLine appends l to b, with ANSI SGR sequences when color is set: a
// sequence at each change of style and a reset before the end of the line,
// so every line stands alone (as `less -R` and grep need).
func writeLine(b *strings.Builder, l line, color bool) {
	cur := ""
	for _, s := range l {
		if color && s.sgr != cur {
			if cur != "" {
				b.WriteString("\x1b[0m")
			}
			if s.sgr != "" {
				b.WriteString("\x1b[" + s.sgr + "m")
			}
			cur = s.sgr
		}
		b.WriteString(s.text)
	}
	if color && cur != "" {
		b.WriteString("\x1b[0m")
	}
}

// pad returns the spaces that fill a text of width w to width to.
func pad(w, to int) string {
	if w >= to {
		return ""
	}
	return strings.Repeat(" ", to-w)
}
