package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/report"
	"golang.org/x/net/html"
)

// Every cell of the HTML table links to a record row that the HTML report
// of the same comparisons has, and every column to a panel.
func TestCoverageHTMLLinks(t *testing.T) {
	for name, r := range map[string]*report.Report{"story": coverageReport(), "seeds": seedReport(t)} {
		t.Run(name, func(t *testing.T) {
			frag, err := coverageHTML(coverageOf(r), nil)
			if err != nil {
				t.Fatal(err)
			}
			var page bytes.Buffer
			if err := HTML(&page, r); err != nil {
				t.Fatal(err)
			}
			ids := map[string]bool{}
			z := html.NewTokenizer(&page)
			for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
				for _, a := range z.Token().Attr {
					if a.Key == "id" {
						ids[a.Val] = true
					}
				}
			}
			links := 0
			z = html.NewTokenizer(strings.NewReader(string(frag)))
			for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
				tok := z.Token()
				if tok.Type != html.StartTagToken || tok.Data != "a" {
					continue
				}
				for _, a := range tok.Attr {
					if a.Key == "href" {
						links++
						if !strings.HasPrefix(a.Val, "#") || !ids[a.Val[1:]] {
							t.Errorf("link %s leads nowhere in the report", a.Val)
						}
					}
				}
			}
			if links == 0 {
				t.Errorf("no links in the coverage table")
			}
		})
	}
}
