package check

import (
	"testing"
)

// TestSpeakers resolves pronouns and role nouns to the people the text
// names before them, and says how sure each attribution is.
func TestSpeakers(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string  // the speaker of the last quotation
		conf       float64 // its SpeakerConfidence
	}{
		{"named", "“We will not allow it,” Sala said.", "Sala", 1},
		{"role noun to the person introduced with it",
			"Interior Minister Matteo Piantedosi met Milan Mayor Giuseppe Sala on Tuesday. “We will not allow it,” the minister said.",
			"Matteo Piantedosi", speakerOnly},
		{"role noun with modifiers",
			"Interior Minister Matteo Piantedosi and Foreign Minister Antonio Tajani met on Tuesday. “We will not allow it,” the interior minister said.",
			"Matteo Piantedosi", speakerOnly},
		{"role in apposition",
			"Tricia McLaughlin, a DHS spokeswoman, wrote to reporters. “They do not do immigration enforcement,” the spokeswoman added.",
			"Tricia McLaughlin", speakerOnly},
		{"role nobody holds stays a description",
			"Officials met on Tuesday. “We will not allow it,” the minister said.",
			"the minister", 0},
		{"pronoun by gender from titles",
			"Mr. John Smith spoke after Ms. Ann Lee at the hearing. “We have waited long enough,” she said.",
			"Ann Lee", speakerOnly},
		{"pronoun by gender from the text's pronouns",
			"Ann Lee said her office had been warned. John Smith arrived later. “We have waited long enough,” she said.",
			"Ann Lee", speakerOnly},
		{"pronoun to the subject, not the object",
			"Mayor Giuseppe Sala criticised President Sergio Mattarella over the fire. “It was a tragedy,” he said of the fire.",
			"Giuseppe Sala", speakerNearest},
		{"he said of the fire after a sentence about the president",
			"“We are safe,” Mayor Giuseppe Sala said.\n\nPresident Sergio Mattarella visited the site on Monday. “It was a tragedy,” he said of the fire.",
			"Sergio Mattarella", speakerNearest},
		{"pronoun with another person named in between",
			"Mayor Giuseppe Sala spoke on Monday. Carlo Calenda arrived later. “It was a tragedy,” he said.",
			"Carlo Calenda", speakerNearest},
		{"pronoun after the previous speaker",
			"“We cannot allow this,” Conte said. “Our government tried to downplay it,” he added.",
			"Conte", speakerOnly},
		{"people quoted are not referents",
			"Carlo Calenda spoke on Monday. “Giorgia Meloni must act,” he said.",
			"Carlo Calenda", speakerOnly},
		{"pronoun with no one before",
			"“It was a tragedy,” he said.", "", 0},
		{"organisation is no person",
			"The Department of Homeland Security said it would help. “It was a tragedy,” he said.", "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			qs := Quotes(parse(t, tc.text))
			if len(qs) == 0 {
				t.Fatal("no quotation found")
			}
			q := qs[len(qs)-1]
			if q.Speaker != tc.want || q.SpeakerConfidence != tc.conf {
				t.Errorf("speaker %q (%.2f), want %q (%.2f)", q.Speaker, q.SpeakerConfidence, tc.want, tc.conf)
			}
		})
	}
}

// TestMisattributionNeedsSureSpeakers checks that a change of speaker is
// reported as confident only when both attributions are certain, and that
// an uncertain one does not hide a change of words.
func TestMisattributionNeedsSureSpeakers(t *testing.T) {
	const intro = "Mr. John Smith spoke after Ms. Ann Lee at the hearing.\n\n"
	for _, tc := range []struct {
		name, base, other string
		want              QuoteKind
		confident         bool
	}{
		{"named speakers swapped", intro + "“We have waited long enough,” Smith said.", intro + "“We have waited long enough,” Lee said.",
			QuoteMisattributed, true},
		{"pronoun of the other gender", intro + "“We have waited long enough,” he said.", intro + "“We have waited long enough,” she said.",
			QuoteMisattributed, true},
		{"name for pronoun, same person", intro + "“We have waited long enough,” he said.", intro + "“We have waited long enough,” Smith said.",
			"", false},
		{"named speakers in a longer text", "Carlo Calenda spoke on Monday. Mayor Giuseppe Sala met him later.\n\nMatteo Renzi arrived on Tuesday. “We have waited long enough,” Calenda said.",
			"Carlo Calenda spoke on Monday. Mayor Giuseppe Sala met him later.\n\nMatteo Renzi arrived on Tuesday. “We have waited long enough,” Sala said.",
			QuoteMisattributed, true},
		{"uncertain speaker keeps the word change", "Carlo Calenda spoke.\n\nReporters asked Senator Giorgia Meloni about Senator Matteo Renzi. “We have waited long enough for this ruling,” Calenda said.",
			"Carlo Calenda spoke.\n\nReporters asked Senator Giorgia Meloni about Senator Matteo Renzi. “We have waited long enough for that ruling,” he said.",
			QuoteAltered, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.base, tc.other)
			if tc.want == "" {
				if len(r.Quotes) != 0 {
					t.Errorf("quote changes %+v, want none", r.Quotes)
				}
				return
			}
			if len(r.Quotes) != 1 {
				t.Fatalf("quote changes %+v, want one", r.Quotes)
			}
			q := r.Quotes[0]
			if q.Change != tc.want || (q.Confidence >= MinConfidence) != tc.confident {
				t.Errorf("%s at %.2f (%s), want %s confident %v", q.Change, q.Confidence, q.Reason, tc.want, tc.confident)
			}
		})
	}
}
