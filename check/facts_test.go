package check

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

func TestExtractFacts(t *testing.T) {
	unit := func(s string) words.Unit { u, _ := words.MeasureAfter(s); return u }
	tests := []struct {
		text string
		want []factTok // kind, value, text, measure (offsets and figures not compared)
	}{
		{"in the wake of two fatal shootings", []factTok{{kind: "number", value: "2", text: "two"}}},
		{"more than 50 countries and 1,200 agents", []factTok{{kind: "number", value: "50", text: "50"}, {kind: "number", value: "1200", text: "1,200"}}},
		{"twenty-five people, three hundred more", []factTok{{kind: "number", value: "25", text: "twenty-five"}, {kind: "number", value: "300", text: "three hundred"}}},
		{"RTL 102.5 on Tuesday", []factTok{{kind: "number", value: "102.5", text: "102.5"}, {kind: "date", value: "tue", text: "Tuesday"}}},
		{"the Feb. 6 opening", []factTok{{kind: "date", value: "2-6", text: "Feb. 6"}}},
		{"which begin on 6 February", []factTok{{kind: "date", value: "2-6", text: "6 February"}}},
		{"in January 2026", []factTok{{kind: "date", value: "1", text: "January"}, {kind: "date", value: "2026", text: "2026"}}},
		{"$5 million and 40 percent and 3%", []factTok{
			{kind: "amount", value: "5000000$", text: "$5 million", currency: "dollar"},
			{kind: "amount", value: "40%", text: "40 percent"},
			{kind: "amount", value: "3%", text: "3%"},
		}},
		{"$70-million, 1,2 million, a 3-to-1 vote", []factTok{
			{kind: "amount", value: "70000000$", text: "$70-million", currency: "dollar"},
			{kind: "number", value: "1200000", text: "1,2 million"},
			{kind: "number", value: "3-1", text: "3-to-1"},
		}},
		{"it may rain, said one of them yesterday", []factTok{{kind: "date", value: "yesterday", text: "yesterday"}}},
		{"in May and on 3 May", []factTok{{kind: "date", value: "5", text: "May"}, {kind: "date", value: "5-3", text: "3 May"}}},
		{"a 12-year-old boy, a 24-hour strike, COVID-19", []factTok{{kind: "number", value: "12", text: "12-year-old"}, {kind: "number", value: "24", text: "24-hour"}}},
		{"half the votes, a third of them, two-thirds, three quarters, the third quarter", []factTok{
			{kind: "number", value: "0.5", text: "half"}, {kind: "number", value: formatNumber(1.0 / 3), text: "a third"},
			{kind: "number", value: formatNumber(2.0 / 3), text: "two-thirds"}, {kind: "number", value: "0.75", text: "three quarters"},
		}},
		{"open from 1 to 6 p.m.", []factTok{{kind: "number", value: "1", text: "1"}, {kind: "time", value: "t:1080", text: "6 p.m."}}},
		{"a 52 to 48 vote, from 5% to 10%, 3 to 4 percent", []factTok{
			{kind: "number", value: "52-48", text: "52 to 48"},
			{kind: "amount", value: "5%", text: "5%"}, {kind: "amount", value: "10%", text: "10%"},
			{kind: "number", value: "3", text: "3"}, {kind: "amount", value: "4%", text: "4 percent"},
		}},
		{"50 miles off the coast, winds of 130 mph, 100 degrees Fahrenheit, 38°C, up 2 percentage points", []factTok{
			{kind: "amount", value: "50 mi", text: "50 miles", measure: unit(" miles")},
			{kind: "amount", value: "130 mph", text: "130 mph", measure: unit(" mph")},
			{kind: "amount", value: "100 °F", text: "100 degrees Fahrenheit", measure: unit(" degrees F")},
			{kind: "amount", value: "38 °C", text: "38°C", measure: unit("°C")},
			{kind: "amount", value: "2 pp", text: "2 percentage points"},
		}},
		{"won 3-1 after a 52-48 vote in the 2020-21 season, 2021-2022 too", []factTok{
			{kind: "number", value: "3-1", text: "3-1"}, {kind: "number", value: "52-48", text: "52-48"},
			{kind: "number", value: "2020-21", text: "2020-21"}, {kind: "number", value: "2021-2022", text: "2021-2022"},
		}},
	}
	for _, tt := range tests {
		got := extractFacts(tt.text, 0, words.Compounds(tt.text, 0, true), nil)
		for i := range got {
			got[i].start, got[i].end, got[i].num = 0, 0, 0
		}
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(factTok{})); diff != "" {
			t.Errorf("extractFacts(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

// factOf is what the tests compare of a Fact.
type factOf struct{ Kind, Base, Other string }

func factsOf(r *Report) []factOf {
	var out []factOf
	for _, f := range r.Facts {
		out = append(out, factOf{f.Kind.String(), f.Base, f.Other})
	}
	return out
}

func TestFacts(t *testing.T) {
	const base = "Lawmakers urged Prime Minister Giorgia Meloni to act after two fatal shootings in Minneapolis.\n\n" +
		"The Department of Homeland Security confirmed the reports in a statement to CNN on Tuesday.\n\n" +
		"The Games begin on 6 February and cost $5 million, officials said.\n\n" +
		"A 12-year-old boy was among the injured, police said.\n\n" +
		"The home side won 3-1, the club said.\n\n" +
		"Half of the voters backed the plan."
	tests := []struct {
		name, old, new string
		want           []factOf
	}{
		{"unchanged", "", "", nil},
		{"a number", "two fatal", "three fatal", []factOf{{"number", "two", "three"}}},
		{"a number in other digits", "two fatal", "2 fatal", nil},
		{"a weekday", "on Tuesday", "on Monday", []factOf{{"date", "Tuesday", "Monday"}}},
		{"a day of the month", "6 February", "8 February", []factOf{{"date", "6 February", "8 February"}}},
		{"the same date written otherwise", "on 6 February", "on Feb. 6", nil},
		{"an amount", "$5 million", "$6 million", []factOf{{"amount", "$5 million", "$6 million"}}},
		{"an amount in another currency", "$5 million", "€5 million", []factOf{{"amount", "$5 million", "€5 million"}}},
		{"a percentage written another way", "$5 million", "5 pct", []factOf{{"amount", "$5 million", "5 pct"}}},
		{"a name", "Giorgia Meloni", "Mario Draghi", []factOf{{"name", "Giorgia Meloni", "Mario Draghi"}}},
		{"a name misspelt is a typo, not a fact", "Giorgia Meloni", "Giorgia Meloini", nil},
		{"a name made longer", "Giorgia Meloni", "Giorgia Ilaria Meloni", nil},
		{"a place", "in Minneapolis", "in Chicago", []factOf{{"name", "Minneapolis", "Chicago"}}},
		{"a number heading a compound", "12-year-old", "13-year-old", []factOf{{"number", "12-year-old", "13-year-old"}}},
		{"a share in words", "Half of the voters", "A third of the voters", []factOf{{"number", "Half", "A third"}}},
		{"the same share", "Half of the voters", "Half of all voters", nil},
		{"a score", "won 3-1", "won 3-2", []factOf{{"number", "3-1", "3-2"}}},
		{"a score in words", "won 3-1", "won 3 to 2", []factOf{{"number", "3-1", "3 to 2"}}},
		{"the same score in words", "won 3-1", "won 3 to 1", nil},
		{"a score spelt with an en dash", "won 3-1", "won 3–2", []factOf{{"number", "3-1", "3–2"}}},
		{"the same score with an en dash", "won 3-1", "won 3–1", nil},
		{"the same number, the compound spelt out", "A 12-year-old boy", "A boy aged 12", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			other := base
			if tt.old != "" {
				other = replaceOnce(t, base, tt.old, tt.new)
			}
			if diff := cmp.Diff(tt.want, factsOf(run(t, base, other))); diff != "" {
				t.Errorf("facts (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFactsInParaphrase checks that a paraphrased sentence reports a
// number swapped for another, and not a number merely dropped.
func TestFactsInParaphrase(t *testing.T) {
	base := "ICE federal agents killed two US citizens in the city of Minneapolis during protests against immigration raids."
	tests := []struct {
		other string
		want  []factOf
	}{
		{"In Minneapolis, three American citizens died at the hands of federal ICE agents during protests against raids.",
			[]factOf{{"number", "two", "three"}}},
		{"In Minneapolis, American citizens died at the hands of federal ICE agents during protests against raids.", nil},
	}
	for _, tt := range tests {
		r := run(t, base, tt.other)
		if diff := cmp.Diff(tt.want, factsOf(r)); diff != "" {
			t.Errorf("facts of %q (-want +got):\n%s", tt.other, diff)
		}
	}
}

func replaceOnce(tb testing.TB, s, old, new string) string {
	tb.Helper()
	i := indexOnce(s, old)
	if i < 0 {
		tb.Fatalf("%q is not once in %q", old, s)
	}
	return s[:i] + new + s[i+len(old):]
}

func indexOnce(s, sub string) int {
	first := -1
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			if first >= 0 {
				return -1
			}
			first = i
		}
	}
	return first
}

// TestDistinctNames: the first mention of each name is kept, in order.
func TestDistinctNames(t *testing.T) {
	mk := func(vs ...string) []factTok {
		var ts []factTok
		for i, v := range vs {
			ts = append(ts, factTok{value: v, start: i})
		}
		return ts
	}
	for _, tc := range []struct {
		in   []factTok
		want []factTok
	}{
		{nil, nil},
		{mk("smith"), mk("smith")},
		{mk("smith", "lee", "smith", "okafor", "lee"), []factTok{{value: "smith", start: 0}, {value: "lee", start: 1}, {value: "okafor", start: 3}}},
	} {
		if got := distinctNames(tc.in); !slices.EqualFunc(got, tc.want, func(a, b factTok) bool { return a.value == b.value && a.start == b.start }) {
			t.Errorf("distinctNames(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestCountedNounsSameAsFactByFact: reading a sentence's words once (past
// countedNounsMin) gives every figure the noun countedNoun gives it, on
// the seed articles and on sentences thick with figures, stop words right
// after them, and full stops, colons and semicolons between.
func TestCountedNounsSameAsFactByFact(t *testing.T) {
	docs := []*article.Document{
		parse(t, "Sales rose 5 percent to 1,200 units in the year, 30 of them in May; 7 in June: 12 of 40 stores and 3 of the 9 depots. "+
			"The 2 sides met 3 times, 14 a.m. and 2 p.m., and 57 died in 6 villages, 12 people in 4 towns. Of 8 in 10, 9 were 11 12 13 14 15 16 17 children. "+
			"The count was 5; buyers left, a total of 9: rivals came, and 4, 6 and 8 trucks; 10 cars."),
	}
	for _, name := range []string{"000", "001", "002", "003", "004"} {
		docs = append(docs, loadArticle(t, name))
	}
	var row []string
	for i := range 300 {
		row = append(row, fmt.Sprint(1000+i))
		if i%17 == 0 {
			row = append(row, "; tonnes of")
		}
		if i%29 == 0 {
			row = append(row, "ships;")
		}
	}
	docs = append(docs, parse(t, strings.Join(row, " ")+" wheat."))
	facts := 0
	for _, d := range docs {
		w := newDocWords(d)
		for i := range d.Sentences {
			var sc sentenceScratch
			want := sentenceFacts(w, i, &sc)
			func() {
				defer func(old int) { countedNounsMin = old }(countedNounsMin)
				countedNounsMin = -1
				var sc sentenceScratch
				got := sentenceFacts(w, i, &sc)
				for k := range want {
					facts++
					if !slices.Equal(got[k].noun, want[k].noun) {
						t.Errorf("%s sentence %d, %q: counts %q read once, %q fact by fact", d.Name, i, want[k].text, got[k].noun, want[k].noun)
					}
				}
			}()
		}
	}
	if facts < 300 {
		t.Errorf("only %d figures compared", facts)
	}
}

// TestMeasureFacts: a measure converted as an outlet converts it is the
// same fact, and its sentence is linked; the same figure given another
// unit, or a percentage made percentage points, is a changed fact.
func TestMeasureFacts(t *testing.T) {
	const base = "The storm was about 50 miles off the coast of Cancun early Wednesday, with winds of 130 mph.\n\n" +
		"Forecasters warned of a storm surge of up to 11 feet in parts of Louisiana.\n\n" +
		"Unemployment rose 2 percent last year, the ministry said on Friday.\n\n" +
		"Temperatures reached 100 degrees Fahrenheit in the valley on Sunday."
	tests := []struct {
		name, other string
		want        []factOf
	}{
		{"converted and rounded", "The storm was about 80 kilometres off the coast of Cancun early Wednesday, with winds of 210 km/h.\n\n" +
			"Forecasters warned of a storm surge of up to 3.4 metres in parts of Louisiana.\n\n" +
			"Unemployment rose 2 percent last year, the ministry said on Friday.\n\n" +
			"Temperatures reached 38C in the valley on Sunday.", nil},
		{"the same figure, another unit", "The storm was about 50 kilometres off the coast of Cancun early Wednesday, with winds of 130 mph.\n\n" +
			"Forecasters warned of a storm surge of up to 11 metres in parts of Louisiana.\n\n" +
			"Unemployment rose 2 percentage points last year, the ministry said on Friday.\n\n" +
			"Temperatures reached 100 degrees Celsius in the valley on Sunday.",
			[]factOf{{"amount", "50 miles", "50 kilometres"}, {"amount", "11 feet", "11 metres"},
				{"amount", "2 percent", "2 percentage points"}, {"amount", "100 degrees Fahrenheit", "100 degrees Celsius"}}},
		{"a unit dropped, a changed figure", "The storm was about 50 off the coast of Cancun early Wednesday, with winds of 150 mph.\n\n" +
			"Forecasters warned of a storm surge of up to 11 feet in parts of Louisiana.\n\n" +
			"Unemployment rose 2 percent last year, the ministry said on Friday.\n\n" +
			"Temperatures reached 100 degrees Fahrenheit in the valley on Sunday.",
			[]factOf{{"amount", "130 mph", "150 mph"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, base, tt.other)
			if diff := cmp.Diff(tt.want, factsOf(r.Confident())); diff != "" {
				t.Errorf("facts (-want +got):\n%s", diff)
			}
			c := align.Compare(parse(t, base), parse(t, tt.other), align.Options{})
			if c.Summary.Added != 0 || c.Summary.Dropped != 0 {
				t.Errorf("a sentence with its measures converted or changed is not linked: %+v", c.Summary)
			}
		})
	}
}

// TestFigureWordings: a figure or a date written another way is no
// confident change — a scale after a hyphen ("$70-million"), a decimal
// comma, "3-to-1", a month made a day of it ("April" → "April 3"),
// "today" → "tonight" — and one that cannot be compared (a year against
// a day, the two figures of a vote in the other order, amounts in
// different currencies) is held back; a figure changed is still found.
func TestFigureWordings(t *testing.T) {
	tests := []strengthCase{
		{"hyphenated scale", "The program will cost $70 million over the next two years, officials said.",
			"The program will cost $70-million over the next two years, officials said.", ""},
		{"decimal comma", "About 1.2 million women still lack access to the screening, the report said.",
			"About 1,2 million women still lack access to the screening, the report said.", ""},
		{"score with to", "The committee backed the plan 3 to 1 on Monday after a long debate.",
			"The committee backed the plan 3-to-1 on Monday after a long debate.", ""},
		{"a day of the month", "The strike began in April and has cost the company dearly, analysts said.",
			"The strike began on April 3 and has cost the company dearly, analysts said.", ""},
		{"today and tonight", "The president will address the nation today on the crisis in the region.",
			"The president will address the nation tonight on the crisis in the region.", ""},
		{"a year against a day", "The treaty was signed on 21 April by the two governments in Geneva.",
			"The treaty was signed in 1947 by the two governments in Geneva.", "held"},
		{"a vote in the other order", "The bill passed the House 237-186 late on Thursday night.",
			"The bill passed the House 186-237 late on Thursday night.", "held"},
		{"another currency", "The company agreed to pay $165,000 to settle the claim, its lawyer said.",
			"The company agreed to pay £90,000 to settle the claim, its lawyer said.", "held"},
		{"a figure changed", "The company agreed to pay $165,000 to settle the claim, its lawyer said.",
			"The company agreed to pay $185,000 to settle the claim, its lawyer said.", "confident"},
		{"a scale dropped", "The film beat the record of $54.9-million set in June, the studio said.",
			"The film beat the record of $54.9 set in June, the studio said.", "confident"},
		{"rounded", "Most of the money, some $65 billion, is for the army and the navy.",
			"Most of the money, $64.7 billion, is for the army and the navy.", "held"},
		{"a count rounded", "The flu has killed 296 people in the province since May.",
			"The flu has killed 300 people in the province since May.", "held"},
		{"written to the cent", "The shares closed at $38.28 on Friday in New York trading.",
			"The shares closed at $38.30 on Friday in New York trading.", "confident"},
		{"a small count is not rounded", "The flu has killed 12 people in the province since May.",
			"The flu has killed 10 people in the province since May.", "confident"},
		{"a share counts no amount", "The stock gained 3.2 percent or 55 cents to $18.75, adding to a rise the day before.",
			"The stock gained 3 percent, adding to a rise the day before.", "held"},
	}
	checkStrengths(t, tests, func(t *testing.T, r *Report) []float64 {
		var confs []float64
		for _, f := range r.Facts {
			if f.Kind != FactName {
				confs = append(confs, f.Confidence)
			}
		}
		return confs
	})
}

// TestDayForms: a day of the month is read with an ordinal ending or a
// possessive ("August 6th", "August 6's meeting"), so that a weekday
// resolved to it, or the same day written another way, is no change.
func TestDayForms(t *testing.T) {
	for w, want := range map[string]int{"6": 6, "06": 6, "6th": 6, "21st": 21, "6's": 6, "6’s": 6, "31": 31} {
		if got, ok := dayNumber(w); !ok || got != want {
			t.Errorf("dayNumber(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
	for _, w := range []string{"0", "32", "six", "6x"} {
		if _, ok := dayNumber(w); ok {
			t.Errorf("dayNumber(%q) reads a day", w)
		}
	}
	r := run(t, "The meeting was set for August 6th, officials said on Monday.",
		"The meeting was set for 6 August, officials said on Monday.")
	for _, f := range r.Facts {
		t.Errorf("fact %s %q → %q", f.Kind, f.Base, f.Other)
	}
}

// TestAcronymOf checks the initials a short name may stand for: of all
// the words of the long one, or of those other than links ("of", "the").
func TestAcronymOf(t *testing.T) {
	for _, tc := range []struct {
		short, long string
		want        bool
	}{
		{"dhs", "department of homeland security", true},
		{"dohs", "department of homeland security", true},
		{"us", "united states", true},
		{"u.s.", "united states", true},
		{"u.s.", "united  states", true},
		{"dh", "department of homeland security", false},
		{"dhss", "department of homeland security", false},
		{"us", "united", false},         // one word has no acronym
		{"u", "united states", false},   // nor has one letter
		{"u s", "united states", false}, // two words are not one
		{"sd", "united states", false},  // in order
		{"", "united states", false},
	} {
		if got := acronymOf(tc.short, tc.long); got != tc.want {
			t.Errorf("acronymOf(%q, %q) = %v, want %v", tc.short, tc.long, got, tc.want)
		}
	}
}
