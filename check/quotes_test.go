package check

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/testdoc"
	"github.com/wirediff/wirediff/words"
)

// parse makes a Document of plain text, paragraphs separated by blank
// lines, with the article package.
func parse(tb testing.TB, text string) *article.Document {
	tb.Helper()
	return testdoc.Parse(tb, "test.txt", text)
}

// said is a quotation as the tests spell it: its text and speaker.
type said struct{ Text, Speaker string }

func quotesOf(d *article.Document) []said {
	var out []said
	for _, q := range Quotes(d) {
		out = append(out, said{q.Text, q.Speaker})
	}
	return out
}

// TestQuotes checks quotation finding and attribution on sentences of
// the seed articles (some shortened) and on the forms they do not show.
func TestQuotes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []said
	}{{
		name: "British style: single quotes in a text without double ones",
		text: "‘We will not allow this,’ Conte said on Tuesday.\n\n‘Italy’s security is ours, and the agents’ role is not,’ he added. The minister didn’t reply.",
		want: []said{{"We will not allow this,", "Conte"}, {"Italy’s security is ours, and the agents", "Conte"}},
	}, {
		name: "single quotes beside double ones are text",
		text: "“We will not allow this,” Conte said, calling the plan ‘unacceptable’.",
		want: []said{{"We will not allow this,", "Conte"}},
	}, {
		name: "apostrophes alone make no quotation",
		text: "Italy’s minister didn’t come; the agents’ role ’90s-style was not discussed.",
		want: nil,
	}, {
		name: "attribution after: name and verb",
		text: "“This is a militia that kills,” Sala told Italian radio station RTL 102.5 on Tuesday.",
		want: []said{{"This is a militia that kills,", "Sala"}},
	}, {
		name: "attribution after: verb and name",
		text: "“I believe they shouldn’t come to Italy,” added Sala.",
		want: []said{{"I believe they shouldn’t come to Italy,", "Sala"}},
	}, {
		name: "attribution before, title dropped, two quotations",
		text: "The former Italian Prime Minister Giuseppe Conte urged the country’s government to “set -our own limits” and “make clear decisions.”",
		want: []said{{"set -our own limits", "Giuseppe Conte"}, {"make clear decisions.", "Giuseppe Conte"}},
	}, {
		name: "posted on X, then a pronoun in the next paragraph",
		text: "“After street violence and murders in the US, we now learn that ICE agents will come,” Conte posted on X on Tuesday.\n\n“We cannot allow this,” he added. “Our government tried to downplay the situation,” Conte added.",
		want: []said{
			{"After street violence and murders in the US, we now learn that ICE agents will come,", "Conte"},
			{"We cannot allow this,", "Conte"},
			{"Our government tried to downplay the situation,", "Conte"},
		},
	}, {
		name: "apposition, and a participle that keeps the speaker",
		text: "That same day, the Mayor of Milan, Giuseppe Sala, declared that authorities “don’t need ICE” to implement security at the Olympics, telling local radio, “They’re not welcome in Milan.”",
		want: []said{{"don’t need ICE", "Giuseppe Sala"}, {"They’re not welcome in Milan.", "Giuseppe Sala"}},
	}, {
		name: "a description, then the definite form of it",
		text: "ICE will serve “a security role” at the Olympics, a DHS spokesperson said. “They don’t do immigration enforcement (operations) in a foreign country obviously,” the spokesperson added.",
		want: []said{
			{"a security role", "a DHS spokesperson"},
			{"They don’t do immigration enforcement (operations) in a foreign country obviously,", "a DHS spokesperson"},
		},
	}, {
		name: "apposition after the quotation",
		text: "“It is a violent, unprepared, and out-of-control militia,” Carlo Calenda, a veteran politician, told RTL 102.5 on Tuesday.",
		want: []said{{"It is a violent, unprepared, and out-of-control militia,", "Carlo Calenda"}},
	}, {
		name: "dash attribution, straight quotes",
		text: "\"They’re not welcome in Milan,\" — Milan Mayor Giuseppe Sala, RTL 102.5",
		want: []said{{"They’re not welcome in Milan,", "Giuseppe Sala"}},
	}, {
		name: "colon, quotation over two paragraphs",
		text: "The statement said: “At the Olympics, ICE’s Homeland Security Investigations (HSI) is supporting the US Department of State.\n\n“All security operations remain under Italian authority.”",
		want: []said{{"At the Olympics, ICE’s Homeland Security Investigations (HSI) is supporting the US Department of State. All security operations remain under Italian authority.", "The statement"}},
	}, {
		name: "pronoun after a name in apposition",
		text: "Speaking in Rome, Italy’s foreign minister, Antonio Tajani, sought to play down concerns. “It’s not like the SS are coming,” he said.",
		want: []said{{"It’s not like the SS are coming,", "Antonio Tajani"}},
	}, {
		name: "organisation, closing quote typed as ’'",
		text: "“All of the security operations remain the exclusive responsibility of Italian authorities,’' the Italian Interior Ministry said.",
		want: []said{{"All of the security operations remain the exclusive responsibility of Italian authorities,", "Italian Interior Ministry"}},
	}, {
		name: "subject of the sentence for a participle",
		text: "The Department of Homeland Security on Tuesday echoed the ministry, telling the AP in a statement: “Obviously, ICE does not conduct immigration enforcement operations in foreign countries.”",
		want: []said{{"Obviously, ICE does not conduct immigration enforcement operations in foreign countries.", "Department of Homeland Security"}},
	}, {
		name: "the post read; nested single quotes kept",
		text: "“When the Italian Home Secretary says, ‘I don’t see what the problem is’, the problem is clear,” the post read.",
		want: []said{{"When the Italian Home Secretary says, ‘I don’t see what the problem is’, the problem is clear,", "the post"}},
	}, {
		name: "a name in quote marks with no speaker",
		text: "On Tuesday, the group “The Left in the European Parliament” issued a letter.",
		want: []said{{"The Left in the European Parliament", ""}},
	}, {
		name: "sentence ended inside the quotation",
		text: "Calenda urged that ICE agents \"must not set foot in Italy,\" calling the agency \"violent, unprepared, and out of control.\" These comments followed media reports.",
		want: []said{{"must not set foot in Italy,", "Calenda"}, {"violent, unprepared, and out of control.", "Calenda"}},
	}, {
		name: "a name at the start of a sentence",
		text: "Tricia McLaughlin, a DHS spokesperson, said HSI would \"support the Diplomatic Security Service.\"",
		want: []said{{"support the Diplomatic Security Service.", "Tricia McLaughlin"}},
	}, {
		name: "guillemets and a description before the verb",
		text: "Another Italian lawmaker warned ICE agents «must not set foot in Italy».",
		want: []said{{"must not set foot in Italy", "Another Italian lawmaker"}},
	}, {
		name: "unclosed quotation ends with its paragraph",
		text: "He said “this goes on\n\nAnd this is narrative.",
		want: []said{{"this goes on", ""}},
	}, {
		name: "apostrophes, inches and single quotes are no quotations",
		text: "It’s the agents’ role, a 5'11\" man said, and ‘security’ matters.",
		want: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quotesOf(parse(t, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("quotations (-want +got):\n%s", diff)
			}
		})
	}
}

// TestQuoteOffsets checks Start, End and Sentences on a seed article.
func TestQuoteOffsets(t *testing.T) {
	d := loadArticle(t, "000")
	qs := Quotes(d)
	if len(qs) < 10 {
		t.Fatalf("found %d quotations in seed 000, want more than 10", len(qs))
	}
	for _, q := range qs {
		span := d.Text[q.Start:q.End]
		if !strings.HasPrefix(span, "“") || !strings.HasSuffix(span, "”") {
			t.Errorf("quotation %q: span %q does not run from mark to mark", q.Text, span)
		}
		if !strings.Contains(span, q.Text) {
			t.Errorf("quotation %q: not inside its span %q", q.Text, span)
		}
		if len(q.Sentences) == 0 {
			t.Errorf("quotation %q: no sentences", q.Text)
		}
		for _, s := range q.Sentences {
			st := d.Sentences[s]
			if st.End <= q.Start || st.Start >= q.End {
				t.Errorf("quotation %q: sentence %d (%q) does not overlap it", q.Text, s, st.Text)
			}
		}
	}
}

// checkQuotes reports what is wrong with qs as the quotations of d.
func checkQuotes(d *article.Document, qs []Quote) string {
	last := 0
	for i, q := range qs {
		switch {
		case q.Start < last || q.End <= q.Start || q.End > len(d.Text):
			return "offsets out of order or range"
		case strings.TrimSpace(q.Text) == "" || !utf8.ValidString(q.Text) && utf8.ValidString(d.Text):
			return "empty or broken text"
		case len(q.Sentences) == 0 && len(d.Sentences) > 0:
			return "no sentences"
		}
		for j, s := range q.Sentences {
			if s < 0 || s >= len(d.Sentences) || j > 0 && s <= q.Sentences[j-1] {
				return "sentence indexes out of range or order"
			}
		}
		_ = i
		last = q.End
	}
	return ""
}

func FuzzQuotes(f *testing.F) {
	for _, s := range []string{
		"“We cannot allow this,” he added. “Our government tried,” Conte added.",
		"The statement said: “At the Olympics.\n\n“All security operations.”",
		"\"a\" \"b\" “c” „d“ «e» ``f'' “g’' “",
		"”x” y “ z” \"\" “” '' ’'",
		"— — “,” said, told — said “",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, err := article.Parse("fuzz.txt", []byte(text))
		if err != nil {
			return
		}
		qs := Quotes(d)
		if msg := checkQuotes(d, qs); msg != "" {
			t.Fatalf("%s: %+v", msg, qs)
		}
	})
}

// openingMark turns away the characters that cannot open a quotation
// early; what it says of every position is what the full test says.
func TestOpeningMarkShortCut(t *testing.T) {
	full := func(s string, i int) int {
		if i >= len(s) {
			return 0
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		next, _ := utf8.DecodeRuneInString(s[i+n:])
		atStart := i == 0 || isSpaceBefore(s, i) || isOpenBefore(s, i)
		switch {
		case r == '“' || r == '„' || r == '«':
			if i+n < len(s) && !unicode.IsSpace(next) {
				return n
			}
		case r == '`' && next == '`':
			return 2
		case r == '"' || r == '”':
			if atStart && i+n < len(s) && (words.IsWordRune(next) || next == '‘' || next == '\'' || next == '…' || next == '.') {
				return n
			}
		}
		return 0
	}
	for _, s := range []string{
		`He said "yes" and “no,” then „ja“ and «oui» and ''` + "``well''" + `.`,
		`("Quoted") — "Dashed" ”Reversed” "…trailing" ". dot" "' single" " spaced "`,
		"", `"`, "“", "a\u00a0\"b\"", "\xff\"x\"",
	} {
		opened := 0
		for i := 0; i <= len(s); i++ {
			got, want := openingMark(s, i, false), full(s, i)
			if got != want {
				t.Errorf("openingMark(%q, %d) = %d, want %d", s, i, got, want)
			}
			if got > 0 {
				opened++
			}
		}
		if len(s) > 20 && opened == 0 {
			t.Errorf("%q: no quote mark opens: the test covers nothing", s)
		}
	}
}

// TestBritishQuotes checks that quotations in single quotes (British
// style) are compared like double-quoted ones: a word changed inside is
// an altered quotation, in the same style or from one style to the
// other, and a change of style alone is no change.
func TestBritishQuotes(t *testing.T) {
	const base = "‘We will not allow this,’ Conte said on Tuesday.\n\nThe agents arrive next month, officials said."
	for _, tt := range []struct {
		name, other string
		want        []string // the changes reported
	}{
		{"the same", base, nil},
		{"a word changed", strings.Replace(base, "will not", "will never", 1), []string{"altered"}},
		{"double quotes instead", strings.NewReplacer("‘", "“", "’ Conte", "” Conte").Replace(base), nil},
		{"double quotes, a word changed", strings.NewReplacer("‘", "“", "’ Conte", "” Conte", "will not", "will never").Replace(base), []string{"altered"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			db, err := article.Parse("base.txt", []byte(base))
			if err != nil {
				t.Fatal(err)
			}
			do, err := article.Parse("other.txt", []byte(tt.other))
			if err != nil {
				t.Fatal(err)
			}
			c := align.Compare(db, do, align.Options{})
			var got []string
			for _, q := range Run(c, nil).Quotes {
				got = append(got, string(q.Change))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("quotation changes %v, want %v", got, tt.want)
			}
		})
	}
}
