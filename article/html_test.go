package article

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNewsPage reads a saved news page built around seed 000 (navigation,
// ads, scripts, a figure, a related-links box, share buttons, a newsletter
// form and a footer) and checks that exactly the story comes out.
func TestNewsPage(t *testing.T) {
	data, err := os.ReadFile("../testdata/article/news-page.html")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse("news-page.html", data)
	if err != nil {
		t.Fatal(err)
	}
	checkDocument(t, d)
	if d.Format != "html" || d.Encoding != "utf-8" {
		t.Errorf("format %q encoding %q", d.Format, d.Encoding)
	}
	if want := "Outrage in Italy over deployment of ICE agents to Winter Olympics"; d.Title != want {
		t.Errorf("title %q, want %q", d.Title, want)
	}
	for _, junk := range []string{"adQueue", "console.log", "tracking pixel", "Subscribe", "Share on", "Terms of Use", "Politics", "Related article", "Minneapolis shooting sparks", "font-family", "NewsArticle"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("text holds page furniture %q", junk)
		}
	}

	// Every body paragraph of the wire story is a body paragraph here, in order.
	seed, err := os.ReadFile("../testdata/seeds/000_c64f40ef166d9df3.txt")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, p := range strings.Split(string(seed), "\n\n") {
		p = strings.TrimSpace(p)
		if p != "" && !strings.HasPrefix(p, "By ") && !strings.Contains(p, "©") && !strings.Contains(p, "contributed") && p != "The-CNN-Wire" {
			want = append(want, p)
		}
	}
	var body []string
	roles := map[Role][]string{}
	for _, p := range d.Paragraphs {
		text := d.Text[p.Start:p.End]
		roles[p.Role] = append(roles[p.Role], text)
		if p.Role == Body {
			body = append(body, text)
		}
	}
	if diff := cmp.Diff(want, body); diff != "" {
		t.Errorf("body paragraphs (-seed +page):\n%s", diff)
	}
	if d.Paragraphs[0].Role != Heading || paragraphTexts(d)[0] != d.Title {
		t.Errorf("first paragraph %q (%s) is not the headline", paragraphTexts(d)[0], d.Paragraphs[0].Role)
	}
	if len(roles[Byline]) != 1 || roles[Byline][0] != "By Sana Noor Haq, Barbie Latza Nadeau, Antonia Mortensen, CNN" {
		t.Errorf("bylines %q", roles[Byline])
	}
	if len(roles[Caption]) != 1 || !strings.HasPrefix(roles[Caption][0], "Milan Mayor Giuseppe Sala speaks to reporters") {
		t.Errorf("captions %q", roles[Caption])
	}
}

func TestWindows1252Page(t *testing.T) {
	data, err := os.ReadFile("../testdata/article/cp1252-page.html")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse("cp1252-page.html", data)
	if err != nil {
		t.Fatal(err)
	}
	checkDocument(t, d)
	if d.Encoding != "windows-1252" {
		t.Errorf("encoding %q", d.Encoding)
	}
	if want := "Sala: “Non sono i benvenuti a Milano”"; d.Title != want {
		t.Errorf("title %q, want %q", d.Title, want)
	}
	for _, s := range []string{"dell’ICE “non sono i benvenuti” in città — una presa", "«Potremmo mai dire no a Trump?»", "Milano–Cortina", "5€"} {
		if !strings.Contains(d.Text, s) {
			t.Errorf("text lacks %q", s)
		}
	}
	if strings.Contains(d.Text, "Cronaca") {
		t.Errorf("the menu came through")
	}
}

func TestHTMLFragments(t *testing.T) {
	tests := []struct {
		name  string
		html  string
		want  []string
		roles []Role
	}{
		{"paragraphs", "<p>Hello world.</p><p>A second paragraph here.</p>",
			[]string{"Hello world.", "A second paragraph here."}, []Role{Body, Body}},
		{"heading and list", "<h2>What we know</h2><ul><li>Agents will come.</li><li>They will not patrol.</li></ul>",
			[]string{"What we know", "Agents will come.", "They will not patrol."}, []Role{Heading, Body, Body}},
		{"scripts, styles and hidden elements", `<div><style>p{color:red}</style><p>Visible text.</p><script>alert("no")</script><p hidden>secret one</p><p style="display: none">secret two</p><p aria-hidden="true">secret three</p><noscript>enable js</noscript></div>`,
			[]string{"Visible text."}, []Role{Body}},
		{"line breaks and entities", "<p>First&nbsp;line<br>second&#8203;line &amp; more.</p>",
			[]string{"First line secondline & more."}, []Role{Body}},
		{"double line break", "<div>Line one is here.<br>\n<br>Line two is here.<br>Still two.</div>",
			[]string{"Line one is here.", "Line two is here. Still two."}, []Role{Body, Body}},
		{"inline markup", "<p>The <a href='x'>mayor</a> said <em>no</em>, <strong>twice</strong>.</p>",
			[]string{"The mayor said no, twice."}, []Role{Body}},
		{"figure caption", "<p>Story text goes here.</p><figure><img src=a.jpg alt='alt text'><figcaption>Sala in Milan.</figcaption></figure>",
			[]string{"Story text goes here.", "Sala in Milan."}, []Role{Body, Caption}},
		{"preformatted lines", "<pre>line one\nline two\n\nline three</pre>",
			[]string{"line one", "line two", "line three"}, []Role{Body, Body, Body}},
		{"navigation around a fragment", "<nav><a href=/>Home</a> <a href=/world>World</a></nav><p>Only this.</p><footer>© 2026 Site</footer>",
			[]string{"Only this."}, []Role{Body}},
		{"furniture classes in a fragment", `<div class="site-menu">Home | World</div><p>Only this.</p><div class="ad-slot">Buy now</div><div id="related-links">More</div>`,
			[]string{"Only this."}, []Role{Body}},
		{"byline class", `<p class="byline">Angela Giuffrida in Rome</p><p>Story text goes here.</p>`,
			[]string{"Angela Giuffrida in Rome", "Story text goes here."}, []Role{Byline, Body}},
		// A data table: a paragraph a row, its cells apart by a space,
		// body text however short.
		{"data table", "<p>The count is over.</p><table><thead><tr><th>Party</th><th>Votes</th></tr></thead><tbody><tr><td>Greens</td><td>12,400</td></tr><tr><td><b>Liberals</b></td><td>9,800</td></tr></tbody></table>",
			[]string{"The count is over.", "Party Votes", "Greens 12,400", "Liberals 9,800"}, []Role{Body, Body, Body, Body}},
		// A table that lays a page out: its paragraphs keep their own
		// roles ("Related stories" a heading by its shape).
		{"layout table", "<table><tr><td><h1>A page</h1><p>The story starts here, the reporter said.</p><p>Related stories</p></td><td>Menu</td></tr></table>",
			[]string{"A page", "The story starts here, the reporter said.", "Related stories", "Menu"}, []Role{Heading, Body, Heading, Heading}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, "fragment.html", tt.html)
			if d.Format != "html" {
				t.Fatalf("format %q", d.Format)
			}
			if diff := cmp.Diff(tt.want, paragraphTexts(d)); diff != "" {
				t.Errorf("paragraphs (-want +got):\n%s", diff)
			}
			var roles []Role
			for _, p := range d.Paragraphs {
				roles = append(roles, p.Role)
			}
			if diff := cmp.Diff(tt.roles, roles); diff != "" {
				t.Errorf("roles (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHTMLTitleAndByline(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Sala rejects ICE role - The Daily</title>
<meta name="author" content="Maria Rossi"></head><body><article>
<p>` + strings.Repeat("Milan’s mayor said the agents are not welcome in the city. ", 12) + `</p>
<p>` + strings.Repeat("The interior ministry said security stays under Italian authority. ", 12) + `</p>
</article></body></html>`
	d := mustParse(t, "page.html", page)
	texts := paragraphTexts(d)
	if d.Title == "" || texts[0] != d.Title || d.Paragraphs[0].Role != Heading {
		t.Errorf("title %q; first paragraph %q (%s)", d.Title, texts[0], d.Paragraphs[0].Role)
	}
	if texts[1] != "Maria Rossi" || d.Paragraphs[1].Role != Byline {
		t.Errorf("second paragraph %q (%s), want the byline", texts[1], d.Paragraphs[1].Role)
	}
	if len(texts) != 4 {
		t.Errorf("%d paragraphs, want title, byline and two body paragraphs: %q", len(texts), texts)
	}
}

func TestHTMLWithoutText(t *testing.T) {
	for _, page := range []string{"<html><body></body></html>", "<!DOCTYPE html><html><head><title></title><script>var x = 1;</script></head><body><nav><a href=/>Home</a></nav></body></html>"} {
		_, err := Parse("empty.html", []byte(page))
		if err == nil || err.Error() != "empty.html: no readable text in this HTML" {
			t.Errorf("Parse(%q) error %v", page, err)
		}
	}
}
