package check

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/testdoc"
)

// run compares two plain texts and checks them.
func run(tb testing.TB, base, other string) *Report {
	tb.Helper()
	return Run(align.Compare(parse(tb, base), parse(tb, other), align.Options{}), nil)
}

// strength says how sure the surest of some findings is, by their
// confidences: "" for none, "held" when all are held back (under
// MinConfidence), "confident" otherwise.
func strength(confidences ...float64) string {
	out := ""
	for _, c := range confidences {
		switch {
		case c >= MinConfidence:
			return "confident"
		default:
			out = "held"
		}
	}
	return out
}

// A strengthCase is a row of the tables that grade findings: want is the
// strength (see strength) of the findings of one kind that checking
// other against base gives.
type strengthCase struct {
	name, base, other string
	want              string
}

// checkStrengths runs the cases, each as a subtest, and compares the
// strength of the confidences pick takes from its report with want.
func checkStrengths(t *testing.T, cases []strengthCase, pick func(t *testing.T, r *Report) []float64) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if got := strength(pick(t, run(t, tt.base, tt.other))...); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// quoteChange is what the table tests compare of a QuoteChange.
type quoteChange struct{ Change, Speaker, OtherSpeaker, Base, Other string }

func quoteChangesOf(r *Report) []quoteChange {
	var out []quoteChange
	for _, q := range r.Quotes {
		out = append(out, quoteChange{q.Change.String(), q.Speaker, q.OtherSpeaker, q.Base, q.Other})
	}
	return out
}

// Paragraphs the quote tests share: the BASE story.
const quoteBase = `Former Prime Minister Giuseppe Conte urged the government to “set -our own limits” and “make clear decisions.”

“After street violence and murders in the US, we now learn from their spokesperson that ICE agents will come to Italy,” Conte posted on X on Tuesday.

“We cannot allow this,” he added. “Our government tried to downplay the situation. Enough with the bowing,” Conte added.

“This is a militia that kills,” Sala told Italian radio station RTL 102.5 on Tuesday. “Could we ever say ‘No’ to Trump?”

A DHS spokesperson said ICE would serve “a security role” and stressed that “all security operations remain under Italian authority.”

“The normalisation of practices that run counter to European values must end,” the post read.`

func TestQuoteChanges(t *testing.T) {
	tests := []struct {
		name  string
		other string // replaces paragraphs of quoteBase: old => new, one per line
		want  []quoteChange
	}{{
		name:  "unchanged",
		other: "",
	}, {
		name:  "only the quote marks, punctuation and contractions changed",
		other: "“We cannot allow this,” he added. => \"We can't allow this.\" he added.",
	}, {
		name:  "an excerpt, word for word",
		other: "“This is a militia that kills,” Sala told Italian radio station RTL 102.5 on Tuesday. => Sala called ICE “a militia that kills” on Italian radio station RTL 102.5 on Tuesday.",
	}, {
		name: "American spelling and words in brackets",
		other: "“Our government tried to downplay the situation. => “Our government [of Italy] tried to downplay the situation.\n" +
			"The normalisation of practices => The normalization of practices",
	}, {
		name:  "a word changed",
		other: "set -our own limits => set our own limits",
		want:  []quoteChange{{"altered", "Giuseppe Conte", "Giuseppe Conte", "set -our own limits", "set our own limits"}},
	}, {
		name:  "a word changed at the start",
		other: "“We cannot allow this,” => “We must allow this,”",
		want:  []quoteChange{{"altered", "Giuseppe Conte", "Giuseppe Conte", "We cannot allow this,", "We must allow this,"}},
	}, {
		// It was "extended": the stretch matched stops before the last
		// word, and the OTHER word after it was taken for one added.
		name:  "a word changed at the end",
		other: "“This is a militia that kills,” Sala => “This is a militia that harms,” Sala",
		want:  []quoteChange{{"altered", "Sala", "Sala", "This is a militia that kills,", "This is a militia that harms,"}},
	}, {
		name:  "a word added at the end",
		other: "“This is a militia that kills,” Sala => “This is a militia that kills people,” Sala",
		want:  []quoteChange{{"extended", "Sala", "Sala", "This is a militia that kills,", "This is a militia that kills people,"}},
	}, {
		name: "words left out silently: trimmed",
		other: "“Our government tried to downplay the situation. Enough with the bowing,” Conte added. => " +
			"“Our government tried the situation. Enough with the bowing,” Conte added.",
		want: []quoteChange{{"trimmed", "Conte", "Conte",
			"Our government tried to downplay the situation. Enough with the bowing,",
			"Our government tried the situation. Enough with the bowing,"}},
	}, {
		name: "two quotations spliced with an ellipsis",
		other: "“After street violence and murders in the US, we now learn from their spokesperson that ICE agents will come to Italy,” Conte posted on X on Tuesday. => " +
			"“After street violence and murders in the US… We cannot allow this,” Conte posted on X.",
		want: []quoteChange{{"spliced", "Conte", "Conte",
			"After street violence and murders in the US … We cannot allow this,",
			"After street violence and murders in the US… We cannot allow this,"}},
	}, {
		name: "words left out at an ellipsis",
		other: "“After street violence and murders in the US, we now learn from their spokesperson that ICE agents will come to Italy,” Conte posted on X on Tuesday. => " +
			"“After street violence and murders in the US … ICE agents will come to Italy,” Conte posted on X on Tuesday.",
		want: []quoteChange{{"truncated", "Conte", "Conte",
			"After street violence and murders in the US, we now learn from their spokesperson that ICE agents will come to Italy,",
			"After street violence and murders in the US … ICE agents will come to Italy,"}},
	}, {
		name:  "another speaker",
		other: "Sala told Italian radio => Calenda told Italian radio",
		want: []quoteChange{
			{"misattributed", "Sala", "Calenda", "This is a militia that kills,", "This is a militia that kills,"},
			{"misattributed", "Sala", "Calenda", "Could we ever say ‘No’ to Trump?", "Could we ever say ‘No’ to Trump?"},
		},
	}, {
		name: "one quotation continued over an attribution is no splice",
		other: "“We cannot allow this,” he added. “Our government tried to downplay the situation. Enough with the bowing,” Conte added. => " +
			"“We cannot allow this. Our government tried to downplay the situation,” Conte added.",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			other := quoteBase
			for _, line := range strings.Split(tt.other, "\n") {
				if line == "" {
					continue
				}
				old, new, _ := strings.Cut(line, " => ")
				if strings.Count(other, old) != 1 {
					t.Fatalf("%q is not once in the base", old)
				}
				other = strings.Replace(other, old, new, 1)
			}
			got := quoteChangesOf(run(t, quoteBase, other))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("quote changes (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParaphrasedQuote(t *testing.T) {
	base := "The mayor spoke on the radio.\n\n“It is clear they are not welcome in Milan, without a doubt,” Sala said on the radio."
	other := "The mayor spoke on the radio.\n\n“There is no doubt at all that these people are unwelcome here in the city of Milan,” Sala said on the radio."
	got := quoteChangesOf(run(t, base, other))
	want := []quoteChange{{"paraphrased", "Sala", "Sala",
		"It is clear they are not welcome in Milan, without a doubt,",
		"There is no doubt at all that these people are unwelcome here in the city of Milan,"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quote changes (-want +got):\n%s", diff)
	}
}

func TestOneSpeaker(t *testing.T) {
	for _, tc := range []struct {
		base, other string
		change      QuoteKind
		want        bool
	}{
		{"Giuseppe Conte", "Giuseppe Conte", QuoteAltered, true},
		{"Giuseppe Sala", "Sala", QuoteAltered, true},
		{"Sala", "Giuseppe Sala", QuoteSpliced, true},
		{"", "Sala", QuoteAltered, true},
		{"Sala", "", QuoteTruncated, true},
		{"", "", QuoteAltered, true},
		{"Sala", "Calenda", QuoteAltered, false},
		{"Sala", "Mesala", QuoteAltered, false}, // a suffix, not the last word
		{"a DHS spokesperson", "Sala", QuoteAltered, false},
		{"Giuseppe Sala", "Sala", QuoteMisattributed, false},
	} {
		q := QuoteChange{Speaker: tc.base, OtherSpeaker: tc.other, Change: tc.change}
		if got := oneSpeaker(&q); got != tc.want {
			t.Errorf("oneSpeaker(%q, %q, %s) = %v, want %v", tc.base, tc.other, tc.change, got, tc.want)
		}
	}
}

// TestQuoteRecords checks that Run marks the records holding a changed
// quotation: the edited sentence with Conte's quotation, not the
// identical one before it.
func TestQuoteRecords(t *testing.T) {
	base := "The mayor spoke on the radio.\n\nConte urged the government to “set -our own limits” and more."
	other := "The mayor spoke on the radio.\n\nConte urged the government to “set our own limits” and more."
	c := align.Compare(parse(t, base), parse(t, other), align.Options{})
	r := Run(c, nil)
	if len(r.Quotes) != 1 {
		t.Fatalf("got %d quote changes, want 1", len(r.Quotes))
	}
	q := r.Quotes[0]
	if len(q.Records) != 1 || c.Sentences[q.Records[0]].Kind != align.Edited || !q.SameSpeaker {
		t.Errorf("records %v (same speaker %v) of %+v; want the one edited record", q.Records, q.SameSpeaker, c.Sentences)
	}
}

// TestRunDeterministic runs every pair of truth.txt twice and checks that
// the reports are equal, and that every offset and index in them is valid.
func TestRunDeterministic(t *testing.T) {
	for _, p := range readTruth(t) {
		c := compareArticles(t, p.base, p.other)
		r1, r2 := Run(c, nil), Run(c, nil)
		if diff := cmp.Diff(r1, r2); diff != "" {
			t.Errorf("%s with %s: two runs differ:\n%s", p.base, p.other, diff)
		}
		if msg := checkReport(c, r1); msg != "" {
			t.Errorf("%s with %s: %s", p.base, p.other, msg)
		}
	}
}

// checkReport reports what is wrong with r as the report of c.
func checkReport(c *align.Comparison, r *Report) string {
	nb, no := len(c.Base.Sentences), len(c.Other.Sentences)
	valid := func(idx []int, n int) bool {
		for _, i := range idx {
			if i < 0 || i >= n {
				return false
			}
		}
		return true
	}
	for _, q := range r.Quotes {
		if !valid(q.BaseSentences, nb) || !valid(q.OtherSentences, no) || len(q.OtherSentences) == 0 {
			return fmt.Sprintf("quote %q: sentence indexes out of range", q.Other)
		}
		if q.Change == "" || q.Other == "" {
			return fmt.Sprintf("quote %q: empty change or text", q.Other)
		}
		// Records: exactly the non-identical records linking one of
		// the quotation's OTHER sentences, in order.
		var want []int
		for ri, l := range c.Sentences {
			if l.Kind == align.Identical {
				continue
			}
			for _, o := range l.Other {
				if slices.Contains(q.OtherSentences, o) {
					want = append(want, ri)
					break
				}
			}
		}
		if !slices.Equal(want, q.Records) {
			return fmt.Sprintf("quote %q: records %v, want %v", q.Other, q.Records, want)
		}
	}
	for _, ty := range r.Typos {
		if ty.Start < 0 || ty.End > len(c.Other.Text) || ty.Start >= ty.End || c.Other.Text[ty.Start:ty.End] != ty.Other {
			return fmt.Sprintf("typo %q: offsets %d..%d do not hold it", ty.Other, ty.Start, ty.End)
		}
		if ty.Sentence < 0 || ty.Sentence >= no || ty.BaseSentence >= nb {
			return fmt.Sprintf("typo %q: sentence out of range", ty.Other)
		}
	}
	for _, f := range r.Facts {
		if f.BaseSentence < 0 || f.BaseSentence >= nb || f.OtherSentence < 0 || f.OtherSentence >= no {
			return fmt.Sprintf("fact %q: sentence out of range", f.Other)
		}
	}
	return ""
}

// TestReportsGolden writes every report of truth.txt in full (speakers,
// texts, sentence indexes) and compares with testdata/reports.golden.
func TestReportsGolden(t *testing.T) {
	var b strings.Builder
	for _, p := range readTruth(t) {
		r := Run(compareArticles(t, p.base, p.other), nil)
		fmt.Fprintf(&b, "== %s %s\n", p.base, p.other)
		for _, q := range r.Quotes {
			fmt.Fprintf(&b, "quote %s: %q (%q) -> %q (%q) same speaker %v base %v other %v records %v\n",
				q.Change, q.Base, q.Speaker, q.Other, q.OtherSpeaker, q.SameSpeaker, q.BaseSentences, q.OtherSentences, q.Records)
		}
		for _, ty := range r.Typos {
			fmt.Fprintf(&b, "typo %s: %q -> %q sentence %d (base %d) at %d..%d\n",
				ty.Kind, ty.Base, ty.Other, ty.Sentence, ty.BaseSentence, ty.Start, ty.End)
		}
		for _, f := range r.Facts {
			fmt.Fprintf(&b, "fact %s: %q -> %q sentences %d, %d\n", f.Kind, f.Base, f.Other, f.BaseSentence, f.OtherSentence)
		}
	}
	testdoc.Golden(t, filepath.Join("testdata", "reports.golden"), []byte(b.String()))
}

func TestRunNil(t *testing.T) {
	if r := Run(nil, nil); r == nil || len(r.Quotes)+len(r.Typos)+len(r.Facts) != 0 {
		t.Errorf("Run(nil, nil) = %+v, want an empty report", r)
	}
}

// bigPair returns two documents of about size bytes made of the seed
// articles: BASE is seeds 000 to 003 repeated, OTHER the same with every
// tenth paragraph of each copy dropped and a word changed in every
// seventh (so quotations, typos and facts change all along). Deterministic.
func bigPair(tb testing.TB, size int) (*align.Comparison, int) {
	tb.Helper()
	var paras []string
	for _, name := range []string{"000", "001", "002", "003"} {
		for _, p := range strings.Split(loadArticle(tb, name).Text, "\n\n") {
			if strings.TrimSpace(p) != "" {
				paras = append(paras, p)
			}
		}
	}
	var base, other []string
	n := 0
	for i := 0; n < size; i++ {
		p := paras[i%len(paras)]
		base = append(base, p)
		n += len(p) + 2
		switch {
		case i%10 == 3:
			continue
		case i%7 == 2:
			p = strings.Replace(p, " the ", " teh ", 1)
			p = strings.Replace(p, "two", "three", 1)
		}
		other = append(other, p)
	}
	b := parse(tb, strings.Join(base, "\n\n"))
	o := parse(tb, strings.Join(other, "\n\n"))
	return align.Compare(b, o, align.Options{}), len(b.Text)
}

// roleAtEnd names a person by title, quotes him, and ends a sentence with
// that title ("… met the minister."): the role read at the end of a
// sentence once looked for a speech verb one word past its end.
const roleAtEnd = "Interior Minister Matteo Piantedosi spoke on Monday.\n\n“We will go there,” he said.\n\nOfficials met the minister."

// TestRoleAtSentenceEnd: a title that ends a sentence and resolves to a
// person named before is read without looking past the sentence (it
// panicked), and the quotation keeps its speaker.
func TestRoleAtSentenceEnd(t *testing.T) {
	d := parse(t, roleAtEnd)
	c := align.Compare(d, parse(t, strings.Replace(roleAtEnd, "met", "saw", 1)), align.Options{})
	r := Run(c, nil)
	if msg := checkReport(c, r); msg != "" {
		t.Fatal(msg)
	}
	qs := findQuotes(newDocWords(d))
	if len(qs) != 1 || !strings.Contains(qs[0].Speaker, "Piantedosi") {
		t.Errorf("quotations %+v, want one by Piantedosi", qs)
	}
}

func FuzzRun(f *testing.F) {
	f.Add(quoteBase, strings.Replace(quoteBase, "-our", "our", 1))
	f.Add("Two shootings on Tuesday in Italy.", "Three shootings on Monday in Italer.")
	f.Add("“a … b” said X. “c” — Y", "“a b … c,” said Z. \"d\" —")
	f.Add(roleAtEnd, strings.Replace(roleAtEnd, "met", "saw", 1))
	f.Fuzz(func(t *testing.T, a, b string) {
		if msg := runTexts(a, b); msg != "" {
			t.Fatal(msg)
		}
	})
}

// runTexts parses a and b as plain-text files, compares them, runs the
// checks and returns what checkReport finds wrong with the report; "" also
// when a text is no valid input.
func runTexts(a, b string) string {
	da, err := article.Parse("a.txt", []byte(a))
	if err != nil {
		return ""
	}
	db, err := article.Parse("b.txt", []byte(b))
	if err != nil {
		return ""
	}
	c := align.Compare(da, db, align.Options{})
	return checkReport(c, Run(c, nil))
}
