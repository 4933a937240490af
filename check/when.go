package check

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/wirediff/wirediff/article"
)

// Times and dates in context. A story says "today" or "Tuesday" where a
// later copy says "June 17", and "8 a.m. EDT" where another outlet says
// "1200 GMT": the same moment, no changed fact. To tell, a relative day is
// resolved against the date the article gives for itself (its page
// metadata, dateline or "Updated …" line: article.Document.Date), and clock times are compared in GMT when both give a
// zone. What cannot be resolved (no article date, "local time") is a
// different wording of the time, reported with low confidence, never a
// changed fact.

// articleDate returns the day an article gives for itself
// (article.Document.Date: page metadata, a dateline or an "Updated …"
// line), as a date at midnight UTC in the calendar of the zone the
// article gives, and whether it gives one.
func articleDate(d *article.Document) (time.Time, bool) {
	if d == nil || d.Date.IsZero() {
		return time.Time{}, false
	}
	t := d.Date
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
}

// A day is what a date fact says, resolved as far as the text allows.
type day struct {
	weekday  int // 0 Sunday … 6 Saturday; -1 unknown
	month    int // 1–12; 0 unknown
	dom      int // day of the month; 0 unknown
	relative int // days from the article's date for today/yesterday/tomorrow; 99 none
}

// dayOf reads a date fact's value ("mon", "6-17", "6", "today", "2003").
func dayOf(v string) (day, bool) {
	d := day{weekday: -1, relative: 99}
	switch v {
	case "today", "tonight":
		d.relative = 0
		return d, true
	case "yesterday":
		d.relative = -1
		return d, true
	case "tomorrow":
		d.relative = 1
		return d, true
	}
	for i, w := range []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"} {
		if v == w {
			d.weekday = i
			return d, true
		}
	}
	mo, dom, ok := strings.Cut(v, "-")
	if !ok {
		return d, false // a year or a month alone: compared as written
	}
	d.month, _ = strconv.Atoi(mo)
	d.dom, _ = strconv.Atoi(dom)
	return d, d.month > 0 && d.dom > 0
}

// resolve returns the calendar dates d may be, given the article's date
// (ok false when it has none): today is the date, Tuesday the Tuesday of
// the week around it (the last one, or the next one: news uses both), 17
// June that day in the year closest to the article's date.
func (d day) resolve(at time.Time, ok bool) []time.Time {
	if !ok {
		return nil
	}
	switch {
	case d.relative != 99:
		return []time.Time{at.AddDate(0, 0, d.relative)}
	case d.weekday >= 0:
		back := (int(at.Weekday()) - d.weekday + 7) % 7
		past := at.AddDate(0, 0, -back)
		return []time.Time{past, past.AddDate(0, 0, 7)}
	case d.month > 0:
		var out []time.Time
		for _, y := range []int{at.Year() - 1, at.Year(), at.Year() + 1} {
			t := time.Date(y, time.Month(d.month), d.dom, 0, 0, 0, 0, time.UTC)
			if diff := t.Sub(at).Hours() / 24; diff > -20 && diff < 20 {
				out = append(out, t)
			}
		}
		return out
	}
	return nil
}

// The outcomes of comparing two mentions of a time.
const (
	timeDiffers = iota // another moment: a changed fact
	timeSame           // the same moment, written differently
	timeUnknown        // cannot tell: a different wording of the time
)

// sameDay compares two date facts, each read against its own article's
// date (bAt, oAt; bOK, oOK false when the article gives none).
//
// Two relative days ("today", "yesterday") are compared as the days they
// resolve to when both articles are dated, so that a copy published the
// next day may say "yesterday" for the BASE's "today" (and may not keep
// "today"); when either is undated they are compared as written.
func sameDay(b, o factTok, bAt, oAt time.Time, bOK, oOK bool) int {
	bd, ok1 := dayOf(b.value)
	od, ok2 := dayOf(o.value)
	if ok1 && ok2 && bd.relative != 99 && od.relative != 99 && bOK && oOK {
		if bd.resolve(bAt, true)[0].Equal(od.resolve(oAt, true)[0]) {
			return timeSame
		}
		return timeDiffers
	}
	if b.value == o.value {
		return timeSame
	}
	if g := compareGrains(b.value, o.value); g != timeDiffers {
		return g
	}
	if !ok1 || !ok2 {
		return timeDiffers
	}
	if bd.relative != 99 && bd.relative == od.relative {
		return timeSame // "today" and "tonight"
	}
	// Like with like needs no article date.
	if bd.weekday >= 0 && od.weekday >= 0 || bd.month > 0 && od.month > 0 || bd.relative != 99 && od.relative != 99 {
		return timeDiffers
	}
	// A weekday and a date agree or not without the article's date.
	if bd.weekday >= 0 && od.month > 0 || od.weekday >= 0 && bd.month > 0 {
		w, m := bd, od
		if od.weekday >= 0 {
			w, m = od, bd
		}
		at, ok := bAt, bOK
		if !ok {
			at, ok = oAt, oOK
		}
		if !ok {
			return timeUnknown
		}
		for _, t := range m.resolve(at, true) {
			for _, u := range w.resolve(at, true) {
				if t.Equal(u) {
					return timeSame
				}
			}
		}
		return timeDiffers
	}
	bs, os := bd.resolve(bAt, bOK), od.resolve(oAt, oOK)
	if len(bs) == 0 || len(os) == 0 {
		return timeUnknown
	}
	for _, x := range bs {
		for _, y := range os {
			if x.Equal(y) {
				return timeSame
			}
		}
	}
	return timeDiffers
}

// compareGrains compares two date values written to different grains:
// a month alone and a day of it agree when the month is one ("April",
// "April 3": one is only less precise), and a year against a month, a
// day or a weekday says nothing of the other (timeUnknown). It returns
// timeDiffers otherwise, for the caller to compare.
func compareGrains(a, b string) int {
	ga, gb := grainOf(a), grainOf(b)
	switch {
	case ga == gb:
		return timeDiffers
	case ga == grainMonth && gb == grainDay:
		return sameMonth(a, b)
	case ga == grainDay && gb == grainMonth:
		return sameMonth(b, a)
	case ga == grainYear || gb == grainYear:
		return timeUnknown
	}
	return timeDiffers
}

// The grains of a date value (see dayOf).
const (
	grainOther = iota // a weekday or a relative day
	grainYear         // "2003"
	grainMonth        // "6"
	grainDay          // "6-17"
)

func grainOf(v string) int {
	switch {
	case len(v) == 4 && isAllDigits(v):
		return grainYear
	case len(v) <= 2 && isAllDigits(v):
		return grainMonth
	case strings.Contains(v, "-"):
		return grainDay
	}
	return grainOther
}

// sameMonth says whether the month value m is the month of the day
// value d ("6", "6-17").
func sameMonth(m, d string) int {
	if mo, _, _ := strings.Cut(d, "-"); mo == m {
		return timeSame
	}
	return timeDiffers
}

// clockExprs read a clock time at the start of a text: "8 a.m.", "3:59
// p.m.", "15:30", "0232 GMT", "noon", with the zone after it if any.
// Compiled on first use: a run that reads no clock time (or writes only
// its version) does not pay for them.
var clockExprs = sync.OnceValue(func() (x struct{ clock12, clock24, clockZ, noon, zone *regexp.Regexp }) {
	x.clock12 = regexp.MustCompile(`^(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\b\.?`)
	x.clock24 = regexp.MustCompile(`^([01]?\d|2[0-3]):([0-5]\d)\b`)
	x.clockZ = regexp.MustCompile(`^([01]\d|2[0-3])([0-5]\d)(?:\s?(?:hrs|h))?\s+(GMT|UTC)\b`)
	x.noon = regexp.MustCompile(`^(?i:(noon|midnight))\b`)
	x.zone = regexp.MustCompile(`^,?\s*\(?(local time|GMT|UTC|EDT|EST|ET|CDT|CST|CT|MDT|MST|PDT|PST|PT|BST|CET|CEST|IST|JST)\b`)
	return x
})

// zoneOffsets are the hours from GMT of the zones a wire story gives; ET
// and PT are either of their two.
var zoneOffsets = map[string][]int{
	"GMT": {0}, "UTC": {0}, "EDT": {-4}, "EST": {-5}, "ET": {-4, -5}, "CDT": {-5}, "CST": {-6}, "CT": {-5, -6},
	"MDT": {-6}, "MST": {-7}, "PDT": {-7}, "PST": {-8}, "PT": {-7, -8}, "BST": {1}, "CET": {1}, "CEST": {2},
	"IST": {5}, "JST": {9},
}

// hasFoldPrefix reports whether s starts with ASCII word w in any case.
func hasFoldPrefix(s, w string) bool {
	return len(s) >= len(w) && strings.EqualFold(s[:len(w)], w)
}

// clockAt reads a clock time at the start of s: its value ("t:" then the
// minutes after midnight, then "@" and the zone when one is given) and
// its length in bytes; 0 when s starts with no clock time.
func clockAt(s string) (string, int) {
	// Every clock time starts with a digit, "noon" or "midnight": other
	// words skip the expressions.
	if s == "" {
		return "", 0
	}
	if c := s[0]; (c < '0' || c > '9') && c != 'n' && c != 'N' && c != 'm' && c != 'M' {
		return "", 0
	} else if c > '9' && !hasFoldPrefix(s, "noon") && !hasFoldPrefix(s, "midnight") {
		// Of the expressions, only the noon one starts with a letter; its
		// words have no letter that folds to one outside ASCII.
		return "", 0
	}
	var mins, n int
	zone := ""
	re := clockExprs()
	if m := re.clock12.FindStringSubmatch(s); m != nil {
		h, _ := strconv.Atoi(m[1])
		mi, _ := strconv.Atoi(m[2])
		if h < 1 || h > 12 || mi > 59 {
			return "", 0
		}
		h %= 12
		if m[3] == "p" {
			h += 12
		}
		mins, n = h*60+mi, len(m[0])
	} else if m := re.clockZ.FindStringSubmatch(s); m != nil {
		h, _ := strconv.Atoi(m[1])
		mi, _ := strconv.Atoi(m[2])
		mins, n, zone = h*60+mi, len(m[0]), m[3]
	} else if m := re.clock24.FindStringSubmatch(s); m != nil {
		h, _ := strconv.Atoi(m[1])
		mi, _ := strconv.Atoi(m[2])
		mins, n = h*60+mi, len(m[0])
	} else if m := re.noon.FindStringSubmatch(s); m != nil {
		mins, n = 12*60, len(m[0])
		if strings.EqualFold(m[1], "midnight") {
			mins = 0
		}
	} else {
		return "", 0
	}
	if zone == "" {
		if z := re.zone.FindStringSubmatch(s[n:]); z != nil {
			zone = z[1]
			n += len(z[0])
			if strings.HasPrefix(z[0], ",") {
				n -= 0
			}
			if zone == "local time" {
				zone = "local"
			}
		}
	}
	v := "t:" + strconv.Itoa(mins)
	if zone != "" {
		v += "@" + zone
	}
	return v, n
}

// sameClock compares two clock values of clockAt: in GMT when both give a
// zone, as read when neither does or when they agree as read; otherwise
// (one zone unknown, "local time") the moment cannot be told.
func sameClock(a, b string) int {
	am, az := clockParts(a)
	bm, bz := clockParts(b)
	ao, bo := zoneOffsets[az], zoneOffsets[bz]
	switch {
	case am == bm && (az == bz || az == "" || bz == ""):
		return timeSame
	case len(ao) > 0 && len(bo) > 0:
		for _, x := range ao {
			for _, y := range bo {
				if ((am-x*60)-(bm-y*60)+2*1440)%1440 == 0 {
					return timeSame
				}
			}
		}
		return timeDiffers
	case az == bz && az != "local":
		return timeDiffers
	case az == "" && bz == "":
		return timeDiffers
	}
	return timeUnknown
}

func clockParts(v string) (int, string) {
	v = strings.TrimPrefix(v, "t:")
	m, z, _ := strings.Cut(v, "@")
	n, _ := strconv.Atoi(m)
	return n, z
}
