package article

import (
	"strings"
	"testing"
	"time"
)

// page wraps head and body markup in a page with enough story text for
// readability to keep.
func page(head, body string) string {
	story := strings.Repeat("<p>Officials said the plan was discussed at length on Monday, and that more talks would follow next week in Rome.</p>\n", 25)
	return "<!DOCTYPE html><html><head><title>Story</title>" + head + "</head><body><article>" + body + story + "</article></body></html>"
}

// TestDate reads the date an article gives for itself from each source
// it may come from, and checks the order in which they are preferred.
func TestDate(t *testing.T) {
	ist := time.FixedZone("", 5*3600+1800)
	for _, tc := range []struct {
		name, input string
		want        time.Time
	}{
		{"json-ld", page(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-01-27T20:26:00+05:30"}</script>`, ""),
			time.Date(2026, 1, 27, 20, 26, 0, 0, ist)},
		{"json-ld graph", page(`<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2026-01-26"}]}</script>`, ""),
			time.Date(2026, 1, 26, 0, 0, 0, 0, time.UTC)},
		{"og meta", page(`<meta property="article:published_time" content="2026-01-25T08:00:00Z">`, ""),
			time.Date(2026, 1, 25, 8, 0, 0, 0, time.UTC)},
		{"meta date", page(`<meta name="date" content="2026-01-24">`, ""),
			time.Date(2026, 1, 24, 0, 0, 0, 0, time.UTC)},
		{"itemprop", page(`<meta itemprop="datePublished" content="2026-01-23T10:00:00Z">`, ""),
			time.Date(2026, 1, 23, 10, 0, 0, 0, time.UTC)},
		{"time element", page("", `<p>By Ann Writer <time datetime="2026-01-22T09:15:00-05:00">Jan. 22</time></p>`),
			time.Date(2026, 1, 22, 9, 15, 0, 0, time.FixedZone("", -5*3600))},
		{"json-ld before meta", page(`<meta property="article:published_time" content="2026-01-01T00:00:00Z"><script type="application/ld+json">{"datePublished":"2026-01-02T00:00:00Z"}</script>`, ""),
			time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)},
		{"meta before time", page(`<meta name="pubdate" content="2026-01-03">`, `<p><time datetime="2026-01-04">4 January</time></p>`),
			time.Date(2026, 1, 3, 0, 0, 0, 0, time.UTC)},
		{"bad metadata, dateline", page(`<meta name="date" content="yesterday">`, `<p>Updated 10:32 AM EST, Tue January 20, 2026</p>`),
			time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)},
		{"html without metadata", page("", ""), time.Time{}},
		{"text updated line", "Headline\n\nUpdated 9:41 a.m. ET June 17, 2003\n\nThe story, which names 3 June 2001 in passing.\n",
			time.Date(2003, 6, 17, 0, 0, 0, 0, time.UTC)},
		{"text dateline", "Mon Jun 16, 2003\n\nWASHINGTON (AP) — The story.\n", time.Date(2003, 6, 16, 0, 0, 0, 0, time.UTC)},
		{"text day first", "Published: Monday, 2 February 2004\n\nThe story.\n", time.Date(2004, 2, 2, 0, 0, 0, 0, time.UTC)},
		{"text iso", "Posted 2004-02-03\n\nThe story.\n", time.Date(2004, 2, 3, 0, 0, 0, 0, time.UTC)},
		{"byline line preferred", "Headline\n\nThe treaty of May 4, 1998 was cited.\n\nBy Ann Writer, Reuters, March 5, 2004\n\nMore.\n",
			time.Date(2004, 3, 5, 0, 0, 0, 0, time.UTC)},
		{"no date", "The story has no date.\n\nNone at all.\n", time.Time{}},
		{"impossible date", "Updated June 31, 2003\n\nThe story.\n", time.Time{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse(tc.name, []byte(tc.input))
			if err != nil {
				t.Fatal(err)
			}
			if !d.Date.Equal(tc.want) || d.Date.IsZero() != tc.want.IsZero() {
				t.Errorf("Date = %v, want %v", d.Date, tc.want)
			}
			if !tc.want.IsZero() {
				if _, off := d.Date.Zone(); off != func() int { _, o := tc.want.Zone(); return o }() {
					t.Errorf("Date %v is not in the zone given (%v)", d.Date, tc.want)
				}
			}
		})
	}
}
