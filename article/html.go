package article

import (
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extracted is the article found in an HTML page.
type extracted struct {
	title  string
	blocks []block
	date   time.Time // the date the page's markup states, or zero (see htmlDate)
}

// extractHTML finds the article in an HTML page (already decoded to UTF-8)
// and returns its title and paragraphs.
//
// The article is found with go-readability (a port of Firefox's Reader
// View): navigation, ads, scripts, comments and footers are left out.
// Its result is walked block by block (p, h1-h6, li, blockquote,
// figcaption, ...), each block becoming a paragraph; headings, captions
// and elements classed as bylines or captions give hints for roles. A
// small page (see smallPage), or one where readability finds (nearly)
// nothing, is read whole instead, still without script, style, nav,
// aside, footer, forms and hidden elements: that is what a fragment of
// HTML needs. The title, and readability's byline if the text does not
// already hold it, become the first paragraphs (the byline as printed on
// the page when that holds the one readability took from the metadata).
//
// Cost: parsing and readability are roughly linear in the page; the
// fallback walks the tree once more.
func extractHTML(text string, pageURL *url.URL) (extracted, error) {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return extracted{}, err
	}
	date := htmlDate(doc) // before readability, which takes scripts out of the tree
	body := walkBlocks(doc, true)
	bodyLen := textLen(body)

	parser := readability.NewParser()
	parser.KeepClasses = true
	art, rerr := parser.ParseDocument(doc, pageURL)
	var blocks []block
	if rerr == nil && art.Node != nil {
		blocks = walkBlocks(art.Node, false)
	}
	if n := textLen(blocks); n == 0 || bodyLen < smallPage || (n < smallPage/4 && n*4 < bodyLen) {
		blocks = body
	}

	out := extracted{title: collapse(cleanText(art.Title())), date: date}
	if out.title == "" {
		out.title = collapse(cleanText(titleElement(doc)))
	}
	var lead []block
	if out.title != "" && !containsText(blocks, out.title) {
		lead = append(lead, block{text: out.title, hint: hintHeading})
	}
	if by := collapse(cleanText(art.Byline())); by != "" && !containsText(blocks, by) {
		// Readability prefers the page's metadata, which often names one
		// author; the byline printed on the page names them all.
		for _, b := range body {
			if b.hint == hintByline && len(b.text) <= maxClassHintBytes && strings.Contains(strings.ToLower(b.text), strings.ToLower(by)) {
				by = b.text
				break
			}
		}
		lead = append(lead, block{text: by, hint: hintByline})
	}
	out.blocks = append(lead, blocks...)
	return out, nil
}

// smallPage is the amount of text (in bytes, after leaving out scripts,
// navigation and footers) under which a page is read whole rather than
// through readability, whose scoring is made for full pages: a fragment
// has no clutter to remove, and readability may keep a menu or drop the
// only paragraph.
const smallPage = 2000

// textLen is the number of bytes of text in blocks.
func textLen(blocks []block) int {
	n := 0
	for _, b := range blocks {
		n += len(b.text)
	}
	return n
}

// containsText reports whether some block contains s, ignoring case.
func containsText(blocks []block, s string) bool {
	s = strings.ToLower(s)
	for _, b := range blocks {
		if strings.Contains(strings.ToLower(b.text), s) {
			return true
		}
	}
	return false
}

// titleElement returns the text of the page's <title>.
func titleElement(doc *html.Node) string {
	var find func(n *html.Node) string
	find = func(n *html.Node) string {
		if n.Type == html.ElementNode && n.DataAtom == atom.Title {
			var b strings.Builder
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					b.WriteString(c.Data)
				}
			}
			return b.String()
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return ""
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if t := find(c); t != "" {
				return t
			}
		}
		return ""
	}
	return find(doc)
}

// skipAlways are elements whose content is never article text.
var skipAlways = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Input: true, atom.Head: true, atom.Title: true, atom.Video: true, atom.Audio: true,
	atom.Picture: true, atom.Img: true,
}

// skipInBody are page furniture, left out when the whole body is walked.
var skipInBody = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true, atom.Menu: true,
	atom.Dialog: true,
}

// blockElements end the paragraph before them and start a new one.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dialog: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Thead: true, atom.Tr: true, atom.Ul: true, atom.Body: true, atom.Html: true,
}

// A table row is one paragraph, its cells (<td>, <th>) apart by white
// space, as a table in plain text is: a results table compares row by
// row ("Greens 12,400 3" against "Greens 12,500 3" is an edited row with
// a changed figure), where a paragraph per cell made each changed cell a
// dropped and an added heading, and an HTML table compares equal to the
// same table typed with tabs or spaces.
var cellElements = map[atom.Atom]bool{atom.Td: true, atom.Th: true}

// holdsBlocks reports whether a block element (see blockElements), other
// than a table's own parts, is nested in the cells of the row n. Cost: a
// walk of the row.
func holdsBlocks(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if blockElements[c.DataAtom] && !tableParts[c.DataAtom] || holdsBlocks(c) {
			return true
		}
	}
	return false
}

// tableParts are the elements of a table's own structure.
var tableParts = map[atom.Atom]bool{atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true, atom.Td: true, atom.Th: true}

// blockWalker collects the text of an HTML tree into blocks.
type blockWalker struct {
	wholeBody bool
	blocks    []block
	buf       strings.Builder
	hint      hint
	afterBr   bool // a <br> came last, with no text since
}

// walkBlocks returns the paragraphs of the tree under n. With wholeBody,
// page furniture (nav, aside, footer, forms, hidden elements) is skipped.
func walkBlocks(n *html.Node, wholeBody bool) []block {
	w := &blockWalker{wholeBody: wholeBody}
	w.walk(n, hintNone)
	w.flush()
	return w.blocks
}

func (w *blockWalker) flush() {
	w.afterBr = false
	if w.buf.Len() == 0 {
		return
	}
	text := cleanText(w.buf.String())
	w.buf.Reset()
	// <pre> keeps its line breaks: each line (or blank-line-separated
	// group) is a paragraph. Elsewhere newlines are just white space.
	for _, part := range strings.Split(text, "\n\n") {
		if t := collapse(part); t != "" {
			w.blocks = append(w.blocks, block{text: t, hint: w.hint})
		}
	}
}

func (w *blockWalker) walk(n *html.Node, h hint) {
	switch n.Type {
	case html.TextNode:
		if w.buf.Len() == 0 {
			w.hint = h
		}
		w.buf.WriteString(n.Data)
		if strings.TrimSpace(n.Data) != "" {
			w.afterBr = false
		}
		return
	case html.ElementNode:
		if skipAlways[n.DataAtom] || isHidden(n) {
			return
		}
		if w.wholeBody && (skipInBody[n.DataAtom] || hasRole(n, "navigation", "banner", "contentinfo", "complementary") || isFurniture(n)) {
			return
		}
		if n.DataAtom == atom.Br {
			if w.afterBr {
				w.flush() // two line breaks in a row end a paragraph
			} else {
				w.buf.WriteByte(' ')
				w.afterBr = true
			}
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := n.Type == html.ElementNode && (blockElements[n.DataAtom] || n.DataAtom == 0 && n.Data != "")
	if n.Type == html.ElementNode {
		h = elementHint(n, h)
	}
	if block {
		w.flush()
	}
	if n.Type == html.ElementNode && cellElements[n.DataAtom] && w.buf.Len() > 0 {
		w.buf.WriteByte(' ')
	}
	if n.DataAtom == atom.Pre {
		w.walkPre(n, h)
		w.flush()
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, h)
	}
	if block {
		w.flush()
	}
}

// walkPre collects preformatted text, with each line break kept as a
// paragraph break.
func (w *blockWalker) walkPre(n *html.Node, h hint) {
	w.hint = h
	var collect func(*html.Node)
	collect = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			w.buf.WriteString(strings.ReplaceAll(n.Data, "\n", "\n\n"))
		case n.Type == html.ElementNode && skipAlways[n.DataAtom]:
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			w.buf.WriteString("\n\n")
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				collect(c)
			}
		}
	}
	collect(n)
}

// elementHint says what an element's tag and classes tell about the
// paragraphs inside it; inside an element that says nothing, the hint of
// its parent holds.
func elementHint(n *html.Node, parent hint) hint {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return hintHeading
	case atom.Figcaption, atom.Caption:
		return hintCaption
	case atom.Li:
		if parent == hintNone {
			return hintListItem
		}
	case atom.Tr:
		// A row that holds paragraphs, lists or tables of its own lays a
		// page out rather than holding data: its parts keep their hints.
		if parent == hintNone && !holdsBlocks(n) {
			return hintTableRow
		}
	}
	names := strings.ToLower(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "itemprop") + " " + attr(n, "rel"))
	var h hint
	switch {
	case containsAny(names, "byline", "author", "dateline", "timestamp"):
		h = hintByline
	case containsAny(names, "caption", "credit"):
		h = hintCaption
	case containsAny(names, "copyright", "disclaimer", "newsletter", "promo", "related", "share", "social", "subscribe"):
		h = hintBoilerplate
	default:
		return parent
	}
	// A class speaks for a small element only: a wrapper classed
	// "share-container" around the whole story says nothing about it.
	if textLongerThan(n, maxClassHintBytes) {
		return parent
	}
	return h
}

// maxClassHintBytes bounds the text of an element whose class names give a
// role hint.
const maxClassHintBytes = 400

// textLongerThan reports whether the text under n is longer than limit
// bytes. Cost: it stops reading once past the limit.
func textLongerThan(n *html.Node, limit int) bool {
	total := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			total += len(strings.TrimSpace(n.Data))
			return total > limit
		}
		if n.Type == html.ElementNode && skipAlways[n.DataAtom] {
			return false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// isHidden reports elements a browser would not show.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// furnitureNames are class and id words that mark page furniture.
var furnitureNames = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "footer": true,
	"sidebar": true, "breadcrumb": true, "breadcrumbs": true, "share": true, "social": true,
	"cookie": true, "cookies": true, "banner": true, "ad": true, "ads": true, "advert": true,
	"advertisement": true, "promo": true, "newsletter": true, "related": true,
	"comments": true, "subscribe": true, "toolbar": true, "skip": true,
}

// isFurniture reports an element whose class or id has a word (split at
// anything but letters) naming page furniture: "menu", "site-nav",
// "ad-slot", "related-links".
func isFurniture(n *html.Node) bool {
	names := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	for _, w := range strings.FieldsFunc(names, func(r rune) bool { return r < 'a' || r > 'z' }) {
		if furnitureNames[w] {
			return true
		}
	}
	return false
}

func hasRole(n *html.Node, roles ...string) bool {
	r := attr(n, "role")
	for _, x := range roles {
		if r == x {
			return true
		}
	}
	return false
}
