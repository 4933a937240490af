package article

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The date an article gives for itself, which tells what "today",
// "Monday" and "yesterday" in its text mean: from a web page's metadata
// when it has some, else from a dateline or an "Updated …" line near the
// top of the text.

// metaDateKeys are the names (property, name or itemprop of a <meta>,
// folded to lower case) that give a page's date of publication, the
// first found winning in this order: Open Graph, schema.org microdata,
// then the names news sites and Dublin Core use.
var metaDateKeys = []string{
	"article:published_time", "datepublished", "og:published_time", "parsely-pub-date",
	"sailthru.date", "pubdate", "publishdate", "publish-date", "dc.date.issued",
	"dcterms.issued", "dcterms.created", "dc.date", "date",
}

// htmlDate returns the date of publication a page states in its markup,
// or the zero time: a datePublished of its JSON-LD (in any object,
// @graph included), else a <meta> named in metaDateKeys, else the
// datetime of its first <time> element that has one. Values are read as
// RFC 3339 or ISO 8601 dates and times (see parseMetaDate); a value that
// reads as neither is passed over. Cost: one walk of the tree.
func htmlDate(doc *html.Node) time.Time {
	var jsonLD []string
	metas := map[string]string{}
	var timeAttr string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					jsonLD = append(jsonLD, n.FirstChild.Data)
				}
				return
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				for _, k := range []string{"property", "name", "itemprop"} {
					if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" && content != "" {
						if _, seen := metas[key]; !seen {
							metas[key] = content
						}
					}
				}
			case atom.Time:
				if dt := strings.TrimSpace(attr(n, "datetime")); dt != "" && timeAttr == "" {
					if _, ok := parseMetaDate(dt); ok {
						timeAttr = dt
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, src := range jsonLD {
		var v any
		if json.Unmarshal([]byte(src), &v) != nil {
			continue
		}
		if s := findJSONKey(v, "datePublished", 0); s != "" {
			if t, ok := parseMetaDate(s); ok {
				return t
			}
		}
	}
	for _, k := range metaDateKeys {
		if t, ok := parseMetaDate(metas[k]); ok {
			return t
		}
	}
	if t, ok := parseMetaDate(timeAttr); ok {
		return t
	}
	return time.Time{}
}

// findJSONKey returns the first string value of key in v, searched depth
// first in document order (objects' keys sorted, for a deterministic
// result), at most 8 levels deep.
func findJSONKey(v any, key string, depth int) string {
	if depth > 8 {
		return ""
	}
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x[key].(string); ok {
			return s
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if s := findJSONKey(x[k], key, depth+1); s != "" {
				return s
			}
		}
	case []any:
		for _, e := range x {
			if s := findJSONKey(e, key, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

// metaLayouts are the forms of a date in page metadata, tried in order.
var metaLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05",
	"2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123,
}

// parseMetaDate reads a date of page metadata ("2026-01-27T20:26:00+05:30",
// "2026-01-27"), keeping the zone it gives (UTC when it gives none), and
// reports whether it could; a year outside 1900–2200 is no date.
func parseMetaDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range metaLayouts {
		if t, err := time.Parse(l, s); err == nil && t.Year() >= 1900 && t.Year() <= 2200 {
			return t, true
		}
	}
	return time.Time{}, false
}

// reTextDate finds a full date in a dateline: "June 17, 2003", "Jun. 17,
// 2003", "17 June 2003", "2003-06-17", optionally with a weekday before
// it.
var reTextDate = lazyRegexp(`\b(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}),? (\d{4})|(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,? (\d{4})|(\d{4})-(\d{2})-(\d{2}))\b`)

// reUpdated marks a line that states when the story was written.
var reUpdated = lazyRegexp(`(?i)\b(updated|published|posted|first published|last modified)\b`)

var monthAbbr = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// textDate returns the date d gives for itself in its text, or the zero
// time: the first full date (month, day and year) of a dateline, byline
// or "Updated …" line among its first three paragraphs, else the first
// full date in its first three paragraphs or 600 bytes (where datelines
// stand: "Mon Jan 2, 2006" alone on a line). The date is at midnight UTC.
// Cost: two regular expressions over at most 600 bytes.
func textDate(d *Document) time.Time {
	if d == nil || len(d.Paragraphs) == 0 {
		return time.Time{}
	}
	end := len(d.Text)
	if len(d.Paragraphs) > 3 {
		end = d.Paragraphs[3].Start
	}
	end = min(end, 600, len(d.Text))
	for _, p := range d.Paragraphs[:min(3, len(d.Paragraphs))] {
		if p.Start >= end {
			break
		}
		text := d.Text[p.Start:min(p.End, end)]
		if p.Role == Byline || reUpdated().MatchString(text) {
			if t, ok := firstTextDate(text); ok {
				return t
			}
		}
	}
	if t, ok := firstTextDate(d.Text[:end]); ok {
		return t
	}
	return time.Time{}
}

// firstTextDate reads the first full date of s (see reTextDate).
func firstTextDate(s string) (time.Time, bool) {
	if !strings.ContainsAny(s, "0123456789") {
		return time.Time{}, false // every date it reads has digits
	}
	for _, m := range reTextDate().FindAllStringSubmatch(s, -1) {
		var mo time.Month
		var day, year string
		switch {
		case m[1] != "":
			mo, day, year = monthAbbr[strings.ToLower(m[1])], m[2], m[3]
		case m[5] != "":
			mo, day, year = monthAbbr[strings.ToLower(m[5])], m[4], m[6]
		default:
			n, _ := strconv.Atoi(m[8])
			mo, day, year = time.Month(n), m[9], m[7]
		}
		dd, err1 := strconv.Atoi(day)
		yy, err2 := strconv.Atoi(year)
		if mo < 1 || mo > 12 || err1 != nil || err2 != nil || dd < 1 || dd > 31 || yy < 1900 || yy > 2200 {
			continue
		}
		t := time.Date(yy, mo, dd, 0, 0, 0, 0, time.UTC)
		if t.Day() != dd {
			continue // 31 June
		}
		return t, true
	}
	return time.Time{}, false
}
