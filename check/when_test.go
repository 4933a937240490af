package check

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
)

func TestSameClock(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"3:59 p.m.", "15:59", timeSame},
		{"8 a.m. EDT", "1200 GMT", timeSame},
		{"8 a.m. ET", "1300 GMT", timeSame},
		{"8 a.m. EDT", "1300 GMT", timeDiffers},
		{"8 a.m.", "9 a.m.", timeDiffers},
		{"8 a.m. local time", "0232 GMT", timeUnknown},
		{"noon", "12:00", timeSame},
	} {
		a, na := clockAt(tt.a)
		b, nb := clockAt(tt.b)
		if na == 0 || nb == 0 {
			t.Fatalf("clockAt(%q) or clockAt(%q) read no time", tt.a, tt.b)
		}
		if got := sameClock(a, b); got != tt.want {
			t.Errorf("sameClock(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSameDay(t *testing.T) {
	at := time.Date(2018, 6, 23, 0, 0, 0, 0, time.UTC) // a Saturday
	day := func(v string) factTok { return factTok{kind: FactDate, value: v} }
	for _, tt := range []struct {
		b, o string
		ok   bool
		want int
	}{
		{"today", "sat", true, timeSame},
		{"yesterday", "fri", true, timeSame},
		{"sat", "6-23", true, timeSame},
		{"sat", "6-16", true, timeDiffers},
		{"today", "6-23", true, timeSame},
		{"today", "6-22", true, timeDiffers},
		{"today", "sat", false, timeUnknown},
		{"mon", "tue", false, timeDiffers},
	} {
		if got := sameDay(day(tt.b), day(tt.o), at, at, tt.ok, tt.ok); got != tt.want {
			t.Errorf("sameDay(%s, %s, dated %v) = %d, want %d", tt.b, tt.o, tt.ok, got, tt.want)
		}
	}
}

func TestArticleDate(t *testing.T) {
	for _, line := range []string{"Updated June 23, 2018 9:41 a.m. ET", "Published: Saturday, 23 June 2018", "Sat Jun 23, 2018"} {
		d, err := article.Parse("a.txt", []byte(line+"\n\nKATHMANDU (AP) — A quake struck.\n"))
		if err != nil {
			t.Fatal(err)
		}
		got, ok := articleDate(d)
		if !ok || !got.Equal(time.Date(2018, 6, 23, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("articleDate(%q) = %v, %v", line, got, ok)
		}
	}
}

// TestRelativeDaysFromPageDates resolves "today", "yesterday" and
// weekdays against the dates two web pages state in their metadata, each
// side against its own: a copy published the next day that says
// "yesterday" or "on Tuesday" for the BASE's "today" changed nothing; one
// that says "today" for the BASE's "yesterday" changed the day.
func TestRelativeDaysFromPageDates(t *testing.T) {
	page := func(date, sentence string) *article.Document {
		t.Helper()
		body := "<p>" + sentence + "</p>" + strings.Repeat("<p>Officials said more talks would follow in Rome, and that the plan had been discussed at length.</p>", 20)
		src := `<html><head><meta property="article:published_time" content="` + date + `"></head><body><article>` + body + `</article></body></html>`
		d, err := article.Parse("p.html", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	const said = "The mayor of Milan said %s that the agents were not welcome in the city."
	for _, tt := range []struct {
		name        string
		bDate, bDay string
		oDate, oDay string
		changed     bool
	}{
		{"same day, weekday for today", "2026-01-27T09:00:00Z", "today", "2026-01-27T18:00:00Z", "on Tuesday", false},
		{"next day, yesterday for today", "2026-01-27T09:00:00Z", "today", "2026-01-28T08:00:00Z", "yesterday", false},
		{"next day, weekday for today", "2026-01-27T09:00:00Z", "today", "2026-01-28T08:00:00Z", "on Tuesday", false},
		{"next day, wrong weekday", "2026-01-27T09:00:00Z", "today", "2026-01-28T08:00:00Z", "on Monday", true},
		{"next day, today for yesterday", "2026-01-27T09:00:00Z", "yesterday", "2026-01-28T08:00:00Z", "today", true},
		{"zone of the page decides the day", "2026-01-27T23:30:00-05:00", "today", "2026-01-28T10:00:00+01:00", "yesterday", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := page(tt.bDate, fmt.Sprintf(said, tt.bDay))
			o := page(tt.oDate, fmt.Sprintf(said, tt.oDay))
			r := Run(align.Compare(b, o, align.Options{}), nil).Confident()
			if got := len(r.Facts) > 0; got != tt.changed {
				t.Errorf("changed = %v (facts %+v), want %v", got, r.Facts, tt.changed)
			}
		})
	}
}

func TestFusedWord(t *testing.T) {
	base := "There were 80 aftershocks, said the administrator Hasan."
	names := map[string]bool{"hasan": true}
	for _, tt := range []struct {
		w    string
		want string
	}{
		{"80aftershocks", "80 aftershocks"},
		{"administratorHasan", "administrator Hasan"},
		{"1990s", ""},
		{"10am", ""},
		{"PlayStation", ""},
		{"iPhone", ""},
		{"COVID19", ""},
	} {
		got, _, ok := fusedWord(tt.w, map[string]bool{}, names, base)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("fusedWord(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}

func TestConfidentHoldsBack(t *testing.T) {
	r := &Report{
		Facts: []Fact{{Kind: FactDate, Confidence: confWording}, {Kind: FactNumber, Confidence: confCounted}},
		Typos: []Typo{{Kind: TypoMisspelling, Confidence: 0.6}},
	}
	got := r.Confident()
	if len(got.Facts) != 1 || got.Facts[0].Kind != FactNumber || len(got.Typos) != 1 || got.HeldBack != 1 {
		t.Errorf("Confident() = %+v, want the number and the typo kept, one held back", got)
	}
	if (*Report)(nil).Confident() != nil {
		t.Error("nil report: want nil")
	}
}

// A word that starts with a letter is a clock time only as noon or
// midnight, in any case: clockAt reads those words and no other.
func TestClockAtWords(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want string
		n    int
	}{
		{"noon", "t:720", 4}, {"NOON ET", "t:720@ET", 7}, {"Noon, local time", "t:720@local", 16},
		{"midnight", "t:0", 8}, {"MidNight GMT", "t:0@GMT", 12},
		{"noonday", "", 0}, {"nothing", "", 0}, {"minister", "", 0}, {"midnigh", "", 0}, {"no", "", 0}, {"m", "", 0},
	} {
		if got, n := clockAt(tt.s); got != tt.want || n != tt.n {
			t.Errorf("clockAt(%q) = %q, %d; want %q, %d", tt.s, got, n, tt.want, tt.n)
		}
	}
}
