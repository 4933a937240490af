package render

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/report"
)

// TermOptions choose what Term shows and how.
type TermOptions struct {
	// Color adds ANSI colours and text attributes. Without it the output
	// is plain text with wdiff-style markers ([-deleted-]{+inserted+}).
	// Term never looks at the terminal itself: the caller decides.
	Color bool
	// Width is the number of columns to wrap to, at word boundaries; 0
	// means no wrapping (one line per sentence), except side by side,
	// where 0 means 120 columns. Text columns never get narrower than
	// minText, so very small widths give longer lines.
	Width int
	// Quiet prints only the header of each comparison and the findings
	// of its checks.
	Quiet bool
	// Stat prints one line per OTHER, like `git diff --stat`, with the
	// number of findings of its checks when the report has checks.
	Stat bool
	// SideBySide prints BASE and OTHER in two columns.
	SideBySide bool
	// Order is the document whose sentence order the records follow:
	// BaseOrder (the zero value) or OtherOrder.
	Order Order
	// Elide folds the unchanged sentences (identical and in place, or
	// left out of the comparison) that are more than Context records away
	// from any change into one line per run, "… 12 identical sentences …",
	// as diff -u shows its hunks; a comparison with no change at all then
	// prints one line. Without it (the zero value) every sentence is shown.
	Elide bool
	// Context is the number of unchanged sentences shown before and after
	// each change when Elide is set; negative counts as 0.
	Context int
}

// Order is the sentence order Term follows: that of the BASE, so the
// records read as the wire story, or that of each OTHER, so they read as
// the outlet published them.
type Order int

const (
	BaseOrder  Order = iota // follow the sentences of the BASE (the default)
	OtherOrder              // follow the sentences of each OTHER
)

// ParseOrder returns the Order named by s, "base" or "other", the words of
// the command line; anything else is an error.
func ParseOrder(s string) (Order, error) {
	switch s {
	case "base":
		return BaseOrder, nil
	case "other":
		return OtherOrder, nil
	}
	return BaseOrder, fmt.Errorf("unknown order %q: want base or other", s)
}

// String returns the name ParseOrder reads.
func (o Order) String() string {
	switch o {
	case BaseOrder:
		return "base"
	case OtherOrder:
		return "other"
	}
	return fmt.Sprintf("Order(%d)", int(o))
}

// primary returns the side whose order o follows; an Order that is
// neither constant is an error.
func (o Order) primary() (side, error) {
	switch o {
	case BaseOrder:
		return baseSide, nil
	case OtherOrder:
		return otherSide, nil
	}
	return baseSide, fmt.Errorf("render: unknown order %v", o)
}

const (
	labelWidth = 7  // the margin column: a label and at least one space
	minText    = 12 // the narrowest text column
	sbsWidth   = 120
)

// SGR parameters of the styles used.
const (
	sgrDim   = "2"
	sgrBold  = "1"
	sgrDel   = "31;9" // deleted words: red, struck through
	sgrIns   = "32;4" // inserted words: green, underlined
	sgrAdd   = "32"
	sgrDrop  = "31"
	sgrEdit  = "33"
	sgrQuote = "1;33"
	sgrPara  = "35"
	sgrMoved = "36"
)

// Term writes r for a terminal or a log.
//
// Each comparison starts with a header: the two names, a verdict, the
// counts per label and the share of OTHER reused. The findings of its
// checks follow, when r.Checks holds any, also with Quiet: changed
// quotations first, then typos and changed facts, each line labelled
// "!quote", "!typo", "!spell" or "!fact" (spelling variants, no error,
// "~spell"; see termWriter.checks). Then (unless Quiet) the article in the chosen
// order, one record per entry with its label in the margin:
//
//	same   identical sentence
//	edit   sentence with [-deleted-]{+inserted+} words
//	quote  an edit of a sentence holding a changed quotation (see check)
//	para - paraphrased: the BASE sentence ...
//	     + ... and the OTHER one
//	add    sentence only in OTHER
//	drop   sentence only in BASE
//	moved  where a moved record now is (or was)
//	skip   sentence left out of the comparison (boilerplate)
//	¶3     paragraph 3 starts (with its role when not body)
//
// so `grep '^quote'` lists the edits of changed quotations and `grep '^!'`
// the findings of the checks. With Color the markers
// give way to colours (deleted red and struck through, inserted green and
// underlined) and every line ends with a reset.
//
// With Elide, runs of unchanged sentences away from the changes fold into
// one dim line, "… 12 identical sentences …" (see fold), and a comparison
// with nothing changed prints one line. A word changed into a
// near-identical one shows the characters changed (see wordEdit).
//
// Cost: linear in the size of the documents and records.
func Term(w io.Writer, r *report.Report, opts TermOptions) error {
	if err := r.Validate(); err != nil {
		err = fmt.Errorf("render: %w", err)
		return err
	}
	primary, err := opts.Order.primary()
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	t := &termWriter{w: bw, opts: opts}
	if r.BaseChoice != nil {
		t.emit(line{{baseReason(r.Documents, r.BaseChoice), ""}})
		t.blank()
	}
	if r.Coverage != nil && !opts.Stat {
		t.err = bw.Flush()
		if err := coverageTerm(w, r.Coverage, coverageOptions{Color: opts.Color, Width: opts.Width}); err != nil {
			return err
		}
		t.blank()
	}
	if opts.Stat {
		t.stat(r)
	} else {
		for i, c := range r.Comparisons {
			if i > 0 {
				t.blank()
			}
			if opts.Elide && !opts.Quiet && unchangedComparison(c, r.ChecksOf(i)) {
				t.same(c)
				continue
			}
			q := quoteRecords(c, r.ChecksOf(i))
			t.header(c, report.Verdict(c, r.ChecksOf(i)))
			t.checks(c, r.ChecksOf(i))
			if opts.Quiet {
				continue
			}
			t.blank()
			units := t.steps(c, primary, readingOrder(c, primary, opts.SideBySide))
			if opts.SideBySide {
				t.sideBySide(c, primary, units, q)
			} else {
				t.inline(c, primary, units, q)
			}
		}
	}
	if t.err == nil {
		t.err = bw.Flush()
	}
	if t.err != nil {
		return fmt.Errorf("writing terminal output: %w", t.err)
	}
	return nil
}

// termWriter writes lines and keeps the first write error.
type termWriter struct {
	w    *bufio.Writer
	opts TermOptions
	err  error
	// wrap and rowLine are row's scratch, kept from one row to the
	// next; left and right wrap the columns side by side.
	wrap, left, right wrapper
	rowLine           line
}

func (t *termWriter) emit(l line) {
	if t.err != nil {
		return
	}
	writeLine(t.w, trimRight(l), t.opts.Color)
	t.err = t.w.WriteByte('\n') // a bufio.Writer's errors stick: the first one
}

func (t *termWriter) blank() { t.emit(nil) }

// textWidth is the width of the text column after the margin.
func (t *termWriter) textWidth() int {
	if t.opts.Width <= 0 {
		return 0
	}
	return max(t.opts.Width-labelWidth, minText)
}

// row writes spans wrapped to the text column, with label in the margin of
// the first line.
func (t *termWriter) row(label, labelSGR string, spans []span) {
	for i, l := range t.wrap.wrap(spans, t.textWidth()) {
		m := span{margin(label), labelSGR}
		if i > 0 {
			m = span{blankMargin, ""}
		}
		t.rowLine = append(append(t.rowLine[:0], m), l...)
		t.emit(t.rowLine)
	}
}

// blankMargin is the margin of a row's lines after its first.
var blankMargin = pad(0, labelWidth)

// margin returns label filled to the margin, or followed by one space
// when it is as wide as the margin or wider (a mark of paragraphs
// "¶10–11+13"): the text after it never touches it.
func margin(label string) string {
	if w := textWidth(label); w >= labelWidth && label != "" {
		return label + " "
	}
	return label + pad(textWidth(label), labelWidth)
}

// join returns SGR parameters that apply all of ps, each parameter once.
func join(ps ...string) string {
	var out []string
	for _, p := range ps {
		for _, x := range strings.Split(p, ";") {
			if x != "" && !slices.Contains(out, x) {
				out = append(out, x)
			}
		}
	}
	return strings.Join(out, ";")
}

// roleSGR is the style of the text of a paragraph with role ro: headings
// bold, everything that is not story dimmed.
func roleSGR(ro article.Role) string {
	switch ro {
	case article.Body:
		return ""
	case article.Heading:
		return sgrBold
	default:
		return sgrDim
	}
}

// header writes the summary of one comparison, with its verdict.
func (t *termWriter) header(c *align.Comparison, verdict string) {
	for _, d := range []struct {
		label string
		doc   *article.Document
	}{{"base", c.Base}, {"other", c.Other}} {
		sp := []span{{d.doc.Name, sgrBold}}
		if d.doc.Title != "" {
			sp = append(sp, span{" — " + d.doc.Title, ""})
		}
		t.row(d.label, sgrBold, sp)
	}
	t.row("", "", []span{{verdict, sgrBold}})
	s := c.Summary
	var sp []span
	for i, n := range []struct {
		n    int
		name string
		sgr  string
	}{
		{s.Identical, "identical", ""},
		{s.Edited, "edited", sgrEdit},
		{s.Paraphrased, "paraphrased", sgrPara},
		{s.Added, "added", sgrAdd},
		{s.Dropped, "dropped", sgrDrop},
		{s.Moved, "moved", sgrMoved},
	} {
		sep := ", "
		if i == 0 {
			sep = ""
		}
		sgr := n.sgr
		if n.n == 0 {
			sgr = ""
		}
		sp = append(sp, span{sep, ""}, span{fmt.Sprintf("%d %s", n.n, n.name), sgr})
	}
	f := report.FiguresOf(c)
	sp = append(sp, span{fmt.Sprintf("; from base %d%% of its text, base carried %d%% of the base", percent(f.FromBase), percent(f.BaseCarried)), ""})
	t.row("", "", sp)
}

// markerLike reports whether a changed piece of chars holds a character
// of the plain markers ([-, -], {+, +}): "-our" → "our" would read
// "[---]our", so such a word stays whole (in colour too, so that both
// forms carry the same text).
func markerLike(chars []align.Chunk) bool {
	for _, c := range chars {
		if c.Op != align.Equal && strings.ContainsAny(c.Text, "-+[]{}") {
			return true
		}
	}
	return false
}

// chunkSpans turns a diff into spans. keep selects the ops shown (Equal is
// always shown); deleted and inserted words get markers or colours, with
// the spaces around them kept outside.
//
// A word changed into a near-identical one (see wordEdit) shows the
// characters that changed inside it: "Ital[-y-]{+er+}". Otherwise, in
// colour, a deleted word directly followed by an inserted one gets a
// space between them ("-our our" rather than "-ourour"); the markers of
// the plain form already keep them apart.
func (t *termWriter) chunkSpans(diff []align.Chunk, base string, keepDelete, keepInsert bool) []span {
	var sp []span
	for i := 0; i < len(diff); i++ {
		ch := diff[i]
		if ch.Op == align.Delete && i+1 < len(diff) && diff[i+1].Op == align.Insert {
			if chars, ok := wordEdit(ch.Text, diff[i+1].Text); ok && !markerLike(chars) {
				for _, c := range chars {
					switch {
					case c.Op == align.Equal:
						sp = append(sp, span{c.Text, base})
					case c.Op == align.Delete && keepDelete:
						sp = append(sp, t.marked(c.Text, "[-", "-]", join(base, sgrDel))...)
					case c.Op == align.Insert && keepInsert:
						sp = append(sp, t.marked(c.Text, "{+", "+}", join(base, sgrIns))...)
					}
				}
				i++
				continue
			}
		}
		switch ch.Op {
		case align.Equal:
			sp = append(sp, span{ch.Text, base})
		case align.Delete:
			if keepDelete {
				sp = append(sp, t.marked(ch.Text, "[-", "-]", join(base, sgrDel))...)
				if t.opts.Color && keepInsert && i+1 < len(diff) && diff[i+1].Op == align.Insert &&
					strings.TrimRightFunc(ch.Text, isBreak) == ch.Text &&
					strings.TrimLeftFunc(diff[i+1].Text, isBreak) == diff[i+1].Text {
					sp = append(sp, span{" ", ""})
				}
			}
		case align.Insert:
			if keepInsert {
				sp = append(sp, t.marked(ch.Text, "{+", "+}", join(base, sgrIns))...)
			}
		}
	}
	return sp
}

// marked returns text between open and close markers (plain) or in style
// sgr (colour), with its leading and trailing spaces outside.
func (t *termWriter) marked(text, open, close, sgr string) []span {
	core := strings.TrimFunc(text, isBreak)
	if core == "" {
		return []span{{text, ""}}
	}
	i := strings.Index(text, core)
	lead, trail := text[:i], text[i+len(core):]
	if !t.opts.Color {
		core = open + core + close
	}
	return []span{{lead, ""}, {core, sgr}, {trail, ""}}
}

// recordText returns the text of record l on side s, styled by the role of
// its paragraph and extra.
func recordText(c *align.Comparison, l *align.SentenceLink, s side, extra string) []span {
	d := s.doc(c)
	idx := s.sents(l)
	return []span{{sentenceText(d, idx), join(roleSGR(role(d, firstPara(d, idx))), extra)}}
}

// markRow returns the margin label and the text of a paragraph mark: a
// paragraph of the side followed is "¶3" in the margin; one of the other
// side (a paragraph only there) is named in full, "other ¶3", so that its
// number is not taken for one of the side followed.
func markRow(m *paraMark, primary side) (label, text string) {
	n := paraLabel(m)
	if m.side == primary {
		label = n
	} else {
		text = sideName(m.side) + " " + n
	}
	if m.role != article.Body {
		if text != "" {
			text += ", "
		}
		text += m.role.String()
	}
	return label, text
}

// movedNote says where the far end of moved record l is.
func movedNote(c *align.Comparison, l *align.SentenceLink, primary side) string {
	far := primary.flip()
	p := firstPara(far.doc(c), far.sents(l)) + 1
	if primary == baseSide {
		return fmt.Sprintf("now in other ¶%d", p)
	}
	return fmt.Sprintf("was in base ¶%d", p)
}

// inline writes the records one under the other.
func (t *termWriter) inline(c *align.Comparison, primary side, steps []step, quotes []bool) {
	first := true
	for _, st := range steps {
		if f := st.folded; f != nil {
			if f.opens && !first {
				t.blank()
			}
			first = false
			t.row("", sgrDim, []span{{f.text(), sgrDim}})
			continue
		}
		u := st.unit
		if u.mark != nil {
			if !first {
				t.blank()
			}
			label, text := markRow(u.mark, primary)
			t.row(label, sgrDim, []span{{text, sgrDim}})
		}
		first = false
		switch u.kind {
		case unitLoose:
			d := u.side.doc(c)
			ro := role(d, d.Sentences[u.sent].Paragraph)
			t.row("skip", sgrDim, []span{{sentText(d, u.sent), join(roleSGR(ro), sgrDim)}})
		case unitGhost:
			// Inline output notes moves at the record itself.
		case unitRecord:
			t.inlineRecord(c, &c.Sentences[u.rec], primary, quotes[u.rec])
		}
	}
}

func (t *termWriter) inlineRecord(c *align.Comparison, l *align.SentenceLink, primary side, quote bool) {
	ro := role(c.Base, firstPara(c.Base, l.Base))
	switch {
	case l.Kind == align.Identical:
		t.row("same", sgrDim, recordText(c, l, primary, ""))
	case l.Kind == align.Edited && len(l.Diff) > 0:
		label, sgr := "edit", sgrEdit
		if quote {
			label, sgr = "quote", sgrQuote
		}
		t.row(label, sgr, t.chunkSpans(asWritten(l.Diff, c.Options.Strict, otherSide), roleSGR(ro), true, true))
	case l.Kind == align.Edited || l.Kind == align.Paraphrased:
		label, sgr := "para", sgrPara
		if l.Kind == align.Edited {
			label, sgr = "edit", sgrEdit
		}
		t.row(label+" -", sgr, recordText(c, l, baseSide, ""))
		t.row("     +", sgr, recordText(c, l, otherSide, ""))
	case l.Kind == align.Added:
		t.row("add", sgrAdd, recordText(c, l, otherSide, sgrAdd))
	case l.Kind == align.Dropped:
		t.row("drop", sgrDrop, recordText(c, l, baseSide, sgrDrop))
	}
	if l.Moved && len(l.Base) > 0 && len(l.Other) > 0 {
		t.row("moved", sgrMoved, []span{{movedNote(c, l, primary), sgrMoved}})
	}
}

// sideBySide writes BASE on the left and OTHER on the right.
func (t *termWriter) sideBySide(c *align.Comparison, primary side, steps []step, quotes []bool) {
	width := t.opts.Width
	if width <= 0 {
		width = sbsWidth
	}
	col := max((width-labelWidth-3)/2, minText)
	gutter := " | "
	if t.opts.Color {
		gutter = " │ "
	}
	put := func(label, lsgr string, left, right []span) {
		ll, rl := t.left.wrap(left, col), t.right.wrap(right, col)
		for i := range max(len(ll), len(rl)) {
			l := t.rowLine[:0]
			if i == 0 {
				l = append(l, span{margin(label), lsgr})
			} else {
				l = append(l, span{blankMargin, ""})
			}
			var lw int
			if i < len(ll) {
				l = append(l, ll[i]...)
				lw = ll[i].width()
			}
			l = append(l, span{pad(lw, col), ""}, span{gutter, sgrDim})
			if i < len(rl) {
				l = append(l, rl[i]...)
			}
			t.emit(l)
			t.rowLine = l
		}
	}
	put("", "", []span{{c.Base.Name, sgrBold}}, []span{{c.Other.Name, sgrBold}})
	for _, st := range steps {
		if f := st.folded; f != nil {
			t.row("", sgrDim, []span{{f.text(), sgrDim}})
			continue
		}
		u := st.unit
		if m := u.mark; m != nil {
			note := paraLabel(m)
			if m.role != article.Body {
				note += " " + m.role.String()
			}
			if m.side == baseSide {
				put("", "", []span{{note, sgrDim}}, nil)
			} else {
				put("", "", nil, []span{{note, sgrDim}})
			}
		}
		switch u.kind {
		case unitLoose:
			d := u.side.doc(c)
			ro := role(d, d.Sentences[u.sent].Paragraph)
			sp := []span{{sentText(d, u.sent), join(roleSGR(ro), sgrDim)}}
			if u.side == baseSide {
				put("skip", sgrDim, sp, nil)
			} else {
				put("skip", sgrDim, nil, sp)
			}
		case unitGhost:
			l := &c.Sentences[u.rec]
			back := primary
			note := fmt.Sprintf("(moved here from %s ¶%d)", sideName(back), firstPara(back.doc(c), back.sents(l))+1)
			sp := []span{{note, sgrMoved}}
			if u.side == baseSide {
				put("moved", sgrMoved, sp, nil)
			} else {
				put("moved", sgrMoved, nil, sp)
			}
		case unitRecord:
			l := &c.Sentences[u.rec]
			left := recordText(c, l, baseSide, "")
			right := recordText(c, l, otherSide, "")
			label, sgr := "same", sgrDim
			switch l.Kind {
			case align.Edited:
				label, sgr = "edit", sgrEdit
				if quotes[u.rec] {
					label, sgr = "quote", sgrQuote
				}
				if len(l.Diff) > 0 {
					bro := roleSGR(role(c.Base, firstPara(c.Base, l.Base)))
					oro := roleSGR(role(c.Other, firstPara(c.Other, l.Other)))
					left = t.chunkSpans(asWritten(l.Diff, c.Options.Strict, baseSide), bro, true, false)
					right = t.chunkSpans(asWritten(l.Diff, c.Options.Strict, otherSide), oro, false, true)
				}
			case align.Paraphrased:
				label, sgr = "para", sgrPara
			case align.Added:
				label, sgr, left = "add", sgrAdd, nil
				right = recordText(c, l, otherSide, sgrAdd)
			case align.Dropped:
				label, sgr, right = "drop", sgrDrop, nil
				left = recordText(c, l, baseSide, sgrDrop)
			}
			put(label, sgr, left, right)
			if l.Moved && len(l.Base) > 0 && len(l.Other) > 0 {
				sp := []span{{movedNote(c, l, primary), sgrMoved}}
				if primary == baseSide {
					put("moved", sgrMoved, nil, sp)
				} else {
					put("moved", sgrMoved, sp, nil)
				}
			}
		}
	}
}

// stat writes one line per comparison: name, the two figures (from base,
// base carried), counts of changed (~), added (+), dropped (-) and moved
// (>) records, and a bar of those proportional to the counts, scaled so
// the longest fits the width (a moved sentence that was also edited
// counts in both ~ and >, as it is both, so that a copy whose only
// change is a move, which exits 1, shows why). When
// the report holds checks, a fourth count gives the findings that need an
// editor's eye (!): the lines termWriter.checks marks with "!", spelling
// variants left out.
func (t *termWriter) stat(r *report.Report) {
	checked := len(r.Checks) > 0
	nameW, digits, maxTotal := 0, 1, 0
	for i, c := range r.Comparisons {
		s := c.Summary
		nameW = max(nameW, textWidth(clean(c.Other.Name)))
		for _, n := range []int{s.Edited + s.Paraphrased, s.Added, s.Dropped, s.Moved, report.Alarms(r.ChecksOf(i))} {
			digits = max(digits, len(fmt.Sprint(n)))
		}
		maxTotal = max(maxTotal, s.Edited+s.Paraphrased+s.Added+s.Dropped+s.Moved)
	}
	counts := 4
	if checked {
		counts = 5
	}
	// " name | 100% 100% | n~ n+ n- n> [n!] | bar"
	fixed := 1 + nameW + 3 + 9 + 3 + counts*(digits+2) - 1 + 3
	avail := 50
	if t.opts.Width > 0 {
		avail = max(t.opts.Width-fixed, 10)
	}
	scale := 1.0
	if maxTotal > avail {
		scale = float64(avail) / float64(maxTotal)
	}
	bar := func(n int) int {
		if n == 0 {
			return 0
		}
		return max(1, int(math.Round(float64(n)*scale)))
	}
	var total struct{ chg, add, drop, moved, alarm int }
	for i, c := range r.Comparisons {
		s := c.Summary
		chg := s.Edited + s.Paraphrased
		total.chg += chg
		total.add += s.Added
		total.drop += s.Dropped
		total.moved += s.Moved
		name := clean(c.Other.Name)
		l := line{
			{" " + name + pad(textWidth(name), nameW) + " | ", ""},
			{fmt.Sprintf("%3d%% %3d%%", percent(report.FiguresOf(c).FromBase), percent(report.FiguresOf(c).BaseCarried)), ""},
			{" | ", ""},
			{fmt.Sprintf("%*d~", digits, chg), ""},
			{fmt.Sprintf(" %*d+", digits, s.Added), ""},
			{fmt.Sprintf(" %*d-", digits, s.Dropped), ""},
			{fmt.Sprintf(" %*d>", digits, s.Moved), ""},
		}
		if checked {
			// A comparison left unchecked gets a blank, not a 0.
			cell := strings.Repeat(" ", digits+2)
			sgr := ""
			if f := r.ChecksOf(i); f != nil {
				n := report.Alarms(f)
				total.alarm += n
				cell = fmt.Sprintf(" %*d!", digits, n)
				if n > 0 {
					sgr = sgrAlarm
				}
			}
			l = append(l, span{cell, sgr})
		}
		l = append(l,
			span{" | ", ""},
			span{strings.Repeat("~", bar(chg)), sgrEdit},
			span{strings.Repeat("+", bar(s.Added)), sgrAdd},
			span{strings.Repeat("-", bar(s.Dropped)), sgrDrop},
			span{strings.Repeat(">", bar(s.Moved)), sgrMoved},
		)
		t.emit(l)
	}
	base := "the base"
	if len(r.Comparisons) > 0 {
		base = clean(r.Comparisons[0].Base.Name)
	}
	flagged := ""
	if checked {
		flagged = fmt.Sprintf(", %d flagged by the checks (!)", total.alarm)
	}
	t.emit(line{{fmt.Sprintf(" %s compared with %s: %d changed (~), %d added (+), %d dropped (-), %d moved (>)%s; %%: from base (of each text), base carried (of the base)",
		plural(len(r.Comparisons), "other"), base, total.chg, total.add, total.drop, total.moved, flagged), ""}})
}
