package render

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/report"
	"golang.org/x/net/html"
)

func renderHTML(t *testing.T, r *report.Report) (string, *html.Node) {
	t.Helper()
	var b bytes.Buffer
	if err := HTML(&b, r); err != nil {
		t.Fatal(err)
	}
	n, err := html.Parse(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	return b.String(), n
}

// walk calls f on every element under n.
func walk(n *html.Node, f func(*html.Node)) {
	if n.Type == html.ElementNode {
		f(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attr(n, "class")
	return strings.Contains(" "+v+" ", " "+class+" ")
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

// TestHTMLEscaping renders articles full of markup: it must come out as
// text, with no element or attribute of its own.
func TestHTMLEscaping(t *testing.T) {
	_, root := renderHTML(t, hostileReport())
	scripts := 0
	walk(root, func(n *html.Node) {
		switch n.Data {
		case "script":
			scripts++
			if textOf(n) != htmlAssetsOnce().js {
				t.Errorf("a script other than the report's own: %q", textOf(n))
			}
		case "img", "textarea", "iframe", "object", "embed", "form", "base":
			t.Errorf("article markup became a <%s> element", n.Data)
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s> has an event handler attribute %s=%q", n.Data, a.Key, a.Val)
			}
			if (a.Key == "href" || a.Key == "src" || a.Key == "action") && !strings.HasPrefix(a.Val, "#") {
				t.Errorf("<%s %s=%q>: only links inside the page are allowed", n.Data, a.Key, a.Val)
			}
		}
	})
	if scripts != 1 {
		t.Errorf("%d script elements, want 1", scripts)
	}
	body := textOf(root)
	for _, want := range []string{
		"<script>window.pwned=1</script>",
		`</textarea><img src=x onerror="window.pwned=1">`,
		`<a href="javascript:window.pwned=1">click</a> ' " & <!-- -->`,
		"<img src=x onerror=alert(1)>.html",
		"</title><script>window.pwned=1</script>",
		"(base: </title><img src=x onerror=alert(1)>)", // a speaker in the checks
		"<script>window.pwned=1</script> It approved",  // a quotation in the checks
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page text lacks %q", want)
		}
	}
}

// TestHTMLSelfContained checks that the page needs nothing from elsewhere
// and that its Content-Security-Policy allows exactly its own style and
// script.
func TestHTMLSelfContained(t *testing.T) {
	out, root := renderHTML(t, twoOthersReport())
	if strings.Contains(out, "http://") || strings.Contains(out, "https://") {
		t.Errorf("page mentions another host")
	}
	var csp, style, script string
	walk(root, func(n *html.Node) {
		switch n.Data {
		case "meta":
			if v, _ := attr(n, "http-equiv"); v == "Content-Security-Policy" {
				csp, _ = attr(n, "content")
			}
		case "style":
			style = textOf(n)
		case "script":
			script = textOf(n)
		case "link", "img", "iframe":
			t.Errorf("page has a <%s> element", n.Data)
		}
	})
	if style == "" || script == "" {
		t.Fatalf("page lacks its inline style or script")
	}
	for _, want := range []string{"default-src 'none'", "style-src " + cspHash(style), "script-src " + cspHash(script)} {
		if !strings.Contains(csp, want) {
			t.Errorf("Content-Security-Policy %q lacks %q", csp, want)
		}
	}
}

// TestHTMLStructure checks the side-by-side table: ids are unique, every
// link inside the page has a target, every sentence is focusable, records
// on both sides share a partner link, and labels are given in words.
func TestHTMLStructure(t *testing.T) {
	_, root := renderHTML(t, twoOthersReport())
	ids := map[string]int{}
	var hrefs []string
	links := map[string]int{}
	sentences, rows := 0, 0
	walk(root, func(n *html.Node) {
		if id, ok := attr(n, "id"); ok {
			ids[id]++
		}
		if h, ok := attr(n, "href"); ok {
			hrefs = append(hrefs, h)
		}
		if hasClass(n, "s") {
			sentences++
			if v, _ := attr(n, "tabindex"); v != "0" {
				t.Errorf("sentence %q is not focusable", textOf(n))
			}
			if l, ok := attr(n, "data-link"); ok {
				links[l]++
			}
			if first := n.FirstChild; first == nil || !hasClass(first, "sr") || textOf(first) == "" {
				t.Errorf("sentence %q does not start with a label for screen readers", textOf(n))
			}
		}
		if n.Data == "tr" && hasClass(n, "row") {
			rows++
			var mark *html.Node
			walk(n, func(c *html.Node) {
				if hasClass(c, "mark") {
					mark = c
				}
			})
			if mark == nil {
				t.Errorf("row without a mark cell")
				return
			}
			if title, _ := attr(mark, "title"); title == "" {
				t.Errorf("mark cell without a title")
			}
			sr := ""
			walk(mark, func(c *html.Node) {
				if hasClass(c, "sr") {
					sr = textOf(c)
				}
			})
			if sr == "" {
				t.Errorf("mark cell %q has no label in words", textOf(mark))
			}
		}
	})
	for id, n := range ids {
		if n > 1 {
			t.Errorf("id %q used %d times", id, n)
		}
	}
	for _, h := range hrefs {
		if ids[strings.TrimPrefix(h, "#")] == 0 {
			t.Errorf("link %q has no target", h)
		}
	}
	if sentences == 0 || rows == 0 {
		t.Fatalf("no sentences or rows")
	}
	r := twoOthersReport()
	for ci, c := range r.Comparisons {
		for ri, l := range c.Sentences {
			link := fmt.Sprintf("c%d-%d", ci+1, ri)
			want := 0
			if len(l.Base) > 0 {
				want++
			}
			if len(l.Other) > 0 {
				want++
			}
			if l.Moved && len(l.Base) > 0 && len(l.Other) > 0 {
				want++ // the other place of a moved record
			}
			if links[link] != want {
				t.Errorf("record %s appears in %d sentence cells, want %d", link, links[link], want)
			}
		}
	}
}

// TestHTMLContrast checks that every text colour of the style sheet meets
// WCAG AA (4.5:1) on the backgrounds it is used on, in the light, dark and
// print schemes.
func TestHTMLContrast(t *testing.T) {
	schemes := cssSchemes(t)
	pairs := [][2]string{
		{"fg", "bg"}, {"muted", "bg"}, {"fg", "panel"}, {"muted", "panel"},
		{"del-fg", "del-bg"}, {"ins-fg", "ins-bg"}, {"quote-fg", "quote-bg"},
		{"edit", "bg"}, {"para", "bg"}, {"moved", "bg"}, {"edit", "panel"}, {"para", "panel"}, {"moved", "panel"},
		{"fg", "hl-bg"}, {"fg", "partner-bg"}, {"muted", "hl-bg"}, {"muted", "partner-bg"},
		{"fg", "add-bg"}, {"fg", "drop-bg"}, {"muted", "add-bg"}, {"muted", "drop-bg"},
		{"quote-fg", "bg"}, {"del-fg", "bg"}, // symbols of the checks
	}
	for name, vars := range schemes {
		for _, p := range pairs {
			fg, bg := vars[p[0]], vars[p[1]]
			if fg == "" || bg == "" {
				t.Errorf("%s scheme: --%s or --%s is not set", name, p[0], p[1])
				continue
			}
			if r := contrast(fg, bg); r < 4.5 {
				t.Errorf("%s scheme: --%s %s on --%s %s has contrast %.2f, below 4.5", name, p[0], fg, p[1], bg, r)
			}
		}
	}
}

// cssSchemes returns the colour variables of the light, dark and print
// schemes of the style sheet (dark and print override light).
func cssSchemes(t *testing.T) map[string]map[string]string {
	t.Helper()
	block := regexp.MustCompile(`(?s):root\s*\{(.*?)\}`)
	decl := regexp.MustCompile(`--([a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;`)
	vars := func(s string) map[string]string {
		m := map[string]string{}
		for _, d := range decl.FindAllStringSubmatch(s, -1) {
			m[d[1]] = d[2]
		}
		return m
	}
	after := func(marker string) map[string]string {
		i := strings.Index(htmlAssetsOnce().css, marker)
		if i < 0 {
			t.Fatalf("style sheet lacks %q", marker)
		}
		b := block.FindStringSubmatch(htmlAssetsOnce().css[i:])
		if b == nil {
			t.Fatalf("no :root block after %q", marker)
		}
		return vars(b[1])
	}
	light := after(":root")
	out := map[string]map[string]string{"light": light}
	for name, marker := range map[string]string{"dark": "prefers-color-scheme: dark", "print": "@media print"} {
		m := map[string]string{}
		for k, v := range light {
			m[k] = v
		}
		for k, v := range after(marker) {
			m[k] = v
		}
		out[name] = m
	}
	return out
}

// contrast returns the WCAG 2 contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(hex string) float64 {
	ch := func(i int) float64 {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(v) / 255
		if c <= 0.03928 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(0) + 0.7152*ch(1) + 0.0722*ch(2)
}

func TestContrastFormula(t *testing.T) {
	if r := contrast("#000000", "#ffffff"); math.Abs(r-21) > 0.01 {
		t.Errorf("black on white = %.2f, want 21", r)
	}
	if r := contrast("#777777", "#ffffff"); math.Abs(r-4.48) > 0.01 {
		t.Errorf("#777 on white = %.2f, want 4.48", r)
	}
}

// TestHTMLChecks checks the findings section: at the top of its panel,
// before the table, each finding linking to the row that holds its OTHER
// sentence; none for a comparison with nothing found.
func TestHTMLChecks(t *testing.T) {
	r := twoOthersReport()
	_, root := renderHTML(t, r)
	rows := map[string]*html.Node{}
	walk(root, func(n *html.Node) {
		if id, ok := attr(n, "id"); ok && n.Data == "tr" {
			rows[id] = n
		}
	})
	sections := 0
	walk(root, func(n *html.Node) {
		if n.Data != "section" || !hasClass(n, "panel") {
			return
		}
		id, _ := attr(n, "id")
		var order []string
		var checks *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			cls, _ := attr(c, "class")
			order = append(order, c.Data+"."+cls)
			if hasClass(c, "checks") {
				checks = c
			}
		}
		if id == "c2" {
			if checks != nil {
				t.Errorf("panel c2 has a checks section, but nothing was found there")
			}
			return
		}
		sections++
		if want := []string{"div.summary", "section.checks", "table.cmp"}; !slices.Equal(order, want) {
			t.Errorf("panel %s holds %v, want %v", id, order, want)
		}
		if checks == nil {
			return
		}
		if txt := textOf(checks); !strings.Contains(txt, "quotation altered · Giuseppe Conte · other ¶3") {
			t.Errorf("checks section reads %q", txt)
		}
		links := 0
		walk(checks, func(a *html.Node) {
			h, ok := attr(a, "href")
			if !ok {
				return
			}
			links++
			row := rows[strings.TrimPrefix(h, "#")]
			if row == nil {
				t.Errorf("finding links to %q, which is no row", h)
				return
			}
			if !strings.Contains(textOf(row), "set our own limits") {
				t.Errorf("finding links to row %q, which lacks the quotation: %q", h, textOf(row))
			}
		})
		if links != 1 {
			t.Errorf("panel %s: %d links in the checks, want 1", id, links)
		}
	})
	if sections != 1 {
		t.Errorf("%d panels with checks, want 1", sections)
	}
	// Without checks the page is as it was: no section at all.
	r.Checks = nil
	if out, _ := renderHTML(t, r); strings.Contains(out, `class="checks"`) {
		t.Errorf("a report without checks drew a checks section")
	}
}

// TestDiffPieces: each side shows its own words; a near-identical word
// marks only the characters that changed, a rewritten one the whole word.
func TestDiffPieces(t *testing.T) {
	diff := []align.Chunk{
		{Op: align.Equal, Text: "in "}, {Op: align.Delete, Text: "Italy"}, {Op: align.Insert, Text: "Italer"},
		{Op: align.Equal, Text: " on "}, {Op: align.Delete, Text: "Tuesday"}, {Op: align.Insert, Text: "Wednesday"},
	}
	for _, tc := range []struct {
		s    side
		want []pieceView
	}{
		{baseSide, []pieceView{{Text: "in "}, {Text: "Ital"}, {Tag: "del", Text: "y"}, {Text: " on "}, {Tag: "del", Text: "Tuesday"}}},
		{otherSide, []pieceView{{Text: "in "}, {Text: "Ital"}, {Tag: "ins", Text: "er"}, {Text: " on "}, {Tag: "ins", Text: "Wednesday"}}},
	} {
		if d := cmp.Diff(tc.want, diffPieces(diff, tc.s)); d != "" {
			t.Errorf("side %v (-want +got):\n%s", tc.s, d)
		}
	}
}
