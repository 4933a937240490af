package align

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/testdoc"
)

// find returns the index of the only sentence of d containing sub.
func find(t testing.TB, d *article.Document, sub string) int {
	t.Helper()
	at := -1
	for i, s := range d.Sentences {
		if strings.Contains(s.Text, sub) {
			if at >= 0 {
				t.Fatalf("%s: %q is in sentences %d and %d", d.Name, sub, at, i)
			}
			at = i
		}
	}
	if at < 0 {
		t.Fatalf("%s: no sentence contains %q", d.Name, sub)
	}
	return at
}

// recordWith returns the record holding sentence i of BASE (side Delete) or
// OTHER (side Insert).
func recordWith(t testing.TB, c *Comparison, side Op, i int) SentenceLink {
	t.Helper()
	for _, r := range c.Sentences {
		idx := r.Base
		if side == Insert {
			idx = r.Other
		}
		if slices.Contains(idx, i) {
			return r
		}
	}
	t.Fatalf("sentence %d is in no record", i)
	return SentenceLink{}
}

// A truth lists, by text, the sentence pairs that may be linked: each
// pair is a BASE substring and an OTHER substring.
type truth [][2]string

// checkLinks fails on every linked pair (a BASE and an OTHER sentence of
// one record) that the truth does not allow, and on every required pair
// that is not linked.
func checkLinks(t *testing.T, c *Comparison, allowed, required truth) {
	t.Helper()
	ok := func(i, j int) bool {
		for _, p := range allowed {
			if strings.Contains(c.Base.Sentences[i].Text, p[0]) && strings.Contains(c.Other.Sentences[j].Text, p[1]) {
				return true
			}
		}
		return false
	}
	for _, r := range c.Sentences {
		for _, i := range r.Base {
			for _, j := range r.Other {
				if !ok(i, j) {
					t.Errorf("false link (%v %.3f):\n  BASE  %q\n  OTHER %q", r.Kind, r.Score, c.Base.Sentences[i].Text, c.Other.Sentences[j].Text)
				}
			}
		}
	}
	for _, p := range required {
		i, j := find(t, c.Base, p[0]), find(t, c.Other, p[1])
		if r := recordWith(t, c, Delete, i); !slices.Contains(r.Other, j) {
			t.Errorf("not linked:\n  BASE  %q\n  OTHER %q\n  record %+v", c.Base.Sentences[i].Text, c.Other.Sentences[j].Text, r)
		}
	}
}

func TestSeedSelf(t *testing.T) {
	d := seed(t, "000")
	c := Compare(d, d, Options{})
	checkInvariants(t, c, Options{})
	want := Summary{Identical: len(d.Sentences), Reused: 1}
	if diff := cmp.Diff(want, c.Summary); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
	for k, r := range c.Sentences {
		if r.Kind != Identical || r.Moved || !slices.Equal(r.Base, []int{k}) || !slices.Equal(r.Other, []int{k}) || r.Score != 1 {
			t.Errorf("record %d = %+v, want sentence %d identical to itself", k, r, k)
		}
	}
	if len(c.Paragraphs) != len(d.Paragraphs) {
		t.Fatalf("%d paragraph links, want %d", len(c.Paragraphs), len(d.Paragraphs))
	}
	for k, p := range c.Paragraphs {
		if !slices.Equal(p.Base, []int{k}) || !slices.Equal(p.Other, []int{k}) || p.Score != 1 {
			t.Errorf("paragraph link %d = %+v", k, p)
		}
	}
}

// TestSeedRewrite compares the CNN story (000) with its light rewrite (001).
func TestSeedRewrite(t *testing.T) {
	c := Compare(seed(t, "000"), seed(t, "001"), Options{})
	checkInvariants(t, c, Options{})

	// The done-test: the Conte sentence is one edited sentence
	// whose diff shows -our replaced by our.
	conte := recordWith(t, c, Delete, find(t, c.Base, "set -our own limits"))
	if conte.Kind != Edited || len(conte.Base) != 1 || len(conte.Other) != 1 ||
		!strings.Contains(c.Other.Sentences[conte.Other[0]].Text, "set our own limits") {
		t.Errorf("Conte sentence: %+v, want one edited sentence", conte)
	}
	if !hasChange(conte.Diff, "-our", "our") {
		t.Errorf("Conte diff has no -our -> our: %+v", conte.Diff)
	}

	// Two Conte quotes merged into one sentence: a 2–1 link.
	merged := recordWith(t, c, Delete, find(t, c.Base, "We cannot allow this"))
	if want := []int{find(t, c.Base, "After street violence"), find(t, c.Base, "We cannot allow this")}; !slices.Equal(merged.Base, want) ||
		len(merged.Other) != 1 || merged.Kind != Edited {
		t.Errorf("merged quotes: %+v, want BASE %v edited into one OTHER sentence", merged, want)
	}

	checkLinks(t, c, truth{
		{"Outrage is growing", "Public anger in Italy"},
		{"Outrage is growing", "The planned deployment of ICE personnel"},
		{"Outrage is growing", "Italians Outraged"},
		{"Current and former lawmakers", "Italian lawmakers and local officials"},
		{"Current and former lawmakers", "Italian leaders, including former premier"},
		{"confirmed the reports", "spokesperson told CNN that HSI"},
		{"ICE will serve", "spokesperson told CNN that HSI"},
		{"They don’t do immigration enforcement", "spokesperson told CNN that HSI"},
		{"According to the Associated Press", "officers in question"},
		{"According to the Associated Press", "The planned deployment of ICE personnel"},
		{"set -our own limits", "Former prime minister Giuseppe Conte"},
		{"After street violence", "After street violence"},
		{"We cannot allow this", "After street violence"},
		{"That same day, the Mayor of Milan", "welcome in Milan"},
		{"That same day, the Mayor of Milan", "Milan Mayor Giuseppe Sala said"},
		{"This is a militia that kills", "Milan Mayor Giuseppe Sala said"},
		{"Could we ever say", "Milan Mayor Giuseppe Sala said"},
		{"This isn’t about severing", "Milan Mayor Giuseppe Sala said"},
		{"Over the weekend, Italian media", "These comments followed media reports"},
		{"In recent weeks, ICE federal", "The controversy comes amid"},
		{"Another Italian lawmaker warned", "Veteran politician Carlo Calenda"},
		{"It is a violent, unprepared", "Veteran politician Carlo Calenda"},
		{"CNN’s Kit Maher", "CNN’s Kit Maher"},
	}, truth{
		{"set -our own limits", "Former prime minister Giuseppe Conte"},
		{"We cannot allow this", "After street violence"},
		{"Another Italian lawmaker warned", "Veteran politician Carlo Calenda"},
		{"Outrage is growing", "Public anger in Italy"},
		{"CNN’s Kit Maher", "CNN’s Kit Maher"},
		// Paraphrases out of order, each the other's only candidate.
		{"Over the weekend, Italian media", "These comments followed media reports"},
		{"In recent weeks, ICE federal", "The controversy comes amid"},
	})

	// One OTHER sentence condenses four BASE sentences (4–1), and the pull
	// quote that repeats half of the first does not take its place.
	sala := recordWith(t, c, Insert, find(t, c.Other, "Milan Mayor Giuseppe Sala said"))
	want := []int{find(t, c.Base, "That same day"), find(t, c.Base, "This is a militia that kills"),
		find(t, c.Base, "Could we ever say"), find(t, c.Base, "This isn’t about severing")}
	if !slices.Equal(sala.Base, want) || len(sala.Other) != 1 {
		t.Errorf("Sala: %+v, want BASE %v condensed into one OTHER sentence", sala, want)
	}
	if r := recordWith(t, c, Insert, find(t, c.Other, "They’re not welcome in Milan")); r.Kind != Added {
		t.Errorf("pull quote: %+v, want added", r)
	}
	if c.Summary.Reused < 0.2 || c.Summary.Reused > 0.5 {
		t.Errorf("Reused = %.3f, want a light rewrite's 0.2–0.5", c.Summary.Reused)
	}
}

// TestSeedSharedWire compares two outlets (002, 003) that share only the
// DHS statement and Sala's quotes: the rest must stay unlinked.
func TestSeedSharedWire(t *testing.T) {
	c := Compare(seed(t, "002"), seed(t, "003"), Options{})
	checkInvariants(t, c, Options{})
	checkLinks(t, c, truth{
		{"“At the Olympics, ICE’s Homeland Security Investigations", "“At the Olympics, ICE’s Homeland Security Investigations"},
		{"“All security operations remain under Italian authority.”", "“All security operations remain under Italian authority.”"},
		{"“All of the security operations in the territory", "“All security operations remain under Italian authority.”"},
		{"This is a militia that kills, a militia", "“This is a militia that kills,” he said."},
		{"It is clear they are not welcome in Milan", "It’s clear that they are not welcome in Milan"},
		{"Milan Mayor Giuseppe Sala called ICE", "Milan’s mayor, Giuseppe Sala, told RTL radio"},
		{"Milan Mayor Giuseppe Sala issued a fiery statement", "Milan’s mayor, Giuseppe Sala, told RTL radio"},
		{"Tilman Fertitta, met with", "had met Tilman J Fertitta"},
		{"stationed at the U.S. Consulate", "operations room at its consulate"},
		{"stationed at the U.S. Consulate", "had met Tilman J Fertitta"},
		{"Obviously, ICE does not conduct", "do not perform immigration control operations"},
		{"Obviously, ICE does not conduct", "would not run any enforcement operations"},
		{"Italian officials expressed outrage", "will have a security role in the Winter Olympic Games"},
	}, truth{
		{"“At the Olympics, ICE’s Homeland Security Investigations", "“At the Olympics, ICE’s Homeland Security Investigations"},
		{"“All security operations remain under Italian authority.”", "“All security operations remain under Italian authority.”"},
		{"This is a militia that kills, a militia", "“This is a militia that kills,” he said."},
		{"It is clear they are not welcome in Milan", "It’s clear that they are not welcome in Milan"},
	})
	if r := recordWith(t, c, Delete, find(t, c.Base, "All security operations remain")); r.Kind != Identical {
		t.Errorf("statement: %v, want identical", r.Kind)
	}
	if r := recordWith(t, c, Delete, find(t, c.Base, "At the Olympics, ICE’s")); r.Kind != Edited {
		t.Errorf("statement: %v, want edited", r.Kind)
	}
	// The letter with the typo has no counterpart.
	if r := recordWith(t, c, Delete, find(t, c.Base, "Italer")); r.Kind != Dropped {
		t.Errorf("Italer letter: %v, want dropped", r.Kind)
	}
}

// TestSeedParaphrase compares the CNN story (000) with its heavy paraphrase
// (004): links must be true paraphrases; most sentences stay unlinked.
func TestSeedParaphrase(t *testing.T) {
	c := Compare(seed(t, "000"), seed(t, "004"), Options{})
	checkInvariants(t, c, Options{})
	checkLinks(t, c, truth{
		{"Outrage is growing", "Outrage grows across Italy"},
		{"Outrage is growing", "The planned deployment of US ICE agents"},
		{"Outrage is growing", "Italian officials and citizens are criticizing"},
		{"Outrage is growing", "Focus shifts to ICE agents"},
		{"Current and former lawmakers", "The planned deployment of US ICE agents"},
		{"Current and former lawmakers", "Some parliament members suggest"},
		{"confirmed the reports", "On Tuesday, confirmation came"},
		{"ICE will serve", "In connection with protecting national interests"},
		{"ICE will serve", "The Department of Homeland Security states"},
		{"They don’t do immigration enforcement", "In connection with protecting national interests"},
		{"They don’t do immigration enforcement", "The Department of Homeland Security states"},
		{"According to the Associated Press", "Past involvement of American federal bodies"},
		{"According to the Associated Press", "The Associated Press reports that Homeland Security"},
		{"set -our own limits", "From former officeholder Giuseppe Conte"},
		{"set -our own limits", "His message on platform X"},
		{"After street violence", "His message on platform X"},
		{"After street violence", "References made to unrest abroad"},
		{"That same day, the Mayor of Milan", "Despite federal offers, Milan's mayor"},
		{"That same day, the Mayor of Milan", "Security during the Games remains"},
		{"This is a militia that kills", "In an interview aired on RTL 102.5"},
		{"I believe they shouldn’t come", "In an interview aired on RTL 102.5"},
		{"I believe they shouldn’t come", "Democratic principles guide"},
		{"Over the weekend, Italian media", "People demonstrate their opinions"},
		{"In recent weeks, ICE federal", "A surge in immigration crackdowns"},
		{"Another Italian lawmaker warned", "Some members of parliament voiced"},
		{"Another Italian lawmaker warned", "Notably, Carlo Calenda"},
		{"It is a violent, unprepared", "Notably, Carlo Calenda"},
	}, truth{
		{"confirmed the reports", "On Tuesday, confirmation came"},
		// The Calenda paragraph, paired by the order of the articles: a
		// 2–1 link sharing the name Carlo Calenda (see paragraphGaps).
		{"Another Italian lawmaker warned", "Notably, Carlo Calenda"},
		{"It is a violent, unprepared", "Notably, Carlo Calenda"},
	})
	if c.Summary.Identical != 0 {
		t.Errorf("%d identical sentences in a paraphrase", c.Summary.Identical)
	}
	if linked := c.Summary.Edited + c.Summary.Paraphrased; linked < 3 {
		t.Errorf("only %d links", linked)
	}
}

// canonical describes a comparison's links from BASE's side, so that the
// comparison of (b, a) can be checked against that of (a, b).
func canonical(c *Comparison, swapped bool) []string {
	var out []string
	for _, r := range c.Sentences {
		base, other, kind := r.Base, r.Other, r.Kind
		if swapped {
			base, other = other, base
			switch kind {
			case Added:
				kind = Dropped
			case Dropped:
				kind = Added
			}
		}
		out = append(out, fmt.Sprintf("%v %v %v %.3f moved=%v", base, other, kind, r.Score, r.Moved))
	}
	slices.Sort(out)
	return out
}

// TestSymmetric: swapping the documents swaps BASE and OTHER and changes
// nothing else; and the same inputs give the same output.
func TestSymmetric(t *testing.T) {
	names := []string{"000", "001", "002", "003", "004"}
	docs := map[string]*article.Document{}
	for _, n := range names {
		docs[n] = seed(t, n)
	}
	docs["GPL-2"] = testdoc.Load(t, "../testdata/licenses/GPL-2")
	docs["GPL-3"] = testdoc.Load(t, "../testdata/licenses/GPL-3")
	pairs := [][2]string{{"GPL-2", "GPL-3"}}
	for i, a := range names {
		for _, b := range names[i+1:] {
			pairs = append(pairs, [2]string{a, b})
		}
	}
	for _, p := range pairs {
		t.Run(p[0]+"-"+p[1], func(t *testing.T) {
			a, b := docs[p[0]], docs[p[1]]
			ab := Compare(a, b, Options{})
			ba := Compare(b, a, Options{})
			checkInvariants(t, ab, Options{})
			checkInvariants(t, ba, Options{})
			if diff := cmp.Diff(canonical(ab, false), canonical(ba, true)); diff != "" {
				t.Errorf("Compare(a, b) and Compare(b, a) differ (-ab +ba):\n%s", diff)
			}
			if diff := cmp.Diff(ab, Compare(a, b, Options{})); diff != "" {
				t.Errorf("second run differs:\n%s", diff)
			}
		})
	}
}

// TestIgnoreBoilerplate: non-body paragraphs are in no record and do not
// count in Reused.
func TestIgnoreBoilerplate(t *testing.T) {
	a, b := seed(t, "000"), seed(t, "001")
	opts := Options{IgnoreBoilerplate: true}
	c := Compare(a, b, opts)
	checkInvariants(t, c, opts)
	all := Compare(a, b, Options{})
	if len(c.Sentences) >= len(all.Sentences) {
		t.Errorf("%d records with boilerplate ignored, %d without", len(c.Sentences), len(all.Sentences))
	}
	for _, r := range c.Sentences {
		for _, i := range r.Base {
			if a.Role(a.Sentences[i].Paragraph) != article.Body {
				t.Errorf("BASE sentence %d (%v) compared", i, a.Role(a.Sentences[i].Paragraph))
			}
		}
		for _, j := range r.Other {
			if b.Role(b.Sentences[j].Paragraph) != article.Body {
				t.Errorf("OTHER sentence %d compared", j)
			}
		}
	}
}

// TestEmpty: documents without sentences compare without trouble.
func TestEmpty(t *testing.T) {
	empty := &article.Document{Name: "empty"}
	d := seed(t, "000")
	for _, p := range [][2]*article.Document{{empty, empty}, {empty, d}, {d, empty}} {
		c := Compare(p[0], p[1], Options{})
		checkInvariants(t, c, Options{})
		if c.Summary.Identical+c.Summary.Edited+c.Summary.Paraphrased != 0 {
			t.Errorf("links with an empty document: %+v", c.Summary)
		}
	}
}

func FuzzCompare(f *testing.F) {
	f.Add("One sentence here. Another one.\n\nA new paragraph.", "Another one. One sentence here!\n\nA new paragraph, edited.")
	f.Add("", "Only in other.")
	f.Add("Same. Same. Same.", "Same. Same.")
	f.Add("“Quoted” – text… 102.5", "\"Quoted\" - text... 102.5")
	f.Add("我爱你. 👍🏽 ok.", "我恨你. 👍 ok.")
	f.Fuzz(func(t *testing.T, a, b string) {
		da, db := textDoc("a", a), textDoc("b", b)
		for _, opts := range []Options{{}, {IgnoreBoilerplate: true}} {
			checkInvariants(t, Compare(da, db, opts), opts)
		}
	})
}
