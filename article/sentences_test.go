package article

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// splitTexts runs splitSentences and returns the sentence texts.
func splitTexts(p string) []string {
	var out []string
	for _, s := range splitSentences(p) {
		out = append(out, p[s.start:s.end])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		// Abbreviations: Punkt alone splits "U.S. | Ambassador".
		{"acronym before proper noun", "After meeting with Italy’s interior minister, U.S. Ambassador to Italy Tilman Fertitta said HSI’s role would be advisory. The State Department agreed.",
			[]string{"After meeting with Italy’s interior minister, U.S. Ambassador to Italy Tilman Fertitta said HSI’s role would be advisory.", "The State Department agreed."}},
		{"acronym opening a paragraph", "U.S. Homeland Security Secretary Kristi Noem, left, and Italian Interior Minister Matteo Piantedosi meet in Rome.",
			[]string{"U.S. Homeland Security Secretary Kristi Noem, left, and Italian Interior Minister Matteo Piantedosi meet in Rome."}},
		{"acronym ending a sentence", "ICE may enter homes in the U.S. The city is set to host the Feb. 6 opening ceremony.",
			[]string{"ICE may enter homes in the U.S.", "The city is set to host the Feb. 6 opening ceremony."}},
		{"company abbreviation", "™ & © 2026 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.",
			[]string{"™ & © 2026 Cable News Network, Inc., a Warner Bros. Discovery Company.", "All rights reserved."}},
		{"titles", "Mr. Sala met Gen. Rossi and Sen. Bianchi. Dr. Verdi was there.",
			[]string{"Mr. Sala met Gen. Rossi and Sen. Bianchi.", "Dr. Verdi was there."}},
		{"initials", "Italy’s minister had met Tilman J Fertitta, the US ambassador. Tilman J. Fertitta said nothing.",
			[]string{"Italy’s minister had met Tilman J Fertitta, the US ambassador.", "Tilman J. Fertitta said nothing."}},
		{"month before a number", "The Games open on Feb. 6 in Milan. They close on Feb. 22.",
			[]string{"The Games open on Feb. 6 in Milan.", "They close on Feb. 22."}},
		{"month ending a sentence", "The Games open in Feb. The city is ready.",
			[]string{"The Games open in Feb.", "The city is ready."}},
		{"number sign", "No. 10 Downing Street declined to comment.", []string{"No. 10 Downing Street declined to comment."}},
		{"time of day", "He spoke at 9.30 a.m. local time. Then he left.", []string{"He spoke at 9.30 a.m. local time.", "Then he left."}},

		// Decimals.
		{"decimal", "“This is a militia that kills,” Sala told Italian radio station RTL 102.5 on Tuesday. He said more.",
			[]string{"“This is a militia that kills,” Sala told Italian radio station RTL 102.5 on Tuesday.", "He said more."}},
		{"decimal before opening guillemet", "ha detto Sala a RTL 102.5. «Potremmo mai dire no a Trump?»",
			[]string{"ha detto Sala a RTL 102.5.", "«Potremmo mai dire no a Trump?»"}},

		// Ellipses.
		{"ellipsis inside a quotation", "“After street violence and murders in the US… We cannot allow this,” Conte posted on X.",
			[]string{"“After street violence and murders in the US… We cannot allow this,” Conte posted on X."}},
		{"ellipsis ending a sentence", "He paused… Then he left.", []string{"He paused…", "Then he left."}},
		{"dots ending a sentence", "Wait for it... The end came.", []string{"Wait for it...", "The end came."}},
		{"ellipsis mid-sentence", "He waited... and waited.", []string{"He waited... and waited."}},

		// Quotations.
		{"several sentences in quotes", "“We cannot allow this,” he added. “Our government tried to downplay the situation, but these statements speak clearly. Enough with the bowing,” Conte added.",
			[]string{"“We cannot allow this,” he added.", "“Our government tried to downplay the situation, but these statements speak clearly.", "Enough with the bowing,” Conte added."}},
		{"question marks inside quotes", "“This is a militia that kills,” Sala said. “Could we ever say ‘No’ to Trump? This isn’t about severing relations, but could we say ‘No?’”",
			[]string{"“This is a militia that kills,” Sala said.", "“Could we ever say ‘No’ to Trump?", "This isn’t about severing relations, but could we say ‘No?’”"}},
		{"question then attribution", "“Why?” he asked. Nobody answered.", []string{"“Why?” he asked.", "Nobody answered."}},
		{"closing then opening quote", "Another lawmaker warned ICE agents “must not set foot in Italy.” “It is a violent, unprepared, and out-of-control militia,” Carlo Calenda said.",
			[]string{"Another lawmaker warned ICE agents “must not set foot in Italy.”", "“It is a violent, unprepared, and out-of-control militia,” Carlo Calenda said."}},
		{"closing then opening quote 2", "Conte urged the government to “set -our own limits” and “make clear decisions.” “This is a militia that kills,” Sala said.",
			[]string{"Conte urged the government to “set -our own limits” and “make clear decisions.”", "“This is a militia that kills,” Sala said."}},
		{"straight quotes", `"We cannot allow this," he added. "Our government tried."`,
			[]string{`"We cannot allow this," he added.`, `"Our government tried."`}},
		{"brackets stay with their sentence", "The unit is based in Milan. (It will not patrol.) Officials agreed.",
			[]string{"The unit is based in Milan.", "(It will not patrol.)", "Officials agreed."}},
		{"stray closing quote", "He said it was over. ”", []string{"He said it was over. ”"}},

		// Dashes.
		{"dateline dash", "(CNN) — Outrage is growing in Italy. Lawmakers urged action.",
			[]string{"(CNN) — Outrage is growing in Italy.", "Lawmakers urged action."}},
		{"attribution after a quote", "“They’re not welcome in Milan.” — Milan Mayor Giuseppe Sala, RTL 102.5",
			[]string{"“They’re not welcome in Milan.” — Milan Mayor Giuseppe Sala, RTL 102.5"}},
		{"dashed aside", "Two small parties – the Green and Left Alliance (AVS) and Azione – have started petitions.",
			[]string{"Two small parties – the Green and Left Alliance (AVS) and Azione – have started petitions."}},

		// Other scripts.
		{"japanese", "米国は代表団を送る。イタリアは反発した！本当か？はい。", []string{"米国は代表団を送る。", "イタリアは反発した！", "本当か？", "はい。"}},
		{"chinese with spaces", "这是第一句。 这是第二句。", []string{"这是第一句。", "这是第二句。"}},
		{"chinese closing bracket", "他说：「不行。」然后离开了。", []string{"他说：「不行。」", "然后离开了。"}},
		{"arabic question mark", "هل هذا صحيح؟ نعم هذا صحيح.", []string{"هل هذا صحيح؟", "نعم هذا صحيح."}},
		{"urdu full stop", "یہ پہلا جملہ ہے۔ یہ دوسرا جملہ ہے۔", []string{"یہ پہلا جملہ ہے۔", "یہ دوسرا جملہ ہے۔"}},
		{"hindi danda", "यह पहला वाक्य है। यह दूसरा है।", []string{"यह पहला वाक्य है।", "यह दूसरा है।"}},

		// Edges.
		{"no end punctuation", "Italian Pushback", []string{"Italian Pushback"}},
		{"only punctuation", "— …", []string{"— …"}},
		{"space only", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, splitTexts(tt.in)); diff != "" {
				t.Errorf("splitSentences(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestSentencesNeverCrossParagraphs(t *testing.T) {
	d := mustParse(t, "x.txt", "The first paragraph ends without a full stop\n\nand the second starts in lower case. It goes on.")
	want := []string{"The first paragraph ends without a full stop", "and the second starts in lower case.", "It goes on."}
	if diff := cmp.Diff(want, sentenceTexts(d)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, s := range d.Sentences {
		if strings.Contains(s.Text, "\n") {
			t.Errorf("sentence %q crosses a paragraph break", s.Text)
		}
	}
}

func TestAbbreviationKind(t *testing.T) {
	tests := []struct {
		word string
		want abbrKind
	}{
		{"Mr.", abbrTitle}, {"Gen.", abbrTitle}, {"Feb.", abbrMonth}, {"Sept.", abbrMonth},
		{"U.S.", abbrConditional}, {"J.", abbrConditional}, {"a.m.", abbrConditional},
		{"Bros.", abbrConditional}, {"Inc.", abbrConditional},
		{"Italy.", abbrNone}, {"102.5.", abbrNone}, {"U.S", abbrNone},
	}
	for _, tt := range tests {
		if got := abbreviationKind(tt.word); got != tt.want {
			t.Errorf("abbreviationKind(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

// Parse shares one Punkt model between goroutines; run with -race.
func TestParseConcurrent(t *testing.T) {
	const text = "U.S. Ambassador Tilman Fertitta met Mr. Piantedosi. “Could we say ‘No’?” he asked. It ended."
	want := splitTexts(text)
	done := make(chan []string)
	for i := 0; i < 4; i++ {
		go func() { done <- splitTexts(text) }()
	}
	for i := 0; i < 4; i++ {
		if diff := cmp.Diff(want, <-done); diff != "" {
			t.Errorf("concurrent split differs (-first +other):\n%s", diff)
		}
	}
}
